/**
 * The Risks tab: the plan's risks as rows (open ones first, then by severity, highest first, then by
 * mitigation due date, soonest first), the form's options (owners and linked steps from the plan),
 * and the change sets of adding, editing, closing and reopening a risk. Severity is the engine's
 * (likelihood × impact, Low 1 to High 3, as the Severity__c formula); an open risk of severity 6 or
 * more without a mitigation, and an open risk whose mitigation is past due, are flagged, as the
 * engine counts them in the health.
 */
import {
  HIGH_RISK_SEVERITY,
  isOpenRisk,
  riskSeverity,
  type IsoDate,
  type RiskLevel,
  type RiskStatus
} from 'c/planEngine';
import type { PlanView, RiskDto } from 'c/planContract';
import { PICKLIST_VALUES } from 'c/planFormat';
import { riskKey, stakeholderKey, stepKey } from './engineInputs';
import { emptyChangeSet, pending, type PendingChange } from './pendingChange';
import { optionsFor } from './picklists';
import { formatDate } from './words';

/**
 * Plan_Risk__c picklist values as compiled into the page (c/planFormat, checked against the field
 * XML); the form offers the org's options (optionsFor), and the save checks values against the org's.
 */
export const RISK_CATEGORIES: readonly string[] = PICKLIST_VALUES['Plan_Risk__c.Category__c'];
export const RISK_LEVELS: readonly RiskLevel[] = PICKLIST_VALUES['Plan_Risk__c.Likelihood__c'];
export const RISK_STATUSES: readonly RiskStatus[] = PICKLIST_VALUES['Plan_Risk__c.Status__c'];

export interface RiskOption {
  value: string;
  label: string;
}

export interface RiskRowView {
  key: string;
  title: string;
  category: string;
  likelihood: string;
  impact: string;
  /** likelihood × impact; 0 when either is not set. */
  severity: number;
  /** SLDS badge class of the severity: high (6–9), medium (3–4), low (1–2), none. */
  severityClass: string;
  status: RiskStatus;
  isOpen: boolean;
  /** An open risk of severity 6 or more without a mitigation: a health reason. */
  needsMitigation: boolean;
  mitigation: string;
  ownerName: string;
  stepTitle: string;
  dueLabel: string;
  /** Open, with a mitigation due date before today: a health reason. */
  isOverdue: boolean;
  rowClass: string;
  /** The risk as read, for the form and for closing or reopening it. */
  risk: RiskDto;
}

export interface RisksView {
  rows: RiskRowView[];
  openCount: number;
  owners: RiskOption[];
  steps: RiskOption[];
  categories: RiskOption[];
  /** Likelihood options. */
  levels: RiskOption[];
  impacts: RiskOption[];
  statuses: RiskOption[];
  today: IsoDate;
}

function severityClass(severity: number): string {
  if (severity >= HIGH_RISK_SEVERITY) return 'slds-badge slds-theme_error';
  if (severity >= 3) return 'slds-badge slds-theme_warning';
  return severity > 0 ? 'slds-badge slds-badge_lightest' : 'slds-badge';
}

function hasText(value: string | null): boolean {
  return value !== null && value.trim() !== '';
}

/** Open risks first; then severity, highest first; then mitigation due date, soonest (undated last). */
function compareRows(a: RiskRowView, b: RiskRowView): number {
  if (a.isOpen !== b.isOpen) return a.isOpen ? -1 : 1;
  if (a.severity !== b.severity) return b.severity - a.severity;
  const dueA = a.risk.mitigationDueDate ?? '9999-12-31';
  const dueB = b.risk.mitigationDueDate ?? '9999-12-31';
  if (dueA !== dueB) return dueA < dueB ? -1 : 1;
  return a.title.localeCompare(b.title);
}

export function buildRisks(view: PlanView, locale: string): RisksView {
  const ownerNames = new Map(view.stakeholders.map((s) => [stakeholderKey(s), s.name]));
  const stepTitles = new Map(view.steps.map((s) => [stepKey(s), s.title]));
  const rows = view.risks.map((risk): RiskRowView => {
    const severity = riskSeverity(risk);
    const isOpen = isOpenRisk(risk);
    const isOverdue = isOpen && risk.mitigationDueDate !== null && risk.mitigationDueDate < view.today;
    return {
      key: riskKey(risk),
      title: risk.title,
      category: risk.category ?? '',
      likelihood: risk.likelihood ?? '',
      impact: risk.impact ?? '',
      severity,
      severityClass: severityClass(severity),
      status: risk.status,
      isOpen,
      needsMitigation: isOpen && severity >= HIGH_RISK_SEVERITY && !hasText(risk.mitigation),
      mitigation: risk.mitigation?.trim() ?? '',
      ownerName: risk.ownerStakeholderId ? (ownerNames.get(risk.ownerStakeholderId) ?? '') : '',
      stepTitle: risk.stepId ? (stepTitles.get(risk.stepId) ?? '') : '',
      dueLabel: formatDate(risk.mitigationDueDate, locale),
      isOverdue,
      rowClass: isOpen ? 'slds-hint-parent' : 'slds-hint-parent slds-text-color_weak',
      risk
    };
  });
  rows.sort(compareRows);
  return {
    rows,
    openCount: rows.filter((row) => row.isOpen).length,
    owners: view.stakeholders.map((s) => ({ value: stakeholderKey(s), label: s.name })),
    steps: view.steps.map((s) => ({ value: stepKey(s), label: s.title })),
    categories: [...optionsFor('Plan_Risk__c.Category__c', view.picklists)],
    levels: [...optionsFor('Plan_Risk__c.Likelihood__c', view.picklists)],
    impacts: [...optionsFor('Plan_Risk__c.Impact__c', view.picklists)],
    statuses: [...optionsFor('Plan_Risk__c.Status__c', view.picklists)],
    today: view.today
  };
}

/** A risk the form starts from when one is added. */
export function blankRisk(): RiskDto {
  return {
    id: null,
    key: null,
    title: '',
    category: null,
    likelihood: 'Medium',
    impact: 'Medium',
    ownerStakeholderId: null,
    mitigation: null,
    mitigationDueDate: null,
    status: 'Open',
    stepId: null,
    lastModified: null
  };
}

let newRiskCount = 0;

/** The risk the form sent, added (with a temporary key) or changed: one change set, saved at once. */
export function saveRisk(view: PlanView, risk: RiskDto, locale: string): PendingChange {
  const changeSet = emptyChangeSet(view);
  const isNew = risk.id === null;
  newRiskCount += 1;
  const row: RiskDto = { ...risk, title: risk.title.trim(), key: isNew ? `risk-${newRiskCount}` : null };
  changeSet.risks = { inserts: isNew ? [row] : [], updates: isNew ? [] : [row] };
  return pending({
    kind: isNew ? 'riskAdd' : 'riskEdit',
    title: row.title,
    changeSet,
    successMessage: `${isNew ? 'Risk added' : 'Risk saved'}: ${row.title}.`,
    locale
  });
}

/** A risk closed, reopened or marked mitigated: its status changed, the rest as read. */
export function changeRiskStatus(
  view: PlanView,
  riskId: string,
  status: RiskStatus,
  locale: string
): PendingChange | null {
  const risk = view.risks.find((r) => riskKey(r) === riskId);
  if (!risk || risk.status === status) return null;
  const changeSet = emptyChangeSet(view);
  changeSet.risks = { inserts: [], updates: [{ ...risk, status }] };
  return pending({
    kind: 'riskStatus',
    title: risk.title,
    changeSet,
    successMessage: `Risk ${status === 'Open' ? 'reopened' : status.toLowerCase()}: ${risk.title}.`,
    locale
  });
}
