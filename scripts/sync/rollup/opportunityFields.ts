import type { PlanAssessment } from '../engine.ts';
import { truncate, type FieldValue } from '../values.ts';

/** The Opportunity fields the roll-up owns, each derived from the engine's assessment. */
export const ROLLUP_FIELDS = [
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
  'Plan_Buyer_Commitment__c'
] as const;

/** Written with the values above, only when one of them changes. */
export const LAST_ROLLUP_FIELD = 'Plan_Last_Rollup__c';

export function rollupValues(
  assessment: PlanAssessment,
  hasPlan: boolean,
  writeStandardNextStep: boolean
): Record<string, FieldValue> {
  const next = hasPlan ? assessment.nextStep : null;
  const values: Record<string, FieldValue> = {
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
    Plan_Buyer_Commitment__c: hasPlan ? assessment.buyerCommitmentPercent : null
  };
  // The standard NextStep is a rep's own text too: overwrite it only with a plan's next step, never blank it.
  if (writeStandardNextStep && next) values.NextStep = truncate(next.title, 255);
  return values;
}
