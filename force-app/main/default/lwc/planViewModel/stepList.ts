/** The step list's rows and groups (by phase, by milestone), and the step editor's options and check. */
import {
  validatePlan,
  type IsoDate,
  type PlanAssessment,
  type PlanProblem,
  type Side,
  type StepFacts,
  type StepStatus
} from 'c/planEngine';
import type { PlanView, StakeholderDto, StepDto } from 'c/planContract';
import { LABELS, format } from 'c/planLabels';
import { stakeholderKey, stepKey, toPlanStep } from './engineInputs';
import { factsById, ownerNameOf } from './healthSummary';
import { optionLabel, optionsFor, type Picklists } from './picklists';
import { DEFAULT_LOCALE, PHASES, daysText, formatDate, lateText, quoted, type Option } from './words';

export type Grouping = 'phase' | 'milestone';

export interface StepRowView {
  id: string;
  /** Changes whenever the row must be drawn afresh (e.g. an inline edit was cancelled). */
  rowKey: string;
  title: string;
  /** The title in quotation marks, for the words that name the step ("Details of “X”"). */
  quotedTitle: string;
  isMilestone: boolean;
  side: Side | null;
  sideLabel: string;
  ownerName: string;
  hasOwner: boolean;
  dueDate: IsoDate | null;
  dueLabel: string;
  status: StepStatus;
  /** The status in the rep's language (the org's picklist label). */
  statusLabel: string;
  isOpen: boolean;
  isOverdue: boolean;
  overdueLabel: string;
  /** The overdue mark of a compact row (a narrow region): "22 days late", or '' when not overdue. */
  lateLabel: string;
  isBlocked: boolean;
  blockedLabel: string;
  hasDependency: boolean;
  dependencyLabel: string;
  isBuyerStep: boolean;
  isCommitted: boolean;
  commitmentLabel: string;
  isInternal: boolean;
  visibilityLabel: string;
  deliverable: string;
  hasDeliverable: boolean;
  /** "Deliverable: Signed order form". */
  deliverableLabel: string;
  hasNotes: boolean;
  isSlipping: boolean;
  projectionLabel: string;
  rowClass: string;
  canMoveUp: boolean;
  canMoveDown: boolean;
  /** Steps this row swaps places with when moved up / down within its group. */
  upTargetId: string;
  downTargetId: string;
  statusFieldLabel: string;
  dateFieldLabel: string;
  /** The buttons that show the status and the due date and open their fields: "Status of “X”: Blocked". */
  statusButtonLabel: string;
  dateButtonLabel: string;
  /** What the row's title carries below it, in order: badges and notes (see rowFlags). */
  flags: RowFlag[];
  /** The row's Actions menu (Edit, Move up, Move down, Delete). */
  menuLabel: string;
}

/** A badge or note under a step's title; `key` names it (milestone, overdue, commitment, …). */
export interface RowFlag {
  key: 'milestone' | 'overdue' | 'commitment' | 'visibility' | 'notes' | 'blocked' | 'dependency';
  label: string;
  className: string;
}

const BADGE = 'slds-badge';
const NOTE = 'slds-text-body_small slds-text-color_weak';

/** The flags of a row, from its labels: drawn as one list, so a row costs no branch per flag. */
function rowFlags(row: StepRowView): RowFlag[] {
  const flags: RowFlag[] = [];
  if (row.isMilestone)
    flags.push({
      key: 'milestone',
      label: LABELS.stepListMilestone,
      className: `${BADGE} slds-badge_lightest`
    });
  if (row.isOverdue)
    flags.push({ key: 'overdue', label: row.overdueLabel, className: `${BADGE} slds-theme_error` });
  if (row.commitmentLabel)
    flags.push({
      key: 'commitment',
      label: row.commitmentLabel,
      className: row.isCommitted ? `${BADGE} slds-theme_success` : `${BADGE} slds-badge_lightest`
    });
  if (row.isInternal)
    flags.push({ key: 'visibility', label: row.visibilityLabel, className: `${BADGE} slds-badge_inverse` });
  if (row.hasNotes) flags.push({ key: 'notes', label: LABELS.stepListHasNotes, className: NOTE });
  if (row.isBlocked) flags.push({ key: 'blocked', label: row.blockedLabel, className: NOTE });
  else if (row.hasDependency) flags.push({ key: 'dependency', label: row.dependencyLabel, className: NOTE });
  return flags;
}

export interface StepGroupView {
  key: string;
  label: string;
  countLabel: string;
  rows: StepRowView[];
}

export interface StepListView {
  /** Plan_Step__c.Status__c's options: the org's (PlanView.picklists), else the compiled ones. */
  statusOptions: readonly Option[];
  byPhase: StepGroupView[];
  byMilestone: StepGroupView[];
  stepCount: number;
  hasMilestones: boolean;
}

function buildRow(
  step: StepDto,
  facts: StepFacts | undefined,
  titles: Map<string, string>,
  view: Pick<PlanView, 'stakeholders'>,
  locale: string,
  revision: number,
  statuses: Map<string, StepDto['status']>,
  picklists: Picklists | null | undefined
): StepRowView {
  const id = stepKey(step);
  const title = step.title.trim() === '' ? LABELS.stepListUntitled : step.title.trim();
  const ownerName = ownerNameOf(view, step);
  const predecessor = step.dependsOnId ?? step.dependsOnKey;
  const predecessorTitle = predecessor ? (titles.get(predecessor) ?? LABELS.stepListNotInPlan) : '';
  // A finished predecessor blocks nothing: the note says it is behind the step, not in its way.
  const predecessorStatus = predecessor ? statuses.get(predecessor) : undefined;
  const afterLabel =
    predecessorStatus === 'Done'
      ? LABELS.stepListAfterDone
      : predecessorStatus === 'Skipped'
        ? LABELS.stepListAfterSkipped
        : LABELS.stepListAfter;
  const isOpen = facts ? facts.isOpen : step.status !== 'Done' && step.status !== 'Skipped';
  const isOverdue = facts?.isOverdue === true;
  const isBlocked = (facts?.blockedBy.length ?? 0) > 0;
  const blockedTitles = (facts?.blockedBy ?? []).map((blocker) => quoted(titles.get(blocker) ?? blocker));
  const isCommitted = facts ? facts.isCommitted : step.commitment === 'Committed';
  const isBuyerStep = step.side === 'Buyer';
  const slip = facts?.projectedSlipDays ?? 0;
  const dueLabel = step.dueDate ? formatDate(step.dueDate, locale) || step.dueDate : LABELS.stepListNoDueDate;
  const statusLabel = optionLabel('Plan_Step__c.Status__c', step.status, picklists);
  const quotedTitle = quoted(title);
  const isSlipping = isOpen && slip > 0 && !isOverdue;
  const row: StepRowView = {
    id,
    rowKey: `${id}:${revision}`,
    title,
    quotedTitle,
    isMilestone: step.isMilestone,
    side: step.side,
    sideLabel: optionLabel('Plan_Step__c.Side__c', step.side, picklists) || LABELS.wordsNoSide,
    ownerName: ownerName || LABELS.stepListNoOwner,
    hasOwner: ownerName !== '',
    dueDate: step.dueDate,
    dueLabel,
    status: step.status,
    statusLabel,
    isOpen,
    isOverdue,
    overdueLabel: isOverdue ? format(LABELS.stepListOverdue, lateText(facts.daysLate)) : '',
    lateLabel: isOverdue ? lateText(facts.daysLate) : '',
    isBlocked,
    blockedLabel: isBlocked ? format(LABELS.stepListWaitingOn, blockedTitles.join(', ')) : '',
    hasDependency: predecessor !== null,
    dependencyLabel: predecessor ? format(afterLabel, quoted(predecessorTitle)) : '',
    isBuyerStep,
    isCommitted,
    commitmentLabel: isCommitted
      ? LABELS.stepListBuyerCommitted
      : isBuyerStep && isOpen
        ? LABELS.stepListNotCommitted
        : '',
    isInternal: step.visibility === 'Internal',
    visibilityLabel: optionLabel('Plan_Step__c.Visibility__c', step.visibility, picklists),
    deliverable: step.deliverable ?? '',
    hasDeliverable: (step.deliverable ?? '').trim() !== '',
    deliverableLabel: format(LABELS.stepListDeliverable, step.deliverable ?? ''),
    hasNotes: (step.notes ?? '').trim() !== '',
    isSlipping,
    projectionLabel:
      isSlipping && facts?.projectedDueDate
        ? format(LABELS.stepListProjected, formatDate(facts.projectedDueDate, locale), daysText(slip))
        : '',
    rowClass: `slds-hint-parent${isOverdue ? ' plan-row_overdue' : ''}${isOpen ? '' : ' plan-row_finished'}`,
    canMoveUp: false,
    canMoveDown: false,
    upTargetId: '',
    downTargetId: '',
    statusFieldLabel: format(LABELS.stepListStatusOf, quotedTitle),
    dateFieldLabel: format(LABELS.stepListDueDateOf, quotedTitle),
    statusButtonLabel: format(
      LABELS.stepListValueOf,
      format(LABELS.stepListStatusOf, quotedTitle),
      statusLabel
    ),
    dateButtonLabel: format(LABELS.stepListValueOf, format(LABELS.stepListDueDateOf, quotedTitle), dueLabel),
    flags: [],
    menuLabel: format(LABELS.stepListActionsFor, quotedTitle)
  };
  row.flags = rowFlags(row);
  return row;
}

/** Each step's title by its id. */
export function titlesOf(steps: readonly StepDto[]): Map<string, string> {
  return new Map(steps.map((step) => [stepKey(step), step.title]));
}

/** "1 step", "12 steps". */
export function stepCountText(count: number): string {
  return count === 1 ? LABELS.stepListStepsOne : format(LABELS.stepListStepsMany, count);
}

function finishGroup(key: string, label: string, rows: StepRowView[]): StepGroupView {
  const linked = rows.map((row, i) => ({
    ...row,
    canMoveUp: i > 0,
    canMoveDown: i < rows.length - 1,
    upTargetId: i > 0 ? rows[i - 1].id : '',
    downTargetId: i < rows.length - 1 ? rows[i + 1].id : ''
  }));
  const done = rows.filter((row) => !row.isOpen).length;
  return {
    key,
    label,
    countLabel: format(LABELS.stepListGroupCount, stepCountText(rows.length), done),
    rows: linked
  };
}

function groupByPhase(
  rows: StepRowView[],
  steps: readonly StepDto[],
  picklists: Picklists | null | undefined
): StepGroupView[] {
  const byPhase = new Map<string, StepRowView[]>();
  steps.forEach((step, i) => {
    const phase = step.phase && step.phase.trim() !== '' ? step.phase : '';
    const list = byPhase.get(phase) ?? [];
    list.push(rows[i]);
    byPhase.set(phase, list);
  });
  const known = PHASES.filter((phase) => byPhase.has(phase));
  const others = [...byPhase.keys()].filter((phase) => phase !== '' && !PHASES.includes(phase)).sort();
  const ordered = [...known, ...others, ...(byPhase.has('') ? [''] : [])];
  return ordered.map((phase) =>
    finishGroup(
      `phase:${phase}`,
      phase === '' ? LABELS.stepListNoPhase : optionLabel('Plan_Step__c.Phase__c', phase, picklists),
      byPhase.get(phase) ?? []
    )
  );
}

function groupByMilestone(rows: StepRowView[], locale: string, steps: readonly StepDto[]): StepGroupView[] {
  const groups: StepGroupView[] = [];
  let current: StepRowView[] = [];
  rows.forEach((row, i) => {
    current.push(row);
    if (row.isMilestone) {
      const due = steps[i].dueDate ? formatDate(steps[i].dueDate, locale) : '';
      const label = due
        ? format(LABELS.stepListMilestoneGroupDue, row.title, due)
        : format(LABELS.stepListMilestoneGroup, row.title);
      groups.push(finishGroup(`milestone:${row.id}`, label, current));
      current = [];
    }
  });
  if (current.length > 0) {
    const label = groups.length === 0 ? LABELS.stepListNoMilestones : LABELS.stepListAfterLastMilestone;
    groups.push(finishGroup('milestone:', label, current));
  }
  return groups;
}

export interface StepListOptions {
  locale?: string;
  /** Bump to draw every row afresh (after a cancelled inline edit). */
  revision?: number;
  /** The org's picklist options (PlanView.picklists): the status, side, phase and visibility labels. */
  picklists?: Picklists | null;
}

export function buildStepList(
  view: Pick<PlanView, 'steps' | 'stakeholders'>,
  assessment: PlanAssessment | null,
  options: StepListOptions = {}
): StepListView {
  const locale = options.locale ?? DEFAULT_LOCALE;
  const revision = options.revision ?? 0;
  const facts = factsById(assessment);
  const titles = titlesOf(view.steps);
  const statuses = new Map(view.steps.map((step) => [stepKey(step), step.status]));
  const rows = view.steps.map((step) =>
    buildRow(step, facts.get(stepKey(step)), titles, view, locale, revision, statuses, options.picklists)
  );
  return {
    statusOptions: optionsFor('Plan_Step__c.Status__c', options.picklists),
    byPhase: groupByPhase(rows, view.steps, options.picklists),
    byMilestone: groupByMilestone(rows, locale, view.steps),
    stepCount: rows.length,
    hasMilestones: view.steps.some((step) => step.isMilestone)
  };
}

// ---------------------------------------------------------------------------------------------
// Options for the step editor
// ---------------------------------------------------------------------------------------------

export function ownerOptions(stakeholders: readonly StakeholderDto[]): Option[] {
  return [
    { label: LABELS.stepListNoOwnerOption, value: '' },
    ...stakeholders.map((s) => ({
      label: s.role
        ? format(LABELS.stepListOwnerOptionRole, s.name, s.side, s.role)
        : format(LABELS.stepListOwnerOption, s.name, s.side),
      value: stakeholderKey(s)
    }))
  ];
}

/** Steps the edited step may wait on: every other step of the plan. */
export function dependencyOptions(
  steps: readonly StepDto[],
  selfKey: string,
  locale: string = DEFAULT_LOCALE
): Option[] {
  return [
    { label: LABELS.stepListNoDependency, value: '' },
    ...steps
      .filter((step) => stepKey(step) !== selfKey)
      .map((step) => ({
        label: step.dueDate
          ? format(LABELS.stepListDependencyDue, step.title, formatDate(step.dueDate, locale))
          : step.title,
        value: stepKey(step)
      }))
  ];
}

/** The temporary key of a step being added (saved with it; Apex gives it its record Id). */
export const NEW_STEP_KEY = 'new-step';

/** A new, empty step for the editor. */
export function blankStep(view: Pick<PlanView, 'steps'>, phase: string | null = null): StepDto {
  return {
    id: null,
    key: NEW_STEP_KEY,
    title: '',
    side: 'Seller',
    ownerId: null,
    ownerKey: null,
    ownerName: null,
    dueDate: null,
    baselineDate: null,
    status: 'Not Started',
    completedDate: null,
    isMilestone: false,
    phase,
    deliverable: null,
    notes: null,
    dependsOnId: null,
    dependsOnKey: null,
    lagDays: 0,
    durationDays: 1,
    commitment: 'Not Asked',
    commitmentBy: null,
    commitmentAt: null,
    visibility: 'Shared',
    sortOrder: nextSortOrder(view.steps),
    templateStepKey: null,
    lastModified: null
  };
}

export function nextSortOrder(steps: readonly StepDto[]): number {
  const highest = steps.reduce((max, step) => Math.max(max, step.sortOrder ?? 0), 0);
  return Math.max(highest, steps.length * 10) + 10;
}

/**
 * Checks a step from the editor with the engine, as the plan would be with it saved: problems
 * about this step (errors block the save; warnings do not).
 */
export function validateStep(
  steps: readonly StepDto[],
  step: StepDto,
  planId: string | null,
  today: IsoDate | null
): PlanProblem[] {
  const key = stepKey(step);
  const others = steps.filter((s) => stepKey(s) !== key);
  const engineSteps = [...others, step].map((s) => toPlanStep(s, planId));
  return validatePlan(engineSteps, planId, today).filter((problem) => problem.stepId === key);
}

// ---------------------------------------------------------------------------------------------
