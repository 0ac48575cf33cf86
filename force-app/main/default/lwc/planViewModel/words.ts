/** Picklist values and the words and dates a rep reads (c/planViewModel). */
import type { IsoDate, PlanStatus, StepStatus } from 'c/planEngine';

/** A lifecycle move the plan header offers. */
export type PlanAction = 'activate' | 'complete' | 'reopen' | 'abandon';
/** The plan's own words the header shows and edits. */
export type PlanDetailField = 'objective' | 'successCriteria' | 'valueSummary';
import {
  PHASE_OPTIONS,
  SIDE_OPTIONS,
  STEP_STATUS_OPTIONS,
  compiledOptions,
  formatDate as formatCalendarDate,
  type PicklistOption
} from 'c/planFormat';
import { LABELS, format } from 'c/planLabels';

export type Option = PicklistOption;

/** Plan_Step__c.Status__c values (the options c/planFormat offers). */
export const STEP_STATUSES = STEP_STATUS_OPTIONS.map((option) => option.value) as readonly StepStatus[];
/** Plan_Step__c.Phase__c values, in plan order (the options c/planFormat offers). */
export const PHASES: readonly string[] = PHASE_OPTIONS.map((option) => option.value);

export const STATUS_OPTIONS: readonly Option[] = STEP_STATUS_OPTIONS;
export { PHASE_OPTIONS, SIDE_OPTIONS };
/** Plan_Step__c.Commitment__c, as compiled (the page offers optionsFor('Plan_Step__c.Commitment__c')). */
export const COMMITMENT_OPTIONS: readonly Option[] = compiledOptions('Plan_Step__c.Commitment__c');

/** Plan_Step__c.Visibility__c, as compiled (the page offers optionsFor('Plan_Step__c.Visibility__c')). */
export const VISIBILITY_OPTIONS: readonly Option[] = compiledOptions('Plan_Step__c.Visibility__c');

/** Longest plan name (Mutual_Action_Plan__c.Name is Text(80)). */
export const PLAN_NAME_MAX = 80;

/** Longest abandon reason (Mutual_Action_Plan__c.Abandon_Reason__c is a 255-character text area). */
export const ABANDON_REASON_MAX = 255;
/** Longest objective, success criteria and value summary (long text areas of 4,000 characters). */
export const PLAN_DETAIL_MAX = 4000;

/** Longest note on a buyer's proposal accepted or declined (Plan_Buyer_Action__c.Resolution_Note__c). */
export const RESOLUTION_NOTE_MAX = 255;
/** Longest line a rep adds to the email that carries a buyer link (ShareRequest.note). */
export const SHARE_NOTE_MAX = 1000;
/** Most buyers one share request makes links for (ShareRequest.stakeholderIds). */
export const SHARE_RECIPIENTS_MAX = 20;

/**
 * What each plan status means to a rep, under the status in the plan header. The plan header's words
 * are Custom Labels (Plan_Header_…), read each time (getters), so a label changed in a test shows.
 */
export const PLAN_STATUS_HELP: Readonly<Record<PlanStatus, string>> = {
  get Draft() {
    return LABELS.headerStatusDraftHelp;
  },
  get Active() {
    return LABELS.headerStatusActiveHelp;
  },
  get Completed() {
    return LABELS.headerStatusCompletedHelp;
  },
  get Abandoned() {
    return LABELS.headerStatusAbandonedHelp;
  }
};

/** The plan header's lifecycle actions: button label, and what the button does, for its title. */
export const PLAN_ACTION_WORDS: Readonly<Record<PlanAction, { label: string; description: string }>> = {
  get activate() {
    return { label: LABELS.headerActivate, description: LABELS.headerActivateHelp };
  },
  get complete() {
    return { label: LABELS.headerComplete, description: LABELS.headerCompleteHelp };
  },
  get reopen() {
    return { label: LABELS.headerReopen, description: LABELS.headerReopenHelp };
  },
  get abandon() {
    return { label: LABELS.headerAbandon, description: LABELS.headerAbandonHelp };
  }
};

/** The plan fields the header shows and edits, with their labels and help (the fields' own help text). */
export const PLAN_DETAIL_FIELDS: readonly { field: PlanDetailField; label: string; help: string }[] = [
  {
    field: 'objective',
    get label() {
      return LABELS.headerObjective;
    },
    get help() {
      return LABELS.headerObjectiveHelp;
    }
  },
  {
    field: 'successCriteria',
    get label() {
      return LABELS.headerSuccessCriteria;
    },
    get help() {
      return LABELS.headerSuccessCriteriaHelp;
    }
  },
  {
    field: 'valueSummary',
    get label() {
      return LABELS.headerValueSummary;
    },
    get help() {
      return LABELS.headerValueSummaryHelp;
    }
  }
];

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

/**
 * A moment (an ISO datetime) as a rep reads it: 'Nov 28, 2026' or, with `withTime`,
 * 'Nov 28, 2026, 3:30 PM'; in `timeZone` (the browser's when not given). '' for no or a bad value.
 */
export function formatDateTime(
  instant: string | null | undefined,
  locale: string = DEFAULT_LOCALE,
  options: { withTime?: boolean; timeZone?: string } = {}
): string {
  const time = instant ? Date.parse(instant) : Number.NaN;
  if (Number.isNaN(time)) return '';
  const clock: Intl.DateTimeFormatOptions = options.withTime ? { hour: 'numeric', minute: '2-digit' } : {};
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    ...clock,
    timeZone: options.timeZone
  }).format(time);
}

/** A title quoted in a sentence ('“Legal redlines”'), or 'an untitled step' (Custom Labels). */
export function quoted(title: string | null | undefined): string {
  return title && title.trim() !== '' ? format(LABELS.wordsQuoted, title.trim()) : LABELS.wordsUntitledStep;
}

/**
 * A count in words from a label pair: countText(3, LABELS.stepListStepsOne, LABELS.stepListStepsMany)
 * is '3 steps' (the one form for 1, the many form with {0} for any other count).
 */
export function countText(count: number, one: string, many: string): string {
  return count === 1 ? one : format(many, count);
}

/** '1 day', '3 days' (a negative count is counted by its size). */
export function daysText(days: number): string {
  const size = Math.abs(days);
  return size === 1 ? LABELS.wordsDaysOne : format(LABELS.wordsDaysMany, size);
}

/** '3 days late' for an engine daysLate above 0; '' otherwise. */
export function lateText(daysLate: number): string {
  if (daysLate <= 0) return '';
  return daysLate === 1 ? LABELS.wordsLateOne : format(LABELS.wordsLateMany, daysLate);
}

/** 'due Dec 3, 2026' inside a sentence, or 'no due date'. */
export function dueText(dueDate: IsoDate | null | undefined, locale: string = DEFAULT_LOCALE): string {
  const text = formatDate(dueDate, locale);
  return text ? format(LABELS.wordsDueOn, text) : LABELS.wordsNoDueDate;
}

/** A sentence followed by the note or reason given ('…: Counsel is away.'); the sentence alone without one. */
export function withNote(sentence: string, note: string | null | undefined): string {
  const text = note?.trim() ?? '';
  return text === '' ? sentence : format(LABELS.wordsWithNote, sentence, text);
}
