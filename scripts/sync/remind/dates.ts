/** Calendar arithmetic on ISO dates (YYYY-MM-DD), in UTC so no time zone moves a day. */
export function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The first day of the digest period `today` falls in: periods of `days` days counted from 1970-01-01. */
export function periodStart(today: string, days: number): string {
  const epochDay = Math.floor(Date.parse(`${today}T00:00:00Z`) / 86_400_000);
  return addDays('1970-01-01', epochDay - (epochDay % days));
}

/** The calendar date of an instant in a time zone (the org's), YYYY-MM-DD. */
export function dateIn(instant: string, timeZone: string): string {
  try {
    return new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit'
    }).format(new Date(instant));
  } catch {
    return instant.slice(0, 10);
  }
}
