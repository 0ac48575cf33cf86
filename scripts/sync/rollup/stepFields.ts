import type { PlanAssessment, PlanStep } from '../engine.ts';
import { sameValue } from '../values.ts';
import type { StoredStep } from './records.ts';
import type { RecordChange } from './writeChanges.ts';

/**
 * The plan step field the roll-up owns: the slip the step caused itself (the engine's
 * causedSlipDays), so a report can total slip by side and by step without counting pushes twice.
 * Written by full passes only (a plain `rollup`, and the daily pass of `rollup --watch`): a write
 * moves the step's LastModifiedDate, which a rep's open page holds as the step's version, so the
 * minute-by-minute watch cycles never write steps (docs/sync-cli.md).
 */
export const STEP_ROLLUP_FIELDS = ['Caused_Slip_Days__c'] as const;

/**
 * What the field holds for a step: the days it caused, blank when it caused none. Writing 0 for
 * every step on or ahead of its baseline would touch most steps of every Active plan for no report's
 * sake (the report sums and filters days > 0); blank keeps the first run's writes to slipped steps.
 */
export function storedCausedSlip(causedSlipDays: number | null): number | null {
  return causedSlipDays !== null && causedSlipDays > 0 ? causedSlipDays : null;
}

/** The steps whose caused slip differs from what the org holds, as changes to write. */
export function causedSlipChanges(steps: readonly StoredStep[], assessment: PlanAssessment): RecordChange[] {
  const changes: RecordChange[] = [];
  assessment.steps.forEach((facts, i) => {
    const step = steps[i];
    const value = storedCausedSlip(facts.causedSlipDays);
    if (step.id !== facts.id || sameValue(step.storedCausedSlipDays, value)) return;
    changes.push({ id: step.id, name: step.title, fields: { Caused_Slip_Days__c: value } });
  });
  return changes;
}

/**
 * The steps as they will be once the changes are written: a write touches a step's
 * LastModifiedDate, which the engine reads for "plan not updated in N days". Assessing the plan
 * that way makes this run's Opportunity values the ones the next run (and the record page) sees.
 * Caused slip changes only after someone edits a date or a status, so this moves a plan's "last
 * updated" by at most the time until the next full pass.
 */
export function asWritten(
  steps: readonly StoredStep[],
  changes: readonly RecordChange[],
  today: string
): PlanStep[] {
  const written = new Set(changes.map((change) => change.id));
  return steps.map((step) =>
    written.has(step.id) ? { ...step, lastModified: `${today}T00:00:00.000Z` } : step
  );
}
