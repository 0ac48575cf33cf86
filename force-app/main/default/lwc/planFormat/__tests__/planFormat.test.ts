import {
  INFLUENCE_OPTIONS,
  ROLE_OPTIONS,
  STANCE_OPTIONS,
  formatCount,
  formatDate,
  healthLook,
  sideIcon,
  stanceLook
} from 'c/planFormat';
import type * as PlanFormat from 'c/planFormat';

describe('formatDate', () => {
  const RealDateTimeFormat = Intl.DateTimeFormat;

  afterEach(() => {
    jest.restoreAllMocks();
  });

  it.each<[string, string, string]>([
    ['en-GB', '2026-12-10', '10 Dec 2026'],
    ['en-US', '2026-12-10', 'Dec 10, 2026'],
    ['en-GB', '2024-02-29', '29 Feb 2024'],
    ['en-GB', '2027-01-01', '1 Jan 2027']
  ])('formats in %s: %s → %s', (locale, date, expected) => {
    expect(formatDate(date, 'medium', locale)).toBe(expected);
  });

  it.each(['America/Los_Angeles', 'Pacific/Pago_Pago', 'Pacific/Kiritimati', 'Asia/Kolkata'])(
    'shows the calendar day in a browser whose time zone is %s',
    async (zone) => {
      // The browser's zone is what Intl uses when no timeZone is given.
      jest
        .spyOn(Intl, 'DateTimeFormat')
        .mockImplementation(
          (locales, options) => new RealDateTimeFormat(locales, { timeZone: zone, ...options })
        );
      let fresh: typeof PlanFormat | undefined;
      await jest.isolateModulesAsync(async () => {
        fresh = await import('c/planFormat'); // no formatter cached under another zone
      });
      expect(fresh?.formatDate('2026-12-10', 'medium', 'en-GB')).toBe('10 Dec 2026');
      expect(fresh?.formatDate('2027-01-01', 'medium', 'en-GB')).toBe('1 Jan 2027');
    }
  );

  it.each([null, undefined, '', '2023-02-29', '2026-12-1', '2026-12-10T10:00:00Z'])(
    'gives an empty string for %p, which is not a calendar date',
    (value) => {
      expect(formatDate(value)).toBe('');
    }
  );

  it('has short, weekday and month styles', () => {
    expect(formatDate('2026-12-10', 'short', 'en-GB')).toBe('10 Dec');
    expect(formatDate('2026-12-10', 'weekday', 'en-GB')).toBe('Thu, 10 Dec 2026');
    expect(formatDate('2026-12-10', 'month', 'en-GB')).toBe('Dec 2026');
    expect(formatDate('2026-12-10', 'monthShort', 'en-GB')).toBe('Dec');
  });
});

describe('words for counts', () => {
  it('counts things', () => {
    expect(formatCount(1, 'step')).toBe('1 step');
    expect(formatCount(0, 'step')).toBe('0 steps');
    expect(formatCount(2, 'person', 'people')).toBe('2 people');
  });
});

describe('looks', () => {
  it('gives each health status its words and a badge colour', () => {
    expect(healthLook('On Track')).toEqual({
      label: 'On Track',
      badgeClass: 'slds-badge slds-theme_success'
    });
    expect(healthLook('At Risk')).toEqual({ label: 'At Risk', badgeClass: 'slds-badge slds-theme_warning' });
    expect(healthLook('Off Track')).toEqual({
      label: 'Off Track',
      badgeClass: 'slds-badge slds-theme_error'
    });
    expect(healthLook('Complete')).toEqual({ label: 'Complete', badgeClass: 'slds-badge slds-theme_info' });
    expect(healthLook(null)).toEqual({ label: 'No Plan', badgeClass: 'slds-badge slds-badge_lightest' });
  });

  it('gives sides their icons and stances their looks', () => {
    expect(sideIcon('Seller')).toBe('utility:user');
    expect(stanceLook('Blocker')).toMatchObject({
      label: 'Blocker',
      badgeClass: 'slds-theme_error',
      iconVariant: 'inverse'
    });
    expect(stanceLook('Skeptic')).toMatchObject({ badgeClass: 'slds-theme_warning', iconVariant: '' });
    expect(stanceLook(null).label).toBe('Stance unknown');
  });

  it('offers the picklist values of the data model', () => {
    expect(ROLE_OPTIONS.map((option) => option.value)).toContain('Economic Buyer');
    expect(ROLE_OPTIONS).toHaveLength(15);
    expect(INFLUENCE_OPTIONS.map((option) => option.value)).toEqual(['High', 'Medium', 'Low']);
    expect(STANCE_OPTIONS.map((option) => option.value)).toContain('Unknown');
  });
});
