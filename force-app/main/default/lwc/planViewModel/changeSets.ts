/**
 * User actions → one PlanChangeSet each, with a preview in words (PendingChange). Dates that move
 * come from the engine's proposeChange (the cascade); problems from its validatePlan.
 */
import {
  proposeChange,
  validatePlan,
  type ChangeProposal,
  type IsoDate,
  type PlanProblem,
  type ScheduledStep,
  type StepChange,
  type StepStatus
} from 'c/planEngine';
import type { PlanChangeSet, PlanDto, PlanView, StakeholderDto, StepDto, TemplateDto } from 'c/planContract';
import { formatCount } from 'c/planFormat';
import { stakeholderKey, stepKey, toEngineSteps, toPlanStep } from './engineInputs';
import type { TextItem } from './healthSummary';
import { NEW_STEP_KEY, nextSortOrder, titlesOf } from './stepList';
import { templateOwners } from './templateOwners';
import { DEFAULT_LOCALE, PLAN_NAME_MAX, formatDate, quoted, wordDates } from './words';

export type ActionKind =
  | 'status'
  | 'move'
  | 'add'
  | 'edit'
  | 'delete'
  | 'reorder'
  | 'template'
  | 'blank'
  | 'stakeholderAdd'
  | 'stakeholderUpdate'
  | 'stakeholderRemove'
  // The plan header (planHeader.ts): a lifecycle move, or the objective and its companions edited.
  | 'activate'
  | 'complete'
  | 'reopen'
  | 'abandon'
  | 'planDetails';

export interface PreviewLine {
  key: string;
  text: string;
  /** The step the rep changed (as opposed to one the cascade moved). */
  isEdited: boolean;
}

/** One user action, ready to preview and save. */
export interface PendingChange {
  kind: ActionKind;
  /** What the action does, e.g. 'Move “Security review” to Dec 10, 2026'. */
  title: string;
  lines: PreviewLine[];
  errors: TextItem[];
  warnings: TextItem[];
  canSave: boolean;
  /** Ask before saving: the change reaches other steps, deletes something, or has problems. */
  needsConfirmation: boolean;
  confirmLabel: string;
  /** Said after a successful save. */
  successMessage: string;
  changeSet: PlanChangeSet;
}

export function emptyChangeSet(view: Pick<PlanView, 'opportunity' | 'plan'>): PlanChangeSet {
  return {
    opportunityId: view.opportunity.id,
    planId: view.plan?.id ?? null,
    plan: null,
    steps: { inserts: [], updates: [], deletes: [] },
    stakeholders: { inserts: [], updates: [], deletes: [] }
  };
}

/** The plan header to insert for an opportunity without a plan. */
function newPlan(
  view: Pick<PlanView, 'opportunity'>,
  name?: string | null,
  template?: TemplateDto | null
): PlanDto {
  const fallback = `${view.opportunity.name} – Mutual Action Plan`;
  const chosen = name && name.trim() !== '' ? name.trim() : fallback;
  return {
    id: null,
    name: chosen.length > PLAN_NAME_MAX ? chosen.slice(0, PLAN_NAME_MAX).trimEnd() : chosen,
    status: 'Draft',
    abandonReason: null,
    planType: template?.planType ?? 'Sales',
    goLiveDate: null,
    objective: null,
    successCriteria: null,
    valueSummary: null,
    templateId: template?.id ?? null,
    lastModified: null
  };
}

/** A change set for the view, with a plan header to insert when the opportunity has none yet. */
function changeSetFor(view: PlanView): PlanChangeSet {
  const changeSet = emptyChangeSet(view);
  if (!view.plan) changeSet.plan = newPlan(view);
  return changeSet;
}

function findStep(view: Pick<PlanView, 'steps'>, stepId: string): StepDto | undefined {
  return view.steps.find((step) => stepKey(step) === stepId);
}

function problemItems(
  problems: readonly PlanProblem[],
  severity: PlanProblem['severity'],
  locale: string
): TextItem[] {
  return problems
    .filter((problem) => problem.severity === severity)
    .map((problem, i) => ({ key: `${severity}-${i}`, text: wordDates(problem.message, locale) }));
}

function problemKey(problem: PlanProblem): string {
  return `${problem.code}|${problem.stepId ?? ''}|${problem.message}`;
}

/** Problems in `after` that `before` did not have. */
function newProblems(before: readonly PlanProblem[], after: readonly PlanProblem[]): PlanProblem[] {
  const known = new Set(before.map(problemKey));
  return after.filter((problem) => !known.has(problemKey(problem)));
}

/** Applies the engine's field changes to copies of the steps they touch. */
function applyChanges(steps: readonly StepDto[], changes: readonly StepChange[]): Map<string, StepDto> {
  const byKey = new Map(steps.map((step) => [stepKey(step), step]));
  const touched = new Map<string, StepDto>();
  for (const change of changes) {
    const base = touched.get(change.stepId) ?? byKey.get(change.stepId);
    if (!base) continue;
    const next: StepDto = { ...base };
    if (change.field === 'status') next.status = (change.to ?? 'Not Started') as StepStatus;
    else if (change.field === 'dependsOnId') {
      next.dependsOnId = change.to;
      next.dependsOnKey = null;
    } else next[change.field] = change.to;
    touched.set(change.stepId, next);
  }
  return touched;
}

/** One preview line per engine change: 'Security review moves from Dec 3 to Dec 10 because …'. */
function describeChanges(
  changes: readonly StepChange[],
  titles: Map<string, string>,
  editedId: string,
  locale: string
): PreviewLine[] {
  return changes.map((change, i): PreviewLine => {
    const title = quoted(titles.get(change.stepId));
    const from = change.from ? formatDate(change.from, locale) || change.from : '';
    const to = change.to ? formatDate(change.to, locale) || change.to : '';
    const isEdited = change.stepId === editedId;
    let text: string;
    switch (change.field) {
      case 'dueDate': {
        const move = from ? `${title} moves from ${from} to ${to}` : `${title} is due ${to}`;
        const reason = change.reason.startsWith('pushed: ')
          ? ` because ${wordDates(change.reason.slice('pushed: '.length), locale)}`
          : isEdited
            ? ''
            : ` (${wordDates(change.reason, locale)})`;
        text = `${move}${reason}`;
        break;
      }
      case 'status':
        text = `${title}: status ${change.from ?? 'none'} → ${change.to ?? 'none'}`;
        break;
      case 'completedDate':
        text = to ? `${title} is marked completed on ${to}` : `${title} loses its completed date`;
        break;
      default:
        text = `${title} no longer waits on ${quoted(change.from ? titles.get(change.from) : null)}`;
    }
    return { key: `change-${i}`, text, isEdited };
  });
}

export interface DraftOptions {
  kind: ActionKind;
  title: string;
  changeSet: PlanChangeSet;
  lines?: PreviewLine[];
  problems?: readonly PlanProblem[];
  forceConfirm?: boolean;
  confirmLabel?: string;
  successMessage: string;
  locale: string;
}

export function pending(options: DraftOptions): PendingChange {
  const problems = options.problems ?? [];
  const errors = problemItems(problems, 'error', options.locale);
  const warnings = problemItems(problems, 'warning', options.locale);
  const lines = options.lines ?? [];
  const reachesOthers = lines.some((line) => !line.isEdited);
  return {
    kind: options.kind,
    title: options.title,
    lines,
    errors,
    warnings,
    canSave: errors.length === 0,
    needsConfirmation:
      options.forceConfirm === true || reachesOthers || errors.length > 0 || warnings.length > 0,
    confirmLabel: options.confirmLabel ?? 'Save',
    successMessage: options.successMessage,
    changeSet: options.changeSet
  };
}

export function refused(
  kind: ActionKind,
  title: string,
  view: PlanView,
  message: string,
  locale: string
): PendingChange {
  return pending({
    kind,
    title,
    changeSet: emptyChangeSet(view),
    problems: [{ code: 'UNKNOWN_STEP', stepId: null, message, severity: 'error' }],
    successMessage: '',
    locale
  });
}

const GONE = 'That step is no longer in the plan. Reload the plan to see the latest steps.';

function followUps(count: number): string {
  return count > 0 ? ` (${formatCount(count, 'dependent step', 'dependent steps')} moved)` : '';
}

/** Status changed inline. Done completes the step today, which can push late dependents. */
export function changeStatus(
  view: PlanView,
  stepId: string,
  status: StepStatus,
  locale: string = DEFAULT_LOCALE
): PendingChange {
  const step = findStep(view, stepId);
  const title = `Set ${quoted(step?.title)} to ${status}`;
  if (!step) return refused('status', title, view, GONE, locale);
  const changeSet = emptyChangeSet(view);
  const titles = titlesOf(view.steps);
  if (status === 'Done' && step.status !== 'Done') {
    const proposal = proposeChange(
      toEngineSteps(view),
      { kind: 'complete', stepId, completedDate: view.today },
      view.today
    );
    changeSet.steps.updates = [...applyChanges(view.steps, proposal.changes).values()];
    const lines = describeChanges(proposal.changes, titles, stepId, locale);
    return pending({
      kind: 'status',
      title,
      changeSet,
      lines,
      problems: proposal.problems,
      successMessage: `${quoted(step.title)} is done${followUps(lines.filter((l) => !l.isEdited).length)}.`,
      locale
    });
  }
  // Leaving Done (or Skipped) reopens the step: a completed date on an open step would be wrong.
  const reopened = status !== 'Done' && step.completedDate !== null;
  const updated: StepDto = { ...step, status, completedDate: reopened ? null : step.completedDate };
  changeSet.steps.updates = [updated];
  return pending({
    kind: 'status',
    title,
    changeSet,
    lines: [
      { key: 'change-0', text: `${quoted(step.title)}: status ${step.status} → ${status}`, isEdited: true }
    ],
    successMessage: `${quoted(step.title)} is now ${status}.`,
    locale
  });
}

/** Due date changed inline: the engine's move, with its cascade to dependent steps. */
export function moveStep(
  view: PlanView,
  stepId: string,
  dueDate: IsoDate | null,
  locale: string = DEFAULT_LOCALE
): PendingChange {
  const step = findStep(view, stepId);
  const when = dueDate ? formatDate(dueDate, locale) || dueDate : 'no date';
  const title = `Move ${quoted(step?.title)} to ${when}`;
  if (!step) return refused('move', title, view, GONE, locale);
  const changeSet = emptyChangeSet(view);
  if (!dueDate) {
    changeSet.steps.updates = [{ ...step, dueDate: null }];
    return pending({
      kind: 'move',
      title: `Clear the due date of ${quoted(step.title)}`,
      changeSet,
      lines: [{ key: 'change-0', text: `${quoted(step.title)} has no due date`, isEdited: true }],
      successMessage: `${quoted(step.title)} has no due date now.`,
      // An emptied date field is as often a slip of the keyboard as a decision: ask first.
      forceConfirm: true,
      locale
    });
  }
  const proposal = proposeChange(toEngineSteps(view), { kind: 'move', stepId, dueDate }, view.today);
  changeSet.steps.updates = [...applyChanges(view.steps, proposal.changes).values()];
  const lines = describeChanges(proposal.changes, titlesOf(view.steps), stepId, locale);
  return pending({
    kind: 'move',
    title,
    changeSet,
    lines,
    problems: proposal.problems,
    successMessage: `${quoted(step.title)} is due ${when}${followUps(lines.filter((l) => !l.isEdited).length)}.`,
    locale
  });
}

/** A new step from the editor: the engine's insert (which may push its own date), saved with a temporary key. */
export function addStep(view: PlanView, draft: StepDto, locale: string = DEFAULT_LOCALE): PendingChange {
  const key = draft.key && draft.key !== '' ? draft.key : NEW_STEP_KEY;
  const step: StepDto = {
    ...draft,
    id: null,
    key,
    lastModified: null,
    sortOrder: draft.sortOrder ?? nextSortOrder(view.steps)
  };
  const planId = view.plan?.id ?? null;
  const proposal = proposeChange(
    toEngineSteps(view),
    { kind: 'insert', step: toPlanStep(step, planId) },
    view.today
  );
  const changed = applyChanges([...view.steps, step], proposal.changes);
  const changeSet = changeSetFor(view);
  const inserted = changed.get(key) ?? step;
  changeSet.steps.inserts = [inserted];
  changeSet.steps.updates = [...changed.values()].filter((s) => stepKey(s) !== key);
  const titles = titlesOf([...view.steps, step]);
  const lines: PreviewLine[] = [
    {
      key: 'added',
      text: `${quoted(step.title)} is added${inserted.dueDate ? `, due ${formatDate(inserted.dueDate, locale)}` : ''}`,
      isEdited: true
    },
    ...describeChanges(proposal.changes, titles, key, locale)
  ];
  return pending({
    kind: 'add',
    title: `Add ${quoted(step.title)}`,
    changeSet,
    lines,
    problems: proposal.problems.filter(notShownInEditor),
    // Any engine change on an insert is one the rep did not type (a pushed date): show it first.
    forceConfirm: proposal.changes.length > 0,
    successMessage: `${quoted(step.title)} is added.`,
    locale
  });
}

const EDIT_FIELDS: readonly (keyof StepDto)[] = [
  'title',
  'side',
  'ownerId',
  'ownerKey',
  'dueDate',
  'status',
  'completedDate',
  'isMilestone',
  'phase',
  'deliverable',
  'notes',
  'dependsOnId',
  'dependsOnKey',
  'lagDays',
  'durationDays',
  'buyerCommitted',
  'visibility'
];

/** A step edited in the editor: its fields, and the engine's cascade when its date moved later. */
export function editStep(view: PlanView, edited: StepDto, locale: string = DEFAULT_LOCALE): PendingChange {
  const stepId = stepKey(edited);
  const original = findStep(view, stepId);
  const title = `Save ${quoted(edited.title)}`;
  if (!original) return refused('edit', title, view, GONE, locale);
  const changed = EDIT_FIELDS.filter((field) => original[field] !== edited[field]);
  const changeSet = emptyChangeSet(view);
  if (changed.length === 0) {
    return pending({ kind: 'edit', title, changeSet, successMessage: 'Nothing to save.', locale });
  }
  // The edit with its old date, then the engine's move to the new date (so dependents cascade).
  const withEdit: StepDto = {
    ...original,
    ...edited,
    dueDate: original.dueDate,
    lastModified: original.lastModified
  };
  const steps = view.steps.map((s) => (stepKey(s) === stepId ? withEdit : s));
  const planId = view.plan?.id ?? null;
  const before = validatePlan(toEngineSteps(view), planId, view.today);
  let proposal: ChangeProposal | null = null;
  if (edited.dueDate && edited.dueDate !== original.dueDate) {
    proposal = proposeChange(
      steps.map((s) => toPlanStep(s, planId)),
      { kind: 'move', stepId, dueDate: edited.dueDate },
      view.today
    );
  }
  const touched = applyChanges(steps, proposal?.changes ?? []);
  const updated = touched.get(stepId) ?? { ...withEdit, dueDate: edited.dueDate };
  changeSet.steps.updates = [updated, ...[...touched.values()].filter((s) => stepKey(s) !== stepId)];
  const after = validatePlan(
    steps.map((s) => toPlanStep(stepKey(s) === stepId ? updated : (touched.get(stepKey(s)) ?? s), planId)),
    planId,
    view.today
  );
  const lines: PreviewLine[] = [
    {
      key: 'edited',
      text: `${quoted(edited.title)}: ${changed.map(fieldName).filter(unique).join(', ')} changed`,
      isEdited: true
    },
    ...describeChanges(proposal?.changes ?? [], titlesOf(steps), stepId, locale).filter(
      (line) => !line.isEdited
    )
  ];
  const problems = [...(proposal?.problems ?? []), ...newProblems(before, after)];
  return pending({
    kind: 'edit',
    title,
    changeSet,
    lines,
    problems: dedupe(problems).filter(notShownInEditor),
    successMessage: `${quoted(edited.title)} is saved${followUps(lines.length - 1)}.`,
    locale
  });
}

const FIELD_NAMES: Partial<Record<keyof StepDto, string>> = {
  title: 'title',
  side: 'side',
  ownerId: 'owner',
  ownerKey: 'owner',
  dueDate: 'due date',
  status: 'status',
  completedDate: 'completed date',
  isMilestone: 'milestone',
  phase: 'phase',
  deliverable: 'deliverable',
  notes: 'notes',
  dependsOnId: 'dependency',
  dependsOnKey: 'dependency',
  lagDays: 'lag',
  durationDays: 'duration',
  buyerCommitted: 'buyer commitment',
  visibility: 'visibility'
};

function fieldName(field: keyof StepDto): string {
  return FIELD_NAMES[field] ?? field;
}

function unique<T>(value: T, index: number, list: readonly T[]): boolean {
  return list.indexOf(value) === index;
}

/** Hygiene warnings the step editor has already shown; they need no second confirmation. */
const EDITOR_WARNINGS = new Set(['MISSING_OWNER', 'MISSING_DATE', 'DONE_WITHOUT_DATE']);

function notShownInEditor(problem: PlanProblem): boolean {
  return !(problem.severity === 'warning' && EDITOR_WARNINGS.has(problem.code));
}

function dedupe(problems: readonly PlanProblem[]): PlanProblem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = problemKey(problem);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Deleting a step: its dependents stop waiting on it (Apex clears the lookup; the preview says so). */
export function deleteStep(view: PlanView, stepId: string, locale: string = DEFAULT_LOCALE): PendingChange {
  const step = findStep(view, stepId);
  const title = `Delete ${quoted(step?.title)}?`;
  if (!step) return refused('delete', title, view, GONE, locale);
  const proposal = proposeChange(toEngineSteps(view), { kind: 'remove', stepId }, view.today);
  const changeSet = emptyChangeSet(view);
  changeSet.steps.deletes = [step];
  const lines: PreviewLine[] = [
    { key: 'deleted', text: `${quoted(step.title)} is deleted from the plan`, isEdited: true },
    ...describeChanges(proposal.changes, titlesOf(view.steps), stepId, locale)
  ];
  return pending({
    kind: 'delete',
    title,
    changeSet,
    lines,
    problems: proposal.problems,
    forceConfirm: true,
    confirmLabel: 'Delete',
    successMessage: `${quoted(step.title)} is deleted.`,
    locale
  });
}

/** Swaps a step with its neighbour in the list; every step whose place number changes is updated. */
export function reorderStep(
  view: PlanView,
  stepId: string,
  targetStepId: string,
  locale: string = DEFAULT_LOCALE
): PendingChange {
  const step = findStep(view, stepId);
  const target = findStep(view, targetStepId);
  const title = `Move ${quoted(step?.title)}`;
  if (!step || !target || step === target) return refused('reorder', title, view, GONE, locale);
  const order = view.steps.slice();
  const from = order.indexOf(step);
  const to = order.indexOf(target);
  order[from] = target;
  order[to] = step;
  const changeSet = emptyChangeSet(view);
  changeSet.steps.updates = order
    .map((s, i) => ({ step: s, sortOrder: (i + 1) * 10 }))
    .filter(({ step: s, sortOrder }) => s.sortOrder !== sortOrder)
    .map(({ step: s, sortOrder }) => ({ ...s, sortOrder }));
  const direction = to < from ? 'above' : 'below';
  return pending({
    kind: 'reorder',
    title,
    changeSet,
    lines: [
      {
        key: 'moved',
        text: `${quoted(step.title)} moves ${direction} ${quoted(target.title)}`,
        isEdited: true
      }
    ],
    successMessage: `${quoted(step.title)} moved ${direction} ${quoted(target.title)}.`,
    locale
  });
}

/** What the template picker emits (templateapply). */
export interface TemplateApplication {
  template: TemplateDto;
  planName: string;
  goLiveDate: IsoDate;
  skipWeekends: boolean;
  steps: ScheduledStep[];
}

/**
 * A template scheduled by the engine (scheduleTemplate, in the picker) → the plan (inserted when
 * there is none) and one step insert per template step, linked by temporary keys.
 */
export function applyTemplate(
  view: PlanView,
  application: TemplateApplication,
  locale: string = DEFAULT_LOCALE
): PendingChange {
  const { template, steps: scheduled } = application;
  const changeSet = emptyChangeSet(view);
  if (!view.plan) {
    changeSet.plan = { ...newPlan(view, application.planName, template), goLiveDate: application.goLiveDate };
  } else if (!view.plan.goLiveDate || !view.plan.templateId) {
    changeSet.plan = {
      ...view.plan,
      goLiveDate: view.plan.goLiveDate ?? application.goLiveDate,
      templateId: view.plan.templateId ?? template.id
    };
  }
  const keyOf = new Map(scheduled.map((spec, i) => [spec.key, `tpl-${i + 1}`]));
  const base = view.steps.length > 0 ? nextSortOrder(view.steps) - 10 : 0;
  const owners = templateOwners(view, scheduled);
  const inserts = scheduled.map((spec, i): StepDto => {
    const owner = owners.owners[i];
    return {
      id: null,
      key: keyOf.get(spec.key) ?? `tpl-${i + 1}`,
      title: spec.title,
      side: spec.side,
      ownerId: owner?.id ?? null,
      ownerKey: owner?.key ?? null,
      ownerName: owner?.name ?? null,
      dueDate: spec.dueDate,
      baselineDate: null,
      status: 'Not Started',
      completedDate: null,
      isMilestone: spec.isMilestone,
      phase: spec.phase,
      deliverable: spec.deliverable,
      notes: spec.description,
      dependsOnId: null,
      dependsOnKey: spec.dependsOnKey ? (keyOf.get(spec.dependsOnKey) ?? null) : null,
      lagDays: spec.lagDays,
      durationDays: spec.durationDays,
      buyerCommitted: false,
      visibility: spec.visibility,
      sortOrder: base + (spec.sortOrder ?? (i + 1) * 10),
      templateStepKey: spec.key,
      lastModified: null
    };
  });
  changeSet.steps.inserts = inserts;
  changeSet.stakeholders.inserts = owners.inserts;
  const planId = view.plan?.id ?? null;
  const before = validatePlan(toEngineSteps(view), planId, view.today);
  const after = validatePlan(
    [...view.steps, ...inserts].map((s) => toPlanStep(s, planId)),
    planId,
    view.today
  );
  const problems = newProblems(before, after).filter(
    (problem) => problem.code !== 'MISSING_OWNER' && problem.code !== 'DUPLICATE_STEP'
  );
  const pastCount = scheduled.filter((spec) => spec.inPast).length;
  if (pastCount > 0) {
    problems.push({
      code: 'IN_PAST',
      stepId: null,
      message: `${formatCount(pastCount, 'step is', 'steps are')} due before today; move ${pastCount === 1 ? 'it' : 'them'} after saving or pick a later go-live date.`,
      severity: 'warning'
    });
  }
  const withoutOwner = inserts.filter((s) => !s.ownerId && !s.ownerKey).length;
  const lines: PreviewLine[] = [
    {
      key: 'template',
      text: `${formatCount(inserts.length, 'step', 'steps')} from “${template.name}”, working back from the go-live date ${formatDate(application.goLiveDate, locale)}`,
      isEdited: true
    }
  ];
  if (owners.inserts.length > 0) {
    lines.push({
      key: 'stakeholders',
      text: `Adds ${owners.inserts.map((s) => `${s.name} (${s.role ?? s.side})`).join(', ')} to the plan as step owners`,
      isEdited: true
    });
  }
  if (withoutOwner > 0) {
    lines.push({
      key: 'owners',
      text: `${formatCount(withoutOwner, 'step has', 'steps have')} no owner yet: add the stakeholders, then assign them`,
      isEdited: true
    });
  }
  return pending({
    kind: 'template',
    title: view.plan ? `Add the steps of “${template.name}”` : `Create the plan from “${template.name}”`,
    changeSet,
    lines,
    problems,
    successMessage: `${formatCount(inserts.length, 'step', 'steps')} from “${template.name}” are in the plan.`,
    locale
  });
}

/** An empty plan for the opportunity. */
export function startBlankPlan(view: PlanView, locale: string = DEFAULT_LOCALE): PendingChange {
  const changeSet = emptyChangeSet(view);
  changeSet.plan = newPlan(view);
  return pending({
    kind: 'blank',
    title: `Create ${quoted(changeSet.plan.name)}`,
    changeSet,
    lines: [{ key: 'plan', text: `A draft plan named ${quoted(changeSet.plan.name)}`, isEdited: true }],
    successMessage: 'The plan is created. Add its first step.',
    locale
  });
}

export type StakeholderAction = 'add' | 'update' | 'remove';

/** A stakeholder added, changed or removed in the stakeholder map. Removing one clears the owner of their steps. */
export function changeStakeholder(
  view: PlanView,
  action: StakeholderAction,
  stakeholder: StakeholderDto,
  locale: string = DEFAULT_LOCALE
): PendingChange {
  const name = quoted(stakeholder.name);
  if (action === 'add') {
    const changeSet = changeSetFor(view);
    changeSet.stakeholders.inserts = [
      { ...stakeholder, id: null, key: stakeholder.key ?? 'new-stakeholder', lastModified: null }
    ];
    return pending({
      kind: 'stakeholderAdd',
      title: `Add ${name}`,
      changeSet,
      lines: [{ key: 'added', text: `${name} joins the plan (${stakeholder.side})`, isEdited: true }],
      successMessage: `${name} is added to the plan.`,
      locale
    });
  }
  const key = stakeholderKey(stakeholder);
  const current = view.stakeholders.find((s) => stakeholderKey(s) === key);
  const kind: ActionKind = action === 'update' ? 'stakeholderUpdate' : 'stakeholderRemove';
  if (!current?.id) {
    return refused(
      kind,
      `Change ${name}`,
      view,
      'That stakeholder is no longer in the plan. Reload the plan.',
      locale
    );
  }
  const changeSet = emptyChangeSet(view);
  if (action === 'update') {
    changeSet.stakeholders.updates = [{ ...stakeholder, id: current.id, lastModified: current.lastModified }];
    return pending({
      kind,
      title: `Save ${name}`,
      changeSet,
      lines: [{ key: 'updated', text: `${name} is updated`, isEdited: true }],
      successMessage: `${name} is saved.`,
      locale
    });
  }
  changeSet.stakeholders.deletes = [current];
  const owned = view.steps.filter((step) => step.ownerId === current.id);
  const lines: PreviewLine[] = [
    { key: 'removed', text: `${name} is removed from the plan`, isEdited: true },
    ...owned.map((step, i) => ({
      key: `owner-${i}`,
      text: `${quoted(step.title)} will have no owner`,
      isEdited: false
    }))
  ];
  return pending({
    kind,
    title: `Remove ${name}?`,
    changeSet,
    lines,
    forceConfirm: owned.length > 0,
    confirmLabel: 'Remove',
    successMessage: `${name} is removed from the plan.`,
    locale
  });
}
