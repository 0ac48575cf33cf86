/**
 * The buyer room's words and how dates are written in them. Every word the page shows is a Custom
 * Label named Buyer_Room_<Words> (the key in PascalCase with underscores: lateMany is
 * Buyer_Room_Late_Many); the page imports them (c-buyer-room's labels.ts) and hands them to the
 * model, so the model stays pure and its tests read the labels file itself.
 */
import { fill, formatDate } from 'c/planFormat';
import type { IsoDate } from 'c/planEngine';

/** Every word of the buyer room, one Custom Label each. */
export const WORD_KEYS = [
  'loading',
  'loadFailed',
  'objective',
  'successCriteria',
  'goLiveDate',
  'notSet',
  'addToCalendar',
  'subscribeCalendar',
  'print',
  'readOnly',
  'nextHeading',
  'nextNone',
  'stepsHeading',
  'stepsNone',
  'noPhase',
  'yours',
  'milestone',
  'owner',
  'noOwner',
  'due',
  'noDueDate',
  'completedOn',
  'lateOne',
  'lateMany',
  'deliverable',
  'dependsOn',
  'sideBuyer',
  'sideSeller',
  'sideJoint',
  'statusNotStarted',
  'statusInProgress',
  'statusBlocked',
  'statusDone',
  'statusSkipped',
  'committedBy',
  'committed',
  'declinedBy',
  'declined',
  'commitmentAsked',
  'actionDone',
  'actionCommit',
  'actionDecline',
  'actionProposeDate',
  'actionComment',
  'actionProposeStep',
  'stepActions',
  'formDone',
  'formCommit',
  'formDecline',
  'formProposeDate',
  'formComment',
  'formProposeStep',
  'fieldNote',
  'fieldReason',
  'fieldMessage',
  'fieldProposedDate',
  'fieldTitle',
  'fieldDueDate',
  'fieldDescription',
  'send',
  'cancel',
  'reasonRequired',
  'messageRequired',
  'tooLong',
  'dateRequired',
  'dateInvalid',
  'dateUnchanged',
  'dateOutOfRange',
  'titleRequired',
  'requestTooLong',
  'notOffered',
  'sent',
  'sentPending',
  'actionFailed',
  'committeeHeading',
  'committeeNone',
  'you',
  'updatesHeading',
  'updateDone',
  'updateCommitted',
  'updateDeclined',
  'updateDateProposed',
  'updateComment',
  'updateStepProposed',
  'updatePending',
  'updateAccepted',
  'updateNotAccepted',
  'updateNote',
  'someone'
] as const;

export type WordKey = (typeof WORD_KEYS)[number];

/** The label values by key. Sentences with counts or names hold {0}, {1} (see fill). */
export type BuyerRoomWords = Readonly<Record<WordKey, string>>;

/** The Custom Label of a word: lateMany → Buyer_Room_Late_Many. */
export function labelName(key: WordKey): string {
  const words = key.replace(/([A-Z])/g, ' $1').split(' ');
  return `Buyer_Room_${words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('_')}`;
}

/** A label with its {0}, {1}, … replaced by the values (c/planFormat's fill, shared with the record page). */
export { fill };

/** A calendar day in words ("10 Dec 2026" in en-GB); '' for a value that is not a day. */
export function dayText(date: IsoDate | null | undefined, locale?: string): string {
  return formatDate(date, 'medium', locale);
}

const instantFormatters = new Map<string, Intl.DateTimeFormat>();

/** The day of an ISO datetime in the reader's own time zone ("10 Dec 2026"); '' when unreadable. */
export function instantText(value: string | null | undefined, locale?: string): string {
  if (!value) return '';
  const instant = new Date(value);
  if (Number.isNaN(instant.getTime())) return '';
  const key = locale ?? '';
  let formatter = instantFormatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric' });
    instantFormatters.set(key, formatter);
  }
  return formatter.format(instant);
}

/** The sentence the door refused with ({ body: { message } }), else the fallback sentence. */
export function doorMessage(error: unknown, fallback: string): string {
  if (typeof error !== 'object' || error === null || !('body' in error)) return fallback;
  const body = error.body;
  if (typeof body === 'object' && body !== null && 'message' in body) {
    const message = body.message;
    if (typeof message === 'string' && message.trim() !== '') return message.trim();
  }
  return fallback;
}
