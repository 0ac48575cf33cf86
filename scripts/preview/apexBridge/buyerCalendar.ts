import { CALENDAR_UID_SUFFIX } from '../../../force-app/main/default/lwc/buyerRoomContract/buyerRoomContract.ts';
import { readLabels } from './labels.ts';

/**
 * The buyer room's calendar feed (RFC 5545), as BuyerRoomCalendar.cls writes it, byte for byte: both
 * run the cases of the BuyerCalendarFixtures static resource, so neither can change alone.
 * - One all-day VEVENT per dated item, in the order given; undated items are left out.
 * - SUMMARY: "◆ " before a milestone's title (the diamond the plan's timeline draws for one), then
 *   the title, then " (owner)" when it has an owner.
 * - DESCRIPTION: a line each for phase, deliverable and status (those that have a value), worded by
 *   the Custom Labels Buyer_Room_Calendar_Phase / _Deliverable / _Status.
 * - STATUS:CANCELLED for a Skipped step; every event TRANSP:TRANSPARENT (a due date is not a meeting).
 * - Text escaped per RFC 5545 3.3.11; carriage returns and the other control characters a TEXT value
 *   may not hold (all but tab and newline) are dropped. Lines folded at 75 octets of UTF-8, never
 *   inside a character; CRLF after every line.
 */
export interface CalendarItem {
  /** The step's Id: the event's UID is `{id}@buyer-room.mutual-action-plans`. */
  id: string;
  title: string;
  ownerName: string | null;
  /** 'YYYY-MM-DD'; an item without one has no event. */
  dueDate: string | null;
  /** Plan_Step__c.Status__c (API name). */
  status: string | null;
  phase: string | null;
  deliverable: string | null;
  isMilestone: boolean;
}

export const PRODUCT_ID = '-//Mutual Action Plans//Buyer Room//EN';
/** What goes before a milestone's title. */
export const MILESTONE_PREFIX = '◆ ';
/** The step status whose event is cancelled. */
export const CANCELLED_STATUS = 'Skipped';
/** Octets of a physical line, CRLF not counted (RFC 5545 3.1). */
export const MAX_LINE_OCTETS = 75;
/** The Custom Labels of the description's lines; each holds {0} for the value. */
export const DESCRIPTION_LABELS = {
  phase: 'Buyer_Room_Calendar_Phase',
  deliverable: 'Buyer_Room_Calendar_Deliverable',
  status: 'Buyer_Room_Calendar_Status'
} as const;

const CRLF = '\r\n';
// What a TEXT value may not hold (RFC 5545 CONTROL: the C0 controls but tab, and DEL), carriage
// return included; a newline is kept, to be escaped.
const DROPPED_CHARACTERS = /[\u0000-\u0008\u000B-\u001F\u007F]/g;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

let descriptionWords: Record<keyof typeof DESCRIPTION_LABELS, string> | undefined;

/** The description's labels, read once from the package's Custom Labels. */
function descriptionLabels(): Record<keyof typeof DESCRIPTION_LABELS, string> {
  if (!descriptionWords) {
    const labels = readLabels();
    const word = (name: string): string => {
      const value = labels.get(name);
      if (value === undefined) throw new Error(`the Custom Labels have no ${name}`);
      return value;
    };
    descriptionWords = {
      phase: word(DESCRIPTION_LABELS.phase),
      deliverable: word(DESCRIPTION_LABELS.deliverable),
      status: word(DESCRIPTION_LABELS.status)
    };
  }
  return descriptionWords;
}

/** A TEXT value (RFC 5545 3.3.11): \ ; , escaped, a newline as \n, CR and other controls dropped. */
export function escapeText(value: string | null): string {
  return (value ?? '')
    .replace(DROPPED_CHARACTERS, '')
    .replaceAll('\\', '\\\\')
    .replaceAll(';', '\\;')
    .replaceAll(',', '\\,')
    .replaceAll('\n', '\\n');
}

/** Octets of a code point in UTF-8 (a lone surrogate counts as the 3 of its replacement). */
function utf8Octets(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

/** A content line folded (RFC 5545 3.1): at most 75 octets a line, continuations start with a space. */
export function foldLine(line: string): string {
  let folded = '';
  let start = 0;
  let used = 0;
  let index = 0;
  while (index < line.length) {
    const codePoint = line.codePointAt(index) ?? 0;
    const octets = utf8Octets(codePoint);
    if (used + octets > MAX_LINE_OCTETS) {
      folded += line.substring(start, index) + CRLF + ' ';
      start = index;
      used = 1;
    }
    used += octets;
    index += codePoint > 0xffff ? 2 : 1;
  }
  return folded + line.substring(start);
}

/** 'YYYY-MM-DD' as a DATE value (yyyyMMdd), moved by the given days. */
function dateValue(isoDate: string, addDays: number): string {
  const parts = ISO_DATE.exec(isoDate);
  const day = new Date(parts ? Date.UTC(Number(parts[1]), Number(parts[2]) - 1, Number(parts[3])) : NaN);
  // Also refuses a day the month does not have (2026-02-30) and years Date.UTC reads as 19xx.
  if (Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== isoDate)
    throw new RangeError(`not a date (YYYY-MM-DD): ${isoDate}`);
  day.setUTCDate(day.getUTCDate() + addDays);
  return day.toISOString().slice(0, 10).replaceAll('-', '');
}

/** A DATE-TIME in UTC: yyyyMMdd'T'HHmmss'Z'. */
function utcStamp(at: Date): string {
  return at
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
}

function summaryOf(item: CalendarItem): string {
  const owner = item.ownerName ? ` (${item.ownerName})` : '';
  return `${item.isMilestone ? MILESTONE_PREFIX : ''}${item.title}${owner}`;
}

function descriptionOf(item: CalendarItem): string {
  const words = descriptionLabels();
  const lines: string[] = [];
  // Filled as Apex's String.replace does: every {0}, the value taken literally (no $ patterns).
  const fill = (label: string, value: string): string => label.replaceAll('{0}', () => value);
  if (item.phase) lines.push(fill(words.phase, item.phase));
  if (item.deliverable) lines.push(fill(words.deliverable, item.deliverable));
  if (item.status) lines.push(fill(words.status, item.status));
  return lines.join('\n');
}

function eventLines(item: CalendarItem, dueDate: string, stamp: string): string[] {
  const lines = [
    'BEGIN:VEVENT',
    `UID:${escapeText(item.id)}${CALENDAR_UID_SUFFIX}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${dateValue(dueDate, 0)}`,
    `DTEND;VALUE=DATE:${dateValue(dueDate, 1)}`,
    `SUMMARY:${escapeText(summaryOf(item))}`
  ];
  const description = descriptionOf(item);
  if (description) lines.push(`DESCRIPTION:${escapeText(description)}`);
  if (item.status === CANCELLED_STATUS) lines.push('STATUS:CANCELLED');
  lines.push('TRANSP:TRANSPARENT', 'END:VEVENT');
  return lines;
}

/**
 * The ICS text of a buyer room's calendar.
 * @param calendarName the calendar's name in the buyer's calendar app (X-WR-CALNAME)
 * @param items the Shared steps, in the order their events are written
 * @param stampedAt when the feed was made (every event's DTSTAMP)
 */
export function buildCalendar(calendarName: string, items: CalendarItem[], stampedAt: Date): string {
  const stamp = utcStamp(stampedAt);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODUCT_ID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(calendarName)}`
  ];
  for (const item of items) {
    if (item.dueDate) lines.push(...eventLines(item, item.dueDate, stamp));
  }
  lines.push('END:VCALENDAR');
  return lines.map((line) => foldLine(line) + CRLF).join('');
}
