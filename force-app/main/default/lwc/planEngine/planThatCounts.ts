/**
 * The plan that counts: of an opportunity's plans, the one its record page shows and its roll-up
 * reads — the Active plan, else the newest Draft, else the newest Completed; never an Abandoned
 * one. "Newest" is the latest CreatedDate, ties broken by the greater Id (Salesforce Ids grow with
 * creation). Apex applies the same rule (PlanThatCounts.cls); both run the shared fixtures in
 * staticresources/PlanThatCountsFixtures.resource.
 */
import type { PlanStatus } from './types';

/** What the rule reads of a plan. */
export interface PlanCandidate {
  id: string;
  /** Status__c; a value outside COUNTING_ORDER is never chosen. */
  status: PlanStatus | (string & Record<never, never>) | null;
  /** CreatedDate as the API returns it (ISO 8601, `Z` or `+0000`); null reads as the oldest. */
  createdDate: string | null;
}

/** The statuses that count, first preferred first. */
export const COUNTING_ORDER: readonly PlanStatus[] = ['Active', 'Draft', 'Completed'];

function rank(status: PlanCandidate['status']): number {
  const index = COUNTING_ORDER.indexOf(status as PlanStatus);
  return index < 0 ? Number.POSITIVE_INFINITY : index;
}

/** Milliseconds of an API datetime; the API's `+0000` offset is read like `+00:00`. */
function instant(value: string | null): number {
  if (!value) return Number.NEGATIVE_INFINITY;
  const millis = Date.parse(value.replace(/([+-]\d\d)(\d\d)$/, '$1:$2'));
  return Number.isNaN(millis) ? Number.NEGATIVE_INFINITY : millis;
}

/** Whether the candidate would count over the current choice (undefined: nothing chosen yet). */
export function countsOver(current: PlanCandidate | undefined | null, candidate: PlanCandidate): boolean {
  const candidateRank = rank(candidate.status);
  if (!Number.isFinite(candidateRank)) return false;
  if (!current) return true;
  const currentRank = rank(current.status);
  if (candidateRank !== currentRank) return candidateRank < currentRank;
  const byDate = instant(candidate.createdDate) - instant(current.createdDate);
  if (byDate !== 0 && !Number.isNaN(byDate)) return byDate > 0;
  return candidate.id > current.id;
}

/** The plan that counts among the given plans (in any order); null when none does. */
export function planThatCounts<T extends PlanCandidate>(plans: Iterable<T>): T | null {
  let chosen: T | null = null;
  for (const plan of plans) if (countsOver(chosen, plan)) chosen = plan;
  return chosen;
}
