/**
 * The plan-wide actions → one PendingChange each: a template applied (plan, steps and their owners
 * in one save), a blank plan started, a stakeholder added, changed or removed. Their words are Custom
 * Labels (Plan_Change_…).
 */
import { isValidIsoDate, validatePlan, type IsoDate, type ScheduledStep } from 'c/planEngine';
import type { PlanView, StakeholderDto, StepDto, TemplateDto } from 'c/planContract';
import { LABELS, format } from 'c/planLabels';
import { pastStepsWarning, templateLines, type PreviewLine } from './changeWording';
import { stakeholderKey, toEngineSteps, toPlanStep } from './engineInputs';
import {
  changeSetFor,
  emptyChangeSet,
  newPlan,
  newProblems,
  pending,
  refused,
  type ActionKind,
  type PendingChange
} from './pendingChange';
import type { BlankPlanDetails } from './planStart';
import { nextSortOrder, stepCountText } from './stepList';
import { templateOwners } from './templateOwners';
import { DEFAULT_LOCALE, quoted } from './words';

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
      commitment: 'Not Asked',
      commitmentBy: null,
      commitmentAt: null,
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
      message: pastStepsWarning(pastCount),
      severity: 'warning'
    });
  }
  const withoutOwner = inserts.filter((s) => !s.ownerId && !s.ownerKey).length;
  const lines = templateLines(
    template.name,
    inserts.length,
    application.goLiveDate,
    owners.inserts,
    withoutOwner,
    locale
  );
  const change = pending({
    kind: 'template',
    title: format(
      view.plan ? LABELS.changeTemplateAddTitle : LABELS.changeTemplateCreateTitle,
      template.name
    ),
    changeSet,
    lines,
    problems,
    successMessage: format(LABELS.changeTemplateSaved, stepCountText(inserts.length), template.name),
    locale
  });
  // The picker's preview (dates, owners, steps before today) was the rep's one confirmation: saved
  // at once, unless the change cannot be saved and the rep must see why.
  return { ...change, needsConfirmation: !change.canSave };
}

/** An empty plan for the opportunity, with the name and go-live date the rep gave it (blank plan form). */
export function startBlankPlan(
  view: PlanView,
  locale: string = DEFAULT_LOCALE,
  details: BlankPlanDetails | null = null
): PendingChange {
  const changeSet = emptyChangeSet(view);
  const goLiveDate = details && isValidIsoDate(details.goLiveDate) ? details.goLiveDate : null;
  changeSet.plan = { ...newPlan(view, details?.name), goLiveDate };
  return pending({
    kind: 'blank',
    title: format(LABELS.changeBlankTitle, quoted(changeSet.plan.name)),
    changeSet,
    lines: [
      { key: 'plan', text: format(LABELS.changeBlankLine, quoted(changeSet.plan.name)), isEdited: true }
    ],
    successMessage: LABELS.changeBlankSaved,
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
      title: format(LABELS.changeStakeholderAddTitle, name),
      changeSet,
      lines: [
        {
          key: 'added',
          text: format(LABELS.changeStakeholderAddLine, name, stakeholder.side),
          isEdited: true
        }
      ],
      successMessage: format(LABELS.changeStakeholderAddSaved, name),
      locale
    });
  }
  const key = stakeholderKey(stakeholder);
  const current = view.stakeholders.find((s) => stakeholderKey(s) === key);
  const kind: ActionKind = action === 'update' ? 'stakeholderUpdate' : 'stakeholderRemove';
  if (!current?.id) {
    return refused(
      kind,
      format(LABELS.changeStakeholderChangeTitle, name),
      view,
      LABELS.changeStakeholderGone,
      locale
    );
  }
  const changeSet = emptyChangeSet(view);
  if (action === 'update') {
    changeSet.stakeholders.updates = [{ ...stakeholder, id: current.id, lastModified: current.lastModified }];
    return pending({
      kind,
      title: format(LABELS.changeStakeholderEditTitle, name),
      changeSet,
      lines: [{ key: 'updated', text: format(LABELS.changeStakeholderEditLine, name), isEdited: true }],
      successMessage: format(LABELS.changeStakeholderEditSaved, name),
      locale
    });
  }
  changeSet.stakeholders.deletes = [current];
  const owned = view.steps.filter((step) => step.ownerId === current.id);
  const lines: PreviewLine[] = [
    { key: 'removed', text: format(LABELS.changeStakeholderRemoveLine, name), isEdited: true },
    ...owned.map((step, i) => ({
      key: `owner-${i}`,
      text: format(LABELS.changeStakeholderNoOwner, quoted(step.title)),
      isEdited: false
    }))
  ];
  return pending({
    kind,
    title: format(LABELS.changeStakeholderRemoveTitle, name),
    changeSet,
    lines,
    forceConfirm: owned.length > 0,
    confirmLabel: LABELS.changeStakeholderRemove,
    successMessage: format(LABELS.changeStakeholderRemoveSaved, name),
    locale
  });
}
