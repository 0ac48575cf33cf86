import { addDays, todayIn } from '../../planEngine.ts';

/** The engine's calendar arithmetic on ISO dates (YYYY-MM-DD), for remind's modules. */
export { addDays };

/** The first day of the digest period `today` falls in: periods of `days` days counted from 1970-01-01. */
export function periodStart(today: string, days: number): string {
  const epochDay = Math.floor(Date.parse(`${today}T00:00:00Z`) / 86_400_000);
  return addDays('1970-01-01', epochDay - (epochDay % days));
}

/** The calendar date of an instant in a time zone (the org's), YYYY-MM-DD; the instant's own date when the zone is unknown. */
export function dateIn(instant: string, timeZone: string): string {
  try {
    return todayIn(timeZone, new Date(instant));
  } catch {
    return instant.slice(0, 10);
  }
}
