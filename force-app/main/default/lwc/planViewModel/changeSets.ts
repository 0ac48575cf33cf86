/**
 * The step list's and the step editor's actions → one PendingChange each (status, due date, add,
 * edit, delete, reorder). Dates that move come from the engine's proposeChange (the cascade);
 * problems from its validatePlan. The preview's words are changeWording.ts's; the titles and success
 * messages are Custom Labels (Plan_Change_…).
 */
import {
  proposeChange,
  validatePlan,
  type ChangeProposal,
  type IsoDate,
  type StepChange,
  type StepStatus
} from 'c/planEngine';
import type { PlanView, StepDto } from 'c/planContract';
import { LABELS, format } from 'c/planLabels';
import {
  changedFieldNames,
  describeChanges,
  followUps,
  goneSentence,
  type PreviewLine
} from './changeWording';
import { stepKey, toEngineSteps, toPlanStep } from './engineInputs';
import {
  changeSetFor,
  dedupe,
  emptyChangeSet,
  newProblems,
  notShownInEditor,
  pending,
  refused,
  type PendingChange
} from './pendingChange';
import { NEW_STEP_KEY, nextSortOrder, titlesOf } from './stepList';
import { DEFAULT_LOCALE, formatDate, quoted } from './words';

function findStep(view: Pick<PlanView, 'steps'>, stepId: string): StepDto | undefined {
  return view.steps.find((step) => stepKey(step) === stepId);
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

/** Status changed inline. Done completes the step today, which can push late dependents. */
export function changeStatus(
  view: PlanView,
  stepId: string,
  status: StepStatus,
  locale: string = DEFAULT_LOCALE
): PendingChange {
  const step = findStep(view, stepId);
  const title = format(LABELS.changeStatusTitle, quoted(step?.title), status);
  if (!step) return refused('status', title, view, goneSentence(), locale);
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
      successMessage: format(
        LABELS.changeStatusDone,
        quoted(step.title),
        followUps(lines.filter((l) => !l.isEdited).length)
      ),
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
      {
        key: 'change-0',
        text: format(LABELS.changeStatusLine, quoted(step.title), step.status, status),
        isEdited: true
      }
    ],
    successMessage: format(LABELS.changeStatusNow, quoted(step.title), status),
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
  const when = dueDate ? formatDate(dueDate, locale) || dueDate : LABELS.changeMoveNoDate;
  const title = format(LABELS.changeMoveTitle, quoted(step?.title), when);
  if (!step) return refused('move', title, view, goneSentence(), locale);
  const changeSet = emptyChangeSet(view);
  if (!dueDate) {
    changeSet.steps.updates = [{ ...step, dueDate: null }];
    return pending({
      kind: 'move',
      title: format(LABELS.changeClearDateTitle, quoted(step.title)),
      changeSet,
      lines: [
        { key: 'change-0', text: format(LABELS.changeClearDateLine, quoted(step.title)), isEdited: true }
      ],
      successMessage: format(LABELS.changeClearDateSaved, quoted(step.title)),
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
    successMessage: format(
      LABELS.changeMoveSaved,
      quoted(step.title),
      when,
      followUps(lines.filter((l) => !l.isEdited).length)
    ),
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
      text: inserted.dueDate
        ? format(LABELS.changeAddLineDue, quoted(step.title), formatDate(inserted.dueDate, locale))
        : format(LABELS.changeAddLine, quoted(step.title)),
      isEdited: true
    },
    ...describeChanges(proposal.changes, titles, key, locale)
  ];
  return pending({
    kind: 'add',
    title: format(LABELS.changeAddTitle, quoted(step.title)),
    changeSet,
    lines,
    problems: proposal.problems.filter(notShownInEditor),
    // Any engine change on an insert is one the rep did not type (a pushed date): show it first.
    forceConfirm: proposal.changes.length > 0,
    successMessage: format(LABELS.changeAddSaved, quoted(step.title)),
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
  'commitment',
  'visibility'
];

/** A step edited in the editor: its fields, and the engine's cascade when its date moved later. */
export function editStep(view: PlanView, edited: StepDto, locale: string = DEFAULT_LOCALE): PendingChange {
  const stepId = stepKey(edited);
  const original = findStep(view, stepId);
  const title = format(LABELS.changeEditTitle, quoted(edited.title));
  if (!original) return refused('edit', title, view, goneSentence(), locale);
  const changed = EDIT_FIELDS.filter((field) => original[field] !== edited[field]);
  const changeSet = emptyChangeSet(view);
  if (changed.length === 0) {
    return pending({ kind: 'edit', title, changeSet, successMessage: LABELS.changeNothingToSave, locale });
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
      text: format(LABELS.changeEditLine, quoted(edited.title), changedFieldNames(changed)),
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
    successMessage: format(LABELS.changeEditSaved, quoted(edited.title), followUps(lines.length - 1)),
    locale
  });
}

/** Deleting a step: its dependents stop waiting on it (Apex clears the lookup; the preview says so). */
export function deleteStep(view: PlanView, stepId: string, locale: string = DEFAULT_LOCALE): PendingChange {
  const step = findStep(view, stepId);
  const title = format(LABELS.changeDeleteTitle, quoted(step?.title));
  if (!step) return refused('delete', title, view, goneSentence(), locale);
  const proposal = proposeChange(toEngineSteps(view), { kind: 'remove', stepId }, view.today);
  const changeSet = emptyChangeSet(view);
  changeSet.steps.deletes = [step];
  const lines: PreviewLine[] = [
    { key: 'deleted', text: format(LABELS.changeDeleteLine, quoted(step.title)), isEdited: true },
    ...describeChanges(proposal.changes, titlesOf(view.steps), stepId, locale)
  ];
  return pending({
    kind: 'delete',
    title,
    changeSet,
    lines,
    problems: proposal.problems,
    forceConfirm: true,
    confirmLabel: LABELS.changeDelete,
    successMessage: format(LABELS.changeDeleteSaved, quoted(step.title)),
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
  const title = format(LABELS.changeReorderTitle, quoted(step?.title));
  if (!step || !target || step === target) return refused('reorder', title, view, goneSentence(), locale);
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
  const above = to < from;
  return pending({
    kind: 'reorder',
    title,
    changeSet,
    lines: [
      {
        key: 'moved',
        text: format(
          above ? LABELS.changeReorderAbove : LABELS.changeReorderBelow,
          quoted(step.title),
          quoted(target.title)
        ),
        isEdited: true
      }
    ],
    successMessage: format(
      above ? LABELS.changeReorderAboveSaved : LABELS.changeReorderBelowSaved,
      quoted(step.title),
      quoted(target.title)
    ),
    locale
  });
}
