/**
 * Calendar-day arithmetic. A date is 'YYYY-MM-DD', a day on the calendar, never an instant.
 * Internally a date is a day number: whole days since 1970-01-01, the same number
 * Date.UTC(y, m - 1, d) / 86_400_000 gives, so no time zone or DST ever shifts a date.
 * The conversion is done with integer arithmetic (proleptic Gregorian calendar) rather than
 * Date objects: it is exact, handles Feb 29, and is fast enough for millions of steps.
 */
import type { IsoDate } from './types';

/** True for null, undefined and '' (data from untyped callers may carry any of them). */
export function isBlank(value: unknown): boolean {
  return value === null || value === undefined || value === '';
}

/** Marks "no day" in day-number arrays; below every real day, so Math.max ignores it. */
export const NO_DAY = Number.NEGATIVE_INFINITY;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month (1–12) of a year, Feb 29 included in leap years. */
export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1];
}

/** Day number of a valid civil date (days since 1970-01-01). */
export function dayFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = month > 2 ? month - 3 : month + 9;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function digit(text: string, index: number): number {
  const code = text.charCodeAt(index) - 48;
  return code >= 0 && code <= 9 ? code : -1;
}

/**
 * Reads the 'YYYY-MM-DD' at `start` of `text` (nothing else is looked at, so it also reads the date
 * part of an ISO datetime). Returns the day number, or NO_DAY when it is not a real calendar day.
 */
export function dayAt(text: string, start: number): number {
  if (text.length < start + 10 || text.charCodeAt(start + 4) !== 45 || text.charCodeAt(start + 7) !== 45)
    return NO_DAY;
  const y0 = digit(text, start);
  const y1 = digit(text, start + 1);
  const y2 = digit(text, start + 2);
  const y3 = digit(text, start + 3);
  const m0 = digit(text, start + 5);
  const m1 = digit(text, start + 6);
  const d0 = digit(text, start + 8);
  const d1 = digit(text, start + 9);
  if ((y0 | y1 | y2 | y3 | m0 | m1 | d0 | d1) < 0) return NO_DAY;
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const month = m0 * 10 + m1;
  const day = d0 * 10 + d1;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return NO_DAY;
  return dayFromCivil(year, month, day);
}

/** Day number of an exact 'YYYY-MM-DD' string, or NO_DAY for null, other shapes and impossible days (Feb 30). */
export function toDay(value: string | null | undefined): number {
  if (typeof value !== 'string' || value.length !== 10) return NO_DAY;
  return dayAt(value, 0);
}

/** Day number of a date, or null when the value is not a real 'YYYY-MM-DD' calendar day. */
export function parseIsoDate(value: string | null | undefined): number | null {
  const day = toDay(value);
  return day === NO_DAY ? null : day;
}

/** True for a real calendar day written 'YYYY-MM-DD' (so '2024-02-29' yes, '2023-02-29' and '2024-2-1' no). */
export function isValidIsoDate(value: unknown): value is IsoDate {
  return typeof value === 'string' && toDay(value) !== NO_DAY;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** 'YYYY-MM-DD' of a day number (years 0–9999). */
export function fromDay(dayNumber: number): IsoDate {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  const y = String(year);
  return `${y.length >= 4 ? y : y.padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

function requireDay(value: IsoDate, name: string): number {
  const day = toDay(value);
  if (day === NO_DAY) throw new RangeError(`${name} ${String(value)} is not a date (YYYY-MM-DD).`);
  return day;
}

/** The date n days after `date` (n may be negative). Throws a RangeError for a value that is not a date. */
export function addDays(date: IsoDate, n: number): IsoDate {
  return fromDay(requireDay(date, 'addDays:') + Math.trunc(n));
}

/** Whole days from a to b (b − a): daysBetween('2024-02-28', '2024-03-01') is 2. Throws a RangeError for a non-date. */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return requireDay(b, 'daysBetween:') - requireDay(a, 'daysBetween:');
}

/** Day of the week of a day number: 0 Sunday … 6 Saturday (1970-01-01 was a Thursday). */
export function weekdayOfDay(dayNumber: number): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}

/** Day of the week of a date: 0 Sunday … 6 Saturday. */
export function dayOfWeek(date: IsoDate): number {
  return weekdayOfDay(requireDay(date, 'dayOfWeek:'));
}

export function isWeekend(date: IsoDate): boolean {
  const weekday = dayOfWeek(date);
  return weekday === 0 || weekday === 6;
}

/** Day number moved off a weekend: back to Friday (direction −1) or on to Monday (direction +1). */
export function skipWeekendDay(dayNumber: number, direction: -1 | 1): number {
  const weekday = weekdayOfDay(dayNumber);
  if (weekday === 6) return direction < 0 ? dayNumber - 1 : dayNumber + 2;
  if (weekday === 0) return direction < 0 ? dayNumber - 2 : dayNumber + 1;
  return dayNumber;
}

/** The date itself on a weekday, else the Friday before it. */
export function previousWeekday(date: IsoDate): IsoDate {
  return fromDay(skipWeekendDay(requireDay(date, 'previousWeekday:'), -1));
}

/** The date itself on a weekday, else the Monday after it. */
export function nextWeekday(date: IsoDate): IsoDate {
  return fromDay(skipWeekendDay(requireDay(date, 'nextWeekday:'), 1));
}

/**
 * The date n business days (Monday–Friday) after `date`, or before it for negative n.
 * Starting on a weekend, the first step lands on the nearest weekday in that direction.
 */
export function addBusinessDays(date: IsoDate, n: number): IsoDate {
  let day = requireDay(date, 'addBusinessDays:');
  let remaining = Math.abs(Math.trunc(n));
  const step = n < 0 ? -1 : 1;
  const weeks = Math.floor(remaining / 5);
  // Whole weeks first (each is 7 calendar days) when starting on a weekday, then day by day.
  const start = weekdayOfDay(day);
  if (weeks > 0 && start !== 0 && start !== 6) {
    day += step * weeks * 7;
    remaining -= weeks * 5;
  }
  while (remaining > 0) {
    day += step;
    const weekday = weekdayOfDay(day);
    if (weekday !== 0 && weekday !== 6) remaining--;
  }
  return fromDay(day);
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * Today's calendar day in an IANA time zone ('Pacific/Auckland', 'America/Los_Angeles', 'UTC'),
 * at `instant` (default: now). Throws a RangeError for an unknown zone.
 */
export function todayIn(timeZone: string, instant: Date | number = Date.now()): IsoDate {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      calendar: 'gregory',
      numberingSystem: 'latn'
    });
    formatters.set(timeZone, formatter);
  }
  let year = 0;
  let month = 0;
  let day = 0;
  for (const part of formatter.formatToParts(instant)) {
    if (part.type === 'year') year = Number(part.value);
    else if (part.type === 'month') month = Number(part.value);
    else if (part.type === 'day') day = Number(part.value);
  }
  return fromDay(dayFromCivil(year, month, day));
}
