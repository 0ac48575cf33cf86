/**
 * Starting a plan: the go-live date offered by default (the template picker's and the blank plan
 * form's), and the blank plan form's check: a plan is named and dated by the rep before it is
 * created, never named by default. The form's words are Custom Labels (c/planLabels, Plan_Blank_…).
 */
import { addDays, isValidIsoDate, type IsoDate } from 'c/planEngine';
import { formatDate } from 'c/planFormat';
import { LABELS, format } from 'c/planLabels';
import { PLAN_NAME_MAX } from './words';

const DAYS_AFTER_CLOSE = 30;
const DAYS_AFTER_TODAY = 90;

/** The close date + 30 days, or today + 90 days without a close date; null without either. */
export function defaultGoLiveDate(
  closeDate: IsoDate | null | undefined,
  today: IsoDate | null | undefined
): IsoDate | null {
  if (isValidIsoDate(closeDate)) return addDays(closeDate, DAYS_AFTER_CLOSE);
  if (isValidIsoDate(today)) return addDays(today, DAYS_AFTER_TODAY);
  return null;
}

/** What the blank plan form holds, and what `startblank` carries once it is valid. */
export interface BlankPlanDetails {
  name: string;
  goLiveDate: IsoDate;
}

/** The form's answer: each field's problem ('' when none) and whether Create may go ahead. */
export interface BlankPlanCheck {
  nameError: string;
  goLiveError: string;
  isValid: boolean;
}

/** Checks the blank plan form: a name (at most 80 characters, trimmed) and a go-live date from today on. */
export function checkBlankPlan(
  draft: { name: string | null | undefined; goLiveDate: string | null | undefined },
  today: IsoDate | null | undefined,
  locale?: string
): BlankPlanCheck {
  const name = (draft.name ?? '').trim();
  const nameError = name === '' ? LABELS.blankNameMissing : '';
  let goLiveError = '';
  if (!isValidIsoDate(draft.goLiveDate)) goLiveError = LABELS.blankGoLiveMissing;
  else if (isValidIsoDate(today) && draft.goLiveDate < today)
    goLiveError = format(LABELS.blankGoLivePast, formatDate(today, 'medium', locale));
  return { nameError, goLiveError, isValid: nameError === '' && goLiveError === '' };
}

/** The details `startblank` carries: the name trimmed to what the field holds. */
export function blankPlanDetails(name: string, goLiveDate: IsoDate): BlankPlanDetails {
  const trimmed = name.trim();
  return {
    name: trimmed.length > PLAN_NAME_MAX ? trimmed.slice(0, PLAN_NAME_MAX).trimEnd() : trimmed,
    goLiveDate
  };
}
