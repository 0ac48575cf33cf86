import {
  addBusinessDays,
  addDays,
  dayOfWeek,
  daysBetween,
  isValidIsoDate,
  isWeekend,
  nextWeekday,
  parseIsoDate,
  previousWeekday,
  todayIn
} from '../planEngine';

describe('isValidIsoDate / parseIsoDate', () => {
  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2000-02-29', true],
    ['1900-02-29', false],
    ['2024-02-30', false],
    ['2024-04-31', false],
    ['2024-12-31', true],
    ['2024-13-01', false],
    ['2024-00-10', false],
    ['2024-1-01', false],
    ['2024-01-01T00:00:00Z', false],
    ['', false],
    ['abcd-ef-gh', false]
  ])('says %s is a calendar day: %s', (value, expected) => {
    expect(isValidIsoDate(value)).toBe(expected);
    expect(parseIsoDate(value) !== null).toBe(expected);
  });

  it('rejects values that are not strings', () => {
    expect(isValidIsoDate(null)).toBe(false);
    expect(isValidIsoDate(20240101)).toBe(false);
    expect(parseIsoDate(null)).toBeNull();
  });

  it.each([
    ['1970-01-01', 0],
    ['1970-01-02', 1],
    ['1969-12-31', -1],
    ['2024-02-29', Date.UTC(2024, 1, 29) / 86_400_000],
    ['2000-03-01', Date.UTC(2000, 2, 1) / 86_400_000]
  ])('reads %s as day number %d (the Date.UTC day)', (value, day) => {
    expect(parseIsoDate(value)).toBe(day);
  });
});

describe('addDays / daysBetween', () => {
  it.each([
    ['2024-02-28', 1, '2024-02-29'],
    ['2024-02-29', 1, '2024-03-01'],
    ['2023-02-28', 1, '2023-03-01'],
    ['2024-02-29', 365, '2025-02-28'],
    ['2024-03-01', -1, '2024-02-29'],
    ['2024-12-31', 1, '2025-01-01'],
    ['2024-03-10', 1, '2024-03-11'],
    ['2024-11-03', 1, '2024-11-04'],
    ['2024-01-31', 30, '2024-03-01'],
    ['2024-05-01', 0, '2024-05-01']
  ])('adds to %s %d days giving %s', (date, n, expected) => {
    expect(addDays(date, n)).toBe(expected);
    expect(daysBetween(date, expected)).toBe(n);
  });

  it('counts a leap year as 366 days and a common year as 365', () => {
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('2023-01-01', '2024-01-01')).toBe(365);
  });

  it('counts the DST transition days as whole days (US spring forward and fall back)', () => {
    expect(daysBetween('2024-03-09', '2024-03-11')).toBe(2);
    expect(daysBetween('2024-11-02', '2024-11-04')).toBe(2);
  });

  it('throws a RangeError for a value that is not a date', () => {
    expect(() => addDays('2024-02-30', 1)).toThrow(RangeError);
    expect(() => daysBetween('2024-01-01', 'soon')).toThrow(RangeError);
  });
});

describe('weekdays', () => {
  it.each([
    ['2024-06-01', 6, true],
    ['2024-06-02', 0, true],
    ['2024-06-03', 1, false],
    ['1970-01-01', 4, false],
    ['2024-02-29', 4, false]
  ])('knows %s is weekday %d (weekend %s)', (date, weekday, weekend) => {
    expect(dayOfWeek(date)).toBe(weekday);
    expect(isWeekend(date)).toBe(weekend);
  });

  it.each([
    ['2024-06-01', '2024-05-31', '2024-06-03'],
    ['2024-06-02', '2024-05-31', '2024-06-03'],
    ['2024-06-04', '2024-06-04', '2024-06-04']
  ])('moves %s back to %s and on to %s', (date, before, after) => {
    expect(previousWeekday(date)).toBe(before);
    expect(nextWeekday(date)).toBe(after);
  });

  it.each([
    ['2024-06-03', 1, '2024-06-04'],
    ['2024-06-07', 1, '2024-06-10'],
    ['2024-06-07', 5, '2024-06-14'],
    ['2024-06-03', 12, '2024-06-19'],
    ['2024-06-10', -1, '2024-06-07'],
    ['2024-06-10', -6, '2024-05-31'],
    ['2024-06-08', 1, '2024-06-10'],
    ['2024-06-08', -1, '2024-06-07'],
    ['2024-06-05', 0, '2024-06-05']
  ])('adds to %s %d business days giving %s', (date, n, expected) => {
    expect(addBusinessDays(date, n)).toBe(expected);
  });
});

describe('todayIn', () => {
  // 2024-06-15T11:30Z is 23:30 on the 15th in Auckland (UTC+12) and 04:30 on the 15th in Los Angeles.
  // 2024-06-15T12:30Z is already the 16th in Auckland, still the 15th in Los Angeles.
  it.each([
    ['Pacific/Auckland', '2024-06-15T11:30:00Z', '2024-06-15'],
    ['Pacific/Auckland', '2024-06-15T12:30:00Z', '2024-06-16'],
    ['America/Los_Angeles', '2024-06-15T12:30:00Z', '2024-06-15'],
    ['America/Los_Angeles', '2024-06-16T06:59:00Z', '2024-06-15'],
    ['America/Los_Angeles', '2024-06-16T07:00:00Z', '2024-06-16'],
    ['UTC', '2024-02-29T23:59:59Z', '2024-02-29'],
    ['UTC', '2024-03-01T00:00:00Z', '2024-03-01']
  ])('gives the calendar day in %s at %s as %s', (zone, instant, expected) => {
    expect(todayIn(zone, new Date(instant))).toBe(expected);
  });

  it.each([
    // US DST starts 2024-03-10 at 02:00 local (10:00Z): the day is the 10th on both sides of the jump.
    ['America/Los_Angeles', '2024-03-10T09:59:00Z', '2024-03-10'],
    ['America/Los_Angeles', '2024-03-10T10:00:00Z', '2024-03-10'],
    // Midnight local after the jump is 07:00Z, not 08:00Z.
    ['America/Los_Angeles', '2024-03-11T06:59:00Z', '2024-03-10'],
    ['America/Los_Angeles', '2024-03-11T07:00:00Z', '2024-03-11'],
    // NZ DST ends 2024-04-07 at 03:00 local: midnight before it is UTC+13, after it UTC+12.
    ['Pacific/Auckland', '2024-04-06T10:59:00Z', '2024-04-06'],
    ['Pacific/Auckland', '2024-04-06T11:00:00Z', '2024-04-07'],
    ['Pacific/Auckland', '2024-04-07T11:59:00Z', '2024-04-07'],
    ['Pacific/Auckland', '2024-04-07T12:00:00Z', '2024-04-08']
  ])('handles DST days: %s at %s is %s', (zone, instant, expected) => {
    expect(todayIn(zone, Date.parse(instant))).toBe(expected);
  });

  it('throws a RangeError for an unknown time zone', () => {
    expect(() => todayIn('Mars/Olympus_Mons')).toThrow(RangeError);
  });
});
