/**
 * The shared steps as the buyer reads them: grouped by phase in plan order, each with its owner,
 * dates, status, overdue flag, commitment and the actions the viewer may take on it; and what is
 * next on the buyer's side.
 */
import { PHASE_OPTIONS } from 'c/planFormat';
import { daysBetween, isValidIsoDate, type IsoDate, type Side, type StepStatus } from 'c/planEngine';
import type { BuyerActionType, BuyerRoomView, BuyerStepDto } from 'c/buyerRoomContract';
import { dayText, fill, instantText, type BuyerRoomWords, type WordKey } from './words';

/** How many open steps "What's next on your side" lists. */
export const NEXT_STEP_COUNT = 3;

const PHASES: readonly string[] = PHASE_OPTIONS.map((option) => option.value);

const STATUS_LOOK: Readonly<Record<StepStatus, { word: WordKey; badgeClass: string }>> = {
  'Not Started': { word: 'statusNotStarted', badgeClass: 'buyer-step__status' },
  'In Progress': { word: 'statusInProgress', badgeClass: 'buyer-step__status slds-badge_inverse' },
  Blocked: { word: 'statusBlocked', badgeClass: 'buyer-step__status slds-theme_warning' },
  Done: { word: 'statusDone', badgeClass: 'buyer-step__status slds-theme_success' },
  Skipped: { word: 'statusSkipped', badgeClass: 'buyer-step__status slds-badge_lightest' }
};

const SIDE_WORD: Readonly<Record<Side, WordKey>> = {
  Buyer: 'sideBuyer',
  Seller: 'sideSeller',
  Joint: 'sideJoint'
};

const ACTION_WORD: Readonly<Record<Exclude<BuyerActionType, 'Step Proposed'>, WordKey>> = {
  Done: 'actionDone',
  Committed: 'actionCommit',
  Declined: 'actionDecline',
  'Date Proposed': 'actionProposeDate',
  Comment: 'actionComment'
};

/** A button on a step: the action it opens. */
export interface StepActionView {
  key: string;
  type: BuyerActionType;
  label: string;
}

export interface StepView {
  id: string;
  title: string;
  isMine: boolean;
  isMilestone: boolean;
  sideLabel: string;
  ownerLabel: string;
  dueLabel: string;
  statusLabel: string;
  statusClass: string;
  isOpen: boolean;
  isOverdue: boolean;
  daysLate: number;
  /** "3 days late", '' when not overdue. */
  lateLabel: string;
  /** "Done on 10 Dec 2026", '' unless done with a date. */
  completedLabel: string;
  /** Who committed to or declined the date, or that the viewer is asked to; '' otherwise. */
  commitmentLabel: string;
  deliverableLabel: string;
  dependsOnLabel: string;
  actions: StepActionView[];
  hasActions: boolean;
  /** The name of the step's group of action buttons, for screen readers. */
  actionsLabel: string;
  itemClass: string;
}

export interface PhaseView {
  key: string;
  label: string;
  headingId: string;
  steps: StepView[];
}

/** Done and Skipped steps are closed; everything else is open. */
export function isOpenStatus(status: StepStatus): boolean {
  return status !== 'Done' && status !== 'Skipped';
}

/** Days past due on `today` (0 unless the step is open, dated and its due date has passed). */
export function daysLateOf(step: Pick<BuyerStepDto, 'dueDate' | 'status'>, today: IsoDate): number {
  if (!isOpenStatus(step.status) || !isValidIsoDate(step.dueDate) || !isValidIsoDate(today)) return 0;
  return Math.max(0, daysBetween(step.dueDate, today));
}

/** The plan takes buyer actions only while it is Draft or Active. */
export function planTakesActions(view: Pick<BuyerRoomView, 'plan'>): boolean {
  return view.plan.status === 'Draft' || view.plan.status === 'Active';
}

/**
 * The actions a step offers the viewer: none unless they may act on it (their own step or a Joint
 * one, in a plan that takes actions). An open step can be marked done and given another date; a
 * dated open step can be committed to or declined (each unless it already is); any step takes a
 * comment.
 */
export function stepActionTypes(step: BuyerStepDto, planOpen = true): BuyerActionType[] {
  if (!step.canAct || !planOpen) return [];
  const types: BuyerActionType[] = [];
  const open = isOpenStatus(step.status);
  const dated = isValidIsoDate(step.dueDate);
  if (open) types.push('Done');
  if (open && dated && step.commitment !== 'Committed') types.push('Committed');
  if (open && dated && step.commitment !== 'Declined') types.push('Declined');
  if (open) types.push('Date Proposed');
  types.push('Comment');
  return types;
}

function commitmentLabel(step: BuyerStepDto, words: BuyerRoomWords, locale?: string): string {
  if (!isOpenStatus(step.status) || !isValidIsoDate(step.dueDate)) return '';
  const by = step.commitmentBy?.trim() ?? '';
  const at = instantText(step.commitmentAt, locale);
  switch (step.commitment) {
    case 'Committed':
      return by && at ? fill(words.committedBy, by, at) : words.committed;
    case 'Declined':
      return by && at ? fill(words.declinedBy, by, at) : words.declined;
    case 'Asked':
      return step.canAct ? words.commitmentAsked : '';
    default:
      return '';
  }
}

function lateLabel(daysLate: number, words: BuyerRoomWords): string {
  if (daysLate <= 0) return '';
  return fill(daysLate === 1 ? words.lateOne : words.lateMany, daysLate);
}

/** One step in the buyer's words. `titles` finds a Shared predecessor's title by its Id. */
export function buildStep(
  step: BuyerStepDto,
  view: Pick<BuyerRoomView, 'plan' | 'today'>,
  words: BuyerRoomWords,
  titles: ReadonlyMap<string, string>,
  locale?: string
): StepView {
  const look = STATUS_LOOK[step.status] as (typeof STATUS_LOOK)[StepStatus] | undefined;
  const open = isOpenStatus(step.status);
  const daysLate = daysLateOf(step, view.today);
  const due = dayText(step.dueDate, locale);
  const owner = step.ownerName?.trim() ?? '';
  const deliverable = step.deliverable?.trim() ?? '';
  const predecessor = step.dependsOnId ? titles.get(step.dependsOnId) : undefined;
  const completed = step.status === 'Done' ? dayText(step.completedDate, locale) : '';
  const actions = stepActionTypes(step, planTakesActions(view)).map((type) => ({
    key: `${step.id}:${type}`,
    type,
    label: words[ACTION_WORD[type as keyof typeof ACTION_WORD]]
  }));
  const itemClass = [
    'buyer-step',
    step.isMine ? 'buyer-step_mine' : '',
    daysLate > 0 ? 'buyer-step_overdue' : ''
  ]
    .filter(Boolean)
    .join(' ');
  return {
    id: step.id,
    title: step.title,
    isMine: step.isMine,
    isMilestone: step.isMilestone,
    sideLabel: step.side ? words[SIDE_WORD[step.side]] : '',
    ownerLabel: owner ? fill(words.owner, owner) : words.noOwner,
    dueLabel: due ? fill(words.due, due) : words.noDueDate,
    statusLabel: look ? words[look.word] : step.status,
    statusClass: look ? look.badgeClass : 'buyer-step__status',
    isOpen: open,
    isOverdue: daysLate > 0,
    daysLate,
    lateLabel: lateLabel(daysLate, words),
    completedLabel: completed ? fill(words.completedOn, completed) : '',
    commitmentLabel: commitmentLabel(step, words, locale),
    deliverableLabel: deliverable ? fill(words.deliverable, deliverable) : '',
    dependsOnLabel: predecessor ? fill(words.dependsOn, predecessor) : '',
    actions,
    hasActions: actions.length > 0,
    actionsLabel: fill(words.stepActions, step.title),
    itemClass
  };
}

/**
 * The steps grouped by phase: the plan's phases in their picklist order, then any other phase in
 * the order met, then the steps without a phase. Within a phase, the door's order (sort order,
 * due date, name).
 */
export function groupByPhase(
  steps: readonly StepView[],
  dtos: readonly BuyerStepDto[],
  words: BuyerRoomWords
): PhaseView[] {
  const byPhase = new Map<string, StepView[]>();
  steps.forEach((step, index) => {
    const phase = dtos[index]?.phase?.trim() ?? '';
    const list = byPhase.get(phase) ?? [];
    list.push(step);
    byPhase.set(phase, list);
  });
  const known = PHASES.filter((phase) => byPhase.has(phase));
  const others = [...byPhase.keys()].filter((phase) => phase !== '' && !PHASES.includes(phase));
  const ordered = [...known, ...others, ...(byPhase.has('') ? [''] : [])];
  return ordered.map((phase, index) => ({
    key: `phase:${phase}`,
    label: phase === '' ? words.noPhase : phase,
    headingId: `buyer-phase-${index}`,
    steps: byPhase.get(phase) ?? []
  }));
}

/**
 * What is next on the buyer's side: the open Buyer and Joint steps, the viewer's own first, then
 * by due date (undated last), then in plan order; at most NEXT_STEP_COUNT.
 */
export function nextOnBuyerSide(steps: readonly StepView[], dtos: readonly BuyerStepDto[]): StepView[] {
  return dtos
    .map((dto, index) => ({ dto, index }))
    .filter(({ dto }) => isOpenStatus(dto.status) && (dto.side === 'Buyer' || dto.side === 'Joint'))
    .sort((a, b) => {
      if (a.dto.isMine !== b.dto.isMine) return a.dto.isMine ? -1 : 1;
      const aDue = isValidIsoDate(a.dto.dueDate) ? a.dto.dueDate : null;
      const bDue = isValidIsoDate(b.dto.dueDate) ? b.dto.dueDate : null;
      if (aDue !== bDue) {
        if (aDue === null) return 1;
        if (bDue === null) return -1;
        return aDue < bDue ? -1 : 1;
      }
      return a.index - b.index;
    })
    .slice(0, NEXT_STEP_COUNT)
    .map(({ index }) => steps[index]);
}
