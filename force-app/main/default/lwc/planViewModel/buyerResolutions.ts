/**
 * The rep's answers to the buyer updates → change sets: the updates marked seen when the tab opens,
 * and a Pending proposal accepted or declined. Accepting a date proposal is the engine's move of
 * that step to the proposed date (the same cascade, preview and save as a date changed on the
 * page), saved together with the Accepted resolution; accepting a step proposal is the step added
 * (Buyer side, owned by the proposer, Shared) with the resolution naming its key. The save checks
 * both on the server too (docs/buyer-room.md, "What the rep does with them").
 */
import type { BuyerResolutionDto, BuyerUpdateDto, PlanChangeSet, PlanView, StepDto } from 'c/planContract';
import { actorOf, isOpenProposal } from './buyerUpdates';
import { addStep, moveStep } from './changeSets';
import { followUps, type PreviewLine } from './changeWording';
import { emptyChangeSet, pending, refused, type PendingChange } from './pendingChange';
import { blankStep } from './stepList';
import { DEFAULT_LOCALE, RESOLUTION_NOTE_MAX, formatDate, quoted } from './words';

/** Longest step title (Plan_Step__c.Name). */
const STEP_TITLE_MAX = 80;

/** Said when the proposal an answer names was answered meanwhile, or is gone. */
export const NOT_PENDING =
  'That proposal was already answered or is no longer in the plan. Reload the plan to see the latest updates.';

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
  if (!update) return refused('acceptProposal', 'Accept the buyer’s proposal', view, NOT_PENDING, locale);
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
  if (!update) return refused('declineProposal', 'Decline the buyer’s proposal', view, NOT_PENDING, locale);
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
    title: `Decline ${actor}’s proposal`,
    changeSet,
    lines: [{ key: 'declined', text: `${actor}’s proposal to ${what} is declined`, isEdited: true }],
    confirmLabel: 'Decline',
    successMessage: `${actor}’s proposal is declined. They see your answer in the buyer room.`,
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
      `Accept ${actor}’s date`,
      view,
      'The step of this proposal is no longer in the plan. You can decline the proposal.',
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
    text: `${quoted(step.title)} stays due ${when}`,
    isEdited: true
  };
  const lines: PreviewLine[] = [
    ...(moved.lines.some((line) => line.isEdited) ? moved.lines : [stays, ...moved.lines]),
    { key: 'commitment', text: `${actor} is recorded as committed to ${when}`, isEdited: true }
  ];
  return {
    ...moved,
    kind: 'acceptProposal',
    title: `Accept ${actor}’s date for ${quoted(step.title)}: ${when}`,
    lines,
    // The rep sees what the date moves before the buyer is told it is accepted.
    needsConfirmation: true,
    confirmLabel: 'Accept',
    successMessage: `${actor}’s date is accepted: ${quoted(step.title)} is due ${when}${followUps(cascade.length)}.`,
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
    return refused('acceptProposal', `Add ${actor}’s step`, view, 'The proposed step has no title.', locale);
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
    ? `Owned by ${owner.name} on the buyer’s side, shared with the buyer`
    : `On the buyer’s side, shared with the buyer; ${actor} is no longer a stakeholder, so it has no owner`;
  return {
    ...added,
    kind: 'acceptProposal',
    title: `Add ${actor}’s step ${quoted(title)}`,
    lines: [...added.lines, { key: 'owner', text: ownerLine, isEdited: true }],
    confirmLabel: 'Add the step',
    successMessage: `${quoted(title)} is added to the plan. ${actor} sees the proposal accepted.`,
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
  if (update.type === 'Step Proposed') return `add ${quoted(update.proposedTitle)}`;
  const title = view.steps.find((s) => s.id === update.stepId)?.title ?? update.stepTitle;
  return `move ${quoted(title)} to ${formatDate(update.proposedDate, locale) || 'another date'}`;
}
