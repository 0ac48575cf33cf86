/**
 * Projection: when each step is expected to finish, given today and its finish-to-start dependency.
 *
 *   open step:    projected = max(due date, today, predecessor's finish + lag + duration)
 *                 (an undated open step with no dated predecessor has no projection)
 *   Done step:    finish = completed date (else its due date); it is not pushed, it happened
 *   Skipped step: no projection of its own; it takes no time, so its dependents wait on whatever
 *                 it waited on (its predecessor's finish passes straight through)
 *
 * "today" in the max is what makes an overdue open step project to today (it cannot finish in the
 * past) and push its dependents. Dependencies that are invalid or on a cycle are ignored here.
 */
import { NO_DAY } from './dates';
import type { AnalyzedPlan } from './validation';

export interface Projection {
  /** Projected finish per step (NO_DAY: none). Skipped steps: NO_DAY. */
  projected: number[];
  /** What a dependent waits on (a skipped step passes its predecessor's through). */
  finish: number[];
}

export function projectPlan(plan: AnalyzedPlan, today: number): Projection {
  const n = plan.steps.length;
  const { due, completed, open, skipped, lag, duration, pred } = plan;
  const projected = new Array<number>(n);
  const finish = new Array<number>(n);
  const done = new Array<boolean>(n).fill(false);
  const stack: number[] = [];

  for (let start = 0; start < n; start++) {
    if (done[start]) continue;
    // Walk up to the first step already worked out (or a step with no predecessor), then back down.
    let node = start;
    while (node >= 0 && !done[node]) {
      stack.push(node);
      node = pred[node];
    }
    while (stack.length > 0) {
      const i = stack.pop() ?? -1;
      const p = pred[i];
      const before = p >= 0 ? finish[p] : NO_DAY;
      if (skipped[i]) {
        projected[i] = NO_DAY;
        finish[i] = before;
      } else if (!open[i]) {
        const actual = completed[i] !== NO_DAY ? completed[i] : due[i];
        projected[i] = actual;
        finish[i] = actual;
      } else {
        let value = due[i];
        if (before !== NO_DAY) {
          const earliest = before + lag[i] + duration[i];
          if (earliest > value) value = earliest;
        }
        if (value !== NO_DAY && value < today) value = today;
        projected[i] = value;
        finish[i] = value;
      }
      done[i] = true;
    }
  }
  return { projected, finish };
}
