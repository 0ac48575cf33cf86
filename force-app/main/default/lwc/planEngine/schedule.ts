/**
 * Backward scheduling of a template from the buyer's go-live date.
 *
 * A template step with no dependsOnKey is due offsetDays from the go-live date (negative: before
 * it); a step with one is due offsetDays after its predecessor's due date. With skipWeekends, a date
 * that lands on a Saturday or Sunday moves to the Friday before when it was counted backwards (a
 * go-live anchored offset ≤ 0, or a negative offset) and to the Monday after when counted forwards.
 * Dates already in the past are flagged (inPast and an IN_PAST warning), never clamped.
 */
import { findCycles } from './cycles';
import { NO_DAY, fromDay, isBlank, skipWeekendDay, toDay } from './dates';
import type {
  IsoDate,
  PlanProblem,
  ScheduleOptions,
  ScheduleResult,
  ScheduledStep,
  TemplateStepSpec
} from './types';

function whole(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? Math.trunc(value) : fallback;
}

export function scheduleTemplate(
  specs: readonly TemplateStepSpec[],
  goLiveDate: IsoDate,
  today: IsoDate,
  options: ScheduleOptions = {}
): ScheduleResult {
  const problems: PlanProblem[] = [];
  const goLive = toDay(goLiveDate);
  const todayDay = toDay(today);
  if (goLive === NO_DAY) {
    problems.push({
      code: 'IMPOSSIBLE_DATE',
      stepId: null,
      message: `The go-live date ${String(goLiveDate)} is not a date (YYYY-MM-DD).`,
      severity: 'error'
    });
    return { steps: [], problems };
  }
  const skipWeekends = options.skipWeekends === true;
  const n = specs.length;
  const index = new Map<string, number>();
  const link = new Array<number>(n).fill(-1);

  for (let i = 0; i < n; i++) {
    const key = specs[i].key;
    if (index.has(key)) {
      problems.push({
        code: 'DUPLICATE_STEP',
        stepId: key,
        message: `Template step key ${key} is used more than once.`,
        severity: 'error'
      });
    } else index.set(key, i);
  }
  for (let i = 0; i < n; i++) {
    const spec = specs[i];
    const dependsOn = spec.dependsOnKey;
    if (isBlank(dependsOn) || dependsOn === null) continue;
    if (dependsOn === spec.key) {
      problems.push({
        code: 'SELF_DEPENDENCY',
        stepId: spec.key,
        message: `Template step ${spec.key} depends on itself; it is scheduled from the go-live date.`,
        severity: 'error'
      });
      continue;
    }
    const target = index.get(dependsOn);
    if (target === undefined) {
      problems.push({
        code: 'MISSING_DEPENDENCY',
        stepId: spec.key,
        message: `Template step ${spec.key} depends on ${dependsOn}, which is not in the template; it is scheduled from the go-live date.`,
        severity: 'error'
      });
      continue;
    }
    link[i] = target;
    const offset = whole(spec.offsetDays, 0);
    const needed = whole(spec.lagDays, 0) + whole(spec.durationDays, 1);
    if (offset < needed) {
      problems.push({
        code: 'DEPENDENCY_CONFLICT',
        stepId: spec.key,
        message: `Template step ${spec.key} is due ${offset} days after ${dependsOn}, less than its lag plus duration (${needed} days).`,
        severity: 'warning'
      });
    }
  }

  // Cycles: break them (members scheduled from go-live) and report each once.
  for (const members of findCycles(link)) {
    for (const member of members) link[member] = -1;
    const keys = members.map((member) => specs[member].key);
    problems.push({
      code: 'CYCLE',
      stepId: keys[0],
      message: `Template steps depend on each other in a cycle (${keys.join(', ')}); they are scheduled from the go-live date.`,
      severity: 'error'
    });
  }

  const dueDay = new Array<number>(n).fill(NO_DAY);
  const stack: number[] = [];
  for (let start = 0; start < n; start++) {
    if (dueDay[start] !== NO_DAY) continue;
    let node = start;
    while (node >= 0 && dueDay[node] === NO_DAY) {
      stack.push(node);
      node = link[node];
    }
    while (stack.length > 0) {
      const i = stack.pop() ?? -1;
      const offset = whole(specs[i].offsetDays, 0);
      const anchored = link[i] >= 0;
      let day = (anchored ? dueDay[link[i]] : goLive) + offset;
      if (skipWeekends) day = skipWeekendDay(day, anchored ? (offset < 0 ? -1 : 1) : offset <= 0 ? -1 : 1);
      dueDay[i] = day;
    }
  }

  const steps: ScheduledStep[] = new Array<ScheduledStep>(n);
  for (let i = 0; i < n; i++) {
    const spec = specs[i];
    const inPast = todayDay !== NO_DAY && dueDay[i] < todayDay;
    const dueDate = fromDay(dueDay[i]);
    if (inPast) {
      problems.push({
        code: 'IN_PAST',
        stepId: spec.key,
        message: `"${spec.title}" falls on ${dueDate}, before today (${today}).`,
        severity: 'warning'
      });
    }
    steps[i] = { ...spec, dueDate, inPast };
  }
  return { steps, problems };
}
