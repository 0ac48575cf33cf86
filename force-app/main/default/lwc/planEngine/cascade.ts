/**
 * proposeChange: what one edit does to the whole plan, as the exact list of field changes.
 *
 * Cascade rule (finish-to-start): a dependent's due date must be at least its predecessor's due
 * date + the dependent's lag + the dependent's duration. After a move (or a late completion, or an
 * insert) every open, dated dependent that now falls short is pushed to exactly that earliest
 * date, and the push travels on to its own dependents. Nothing is ever pulled earlier unless the
 * move says allowEarlier: then dependents follow the moved step earlier by the same number of days,
 * never before their earliest date. Done steps and undated steps stop the cascade; a skipped step
 * takes no time and passes its predecessor's date through. A dependency cycle is reported as a
 * problem and walked once, never looped.
 */
import { NO_DAY, fromDay, toDay } from './dates';
import type {
  ChangeProposal,
  IsoDate,
  PlanProblem,
  PlanStep,
  ProposedChange,
  StepChange,
  StepChangeCause
} from './types';
import { analyzePlan, type AnalyzedPlan } from './validation';

function label(step: PlanStep): string {
  return step.title ? `"${step.title}"` : `step ${step.id}`;
}

function days(count: number): string {
  return `${count} ${count === 1 ? 'day' : 'days'}`;
}

interface Working {
  steps: PlanStep[];
  changes: StepChange[];
  problems: PlanProblem[];
}

function setField(
  work: Working,
  i: number,
  field: StepChange['field'],
  to: string | null,
  reason: string,
  cause?: StepChangeCause
): void {
  const step = work.steps[i];
  const from = step[field];
  if (from === to) return;
  work.steps[i] = { ...step, [field]: to };
  work.changes.push(
    cause ? { stepId: step.id, field, from, to, reason, cause } : { stepId: step.id, field, from, to, reason }
  );
}

/** Why step `c` is pushed: the step `origin` (reached from `parent` through skipped steps) and its date `base`. */
function causeOf(
  work: Working,
  plan: AnalyzedPlan,
  c: number,
  parent: number,
  origin: number,
  base: number,
  finished: boolean
): StepChangeCause {
  const skippedIds: string[] = [];
  for (let s = parent; s >= 0 && s !== origin && skippedIds.length < plan.steps.length; s = plan.link[s])
    skippedIds.unshift(work.steps[s].id);
  const from = work.steps[origin];
  return {
    stepId: from.id,
    date: fromDay(base),
    finished,
    dueDate: from.dueDate,
    lagDays: plan.lag[c],
    durationDays: plan.duration[c],
    skippedIds
  };
}

/** Children lists as linked arrays (first child, next sibling): O(steps), no per-step arrays. */
function childrenOf(plan: AnalyzedPlan): { head: Int32Array; next: Int32Array } {
  const n = plan.steps.length;
  const head = new Int32Array(n).fill(-1);
  const next = new Int32Array(n).fill(-1);
  for (let i = n - 1; i >= 0; i--) {
    const p = plan.link[i];
    if (p >= 0) {
      next[i] = head[p];
      head[p] = i;
    }
  }
  return { head, next };
}

/**
 * Pushes (and with allowEarlier, pulls) the dependents of step `root`, whose date is now `rootDay`
 * having moved by `rootDelta` days (`rootFinished`: its completed date). Walks each dependent at
 * most once.
 */
function cascadeFrom(
  work: Working,
  plan: AnalyzedPlan,
  root: number,
  rootDay: number,
  rootDelta: number,
  allowEarlier: boolean,
  rootFinished = false
): void {
  const { head, next } = childrenOf(plan);
  const visited = new Uint8Array(plan.steps.length);
  // The step whose date each queued step passes on: itself, or for a skipped step its predecessor's.
  const origin = new Int32Array(plan.steps.length).fill(-1);
  visited[root] = 1;
  origin[root] = root;
  // Queue entries: step index, the date its dependents measure from, how far that date moved.
  const queue: number[] = [root, rootDay, rootDelta];
  let cycleReported = false;
  for (let q = 0; q < queue.length; q += 3) {
    const parent = queue[q];
    const base = queue[q + 1];
    const delta = queue[q + 2];
    for (let c = head[parent]; c >= 0; c = next[c]) {
      if (visited[c]) {
        if (!cycleReported) {
          cycleReported = true;
          work.problems.push({
            code: 'CYCLE',
            stepId: work.steps[c].id,
            message: `${label(work.steps[c])} is on a dependency cycle; the cascade stopped there.`,
            severity: 'error'
          });
        }
        continue;
      }
      visited[c] = 1;
      const step = work.steps[c];
      if (step.status === 'Skipped') {
        origin[c] = origin[parent];
        queue.push(c, base, delta);
        continue;
      }
      origin[c] = c;
      if (step.status === 'Done') continue;
      const current = toDay(step.dueDate);
      if (current === NO_DAY) continue;
      const earliest = base + plan.lag[c] + plan.duration[c];
      let target = current;
      let reason = '';
      let cause: StepChangeCause | undefined;
      if (current < earliest) {
        cause = causeOf(work, plan, c, parent, origin[parent], base, rootFinished && origin[parent] === root);
        target = earliest;
        reason = `pushed: ${label(work.steps[parent])} is now due ${fromDay(base)}, and this step starts ${days(plan.lag[c])} after it and takes ${days(plan.duration[c])}`;
      } else if (allowEarlier && delta < 0) {
        target = Math.max(earliest, current + delta);
        reason = `pulled ${days(current - target)} earlier with ${label(work.steps[parent])}`;
      }
      if (target === current) continue;
      setField(work, c, 'dueDate', fromDay(target), reason, cause);
      queue.push(c, target, target - current);
    }
  }
}

function findStep(work: Working, stepId: string, kind: string): number {
  const i = work.steps.findIndex((s) => s.id === stepId);
  if (i < 0)
    work.problems.push({
      code: 'UNKNOWN_STEP',
      stepId,
      message: `Cannot ${kind} step ${stepId}: it is not in the plan.`,
      severity: 'error'
    });
  return i;
}

/** The date a step's predecessor lets it be due at the earliest, or NO_DAY. */
function earliestAllowed(plan: AnalyzedPlan, steps: readonly PlanStep[], i: number): number {
  const p = plan.link[i];
  if (p < 0 || plan.inCycle[i]) return NO_DAY;
  const pred = steps[p];
  const base =
    pred.status === 'Done'
      ? toDay(pred.completedDate) !== NO_DAY
        ? toDay(pred.completedDate)
        : toDay(pred.dueDate)
      : pred.status === 'Skipped'
        ? NO_DAY
        : toDay(pred.dueDate);
  return base === NO_DAY ? NO_DAY : base + plan.lag[i] + plan.duration[i];
}

function problemKey(p: PlanProblem): string {
  return `${p.code}|${p.stepId ?? ''}|${p.message}`;
}

/**
 * Works out one edit: the field changes it makes (the edited step first, then its cascade in
 * dependency order), the plan with them applied, and any problems. Never mutates the input.
 * Applying the returned changes and proposing the same change again yields no changes.
 */
export function proposeChange(
  steps: readonly PlanStep[],
  change: ProposedChange,
  today: IsoDate
): ChangeProposal {
  const work: Working = { steps: steps.slice(), changes: [], problems: [] };
  const todayDay = toDay(today);

  switch (change.kind) {
    case 'move': {
      const i = findStep(work, change.stepId, 'move');
      if (i < 0) break;
      const target = toDay(change.dueDate);
      if (target === NO_DAY) {
        work.problems.push({
          code: 'IMPOSSIBLE_DATE',
          stepId: change.stepId,
          message: `Cannot move ${label(work.steps[i])} to ${String(change.dueDate)}: not a date (YYYY-MM-DD).`,
          severity: 'error'
        });
        break;
      }
      const plan = analyzePlan(work.steps);
      const current = plan.due[i];
      const earliest = earliestAllowed(plan, work.steps, i);
      if (earliest !== NO_DAY && target < earliest) {
        work.problems.push({
          code: 'DEPENDENCY_CONFLICT',
          stepId: change.stepId,
          message: `${label(work.steps[i])} would be due ${change.dueDate}, before its dependency allows (${fromDay(earliest)}).`,
          severity: 'warning'
        });
      }
      setField(
        work,
        i,
        'dueDate',
        fromDay(target),
        current === NO_DAY
          ? 'date set'
          : target > current
            ? `moved ${days(target - current)} later`
            : target < current
              ? `moved ${days(current - target)} earlier`
              : 'unchanged'
      );
      cascadeFrom(
        work,
        plan,
        i,
        target,
        current === NO_DAY ? 0 : target - current,
        change.allowEarlier === true
      );
      break;
    }
    case 'complete': {
      const i = findStep(work, change.stepId, 'complete');
      if (i < 0) break;
      const day = toDay(change.completedDate);
      if (day === NO_DAY || (todayDay !== NO_DAY && day > todayDay)) {
        work.problems.push({
          code: 'IMPOSSIBLE_DATE',
          stepId: change.stepId,
          message:
            day === NO_DAY
              ? `Cannot complete ${label(work.steps[i])} on ${String(change.completedDate)}: not a date (YYYY-MM-DD).`
              : `Cannot complete ${label(work.steps[i])} on ${change.completedDate}: that is in the future.`,
          severity: 'error'
        });
        break;
      }
      const plan = analyzePlan(work.steps);
      setField(work, i, 'status', 'Done', 'marked done');
      setField(work, i, 'completedDate', fromDay(day), 'marked done');
      cascadeFrom(work, plan, i, day, 0, false, true);
      break;
    }
    case 'insert': {
      const step = change.step;
      if (work.steps.some((s) => s.id === step.id)) {
        work.problems.push({
          code: 'DUPLICATE_STEP',
          stepId: step.id,
          message: `Cannot insert step ${step.id}: the plan already has a step with that id.`,
          severity: 'error'
        });
        break;
      }
      const before = new Set(analyzePlan(work.steps).problems.map(problemKey));
      work.steps.push({ ...step });
      const i = work.steps.length - 1;
      const plan = analyzePlan(work.steps);
      for (const problem of plan.problems) if (!before.has(problemKey(problem))) work.problems.push(problem);
      const current = plan.due[i];
      const isOpen = step.status !== 'Done' && step.status !== 'Skipped';
      let day = current;
      if (isOpen && current !== NO_DAY) {
        const earliest = earliestAllowed(plan, work.steps, i);
        if (earliest > current) {
          day = earliest;
          const p = plan.link[i];
          const pred = work.steps[p];
          const finished = pred.status === 'Done';
          setField(
            work,
            i,
            'dueDate',
            fromDay(day),
            `pushed: its dependency lets it be due ${fromDay(day)} at the earliest`,
            causeOf(work, plan, i, p, p, earliest - plan.lag[i] - plan.duration[i], finished)
          );
        }
      }
      if (day !== NO_DAY && isOpen) cascadeFrom(work, plan, i, day, 0, false);
      break;
    }
    default: {
      // 'remove'
      const id = change.stepId;
      if (work.steps.findIndex((s) => s.id === id) < 0) {
        findStep(work, id, 'remove');
        break;
      }
      const removed = work.steps[findStep(work, id, 'remove')];
      work.steps = work.steps.filter((s) => s.id !== id);
      for (let i = 0; i < work.steps.length; i++) {
        if (work.steps[i].dependsOnId === id)
          setField(work, i, 'dependsOnId', null, `depended on ${label(removed)}, which was removed`);
      }
      break;
    }
  }
  return { changes: work.changes, steps: work.steps, problems: work.problems };
}
