/**
 * The buyer's action forms: what each asks for, and the check of what was typed against the door's
 * limits (BUYER_ROOM_LIMITS) before one act call is made. A form that passes becomes exactly one
 * BuyerActionRequest.
 */
import { addDays, daysBetween, isValidIsoDate, type IsoDate } from 'c/planEngine';
import {
  BUYER_ROOM_LIMITS,
  type BuyerActionRequest,
  type BuyerActionType,
  type BuyerRoomView,
  type BuyerStepDto
} from 'c/buyerRoomContract';
import { planTakesActions, stepActionTypes } from './steps';
import { dayText, fill, type BuyerRoomWords, type WordKey } from './words';

/** What the buyer typed into an open form. Blank fields are ''. */
export interface ActionDraft {
  type: BuyerActionType;
  /** The step acted on; null for a proposed step. */
  stepId: string | null;
  message: string;
  proposedDate: string;
  title: string;
}

/** A sentence per field that is wrong ('' when it is fine), and one for the whole form. */
export interface ActionErrors {
  message: string;
  proposedDate: string;
  title: string;
  form: string;
}

export const NO_ERRORS: ActionErrors = Object.freeze({ message: '', proposedDate: '', title: '', form: '' });

export interface FieldView {
  label: string;
  value: string;
  error: string;
  hasError: boolean;
}

export interface ActionFormView {
  key: string;
  type: BuyerActionType;
  stepId: string | null;
  legend: string;
  /** The reason, comment, note or description field. */
  message: FieldView & { maxLength: number; required: boolean };
  /** The proposed date, or a proposed step's due date. */
  date: (FieldView & { min: IsoDate; max: IsoDate }) | null;
  title: (FieldView & { maxLength: number }) | null;
  formError: string;
  sendLabel: string;
  cancelLabel: string;
}

interface FormShape {
  legend: WordKey;
  message: WordKey;
  messageRequired: boolean;
  date: WordKey | null;
  dateRequired: boolean;
  title: boolean;
}

const SHAPES: Readonly<Record<BuyerActionType, FormShape>> = {
  Done: {
    legend: 'formDone',
    message: 'fieldNote',
    messageRequired: false,
    date: null,
    dateRequired: false,
    title: false
  },
  Committed: {
    legend: 'formCommit',
    message: 'fieldNote',
    messageRequired: false,
    date: null,
    dateRequired: false,
    title: false
  },
  Declined: {
    legend: 'formDecline',
    message: 'fieldReason',
    messageRequired: true,
    date: null,
    dateRequired: false,
    title: false
  },
  'Date Proposed': {
    legend: 'formProposeDate',
    message: 'fieldReason',
    messageRequired: true,
    date: 'fieldProposedDate',
    dateRequired: true,
    title: false
  },
  Comment: {
    legend: 'formComment',
    message: 'fieldMessage',
    messageRequired: true,
    date: null,
    dateRequired: false,
    title: false
  },
  'Step Proposed': {
    legend: 'formProposeStep',
    message: 'fieldDescription',
    messageRequired: false,
    date: 'fieldDueDate',
    dateRequired: false,
    title: true
  }
};

/** Proposals wait for the rep's answer; the other actions are recorded at once. */
export function isProposal(type: BuyerActionType): boolean {
  return type === 'Date Proposed' || type === 'Step Proposed';
}

/** An empty form of the given action. */
export function blankDraft(type: BuyerActionType, stepId: string | null): ActionDraft {
  return { type, stepId: type === 'Step Proposed' ? null : stepId, message: '', proposedDate: '', title: '' };
}

/** The earliest and latest date a proposal may name: today ± maxDateRangeDays. */
export function dateRange(today: IsoDate): { min: IsoDate; max: IsoDate } {
  return {
    min: addDays(today, -BUYER_ROOM_LIMITS.maxDateRangeDays),
    max: addDays(today, BUYER_ROOM_LIMITS.maxDateRangeDays)
  };
}

function field(label: string, value: string, error: string): FieldView {
  return { label, value, error, hasError: error !== '' };
}

/** The open form as drawn: its legend, its fields with what was typed, and their errors. */
export function buildActionForm(
  draft: ActionDraft,
  step: BuyerStepDto | null,
  today: IsoDate,
  words: BuyerRoomWords,
  errors: ActionErrors = NO_ERRORS,
  locale?: string
): ActionFormView {
  const shape = SHAPES[draft.type];
  const title = step?.title ?? '';
  return {
    key: `${draft.stepId ?? 'new'}:${draft.type}`,
    type: draft.type,
    stepId: draft.stepId,
    legend: fill(words[shape.legend], title, dayText(step?.dueDate, locale)),
    message: {
      ...field(words[shape.message], draft.message, errors.message),
      maxLength: BUYER_ROOM_LIMITS.maxMessageLength,
      required: shape.messageRequired
    },
    date: shape.date
      ? { ...field(words[shape.date], draft.proposedDate, errors.proposedDate), ...dateRange(today) }
      : null,
    title: shape.title
      ? { ...field(words.fieldTitle, draft.title, errors.title), maxLength: BUYER_ROOM_LIMITS.maxTitleLength }
      : null,
    formError: errors.form,
    sendLabel: words.send,
    cancelLabel: words.cancel
  };
}

function checkLength(text: string, max: number, words: BuyerRoomWords): string {
  return text.length > max ? fill(words.tooLong, max) : '';
}

function checkDate(
  value: string,
  required: boolean,
  dueDate: IsoDate | null,
  today: IsoDate,
  words: BuyerRoomWords,
  locale?: string
): string {
  if (value === '') return required ? words.dateRequired : '';
  if (!isValidIsoDate(value)) return words.dateInvalid;
  if (dueDate !== null && value === dueDate) return words.dateUnchanged;
  if (Math.abs(daysBetween(today, value)) > BUYER_ROOM_LIMITS.maxDateRangeDays) {
    const { min, max } = dateRange(today);
    return fill(words.dateOutOfRange, dayText(min, locale), dayText(max, locale));
  }
  return '';
}

/**
 * Checks a form against the door's rules. A step action needs a step the viewer may still take
 * that action on; a reason or message where one is required; at most maxMessageLength characters;
 * a proposed date that is a real day, not the step's due date and within maxDateRangeDays of
 * today; a proposed step's title (at most maxTitleLength). Text is sent trimmed; blank is null.
 */
export function validateAction(
  draft: ActionDraft,
  view: Pick<BuyerRoomView, 'plan' | 'steps' | 'today'>,
  words: BuyerRoomWords,
  locale?: string
): { request: BuyerActionRequest | null; errors: ActionErrors } {
  const shape = SHAPES[draft.type];
  const errors: ActionErrors = { ...NO_ERRORS };
  const proposingStep = draft.type === 'Step Proposed';
  const step = proposingStep ? null : (view.steps.find((s) => s.id === draft.stepId) ?? null);
  const offered = proposingStep
    ? planTakesActions(view)
    : step !== null && stepActionTypes(step, planTakesActions(view)).includes(draft.type);
  if (!offered) errors.form = words.notOffered;

  const message = draft.message.trim();
  if (message === '' && shape.messageRequired) {
    errors.message = shape.message === 'fieldReason' ? words.reasonRequired : words.messageRequired;
  } else {
    errors.message = checkLength(message, BUYER_ROOM_LIMITS.maxMessageLength, words);
  }

  const proposedDate = draft.proposedDate.trim();
  if (shape.date) {
    const dueDate =
      draft.type === 'Date Proposed' && step && isValidIsoDate(step.dueDate) ? step.dueDate : null;
    errors.proposedDate = checkDate(proposedDate, shape.dateRequired, dueDate, view.today, words, locale);
  }

  const title = draft.title.trim();
  if (shape.title) {
    errors.title =
      title === '' ? words.titleRequired : checkLength(title, BUYER_ROOM_LIMITS.maxTitleLength, words);
  }

  const request: BuyerActionRequest = {
    type: draft.type,
    stepId: proposingStep ? null : draft.stepId,
    message: message === '' ? null : message,
    proposedDate: shape.date && proposedDate !== '' ? proposedDate : null,
    title: shape.title ? title : null
  };
  if (!errors.form && JSON.stringify(request).length > BUYER_ROOM_LIMITS.maxRequestLength) {
    errors.form = words.requestTooLong;
  }
  const valid = Object.values(errors).every((error) => error === '');
  return { request: valid ? request : null, errors };
}
