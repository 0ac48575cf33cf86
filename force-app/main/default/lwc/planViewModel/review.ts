/**
 * The plan's review rhythm as the header shows it (cadence, last review and its note, next review
 * and whether it is overdue, as the engine judges it for the health), and the plan's last changes of
 * health as the health summary lists them (what changed, from what to what, when, and why).
 */
import { daysBetween, type ReviewCadence } from 'c/planEngine';
import type { HealthChangeDto, PlanView } from 'c/planContract';
import type { PicklistOption } from 'c/planFormat';
import { emptyChangeSet, pending, type PendingChange } from './pendingChange';
import { optionsFor } from './picklists';
import { formatDate, formatDateTime } from './words';

export interface ReviewView {
  /** Weekly, Every Two Weeks, Monthly; '' when none is set. */
  cadence: string;
  /** The cadences offered: the org's (PlanView.picklists), else the compiled ones; the plan's own kept. */
  cadences?: readonly PicklistOption[];
  lastReviewLabel: string;
  note: string;
  nextReviewLabel: string;
  /** An Active plan whose next review is before today (a health reason). */
  isOverdue: boolean;
  overdueDays: number;
  /** The rep may mark the plan reviewed (canEdit and a saved plan). */
  canMark: boolean;
}

/** A value before and after a change; only what changed is shown. */
export interface ChangePart {
  key: string;
  before: string;
  after: string;
}

export interface HealthChangeView {
  key: string;
  whenLabel: string;
  /** The status, health and score that changed. */
  parts: ChangePart[];
  reasons: { key: string; text: string }[];
}

export function buildReview(view: PlanView, locale: string): ReviewView | null {
  const plan = view.plan;
  if (!plan) return null;
  const next = plan.nextReviewDate;
  const overdueDays =
    plan.status === 'Active' && next !== null && next < view.today ? daysBetween(next, view.today) : 0;
  return {
    cadence: plan.reviewCadence ?? '',
    cadences: optionsFor('Mutual_Action_Plan__c.Review_Cadence__c', view.picklists, plan.reviewCadence),
    lastReviewLabel: formatDate(plan.lastReviewDate, locale),
    note: plan.lastReviewNote ?? '',
    nextReviewLabel: formatDate(next, locale),
    isOverdue: overdueDays > 0,
    overdueDays,
    canMark: view.canEdit && plan.id !== null
  };
}

function part(key: string, before: string | number | null, after: string | number | null): ChangePart[] {
  if (before === after) return [];
  return [
    { key, before: before === null ? '—' : String(before), after: after === null ? '—' : String(after) }
  ];
}

function toChangeView(change: HealthChangeDto, locale: string): HealthChangeView {
  return {
    key: change.id,
    whenLabel: formatDateTime(change.changedAt, locale, { withTime: true }),
    parts: [
      ...part('status', change.statusBefore, change.statusAfter),
      ...part('health', change.healthBefore, change.healthAfter),
      ...part('score', change.scoreBefore, change.scoreAfter)
    ],
    reasons: (change.reasons ?? '')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '')
      .map((text, i) => ({ key: `${change.id}-${i}`, text }))
  };
}

/** The plan's last changes of health, newest first, as getPlan read them. */
export function buildHealthHistory(view: PlanView, locale: string): HealthChangeView[] {
  return view.healthHistory.map((change) => toChangeView(change, locale));
}

/** The plan header saved with a new review cadence (null: none); null when nothing changes. */
export function changeReviewCadence(
  view: PlanView,
  cadence: ReviewCadence | null,
  locale: string
): PendingChange | null {
  const plan = view.plan;
  if (plan?.id == null || (plan.reviewCadence ?? null) === cadence) return null;
  const changeSet = emptyChangeSet(view);
  changeSet.plan = { ...plan, reviewCadence: cadence };
  return pending({
    kind: 'planDetails',
    title: plan.name,
    changeSet,
    successMessage: `Review cadence: ${cadence ?? 'none'}.`,
    locale
  });
}
