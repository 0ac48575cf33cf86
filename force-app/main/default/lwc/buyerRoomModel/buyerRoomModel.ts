/**
 * The buyer room's view model: turns the door's BuyerRoomView into what c-buyer-room draws. The
 * plan's objective, success criteria and go-live date; the shared steps by phase (owner, dates,
 * status, overdue flag, commitment, the viewer's own marked, the actions each offers); what is next
 * on the buyer's side; the buying committee; the buyer updates with the rep's answers; the calendar
 * links. Pure functions: words come in as BuyerRoomWords (Custom Labels), dates from the view's own
 * `today`, so the same view always reads the same. See docs/buyer-room.md.
 */
import type {
  BuyerActionDto,
  BuyerActionResolution,
  BuyerActionType,
  BuyerRoomView
} from 'c/buyerRoomContract';
import {
  buildStep,
  groupByPhase,
  nextOnBuyerSide,
  planTakesActions,
  type PhaseView,
  type StepView
} from './steps';
import { dayText, fill, instantText, type BuyerRoomWords, type WordKey } from './words';

export { WORD_KEYS, doorMessage, fill, labelName, type BuyerRoomWords, type WordKey } from './words';
export {
  NEXT_STEP_COUNT,
  daysLateOf,
  isOpenStatus,
  planTakesActions,
  stepActionTypes,
  type PhaseView,
  type StepActionView,
  type StepView
} from './steps';
export {
  NO_ERRORS,
  blankDraft,
  buildActionForm,
  dateRange,
  isProposal,
  validateAction,
  type ActionDraft,
  type ActionErrors,
  type ActionFormView,
  type FieldView
} from './forms';

export interface PlanDetailView {
  key: string;
  label: string;
  /** The value, or "Not set yet". */
  shown: string;
  isBlank: boolean;
  /** Blank values are written in grey italics. */
  valueClass: string;
}

export interface CommitteeMemberView {
  key: string;
  name: string;
  /** Role and title, "Economic Buyer · CFO"; '' when neither is known. */
  detail: string;
  isViewer: boolean;
}

export interface UpdateView {
  key: string;
  headline: string;
  stepTitle: string;
  /** The ISO datetime, for <time datetime>. */
  createdAt: string;
  when: string;
  message: string;
  /** "Waiting for an answer", "Accepted", "Not accepted"; '' for a recorded action. */
  resolutionLabel: string;
  resolutionClass: string;
  /** The rep's note, "Reply: …"; '' without one. */
  noteLabel: string;
}

export interface CalendarLinks {
  /** The feed over https: downloads the plan's dates. */
  url: string;
  /** The same feed as webcal://: a calendar app subscribes and follows the plan. */
  webcalUrl: string;
}

export interface RoomView {
  name: string;
  accountName: string;
  details: PlanDetailView[];
  /** Why the buyer can no longer act ('' while the plan takes actions). */
  readOnlyNote: string;
  canProposeStep: boolean;
  calendar: CalendarLinks | null;
  phases: PhaseView[];
  hasSteps: boolean;
  next: StepView[];
  hasNext: boolean;
  committee: CommitteeMemberView[];
  hasCommittee: boolean;
  updates: UpdateView[];
  hasUpdates: boolean;
}

const UPDATE_WORD: Readonly<Record<BuyerActionType, WordKey>> = {
  Done: 'updateDone',
  Committed: 'updateCommitted',
  Declined: 'updateDeclined',
  'Date Proposed': 'updateDateProposed',
  Comment: 'updateComment',
  'Step Proposed': 'updateStepProposed'
};

const RESOLUTION_LOOK: Readonly<Record<BuyerActionResolution, { word: WordKey | null; badgeClass: string }>> =
  {
    Pending: { word: 'updatePending', badgeClass: 'slds-theme_warning' },
    Accepted: { word: 'updateAccepted', badgeClass: 'slds-theme_success' },
    Declined: { word: 'updateNotAccepted', badgeClass: 'slds-badge_lightest' },
    Recorded: { word: null, badgeClass: '' }
  };

function text(value: string | null | undefined): string {
  return value?.trim() ?? '';
}

function detail(key: string, label: string, value: string, words: BuyerRoomWords): PlanDetailView {
  const isBlank = value === '';
  return {
    key,
    label,
    shown: isBlank ? words.notSet : value,
    isBlank,
    valueClass: isBlank ? 'buyer-room__text buyer-room__text_blank' : 'buyer-room__text'
  };
}

/** The feed's https and webcal:// links; null for anything but an http(s) address. */
export function calendarLinks(calendarUrl: string | null | undefined): CalendarLinks | null {
  const url = text(calendarUrl);
  if (!/^https?:\/\/[^\s]+$/i.test(url)) return null;
  return { url, webcalUrl: url.replace(/^https?:\/\//i, 'webcal://') };
}

export function buildUpdate(action: BuyerActionDto, words: BuyerRoomWords, locale?: string): UpdateView {
  const actor = text(action.actorName) || words.someone;
  const extra =
    action.type === 'Date Proposed'
      ? dayText(action.proposedDate, locale)
      : action.type === 'Step Proposed'
        ? text(action.proposedTitle)
        : '';
  const look = RESOLUTION_LOOK[action.resolution] as
    (typeof RESOLUTION_LOOK)[BuyerActionResolution] | undefined;
  const note = text(action.resolutionNote);
  return {
    key: action.id,
    headline: fill(words[UPDATE_WORD[action.type]], actor, extra),
    stepTitle: text(action.stepTitle),
    createdAt: action.createdAt,
    when: instantText(action.createdAt, locale),
    message: text(action.message),
    resolutionLabel: look?.word ? words[look.word] : '',
    resolutionClass: look?.badgeClass ?? '',
    noteLabel: note ? fill(words.updateNote, note) : ''
  };
}

/** The whole page, from one BuyerRoomView. `locale` words the dates (the browser's when omitted). */
export function buildRoom(view: BuyerRoomView, words: BuyerRoomWords, locale?: string): RoomView {
  const titles = new Map(view.steps.map((step) => [step.id, step.title]));
  const steps = view.steps.map((step) => buildStep(step, view, words, titles, locale));
  const phases = groupByPhase(steps, view.steps, words);
  const next = nextOnBuyerSide(steps, view.steps);
  const committee = view.committee.map((member, index) => ({
    key: `member-${index}`,
    name: member.name,
    detail: [text(member.role), text(member.title)].filter(Boolean).join(' · '),
    isViewer: member.isViewer
  }));
  const updates = view.actions.map((action) => buildUpdate(action, words, locale));
  const takesActions = planTakesActions(view);
  return {
    name: view.plan.name,
    accountName: text(view.plan.accountName),
    details: [
      detail('objective', words.objective, text(view.plan.objective), words),
      detail('successCriteria', words.successCriteria, text(view.plan.successCriteria), words),
      detail('goLiveDate', words.goLiveDate, dayText(view.plan.goLiveDate, locale), words)
    ],
    readOnlyNote: view.plan.status === 'Completed' ? words.readOnly : '',
    canProposeStep: takesActions,
    calendar: calendarLinks(view.calendarUrl),
    phases,
    hasSteps: steps.length > 0,
    next,
    hasNext: next.length > 0,
    committee,
    hasCommittee: committee.length > 0,
    updates,
    hasUpdates: updates.length > 0
  };
}
