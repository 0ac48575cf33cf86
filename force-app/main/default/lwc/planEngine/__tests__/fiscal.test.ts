import { closesAfterFiscalQuarter, fiscalQuarterEnd, resolveFiscalYearStartMonth } from '../planEngine';

describe('fiscalQuarterEnd', () => {
  it.each([
    // January start: calendar quarters.
    ['2026-01-01', 1, '2026-03-31'],
    ['2026-05-20', 1, '2026-06-30'],
    ['2026-09-30', 1, '2026-09-30'],
    ['2026-12-31', 1, '2026-12-31'],
    // February start: quarters Feb–Apr, May–Jul, Aug–Oct, Nov–Jan.
    ['2025-02-01', 2, '2025-04-30'],
    ['2025-03-15', 2, '2025-04-30'],
    ['2025-04-30', 2, '2025-04-30'],
    ['2025-05-01', 2, '2025-07-31'],
    ['2025-11-10', 2, '2026-01-31'],
    ['2026-01-31', 2, '2026-01-31'],
    ['2026-01-05', 2, '2026-01-31'],
    // A quarter ending in February: leap years and not.
    ['2024-01-10', 12, '2024-02-29'],
    ['2024-02-29', 12, '2024-02-29'],
    ['2023-12-01', 12, '2024-02-29'],
    ['2025-01-10', 12, '2025-02-28'],
    ['2100-02-01', 12, '2100-02-28'],
    ['2000-02-01', 12, '2000-02-29'],
    // Other starts.
    ['2026-07-01', 7, '2026-09-30'],
    ['2026-06-30', 7, '2026-06-30'],
    ['2026-10-15', 10, '2026-12-31'],
    ['2026-09-30', 10, '2026-09-30'],
    ['2026-11-30', 11, '2027-01-31']
  ])('puts %s (fiscal year from month %i) in a quarter ending %s', (date, start, end) => {
    expect(fiscalQuarterEnd(date, start)).toBe(end);
  });

  it('reads a start month outside 1–12 as January', () => {
    expect(fiscalQuarterEnd('2026-02-10', 0)).toBe('2026-03-31');
    expect(fiscalQuarterEnd('2026-02-10', 13)).toBe('2026-03-31');
    expect(fiscalQuarterEnd('2026-02-10', 2.5)).toBe('2026-03-31');
    expect(resolveFiscalYearStartMonth(null)).toBe(1);
    expect(resolveFiscalYearStartMonth('4')).toBe(1);
    expect(resolveFiscalYearStartMonth(4)).toBe(4);
  });

  it('gives null for a value that is not a date', () => {
    expect(fiscalQuarterEnd(null, 2)).toBeNull();
    expect(fiscalQuarterEnd('2025-02-30', 2)).toBeNull();
    expect(fiscalQuarterEnd('2025-2-3', 2)).toBeNull();
  });

  it('always ends a quarter on a month end at most three months after the date', () => {
    for (let start = 1; start <= 12; start++) {
      for (let month = 1; month <= 12; month++) {
        const date = `2027-${String(month).padStart(2, '0')}-15`;
        const end = fiscalQuarterEnd(date, start) ?? '';
        const endMonth = Number(end.slice(5, 7));
        const monthsAhead = (endMonth - month + 12) % 12;
        expect(monthsAhead).toBeLessThanOrEqual(2);
        // The quarter's last month is two months after a fiscal quarter's first month.
        expect((endMonth - start + 12) % 3).toBe(2);
      }
    }
  });
});

describe('closesAfterFiscalQuarter', () => {
  it('is true only for a projected close after the quarter end', () => {
    // February start: a close date in March is in the quarter ending April 30.
    expect(closesAfterFiscalQuarter('2025-04-30', '2025-03-10', 2)).toBe(false);
    expect(closesAfterFiscalQuarter('2025-05-01', '2025-03-10', 2)).toBe(true);
    // The same dates with calendar quarters: March 10 is in the quarter ending March 31.
    expect(closesAfterFiscalQuarter('2025-04-30', '2025-03-10', 1)).toBe(true);
  });

  it('treats a close date on the quarter’s last day as in that quarter', () => {
    expect(closesAfterFiscalQuarter('2025-07-31', '2025-07-31', 2)).toBe(false);
    expect(closesAfterFiscalQuarter('2025-08-01', '2025-07-31', 2)).toBe(true);
  });

  it('counts Feb 29 inside a leap-year quarter', () => {
    expect(closesAfterFiscalQuarter('2024-02-29', '2024-01-15', 12)).toBe(false);
    expect(closesAfterFiscalQuarter('2024-03-01', '2024-01-15', 12)).toBe(true);
    expect(closesAfterFiscalQuarter('2025-03-01', '2025-01-15', 12)).toBe(true);
  });

  it('is false for a projected close before the close date', () => {
    expect(closesAfterFiscalQuarter('2025-01-01', '2025-03-10', 2)).toBe(false);
  });

  it('is false when either date is missing or not a date', () => {
    expect(closesAfterFiscalQuarter(null, '2025-03-10', 2)).toBe(false);
    expect(closesAfterFiscalQuarter('2025-09-01', null, 2)).toBe(false);
    expect(closesAfterFiscalQuarter('2025-09-31', '2025-03-10', 2)).toBe(false);
    expect(closesAfterFiscalQuarter('2025-09-01', '2025-02-30', 2)).toBe(false);
  });
});
