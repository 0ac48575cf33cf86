/**
 * The contract between the plan components and the Apex controller (PlanController), and between
 * the components and the local preview's Apex bridge, which keeps the same contract. Types only,
 * plus the names of the Apex methods. The wire format is JSON with these exact property names;
 * dates are 'YYYY-MM-DD', datetimes ISO 8601. See docs/plan-ui.md.
 */
import type {
  Commitment,
  HealthThresholds,
  HealthWeights,
  IsoDate,
  PlanStatus,
  ReviewCadence,
  RiskLevel,
  RiskStatus,
  Side,
  StepStatus,
  TemplateStepSpec,
  Visibility
} from 'c/planEngine';
import type { BuyerActionResolution, BuyerActionType } from 'c/buyerRoomContract';

/** Opportunity fields the plan view needs. */
export interface OpportunityDto {
  id: string;
  name: string;
  accountId: string | null;
  accountName: string | null;
  closeDate: IsoDate | null;
  stageName: string | null;
  isClosed: boolean;
  isWon: boolean;
  /** The opportunity's owner (a User): the seller a template's Account Executive steps go to. */
  ownerId: string | null;
  ownerName: string | null;
}

/**
 * Mutual_Action_Plan__c. `id` is null only in a change set that creates the plan. A change of
 * `status` in a change set is a lifecycle move the save checks (docs/plan-ui.md, "The plan's
 * lifecycle"): Draft → Active (records the steps' baselines), Active → Completed, Completed → Active,
 * Abandoned → Draft, and any other status → Abandoned with an `abandonReason`.
 */
export interface PlanDto {
  id: string | null;
  name: string;
  status: PlanStatus;
  /** Why the plan was abandoned: required when `status` is Abandoned, cleared by the save otherwise. */
  abandonReason: string | null;
  planType: 'Sales' | 'Onboarding' | 'Renewal';
  goLiveDate: IsoDate | null;
  objective: string | null;
  successCriteria: string | null;
  valueSummary: string | null;
  templateId: string | null;
  /** How often the plan is reviewed with the team; null: no rhythm set. A change set may change it. */
  reviewCadence: ReviewCadence | null;
  /** When the next review is due. Read only: markReviewed moves it (a change set's value is ignored). */
  nextReviewDate: IsoDate | null;
  /** When the plan was last reviewed. Read only, set by markReviewed. */
  lastReviewDate: IsoDate | null;
  /** The note of the last review. Read only, set by markReviewed. */
  lastReviewNote: string | null;
  /** LastModifiedDate; null for a new plan. */
  lastModified: string | null;
}

/**
 * Plan_Risk__c: something that could stop the deal, with who owns it and how it is being mitigated.
 * New risks carry a temporary `key` instead of an `id`. The save checks every row: a title, the
 * picklist values, an owner who is a stakeholder of the same plan and a linked step of the same plan.
 */
export interface RiskDto {
  /** Record Id; null for a risk created in this change set. */
  id: string | null;
  /** Temporary key of a risk created in this change set (unique within it); null otherwise. */
  key: string | null;
  title: string;
  /** Budget, Competition, Legal, Security, Technical, Timeline, Stakeholder or Other. */
  category: string | null;
  likelihood: RiskLevel | null;
  impact: RiskLevel | null;
  /** Plan_Stakeholder__c Id of the owner (a stakeholder of the same plan). */
  ownerStakeholderId: string | null;
  mitigation: string | null;
  mitigationDueDate: IsoDate | null;
  status: RiskStatus;
  /** Plan_Step__c Id of the linked step (a step of the same plan); optional. */
  stepId: string | null;
  /** LastModifiedDate; null for a new risk. Updates of a risk changed since are refused. */
  lastModified: string | null;
}

/** Plan_Health_History__c: one change of the plan's status, health or score, written by the roll-up. */
export interface HealthChangeDto {
  id: string;
  /** ISO datetime of the roll-up run that saw the change. */
  changedAt: string;
  statusBefore: string | null;
  statusAfter: string | null;
  healthBefore: string | null;
  healthAfter: string | null;
  scoreBefore: number | null;
  scoreAfter: number | null;
  /** The health reasons after the change, one per line. */
  reasons: string | null;
}

/** Plan_Step__c. */
export interface StepDto {
  /** Record Id; null for a step created in this change set. */
  id: string | null;
  /** Temporary key of a step created in this change set (unique within it), e.g. 'new-1'; null otherwise. */
  key: string | null;
  title: string;
  side: Side | null;
  /** Plan_Stakeholder__c Id of the owner. */
  ownerId: string | null;
  /** Temporary key of a stakeholder created in the same change set, when the owner is new. */
  ownerKey: string | null;
  /** Owner's name (read only, from Owner__r.Name). */
  ownerName: string | null;
  dueDate: IsoDate | null;
  baselineDate: IsoDate | null;
  status: StepStatus;
  completedDate: IsoDate | null;
  isMilestone: boolean;
  phase: string | null;
  deliverable: string | null;
  notes: string | null;
  /** Plan_Step__c Id of the predecessor. */
  dependsOnId: string | null;
  /** Temporary key of a predecessor created in the same change set. */
  dependsOnKey: string | null;
  lagDays: number;
  durationDays: number;
  /**
   * Whether the buyer committed to the due date. A change of it in a change set is stamped by the
   * save with the running user's name and the time (commitmentBy/commitmentAt sent are ignored).
   */
  commitment: Commitment;
  /** Who set the commitment (a buyer's name from the buyer room, or a rep's). Read only. */
  commitmentBy: string | null;
  /** When the commitment was set (ISO datetime). Read only. */
  commitmentAt: string | null;
  visibility: Visibility;
  sortOrder: number | null;
  templateStepKey: string | null;
  /** LastModifiedDate; null for a new step. Updates and deletes of a step changed since are refused. */
  lastModified: string | null;
}

/** Plan_Stakeholder__c. */
export interface StakeholderDto {
  id: string | null;
  key: string | null;
  name: string;
  side: 'Buyer' | 'Seller';
  role: string | null;
  influence: 'High' | 'Medium' | 'Low' | null;
  stance: 'Champion' | 'Supporter' | 'Neutral' | 'Skeptic' | 'Blocker' | 'Unknown' | null;
  title: string | null;
  email: string | null;
  contactId: string | null;
  userId: string | null;
  isSigner: boolean;
  canVeto: boolean;
  lastModified: string | null;
}

/** A person who can be added as a stakeholder: an OpportunityContactRole, a Contact or a User. */
export interface PersonDto {
  kind: 'ContactRole' | 'Contact' | 'User';
  /** Contact Id or User Id. */
  id: string;
  name: string;
  title: string | null;
  email: string | null;
  /** OpportunityContactRole.Role for contact roles. */
  role: string | null;
  isPrimary: boolean;
}

/** What getPlan and savePlan return: everything the page needs, from one call. */
export interface PlanView {
  opportunity: OpportunityDto;
  /** The plan shown: the one asked for by a plan record Id, else the opportunity's Active plan, else its newest Draft, else its newest Completed; null when none. */
  plan: PlanDto | null;
  /** Ordered by Sort_Order__c, Due_Date__c, Name. */
  steps: StepDto[];
  stakeholders: StakeholderDto[];
  /** The opportunity's contact roles, primary first. */
  contactRoles: PersonDto[];
  /**
   * Template_Role_Mapping__mdt: which contact roles of the opportunity fill a template's owner role,
   * by template role then contact role. A template role also matches a contact role of its own name.
   */
  roleMappings: RoleMappingDto[];
  /** Plan_Health_Setting__mdt 'Default', mapped to the engine's names; defaults when absent. */
  thresholds: HealthThresholds;
  /** The points each coverage, risk and review reason takes off the score (the same setting). */
  healthWeights: HealthWeights;
  /** Today in the running user's time zone. */
  today: IsoDate;
  /** The running user may edit the plan (edit access to the opportunity and to plan steps). */
  canEdit: boolean;
  /** The plan's buyer links (Plan_Share__c), newest first; empty without a plan. */
  shares: ShareDto[];
  /** The plan's buyer updates (Plan_Buyer_Action__c), newest first, at most 100. */
  buyerUpdates: BuyerUpdateDto[];
  /** Buyer_Room_Setting__mdt 'Default': sharing is offered only when the site's URL is set. */
  buyerRoom: { enabled: boolean; defaultExpiryDays: number; maxExpiryDays: number };
  /** The plan's risks (every status) in the order they were raised (Name, RISK-0001…); empty without a plan. */
  risks: RiskDto[];
  /** The plan's last 10 changes of health (Plan_Health_History__c), newest first. */
  healthHistory: HealthChangeDto[];
  /**
   * The options of the picklists the page offers, from the org's field metadata (PlanPicklists):
   * 'Plan_Step__c.Status__c' → its active values in the field's order, labelled in the running
   * user's language. Absent in a view made without it (a test's fixture): the page then offers the
   * options compiled into c/planFormat.
   */
  picklists?: Record<string, PicklistOptionDto[]>;
}

/** A picklist value as the page offers it: the value stored, and its label for the running user. */
export interface PicklistOptionDto {
  value: string;
  label: string;
}

/** One Template_Role_Mapping__mdt record: the admin's word that a contact role fills a template's owner role. */
export interface RoleMappingDto {
  /** A Plan_Template_Step__c.Owner_Role__c value, e.g. Technical Evaluator. */
  templateRole: string;
  /** An OpportunityContactRole.Role value, e.g. Technical Buyer. */
  contactRole: string;
}

/** A buyer link (Plan_Share__c), as the rep sees it: never the token or its hash. */
export interface ShareDto {
  id: string;
  stakeholderId: string | null;
  contactId: string | null;
  /** The stakeholder's name (the Contact's when the stakeholder is gone). */
  name: string;
  email: string | null;
  /** ISO datetimes. */
  createdAt: string;
  createdByName: string | null;
  expiresAt: string;
  revokedAt: string | null;
  lastOpenedAt: string | null;
  openCount: number;
  /** Link_Status__c. */
  status: 'Live' | 'Expired' | 'Revoked';
}

/** A buyer update (Plan_Buyer_Action__c), as the rep sees it. */
export interface BuyerUpdateDto {
  id: string;
  type: BuyerActionType;
  actorName: string | null;
  stakeholderId: string | null;
  stepId: string | null;
  stepTitle: string | null;
  message: string | null;
  proposedDate: IsoDate | null;
  proposedTitle: string | null;
  resolution: BuyerActionResolution;
  resolutionNote: string | null;
  resolvedAt: string | null;
  resolvedByName: string | null;
  createdStepId: string | null;
  /** ISO datetime (CreatedDate). */
  createdAt: string;
  /** A rep has seen it (Seen_At__c set). */
  seen: boolean;
}

/**
 * The rep's answer to a Pending proposal, saved with the change set that carries its effect:
 * accepting a Date Proposed needs that step's update with dueDate = the proposed date in the same
 * change set (the cascade the page previewed comes with it; the save also marks the step's
 * commitment Committed by the buyer who proposed it); accepting a Step Proposed needs a step insert
 * whose key is `stepKey` (linked as Created_Step__c). Declining changes no step.
 */
export interface BuyerResolutionDto {
  id: string;
  resolution: 'Accepted' | 'Declined';
  /** Shown to the buyer. At most 255 characters. */
  note: string | null;
  /** For an accepted Step Proposed: the key of the step insert it becomes. */
  stepKey: string | null;
}

/** shareWithBuyers' one argument (sent as JSON text). */
export interface ShareRequest {
  planId: string;
  /** Buyer-side stakeholders of the plan with a Contact and an email; one link each; at most 20. */
  stakeholderIds: string[];
  /** 1 … buyerRoom.maxExpiryDays. */
  expiryDays: number;
  /** Email each link from the rep (Salesforce email, logged as an activity); opted-out contacts are skipped. */
  sendEmail: boolean;
  /** A line from the rep, added to the email. At most 1000 characters. */
  note: string | null;
}

/** A link just made: the only time its token (inside `url`) is ever shown. */
export interface ShareLinkDto {
  shareId: string;
  stakeholderId: string;
  name: string;
  email: string | null;
  url: string;
  calendarUrl: string;
  emailed: boolean;
  /** Why it was not emailed when asked (e.g. the contact opted out of email); null otherwise. */
  notEmailedReason: string | null;
}

/** What shareWithBuyers returns. */
export interface ShareResult {
  view: PlanView;
  links: ShareLinkDto[];
}

/** savePlan's one argument (sent as JSON text): one user action, saved atomically. */
export interface PlanChangeSet {
  opportunityId: string;
  /**
   * The plan shown (PlanView.plan.id), which the change applies to and whose view savePlan returns.
   * Null or absent: the plan the opportunity shows (see "Which plan a view shows").
   */
  planId?: string | null;
  /** The plan header to insert (id null) or update; null leaves it unchanged. With no plan yet, inserts need a plan here. */
  plan: PlanDto | null;
  steps: { inserts: StepDto[]; updates: StepDto[]; deletes: StepDto[] };
  stakeholders: { inserts: StakeholderDto[]; updates: StakeholderDto[]; deletes: StakeholderDto[] };
  /** Buyer updates marked seen, and proposals answered. Absent: none. */
  buyerUpdates?: { seen: string[]; resolutions: BuyerResolutionDto[] };
  /** Risks added and risks changed (closing or reopening one is a change of its status). Absent: none. */
  risks?: { inserts: RiskDto[]; updates: RiskDto[] };
}

/** A Plan_Template_Step__c, in exactly the shape the engine's scheduleTemplate takes (key = External_Id__c). */
export type TemplateStepDto = TemplateStepSpec;

/** An active Plan_Template__c with its steps. */
export interface TemplateDto {
  id: string;
  name: string;
  externalId: string;
  planType: 'Sales' | 'Onboarding' | 'Renewal';
  description: string | null;
  steps: TemplateStepDto[];
}

/** The Apex methods (PlanController) and their parameters. */
export interface PlanControllerApi {
  /** cacheable. recordId: an Opportunity Id or a Mutual_Action_Plan__c Id. */
  getPlan(params: { recordId: string }): Promise<PlanView>;
  /** changeSetJson: JSON.stringify(PlanChangeSet). Returns the fresh view after the save. */
  savePlan(params: { changeSetJson: string }): Promise<PlanView>;
  /** cacheable. Active templates with their steps, by name. */
  getTemplates(): Promise<TemplateDto[]>;
  /** cacheable. Contacts (of the opportunity's account first) and active Users whose name matches; at most 20. */
  searchPeople(params: { opportunityId: string; searchTerm: string }): Promise<PersonDto[]>;
  /** requestJson: JSON.stringify(ShareRequest). One share per stakeholder, atomically. */
  shareWithBuyers(params: { requestJson: string }): Promise<ShareResult>;
  /** Revokes one link of a plan the user can edit; returns the fresh view. */
  revokeShare(params: { shareId: string }): Promise<PlanView>;
  /**
   * Records a review of a plan the user can edit: last review today with the note (at most 255
   * characters), next review today + the plan's cadence (a week, two weeks, a calendar month; none
   * without a cadence). Returns the fresh view.
   */
  markReviewed(params: { planId: string; note: string | null }): Promise<PlanView>;
}
