import { errorMessages } from './labels.ts';

/**
 * What a rep reads when the plan cannot be read or saved: the sentences of PlanErrors.cls, read from
 * the same Custom Labels, so the preview shows what the org shows. An ApexError reaches the component the way an
 * AuraHandledException does (HTTP 400, `{message}`).
 */
export class ApexError extends Error {}

/** The message keys PlanErrors.cls knows (its constants, NO_PLAN_YET → noPlanYet). */
export const MESSAGE_KEYS = [
  'noPermission',
  'noReadPermission',
  'locked',
  'changedByOthers',
  'stepDeleted',
  'stakeholderDeleted',
  'planDeleted',
  'unreadableChange',
  'noOpportunity',
  'noPlanYet',
  'unknownKey',
  'duplicateKey',
  'dependencyCycle',
  'otherPlanDependency',
  'tooManyRows',
  'statusChangeNotAllowed',
  'oneActivePlan',
  'abandonReasonRequired',
  'noRecord',
  'planNotFound',
  'opportunityNotFound',
  'unexpected',
  'unexpectedRead',
  'buyerUpdateNotFound',
  'buyerUpdateNotPending',
  'buyerResolutionNotValid',
  'buyerDateNotChanged',
  'buyerStepNotAdded',
  'buyerNoteTooLong',
  'buyerRoomNotSetUp',
  'sharePlanAbandoned',
  'shareStakeholderCount',
  'shareNotBuyer',
  'shareNoEmail',
  'shareExpiry',
  'shareNoteTooLong',
  'shareNotFound',
  'riskTitleRequired',
  'riskTitleTooLong',
  'riskValueNotValid',
  'riskOwnerNotInPlan',
  'riskStepNotInPlan',
  'riskDeleted',
  'reviewNoteTooLong'
] as const;

export type MessageKey = (typeof MESSAGE_KEYS)[number];

/** The sentences, read once from the Custom Labels PlanErrors.cls reads (labels.ts). */
export const MESSAGES: Readonly<Record<MessageKey, string>> = errorMessages(MESSAGE_KEYS);

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
    throw new ApexError(fillMessage(saving ? MESSAGES.unexpected : MESSAGES.unexpectedRead, [detail]));
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
