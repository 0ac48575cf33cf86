/**
 * The Risks tab and the review rhythm, for the workspace: a risk saved or closed and a cadence picked
 * become one PendingChange each (saved by the workspace like any other action, so the health shows
 * the new reasons at once); Mark reviewed is its own Apex call (markReviewed), turned into the fresh
 * view and a toast. Also the views the workspace hands to c-plan-risks, c-plan-review and the health
 * summary.
 */
import markReviewed from '@salesforce/apex/PlanController.markReviewed';
import type { ShowToastEventInit } from 'lightning/platformShowToastEvent';
import type { PlanView, RiskDto } from 'c/planContract';
import type { ReviewCadence, RiskStatus } from 'c/planEngine';
import { errorSentence } from 'c/planErrors';
import recorded from '@salesforce/label/c.Plan_Review_Recorded';
import recordedNext from '@salesforce/label/c.Plan_Review_Recorded_Next';
import recordedNoNext from '@salesforce/label/c.Plan_Review_Recorded_No_Next';
import notRecorded from '@salesforce/label/c.Plan_Review_Not_Recorded';
import {
  buildHealthHistory,
  buildReview,
  buildRisks,
  changeReviewCadence,
  changeRiskStatus,
  formatDate,
  optionsFor,
  saveRisk,
  type HealthChangeView,
  type PendingChange,
  type ReviewView,
  type RisksView
} from 'c/planViewModel';
import { detailOf, stringOf } from './eventDetails';

export interface RiskViews {
  risks: RisksView | undefined;
  review: ReviewView | null;
  history: HealthChangeView[];
}

export function riskViews(view: PlanView, locale: string): RiskViews {
  return {
    risks: view.plan ? buildRisks(view, locale) : undefined,
    review: buildReview(view, locale),
    history: buildHealthHistory(view, locale)
  };
}

/**
 * c-plan-risks' risksave {risk} or riskstatus {riskId, status}, or c-plan-review's plancadence
 * {cadence}, as one change; null when there is nothing to save.
 */
export function riskChange(view: PlanView, event: Event, locale: string): PendingChange | null {
  const detail = detailOf(event);
  if (event.type === 'plancadence') return cadenceChange(view, event, locale);
  if (event.type === 'risksave') {
    const risk = detail.risk as RiskDto | undefined;
    return risk ? saveRisk(view, risk, locale) : null;
  }
  const status = stringOf(detail.status);
  if (status !== 'Open' && status !== 'Closed' && status !== 'Mitigated') return null;
  return changeRiskStatus(view, stringOf(detail.riskId), status satisfies RiskStatus, locale);
}

/** c-plan-review's plancadence {cadence}: the plan header saved with its new cadence. */
function cadenceChange(view: PlanView, event: Event, locale: string): PendingChange | null {
  const cadence = detailOf(event).cadence;
  const cadences = optionsFor('Mutual_Action_Plan__c.Review_Cadence__c', view.picklists);
  if (cadence !== null && !cadences.some((option) => option.value === stringOf(cadence))) return null;
  return changeReviewCadence(view, cadence as ReviewCadence | null, locale);
}

export interface ReviewOutcome {
  /** The view the call returned; null when it failed. */
  view: PlanView | null;
  toast: ShowToastEventInit;
}

/** c-plan-review's planreview {note}: the review recorded on the server, which moves the dates. */
export async function recordReview(view: PlanView, event: Event, locale: string): Promise<ReviewOutcome> {
  const note = detailOf(event).note;
  try {
    const fresh = await markReviewed({
      planId: view.plan?.id ?? '',
      note: typeof note === 'string' ? note : null
    });
    const next = fresh.plan?.nextReviewDate ?? null;
    return {
      view: fresh,
      toast: {
        title: recorded,
        message: next ? recordedNext.replace('{0}', formatDate(next, locale)) : recordedNoNext,
        variant: 'success'
      }
    };
  } catch (error) {
    return { view: null, toast: { title: notRecorded, message: errorSentence(error), variant: 'error' } };
  }
}
