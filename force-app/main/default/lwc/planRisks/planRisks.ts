/**
 * planRisks — presentational. The Risks tab: the plan's risks (c/planViewModel buildRisks: open ones
 * first, by severity, then by mitigation due date) with likelihood × impact, owner, linked step,
 * mitigation and its due date, a high risk without a mitigation and an overdue mitigation flagged (both
 * are health reasons); an inline form to add or edit a risk (owners and steps from the plan), and
 * Close / Reopen on each row. No Apex: it emits `risksave` {risk} and `riskstatus` {riskId, status}.
 */
import { LightningElement, api } from 'lwc';
import type { RiskDto } from 'c/planContract';
import type { RiskStatus } from 'c/planEngine';
import { blankRisk, type RiskOption, type RiskRowView, type RisksView } from 'c/planViewModel';
import { LABELS, format } from 'c/planLabels';

type RiskField =
  | 'title'
  | 'category'
  | 'likelihood'
  | 'impact'
  | 'ownerStakeholderId'
  | 'stepId'
  | 'mitigation'
  | 'mitigationDueDate'
  | 'status';

const FIELDS: readonly RiskField[] = [
  'title',
  'category',
  'likelihood',
  'impact',
  'ownerStakeholderId',
  'stepId',
  'mitigation',
  'mitigationDueDate',
  'status'
];

interface ShownOption extends RiskOption {
  selected: boolean;
}

interface ShownRow extends RiskRowView {
  severityLabel: string;
  ownerLabel: string;
  stepLabel: string;
  editLabel: string;
  statusActionLabel: string;
  statusActionText: string;
  /** What the row's Close / Reopen button sets. */
  nextStatus: RiskStatus;
}

function isRiskField(value: string | undefined): value is RiskField {
  return FIELDS.some((field) => field === value);
}

export default class PlanRisks extends LightningElement {
  /** What to show (buildRisks). Nothing renders without it. */
  @api risks: RisksView | undefined;
  /** No add, edit, close or reopen (the rep may not change the plan). */
  @api readOnly = false;
  /** A save is running: the buttons wait. */
  @api disabled = false;

  readonly labels = LABELS;
  /** The risk being added or edited; null when the form is closed. */
  draft: RiskDto | null = null;
  formError = '';

  get hasRisks(): boolean {
    return this.risks !== undefined;
  }

  get hasRows(): boolean {
    return (this.risks?.rows.length ?? 0) > 0;
  }

  get canChange(): boolean {
    return !this.readOnly;
  }

  get canAdd(): boolean {
    return !this.readOnly && this.draft === null;
  }

  get openCountLabel(): string {
    return format(LABELS.risksOpenCount, this.risks?.openCount ?? 0);
  }

  get rows(): ShownRow[] {
    return (this.risks?.rows ?? []).map((row) => ({
      ...row,
      severityLabel:
        row.severity > 0
          ? format(LABELS.risksSeverity, row.likelihood, row.impact, row.severity)
          : LABELS.risksNotRated,
      ownerLabel: row.ownerName || LABELS.risksNoOwner,
      stepLabel: row.stepTitle ? format(LABELS.risksLinkedStep, row.stepTitle) : '',
      editLabel: format(LABELS.risksEditLabel, row.title),
      statusActionLabel: format(row.isOpen ? LABELS.risksCloseLabel : LABELS.risksReopenLabel, row.title),
      statusActionText: row.isOpen ? LABELS.risksClose : LABELS.risksReopen,
      nextStatus: row.isOpen ? 'Closed' : 'Open'
    }));
  }

  // ---- the form ----------------------------------------------------------------------------------

  get formOpen(): boolean {
    return this.draft !== null;
  }

  get formHeading(): string {
    return this.draft?.id ? LABELS.risksFormEdit : LABELS.risksFormAdd;
  }

  get isEditing(): boolean {
    return this.draft?.id !== null && this.draft?.id !== undefined;
  }

  get draftTitle(): string {
    return this.draft?.title ?? '';
  }

  get draftMitigation(): string {
    return this.draft?.mitigation ?? '';
  }

  get draftDueDate(): string {
    return this.draft?.mitigationDueDate ?? '';
  }

  private choices(
    options: readonly RiskOption[] | undefined,
    value: string | null,
    blank: boolean
  ): ShownOption[] {
    const shown = (options ?? []).map((option) => ({ ...option, selected: option.value === value }));
    return blank ? [{ value: '', label: LABELS.risksNone, selected: value === null }, ...shown] : shown;
  }

  get categoryOptions(): ShownOption[] {
    return this.choices(this.risks?.categories, this.draft?.category ?? null, true);
  }

  get likelihoodOptions(): ShownOption[] {
    return this.choices(this.risks?.levels, this.draft?.likelihood ?? null, true);
  }

  get impactOptions(): ShownOption[] {
    return this.choices(this.risks?.impacts, this.draft?.impact ?? null, true);
  }

  get ownerOptions(): ShownOption[] {
    return this.choices(this.risks?.owners, this.draft?.ownerStakeholderId ?? null, true);
  }

  get stepOptions(): ShownOption[] {
    return this.choices(this.risks?.steps, this.draft?.stepId ?? null, true);
  }

  get statusOptions(): ShownOption[] {
    return this.choices(this.risks?.statuses, this.draft?.status ?? 'Open', false);
  }

  get hasFormError(): boolean {
    return this.formError !== '';
  }

  handleAdd(): void {
    this.formError = '';
    this.draft = blankRisk();
  }

  handleEdit(event: Event): void {
    const key = (event.currentTarget as HTMLElement).dataset.key;
    const row = this.risks?.rows.find((r) => r.key === key);
    if (!row) return;
    this.formError = '';
    this.draft = { ...row.risk };
  }

  handleField(event: Event): void {
    const target = event.target as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
    const field = target.dataset.field;
    if (!this.draft || !isRiskField(field)) return;
    const value = target.value === '' ? null : target.value;
    this.draft = { ...this.draft, [field]: field === 'title' ? (value ?? '') : value };
    if (field === 'title' && value !== null && value.trim() !== '') this.formError = '';
  }

  handleCancel(): void {
    this.draft = null;
    this.formError = '';
  }

  handleSave(event: Event): void {
    event.preventDefault();
    const risk = this.draft;
    if (!risk) return;
    if (risk.title.trim() === '') {
      this.formError = LABELS.risksTitleRequired;
      return;
    }
    this.draft = null;
    this.dispatchEvent(
      new CustomEvent('risksave', { detail: { risk: { ...risk, title: risk.title.trim() } } })
    );
  }

  handleStatus(event: Event): void {
    const target = event.currentTarget as HTMLElement;
    const riskId = target.dataset.key;
    const status = target.dataset.status;
    if (!riskId || (status !== 'Open' && status !== 'Closed')) return;
    this.dispatchEvent(new CustomEvent('riskstatus', { detail: { riskId, status } }));
  }
}
