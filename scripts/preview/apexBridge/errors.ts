/**
 * What a rep reads when the plan cannot be read or saved: the sentences of PlanErrors.cls, so the
 * preview shows what the org shows. An ApexError reaches the component the way an
 * AuraHandledException does (HTTP 400, `{message}`).
 */
export class ApexError extends Error {}

export const MESSAGES = {
  noPermission:
    "You don't have permission to change this plan. Ask your Salesforce admin for the Mutual Action Plans User permission set.",
  locked: 'Someone else is saving this plan right now. Try again in a moment.',
  changedByOthers: 'This plan was changed by someone else since you opened it. Reload to see their changes.',
  stepDeleted: 'A step you changed was deleted by someone else. Reload the plan.',
  stakeholderDeleted: 'A stakeholder you changed was removed by someone else. Reload the plan.',
  planDeleted: 'This plan was deleted by someone else. Reload the page.',
  unreadableChange: 'Your changes could not be read, so nothing was saved. Reload the plan and try again.',
  noOpportunity:
    'Your changes do not name an opportunity, so nothing was saved. Reload the page and try again.',
  noPlanYet: 'Create the plan before adding steps or stakeholders: pick a template or start a blank plan.',
  unknownKey:
    'A step refers to a new step or stakeholder that is not part of this change. Reload the plan and try again.',
  duplicateKey: 'Two new rows in this change have the same temporary key. Reload the plan and try again.',
  statusChangeNotAllowed:
    'A plan cannot go from {0} to {1}. Reload the plan and use the actions in its header.',
  oneActivePlan:
    'This opportunity already has an active plan. Complete or abandon that plan before you activate this one.',
  abandonReasonRequired: 'Give a reason for abandoning the plan, so your team knows why it stopped.',
  dependencyCycle:
    'These steps depend on each other in a loop, so none of them could ever start: {0}. Clear Depends On on one of them, then save again.',
  otherPlanDependency:
    '{0} depends on a step that is not in this plan. Pick a step from this same plan in Depends On, or clear the field.',
  tooManyRows:
    'This change adds, edits or removes {0} steps and stakeholders, more than the {1} one save can take. Make the change in smaller parts.',
  noRecord: 'Open an opportunity or a mutual action plan to see its plan.',
  planNotFound: "This plan no longer exists, or you don't have access to it.",
  opportunityNotFound: "This opportunity no longer exists, or you don't have access to it.",
  unexpected:
    'The plan could not be saved because of an unexpected error. Try again, and tell your Salesforce admin if it keeps happening: ',
  unexpectedRead:
    'The plan could not be loaded because of an unexpected error. Reload the page, and tell your Salesforce admin if it keeps happening: '
} as const;

/** A sentence with placeholders ({0}, {1}, …) filled in, as PlanErrors.fill (String.format) does. */
export function fillMessage(template: string, values: readonly string[]): string {
  return template.replace(/\{(\d+)\}/g, (placeholder, index: string) => values[Number(index)] ?? placeholder);
}

/** What PlanController's catch blocks do: a known sentence as it is, anything else behind the generic one. */
export async function asApexError<T>(work: () => Promise<T>, saving: boolean): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof ApexError) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    throw new ApexError(`${saving ? MESSAGES.unexpected : MESSAGES.unexpectedRead}${detail}`);
  }
}

const ACCESS_CODES = new Set([
  'INSUFFICIENT_ACCESS_OR_READONLY',
  'INSUFFICIENT_ACCESS_ON_CROSS_REFERENCE_ENTITY'
]);

/** The sentence for a record error the org reported during a save (PlanErrors.dmlMessage). */
export function messageForRecordError(statusCode: string, message: string): string {
  if (statusCode === 'UNABLE_TO_LOCK_ROW') return MESSAGES.locked;
  if (ACCESS_CODES.has(statusCode)) return MESSAGES.noPermission;
  if (statusCode === 'ENTITY_IS_DELETED') return MESSAGES.stepDeleted;
  return message;
}
