/** Picklist values and the words and dates a rep reads (c/planViewModel). */
import type { IsoDate, StepStatus } from 'c/planEngine';
import {
  PHASE_OPTIONS,
  SIDE_OPTIONS,
  STEP_STATUS_OPTIONS,
  formatDate as formatCalendarDate,
  type PicklistOption
} from 'c/planFormat';

export type Option = PicklistOption;

/** Plan_Step__c.Status__c values (the options c/planFormat offers). */
export const STEP_STATUSES = STEP_STATUS_OPTIONS.map((option) => option.value) as readonly StepStatus[];
/** Plan_Step__c.Phase__c values, in plan order (the options c/planFormat offers). */
export const PHASES: readonly string[] = PHASE_OPTIONS.map((option) => option.value);

export const STATUS_OPTIONS: readonly Option[] = STEP_STATUS_OPTIONS;
export { PHASE_OPTIONS, SIDE_OPTIONS };
export const VISIBILITY_OPTIONS: readonly Option[] = [
  { label: 'Shared with the buyer', value: 'Shared' },
  { label: 'Internal', value: 'Internal' }
];

/** Longest plan name (Mutual_Action_Plan__c.Name is Text(80)). */
export const PLAN_NAME_MAX = 80;

// ---------------------------------------------------------------------------------------------
// Words and dates
// ---------------------------------------------------------------------------------------------

export const DEFAULT_LOCALE = 'en-US';

/** 'Dec 3, 2026' for '2026-12-03'; '' for no date. A calendar day, never shifted by a time zone. */
export function formatDate(date: IsoDate | null | undefined, locale: string = DEFAULT_LOCALE): string {
  return formatCalendarDate(date, 'medium', locale);
}

/** The engine's messages carry 'YYYY-MM-DD' dates; a rep reads 'Dec 3, 2026'. */
export function wordDates(text: string, locale: string = DEFAULT_LOCALE): string {
  return text.replace(/\b\d{4}-\d{2}-\d{2}\b/g, (date) => formatDate(date, locale) || date);
}

export function quoted(title: string | null | undefined): string {
  return title && title.trim() !== '' ? `“${title.trim()}”` : 'an untitled step';
}
