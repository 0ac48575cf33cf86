/**
 * Slip against the baseline, attributed to the step where it started (docs/plan-engine.md, "Slip").
 *
 *   a step's date: its completed date when Done (else its due date); its due date when open
 *   slip:          date − baseline date (null without either, and for a Skipped step)
 *   pushed:        the part of a positive slip its predecessor forced:
 *                  min(slip, predecessor's slip, predecessor's date + lag + duration − baseline)
 *   caused:        max(0, slip) − pushed
 *
 * The predecessor is the one projection and cascade chain through (a Skipped one passes its own
 * predecessor through; invalid and cyclic links are ignored). A predecessor can only push as far
 * as it moved itself (its own slip) and only past the slack its dependent had, so a buyer step
 * that slips 5 days and pushes three seller steps is 5 days of buyer slip, not 20 of mixed. A
 * predecessor without a baseline has no slip and pushes nothing: the dependent's slip stays its
 * own, so every day of slip is caused by the step or by one upstream of it.
 */
import { NO_DAY, toDay } from './dates';
import type { PlanStep } from './types';
import { analyzePlan, type AnalyzedPlan } from './validation';

export interface SlipAttribution {
  /** Date − baseline per step; null without a date or a baseline, or when Skipped. */
  slip: (number | null)[];
  /** Days of positive slip the step caused (null exactly when slip is null). */
  caused: (number | null)[];
  /** Days of positive slip its predecessor pushed it (null exactly when slip is null). */
  pushed: (number | null)[];
}

export interface SideSlip {
  /** Caused slip of Buyer steps; null when no step of the plan has a slip to measure. */
  buyer: number | null;
  seller: number | null;
  joint: number | null;
}

/** Works out each step's slip and its split, in O(steps). */
export function attributeSlip(plan: AnalyzedPlan): SlipAttribution {
  const { steps, due, completed, open, skipped, lag, duration, pred } = plan;
  const n = steps.length;
  const date = new Array<number>(n);
  const slip: (number | null)[] = new Array<number | null>(n);
  for (let i = 0; i < n; i++) {
    const day = open[i] || completed[i] === NO_DAY ? due[i] : completed[i];
    date[i] = day;
    const baseline = toDay(steps[i].baselineDate);
    slip[i] = skipped[i] || day === NO_DAY || baseline === NO_DAY ? null : day - baseline;
  }

  // Through a Skipped step, the first step above it that is not Skipped (-1: none); memoised.
  const through = new Array<number>(n).fill(-2);
  const chain: number[] = [];
  const measuredFrom = (i: number): number => {
    let node = pred[i];
    while (node >= 0 && skipped[node] && through[node] === -2) {
      chain.push(node);
      node = pred[node];
    }
    const found = node < 0 ? -1 : skipped[node] ? through[node] : node;
    for (const s of chain) through[s] = found;
    chain.length = 0;
    return found;
  };

  const caused: (number | null)[] = new Array<number | null>(n);
  const pushed: (number | null)[] = new Array<number | null>(n);
  for (let i = 0; i < n; i++) {
    const own = slip[i];
    if (own === null) {
      caused[i] = null;
      pushed[i] = null;
      continue;
    }
    const late = own > 0 ? own : 0;
    let push = 0;
    if (late > 0) {
      const p = measuredFrom(i);
      const moved = p >= 0 ? slip[p] : null;
      if (moved !== null && moved > 0) {
        // date − slip is the baseline, so this is predecessor's date + lag + duration − baseline.
        const forced = date[p] + lag[i] + duration[i] - (date[i] - own);
        push = Math.max(0, Math.min(late, moved, forced));
      }
    }
    pushed[i] = push;
    caused[i] = late - push;
  }
  return { slip, caused, pushed };
}

/** Caused slip summed by side (steps without a side count on none). */
export function slipBySide(steps: readonly PlanStep[], caused: readonly (number | null)[]): SideSlip {
  let measured = false;
  let buyer = 0;
  let seller = 0;
  let joint = 0;
  for (let i = 0; i < caused.length; i++) {
    const days = caused[i];
    if (days === null) continue;
    measured = true;
    const side = steps[i].side;
    if (side === 'Buyer') buyer += days;
    else if (side === 'Seller') seller += days;
    else if (side === 'Joint') joint += days;
  }
  return measured ? { buyer, seller, joint } : { buyer: null, seller: null, joint: null };
}

/**
 * The slip of a plan's steps (indexed like the input) and its caused slip by side, for callers
 * without an assessment (e.g. to preview what a change does to each side's slip).
 */
export function planSlip(steps: readonly PlanStep[]): SlipAttribution & { bySide: SideSlip } {
  const attribution = attributeSlip(analyzePlan(steps));
  return { ...attribution, bySide: slipBySide(steps, attribution.caused) };
}
