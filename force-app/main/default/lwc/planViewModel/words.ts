/** Picklist values and the words and dates a rep reads (c/planViewModel). */
import { isValidIsoDate, type IsoDate, type Side, type StepStatus } from 'c/planEngine';

export interface Option {
  label: string;
  value: string;
}

export const STEP_STATUSES: readonly StepStatus[] = [
  'Not Started',
  'In Progress',
  'Blocked',
  'Done',
  'Skipped'
];
export const SIDES: readonly Side[] = ['Buyer', 'Seller', 'Joint'];
export const PHASES: readonly string[] = [
  'Discovery',
  'Evaluation',
  'Business Case',
  'Technical Validation',
  'Security and Legal',
  'Procurement',
  'Signature',
  'Onboarding',
  'Adoption'
];
export const VISIBILITIES: readonly ('Shared' | 'Internal')[] = ['Shared', 'Internal'];

const toOptions = (values: readonly string[]): Option[] => values.map((value) => ({ label: value, value }));
export const STATUS_OPTIONS: readonly Option[] = toOptions(STEP_STATUSES);
export const SIDE_OPTIONS: readonly Option[] = toOptions(SIDES);
export const PHASE_OPTIONS: readonly Option[] = toOptions(PHASES);
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
  if (!date || !isValidIsoDate(date)) return '';
  const [year, month, day] = date.split('-').map(Number);
  return new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC'
  }).format(new Date(Date.UTC(year, month - 1, day)));
}

/** '1 day', '3 days'. */
export function dayCount(count: number): string {
  const n = Math.abs(count);
  return `${n} ${n === 1 ? 'day' : 'days'}`;
}

export function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** The engine's messages carry 'YYYY-MM-DD' dates; a rep reads 'Dec 3, 2026'. */
export function wordDates(text: string, locale: string = DEFAULT_LOCALE): string {
  return text.replace(/\b\d{4}-\d{2}-\d{2}\b/g, (date) => formatDate(date, locale) || date);
}

export function quoted(title: string | null | undefined): string {
  return title && title.trim() !== '' ? `“${title.trim()}”` : 'an untitled step';
}
