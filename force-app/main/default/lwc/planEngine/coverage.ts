/**
 * What a plan's risks, review rhythm and buying committee say about its health: the measures, and
 * the penalties and reasons they give. Every point is listed in docs/plan-engine.md; keep the two in step.
 */
import { NO_DAY, toDay } from './dates';
import type { HealthWeights, PlanInfo, PlanRisk, PlanStakeholder, RiskLevel } from './types';

/** A risk is high from this severity (likelihood × impact, Low 1, Medium 2, High 3): Plan_Risk__c.Severity__c. */
export const HIGH_RISK_SEVERITY = 6;

/** At most this many risks (or veto holders) are counted for points, so one reason cannot swamp the score. */
export const COUNTED_AT_MOST = 3;

export interface CoverageMeasures {
  openRiskCount: number;
  unmitigatedHighRiskCount: number;
  overdueMitigationCount: number;
  longestOverdueMitigationDays: number;
  /** today − next review date when the review of an Active plan is overdue; 0 otherwise. */
  reviewOverdueDays: number;
  /** The buying committee of an Active plan whose stakeholders were given; null when not judged. */
  committee: {
    hasEconomicBuyer: boolean;
    hasSigner: boolean;
    hasChampion: boolean;
    vetoAgainstCount: number;
  } | null;
}

/** No risks, no review, committee not judged: what a plan without these inputs measures. */
export const NO_COVERAGE: CoverageMeasures = Object.freeze({
  openRiskCount: 0,
  unmitigatedHighRiskCount: 0,
  overdueMitigationCount: 0,
  longestOverdueMitigationDays: 0,
  reviewOverdueDays: 0,
  committee: null
});

/** A mitigation of only spaces is no mitigation. */
function hasMitigation(risk: Pick<PlanRisk, 'mitigation'>): boolean {
  return typeof risk.mitigation === 'string' && risk.mitigation.trim() !== '';
}

function level(value: RiskLevel | null | undefined): number {
  return value === 'High' ? 3 : value === 'Medium' ? 2 : value === 'Low' ? 1 : 0;
}

/** Plan_Risk__c.Severity__c: likelihood × impact, 0 when either is not set. */
export function riskSeverity(risk: Pick<PlanRisk, 'likelihood' | 'impact'>): number {
  return level(risk.likelihood) * level(risk.impact);
}

/** Open unless Mitigated or Closed (an unknown status counts as open, as for steps). */
export function isOpenRisk(risk: Pick<PlanRisk, 'status'>): boolean {
  return risk.status !== 'Mitigated' && risk.status !== 'Closed';
}

/**
 * Measures risks (any plan judged), and the review and the committee of an Active plan only: a Draft
 * is still being built with the buyer, so a missing review date or signer is not yet a gap.
 */
export function measureCoverage(
  plan: PlanInfo | null,
  risks: readonly PlanRisk[] | undefined,
  stakeholders: readonly PlanStakeholder[] | undefined,
  today: number
): CoverageMeasures {
  let openRiskCount = 0;
  let unmitigatedHighRiskCount = 0;
  let overdueMitigationCount = 0;
  let longestOverdueMitigationDays = 0;
  for (const risk of risks ?? []) {
    if (!isOpenRisk(risk)) continue;
    openRiskCount++;
    if (riskSeverity(risk) >= HIGH_RISK_SEVERITY && !hasMitigation(risk)) unmitigatedHighRiskCount++;
    const due = toDay(risk.mitigationDueDate);
    if (due !== NO_DAY && due < today) {
      overdueMitigationCount++;
      if (today - due > longestOverdueMitigationDays) longestOverdueMitigationDays = today - due;
    }
  }
  const active = plan?.status === 'Active';
  const nextReview = active ? toDay(plan.nextReviewDate) : NO_DAY;
  const reviewOverdueDays = nextReview !== NO_DAY && nextReview < today ? today - nextReview : 0;

  let committee: CoverageMeasures['committee'] = null;
  if (active && stakeholders) {
    committee = { hasEconomicBuyer: false, hasSigner: false, hasChampion: false, vetoAgainstCount: 0 };
    for (const s of stakeholders) {
      if (s.side !== 'Buyer') continue;
      if (s.role === 'Economic Buyer') committee.hasEconomicBuyer = true;
      if (s.isSigner === true) committee.hasSigner = true;
      if (s.stance === 'Champion' || s.role === 'Champion') committee.hasChampion = true;
      if (s.canVeto === true && (s.stance === 'Blocker' || s.stance === 'Skeptic'))
        committee.vetoAgainstCount++;
    }
  }
  return {
    openRiskCount,
    unmitigatedHighRiskCount,
    overdueMitigationCount,
    longestOverdueMitigationDays,
    reviewOverdueDays,
    committee
  };
}

/** One reason: the points it takes off, the status it raises to (0 none, 1 At Risk) and its words. */
export interface Penalty {
  points: number;
  rank: number;
  reason: string;
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

function counted(count: number, points: number): number {
  return Math.min(count, COUNTED_AT_MOST) * points;
}

/** Signals of a deal in danger, each At Risk: a veto holder against, an unmitigated high risk, a mitigation late. */
export function riskPenalties(c: CoverageMeasures, w: HealthWeights): Penalty[] {
  const out: Penalty[] = [];
  const veto = c.committee?.vetoAgainstCount ?? 0;
  if (veto > 0) {
    out.push({
      points: counted(veto, w.vetoAgainst),
      rank: 1,
      reason:
        veto === 1
          ? '1 stakeholder who can veto is a blocker or skeptic'
          : `${veto} stakeholders who can veto are blockers or skeptics`
    });
  }
  if (c.unmitigatedHighRiskCount > 0) {
    out.push({
      points: counted(c.unmitigatedHighRiskCount, w.unmitigatedHighRisk),
      rank: 1,
      reason: `${plural(c.unmitigatedHighRiskCount, 'open high risk', 'open high risks')} without a mitigation`
    });
  }
  if (c.overdueMitigationCount > 0) {
    const longest = plural(c.longestOverdueMitigationDays, 'day', 'days');
    out.push({
      points: counted(c.overdueMitigationCount, w.overdueMitigation),
      rank: 1,
      reason:
        c.overdueMitigationCount === 1
          ? `1 risk mitigation overdue by ${longest}`
          : `${c.overdueMitigationCount} risk mitigations overdue, the longest by ${longest}`
    });
  }
  return out;
}

/** Gaps in how the plan is worked, score only: an overdue review, a committee without its key people. */
export function coveragePenalties(c: CoverageMeasures, w: HealthWeights): Penalty[] {
  const out: Penalty[] = [];
  if (c.reviewOverdueDays > 0) {
    out.push({
      points: w.overdueReview,
      rank: 0,
      reason: `plan review overdue by ${plural(c.reviewOverdueDays, 'day', 'days')}`
    });
  }
  const committee = c.committee;
  if (committee) {
    if (!committee.hasEconomicBuyer)
      out.push({ points: w.noEconomicBuyer, rank: 0, reason: 'no economic buyer named' });
    if (!committee.hasSigner) out.push({ points: w.noSigner, rank: 0, reason: 'no signer named' });
    if (!committee.hasChampion) out.push({ points: w.noChampion, rank: 0, reason: 'no champion named' });
  }
  return out;
}
