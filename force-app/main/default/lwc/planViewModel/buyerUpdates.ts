/**
 * The Buyer updates tab: what buyers did in the buyer room, newest first, in words (who, what,
 * when, and how the rep answered), which ones the rep has not seen yet, and which proposals wait for
 * an answer. The change sets that answer them or mark them seen are buyerResolutions.ts's.
 * Buyers' words are plain text: they are only ever shown as text, never as HTML. The page's own
 * words are Custom Labels (c/planLabels).
 */
import type { BuyerActionResolution } from 'c/buyerRoomContract';
import type { BuyerUpdateDto, PlanView } from 'c/planContract';
import { LABELS, format } from 'c/planLabels';
import { DEFAULT_LOCALE, RESOLUTION_NOTE_MAX, formatDate, formatDateTime, quoted, withNote } from './words';

/** One buyer update as the tab shows it. */
export interface BuyerUpdateItem {
  id: string;
  /** The buyer's name ('A buyer' when the room did not record one). */
  actor: string;
  /** The whole sentence, e.g. 'Dana Buyer proposed moving “Legal redlines” to Dec 16, 2026: …'. */
  sentence: string;
  /** A proposed step's description, shown under the sentence; '' when none. */
  detail: string;
  /** When the buyer did it, e.g. 'Nov 30, 2026, 9:00 AM'. */
  when: string;
  /** The ISO datetime, for a <time> element. */
  createdAt: string;
  resolutionLabel: string;
  resolutionClass: string;
  /** The rep's answer, e.g. 'Declined by Sam Seller on Dec 1, 2026: Legal needs the 8th.'; '' when none. */
  answer: string;
  /** The rep has not seen it yet. */
  unread: boolean;
  /** A Pending proposal this rep may accept or decline. */
  canAnswer: boolean;
  /** Accepting a date proposal previews its cascade first. */
  isDateProposal: boolean;
  acceptLabel: string;
  /** What accepting does, said in the answer form. */
  acceptHelp: string;
}

export interface BuyerUpdatesView {
  items: BuyerUpdateItem[];
  unreadCount: number;
  pendingCount: number;
  /** 'No buyer updates yet…', or e.g. '4 updates · 2 unread · 2 waiting for your answer'. */
  summary: string;
  /** Longest note on an answer. */
  noteMaxLength: number;
}

export interface BuyerUpdateOptions {
  locale?: string;
  /** The time zone times are shown in (the browser's when not given). */
  timeZone?: string;
}

const RESOLUTION_LOOKS: Readonly<Record<BuyerActionResolution, { label: () => string; badgeClass: string }>> =
  {
    Pending: { label: () => LABELS.buyerUpdatesPending, badgeClass: 'slds-badge slds-theme_warning' },
    Accepted: { label: () => LABELS.buyerUpdatesAccepted, badgeClass: 'slds-badge slds-theme_success' },
    Declined: { label: () => LABELS.buyerUpdatesDeclined, badgeClass: 'slds-badge slds-theme_error' },
    Recorded: { label: () => LABELS.buyerUpdatesRecorded, badgeClass: 'slds-badge slds-badge_lightest' }
  };

/** The updates' view: unread ones highlighted, Pending proposals answerable when the rep may edit. */
export function buildBuyerUpdates(
  view: Pick<PlanView, 'buyerUpdates' | 'steps' | 'canEdit'>,
  options: BuyerUpdateOptions = {}
): BuyerUpdatesView {
  const locale = options.locale ?? DEFAULT_LOCALE;
  const updates = newestFirst(view.buyerUpdates);
  const items = updates.map((update): BuyerUpdateItem => {
    const look = RESOLUTION_LOOKS[update.resolution];
    const canAnswer = view.canEdit && isOpenProposal(update);
    const isDateProposal = update.type === 'Date Proposed';
    return {
      id: update.id,
      actor: actorOf(update),
      sentence: buyerUpdateText(update, view, locale),
      detail: update.type === 'Step Proposed' ? (update.message?.trim() ?? '') : '',
      when: formatDateTime(update.createdAt, locale, { withTime: true, timeZone: options.timeZone }),
      createdAt: update.createdAt,
      resolutionLabel: look.label(),
      resolutionClass: look.badgeClass,
      answer: answerText(update, locale, options.timeZone),
      unread: !update.seen,
      canAnswer,
      isDateProposal,
      acceptLabel: isDateProposal ? LABELS.buyerUpdatesAcceptDate : LABELS.buyerUpdatesAddStep,
      acceptHelp: isDateProposal ? LABELS.buyerUpdatesAcceptDateHelp : LABELS.buyerUpdatesAcceptStepHelp
    };
  });
  const unread = items.filter((item) => item.unread).length;
  const pendingCount = updates.filter(isOpenProposal).length;
  return {
    items,
    unreadCount: unread,
    pendingCount,
    summary: summaryOf(items.length, unread, pendingCount),
    noteMaxLength: RESOLUTION_NOTE_MAX
  };
}

/** How many buyer updates the rep has not seen (the tab's count). */
export function unreadCount(view: Pick<PlanView, 'buyerUpdates'>): number {
  return view.buyerUpdates.filter((update) => !update.seen).length;
}

/** A proposal that waits for the rep: a Pending date or step proposal. */
export function isOpenProposal(update: BuyerUpdateDto): boolean {
  return (
    update.resolution === 'Pending' && (update.type === 'Date Proposed' || update.type === 'Step Proposed')
  );
}

export function actorOf(update: Pick<BuyerUpdateDto, 'actorName'>): string {
  const name = update.actorName?.trim() ?? '';
  return name === '' ? LABELS.buyerUpdatesABuyer : name;
}

/**
 * What the buyer did, as a sentence that names them: 'Dana Buyer marked “Security questionnaire”
 * done', 'Dana Buyer proposed moving “Legal redlines” to Dec 16, 2026: Our counsel is out.',
 * 'Dana Buyer proposed a new step: “IT sign-off” (due Dec 12, 2026)'.
 */
export function buyerUpdateText(
  update: BuyerUpdateDto,
  view: Pick<PlanView, 'steps'>,
  locale: string = DEFAULT_LOCALE
): string {
  const actor = actorOf(update);
  const step = stepName(update, view);
  const message = update.message;
  switch (update.type) {
    case 'Done':
      return format(LABELS.buyerUpdatesDone, actor, step);
    case 'Committed':
      return format(LABELS.buyerUpdatesCommitted, actor, step);
    case 'Declined':
      return withNote(format(LABELS.buyerUpdatesDeclinedDate, actor, step), message);
    case 'Date Proposed': {
      const date = formatDate(update.proposedDate, locale) || LABELS.buyerUpdatesAnotherDate;
      return withNote(format(LABELS.buyerUpdatesDateProposed, actor, step, date), message);
    }
    case 'Comment':
      return withNote(format(LABELS.buyerUpdatesComment, actor, step), message);
    case 'Step Proposed': {
      const due = formatDate(update.proposedDate, locale);
      const title = quoted(update.proposedTitle);
      return due
        ? format(LABELS.buyerUpdatesStepProposedDue, actor, title, due)
        : format(LABELS.buyerUpdatesStepProposed, actor, title);
    }
    default:
      // A type the picklist gained after this page was written.
      return format(LABELS.buyerUpdatesOther, actor, step);
  }
}

/** The step's title as the rep knows it (the rep sees Internal steps too), quoted. */
function stepName(update: BuyerUpdateDto, view: Pick<PlanView, 'steps'>): string {
  const title = update.stepTitle ?? view.steps.find((step) => step.id === update.stepId)?.title ?? null;
  return title && title.trim() !== '' ? quoted(title) : LABELS.buyerUpdatesGoneStep;
}

function answerText(update: BuyerUpdateDto, locale: string, timeZone: string | undefined): string {
  if (update.resolution !== 'Accepted' && update.resolution !== 'Declined') return '';
  let text = RESOLUTION_LOOKS[update.resolution].label();
  if (update.resolvedByName) text = format(LABELS.buyerUpdatesAnsweredBy, text, update.resolvedByName);
  const date = formatDateTime(update.resolvedAt, locale, { timeZone });
  if (date) text = format(LABELS.buyerUpdatesAnsweredOn, text, date);
  return withNote(text, update.resolutionNote);
}

function summaryOf(total: number, unread: number, pending: number): string {
  if (total === 0) return LABELS.buyerUpdatesNone;
  const parts = [total === 1 ? LABELS.buyerUpdatesCountOne : format(LABELS.buyerUpdatesCountMany, total)];
  if (unread > 0) parts.push(format(LABELS.buyerUpdatesUnread, unread));
  if (pending > 0) parts.push(format(LABELS.buyerUpdatesWaiting, pending));
  return parts.join(' · ');
}

function newestFirst(updates: readonly BuyerUpdateDto[]): BuyerUpdateDto[] {
  // Stable: updates created in the same instant keep the server's order.
  return updates
    .map((update, index) => ({ update, index, time: Date.parse(update.createdAt) || 0 }))
    .sort((a, b) => b.time - a.time || a.index - b.index)
    .map(({ update }) => update);
}
