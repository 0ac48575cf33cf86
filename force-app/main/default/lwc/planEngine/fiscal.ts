/**
 * Standard fiscal quarters: a fiscal year of twelve calendar months starting on the first day of
 * the org's fiscal year start month (Organization.FiscalYearStartMonth), cut into four quarters of
 * three months. Custom fiscal years (4-4-5 weeks, 13 periods) are not modelled.
 */
import { daysInMonth, dayFromCivil, fromDay, NO_DAY, toDay } from './dates';
import type { IsoDate } from './types';

/** A month number 1–12 as given, anything else (null, 0, 13, 2.5) as January, Salesforce's default. */
export function resolveFiscalYearStartMonth(value: unknown): number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 12 ? value : 1;
}

/** Day number of the last day of the fiscal quarter holding a valid 'YYYY-MM-DD'. */
function quarterEndDay(date: IsoDate, fiscalYearStartMonth: number): number {
  const start = resolveFiscalYearStartMonth(fiscalYearStartMonth);
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  // Months counted from year 0; the quarter's last month is two after its first.
  const intoQuarter = (((month - start) % 3) + 3) % 3;
  const last = year * 12 + (month - 1) - intoQuarter + 2;
  const endYear = Math.floor(last / 12);
  const endMonth = (last % 12) + 1;
  return dayFromCivil(endYear, endMonth, daysInMonth(endYear, endMonth));
}

/**
 * The last day of the standard fiscal quarter that contains `date`, for a fiscal year that starts
 * on the first of `fiscalYearStartMonth` (1–12; other values read as January). Null when `date`
 * is not a date. With a February start, 2025-03-15 is in the quarter February–April: 2025-04-30.
 */
export function fiscalQuarterEnd(date: IsoDate | null, fiscalYearStartMonth: number): IsoDate | null {
  if (date === null || toDay(date) === NO_DAY) return null;
  return fromDay(quarterEndDay(date, fiscalYearStartMonth));
}

/**
 * Whether the plan's projected close falls after the end of the fiscal quarter that holds the
 * Opportunity's Close Date: a deal this quarter's forecast counts that the plan says lands in a
 * later quarter. False when either date is missing (nothing to question).
 */
export function closesAfterFiscalQuarter(
  projectedCloseDate: IsoDate | null,
  closeDate: IsoDate | null,
  fiscalYearStartMonth: number
): boolean {
  const projected = toDay(projectedCloseDate);
  if (projected === NO_DAY || closeDate === null || toDay(closeDate) === NO_DAY) return false;
  return projected > quarterEndDay(closeDate, fiscalYearStartMonth);
}
