/** The plain data the engine reads and returns: a mirror of the plan records (docs/data-model.md). */

/** 'YYYY-MM-DD', a calendar day, never an instant. */
export type IsoDate = string;
export type Side = 'Buyer' | 'Seller' | 'Joint';
export type StepStatus = 'Not Started' | 'In Progress' | 'Blocked' | 'Done' | 'Skipped';
export type PlanStatus = 'Draft' | 'Active' | 'Completed' | 'Abandoned';
export type HealthStatus = 'On Track' | 'At Risk' | 'Off Track' | 'No Plan' | 'Complete';
export type Visibility = 'Shared' | 'Internal';
/** Plan_Step__c.Commitment__c: whether the buyer committed to the due date. */
export type Commitment = 'Not Asked' | 'Asked' | 'Committed' | 'Declined';
/** Mutual_Action_Plan__c.Review_Cadence__c. */
export type ReviewCadence = 'Weekly' | 'Every Two Weeks' | 'Monthly';
/** Plan_Risk__c.Likelihood__c and Impact__c. */
export type RiskLevel = 'Low' | 'Medium' | 'High';
/** Plan_Risk__c.Status__c: only Open risks count. */
export type RiskStatus = 'Open' | 'Mitigated' | 'Closed';

/** Plan_Step__c. */
export interface PlanStep {
  id: string;
  planId: string | null;
  title: string;
  side: Side | null;
  ownerId: string | null;
  dueDate: IsoDate | null;
  baselineDate: IsoDate | null;
  status: StepStatus;
  completedDate: IsoDate | null;
  isMilestone: boolean;
  phase: string | null;
  dependsOnId: string | null;
  lagDays: number;
  durationDays: number;
  commitment: Commitment;
  visibility: Visibility;
  sortOrder: number | null;
  /** ISO datetime (LastModifiedDate). */
  lastModified: string | null;
}

/** Plan_Stakeholder__c. */
export interface PlanStakeholder {
  id: string;
  name: string;
  side: 'Buyer' | 'Seller';
  role: string | null;
  influence: string | null;
  stance: string | null;
  contactId: string | null;
  userId: string | null;
  /** Is_Signer__c: signs the contract. */
  isSigner?: boolean;
  /** Can_Veto__c: can stop the deal. */
  canVeto?: boolean;
}

/** Plan_Risk__c. */
export interface PlanRisk {
  id: string;
  title: string;
  category: string | null;
  likelihood: RiskLevel | null;
  impact: RiskLevel | null;
  status: RiskStatus;
  /** Blank (null or only spaces) means no mitigation yet. */
  mitigation: string | null;
  mitigationDueDate: IsoDate | null;
  ownerStakeholderId: string | null;
  stepId: string | null;
}

/** Mutual_Action_Plan__c. */
export interface PlanInfo {
  id: string;
  name: string;
  status: PlanStatus;
  goLiveDate: IsoDate | null;
  /** ISO datetime (LastModifiedDate). */
  lastModified: string | null;
  reviewCadence?: ReviewCadence | null;
  /** On an Active plan, a date before today is an overdue review (a health reason). */
  nextReviewDate?: IsoDate | null;
  lastReviewDate?: IsoDate | null;
}

/** The Opportunity fields health depends on. */
export interface OpportunityFacts {
  closeDate: IsoDate | null;
  stageName: string | null;
  isClosed: boolean;
  isWon: boolean;
}

/** Plan_Health_Setting__mdt, as numbers of days. */
export interface HealthThresholds {
  atRiskDaysOverdue: number;
  offTrackDaysOverdue: number;
  commitmentWindowDays: number;
  stalePlanDays: number;
  slipAtRiskDays: number;
  slipOffTrackDays: number;
}

/**
 * Plan_Health_Setting__mdt's points for risks, the review and stakeholder coverage: what each
 * reason takes off the score (docs/plan-engine.md).
 */
export interface HealthWeights {
  noEconomicBuyer: number;
  noSigner: number;
  vetoAgainst: number;
  noChampion: number;
  unmitigatedHighRisk: number;
  overdueMitigation: number;
  overdueReview: number;
}

export interface AssessInput {
  plan: PlanInfo | null;
  steps: readonly PlanStep[];
  /** The plan's stakeholders. Absent: coverage is not judged (unknown); empty: nobody is named. */
  stakeholders?: readonly PlanStakeholder[];
  /** The plan's risks (any status; only Open ones count). */
  risks?: readonly PlanRisk[];
  opportunity: OpportunityFacts;
  today: IsoDate;
  thresholds?: Partial<HealthThresholds>;
  healthWeights?: Partial<HealthWeights>;
}

export type ProblemCode =
  | 'CYCLE'
  | 'CROSS_PLAN_DEPENDENCY'
  | 'MISSING_DEPENDENCY'
  | 'DUPLICATE_STEP'
  | 'MISSING_OWNER'
  | 'MISSING_DATE'
  | 'IMPOSSIBLE_DATE'
  | 'DONE_WITHOUT_DATE'
  | 'SELF_DEPENDENCY'
  | 'IN_PAST'
  | 'DEPENDENCY_CONFLICT'
  | 'UNKNOWN_STEP'
  | 'INVALID_NUMBER';

export interface PlanProblem {
  /** One of ProblemCode, or another string: callers must not assume the list is closed. */
  code: ProblemCode | (string & Record<never, never>);
  /** The step (or, from scheduleTemplate, the template step key) the problem is about; null for the plan. */
  stepId: string | null;
  message: string;
  severity: 'error' | 'warning';
}

export interface StepRef {
  id: string;
  title: string;
  side: Side | null;
  dueDate: IsoDate | null;
  ownerId: string | null;
}

/** What the engine worked out about one step. */
export interface StepFacts {
  id: string;
  /** Not Done or Skipped. */
  isOpen: boolean;
  /** Open, dated, and due before today. */
  isOverdue: boolean;
  /** today − due date when overdue, else 0. */
  daysLate: number;
  /** Ids of the unfinished steps this step waits on (its predecessor, when that is open). */
  blockedBy: string[];
  /** The buyer committed to the date (commitment Committed and a valid due date). */
  isCommitted: boolean;
  /** The buyer declined the date (commitment Declined, a valid due date, the step open). */
  isDeclined: boolean;
  /** When the step is expected to finish given today and its dependencies (see docs/plan-engine.md); null when it cannot be said. */
  projectedDueDate: IsoDate | null;
  /** projectedDueDate − dueDate, 0 when not pushed or undated. */
  projectedSlipDays: number;
  /** Date (completed date when Done, else due date) − baseline date; null without either, or when Skipped. */
  baselineSlipDays: number | null;
  /** The days of a positive baselineSlipDays this step caused itself (see docs/plan-engine.md, "Slip"); null when that is null. */
  causedSlipDays: number | null;
  /** The days of a positive baselineSlipDays its predecessor pushed it; null when that is null. */
  pushedSlipDays: number | null;
}

export interface Health {
  status: HealthStatus;
  /** 0–100 integer; 100 is healthy. */
  score: number;
  /** Each reason a sentence fragment with its numbers, most serious first. */
  reasons: string[];
}

export interface PlanAssessment {
  health: Health;
  /** 0–100 integer share of steps Done or Skipped (rounded down, so 100 only when all are); 0 with no steps. */
  percentComplete: number;
  /** The same over milestones; null when the plan has none. */
  milestonePercentComplete: number | null;
  stepCount: number;
  completedCount: number;
  openCount: number;
  overdueCount: number;
  overdueBuyerCount: number;
  longestOverdueDays: number;
  blockedCount: number;
  nextStep: StepRef | null;
  nextStepBySide: { Buyer: StepRef | null; Seller: StepRef | null; Joint: StepRef | null };
  projectedEndDate: IsoDate | null;
  projectedCloseDate: IsoDate | null;
  /** projectedCloseDate − closeDate; null without either. */
  slipDays: number | null;
  /** Caused slip of Buyer steps, in days; null when no step has a baseline and a date to measure. */
  buyerSlipDays: number | null;
  /** Caused slip of Seller steps, likewise. */
  sellerSlipDays: number | null;
  /** Caused slip of Joint steps, likewise (counted on neither side). */
  jointSlipDays: number | null;
  /** 0–100 share of open, dated buyer steps whose date is committed; null when there are none. */
  buyerCommitmentPercent: number | null;
  /** Open buyer steps due within the commitment window (or already past) whose date is not committed. */
  uncommittedBuyerCount: number;
  /** Open, dated steps (any side) whose date the buyer declined; a declined buyer date is not also counted as uncommitted. */
  declinedCount: number;
  /** Whole days since the plan or any step was last modified; null when unknown. */
  daysSinceUpdate: number | null;
  /** Risks not Mitigated or Closed. */
  openRiskCount: number;
  /** Open risks of severity 6 or more (likelihood × impact, Low 1 to High 3) without a mitigation. */
  unmitigatedHighRiskCount: number;
  /** Open risks whose mitigation due date is before today. */
  overdueMitigationCount: number;
  /** today − the next review date on an Active plan whose review is overdue; 0 otherwise. */
  reviewOverdueDays: number;
  stepsWithoutOwner: string[];
  stepsWithoutDate: string[];
  steps: StepFacts[];
  problems: PlanProblem[];
}

export type ProposedChange =
  | { kind: 'move'; stepId: string; dueDate: IsoDate; allowEarlier?: boolean }
  | { kind: 'complete'; stepId: string; completedDate: IsoDate }
  | { kind: 'insert'; step: PlanStep }
  | { kind: 'remove'; stepId: string };

export interface StepChange {
  stepId: string;
  field: 'dueDate' | 'status' | 'completedDate' | 'dependsOnId';
  from: string | null;
  to: string | null;
  reason: string;
  /** A date the cascade pushed: what it now follows (the reason, as data). */
  cause?: StepChangeCause;
}

/** Why the cascade pushed a date: the step it follows, that step's date, and the pushed step's lag and duration. */
export interface StepChangeCause {
  /** The step whose date the pushed step now measures from. */
  stepId: string;
  /** That step's due date, or its completed date when `finished`. */
  date: IsoDate;
  /** The step is done: the push measures from its completed date. */
  finished: boolean;
  /** That step's due date (when finished, to tell a late finish). */
  dueDate: IsoDate | null;
  lagDays: number;
  durationDays: number;
  /** Skipped steps between the two (they take no time and pass the date through). */
  skippedIds: string[];
}

export interface ChangeProposal {
  changes: StepChange[];
  /** The plan with the change and every change above applied (input order; a removed step left out, an inserted one last). */
  steps: PlanStep[];
  problems: PlanProblem[];
}

export interface TemplateStepSpec {
  key: string;
  title: string;
  side: Side;
  ownerRole: string | null;
  phase: string | null;
  offsetDays: number;
  durationDays: number;
  lagDays: number;
  dependsOnKey: string | null;
  isMilestone: boolean;
  visibility: Visibility;
  deliverable: string | null;
  description: string | null;
  sortOrder: number | null;
}

export type ScheduledStep = TemplateStepSpec & { dueDate: IsoDate; inPast: boolean };

export interface ScheduleOptions {
  /** Move a date that lands on a weekend to the Friday before (or, scheduling forward from a predecessor, the Monday after). */
  skipWeekends?: boolean;
}

export interface ScheduleResult {
  steps: ScheduledStep[];
  problems: PlanProblem[];
}
