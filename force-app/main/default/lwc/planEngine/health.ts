/**
 * Health: a status, a 0–100 score and the reasons in words, from the plan's measures.
 * Every penalty and threshold is listed in docs/plan-engine.md; keep the two in step.
 */
import {
  NO_COVERAGE,
  coveragePenalties,
  riskPenalties,
  type CoverageMeasures,
  type Penalty
} from './coverage';
import { DEFAULT_HEALTH_WEIGHTS } from './thresholds';
import type {
  Health,
  HealthStatus,
  HealthThresholds,
  HealthWeights,
  OpportunityFacts,
  PlanInfo
} from './types';

/** The measures health is judged on (all worked out by assessPlan). */
export interface HealthMeasures {
  stepCount: number;
  openCount: number;
  overdueCount: number;
  overdueBuyerCount: number;
  longestOverdueDays: number;
  /** projected close − close date; null when not judged (no close date, closed opportunity). */
  slipDays: number | null;
  uncommittedBuyerCount: number;
  uncommittedPastCount: number;
  declinedCount: number;
  daysSinceUpdate: number | null;
  blockedCount: number;
  withoutOwnerCount: number;
  withoutDateCount: number;
}

/** Penalty points, each capped; the score is 100 minus their sum, then held inside its status band. */
export const PENALTIES = Object.freeze({
  perOverdueStep: 5,
  perOverdueBuyerStep: 5,
  overdueStepsCap: 40,
  perDayLongestOverdue: 1,
  longestOverdueCap: 20,
  slipBase: 10,
  perDaySlip: 1,
  slipCap: 30,
  perUncommittedBuyerDate: 5,
  uncommittedCap: 15,
  perDeclinedDate: 8,
  declinedCap: 24,
  staleBase: 10,
  perDayStale: 1,
  staleCap: 20,
  emptyPlan: 40,
  perBlockedStep: 3,
  blockedCap: 10,
  perStepWithoutOwner: 2,
  withoutOwnerCap: 10,
  perStepWithoutDate: 2,
  withoutDateCap: 10
});

/** Highest score each status can have, so the number never contradicts the word. */
export const STATUS_SCORE_CAP: Readonly<Record<'On Track' | 'At Risk' | 'Off Track', number>> = Object.freeze(
  {
    'On Track': 100,
    'At Risk': 79,
    'Off Track': 49
  }
);

/** Orders statuses from best to worst for the three judged ones: On Track 0, At Risk 1, Off Track 2. */
export function statusRank(status: HealthStatus): number {
  return status === 'Off Track' ? 2 : status === 'At Risk' ? 1 : 0;
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

function days(count: number): string {
  return plural(count, 'day', 'days');
}

function overdueReason(m: HealthMeasures): string {
  const longest = m.longestOverdueDays;
  if (m.overdueCount === 1) {
    return `1 ${m.overdueBuyerCount === 1 ? 'buyer ' : ''}step overdue by ${days(longest)}`;
  }
  if (m.overdueBuyerCount === m.overdueCount)
    return `${m.overdueCount} buyer steps overdue, the longest by ${days(longest)}`;
  const buyer = m.overdueBuyerCount > 0 ? ` (${m.overdueBuyerCount} buyer)` : '';
  return `${m.overdueCount} steps overdue${buyer}, the longest by ${days(longest)}`;
}

/** Health of a plan that exists, is not abandoned or completed, on an opportunity not closed lost. */
export function judgeHealth(
  m: HealthMeasures,
  t: HealthThresholds,
  c: CoverageMeasures = NO_COVERAGE,
  w: HealthWeights = DEFAULT_HEALTH_WEIGHTS
): Health {
  const reasons: string[] = [];
  let penalty = 0;
  let rank = 0;
  const raise = (to: number) => {
    if (to > rank) rank = to;
  };
  const apply = (penalties: readonly Penalty[]) => {
    for (const p of penalties) {
      penalty += p.points;
      raise(p.rank);
      reasons.push(p.reason);
    }
  };

  if (m.overdueCount > 0) {
    penalty += Math.min(
      PENALTIES.overdueStepsCap,
      PENALTIES.perOverdueStep * m.overdueCount + PENALTIES.perOverdueBuyerStep * m.overdueBuyerCount
    );
    penalty += Math.min(PENALTIES.longestOverdueCap, PENALTIES.perDayLongestOverdue * m.longestOverdueDays);
    if (m.longestOverdueDays >= t.offTrackDaysOverdue) raise(2);
    else if (m.longestOverdueDays >= t.atRiskDaysOverdue) raise(1);
    reasons.push(overdueReason(m));
  }

  if (m.slipDays !== null && m.slipDays >= t.slipAtRiskDays) {
    penalty += Math.min(PENALTIES.slipCap, PENALTIES.slipBase + PENALTIES.perDaySlip * m.slipDays);
    raise(m.slipDays >= t.slipOffTrackDays ? 2 : 1);
    reasons.push(`projected close ${days(m.slipDays)} after the close date`);
  }

  if (m.uncommittedBuyerCount > 0) {
    penalty += Math.min(
      PENALTIES.uncommittedCap,
      PENALTIES.perUncommittedBuyerDate * m.uncommittedBuyerCount
    );
    raise(1);
    const n = m.uncommittedBuyerCount;
    const dates = plural(n, 'buyer date', 'buyer dates');
    reasons.push(
      m.uncommittedPastCount === 0
        ? `${dates} in the next ${days(t.commitmentWindowDays)} not committed`
        : `${dates} due within ${days(t.commitmentWindowDays)} not committed (${m.uncommittedPastCount} already past)`
    );
  }

  if (m.declinedCount > 0) {
    penalty += Math.min(PENALTIES.declinedCap, PENALTIES.perDeclinedDate * m.declinedCount);
    raise(1);
    reasons.push(`${plural(m.declinedCount, 'date', 'dates')} declined by the buyer`);
  }

  apply(riskPenalties(c, w));

  if (m.daysSinceUpdate !== null && m.daysSinceUpdate >= t.stalePlanDays) {
    penalty += Math.min(
      PENALTIES.staleCap,
      PENALTIES.staleBase + PENALTIES.perDayStale * (m.daysSinceUpdate - t.stalePlanDays)
    );
    raise(1);
    reasons.push(`plan not updated in ${days(m.daysSinceUpdate)}`);
  }

  if (m.stepCount === 0) {
    penalty += PENALTIES.emptyPlan;
    raise(1);
    reasons.push('plan has no steps');
  }

  if (m.blockedCount > 0) {
    penalty += Math.min(PENALTIES.blockedCap, PENALTIES.perBlockedStep * m.blockedCount);
    reasons.push(`${plural(m.blockedCount, 'step', 'steps')} blocked`);
  }
  apply(coveragePenalties(c, w));
  // A plan whose open steps all lack a date (or an owner) is no schedule (or no commitment) yet:
  // At Risk however few they are, not On Track minus a few points.
  if (m.withoutOwnerCount > 0) {
    penalty += Math.min(PENALTIES.withoutOwnerCap, PENALTIES.perStepWithoutOwner * m.withoutOwnerCount);
    if (m.withoutOwnerCount === m.openCount) {
      raise(1);
      reasons.push('no open step has an owner');
    } else reasons.push(`${plural(m.withoutOwnerCount, 'open step', 'open steps')} without an owner`);
  }
  if (m.withoutDateCount > 0) {
    penalty += Math.min(PENALTIES.withoutDateCap, PENALTIES.perStepWithoutDate * m.withoutDateCount);
    if (m.withoutDateCount === m.openCount) {
      raise(1);
      reasons.push('no open step has a due date');
    } else reasons.push(`${plural(m.withoutDateCount, 'open step', 'open steps')} without a due date`);
  }

  const status: HealthStatus = rank === 2 ? 'Off Track' : rank === 1 ? 'At Risk' : 'On Track';
  const score = Math.max(0, Math.min(STATUS_SCORE_CAP[status], 100 - penalty));
  return { status, score, reasons };
}

/**
 * The whole health decision, in order:
 *  1. no plan, or the plan Abandoned → No Plan, score 0;
 *  2. plan Completed → Complete, 100;
 *  3. opportunity closed lost → Complete, 100 (nothing left to chase);
 *  4. every step Done or Skipped (and at least one step) → Complete, 100 — also how a closed-won
 *     deal's plan completes once its onboarding steps are done;
 *  5. otherwise judged on the measures (for a closed-won deal without the close slip), with the
 *     plan's risks, and for an Active plan its review and buying committee (coverage.ts).
 */
export function assessHealth(
  plan: PlanInfo | null,
  opportunity: OpportunityFacts,
  m: HealthMeasures,
  t: HealthThresholds,
  c: CoverageMeasures = NO_COVERAGE,
  w: HealthWeights = DEFAULT_HEALTH_WEIGHTS
): Health {
  if (plan === null) return { status: 'No Plan', score: 0, reasons: ['no mutual action plan'] };
  if (plan.status === 'Abandoned') return { status: 'No Plan', score: 0, reasons: ['plan abandoned'] };
  if (plan.status === 'Completed')
    return { status: 'Complete', score: 100, reasons: ['plan marked completed'] };
  if (opportunity.isClosed && !opportunity.isWon)
    return {
      status: 'Complete',
      score: 100,
      reasons: ['opportunity closed lost; the plan is no longer tracked']
    };
  if (m.stepCount > 0 && m.openCount === 0) {
    return {
      status: 'Complete',
      score: 100,
      reasons: [
        m.stepCount === 1 ? 'the only step is done or skipped' : `all ${m.stepCount} steps done or skipped`
      ]
    };
  }
  return judgeHealth(m, t, c, w);
}
