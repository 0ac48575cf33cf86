import {
  fromDay,
  proposeChange,
  toDay,
  type IsoDate,
  type PlanStatus,
  type PlanStep
} from '../../planEngine.ts';
import type { DemoContext } from './context.ts';
import type { Keeping, PlanSetup } from './plans.ts';

/** One thing that happened to a plan after it was made from its templates, in the order it happened. */
export type PlanEvent =
  /** Draft → Active: every dated step's baseline becomes its due date (PlanLifecycle). */
  | { day: IsoDate; kind: 'activate' }
  /** A date moved or a step marked done, with the cascade the engine's proposeChange gives. */
  | {
      day: IsoDate;
      kind: 'change';
      change:
        | { kind: 'move'; stepId: string; dueDate: IsoDate }
        | { kind: 'complete'; stepId: string; completedDate: IsoDate };
    }
  /** A status that moves no date. */
  | { day: IsoDate; kind: 'status'; stepId: string; status: 'In Progress' | 'Blocked' | 'Skipped' }
  /** The plan completed or abandoned. */
  | { day: IsoDate; kind: 'plan'; status: PlanStatus };

/** Applies one event to the steps as the product does (never mutates them; unchanged steps keep their object). */
export function applyEvent(steps: readonly PlanStep[], event: PlanEvent): PlanStep[] {
  switch (event.kind) {
    case 'activate':
      return steps.map((s) =>
        s.dueDate && s.baselineDate !== s.dueDate ? { ...s, baselineDate: s.dueDate } : s
      );
    case 'change': {
      const proposal = proposeChange(steps, event.change, event.day);
      const error = proposal.problems.find((p) => p.severity === 'error');
      if (error) throw new Error(`Demo plan history: ${error.message}`);
      return proposal.steps;
    }
    case 'status':
      return steps.map((s) => (s.id === event.stepId ? { ...s, status: event.status } : s));
    default:
      return steps.slice();
  }
}

export interface PlanHistory {
  steps: PlanStep[];
  events: PlanEvent[];
  /** Per step, the day it was last changed. */
  touched: number[];
  /** The last day anyone touched the plan. */
  lastTouchDay: number;
}

const MOVE_CHANCE: Record<Keeping, number> = { kept: 0.05, slipping: 0.35, stalled: 0.3 };

const isOpen = (s: PlanStep) => s.status !== 'Done' && s.status !== 'Skipped';

/**
 * Moves a plan made from templates forward to today, as a team works it. A Draft plan is left as
 * made. Otherwise it is activated a few days after it was made (baselines recorded); then, step by
 * step in the order they fall due, some due dates are moved later before they come (the buyer asks
 * for more time: a few on kept plans, about a third on slipping and stalled ones) and the steps are
 * marked done around their due date: kept plans on time or early, slipping ones often a few days
 * late, so the last days' steps may still be open. A stalled plan stops being worked 25–60 days ago.
 * A Completed plan is closed a few days after the deal (its open steps done or skipped), an
 * Abandoned one likewise left as it was. Every date change goes through applyEvent (proposeChange).
 */
export function advancePlan(
  ctx: DemoContext,
  setup: PlanSetup,
  initial: PlanStep[],
  closeDay: number
): PlanHistory {
  const { rnd, todayDay } = ctx;
  const n = initial.length;
  const history: PlanHistory = {
    steps: initial,
    events: [],
    touched: new Array<number>(n).fill(setup.createdDay),
    lastTouchDay: setup.createdDay
  };
  const dueDays = initial.map((s) => toDay(s.dueDate));
  const record = (day: number, event: PlanEvent): void => {
    const before = history.steps;
    history.steps = applyEvent(before, event);
    history.events.push(event);
    for (let k = 0; k < n; k++)
      if (history.steps[k] !== before[k]) {
        history.touched[k] = day;
        dueDays[k] = toDay(history.steps[k].dueDate);
      }
    history.lastTouchDay = Math.max(history.lastTouchDay, day);
  };
  if (setup.status === 'Draft') {
    history.lastTouchDay = Math.min(todayDay, setup.createdDay + rnd.int(0, 3));
    return history;
  }
  const activation = Math.min(todayDay, setup.createdDay + rnd.int(0, 7));
  record(activation, { day: fromDay(activation), kind: 'activate' });
  let end = todayDay;
  if (setup.status !== 'Active') end = Math.min(todayDay, closeDay + rnd.int(0, 5));
  if (setup.keeping === 'stalled') end = Math.min(end, todayDay - rnd.int(25, 60));
  end = Math.max(end, activation);

  const handled = new Uint8Array(n);
  const moved = new Uint8Array(n);
  for (;;) {
    let i = -1;
    let due = Number.POSITIVE_INFINITY;
    for (let k = 0; k < n; k++) {
      if (handled[k] || !isOpen(history.steps[k])) continue;
      const d = dueDays[k];
      if (d < due) {
        due = d;
        i = k;
      }
    }
    if (i < 0 || due > end) break;
    const stepId = history.steps[i].id;
    if (!moved[i] && due > activation && rnd.chance(MOVE_CHANCE[setup.keeping])) {
      moved[i] = 1;
      const day = Math.max(activation, due - rnd.int(1, 7));
      const to = due + (setup.keeping === 'kept' ? rnd.int(1, 3) : rnd.int(2, 10));
      record(day, {
        day: fromDay(day),
        kind: 'change',
        change: { kind: 'move', stepId, dueDate: fromDay(to) }
      });
      continue;
    }
    handled[i] = 1;
    const late = setup.keeping === 'kept' ? -rnd.int(0, 3) : rnd.chance(0.5) ? rnd.int(0, 6) : -rnd.int(0, 2);
    const done = due < activation ? Math.min(due + late, activation) : due + late;
    if (done > end) {
      const status =
        setup.keeping === 'stalled' ? rnd.pick(['In Progress', 'Blocked'] as const) : 'In Progress';
      const day = Math.min(end, Math.max(activation, due - 1));
      if (rnd.chance(0.6)) record(day, { day: fromDay(day), kind: 'status', stepId, status });
      continue;
    }
    const day = Math.max(done, activation);
    record(day, {
      day: fromDay(day),
      kind: 'change',
      change: { kind: 'complete', stepId, completedDate: fromDay(done) }
    });
  }

  if (setup.status === 'Active' && setup.keeping !== 'stalled') {
    // What the team has started ahead: steps due in the next two weeks in progress, a few done early.
    for (let k = 0; k < n; k++) {
      const step = history.steps[k];
      const due = dueDays[k];
      if (!isOpen(step) || handled[k] || due <= end || due > todayDay + 14) continue;
      const day = Math.max(activation, todayDay - rnd.int(0, 3));
      if (rnd.chance(0.05))
        record(day, {
          day: fromDay(day),
          kind: 'change',
          change: { kind: 'complete', stepId: step.id, completedDate: fromDay(day) }
        });
      else if (rnd.chance(0.2))
        record(day, { day: fromDay(day), kind: 'status', stepId: step.id, status: 'In Progress' });
    }
  }
  if (setup.status === 'Completed') {
    for (let k = 0; k < n; k++) {
      const step = history.steps[k];
      if (!isOpen(step)) continue;
      if (rnd.chance(0.85))
        record(end, {
          day: fromDay(end),
          kind: 'change',
          change: { kind: 'complete', stepId: step.id, completedDate: fromDay(end) }
        });
      else record(end, { day: fromDay(end), kind: 'status', stepId: step.id, status: 'Skipped' });
    }
  }
  if (setup.status === 'Completed' || setup.status === 'Abandoned')
    record(end, { day: fromDay(end), kind: 'plan', status: setup.status });
  else if (setup.keeping !== 'stalled') {
    // A worked plan is looked at and edited every week or so (notes, commitments) even without a date change.
    const seen = todayDay - (setup.keeping === 'kept' ? rnd.int(0, 6) : rnd.int(2, 12));
    history.lastTouchDay = Math.max(history.lastTouchDay, Math.max(activation, seen));
  }
  return history;
}
