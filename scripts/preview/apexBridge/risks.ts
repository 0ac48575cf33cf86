import type {
  PlanChangeSet,
  RiskDto
} from '../../../force-app/main/default/lwc/planContract/planContract.ts';
import { ApexError, MESSAGES, fillMessage } from './errors.ts';
import { isId, isoDateTime, soqlIdList, soqlString, text, type Row } from './records.ts';
import type { BridgeSession } from './session.ts';

/**
 * The risks of one change set, as PlanRiskChanges.cls checks them before anything is written: a
 * title on every row, of at most MAX_TITLE_LENGTH characters; category, likelihood, impact and status
 * among their picklists' active values (read from the org's describe, as Apex reads them); the owner a
 * stakeholder and the linked step a step of the plan the change set saves into, and not one the same
 * change set deletes; a changed risk still that plan's, unchanged since read.
 */
interface PicklistField {
  name: string;
  label: string;
  picklistValues: { value: string; active: boolean }[];
}

const CHECKED_FIELDS: readonly { field: string; of: (risk: RiskDto) => string | null | undefined }[] = [
  { field: 'Category__c', of: (risk) => risk.category },
  { field: 'Likelihood__c', of: (risk) => risk.likelihood },
  { field: 'Impact__c', of: (risk) => risk.impact },
  { field: 'Status__c', of: (risk) => risk.status }
];

const isBlank = (value: string | null | undefined): boolean => !value?.trim();

/** Longest risk title (Title__c), as PlanRiskChanges.MAX_TITLE_LENGTH. */
export const MAX_TITLE_LENGTH = 255;

export async function checkRisks(
  session: BridgeSession,
  changes: PlanChangeSet,
  planId: string | null
): Promise<void> {
  const inserts = changes.risks?.inserts ?? [];
  const updates = changes.risks?.updates ?? [];
  const rows = [...inserts, ...updates] as (RiskDto | null)[];
  if (rows.length === 0) return;
  // Apex reads the change set into Id fields: a null row or a value that is no Id is unreadable.
  const notAnId = (value: unknown) => value !== null && value !== undefined && value !== '' && !isId(value);
  if (rows.some((row) => row === null || [row.id, row.ownerStakeholderId, row.stepId].some(notAnId)))
    throw new ApexError(MESSAGES.unreadableChange);
  const risks = rows as RiskDto[];
  // The title first, before any request: Apex checks each row's values in turn, title first.
  const fields = await picklistFields(session);
  for (const risk of risks) {
    if (isBlank(risk.title)) throw new ApexError(MESSAGES.riskTitleRequired);
    if (risk.title.trim().length > MAX_TITLE_LENGTH)
      throw new ApexError(fillMessage(MESSAGES.riskTitleTooLong, [String(MAX_TITLE_LENGTH)]));
    for (const { field, of } of CHECKED_FIELDS) checkPicklist(of(risk), fields.get(field));
  }
  await checkVersions(session, updates, planId);
  await checkMembers(session, risks, planId, deletedMembers(changes));
}

/** The steps and stakeholders the change set deletes: no longer members a risk may name. */
function deletedMembers(changes: PlanChangeSet): Set<string> {
  // A row may be null in what the page sent: it names nothing.
  const rows = [...changes.steps.deletes, ...changes.stakeholders.deletes] as ({
    id: string | null;
  } | null)[];
  return new Set(rows.map((row) => row?.id).filter((id): id is string => !!id));
}

async function picklistFields(session: BridgeSession): Promise<Map<string, PicklistField>> {
  const described = await session.client.requestJson<{ fields: PicklistField[] }>(
    'GET',
    '/sobjects/Plan_Risk__c/describe'
  );
  return new Map(described.fields.map((f) => [f.name, f]));
}

function checkPicklist(value: string | null | undefined, field: PicklistField | undefined): void {
  if (isBlank(value) || !field) return;
  if (field.picklistValues.some((entry) => entry.active && entry.value === value)) return;
  throw new ApexError(fillMessage(MESSAGES.riskValueNotValid, [`"${String(value)}"`, field.label]));
}

async function checkVersions(
  session: BridgeSession,
  updates: RiskDto[],
  planId: string | null
): Promise<void> {
  const ids = updates.map((r) => r.id).filter((id): id is string => typeof id === 'string' && id !== '');
  const rows = ids.length
    ? await session.client.queryAll<Row>(
        `SELECT Id, Plan__c, LastModifiedDate FROM Plan_Risk__c WHERE Id IN ${soqlIdList(ids)}`
      )
    : [];
  const stored = new Map(rows.map((r) => [String(r.Id), r]));
  for (const risk of updates) {
    const row = risk.id ? stored.get(risk.id) : undefined;
    if (!row || !planId || text(row.Plan__c) !== planId) throw new ApexError(MESSAGES.riskDeleted);
    const seen = isoDateTime(risk.lastModified);
    if (seen === null || seen !== isoDateTime(row.LastModifiedDate))
      throw new ApexError(MESSAGES.changedByOthers);
  }
}

async function checkMembers(
  session: BridgeSession,
  risks: RiskDto[],
  planId: string | null,
  deleted: ReadonlySet<string>
): Promise<void> {
  const owners = new Set(risks.map((r) => r.ownerStakeholderId).filter((id): id is string => !!id));
  const steps = new Set(risks.map((r) => r.stepId).filter((id): id is string => !!id));
  if (owners.size === 0 && steps.size === 0) return;
  const members = new Set<string>();
  if (planId) {
    const plan = soqlString(planId);
    const [holderRows, stepRows] = await Promise.all([
      owners.size
        ? session.client.queryAll<Row>(
            `SELECT Id FROM Plan_Stakeholder__c WHERE Id IN ${soqlIdList(owners)} AND Plan__c = ${plan}`
          )
        : Promise.resolve([]),
      steps.size
        ? session.client.queryAll<Row>(
            `SELECT Id FROM Plan_Step__c WHERE Id IN ${soqlIdList(steps)} AND Plan__c = ${plan}`
          )
        : Promise.resolve([])
    ]);
    for (const row of [...holderRows, ...stepRows])
      if (!deleted.has(String(row.Id))) members.add(String(row.Id));
  }
  for (const risk of risks) {
    const named = [`"${risk.title.trim()}"`];
    if (risk.ownerStakeholderId && !members.has(risk.ownerStakeholderId))
      throw new ApexError(fillMessage(MESSAGES.riskOwnerNotInPlan, named));
    if (risk.stepId && !members.has(risk.stepId))
      throw new ApexError(fillMessage(MESSAGES.riskStepNotInPlan, named));
  }
}
