import type { HealthThresholds, HealthWeights } from './types';

/** The defaults of the Plan_Health_Setting__mdt record named Default. */
export const DEFAULT_THRESHOLDS: HealthThresholds = Object.freeze({
  atRiskDaysOverdue: 1,
  offTrackDaysOverdue: 7,
  commitmentWindowDays: 14,
  stalePlanDays: 21,
  slipAtRiskDays: 1,
  slipOffTrackDays: 14
});

const KEYS: readonly (keyof HealthThresholds)[] = [
  'atRiskDaysOverdue',
  'offTrackDaysOverdue',
  'commitmentWindowDays',
  'stalePlanDays',
  'slipAtRiskDays',
  'slipOffTrackDays'
];

/**
 * The thresholds to use: each given value that is a finite number (rounded to whole days, at least 0
 * for the window and at least 1 for the others), else the default. An off-track threshold below its
 * at-risk threshold is raised to it, so Off Track always means at least At Risk.
 */
export function resolveThresholds(partial?: Partial<HealthThresholds> | null): HealthThresholds {
  const out: HealthThresholds = { ...DEFAULT_THRESHOLDS };
  if (partial) {
    for (const key of KEYS) {
      const value = partial[key];
      if (typeof value === 'number' && Number.isFinite(value)) {
        out[key] = Math.max(key === 'commitmentWindowDays' ? 0 : 1, Math.round(value));
      }
    }
  }
  if (out.offTrackDaysOverdue < out.atRiskDaysOverdue) out.offTrackDaysOverdue = out.atRiskDaysOverdue;
  if (out.slipOffTrackDays < out.slipAtRiskDays) out.slipOffTrackDays = out.slipAtRiskDays;
  return out;
}

/** The points of the Plan_Health_Setting__mdt record named Default (each field's default value too). */
export const DEFAULT_HEALTH_WEIGHTS: HealthWeights = Object.freeze({
  noEconomicBuyer: 10,
  noSigner: 5,
  vetoAgainst: 15,
  noChampion: 10,
  unmitigatedHighRisk: 10,
  overdueMitigation: 5,
  overdueReview: 5
});

const WEIGHT_KEYS = Object.keys(DEFAULT_HEALTH_WEIGHTS) as (keyof HealthWeights)[];

/**
 * The points to use: each given value that is a finite number, rounded and held to 0–100, else the
 * default. 0 takes no points off; the reason is still listed.
 */
export function resolveHealthWeights(partial?: Partial<HealthWeights> | null): HealthWeights {
  const out: HealthWeights = { ...DEFAULT_HEALTH_WEIGHTS };
  if (partial) {
    for (const key of WEIGHT_KEYS) {
      const value = partial[key];
      if (typeof value === 'number' && Number.isFinite(value))
        out[key] = Math.min(100, Math.max(0, Math.round(value)));
    }
  }
  return out;
}
