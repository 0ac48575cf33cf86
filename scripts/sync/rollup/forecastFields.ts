import {
  closesAfterFiscalQuarter,
  planAdjustedAmount,
  type ForecastWeights,
  type OpportunityFacts,
  type PlanAssessment,
  type PlanInfo
} from '../engine.ts';
import type { FieldValue } from '../values.ts';

/** What the forecast fields need beyond the assessment: the deal's own numbers and the org's calendar. */
export interface ForecastFacts {
  opportunity: OpportunityFacts;
  /** Opportunity.Amount, in the opportunity's currency (so is the adjusted amount). */
  amount: number | null;
  weights: ForecastWeights;
  /** Organization.FiscalYearStartMonth (1–12). */
  fiscalYearStartMonth: number;
}

/** The two Opportunity fields a manager forecasts on, from the engine's assessment. */
export function forecastValues(
  assessment: PlanAssessment,
  plan: PlanInfo | null,
  facts: ForecastFacts
): { Plan_Adjusted_Amount__c: FieldValue; Plan_Close_After_Quarter__c: FieldValue } {
  return {
    Plan_Adjusted_Amount__c: planAdjustedAmount(
      {
        amount: facts.amount,
        health: assessment.health.status,
        planStatus: plan?.status ?? null,
        isClosed: facts.opportunity.isClosed,
        isWon: facts.opportunity.isWon
      },
      facts.weights
    ),
    // Without a plan there is no projected close (Plan_Projected_Close_Date__c stays blank).
    Plan_Close_After_Quarter__c: closesAfterFiscalQuarter(
      plan ? assessment.projectedCloseDate : null,
      facts.opportunity.closeDate,
      facts.fiscalYearStartMonth
    )
  };
}
