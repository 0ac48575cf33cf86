import { commitmentOf, flag, num, text, type Row } from '../../salesforce/rowValues.ts';
import { TEMPLATE_STEP_VALUE_FIELDS } from '../../salesforce/templateFields.ts';
import type {
  HealthChangeDto,
  OpportunityDto,
  PersonDto,
  PlanDto,
  RiskDto,
  StakeholderDto,
  StepDto,
  TemplateDto,
  TemplateStepDto
} from '../../../force-app/main/default/lwc/planContract/planContract.ts';

/**
 * The records PlanController reads and writes, field by field: the SOQL field lists (those of
 * PlanSelector.cls) and the conversions between REST rows and the contract's DTOs (PlanDtos.cls).
 */
// A record as the REST API returns it, and its values read as the roll-up reads them: one reader.
export { flag, num, text, type Row };

export const PLAN_FIELDS = [
  'Id',
  'Name',
  'Opportunity__c',
  'Status__c',
  'Abandon_Reason__c',
  'Plan_Type__c',
  'Go_Live_Date__c',
  'Objective__c',
  'Success_Criteria__c',
  'Value_Summary__c',
  'Template__c',
  'Review_Cadence__c',
  'Next_Review_Date__c',
  'Last_Review_Date__c',
  'Last_Review_Note__c',
  'LastModifiedDate'
];

/** PlanSelector.risks: a plan's risks in the order they were raised. */
export const RISK_FIELDS = [
  'Id',
  'Title__c',
  'Category__c',
  'Likelihood__c',
  'Impact__c',
  'Owner_Stakeholder__c',
  'Mitigation__c',
  'Mitigation_Due_Date__c',
  'Status__c',
  'Step__c',
  'LastModifiedDate'
];

/** PlanSelector.healthHistory: a plan's last changes of health. */
export const HEALTH_HISTORY_FIELDS = [
  'Id',
  'Changed_At__c',
  'Status_Before__c',
  'Status_After__c',
  'Health_Before__c',
  'Health_After__c',
  'Score_Before__c',
  'Score_After__c',
  'Reasons__c'
];

export const STEP_FIELDS = [
  'Id',
  'Name',
  'Side__c',
  'Owner__c',
  'Owner__r.Name',
  'Due_Date__c',
  'Baseline_Date__c',
  'Status__c',
  'Completed_Date__c',
  'Is_Milestone__c',
  'Phase__c',
  'Deliverable__c',
  'Notes__c',
  'Depends_On__c',
  'Lag_Days__c',
  'Duration_Days__c',
  'Commitment__c',
  'Commitment_By__c',
  'Commitment_At__c',
  'Visibility__c',
  'Sort_Order__c',
  'Template_Step_Key__c',
  'LastModifiedDate'
];

export const STAKEHOLDER_FIELDS = [
  'Id',
  'Name',
  'Side__c',
  'Role__c',
  'Influence__c',
  'Stance__c',
  'Title__c',
  'Email__c',
  'Contact__c',
  'User__c',
  'Is_Signer__c',
  'Can_Veto__c',
  'LastModifiedDate'
];

/** What a template step holds (PlanSelector.activeTemplates): the fields seed-templates writes, with the record's Id and key. */
export const TEMPLATE_STEP_FIELDS = ['Id', 'External_Id__c', ...TEMPLATE_STEP_VALUE_FIELDS];

/** A whole number of days, as PlanDtos.wholeDays: the fallback for blank. */
function wholeDays(value: unknown, fallback: number): number {
  const n = num(value);
  return n === null ? fallback : Math.trunc(n);
}

/** A REST datetime ('…+0000') as ISO 8601 in UTC, the way Apex serializes a Datetime. */
export function isoDateTime(value: unknown): string | null {
  const raw = text(value);
  if (raw === null) return null;
  const parsed = new Date(raw.replace(/([+-]\d\d)(\d\d)$/, '$1:$2'));
  return Number.isNaN(parsed.getTime()) ? raw : parsed.toISOString();
}

export function parent(row: Row, relationship: string): Row | null {
  const value = row[relationship];
  return value && typeof value === 'object' ? (value as Row) : null;
}

/** A child relationship's records from a REST row (`{records: […]}` or null). */
export function children(row: Row, relationship: string): Row[] {
  const value = parent(row, relationship);
  return value && Array.isArray(value.records) ? (value.records as Row[]) : [];
}

export function toOpportunityDto(row: Row): OpportunityDto {
  return {
    id: String(row.Id),
    name: text(row.Name) ?? '',
    accountId: text(row.AccountId),
    accountName: text(parent(row, 'Account')?.Name),
    closeDate: text(row.CloseDate),
    stageName: text(row.StageName),
    isClosed: flag(row.IsClosed),
    isWon: flag(row.IsWon),
    ownerId: text(row.OwnerId),
    ownerName: text(parent(row, 'Owner')?.Name)
  };
}

export function toPlanDto(row: Row): PlanDto {
  return {
    id: String(row.Id),
    name: text(row.Name) ?? '',
    status: (text(row.Status__c) ?? 'Draft') as PlanDto['status'],
    abandonReason: text(row.Abandon_Reason__c),
    planType: (text(row.Plan_Type__c) ?? 'Sales') as PlanDto['planType'],
    goLiveDate: text(row.Go_Live_Date__c),
    objective: text(row.Objective__c),
    successCriteria: text(row.Success_Criteria__c),
    valueSummary: text(row.Value_Summary__c),
    templateId: text(row.Template__c),
    reviewCadence: text(row.Review_Cadence__c) as PlanDto['reviewCadence'],
    nextReviewDate: text(row.Next_Review_Date__c),
    lastReviewDate: text(row.Last_Review_Date__c),
    lastReviewNote: text(row.Last_Review_Note__c),
    lastModified: isoDateTime(row.LastModifiedDate)
  };
}

export function toRiskDto(row: Row): RiskDto {
  return {
    id: String(row.Id),
    key: null,
    title: text(row.Title__c) ?? '',
    category: text(row.Category__c),
    likelihood: text(row.Likelihood__c) as RiskDto['likelihood'],
    impact: text(row.Impact__c) as RiskDto['impact'],
    ownerStakeholderId: text(row.Owner_Stakeholder__c),
    mitigation: text(row.Mitigation__c),
    mitigationDueDate: text(row.Mitigation_Due_Date__c),
    status: (text(row.Status__c) ?? 'Open') as RiskDto['status'],
    stepId: text(row.Step__c),
    lastModified: isoDateTime(row.LastModifiedDate)
  };
}

/** A whole number, or null (Apex's Decimal.intValue() of a Number(3,0) field). */
function wholeOrNull(value: unknown): number | null {
  const n = num(value);
  return n === null ? null : Math.trunc(n);
}

export function toHealthChangeDto(row: Row): HealthChangeDto {
  return {
    id: String(row.Id),
    changedAt: isoDateTime(row.Changed_At__c) ?? '',
    statusBefore: text(row.Status_Before__c),
    statusAfter: text(row.Status_After__c),
    healthBefore: text(row.Health_Before__c),
    healthAfter: text(row.Health_After__c),
    scoreBefore: wholeOrNull(row.Score_Before__c),
    scoreAfter: wholeOrNull(row.Score_After__c),
    reasons: text(row.Reasons__c)
  };
}

export function toStepDto(row: Row): StepDto {
  return {
    id: String(row.Id),
    key: null,
    title: text(row.Name) ?? '',
    side: text(row.Side__c) as StepDto['side'],
    ownerId: text(row.Owner__c),
    ownerKey: null,
    ownerName: text(parent(row, 'Owner__r')?.Name),
    dueDate: text(row.Due_Date__c),
    baselineDate: text(row.Baseline_Date__c),
    status: (text(row.Status__c) ?? 'Not Started') as StepDto['status'],
    completedDate: text(row.Completed_Date__c),
    isMilestone: flag(row.Is_Milestone__c),
    phase: text(row.Phase__c),
    deliverable: text(row.Deliverable__c),
    notes: text(row.Notes__c),
    dependsOnId: text(row.Depends_On__c),
    dependsOnKey: null,
    lagDays: wholeDays(row.Lag_Days__c, 0),
    durationDays: wholeDays(row.Duration_Days__c, 1),
    commitment: commitmentOf(row.Commitment__c),
    commitmentBy: text(row.Commitment_By__c),
    commitmentAt: isoDateTime(row.Commitment_At__c),
    visibility: text(row.Visibility__c) === 'Internal' ? 'Internal' : 'Shared',
    sortOrder: num(row.Sort_Order__c),
    templateStepKey: text(row.Template_Step_Key__c),
    lastModified: isoDateTime(row.LastModifiedDate)
  };
}

export function toStakeholderDto(row: Row): StakeholderDto {
  return {
    id: String(row.Id),
    key: null,
    name: text(row.Name) ?? '',
    side: text(row.Side__c) === 'Seller' ? 'Seller' : 'Buyer',
    role: text(row.Role__c),
    influence: text(row.Influence__c) as StakeholderDto['influence'],
    stance: text(row.Stance__c) as StakeholderDto['stance'],
    title: text(row.Title__c),
    email: text(row.Email__c),
    contactId: text(row.Contact__c),
    userId: text(row.User__c),
    isSigner: flag(row.Is_Signer__c),
    canVeto: flag(row.Can_Veto__c),
    lastModified: isoDateTime(row.LastModifiedDate)
  };
}

export function contactRoleToPerson(row: Row): PersonDto {
  const contact = parent(row, 'Contact');
  return {
    kind: 'ContactRole',
    id: String(row.ContactId),
    name: text(contact?.Name) ?? '',
    title: text(contact?.Title),
    email: text(contact?.Email),
    role: text(row.Role),
    isPrimary: flag(row.IsPrimary)
  };
}

export function toPerson(kind: 'Contact' | 'User', row: Row): PersonDto {
  return {
    kind,
    id: String(row.Id),
    name: text(row.Name) ?? '',
    title: text(row.Title),
    email: text(row.Email),
    role: null,
    isPrimary: false
  };
}

function toTemplateStepDto(row: Row): TemplateStepDto {
  return {
    key: text(row.External_Id__c) ?? String(row.Id),
    title: text(row.Name) ?? '',
    side: (text(row.Side__c) ?? 'Joint') as TemplateStepDto['side'],
    ownerRole: text(row.Owner_Role__c),
    phase: text(row.Phase__c),
    offsetDays: wholeDays(row.Offset_Days__c, 0),
    durationDays: wholeDays(row.Duration_Days__c, 1),
    lagDays: wholeDays(row.Lag_Days__c, 0),
    dependsOnKey: text(row.Depends_On_Key__c),
    isMilestone: flag(row.Is_Milestone__c),
    visibility: text(row.Visibility__c) === 'Internal' ? 'Internal' : 'Shared',
    deliverable: text(row.Deliverable__c),
    description: text(row.Description__c),
    sortOrder: num(row.Sort_Order__c)
  };
}

export function toTemplateDto(row: Row): TemplateDto {
  return {
    id: String(row.Id),
    name: text(row.Name) ?? '',
    externalId: text(row.External_Id__c) ?? '',
    planType: (text(row.Plan_Type__c) ?? 'Sales') as TemplateDto['planType'],
    description: text(row.Description__c),
    steps: children(row, 'Template_Steps__r').map(toTemplateStepDto)
  };
}

/** Field values as a REST write sends them. */
export type Fields = Record<string, string | number | boolean | null>;

export function planFields(plan: PlanDto): Fields {
  return {
    Name: plan.name,
    Status__c: plan.status,
    // The save clears the reason of a plan that is not Abandoned (lifecycle.ts).
    Abandon_Reason__c: plan.status === 'Abandoned' ? plan.abandonReason : null,
    Plan_Type__c: plan.planType,
    Go_Live_Date__c: plan.goLiveDate,
    Objective__c: plan.objective,
    Success_Criteria__c: plan.successCriteria,
    Value_Summary__c: plan.valueSummary,
    Template__c: plan.templateId,
    // The review dates and note are never taken from the change set: markReviewed moves them.
    Review_Cadence__c: plan.reviewCadence ?? null
  };
}

/** A risk's fields as PlanRiskChanges.cls writes them (its plan is set on insert only). */
export function riskFields(risk: RiskDto): Fields {
  const blankAsNull = (value: string | null | undefined) => (value?.trim() ? value : null);
  return {
    Title__c: risk.title.trim(),
    Category__c: blankAsNull(risk.category),
    Likelihood__c: blankAsNull(risk.likelihood),
    Impact__c: blankAsNull(risk.impact),
    Owner_Stakeholder__c: risk.ownerStakeholderId ?? null,
    Mitigation__c: risk.mitigation?.trim() ? risk.mitigation.trim() : null,
    Mitigation_Due_Date__c: risk.mitigationDueDate ?? null,
    Status__c: blankAsNull(risk.status) ?? 'Open',
    Step__c: risk.stepId ?? null
  };
}

/** A step's fields except its owner and predecessor, which the save resolves (Ids or new keys). */
export function stepFields(step: StepDto): Fields {
  return {
    Name: step.title,
    Side__c: step.side,
    Due_Date__c: step.dueDate,
    Baseline_Date__c: step.baselineDate,
    Status__c: step.status,
    Completed_Date__c: step.completedDate,
    Is_Milestone__c: step.isMilestone,
    Phase__c: step.phase,
    Deliverable__c: step.deliverable,
    Notes__c: step.notes,
    Lag_Days__c: step.lagDays,
    Duration_Days__c: step.durationDays,
    Commitment__c: step.commitment,
    Visibility__c: step.visibility,
    Sort_Order__c: step.sortOrder,
    Template_Step_Key__c: step.templateStepKey
  };
}

export function stakeholderFields(stakeholder: StakeholderDto): Fields {
  return {
    Name: stakeholder.name,
    Side__c: stakeholder.side,
    Role__c: stakeholder.role,
    Influence__c: stakeholder.influence,
    Stance__c: stakeholder.stance,
    Title__c: stakeholder.title,
    Email__c: stakeholder.email,
    Contact__c: stakeholder.contactId,
    User__c: stakeholder.userId,
    Is_Signer__c: stakeholder.isSigner,
    Can_Veto__c: stakeholder.canVeto
  };
}

/** A value for a SOQL string literal. */
export function soqlString(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** A list of Ids for SOQL IN (…); ids are checked to be Id-shaped first. */
export function soqlIdList(ids: Iterable<string>): string {
  return `(${[...ids].map(soqlString).join(', ')})`;
}

const ID_PATTERN = /^[a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?$/;
export function isId(value: unknown): value is string {
  return typeof value === 'string' && ID_PATTERN.test(value);
}
