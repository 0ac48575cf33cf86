import {
  DEFAULT_FORECAST_WEIGHTS,
  forecastWeight,
  planAdjustedAmount,
  resolveForecastWeights,
  type HealthStatus,
  type PlanAdjustedInput
} from '../planEngine';

const open = (
  health: HealthStatus,
  amount: number | null = 10_000,
  planStatus: PlanAdjustedInput['planStatus'] = 'Active'
): PlanAdjustedInput => ({ amount, health, planStatus, isClosed: false, isWon: false });

describe('forecastWeight', () => {
  it.each([
    ['On Track', 100],
    ['At Risk', 70],
    ['Off Track', 40],
    ['No Plan', 50],
    ['Complete', 100]
  ] as const)('weights %s at %i%% by default', (health, weight) => {
    expect(forecastWeight(health, health === 'No Plan' ? null : 'Active')).toBe(weight);
  });

  it('caps a Draft plan at the Draft weight but never raises it', () => {
    expect(forecastWeight('On Track', 'Draft')).toBe(70);
    expect(forecastWeight('Off Track', 'Draft')).toBe(40);
    expect(forecastWeight('On Track', 'Draft', { draftPlan: 90 })).toBe(90);
    expect(forecastWeight('At Risk', 'Draft', { draftPlan: 90 })).toBe(70);
  });

  it('uses the admin’s weights', () => {
    expect(forecastWeight('At Risk', 'Active', { atRisk: 55 })).toBe(55);
    expect(forecastWeight('No Plan', null, { noPlan: 0 })).toBe(0);
  });
});

describe('resolveForecastWeights', () => {
  it('keeps defaults for missing or non-numeric values and clamps to 0–100', () => {
    expect(resolveForecastWeights(null)).toEqual(DEFAULT_FORECAST_WEIGHTS);
    const weights = resolveForecastWeights({ onTrack: 120, offTrack: -5, atRisk: Number.NaN });
    expect(weights.onTrack).toBe(100);
    expect(weights.offTrack).toBe(0);
    expect(weights.atRisk).toBe(DEFAULT_FORECAST_WEIGHTS.atRisk);
  });
});

describe('planAdjustedAmount', () => {
  it('weights the amount by plan health', () => {
    expect(planAdjustedAmount(open('On Track'))).toBe(10_000);
    expect(planAdjustedAmount(open('At Risk'))).toBe(7_000);
    expect(planAdjustedAmount(open('Off Track'))).toBe(4_000);
    expect(planAdjustedAmount(open('No Plan', 10_000, null))).toBe(5_000);
    expect(planAdjustedAmount(open('On Track', 10_000, 'Draft'))).toBe(7_000);
  });

  it('rounds to cents, halves away from zero', () => {
    expect(planAdjustedAmount(open('At Risk', 1234.56))).toBe(864.19);
    expect(planAdjustedAmount(open('Off Track', 0.05), { offTrack: 50 })).toBe(0.03);
    expect(planAdjustedAmount(open('Off Track', -0.05), { offTrack: 50 })).toBe(-0.03);
    expect(planAdjustedAmount(open('At Risk', 100), { atRisk: 33.33 })).toBe(33.33);
  });

  it('keeps the amount exact at 100%', () => {
    for (const amount of [0.1, 1.15, 2.67, 19.99, 123_456_789.01]) {
      expect(planAdjustedAmount(open('On Track', amount))).toBe(amount);
    }
  });

  it('counts a closed-won deal in full and a closed-lost deal for nothing', () => {
    const closed = (isWon: boolean): PlanAdjustedInput => ({
      amount: 8_000,
      health: 'Complete',
      planStatus: 'Completed',
      isClosed: true,
      isWon
    });
    expect(planAdjustedAmount(closed(true), { complete: 10 })).toBe(8_000);
    expect(planAdjustedAmount(closed(false))).toBe(0);
  });

  it('is blank when the amount is blank, zero for zero', () => {
    expect(planAdjustedAmount(open('On Track', null))).toBeNull();
    expect(planAdjustedAmount(open('Off Track', 0))).toBe(0);
    expect(Object.is(planAdjustedAmount(open('Off Track', 0)), -0)).toBe(false);
  });
});
