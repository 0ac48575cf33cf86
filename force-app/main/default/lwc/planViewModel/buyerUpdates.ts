/**
 * The Buyer updates tab: what buyers did in the buyer room, newest first, in words (who, what,
 * when, and how the rep answered), which ones the rep has not seen yet, and which proposals wait for
 * an answer. The change sets that answer them or mark them seen are buyerResolutions.ts's.
 * Buyers' words are plain text: they are only ever shown as text, never as HTML.
 */
import type { BuyerActionResolution } from 'c/buyerRoomContract';
import type { BuyerUpdateDto, PlanView } from 'c/planContract';
import { formatCount } from 'c/planFormat';
import { DEFAULT_LOCALE, RESOLUTION_NOTE_MAX, formatDate, formatDateTime, quoted } from './words';

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

const RESOLUTION_LOOKS: Readonly<Record<BuyerActionResolution, { label: string; badgeClass: string }>> = {
  Pending: { label: 'Waiting for your answer', badgeClass: 'slds-badge slds-theme_warning' },
  Accepted: { label: 'Accepted', badgeClass: 'slds-badge slds-theme_success' },
  Declined: { label: 'Declined', badgeClass: 'slds-badge slds-theme_error' },
  Recorded: { label: 'Recorded', badgeClass: 'slds-badge slds-badge_lightest' }
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
      sentence: `${actorOf(update)} ${buyerUpdateText(update, view, locale)}`,
      detail: update.type === 'Step Proposed' ? (update.message?.trim() ?? '') : '',
      when: formatDateTime(update.createdAt, locale, { withTime: true, timeZone: options.timeZone }),
      createdAt: update.createdAt,
      resolutionLabel: look.label,
      resolutionClass: look.badgeClass,
      answer: answerText(update, locale, options.timeZone),
      unread: !update.seen,
      canAnswer,
      isDateProposal,
      acceptLabel: isDateProposal ? 'Accept the date' : 'Add the step',
      acceptHelp: isDateProposal
        ? 'Next you see every step the new date moves, before anything is saved.'
        : 'The step is added on the buyer’s side, owned by them and shared with them.'
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
  return name === '' ? 'A buyer' : name;
}

/**
 * What the buyer did, after their name: 'marked “Security questionnaire” done', 'proposed moving
 * “Legal redlines” to Dec 16, 2026: Our counsel is out.', 'proposed a new step: “IT sign-off” (due Dec 12, 2026)'.
 */
export function buyerUpdateText(
  update: BuyerUpdateDto,
  view: Pick<PlanView, 'steps'>,
  locale: string = DEFAULT_LOCALE
): string {
  const step = stepName(update, view);
  const message = update.message?.trim() ?? '';
  const because = message === '' ? '' : `: ${message}`;
  switch (update.type) {
    case 'Done':
      return `marked ${step} done`;
    case 'Committed':
      return `committed to the date of ${step}`;
    case 'Declined':
      return `declined the date of ${step}${because}`;
    case 'Date Proposed': {
      const date = formatDate(update.proposedDate, locale) || 'another date';
      return `proposed moving ${step} to ${date}${because}`;
    }
    case 'Comment':
      return `commented on ${step}${because}`;
    case 'Step Proposed': {
      const due = formatDate(update.proposedDate, locale);
      return `proposed a new step: ${quoted(update.proposedTitle)}${due ? ` (due ${due})` : ''}`;
    }
    default:
      // A type the picklist gained after this page was written.
      return `updated ${step}`;
  }
}

/** The step's title as the rep knows it (the rep sees Internal steps too), quoted. */
function stepName(update: BuyerUpdateDto, view: Pick<PlanView, 'steps'>): string {
  const title = update.stepTitle ?? view.steps.find((step) => step.id === update.stepId)?.title ?? null;
  return title && title.trim() !== '' ? quoted(title) : 'a step no longer in the plan';
}

function answerText(update: BuyerUpdateDto, locale: string, timeZone: string | undefined): string {
  if (update.resolution !== 'Accepted' && update.resolution !== 'Declined') return '';
  const by = update.resolvedByName ? ` by ${update.resolvedByName}` : '';
  const date = formatDateTime(update.resolvedAt, locale, { timeZone });
  const on = date ? ` on ${date}` : '';
  const note = update.resolutionNote?.trim() ?? '';
  return `${update.resolution}${by}${on}${note === '' ? '' : `: ${note}`}`;
}

function summaryOf(total: number, unread: number, pending: number): string {
  if (total === 0) {
    return 'No buyer updates yet. When a buyer you shared the plan with acts on it, you see it here.';
  }
  const parts = [formatCount(total, 'update', 'updates')];
  if (unread > 0) parts.push(`${unread} unread`);
  if (pending > 0) parts.push(`${pending} waiting for your answer`);
  return parts.join(' · ');
}

function newestFirst(updates: readonly BuyerUpdateDto[]): BuyerUpdateDto[] {
  // Stable: updates created in the same instant keep the server's order.
  return updates
    .map((update, index) => ({ update, index, time: Date.parse(update.createdAt) || 0 }))
    .sort((a, b) => b.time - a.time || a.index - b.index)
    .map(({ update }) => update);
}
