import type { OrgClient } from '../../salesforce/orgClient.ts';
import { resolveFiscalYearStartMonth, todayIn } from '../engine.ts';
import type { Reporter } from '../reporter.ts';
import { num, type Row } from './records.ts';

/** What the roll-up reads of the Organization record, in one query. */
export interface OrgCalendar {
  /** TimeZoneSidKey: the org's "today". */
  timeZone: string;
  /** FiscalYearStartMonth (1–12): the standard fiscal quarters the forecast fields use. */
  fiscalYearStartMonth: number;
}

export async function readOrgCalendar(client: OrgClient): Promise<OrgCalendar> {
  const rows = await client.queryAll<Row>(
    'SELECT TimeZoneSidKey, FiscalYearStartMonth FROM Organization LIMIT 1'
  );
  const row = rows.at(0);
  return {
    timeZone: typeof row?.TimeZoneSidKey === 'string' ? row.TimeZoneSidKey : 'UTC',
    fiscalYearStartMonth: resolveFiscalYearStartMonth(num(row?.FiscalYearStartMonth))
  };
}

/** Today's date in the org's time zone (UTC, with a warning, for a zone this runtime does not know). */
export function orgToday(calendar: OrgCalendar, reporter: Reporter): string {
  try {
    return todayIn(calendar.timeZone);
  } catch {
    reporter.warn(`Unknown org time zone ${calendar.timeZone}: using UTC for today's date.`);
    return todayIn('UTC');
  }
}
