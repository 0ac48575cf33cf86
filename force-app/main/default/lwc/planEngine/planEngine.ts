/**
 * The plan engine: health, overdue and next steps, projection and cascade, template scheduling and
 * validation of a Mutual Action Plan. Pure TypeScript with no DOM and no Salesforce imports, shared
 * by the Lightning components (c/planEngine) and the sync CLI. See docs/plan-engine.md.
 */
export type {
  AssessInput,
  ChangeProposal,
  Commitment,
  Health,
  HealthStatus,
  HealthThresholds,
  HealthWeights,
  IsoDate,
  OpportunityFacts,
  PlanAssessment,
  PlanInfo,
  PlanProblem,
  PlanRisk,
  PlanStakeholder,
  PlanStatus,
  PlanStep,
  ProblemCode,
  ProposedChange,
  ReviewCadence,
  RiskLevel,
  RiskStatus,
  ScheduleOptions,
  ScheduleResult,
  ScheduledStep,
  Side,
  StepChange,
  StepChangeCause,
  StepFacts,
  StepRef,
  StepStatus,
  TemplateStepSpec,
  Visibility
} from './types';
export {
  addBusinessDays,
  addDays,
  dayOfWeek,
  daysBetween,
  daysInMonth,
  fromDay,
  isValidIsoDate,
  isWeekend,
  nextWeekday,
  parseIsoDate,
  previousWeekday,
  toDay,
  todayIn
} from './dates';
export {
  DEFAULT_HEALTH_WEIGHTS,
  DEFAULT_THRESHOLDS,
  resolveHealthWeights,
  resolveThresholds
} from './thresholds';
export { COUNTED_AT_MOST, HIGH_RISK_SEVERITY, isOpenRisk, riskSeverity } from './coverage';
export { PENALTIES, STATUS_SCORE_CAP, statusRank } from './health';
export { assessPlan, isPostSaleStep, isSignatureStep } from './assess';
export { proposeChange } from './cascade';
export { planSlip, type SideSlip, type SlipAttribution } from './slip';
export { scheduleTemplate } from './schedule';
export { validatePlan } from './validation';
export { COUNTING_ORDER, countsOver, planThatCounts, type PlanCandidate } from './planThatCounts';
export {
  DEFAULT_FORECAST_WEIGHTS,
  forecastWeight,
  planAdjustedAmount,
  resolveForecastWeights,
  type ForecastWeights,
  type PlanAdjustedInput
} from './forecast';
export { closesAfterFiscalQuarter, fiscalQuarterEnd, resolveFiscalYearStartMonth } from './fiscal';
