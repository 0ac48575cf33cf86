import {
  countsOver,
  type OpportunityFacts,
  type PlanInfo,
  type PlanRisk,
  type PlanStakeholder,
  type PlanStatus,
  type PlanStep,
  type ReviewCadence,
  type RiskLevel,
  type RiskStatus,
  type Side,
  type StepStatus
} from '../engine.ts';
import { commitmentOf, flag, num, text, type Row } from '../../salesforce/rowValues.ts';

/** Rows as the org returns them (scripts/salesforce/rowValues.ts) converted into the engine's plain data. */
export { num, type Row };

export const STEP_FIELDS = [
  'Id',
  'Name',
  'Plan__c',
  'Side__c',
  'Owner__c',
  'Due_Date__c',
  'Baseline_Date__c',
  'Status__c',
  'Completed_Date__c',
  'Is_Milestone__c',
  'Phase__c',
  'Depends_On__c',
  'Lag_Days__c',
  'Duration_Days__c',
  'Commitment__c',
  'Visibility__c',
  'Sort_Order__c',
  'LastModifiedDate',
  'Caused_Slip_Days__c'
] as const;

export const PLAN_FIELDS = [
  'Id',
  'Name',
  'Opportunity__c',
  'Status__c',
  'Go_Live_Date__c',
  'LastModifiedDate',
  'CreatedDate',
  'Step_Count__c',
  'Review_Cadence__c',
  'Next_Review_Date__c',
  'Last_Review_Date__c'
] as const;

/** What the engine judges of an open risk (docs/plan-engine.md): the roll-up reads no more. */
export const RISK_FIELDS = [
  'Id',
  'Plan__c',
  'Status__c',
  'Likelihood__c',
  'Impact__c',
  'Mitigation__c',
  'Mitigation_Due_Date__c'
] as const;

/** What the engine judges of a buyer stakeholder (the buying committee of an Active plan). */
export const COMMITTEE_FIELDS = [
  'Id',
  'Plan__c',
  'Side__c',
  'Role__c',
  'Stance__c',
  'Is_Signer__c',
  'Can_Veto__c'
] as const;

export const OPPORTUNITY_FACT_FIELDS = [
  'Id',
  'Name',
  'CloseDate',
  'StageName',
  'IsClosed',
  'IsWon',
  'NextStep',
  'Amount'
] as const;

/**
 * One string per distinct value: opportunities and plans repeat the same stages, statuses, dates
 * and health values, and each Bulk CSV cell arrives as a string of its own. Drop the interner with
 * the read it served.
 */
export class Interner {
  private readonly values = new Map<string, string>();

  readonly intern = (value: string): string => {
    const known = this.values.get(value);
    if (known !== undefined) return known;
    this.values.set(value, value);
    return value;
  };
}

type Intern = (value: string) => string;
const asIs: Intern = (value) => value;

function sharedText(value: unknown, intern: Intern): string | null {
  const plain = text(value);
  return plain === null ? null : intern(plain);
}

/** A step as the engine reads it, with the caused slip the roll-up last wrote (written again only when it changes). */
export interface StoredStep extends PlanStep {
  storedCausedSlipDays: number | null;
}

export function toStep(row: Row): StoredStep {
  return {
    id: String(row.Id),
    planId: text(row.Plan__c),
    title: text(row.Name) ?? '',
    side: text(row.Side__c) as Side | null,
    ownerId: text(row.Owner__c),
    dueDate: text(row.Due_Date__c),
    baselineDate: text(row.Baseline_Date__c),
    status: (text(row.Status__c) ?? 'Not Started') as StepStatus,
    completedDate: text(row.Completed_Date__c),
    isMilestone: flag(row.Is_Milestone__c),
    phase: text(row.Phase__c),
    dependsOnId: text(row.Depends_On__c),
    lagDays: num(row.Lag_Days__c) ?? 0,
    durationDays: num(row.Duration_Days__c) ?? 1,
    commitment: commitmentOf(row.Commitment__c),
    visibility: text(row.Visibility__c) === 'Internal' ? 'Internal' : 'Shared',
    sortOrder: num(row.Sort_Order__c),
    lastModified: text(row.LastModifiedDate),
    storedCausedSlipDays: num(row.Caused_Slip_Days__c)
  };
}

export function toPlan(row: Row, intern: Intern = asIs): PlanInfo {
  return {
    id: String(row.Id),
    name: text(row.Name) ?? '',
    status: (sharedText(row.Status__c, intern) ?? 'Draft') as PlanStatus,
    goLiveDate: sharedText(row.Go_Live_Date__c, intern),
    lastModified: sharedText(row.LastModifiedDate, intern),
    reviewCadence: sharedText(row.Review_Cadence__c, intern) as ReviewCadence | null,
    nextReviewDate: sharedText(row.Next_Review_Date__c, intern),
    lastReviewDate: sharedText(row.Last_Review_Date__c, intern)
  };
}

/**
 * Open risks and committee members are kept as shared values: equal ones (the same levels, the same
 * role and stance) are one object, so 100,000 plans' committees cost little more than their arrays.
 * Only what the engine judges is kept: a mitigation is kept as whether one is written, and a
 * member's Id and name are left out (health never names them).
 */
export class SharedValues<T> {
  private readonly values = new Map<string, T>();

  get(key: string, make: () => T): T {
    const known = this.values.get(key);
    if (known !== undefined) return known;
    const value = Object.freeze(make());
    this.values.set(key, value);
    return value;
  }
}

const WRITTEN = 'written';

export function toRisk(row: Row, shared: SharedValues<PlanRisk>): PlanRisk {
  const status = (text(row.Status__c) ?? 'Open') as RiskStatus;
  const likelihood = text(row.Likelihood__c) as RiskLevel | null;
  const impact = text(row.Impact__c) as RiskLevel | null;
  const mitigation = (text(row.Mitigation__c) ?? '').trim() === '' ? null : WRITTEN;
  const mitigationDueDate = text(row.Mitigation_Due_Date__c);
  return shared.get(`${status}|${likelihood}|${impact}|${mitigation}|${mitigationDueDate}`, () => ({
    id: '',
    title: '',
    category: null,
    likelihood,
    impact,
    status,
    mitigation,
    mitigationDueDate,
    ownerStakeholderId: null,
    stepId: null
  }));
}

export function toCommitteeMember(row: Row, shared: SharedValues<PlanStakeholder>): PlanStakeholder {
  const side = text(row.Side__c) === 'Seller' ? 'Seller' : 'Buyer';
  const role = text(row.Role__c);
  const stance = text(row.Stance__c);
  const isSigner = flag(row.Is_Signer__c);
  const canVeto = flag(row.Can_Veto__c);
  return shared.get(`${side}|${role}|${stance}|${isSigner}|${canVeto}`, () => ({
    id: '',
    name: '',
    side,
    role,
    influence: null,
    stance,
    contactId: null,
    userId: null,
    isSigner,
    canVeto
  }));
}

export function toOpportunityFacts(row: Row, intern: Intern = asIs): OpportunityFacts {
  return {
    closeDate: sharedText(row.CloseDate, intern),
    stageName: sharedText(row.StageName, intern),
    isClosed: flag(row.IsClosed),
    isWon: flag(row.IsWon)
  };
}

/** What the roll-up keeps of a plan: the engine's view, whose deal it is, when it was created and its step count. */
export interface PlanRecord {
  plan: PlanInfo;
  opportunityId: string;
  /** CreatedDate: the plan-that-counts rule picks the newest Draft or Completed plan. */
  createdDate: string | null;
  /** Step_Count__c, the roll-up summary that sizes the Bulk step ranges. */
  stepCount: number | null;
  /** The plan's open risks (shared values, see SharedValues); absent when it has none. */
  risks?: PlanRisk[];
  /** An Active plan's buyer stakeholders, its committee (shared values); absent when it has none. */
  committee?: PlanStakeholder[];
}

/** Adds a risk or member to its plan's list, made on the first one (most plans have few or none). */
export function addTo<T>(list: T[] | undefined, item: T): T[] {
  if (!list) return [item];
  list.push(item);
  return list;
}

export function toPlanRecord(row: Row, intern: Intern = asIs): PlanRecord {
  return {
    plan: toPlan(row, intern),
    opportunityId: String(row.Opportunity__c),
    createdDate: text(row.CreatedDate),
    stepCount: num(row.Step_Count__c)
  };
}

/**
 * What the roll-up keeps of an opportunity until its plan is assessed: the facts the engine reads
 * and the current values of the fields it may write (to write only what changed), nothing else.
 */
export interface Deal {
  id: string;
  name: string;
  facts: OpportunityFacts;
  /** Amount, in the opportunity's currency: weighted into Plan_Adjusted_Amount__c. */
  amount: number | null;
  current: Record<string, unknown>;
}

export function toDeal(row: Row, writtenFields: readonly string[], intern: Intern = asIs): Deal {
  const current: Record<string, unknown> = {};
  for (const field of writtenFields) {
    const value = row[field];
    current[field] = typeof value === 'string' ? intern(value) : value;
  }
  return {
    id: String(row.Id),
    name: text(row.Name) ?? '',
    facts: toOpportunityFacts(row, intern),
    amount: num(row.Amount),
    current
  };
}

/** Whether the candidate plan counts over the one chosen so far for its opportunity (the engine's rule). */
export function countsOverRecord(current: PlanRecord | undefined, candidate: PlanRecord): boolean {
  const asCandidate = (record: PlanRecord) => ({
    id: record.plan.id,
    status: record.plan.status,
    createdDate: record.createdDate
  });
  return countsOver(current && asCandidate(current), asCandidate(candidate));
}
