import type {
  PlanChangeSet,
  PlanDto,
  StepDto
} from '../../../force-app/main/default/lwc/planContract/planContract.ts';
import { ApexError, MESSAGES, fillMessage } from './errors.ts';
import { text, type Row } from './records.ts';

/**
 * The plan's lifecycle on the server, as PlanLifecycle.cls does it: which status changes a save may
 * make, and the baseline dates they record. Nothing the component sends is trusted for either: the
 * stored status decides whether a move is allowed, and baselines come from due dates here, never
 * from the change set.
 * - Moves: Draft → Active, Active → Completed, Completed → Active, Abandoned → Draft, any other
 *   status → Abandoned (with a reason). A new plan starts as Draft or Active. One Active plan per
 *   opportunity.
 * - Baselines: activating a Draft plan sets every dated step's baseline to its due date; reopening a
 *   Completed plan gives one to dated steps that have none; in an Active plan a step gets one when
 *   it is first dated.
 */
type Status = PlanDto['status'];

const MOVES: Record<Status, readonly Status[]> = {
  Draft: ['Active', 'Abandoned'],
  Active: ['Completed', 'Abandoned'],
  Completed: ['Active', 'Abandoned'],
  Abandoned: ['Draft']
};

function isStatus(value: string | null): value is Status {
  return value !== null && Object.hasOwn(MOVES, value);
}

export interface Lifecycle {
  /** The plan the change applies to; null for a plan the change set creates (or none at all). */
  targetPlanId: string | null;
  /** Its stored status (Draft for a new plan); null when there is no plan. */
  fromStatus: string | null;
  /** Its status after the save. */
  toStatus: string | null;
}

/** The lifecycle of the plan one change set applies to (the plan shown unless the header names one). */
export function lifecycleOf(changes: PlanChangeSet, plans: Row[], shownPlanId: string | null): Lifecycle {
  const statusOf = (id: string | null) => text(plans.find((p) => p.Id === id)?.Status__c);
  if (!changes.plan) {
    const status = statusOf(shownPlanId);
    return { targetPlanId: shownPlanId, fromStatus: status, toStatus: status };
  }
  // The JSON may leave the status out: a blank one is Draft, as the save writes it.
  const to = text(changes.plan.status) ?? 'Draft';
  if (!changes.plan.id) return { targetPlanId: null, fromStatus: 'Draft', toStatus: to };
  return { targetPlanId: changes.plan.id, fromStatus: statusOf(changes.plan.id), toStatus: to };
}

/** The plan is Active after the save and was not before (activated, reopened, or created Active). */
export function becomesActive(lifecycle: Lifecycle): boolean {
  return lifecycle.toStatus === 'Active' && lifecycle.fromStatus !== 'Active';
}

/**
 * Refuses a status change the lifecycle does not allow, an Abandoned plan without a reason, and a
 * second Active plan on the opportunity; before anything is written.
 */
export function checkLifecycle(changes: PlanChangeSet, plans: Row[], lifecycle: Lifecycle): void {
  const { fromStatus: from, toStatus: to } = lifecycle;
  if (!changes.plan || from === null || to === null) return;
  if (from !== to && !(isStatus(from) && (MOVES[from] as readonly string[]).includes(to)))
    throw new ApexError(fillMessage(MESSAGES.statusChangeNotAllowed, [from, to]));
  if (to === 'Abandoned' && !changes.plan.abandonReason?.trim())
    throw new ApexError(MESSAGES.abandonReasonRequired);
  if (
    becomesActive(lifecycle) &&
    plans.some((p) => p.Status__c === 'Active' && p.Id !== lifecycle.targetPlanId)
  )
    throw new ApexError(MESSAGES.oneActivePlan);
}

/** A stored step's dates: what the baselines are decided from. */
export interface StepDates {
  dueDate: string | null;
  baselineDate: string | null;
}

/**
 * The change set's steps with the baselines the server decides (the change set's own are ignored):
 * a new step of an Active plan gets its due date; an updated step keeps its stored baseline, unless
 * the plan is Active and the step is first dated now. And, when the plan becomes Active, the
 * baselines to write on its other steps (`stored`: every step of the plan, read before the save),
 * by step Id.
 */
export function withBaselines(
  changes: PlanChangeSet,
  lifecycle: Lifecycle,
  stored: Map<string, StepDates>
): { inserts: StepDto[]; updates: StepDto[]; others: Map<string, string> } {
  const active = lifecycle.toStatus === 'Active';
  const recordAll = becomesActive(lifecycle);
  const everyStep = lifecycle.fromStatus === 'Draft';
  const decide = (due: string | null, baseline: string | null): string | null => {
    if (!due) return baseline;
    if (recordAll && (everyStep || !baseline)) return due;
    return active && !baseline ? due : baseline;
  };
  const inserts = changes.steps.inserts.map((s) => ({
    ...s,
    baselineDate: active ? s.dueDate : null
  }));
  const updates = changes.steps.updates.map((s) => ({
    ...s,
    baselineDate: decide(s.dueDate, (s.id ? stored.get(s.id)?.baselineDate : null) ?? null)
  }));
  const others = new Map<string, string>();
  if (recordAll) {
    const written = new Set(
      [...changes.steps.updates, ...changes.steps.deletes].map((s) => s.id).filter((id) => id !== null)
    );
    for (const [id, dates] of stored) {
      if (written.has(id)) continue;
      const baseline = decide(dates.dueDate, dates.baselineDate);
      if (baseline && baseline !== dates.baselineDate) others.set(id, baseline);
    }
  }
  return { inserts, updates, others };
}
