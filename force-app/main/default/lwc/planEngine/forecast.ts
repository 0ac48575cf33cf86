/**
 * The plan-adjusted amount: an Opportunity's Amount weighted by its plan's health, so a forecast
 * can count a deal whose plan is Off Track for less than one on track. The weights are the
 * admin's (Plan_Health_Setting__mdt, as percentages); the engine only applies them.
 */
import type { HealthStatus, PlanStatus } from './types';

/** Plan_Health_Setting__mdt's forecast weights, each a percentage of the Amount (0–100). */
export interface ForecastWeights {
  onTrack: number;
  atRisk: number;
  offTrack: number;
  noPlan: number;
  complete: number;
  /** The most a Draft plan counts for, whatever its health: the buyer has not agreed to it yet. */
  draftPlan: number;
}

/** The defaults of the Plan_Health_Setting__mdt record named Default (the fields' default values). */
export const DEFAULT_FORECAST_WEIGHTS: ForecastWeights = Object.freeze({
  onTrack: 100,
  atRisk: 70,
  offTrack: 40,
  noPlan: 50,
  complete: 100,
  draftPlan: 70
});

const KEYS: readonly (keyof ForecastWeights)[] = [
  'onTrack',
  'atRisk',
  'offTrack',
  'noPlan',
  'complete',
  'draftPlan'
];

/** The weights to use: each given finite number clamped to 0–100, else the default. */
export function resolveForecastWeights(partial?: Partial<ForecastWeights> | null): ForecastWeights {
  const out: ForecastWeights = { ...DEFAULT_FORECAST_WEIGHTS };
  if (partial) {
    for (const key of KEYS) {
      const value = partial[key];
      if (typeof value === 'number' && Number.isFinite(value)) out[key] = Math.min(100, Math.max(0, value));
    }
  }
  return out;
}

const WEIGHT_OF_STATUS: Record<HealthStatus, keyof ForecastWeights> = {
  'On Track': 'onTrack',
  'At Risk': 'atRisk',
  'Off Track': 'offTrack',
  'No Plan': 'noPlan',
  Complete: 'complete'
};

/**
 * The percentage of the Amount a deal counts for: its health's weight, capped at the Draft weight
 * when the plan that counts is still a Draft.
 */
export function forecastWeight(
  health: HealthStatus,
  planStatus: PlanStatus | null,
  weights?: Partial<ForecastWeights> | null
): number {
  const resolved = resolveForecastWeights(weights);
  const weight = resolved[WEIGHT_OF_STATUS[health]];
  return planStatus === 'Draft' ? Math.min(weight, resolved.draftPlan) : weight;
}

export interface PlanAdjustedInput {
  /** Opportunity.Amount, in the opportunity's currency; null when blank. */
  amount: number | null;
  health: HealthStatus;
  /** Status of the plan that counts; null without one. */
  planStatus: PlanStatus | null;
  isClosed: boolean;
  isWon: boolean;
}

/**
 * Amount × weight, rounded half away from zero to cents (a currency field's two decimals). A
 * closed deal is no longer a forecast call: won counts in full, lost for nothing, as Salesforce's
 * Expected Revenue does. Null when the Amount is blank.
 */
export function planAdjustedAmount(
  input: PlanAdjustedInput,
  weights?: Partial<ForecastWeights> | null
): number | null {
  const amount = input.amount;
  if (amount === null || !Number.isFinite(amount)) return null;
  let weight: number;
  if (input.isClosed) weight = input.isWon ? 100 : 0;
  else weight = forecastWeight(input.health, input.planStatus, weights);
  // In whole cents and basis points, so Amount × 100% is the Amount exactly and halves round as written.
  const amountCents = Math.round(amount * 100);
  const exact = (amountCents * Math.round(weight * 100)) / 10_000;
  const cents = Math.sign(exact) * Math.round(Math.abs(exact));
  return cents / 100 || 0;
}
