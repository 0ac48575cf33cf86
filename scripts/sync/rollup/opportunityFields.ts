import type { PlanAssessment, PlanInfo } from '../engine.ts';
import { truncate, type FieldValue } from '../values.ts';
import { forecastValues, type ForecastFacts } from './forecastFields.ts';

/** The Opportunity fields the roll-up owns, each derived from the engine's assessment. */
export const ROLLUP_FIELDS = [
  'Plan_Status__c',
  'Plan_Health__c',
  'Plan_Health_Score__c',
  'Plan_Health_Reasons__c',
  'Plan_Percent_Complete__c',
  'Plan_Overdue_Steps__c',
  'Plan_Overdue_Buyer_Steps__c',
  'Plan_Next_Step__c',
  'Plan_Next_Step_Due_Date__c',
  'Plan_Projected_Close_Date__c',
  'Plan_Slip_Days__c',
  'Plan_Buyer_Slip_Days__c',
  'Plan_Seller_Slip_Days__c',
  'Plan_Buyer_Commitment__c',
  'Plan_Adjusted_Amount__c',
  'Plan_Close_After_Quarter__c',
  'Plan_Open_Risk_Count__c'
] as const;

/** Written with the values above, only when one of them changes. */
export const LAST_ROLLUP_FIELD = 'Plan_Last_Rollup__c';

export function rollupValues(
  assessment: PlanAssessment,
  plan: PlanInfo | null,
  writeStandardNextStep: boolean,
  forecast: ForecastFacts
): Record<string, FieldValue> {
  const hasPlan = plan !== null;
  const next = hasPlan ? assessment.nextStep : null;
  const values: Record<string, FieldValue> = {
    // The status of the plan that counts: a report tells "Draft plan" from "No plan" (null).
    Plan_Status__c: plan?.status ?? null,
    Plan_Health__c: assessment.health.status,
    Plan_Health_Score__c: hasPlan ? assessment.health.score : null,
    Plan_Health_Reasons__c:
      assessment.health.reasons.length > 0 ? truncate(assessment.health.reasons.join('\n'), 4000) : null,
    Plan_Percent_Complete__c: hasPlan ? assessment.percentComplete : null,
    Plan_Overdue_Steps__c: hasPlan ? assessment.overdueCount : null,
    Plan_Overdue_Buyer_Steps__c: hasPlan ? assessment.overdueBuyerCount : null,
    Plan_Next_Step__c: next ? truncate(next.title, 255) : null,
    Plan_Next_Step_Due_Date__c: next?.dueDate ?? null,
    Plan_Projected_Close_Date__c: hasPlan ? assessment.projectedCloseDate : null,
    Plan_Slip_Days__c: hasPlan ? assessment.slipDays : null,
    // Slip each side caused against the baselines (a push counted once, where it started).
    Plan_Buyer_Slip_Days__c: hasPlan ? assessment.buyerSlipDays : null,
    Plan_Seller_Slip_Days__c: hasPlan ? assessment.sellerSlipDays : null,
    Plan_Buyer_Commitment__c: hasPlan ? assessment.buyerCommitmentPercent : null,
    ...forecastValues(assessment, plan, forecast),
    Plan_Open_Risk_Count__c: hasPlan ? assessment.openRiskCount : null
  };
  // The standard NextStep is a rep's own text too: overwrite it only with a plan's next step, never blank it.
  if (writeStandardNextStep && next) values.NextStep = truncate(next.title, 255);
  return values;
}
