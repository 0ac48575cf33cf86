import type { PlanView } from '../../../force-app/main/default/lwc/planContract/planContract.ts';
import { addDays, type IsoDate } from '../../planEngine.ts';
import { SalesforceApiError } from '../../salesforce/errors.ts';
import { ApexError, MESSAGES, fillMessage, messageForRecordError } from './errors.ts';
import { getPlan } from './readPlan.ts';
import { isId, soqlString, text, type Row } from './records.ts';
import type { BridgeSession } from './session.ts';

/**
 * PlanController.markReviewed, as PlanReviewService.cls does it: the last review is today with the
 * rep's note (at most MAX_NOTE_LENGTH characters), the next one today + the plan's cadence (Weekly 7
 * days, Every Two Weeks 14, Monthly the same day next month or that month's last day); none without
 * a cadence. Refused for a user who may not edit plans or this plan, and for a plan that is gone.
 */
export const MAX_NOTE_LENGTH = 255;

/** Date.addMonths(1) in Apex: the same day next month, or the last day of a shorter month. */
export function nextMonth(date: IsoDate): IsoDate {
  const [year, month, day] = date.split('-').map(Number);
  const target = new Date(Date.UTC(year, month, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

/** PlanReviewService.nextReview: the next review after a review on `reviewed`. */
export function nextReview(cadence: string | null, reviewed: IsoDate): IsoDate | null {
  switch (cadence) {
    case 'Weekly':
      return addDays(reviewed, 7);
    case 'Every Two Weeks':
      return addDays(reviewed, 14);
    case 'Monthly':
      return nextMonth(reviewed);
    default:
      return null;
  }
}

export async function markReviewed(
  session: BridgeSession,
  planId: unknown,
  note: unknown
): Promise<PlanView> {
  const trimmed = typeof note === 'string' && note.trim() ? note.trim() : null;
  if (trimmed !== null && trimmed.length > MAX_NOTE_LENGTH)
    throw new ApexError(fillMessage(MESSAGES.reviewNoteTooLong, [String(MAX_NOTE_LENGTH)]));
  if (!(await session.canEditPlans())) throw new ApexError(MESSAGES.noPermission);
  const rows = isId(planId)
    ? await session.client.queryAll<Row>(
        `SELECT Id, Opportunity__c, Review_Cadence__c FROM Mutual_Action_Plan__c WHERE Id = ${soqlString(planId)}`
      )
    : [];
  const plan = rows.at(0);
  if (!plan) throw new ApexError(MESSAGES.planNotFound);
  const today = await session.today();
  try {
    await session.client.requestJson('PATCH', `/sobjects/Mutual_Action_Plan__c/${String(plan.Id)}`, {
      Last_Review_Date__c: today,
      Last_Review_Note__c: trimmed,
      Next_Review_Date__c: nextReview(text(plan.Review_Cadence__c), today)
    });
  } catch (error) {
    // The org refuses a user without edit access to the plan (its opportunity's sharing).
    if (error instanceof SalesforceApiError)
      throw new ApexError(
        messageForRecordError(error.errorCode, fillMessage(MESSAGES.unexpected, [error.message]))
      );
    throw error;
  }
  return getPlan(session, String(plan.Id));
}
