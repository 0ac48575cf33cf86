/** SOQL date literals as half-open day ranges [start, end) in the org's time zone (UTC), from the org clock. */
const DAY = 86400000;

function day(today: string, offset: number): string {
  return new Date(Date.parse(`${today}T00:00:00Z`) + offset * DAY).toISOString().slice(0, 10);
}

function monthStart(today: string, offset: number): string {
  const d = new Date(`${today}T00:00:00Z`);
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + offset, 1)).toISOString().slice(0, 10);
}

function weekStart(today: string, offset: number): string {
  const d = new Date(`${today}T00:00:00Z`);
  return day(today, -d.getUTCDay() + offset * 7); // weeks start on Sunday (en_US locale)
}

function yearStart(today: string, offset: number): string {
  return `${Number(today.slice(0, 4)) + offset}-01-01`;
}

/** Returns [start, endExclusive] as 'YYYY-MM-DD', or null for a literal the local org does not know. */
export function dateLiteralRange(
  literal: string,
  n: number | undefined,
  today: string
): [string, string] | null {
  const name = literal.split(':')[0].toUpperCase();
  const k = n ?? 0;
  switch (name) {
    case 'TODAY':
      return [today, day(today, 1)];
    case 'YESTERDAY':
      return [day(today, -1), today];
    case 'TOMORROW':
      return [day(today, 1), day(today, 2)];
    case 'LAST_N_DAYS':
      return [day(today, -k), day(today, 1)];
    case 'NEXT_N_DAYS':
      return [day(today, 1), day(today, k + 1)];
    case 'N_DAYS_AGO':
      return [day(today, -k), day(today, -k + 1)];
    case 'THIS_WEEK':
      return [weekStart(today, 0), weekStart(today, 1)];
    case 'LAST_WEEK':
      return [weekStart(today, -1), weekStart(today, 0)];
    case 'NEXT_WEEK':
      return [weekStart(today, 1), weekStart(today, 2)];
    case 'THIS_MONTH':
      return [monthStart(today, 0), monthStart(today, 1)];
    case 'LAST_MONTH':
      return [monthStart(today, -1), monthStart(today, 0)];
    case 'NEXT_MONTH':
      return [monthStart(today, 1), monthStart(today, 2)];
    case 'LAST_N_MONTHS':
      return [monthStart(today, -k), monthStart(today, 0)];
    case 'NEXT_N_MONTHS':
      return [monthStart(today, 1), monthStart(today, k + 1)];
    case 'THIS_YEAR':
      return [yearStart(today, 0), yearStart(today, 1)];
    case 'LAST_YEAR':
      return [yearStart(today, -1), yearStart(today, 0)];
    case 'NEXT_YEAR':
      return [yearStart(today, 1), yearStart(today, 2)];
    default:
      return null;
  }
}
