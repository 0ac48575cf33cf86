import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { COUNTING_ORDER, countsOver, planThatCounts, type PlanCandidate } from '../planEngine';

interface RuleCase {
  name: string;
  plans: PlanCandidate[];
  expected: string | null;
}

// The fixtures Apex's PlanThatCounts_Tests reads from the same static resource.
const FIXTURES = join(__dirname, '../../../staticresources/PlanThatCountsFixtures.resource');
const { cases } = JSON.parse(readFileSync(FIXTURES, 'utf8')) as { cases: RuleCase[] };

describe('planThatCounts, on the fixtures shared with Apex', () => {
  it('has fixtures for every status and for ties', () => {
    const statuses = new Set(cases.flatMap((c) => c.plans.map((p) => p.status)));
    for (const status of [...COUNTING_ORDER, 'Abandoned']) expect(statuses).toContain(status);
    expect(cases.some((c) => c.name.includes('tie'))).toBe(true);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, fixture) => {
    expect(planThatCounts(fixture.plans)?.id ?? null).toBe(fixture.expected);
    // The same answer whatever order the org returns the plans in.
    expect(planThatCounts([...fixture.plans].reverse())?.id ?? null).toBe(fixture.expected);
  });
});

describe('planThatCounts, against a sort', () => {
  const STATUSES = ['Active', 'Draft', 'Completed', 'Abandoned', 'On Hold'];
  const arbPlans = fc.uniqueArray(
    fc.record({
      id: fc.stringMatching(/^a0B[0-9A-Za-z]{12}$/),
      status: fc.constantFrom(...STATUSES),
      createdDate: fc.option(
        fc.integer({ min: 0, max: 5 }).map((d) => `2026-11-0${d + 1}T09:00:00.000+0000`),
        { nil: null }
      )
    }),
    { selector: (p) => p.id, maxLength: 8 }
  );

  it('picks the first of the counting plans sorted by status rank, then newest, then greatest Id', () => {
    fc.assert(
      fc.property(arbPlans, (plans) => {
        const rank = (s: string) => COUNTING_ORDER.indexOf(s as (typeof COUNTING_ORDER)[number]);
        const time = (d: string | null) => (d ? Date.parse(d.replace('+0000', 'Z')) : -1);
        const sorted = plans
          .filter((p) => rank(p.status) >= 0)
          .sort(
            (a, b) =>
              rank(a.status) - rank(b.status) ||
              time(b.createdDate) - time(a.createdDate) ||
              (a.id < b.id ? 1 : a.id > b.id ? -1 : 0)
          );
        expect(planThatCounts(plans)?.id ?? null).toBe(sorted[0]?.id ?? null);
      })
    );
  });

  it('never lets a plan outside the counting statuses displace a chosen one', () => {
    const active = { id: 'a0B1', status: 'Active', createdDate: null };
    expect(countsOver(active, { id: 'a0B9', status: 'Abandoned', createdDate: '2030-01-01T00:00:00Z' })).toBe(
      false
    );
    expect(countsOver(undefined, { id: 'a0B9', status: 'Abandoned', createdDate: null })).toBe(false);
    expect(countsOver(undefined, { id: 'a0B9', status: 'Draft', createdDate: null })).toBe(true);
  });
});
