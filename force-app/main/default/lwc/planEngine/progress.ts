/** Progress measures: percent complete, the next step, buyer commitment. */
import type { PlanStep, StepRef } from './types';

/** Whole percent, rounded down so that 100 means every one; 0 of 0 is 0. */
export function percentOf(part: number, whole: number): number {
  if (whole <= 0) return 0;
  const value = Math.floor((part * 100) / whole);
  return value < 0 ? 0 : value > 100 ? 100 : value;
}

export function stepRef(step: PlanStep): StepRef {
  return { id: step.id, title: step.title, side: step.side, dueDate: step.dueDate, ownerId: step.ownerId };
}

/**
 * Orders candidate next steps: earlier projected date first (undated last), then lower sortOrder
 * (none last), then input order. Returns true when candidate a comes before b.
 */
export function comesBefore(
  aDay: number,
  aSort: number | null,
  aIndex: number,
  bDay: number,
  bSort: number | null,
  bIndex: number
): boolean {
  const ad = aDay === Number.NEGATIVE_INFINITY ? Number.POSITIVE_INFINITY : aDay;
  const bd = bDay === Number.NEGATIVE_INFINITY ? Number.POSITIVE_INFINITY : bDay;
  if (ad !== bd) return ad < bd;
  const as = typeof aSort === 'number' && Number.isFinite(aSort) ? aSort : Number.POSITIVE_INFINITY;
  const bs = typeof bSort === 'number' && Number.isFinite(bSort) ? bSort : Number.POSITIVE_INFINITY;
  if (as !== bs) return as < bs;
  return aIndex < bIndex;
}
