import type {
  BuyerResolutionDto,
  PlanChangeSet,
  RiskDto,
  StakeholderDto,
  StepDto
} from '../../../force-app/main/default/lwc/planContract/planContract.ts';
import { ApexError, MESSAGES, fillMessage } from './errors.ts';
import { isId } from './records.ts';

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function rows<T>(group: unknown, name: string): T[] {
  if (!isObject(group)) return [];
  const list = group[name];
  if (list === undefined || list === null) return [];
  if (!Array.isArray(list) || !list.every(isObject)) throw new ApexError(MESSAGES.unreadableChange);
  return list as T[];
}

/**
 * Reading savePlan's argument: the change set as JSON text, its lists defaulted, its temporary
 * keys unique and every key a step names resolvable within the same change set.
 */
export function parseChangeSet(changeSetJson: unknown): PlanChangeSet {
  let parsed: unknown;
  try {
    parsed = typeof changeSetJson === 'string' ? JSON.parse(changeSetJson) : undefined;
  } catch {
    throw new ApexError(MESSAGES.unreadableChange);
  }
  if (!isObject(parsed)) throw new ApexError(MESSAGES.unreadableChange);
  if (typeof parsed.opportunityId !== 'string' || !parsed.opportunityId)
    throw new ApexError(MESSAGES.noOpportunity);
  if (parsed.plan !== undefined && parsed.plan !== null && !isObject(parsed.plan))
    throw new ApexError(MESSAGES.unreadableChange);
  const planId = parsed.planId ?? null;
  if (planId !== null && !isId(planId)) throw new ApexError(MESSAGES.unreadableChange);
  return {
    opportunityId: parsed.opportunityId,
    planId,
    plan: isObject(parsed.plan) ? (parsed.plan as unknown as PlanChangeSet['plan']) : null,
    steps: {
      inserts: rows<StepDto>(parsed.steps, 'inserts'),
      updates: rows<StepDto>(parsed.steps, 'updates'),
      deletes: rows<StepDto>(parsed.steps, 'deletes')
    },
    stakeholders: {
      inserts: rows<StakeholderDto>(parsed.stakeholders, 'inserts'),
      updates: rows<StakeholderDto>(parsed.stakeholders, 'updates'),
      deletes: rows<StakeholderDto>(parsed.stakeholders, 'deletes')
    },
    buyerUpdates: {
      seen: idList(parsed.buyerUpdates, 'seen'),
      resolutions: rows<BuyerResolutionDto>(parsed.buyerUpdates, 'resolutions')
    },
    risks: {
      inserts: rows<RiskDto>(parsed.risks, 'inserts'),
      updates: rows<RiskDto>(parsed.risks, 'updates')
    }
  };
}

/** A list of Ids in a group (absent: none); anything but Ids is unreadable. */
function idList(group: unknown, name: string): string[] {
  if (!isObject(group)) return [];
  const list = group[name];
  if (list === undefined || list === null) return [];
  if (!Array.isArray(list) || !list.every(isId)) throw new ApexError(MESSAGES.unreadableChange);
  return list;
}

/**
 * Most step and stakeholder rows (inserts, updates and deletes together) one change set may hold:
 * PlanChangeSetValidator.MAX_ROWS.
 */
export const MAX_ROWS = 200;

/** Refuses a change set of more than MAX_ROWS step and stakeholder rows, before any query. */
export function checkSize(changes: PlanChangeSet): void {
  const count = [changes.steps, changes.stakeholders].reduce(
    (sum, group) => sum + group.inserts.length + group.updates.length + group.deletes.length,
    0
  );
  if (count > MAX_ROWS)
    throw new ApexError(fillMessage(MESSAGES.tooManyRows, [String(count), String(MAX_ROWS)]));
  const answers = (changes.buyerUpdates?.seen.length ?? 0) + (changes.buyerUpdates?.resolutions.length ?? 0);
  if (answers > MAX_ROWS)
    throw new ApexError(fillMessage(MESSAGES.tooManyRows, [String(answers), String(MAX_ROWS)]));
  const risks = (changes.risks?.inserts.length ?? 0) + (changes.risks?.updates.length ?? 0);
  if (risks > MAX_ROWS)
    throw new ApexError(fillMessage(MESSAGES.tooManyRows, [String(risks), String(MAX_ROWS)]));
}

/** Temporary key → position among the new rows of its kind. */
export interface NewKeys {
  steps: Map<string, number>;
  stakeholders: Map<string, number>;
}

/**
 * Checks that new rows' keys are unique among the new rows of their kind (a new step and a new
 * stakeholder may share one, as PlanChangeSetValidator.checkKeys allows) and that every key a step
 * names is a new row here.
 */
export function resolveKeys(changes: PlanChangeSet): NewKeys {
  const index = (list: { key: string | null }[]): Map<string, number> => {
    const map = new Map<string, number>();
    list.forEach((row, i) => {
      if (!row.key) return;
      if (map.has(row.key)) throw new ApexError(MESSAGES.duplicateKey);
      map.set(row.key, i);
    });
    return map;
  };
  const keys = { stakeholders: index(changes.stakeholders.inserts), steps: index(changes.steps.inserts) };
  for (const step of [...changes.steps.inserts, ...changes.steps.updates]) {
    if (step.dependsOnKey && !keys.steps.has(step.dependsOnKey)) throw new ApexError(MESSAGES.unknownKey);
    if (step.ownerKey && !keys.stakeholders.has(step.ownerKey)) throw new ApexError(MESSAGES.unknownKey);
  }
  return keys;
}
