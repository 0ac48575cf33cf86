/**
 * The plan header: its status with the lifecycle moves that apply to it, and the plan's own words
 * (objective, success criteria, value summary); and the one PendingChange per header action. The
 * save checks every move again on the server and records the baselines there (PlanLifecycle.cls);
 * what the header offers only mirrors those rules. Its words are Custom Labels (Plan_Header_…).
 */
import type { PlanStatus } from 'c/planEngine';
import type { PlanDto, PlanView } from 'c/planContract';
import { LABELS, format } from 'c/planLabels';
import { emptyChangeSet, pending, refused, type PendingChange } from './pendingChange';
import {
  ABANDON_REASON_MAX,
  DEFAULT_LOCALE,
  countText,
  PLAN_ACTION_WORDS,
  PLAN_DETAIL_FIELDS,
  PLAN_DETAIL_MAX,
  PLAN_STATUS_HELP,
  type PlanAction,
  type PlanDetailField
} from './words';

/** The moves each status offers, in the order the header shows them (the server's rules). */
const ACTIONS_BY_STATUS: Readonly<Record<PlanStatus, readonly PlanAction[]>> = {
  Draft: ['activate', 'abandon'],
  Active: ['complete', 'abandon'],
  Completed: ['reopen', 'abandon'],
  Abandoned: ['reopen']
};

const BADGE_CLASSES: Readonly<Record<PlanStatus, string>> = {
  Draft: 'slds-badge',
  Active: 'slds-badge slds-theme_success',
  Completed: 'slds-badge slds-badge_inverse',
  Abandoned: 'slds-badge slds-theme_error'
};

export interface PlanActionView {
  name: PlanAction;
  label: string;
  description: string;
  /** The first move is the header's main button. */
  variant: 'brand' | 'neutral';
}

export interface PlanDetailView {
  field: PlanDetailField;
  label: string;
  help: string;
  value: string;
  /** What the header shows when the field is blank. */
  shown: string;
  isBlank: boolean;
  /** The shown value's classes: a blank value reads as a placeholder. */
  valueClass: string;
  maxLength: number;
}

export interface PlanHeaderView {
  status: PlanStatus;
  badgeClass: string;
  statusHelp: string;
  /** Empty when the rep cannot edit the plan. */
  actions: PlanActionView[];
  details: PlanDetailView[];
  abandonReason: string | null;
  canEdit: boolean;
  reasonMaxLength: number;
}

/** The objective, success criteria and value summary as the header's editor sends them. */
export type PlanDetails = Record<PlanDetailField, string | null>;

function statusOf(plan: PlanDto): PlanStatus {
  return plan.status in ACTIONS_BY_STATUS ? plan.status : 'Draft';
}

/** The moves the plan's status offers. */
export function planActions(status: PlanStatus): readonly PlanAction[] {
  return ACTIONS_BY_STATUS[status];
}

/** What the header shows for the plan on screen; null when there is none. */
export function buildPlanHeader(view: Pick<PlanView, 'plan' | 'canEdit'>): PlanHeaderView | null {
  const plan = view.plan;
  if (!plan) return null;
  const status = statusOf(plan);
  const actions = view.canEdit
    ? planActions(status).map((name, i): PlanActionView => ({
        name,
        ...PLAN_ACTION_WORDS[name],
        variant: i === 0 && name !== 'abandon' ? 'brand' : 'neutral'
      }))
    : [];
  const details = PLAN_DETAIL_FIELDS.map(({ field, label, help }): PlanDetailView => {
    const value = plan[field] ?? '';
    const isBlank = value.trim() === '';
    return {
      field,
      label,
      help,
      value,
      shown: isBlank ? LABELS.headerNotSet : value,
      isBlank,
      valueClass: isBlank ? 'detail-value detail-value_blank' : 'detail-value',
      maxLength: PLAN_DETAIL_MAX
    };
  });
  return {
    status,
    badgeClass: BADGE_CLASSES[status],
    statusHelp: PLAN_STATUS_HELP[status],
    actions,
    details,
    abandonReason: status === 'Abandoned' ? plan.abandonReason : null,
    canEdit: view.canEdit,
    reasonMaxLength: ABANDON_REASON_MAX
  };
}

/** '1 step', '3 steps'. */
function stepsText(count: number): string {
  return countText(count, LABELS.stepListStepsOne, LABELS.stepListStepsMany);
}

/** The status a move leads to from a status; null when the move does not apply to it. */
export function statusAfter(status: PlanStatus, action: PlanAction): PlanStatus | null {
  if (!planActions(status).includes(action)) return null;
  switch (action) {
    case 'activate':
      return 'Active';
    case 'complete':
      return 'Completed';
    case 'abandon':
      return 'Abandoned';
    default:
      // Reopen: a Completed plan is worked again; an abandoned one goes back to Draft, to be agreed anew.
      return status === 'Abandoned' ? 'Draft' : 'Active';
  }
}

const OPEN_STATUSES = new Set(['Not Started', 'In Progress', 'Blocked']);

/** Each move's words (Custom Labels, read when worded): refused, saved, and the toast's title. */
const MOVE_WORDS: Readonly<
  Record<PlanAction, () => { cannot: string; success: (to: PlanStatus) => string; toast: string }>
> = {
  activate: () => ({
    cannot: LABELS.headerCannotActivate,
    success: () => LABELS.headerActivated,
    toast: LABELS.headerToastActivated
  }),
  complete: () => ({
    cannot: LABELS.headerCannotComplete,
    success: () => LABELS.headerCompleted,
    toast: LABELS.headerToastCompleted
  }),
  reopen: () => ({
    cannot: LABELS.headerCannotReopen,
    success: (to) => (to === 'Draft' ? LABELS.headerReopenedDraft : LABELS.headerReopened),
    toast: LABELS.headerToastReopened
  }),
  abandon: () => ({
    cannot: LABELS.headerCannotAbandon,
    success: () => LABELS.headerAbandoned,
    toast: LABELS.headerToastAbandoned
  })
};

/** A lifecycle move of the plan on screen: one save of its header with the new status. */
export function changePlanStatus(
  view: PlanView,
  action: PlanAction,
  reason: string | null = null,
  locale: string = DEFAULT_LOCALE
): PendingChange {
  const words = PLAN_ACTION_WORDS[action];
  const title = format(LABELS.headerActionTitle, words.label);
  const plan = view.plan;
  if (!plan) return refused(action, title, view, LABELS.headerNoPlan, locale);
  const from = statusOf(plan);
  const to = statusAfter(from, action);
  if (!to) {
    return refused(action, title, view, format(MOVE_WORDS[action]().cannot, from), locale);
  }
  const trimmed = reason?.trim() ?? '';
  if (action === 'abandon' && trimmed === '') {
    return refused(action, title, view, LABELS.headerReasonMissing, locale);
  }
  const changeSet = emptyChangeSet(view);
  changeSet.plan = {
    ...plan,
    status: to,
    abandonReason: to === 'Abandoned' ? trimmed.slice(0, ABANDON_REASON_MAX) : null
  };
  const open = view.steps.filter((step) => OPEN_STATUSES.has(step.status)).length;
  const warnings =
    action === 'complete' && open > 0
      ? [
          {
            code: 'OPEN_STEPS',
            stepId: null,
            message: countText(open, LABELS.headerOpenStepsOne, LABELS.headerOpenStepsMany),
            severity: 'warning' as const
          }
        ]
      : [];
  return pending({
    kind: action,
    title,
    changeSet,
    lines: [{ key: 'status', text: format(LABELS.headerStatusLine, from, to), isEdited: true }],
    problems: warnings,
    confirmLabel: words.label,
    successMessage: MOVE_WORDS[action]().success(to),
    locale
  });
}

/**
 * What a rep is told after a save, from the view the save returned (the truth): an activation says
 * how many baselines the server recorded.
 */
export function savedMessage(change: PendingChange, saved: PlanView): string {
  if (change.kind !== 'activate') return change.successMessage;
  const baselined = saved.steps.filter((step) => step.baselineDate !== null).length;
  if (baselined === 0) return LABELS.headerActivatedNoBaselines;
  return format(LABELS.headerActivatedBaselines, stepsText(baselined));
}

/** The toast after a lifecycle move: what happened, and what it means; null for any other save. */
export function savedToast(
  change: PendingChange,
  saved: PlanView
): { title: string; message: string } | null {
  const action = change.kind;
  if (!(action in MOVE_WORDS)) return null;
  const title = MOVE_WORDS[action as PlanAction]().toast;
  if (action === 'activate') {
    const baselined = saved.steps.filter((step) => step.baselineDate !== null).length;
    const message =
      baselined === 0 ? LABELS.headerNoBaselines : format(LABELS.headerBaselines, stepsText(baselined));
    return { title, message };
  }
  return { title, message: saved.plan ? PLAN_STATUS_HELP[statusOf(saved.plan)] : '' };
}

function cleaned(value: string | null | undefined): string | null {
  const text = value?.trim() ?? '';
  return text === '' ? null : text.slice(0, PLAN_DETAIL_MAX);
}

/** The objective, success criteria and value summary edited in the header: one save of the header. */
export function editPlanDetails(
  view: PlanView,
  details: Partial<PlanDetails>,
  locale: string = DEFAULT_LOCALE
): PendingChange {
  const title = LABELS.headerDetailsTitle;
  const plan = view.plan;
  if (!plan) return refused('planDetails', title, view, LABELS.headerNoPlan, locale);
  const next: PlanDto = { ...plan };
  const changed: string[] = [];
  for (const { field, label } of PLAN_DETAIL_FIELDS) {
    if (!(field in details)) continue;
    const value = cleaned(details[field]);
    if (value === (plan[field] ?? null)) continue;
    next[field] = value;
    changed.push(label.toLowerCase());
  }
  const changeSet = emptyChangeSet(view);
  if (changed.length === 0) {
    return pending({
      kind: 'planDetails',
      title,
      changeSet,
      successMessage: LABELS.changeNothingToSave,
      locale
    });
  }
  changeSet.plan = next;
  const last = changed.pop() ?? '';
  const listed = changed.length > 0 ? format(LABELS.changeListAnd, changed.join(', '), last) : last;
  const sentence = `${listed.charAt(0).toUpperCase()}${listed.slice(1)}`;
  return pending({
    kind: 'planDetails',
    title,
    changeSet,
    lines: [{ key: 'details', text: format(LABELS.headerDetailsLine, sentence), isEdited: true }],
    successMessage: format(LABELS.headerDetailsSaved, sentence),
    locale
  });
}
