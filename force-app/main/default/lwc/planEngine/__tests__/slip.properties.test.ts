import fc from 'fast-check';
import { addDays, assessPlan, proposeChange, type PlanStep, type Side, type StepStatus } from '../planEngine';
import { opportunity, plan, step } from './data/fixtures';

const TODAY = '2024-06-15';
const STATUSES: StepStatus[] = ['Not Started', 'In Progress', 'Blocked', 'Done', 'Skipped'];
const SIDES: (Side | null)[] = ['Buyer', 'Seller', 'Joint', null];

const arbRow = fc.record({
  status: fc.constantFrom(...STATUSES),
  side: fc.constantFrom(...SIDES),
  dep: fc.option(fc.nat(), { nil: null }),
  lag: fc.integer({ min: 0, max: 4 }),
  duration: fc.integer({ min: 0, max: 4 }),
  /** Days after the earliest date its predecessor allowed, when the plan was agreed (< 0: a conflict). */
  slack: fc.integer({ min: -6, max: 6 }),
  /** Where the step is now, against its baseline. */
  moved: fc.integer({ min: -8, max: 12 }),
  dated: fc.integer({ min: 0, max: 9 }).map((n) => n < 8),
  baselined: fc.boolean()
});

/**
 * Plans of 0–12 steps, dependencies only on earlier steps. With `feasible`, every baseline honours
 * its dependency (baseline ≥ predecessor's baseline + lag + duration, through skipped steps), as a
 * plan agreed without a dependency conflict does, and every step has one. Without it, some
 * baselines are missing and some were agreed in conflict with their dependency.
 */
function arbPlan(feasible: boolean) {
  return fc.array(arbRow, { maxLength: 12 }).map((rows) => {
    const steps: PlanStep[] = [];
    const baselineDay: (number | null)[] = [];
    rows.forEach((r, i) => {
      const dependsOn = r.dep !== null && i > 0 ? r.dep % i : -1;
      // The agreed date a step measures from: its predecessor's, or through skipped ones, theirs.
      let from = dependsOn;
      while (from >= 0 && steps[from].status === 'Skipped') {
        const next = steps[from].dependsOnId;
        from = next === null ? -1 : Number(next.slice(1));
      }
      const anchor = from >= 0 ? baselineDay[from] : null;
      const slack = feasible ? Math.abs(r.slack) : r.slack;
      const baseline = (anchor ?? 0) + (anchor === null ? 0 : r.lag + r.duration) + slack;
      const hasBaseline = feasible || r.baselined;
      baselineDay.push(hasBaseline ? baseline : null);
      const date = addDays(TODAY, baseline + r.moved);
      steps.push(
        step(`s${i}`, {
          status: r.status,
          side: r.side,
          dependsOnId: dependsOn >= 0 ? `s${dependsOn}` : null,
          lagDays: r.lag,
          durationDays: r.duration,
          baselineDate: hasBaseline ? addDays(TODAY, baseline) : null,
          dueDate: r.dated ? date : null,
          completedDate: r.status === 'Done' ? addDays(TODAY, Math.min(0, baseline + r.moved)) : null
        })
      );
    });
    return steps;
  });
}

function assess(steps: readonly PlanStep[]) {
  return assessPlan({ plan: plan(), steps, opportunity: opportunity(), today: TODAY });
}

function sum(values: readonly (number | null)[]): number {
  return values.reduce<number>((total, v) => total + (v ?? 0), 0);
}

describe('slip attribution properties', () => {
  it('splits every positive slip into caused and pushed, pushed no more than the predecessor slipped', () => {
    fc.assert(
      fc.property(arbPlan(false), (steps) => {
        const facts = assess(steps).steps;
        const index = new Map(steps.map((s, i) => [s.id, i]));
        const predecessor = (j: number): number => {
          const id = steps[j].dependsOnId;
          return id === null ? -1 : (index.get(id) ?? -1);
        };
        facts.forEach((f, i) => {
          const slip = f.baselineSlipDays;
          expect(f.causedSlipDays === null).toBe(slip === null);
          expect(f.pushedSlipDays === null).toBe(slip === null);
          if (slip === null || f.causedSlipDays === null || f.pushedSlipDays === null) return;
          expect(f.causedSlipDays).toBeGreaterThanOrEqual(0);
          expect(f.pushedSlipDays).toBeGreaterThanOrEqual(0);
          expect(f.causedSlipDays + f.pushedSlipDays).toBe(Math.max(0, slip));
          // The predecessor it measures from (through skipped steps) slipped at least as far.
          let p = predecessor(i);
          while (p >= 0 && steps[p].status === 'Skipped') p = predecessor(p);
          const predecessorSlip = p >= 0 ? (facts[p].baselineSlipDays ?? 0) : 0;
          expect(f.pushedSlipDays).toBeLessThanOrEqual(Math.max(0, predecessorSlip));
        });
      })
    );
  });

  it('bounds total caused slip: at least the largest slip, at most the sum of slips', () => {
    fc.assert(
      fc.property(arbPlan(false), (steps) => {
        const result = assess(steps);
        const positive = result.steps.map((f) => Math.max(0, f.baselineSlipDays ?? 0));
        const caused = sum(result.steps.map((f) => f.causedSlipDays));
        expect(caused).toBeGreaterThanOrEqual(Math.max(0, ...positive));
        expect(caused).toBeLessThanOrEqual(sum(positive));
        const bySide = sum([result.buyerSlipDays, result.sellerSlipDays, result.jointSlipDays]);
        const sideless = sum(
          result.steps.filter((_, i) => steps[i].side === null).map((f) => f.causedSlipDays)
        );
        expect(bySide + sideless).toBe(caused);
        expect(result.buyerSlipDays === null).toBe(result.steps.every((f) => f.baselineSlipDays === null));
      })
    );
  });

  it('never adds slip to the pushed steps: a move of k days later adds at most k, all on the moved step', () => {
    fc.assert(
      fc.property(arbPlan(true), fc.nat(), fc.integer({ min: 1, max: 20 }), (steps, pick, k) => {
        const movable = steps.filter((s) => s.status !== 'Done' && s.status !== 'Skipped' && s.dueDate);
        fc.pre(movable.length > 0);
        const moved = movable[pick % movable.length];
        const proposal = proposeChange(
          steps,
          { kind: 'move', stepId: moved.id, dueDate: addDays(moved.dueDate ?? TODAY, k) },
          TODAY
        );
        const before = assess(steps);
        const after = assess(proposal.steps);
        const gained = after.steps.map(
          (f, i) => (f.causedSlipDays ?? 0) - (before.steps[i].causedSlipDays ?? 0)
        );
        const movedAt = after.steps.findIndex((f) => f.id === moved.id);
        expect(gained[movedAt]).toBeLessThanOrEqual(k);
        expect(gained.filter((days, i) => i !== movedAt && days > 0)).toEqual([]);
        const total = (r: typeof before) => sum([r.buyerSlipDays, r.sellerSlipDays, r.jointSlipDays]);
        expect(total(after) - total(before)).toBeLessThanOrEqual(k);
        // The sides other than the moved step's gain nothing, however many of their steps were pushed.
        const sides = [
          ['Buyer', before.buyerSlipDays, after.buyerSlipDays],
          ['Seller', before.sellerSlipDays, after.sellerSlipDays],
          ['Joint', before.jointSlipDays, after.jointSlipDays]
        ] as const;
        const otherSidesGaining = sides.filter(
          ([side, was, now]) => side !== moved.side && (now ?? 0) > (was ?? 0)
        );
        expect(otherSidesGaining).toEqual([]);
      })
    );
  });

  it('gives a plan that was on its baseline exactly k days of slip on the moved step’s side after a move', () => {
    fc.assert(
      fc.property(arbPlan(true), fc.nat(), fc.integer({ min: 1, max: 20 }), (generated, pick, k) => {
        // Every step back on its baseline and open (skipped ones stay skipped): the plan as agreed.
        const steps = generated.map((s): PlanStep => ({
          ...s,
          status: s.status === 'Skipped' ? 'Skipped' : 'Not Started',
          completedDate: null,
          dueDate: s.baselineDate
        }));
        const movable = steps.filter((s) => s.status !== 'Skipped');
        fc.pre(movable.length > 0);
        const moved = movable[pick % movable.length];
        const proposal = proposeChange(
          steps,
          { kind: 'move', stepId: moved.id, dueDate: addDays(moved.dueDate ?? TODAY, k) },
          TODAY
        );
        const after = assess(proposal.steps);
        const caused = after.steps.map((f) => (f.id === moved.id ? 0 : (f.causedSlipDays ?? 0)));
        expect(caused.every((days) => days === 0)).toBe(true);
        expect(after.steps.find((f) => f.id === moved.id)?.causedSlipDays).toBe(k);
        const onSide =
          moved.side === 'Buyer'
            ? after.buyerSlipDays
            : moved.side === 'Seller'
              ? after.sellerSlipDays
              : moved.side === 'Joint'
                ? after.jointSlipDays
                : 0;
        expect(onSide).toBe(moved.side === null ? 0 : k);
      })
    );
  });
});
