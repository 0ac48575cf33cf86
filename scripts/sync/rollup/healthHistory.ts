import { num, text } from '../../salesforce/rowValues.ts';
import type { FieldValue } from '../values.ts';
import type { RecordChange } from './writeChanges.ts';

/**
 * Plan_Health_History__c: one row per opportunity whose plan status, health or score the roll-up
 * changes, written in the same run's write phase. Rows are upserted on Change_Key__c, which the
 * change itself determines (the opportunity, the org's day, the values before and after), so a run
 * repeated after a crash writes the row it may already have written onto itself, never beside it.
 */
export const HISTORY_KEY_FIELD = 'Change_Key__c';

/** The fields the roll-up writes on a history row (the key included). */
export const HISTORY_FIELDS = [
  HISTORY_KEY_FIELD,
  'Opportunity__c',
  'Plan__c',
  'Changed_At__c',
  'Status_Before__c',
  'Status_After__c',
  'Health_Before__c',
  'Health_After__c',
  'Score_Before__c',
  'Score_After__c',
  'Reasons__c'
] as const;

/**
 * The history row's master-detail to the Opportunity (sharing follows the deal): set when the row is
 * created and never reparented, so the org describes it as createable but not updateable. A rerun's
 * upsert sends it unchanged, which the API accepts.
 */
export const HISTORY_MASTER_FIELD = 'Opportunity__c';

/** The Opportunity fields whose change is history. */
export const TRACKED_FIELDS = ['Plan_Status__c', 'Plan_Health__c', 'Plan_Health_Score__c'] as const;

const HEALTH_CODES: Record<string, string> = {
  'On Track': 'OT',
  'At Risk': 'AR',
  'Off Track': 'XT',
  'No Plan': 'NP',
  Complete: 'CP'
};

/** A short, readable code of a status, health and score: "A.AR.72"; blanks as "-". */
function stateCode(status: string | null, health: string | null, score: number | null): string {
  const statusCode = status === null ? '-' : status.charAt(0);
  const healthCode = health === null ? '-' : (HEALTH_CODES[health] ?? health.slice(0, 2));
  return `${statusCode}.${healthCode}.${score === null ? '-' : String(score)}`;
}

/**
 * The history row for a deal whose tracked fields changed (`changed` holds only changed fields), or
 * null when none did. `current` holds the Opportunity's values before the write, `next` all values
 * the roll-up computed.
 */
export function healthChange(
  deal: { id: string; name: string; current: Record<string, unknown> },
  planId: string | null,
  next: Record<string, FieldValue>,
  changed: Record<string, FieldValue>,
  today: string,
  changedAt: string
): RecordChange | null {
  if (!TRACKED_FIELDS.some((field) => field in changed)) return null;
  const statusBefore = text(deal.current.Plan_Status__c);
  const healthBefore = text(deal.current.Plan_Health__c);
  const scoreBefore = num(deal.current.Plan_Health_Score__c);
  const statusAfter = text(next.Plan_Status__c);
  const healthAfter = text(next.Plan_Health__c);
  const scoreAfter = num(next.Plan_Health_Score__c);
  const key = `${deal.id}:${today}:${stateCode(statusBefore, healthBefore, scoreBefore)}>${stateCode(statusAfter, healthAfter, scoreAfter)}`;
  return {
    id: key,
    name: deal.name,
    fields: {
      Opportunity__c: deal.id,
      Plan__c: planId,
      Changed_At__c: changedAt,
      Status_Before__c: statusBefore,
      Status_After__c: statusAfter,
      Health_Before__c: healthBefore,
      Health_After__c: healthAfter,
      Score_Before__c: scoreBefore,
      Score_After__c: scoreAfter,
      Reasons__c: next.Plan_Health_Reasons__c ?? null
    }
  };
}
