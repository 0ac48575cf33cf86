/**
 * What a change does to the deal, for its preview: the projected close before → after against the
 * opportunity's close date, the health status and score before → after, and every date the buyer
 * committed to that the change would move (to ask the buyer about first). "Before" is the
 * assessment the page already holds; "after" is the engine's assessment of the plan with the
 * change set applied: one assessment per preview, and every rule is the engine's.
 */
import {
  assessPlan,
  daysBetween,
  statusRank,
  type Health,
  type IsoDate,
  type PlanAssessment
} from 'c/planEngine';
import type { PlanChangeSet, PlanView, StepDto } from 'c/planContract';
import { LABELS, format } from 'c/planLabels';
import { stepKey, toAssessInput } from './engineInputs';
import type { ActionKind, PendingChange } from './pendingChange';
import { daysText, formatDate, quoted } from './words';

/** A date the buyer committed to that the change moves. */
export interface CommittedMove {
  key: string;
  stepId: string;
  text: string;
}

export interface DealImpact {
  /** 'Projected close moves from Dec 14, 2026 to Dec 21, 2026 — 5 days after the close date'; '' when the plan projects none. */
  close: string;
  /** 'Health goes from On Track (92) to At Risk (71): …'. */
  health: string;
  committed: CommittedMove[];
  /** The deal looks worse after the change, or a committed date moves: the rep is asked first. */
  asksFirst: boolean;
}

/** The actions that change steps, and so the plan's close and health. */
const STEP_ACTIONS: ReadonlySet<ActionKind> = new Set<ActionKind>([
  'status',
  'move',
  'add',
  'edit',
  'delete',
  'acceptProposal'
]);

/** The steps a buyer's accepted date proposal commits (the save records the buyer's commitment). */
function acceptedDateSteps(view: PlanView, changeSet: PlanChangeSet): Set<string> {
  const accepted = new Set<string>();
  for (const answer of changeSet.buyerUpdates?.resolutions ?? []) {
    if (answer.resolution !== 'Accepted') continue;
    const update = view.buyerUpdates.find((u) => u.id === answer.id);
    if (update?.type === 'Date Proposed' && update.stepId) accepted.add(update.stepId);
  }
  return accepted;
}

/** The view's steps with the change set's inserts, updates and deletes applied (the view is not changed). */
export function stepsAfter(view: Pick<PlanView, 'steps'>, changeSet: PlanChangeSet): StepDto[] {
  const updates = new Map(changeSet.steps.updates.map((step) => [stepKey(step), step]));
  const deletes = new Set(changeSet.steps.deletes.map(stepKey));
  return [
    ...view.steps
      .filter((step) => !deletes.has(stepKey(step)))
      .map((step) => updates.get(stepKey(step)) ?? step),
    ...changeSet.steps.inserts
  ];
}

/** The sentence with where the projected close falls against the close date ('… — 5 days after the close date'). */
function againstClose(sentence: string, projected: IsoDate, closeDate: IsoDate | null): string {
  if (!closeDate) return sentence;
  const slip = daysBetween(closeDate, projected);
  const where =
    slip === 0
      ? LABELS.impactOnCloseDate
      : format(slip > 0 ? LABELS.impactAfterClose : LABELS.impactBeforeClose, daysText(slip));
  return format(LABELS.impactAgainst, sentence, where);
}

/** The projected close before → after, against the close date. */
export function closeWords(
  before: IsoDate | null,
  after: IsoDate | null,
  closeDate: IsoDate | null,
  locale: string
): string {
  const shown = (date: IsoDate): string => formatDate(date, locale) || date;
  if (after === null) return before === null ? '' : format(LABELS.impactNoClose, shown(before));
  const sentence =
    before === null
      ? format(LABELS.impactCloseBecomes, shown(after))
      : before === after
        ? format(LABELS.impactCloseStays, shown(after))
        : format(LABELS.impactCloseMoves, shown(before), shown(after));
  return againstClose(sentence, after, closeDate);
}

/** Health status and score before → after, with the reasons the change adds. */
export function healthWords(before: Health, after: Health): string {
  const added = after.reasons.filter((reason) => !before.reasons.includes(reason));
  const why = added.slice(0, 2).join('; ');
  const withWhy = (sentence: string): string => {
    return why === '' ? sentence : format(LABELS.impactWhy, sentence, why);
  };
  if (before.status !== after.status)
    return withWhy(format(LABELS.impactHealthGoes, before.status, before.score, after.status, after.score));
  if (before.score !== after.score)
    return withWhy(format(LABELS.impactHealthScore, after.status, before.score, after.score));
  return format(LABELS.impactHealthStays, after.status, after.score);
}

function committedMoves(
  view: PlanView,
  after: readonly StepDto[],
  accepted: ReadonlySet<string>,
  locale: string
): CommittedMove[] {
  const afterByKey = new Map(after.map((step) => [stepKey(step), step]));
  const moves: CommittedMove[] = [];
  for (const step of view.steps) {
    const key = stepKey(step);
    const moved = afterByKey.get(key);
    if (step.commitment !== 'Committed' || !step.dueDate || accepted.has(key) || !moved) continue;
    if (moved.dueDate === step.dueDate) continue;
    const by = (step.commitmentBy ?? '').trim();
    const who = by === '' ? LABELS.impactTheBuyer : by;
    const committed = formatDate(step.dueDate, locale);
    moves.push({
      key: `committed-${key}`,
      stepId: key,
      text: moved.dueDate
        ? format(
            LABELS.impactCommittedMove,
            quoted(step.title),
            who,
            committed,
            formatDate(moved.dueDate, locale)
          )
        : format(LABELS.impactCommittedLose, quoted(step.title), who, committed)
    });
  }
  return moves;
}

/**
 * What the change does to the deal, or null for an action that changes no step (or refused).
 * `before` is the engine's assessment of `view` as shown.
 */
export function dealImpact(
  view: PlanView,
  before: PlanAssessment,
  change: PendingChange,
  locale: string
): DealImpact | null {
  if (!STEP_ACTIONS.has(change.kind) || !change.canSave) return null;
  const accepted = acceptedDateSteps(view, change.changeSet);
  const steps = stepsAfter(view, change.changeSet).map((step): StepDto => {
    return accepted.has(stepKey(step)) ? { ...step, commitment: 'Committed' } : step;
  });
  const after = assessPlan(toAssessInput({ ...view, steps }));
  const close = closeWords(
    before.projectedCloseDate,
    after.projectedCloseDate,
    view.opportunity.isClosed ? null : view.opportunity.closeDate,
    locale
  );
  const committed = committedMoves(view, steps, accepted, locale);
  const slipsFurther = (after.slipDays ?? 0) > 0 && (after.slipDays ?? 0) > (before.slipDays ?? 0);
  return {
    close,
    health: healthWords(before.health, after.health),
    committed,
    asksFirst:
      committed.length > 0 ||
      statusRank(after.health.status) > statusRank(before.health.status) ||
      slipsFurther
  };
}

/** The change with what it does to the deal; asked first when the deal looks worse or a committed date moves. */
export function withDealImpact(
  change: PendingChange,
  view: PlanView,
  before: PlanAssessment,
  locale: string
): PendingChange {
  const impact = dealImpact(view, before, change, locale);
  if (!impact) return change;
  return { ...change, impact, needsConfirmation: change.needsConfirmation || impact.asksFirst };
}
