/**
 * Validation, and the one pass over a plan that everything else builds on: dates read into day
 * numbers once, ids indexed, dependencies resolved, cycles found and broken. Never throws on bad
 * data and never drops a step: a bad date counts as no date and is reported, a bad dependency is
 * ignored and reported.
 */
import { findCycles } from './cycles';
import { NO_DAY, isBlank, toDay } from './dates';
import type { PlanProblem, PlanStep } from './types';

/** A plan read once into arrays indexed like the input steps. */
export interface AnalyzedPlan {
  steps: readonly PlanStep[];
  /** Step id → index of its first occurrence. */
  index: Map<string, number>;
  /** Due day number, NO_DAY when missing or not a real date. */
  due: number[];
  /** Completed day number, NO_DAY when missing or not a real date. */
  completed: number[];
  /** Not Done and not Skipped (an unknown status counts as open). */
  open: boolean[];
  skipped: boolean[];
  lag: number[];
  duration: number[];
  /** Index of the predecessor when the dependency is valid (exists, same plan, not itself), else -1; cycles included. */
  link: number[];
  /** link with every edge inside a cycle removed: safe to walk. */
  pred: number[];
  /** Indices of steps that sit on a dependency cycle. */
  inCycle: boolean[];
  problems: PlanProblem[];
}

function label(step: PlanStep): string {
  return typeof step.title === 'string' && step.title.length > 0 ? `"${step.title}"` : `step ${step.id}`;
}

function wholeDays(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? Math.trunc(value) : fallback;
}

/**
 * Reads and checks a plan in O(steps). `planId` (optional) is the plan the steps must belong to;
 * `todayDay` (optional day number) enables the "completed in the future" check.
 */
export function analyzePlan(
  steps: readonly PlanStep[],
  planId: string | null = null,
  todayDay: number = NO_DAY
): AnalyzedPlan {
  const n = steps.length;
  const index = new Map<string, number>();
  const due: number[] = new Array<number>(n);
  const completed: number[] = new Array<number>(n);
  const open: boolean[] = new Array<boolean>(n);
  const skipped: boolean[] = new Array<boolean>(n);
  const lag: number[] = new Array<number>(n);
  const duration: number[] = new Array<number>(n);
  const link: number[] = new Array<number>(n);
  const inCycle: boolean[] = new Array<boolean>(n);
  const problems: PlanProblem[] = [];
  let titleDue: Map<number, number> | null = null;
  let sameKey: Map<string, number> | null = null;

  for (let i = 0; i < n; i++) {
    const step = steps[i];
    inCycle[i] = false;
    link[i] = -1;
    if (index.has(step.id)) {
      problems.push({
        code: 'DUPLICATE_STEP',
        stepId: step.id,
        message: `Step id ${step.id} appears more than once (${label(step)}).`,
        severity: 'error'
      });
    } else {
      index.set(step.id, i);
    }
    const status = step.status;
    const isSkipped = status === 'Skipped';
    const isOpen = status !== 'Done' && !isSkipped;
    open[i] = isOpen;
    skipped[i] = isSkipped;

    const dueText = step.dueDate;
    let dueDay = NO_DAY;
    if (!isBlank(dueText)) {
      dueDay = toDay(dueText);
      if (dueDay === NO_DAY) {
        problems.push({
          code: 'IMPOSSIBLE_DATE',
          stepId: step.id,
          message: `${label(step)} has a due date that is not a calendar date (${String(dueText)}); it counts as undated.`,
          severity: 'error'
        });
      }
    } else if (isOpen) {
      problems.push({
        code: 'MISSING_DATE',
        stepId: step.id,
        message: `${label(step)} has no due date.`,
        severity: 'warning'
      });
    }
    due[i] = dueDay;

    const baseline = step.baselineDate;
    if (!isBlank(baseline) && toDay(baseline) === NO_DAY) {
      problems.push({
        code: 'IMPOSSIBLE_DATE',
        stepId: step.id,
        message: `${label(step)} has a baseline date that is not a calendar date (${String(baseline)}).`,
        severity: 'error'
      });
    }

    const completedText = step.completedDate;
    let completedDay = NO_DAY;
    if (!isBlank(completedText)) {
      completedDay = toDay(completedText);
      if (completedDay === NO_DAY) {
        problems.push({
          code: 'IMPOSSIBLE_DATE',
          stepId: step.id,
          message: `${label(step)} has a completed date that is not a calendar date (${String(completedText)}).`,
          severity: 'error'
        });
      } else if (todayDay !== NO_DAY && completedDay > todayDay) {
        problems.push({
          code: 'IMPOSSIBLE_DATE',
          stepId: step.id,
          message: `${label(step)} is marked completed on ${completedText}, which is in the future.`,
          severity: 'error'
        });
      }
    } else if (status === 'Done') {
      problems.push({
        code: 'DONE_WITHOUT_DATE',
        stepId: step.id,
        message: `${label(step)} is done but has no completed date.`,
        severity: 'warning'
      });
    }
    completed[i] = completedDay;

    if (isOpen && isBlank(step.ownerId)) {
      problems.push({
        code: 'MISSING_OWNER',
        stepId: step.id,
        message: `${label(step)} has no owner.`,
        severity: 'warning'
      });
    }

    const lagDays = wholeDays(step.lagDays, 0);
    let durationDays = wholeDays(step.durationDays, 1);
    if (lagDays !== step.lagDays || durationDays !== step.durationDays || durationDays < 0) {
      problems.push({
        code: 'INVALID_NUMBER',
        stepId: step.id,
        message: `${label(step)} has a lag or duration that is not a whole number of days (lag ${String(step.lagDays)}, duration ${String(step.durationDays)}).`,
        severity: 'warning'
      });
      if (durationDays < 0) durationDays = 0;
    }
    lag[i] = lagDays;
    duration[i] = durationDays;

    if (dueDay !== NO_DAY && typeof step.title === 'string' && step.title.length > 0) {
      // Same title and due date: a small-integer key (day, title length) finds candidates cheaply;
      // titles are compared only on a hit, and differing titles behind one key go to a string map.
      const title = step.title;
      const numericKey = dueDay * 4096 + (title.length & 4095);
      titleDue ??= new Map<number, number>();
      const first = titleDue.get(numericKey);
      let duplicateOf = -1;
      if (first === undefined) titleDue.set(numericKey, i);
      else if (steps[first].title === title) duplicateOf = first;
      else {
        sameKey ??= new Map<string, number>();
        const key = `${dueDay}|${title}`;
        const seen = sameKey.get(key);
        if (seen === undefined) sameKey.set(key, i);
        else duplicateOf = seen;
      }
      if (duplicateOf >= 0 && steps[duplicateOf].id !== step.id) {
        problems.push({
          code: 'DUPLICATE_STEP',
          stepId: step.id,
          message: `${label(step)} looks like a duplicate: another step has the same title and due date (${String(dueText)}).`,
          severity: 'warning'
        });
      }
    }
  }

  // Dependencies.
  for (let i = 0; i < n; i++) {
    const step = steps[i];
    const dependsOn = step.dependsOnId;
    if (isBlank(dependsOn) || dependsOn === null) continue;
    if (dependsOn === step.id) {
      problems.push({
        code: 'SELF_DEPENDENCY',
        stepId: step.id,
        message: `${label(step)} depends on itself; the dependency is ignored.`,
        severity: 'error'
      });
      continue;
    }
    const target = index.get(dependsOn);
    if (target === undefined) {
      problems.push({
        code: 'MISSING_DEPENDENCY',
        stepId: step.id,
        message: `${label(step)} depends on a step that is not in the plan (${dependsOn}), perhaps deleted; the dependency is ignored.`,
        severity: 'error'
      });
      continue;
    }
    const targetPlan = steps[target].planId;
    const ownPlan = step.planId;
    // A blank plan id (a step not saved yet) belongs to the plan it is in.
    const otherPlan =
      !isBlank(targetPlan) &&
      ((!isBlank(ownPlan) && targetPlan !== ownPlan) || (planId !== null && targetPlan !== planId));
    if (otherPlan) {
      problems.push({
        code: 'CROSS_PLAN_DEPENDENCY',
        stepId: step.id,
        message: `${label(step)} depends on ${label(steps[target])}, a step of another plan; the dependency is ignored.`,
        severity: 'error'
      });
      continue;
    }
    link[i] = target;
  }

  // Cycles (findCycles): break each one and report it once, named from its first step in plan order.
  const pred = link.slice();
  let hasLinks = false;
  for (let i = 0; i < n; i++)
    if (link[i] >= 0) {
      hasLinks = true;
      break;
    }
  const cycles = hasLinks ? findCycles(link) : [];
  for (const members of cycles) {
    let first = members[0];
    for (const m of members) {
      inCycle[m] = true;
      pred[m] = -1;
      if (m < first) first = m;
    }
    const names: string[] = [];
    let walk = first;
    do {
      names.push(label(steps[walk]));
      walk = link[walk];
    } while (walk !== first);
    names.push(label(steps[first]));
    problems.push({
      code: 'CYCLE',
      stepId: steps[first].id,
      message: `Dependency cycle: ${names.join(' depends on ')}; these dependencies are ignored.`,
      severity: 'error'
    });
  }

  return { steps, index, due, completed, open, skipped, lag, duration, link, pred, inCycle, problems };
}

/**
 * Checks a plan: cycles, dependencies on another plan's steps or on missing steps, duplicate steps,
 * impossible dates (not a calendar day, completed in the future when `today` is given), done without
 * a completed date, open steps without an owner or a date. Errors first is not guaranteed: problems
 * come in step order, dependency problems after date problems.
 */
export function validatePlan(
  steps: readonly PlanStep[],
  planId?: string | null,
  today?: string | null
): PlanProblem[] {
  return analyzePlan(steps, planId ?? null, today ? toDay(today) : NO_DAY).problems;
}
