/**
 * What a rep reads about a plan: calendar dates, health colours and icons, stance looks, and the
 * picklist options the plan components offer. Pure functions, no rules: every plan rule (overdue,
 * projection, health) comes from c/planEngine. The record page's sentences are Custom Labels
 * (c/planLabels, which fills them with this module's `fill`; day counts, "3 days late", "due …" and
 * a side's label are c/planViewModel's daysText, lateText, dueText and optionLabel).
 *
 * Dates are calendar days ('YYYY-MM-DD'). They are formatted from a Date built in UTC and formatted
 * with timeZone 'UTC', so the day shown is the day stored, whatever the browser's time zone.
 */
import { isValidIsoDate } from 'c/planEngine';
import type { HealthStatus, IsoDate, Side } from 'c/planEngine';

/**
 * medium "10 Dec 2026" · short "10 Dec" · weekday "Thu, 10 Dec 2026" · month "Dec 2026" ·
 * monthShort "Dec" (word order follows the locale).
 */
export type DateStyle = 'medium' | 'short' | 'weekday' | 'month' | 'monthShort';

const DATE_STYLES: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  medium: { day: 'numeric', month: 'short', year: 'numeric' },
  short: { day: 'numeric', month: 'short' },
  weekday: { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' },
  month: { month: 'short', year: 'numeric' },
  monthShort: { month: 'short' }
};

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(style: DateStyle, locale: string | undefined): Intl.DateTimeFormat {
  const cacheKey = `${locale ?? ''}|${style}`;
  let formatter = formatters.get(cacheKey);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { ...DATE_STYLES[style], timeZone: 'UTC' });
    formatters.set(cacheKey, formatter);
  }
  return formatter;
}

/**
 * A calendar date in words, e.g. formatDate('2026-12-10') → "10 Dec 2026" (en-GB) or
 * "Dec 10, 2026" (en-US). `locale` defaults to the runtime's (the user's browser). '' for a value
 * that is not a real 'YYYY-MM-DD' day.
 */
export function formatDate(
  date: IsoDate | null | undefined,
  style: DateStyle = 'medium',
  locale?: string
): string {
  if (!isValidIsoDate(date)) return '';
  const [year, month, day] = date.split('-').map(Number);
  return formatterFor(style, locale).format(new Date(Date.UTC(year, month - 1, day)));
}

/**
 * A sentence with its {0}, {1}, … replaced by the values, in one pass (a value's own braces stay):
 * how a Custom Label's placeholders are filled, on the record page (c/planLabels format) and in the
 * buyer room alike.
 */
export function fill(template: string, ...values: (string | number)[]): string {
  return template.replace(/\{(\d+)\}/g, (whole, index: string) => {
    const at = Number(index);
    return at < values.length ? String(values[at]) : whole;
  });
}

/** "1 step", "3 steps": a count with its noun; the plural is the noun + "s" unless given. */
export function formatCount(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

/** How a health status looks: its words and the SLDS badge classes that colour them. */
export interface HealthLook {
  label: string;
  /** The classes of an slds-badge span in that status's colour (always shown with `label`). */
  badgeClass: string;
}

const HEALTH_BADGES: Record<HealthStatus, string> = {
  'On Track': 'slds-badge slds-theme_success',
  'At Risk': 'slds-badge slds-theme_warning',
  'Off Track': 'slds-badge slds-theme_error',
  Complete: 'slds-badge slds-theme_info',
  'No Plan': 'slds-badge slds-badge_lightest'
};

/** The look of a health status; an unknown or missing one looks like No Plan. */
export function healthLook(status: HealthStatus | null | undefined): HealthLook {
  if (status && Object.prototype.hasOwnProperty.call(HEALTH_BADGES, status))
    return { label: status, badgeClass: HEALTH_BADGES[status] };
  return { label: status ?? 'No Plan', badgeClass: HEALTH_BADGES['No Plan'] };
}

const SIDE_ICONS: Record<Side, string> = {
  Buyer: 'utility:company',
  Seller: 'utility:user',
  Joint: 'utility:groups'
};

/** A utility icon for a side (shown next to its label, never instead of it). */
export function sideIcon(side: Side | null | undefined): string {
  return side ? SIDE_ICONS[side] : 'utility:help';
}

/** Stakeholder stance (Plan_Stakeholder__c.Stance__c). */
export type Stance = 'Champion' | 'Supporter' | 'Neutral' | 'Skeptic' | 'Blocker' | 'Unknown';

/** How a stance looks: the words, an SLDS badge theme and an icon. */
export interface StanceLook {
  label: string;
  /** An SLDS theme class to add to slds-badge. */
  badgeClass: string;
  iconName: string;
  /** lightning-icon variant that reads on the badge's background: 'inverse' on dark themes, else ''. */
  iconVariant: string;
}

const STANCE_LOOKS: Record<Stance, StanceLook> = {
  Champion: {
    label: 'Champion',
    badgeClass: 'slds-theme_success',
    iconName: 'utility:like',
    iconVariant: 'inverse'
  },
  Supporter: {
    label: 'Supporter',
    badgeClass: 'slds-badge_lightest',
    iconName: 'utility:like',
    iconVariant: ''
  },
  Neutral: { label: 'Neutral', badgeClass: 'slds-badge_lightest', iconName: 'utility:dash', iconVariant: '' },
  Skeptic: {
    label: 'Skeptic',
    badgeClass: 'slds-theme_warning',
    iconName: 'utility:dislike',
    iconVariant: ''
  },
  Blocker: {
    label: 'Blocker',
    badgeClass: 'slds-theme_error',
    iconName: 'utility:ban',
    iconVariant: 'inverse'
  },
  Unknown: {
    label: 'Stance unknown',
    badgeClass: 'slds-badge_lightest',
    iconName: 'utility:help',
    iconVariant: ''
  }
};

/** The look of a stance; null counts as Unknown. */
export function stanceLook(stance: Stance | null | undefined): StanceLook {
  return STANCE_LOOKS[stance ?? 'Unknown'];
}

/** An option of lightning-combobox / lightning-radio-group. */
export interface PicklistOption {
  label: string;
  value: string;
}

function options(values: readonly string[]): PicklistOption[] {
  return values.map((value) => ({ label: value, value }));
}

/**
 * The picklist values the record page offers, as compiled into it: 'Object.Field' → the field's
 * active values in the field's order. The options shown come from the org (PlanView.picklists, read
 * with the running user's language); these are the fallback before the load, and the values the
 * engine's rules name ('Done', 'Buyer', 'Shared', 'Committed', …). `npm run check:metadata` fails
 * when one of these lists differs from its field's XML (values or order).
 */
export const PICKLIST_VALUES = {
  'Plan_Step__c.Status__c': ['Not Started', 'In Progress', 'Blocked', 'Done', 'Skipped'],
  'Plan_Step__c.Phase__c': [
    'Discovery',
    'Evaluation',
    'Business Case',
    'Technical Validation',
    'Security and Legal',
    'Procurement',
    'Signature',
    'Onboarding',
    'Adoption'
  ],
  'Plan_Step__c.Side__c': ['Buyer', 'Seller', 'Joint'],
  'Plan_Step__c.Visibility__c': ['Shared', 'Internal'],
  'Plan_Step__c.Commitment__c': ['Not Asked', 'Asked', 'Committed', 'Declined'],
  'Plan_Stakeholder__c.Role__c': [
    'Economic Buyer',
    'Champion',
    'Decision Maker',
    'Technical Evaluator',
    'Legal',
    'Procurement',
    'Security',
    'Influencer',
    'Executive Sponsor',
    'End User',
    'Account Executive',
    'Sales Engineer',
    'Customer Success Manager',
    'Implementation Lead',
    'Other'
  ],
  'Plan_Stakeholder__c.Influence__c': ['High', 'Medium', 'Low'],
  'Plan_Stakeholder__c.Stance__c': ['Champion', 'Supporter', 'Neutral', 'Skeptic', 'Blocker', 'Unknown'],
  'Plan_Stakeholder__c.Side__c': ['Buyer', 'Seller'],
  'Mutual_Action_Plan__c.Review_Cadence__c': ['Weekly', 'Every Two Weeks', 'Monthly'],
  'Plan_Risk__c.Category__c': [
    'Budget',
    'Competition',
    'Legal',
    'Security',
    'Technical',
    'Timeline',
    'Stakeholder',
    'Other'
  ],
  'Plan_Risk__c.Likelihood__c': ['Low', 'Medium', 'High'],
  'Plan_Risk__c.Impact__c': ['Low', 'Medium', 'High'],
  'Plan_Risk__c.Status__c': ['Open', 'Mitigated', 'Closed']
} as const satisfies Readonly<Record<string, readonly string[]>>;

/** A picklist field the record page offers: 'Plan_Step__c.Status__c', …. */
export type PicklistField = keyof typeof PICKLIST_VALUES;

/** Plan_Stakeholder__c.Role__c values (docs/data-model.md). */
export const STAKEHOLDER_ROLES: readonly string[] = PICKLIST_VALUES['Plan_Stakeholder__c.Role__c'];

export const ROLE_OPTIONS: readonly PicklistOption[] = options(STAKEHOLDER_ROLES);
export const INFLUENCE_OPTIONS: readonly PicklistOption[] = options(
  PICKLIST_VALUES['Plan_Stakeholder__c.Influence__c']
);
export const STANCE_OPTIONS: readonly PicklistOption[] = options(
  PICKLIST_VALUES['Plan_Stakeholder__c.Stance__c']
);
export const STAKEHOLDER_SIDE_OPTIONS: readonly PicklistOption[] = options(
  PICKLIST_VALUES['Plan_Stakeholder__c.Side__c']
);
export const SIDE_OPTIONS: readonly PicklistOption[] = options(PICKLIST_VALUES['Plan_Step__c.Side__c']);
export const STEP_STATUS_OPTIONS: readonly PicklistOption[] = options(
  PICKLIST_VALUES['Plan_Step__c.Status__c']
);
/** Plan_Step__c.Phase__c values. */
export const PHASE_OPTIONS: readonly PicklistOption[] = options(PICKLIST_VALUES['Plan_Step__c.Phase__c']);

const compiled = new Map<PicklistField, readonly PicklistOption[]>();

/** The compiled options of a picklist field (each value its own label); the same list on every call. */
export function compiledOptions(field: PicklistField): readonly PicklistOption[] {
  let found = compiled.get(field);
  if (!found) {
    found = options(PICKLIST_VALUES[field]);
    compiled.set(field, found);
  }
  return found;
}
