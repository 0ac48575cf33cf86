/**
 * The rep's answers to the buyer updates → change sets: the updates marked seen when the tab opens,
 * and a Pending proposal accepted or declined. Accepting a date proposal is the engine's move of
 * that step to the proposed date (the same cascade, preview and save as a date changed on the
 * page), saved together with the Accepted resolution; accepting a step proposal is the step added
 * (Buyer side, owned by the proposer, Shared) with the resolution naming its key. The save checks
 * both on the server too (docs/buyer-room.md, "What the rep does with them"). Words: Custom Labels.
 */
import type { BuyerResolutionDto, BuyerUpdateDto, PlanChangeSet, PlanView, StepDto } from 'c/planContract';
import { LABELS, format } from 'c/planLabels';
import { actorOf, isOpenProposal } from './buyerUpdates';
import { addStep, moveStep } from './changeSets';
import { followUps, type PreviewLine } from './changeWording';
import { emptyChangeSet, pending, refused, type PendingChange } from './pendingChange';
import { blankStep } from './stepList';
import { DEFAULT_LOCALE, RESOLUTION_NOTE_MAX, formatDate, quoted } from './words';

/** Longest step title (Plan_Step__c.Name). */
const STEP_TITLE_MAX = 80;

/** Said when the proposal an answer names was answered meanwhile, or is gone. */
export const NOT_PENDING: string = LABELS.buyerUpdatesNotPending;

/** The temporary key of the step an accepted step proposal becomes. */
export function proposedStepKey(updateId: string): string {
  return `proposal-${updateId}`;
}

/** The change set that marks the unread updates seen (nothing else); null when none is unread. */
export function seenChangeSet(view: PlanView): PlanChangeSet | null {
  const seen = view.buyerUpdates.filter((update) => !update.seen).map((update) => update.id);
  if (seen.length === 0 || !view.plan) return null;
  return { ...emptyChangeSet(view), buyerUpdates: { seen, resolutions: [] } };
}

/** A Pending date or step proposal accepted, with the rep's optional note. */
export function acceptProposal(
  view: PlanView,
  updateId: string,
  note: string | null,
  locale: string = DEFAULT_LOCALE
): PendingChange {
  const update = openProposal(view, updateId);
  if (!update) {
    return refused(
      'acceptProposal',
      LABELS.buyerUpdatesAcceptAny,
      view,
      LABELS.buyerUpdatesNotPending,
      locale
    );
  }
  return update.type === 'Date Proposed'
    ? acceptDate(view, update, noteOf(note), locale)
    : acceptStep(view, update, noteOf(note), locale);
}

/** A Pending proposal declined: no step changes, only the answer (the buyer sees the note). */
export function declineProposal(
  view: PlanView,
  updateId: string,
  note: string | null,
  locale: string = DEFAULT_LOCALE
): PendingChange {
  const update = openProposal(view, updateId);
  if (!update) {
    return refused(
      'declineProposal',
      LABELS.buyerUpdatesDeclineAny,
      view,
      LABELS.buyerUpdatesNotPending,
      locale
    );
  }
  const actor = actorOf(update);
  const answer: BuyerResolutionDto = {
    id: update.id,
    resolution: 'Declined',
    note: noteOf(note),
    stepKey: null
  };
  const changeSet: PlanChangeSet = {
    ...emptyChangeSet(view),
    buyerUpdates: { seen: [], resolutions: [answer] }
  };
  const what = proposalWords(view, update, locale);
  return pending({
    kind: 'declineProposal',
    title: format(LABELS.buyerUpdatesDeclineProposal, actor),
    changeSet,
    lines: [{ key: 'declined', text: format(LABELS.buyerUpdatesDeclineLine, actor, what), isEdited: true }],
    confirmLabel: LABELS.actionDecline,
    successMessage: format(LABELS.buyerUpdatesDeclineSaved, actor),
    locale
  });
}

function acceptDate(
  view: PlanView,
  update: BuyerUpdateDto,
  note: string | null,
  locale: string
): PendingChange {
  const step = view.steps.find((s) => s.id !== null && s.id === update.stepId);
  const date = update.proposedDate;
  const actor = actorOf(update);
  if (!step?.id || !date) {
    return refused(
      'acceptProposal',
      format(LABELS.buyerUpdatesAcceptDateTitle, actor),
      view,
      LABELS.buyerUpdatesDateStepGone,
      locale
    );
  }
  const when = formatDate(date, locale) || date;
  const moved = moveStep(view, step.id, date, locale);
  const updates = moved.changeSet.steps.updates;
  // The acceptance travels with the step's own update, even when its date already is the proposed one.
  const ownUpdate = updates.some((s) => s.id === step.id) ? [] : [{ ...step, dueDate: date }];
  const answer: BuyerResolutionDto = { id: update.id, resolution: 'Accepted', note, stepKey: null };
  const changeSet: PlanChangeSet = {
    ...moved.changeSet,
    steps: { ...moved.changeSet.steps, updates: [...ownUpdate, ...updates] },
    buyerUpdates: { seen: [], resolutions: [answer] }
  };
  const cascade = moved.lines.filter((line) => !line.isEdited);
  const stays: PreviewLine = {
    key: 'same-date',
    text: format(LABELS.buyerUpdatesStaysDue, quoted(step.title), when),
    isEdited: true
  };
  const lines: PreviewLine[] = [
    ...(moved.lines.some((line) => line.isEdited) ? moved.lines : [stays, ...moved.lines]),
    { key: 'commitment', text: format(LABELS.buyerUpdatesRecordedCommitted, actor, when), isEdited: true }
  ];
  return {
    ...moved,
    kind: 'acceptProposal',
    title: format(LABELS.buyerUpdatesAcceptDateFor, actor, quoted(step.title), when),
    lines,
    // The rep sees what the date moves before the buyer is told it is accepted.
    needsConfirmation: true,
    confirmLabel: LABELS.buyerUpdatesAccept,
    successMessage: format(
      LABELS.buyerUpdatesDateAccepted,
      actor,
      quoted(step.title),
      when,
      followUps(cascade.length)
    ),
    changeSet
  };
}

function acceptStep(
  view: PlanView,
  update: BuyerUpdateDto,
  note: string | null,
  locale: string
): PendingChange {
  const actor = actorOf(update);
  const title = (update.proposedTitle ?? '').trim().slice(0, STEP_TITLE_MAX).trim();
  if (title === '') {
    return refused(
      'acceptProposal',
      format(LABELS.buyerUpdatesAddStepTitle, actor),
      view,
      LABELS.buyerUpdatesNoTitle,
      locale
    );
  }
  const key = proposedStepKey(update.id);
  const owner = view.stakeholders.find((s) => s.id !== null && s.id === update.stakeholderId);
  const description = update.message?.trim() ?? '';
  const draft: StepDto = {
    ...blankStep(view),
    key,
    title,
    side: 'Buyer',
    ownerId: owner?.id ?? null,
    ownerName: owner?.name ?? null,
    dueDate: update.proposedDate,
    notes: description === '' ? null : description,
    visibility: 'Shared'
  };
  const added = addStep(view, draft, locale);
  const answer: BuyerResolutionDto = { id: update.id, resolution: 'Accepted', note, stepKey: key };
  const ownerLine = owner
    ? format(LABELS.buyerUpdatesOwnedBy, owner.name)
    : format(LABELS.buyerUpdatesNoOwner, actor);
  return {
    ...added,
    kind: 'acceptProposal',
    title: format(LABELS.buyerUpdatesAddStepNamed, actor, quoted(title)),
    lines: [...added.lines, { key: 'owner', text: ownerLine, isEdited: true }],
    confirmLabel: LABELS.buyerUpdatesAddStep,
    successMessage: format(LABELS.buyerUpdatesStepAdded, quoted(title), actor),
    changeSet: { ...added.changeSet, buyerUpdates: { seen: [], resolutions: [answer] } }
  };
}

function openProposal(view: PlanView, updateId: string): BuyerUpdateDto | undefined {
  const update = view.buyerUpdates.find((u) => u.id === updateId);
  return update && isOpenProposal(update) ? update : undefined;
}

function noteOf(note: string | null): string | null {
  const text = (note ?? '').trim();
  return text === '' ? null : text.slice(0, RESOLUTION_NOTE_MAX);
}

/** 'move “Legal redlines” to Dec 16, 2026' or 'add “IT security sign-off”'. */
function proposalWords(view: PlanView, update: BuyerUpdateDto, locale: string): string {
  if (update.type === 'Step Proposed')
    return format(LABELS.buyerUpdatesProposalAdd, quoted(update.proposedTitle));
  const title = view.steps.find((s) => s.id === update.stepId)?.title ?? update.stepTitle;
  const date = formatDate(update.proposedDate, locale) || LABELS.buyerUpdatesAnotherDate;
  return format(LABELS.buyerUpdatesProposalMove, quoted(title), date);
}
