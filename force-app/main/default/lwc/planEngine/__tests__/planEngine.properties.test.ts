import fc from 'fast-check';
import {
  addDays,
  assessPlan,
  daysBetween,
  proposeChange,
  statusRank,
  validatePlan,
  type AssessInput,
  type PlanStep,
  type StepStatus
} from '../planEngine';
import { opportunity, plan, step } from './data/fixtures';

const TODAY = '2024-06-15';
const STATUSES: StepStatus[] = ['Not Started', 'In Progress', 'Blocked', 'Done', 'Skipped'];

/** Plans of 0–12 steps; dependencies only on earlier steps (so no cycles), dates around today. */
const arbPlan = (options: { committed?: boolean } = {}) =>
  fc
    .array(
      fc.record({
        offset: fc.option(fc.integer({ min: -40, max: 60 }), { nil: null, freq: 8 }),
        status: fc.constantFrom(...STATUSES),
        side: fc.constantFrom('Buyer' as const, 'Seller' as const, 'Joint' as const),
        dep: fc.option(fc.nat(), { nil: null }),
        lag: fc.integer({ min: 0, max: 5 }),
        duration: fc.integer({ min: 0, max: 5 }),
        committed: fc.boolean(),
        phase: fc.constantFrom(null, 'Signature', 'Onboarding', 'Evaluation'),
        owner: fc.boolean()
      }),
      { maxLength: 12 }
    )
    .map((rows) =>
      rows.map((r, i): PlanStep => {
        const dueDate = r.offset === null ? null : addDays(TODAY, r.offset);
        const isDone = r.status === 'Done';
        return step(`s${i}`, {
          dueDate,
          status: r.status,
          completedDate: isDone ? addDays(TODAY, -((r.offset ?? 0) & 7)) : null,
          side: r.side,
          dependsOnId: r.dep !== null && i > 0 ? `s${r.dep % i}` : null,
          lagDays: r.lag,
          durationDays: r.duration,
          commitment: options.committed === true || r.committed ? 'Committed' : 'Not Asked',
          phase: r.phase,
          ownerId: r.owner ? 'o' : null
        });
      })
    );

const arbClose = fc.option(
  fc.integer({ min: -20, max: 60 }).map((d) => addDays(TODAY, d)),
  { nil: null }
);

function input(steps: PlanStep[], closeDate: string | null, today = TODAY): AssessInput {
  return {
    plan: plan({ lastModified: '2024-06-01T00:00:00Z' }),
    steps,
    opportunity: opportunity({ closeDate }),
    today
  };
}

/** True when `after` is no healthier than `before`: status no better, and at the same status a score no higher. */
function notBetter(before: ReturnType<typeof assessPlan>, after: ReturnType<typeof assessPlan>): boolean {
  const rankBefore = statusRank(before.health.status);
  const rankAfter = statusRank(after.health.status);
  return rankAfter > rankBefore || (rankAfter === rankBefore && after.health.score <= before.health.score);
}

describe('plan engine properties', () => {
  it('keeps percent complete and the score within 0–100 integers', () => {
    fc.assert(
      fc.property(arbPlan(), arbClose, (steps, closeDate) => {
        const result = assessPlan(input(steps, closeDate));
        for (const value of [
          result.percentComplete,
          result.health.score,
          result.milestonePercentComplete ?? 0,
          result.buyerCommitmentPercent ?? 0
        ]) {
          expect(Number.isInteger(value)).toBe(true);
          expect(value).toBeGreaterThanOrEqual(0);
          expect(value).toBeLessThanOrEqual(100);
        }
        expect(result.percentComplete === 100).toBe(
          steps.length > 0 && steps.every((s) => s.status === 'Done' || s.status === 'Skipped')
        );
      })
    );
  });

  it('never projects an open step before its due date or before today', () => {
    fc.assert(
      fc.property(arbPlan(), (steps) => {
        const result = assessPlan(input(steps, null));
        const early = result.steps.filter((facts, i) => {
          const projected = facts.projectedDueDate;
          const due = steps[i].dueDate;
          return (
            facts.isOpen && projected !== null && (projected < TODAY || (due !== null && projected < due))
          );
        });
        expect(early).toEqual([]);
      })
    );
  });

  it('never improves health as time passes (every open step gets later)', () => {
    fc.assert(
      fc.property(arbPlan(), arbClose, fc.integer({ min: 1, max: 30 }), (steps, closeDate, days) => {
        expect(
          notBetter(
            assessPlan(input(steps, closeDate)),
            assessPlan(input(steps, closeDate, addDays(TODAY, days)))
          )
        ).toBe(true);
      })
    );
  });

  it('never improves health when a future step is made later (buyer dates committed)', () => {
    fc.assert(
      fc.property(
        arbPlan({ committed: true }),
        arbClose,
        fc.nat(),
        fc.integer({ min: 1, max: 30 }),
        (steps, closeDate, pick, days) => {
          const candidates = steps.filter(
            (s) => s.dueDate !== null && s.dueDate >= TODAY && s.status !== 'Done' && s.status !== 'Skipped'
          );
          fc.pre(candidates.length > 0);
          const target = candidates[pick % candidates.length];
          const later = steps.map((s) => {
            if (s !== target) return s;
            return { ...s, dueDate: addDays(s.dueDate ?? TODAY, days) };
          });
          expect(notBetter(assessPlan(input(steps, closeDate)), assessPlan(input(later, closeDate)))).toBe(
            true
          );
        }
      )
    );
  });

  it('never improves health when a done step finished later', () => {
    fc.assert(
      fc.property(
        arbPlan({ committed: true }),
        arbClose,
        fc.nat(),
        fc.integer({ min: 1, max: 10 }),
        (steps, closeDate, pick, days) => {
          const candidates = steps.filter((s) => s.status === 'Done' && s.completedDate !== null);
          fc.pre(candidates.length > 0);
          const target = candidates[pick % candidates.length];
          const later = steps.map((s) => {
            if (s !== target) return s;
            return { ...s, completedDate: addDays(s.completedDate ?? TODAY, days) };
          });
          expect(notBetter(assessPlan(input(steps, closeDate)), assessPlan(input(later, closeDate)))).toBe(
            true
          );
        }
      )
    );
  });

  const arbMove = fc.record({
    pick: fc.nat(),
    offset: fc.integer({ min: -30, max: 40 }),
    allowEarlier: fc.boolean()
  });

  it('cascades never move another step earlier without allowEarlier, never loop and are idempotent', () => {
    fc.assert(
      fc.property(arbPlan(), arbMove, (steps, move) => {
        fc.pre(steps.length > 0);
        const moved = steps[move.pick % steps.length];
        const change = {
          kind: 'move' as const,
          stepId: moved.id,
          dueDate: addDays(TODAY, move.offset),
          allowEarlier: move.allowEarlier
        };
        const result = proposeChange(steps, change, TODAY);
        const pulledEarlier = result.changes.filter(
          (c) =>
            !move.allowEarlier &&
            c.stepId !== moved.id &&
            c.field === 'dueDate' &&
            c.from !== null &&
            c.to !== null &&
            daysBetween(c.from, c.to) <= 0
        );
        expect(pulledEarlier).toEqual([]);
        // Every open, dated direct dependent of the moved step is at or after its earliest date.
        const tooEarly = result.steps.filter(
          (s) =>
            s.dependsOnId === moved.id &&
            s.id !== moved.id &&
            s.status !== 'Done' &&
            s.status !== 'Skipped' &&
            s.dueDate !== null &&
            daysBetween(change.dueDate, s.dueDate) < s.lagDays + s.durationDays
        );
        expect(tooEarly).toEqual([]);
        expect(validatePlan(result.steps).some((p) => p.code === 'CYCLE')).toBe(false);
        expect(result.steps).toHaveLength(steps.length);
        expect(proposeChange(result.steps, change, TODAY).changes).toEqual([]);
      })
    );
  });

  it('applying the listed changes to the input gives exactly the resulting plan', () => {
    fc.assert(
      fc.property(arbPlan(), arbMove, fc.boolean(), (steps, move, complete) => {
        fc.pre(steps.length > 0);
        const id = steps[move.pick % steps.length].id;
        const change = complete
          ? {
              kind: 'complete' as const,
              stepId: id,
              completedDate: addDays(TODAY, -Math.abs(move.offset % 10))
            }
          : {
              kind: 'move' as const,
              stepId: id,
              dueDate: addDays(TODAY, move.offset),
              allowEarlier: move.allowEarlier
            };
        const result = proposeChange(steps, change, TODAY);
        const applied = steps.map((s) => ({ ...s }));
        for (const c of result.changes) {
          const target = applied.find((s) => s.id === c.stepId) as PlanStep;
          expect(target[c.field]).toBe(c.from);
          Object.assign(target, { [c.field]: c.to });
        }
        expect(applied).toEqual(result.steps);
        expect(proposeChange(result.steps, change, TODAY).changes).toEqual([]);
      })
    );
  });

  it('removing any step leaves no dependency on it and no cycle', () => {
    fc.assert(
      fc.property(arbPlan(), fc.nat(), (steps, pick) => {
        fc.pre(steps.length > 0);
        const id = steps[pick % steps.length].id;
        const result = proposeChange(steps, { kind: 'remove', stepId: id }, TODAY);
        expect(result.steps.some((s) => s.id === id || s.dependsOnId === id)).toBe(false);
        expect(result.steps).toHaveLength(steps.length - 1);
        expect(
          validatePlan(result.steps).some((p) => p.code === 'CYCLE' || p.code === 'MISSING_DEPENDENCY')
        ).toBe(false);
      })
    );
  });

  it('reads any date the way Date.UTC does', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date(Date.UTC(1900, 0, 1)),
          max: new Date(Date.UTC(2199, 11, 31)),
          noInvalidDate: true
        }),
        fc.integer({ min: -2000, max: 2000 }),
        (date, n) => {
          const iso = date.toISOString().slice(0, 10);
          const expected = new Date(
            Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate() + n)
          )
            .toISOString()
            .slice(0, 10);
          expect(addDays(iso, n)).toBe(expected);
          expect(daysBetween(iso, expected)).toBe(n);
        }
      )
    );
  });
});
