/**
 * planHeader — presentational. The plan's status with the lifecycle moves that apply to it
 * (Activate, Complete, Reopen, Abandon), and the plan's own words: objective, success criteria and
 * value summary, shown and edited in place. Takes `header` (PlanHeaderView from c/planViewModel,
 * already filtered by the rep's right to edit) and `disabled` (a save is running). A new `header`
 * (the view a load or a save returned) closes any open form.
 *
 * Abandon asks for a reason first. Its field is not `required`: the base component's check on
 * leaving the field would add a message and move the buttons under the rep's pointer mid-click, so
 * the header itself says a reason is missing when Abandon plan is pressed.
 *
 * Emits `planaction` { action, reason } (reason: the abandon reason, else null) and
 * `plandetailssave` { details: { objective, successCriteria, valueSummary } }. Its words are Custom
 * Labels (c/planLabels, Plan_Header_…).
 */
import { LightningElement, api } from 'lwc';
import { LABELS, format } from 'c/planLabels';
import type { PlanAction, PlanDetailField, PlanDetails, PlanHeaderView } from 'c/planViewModel';

interface FieldChange {
  value?: string | null;
}

export default class PlanHeader extends LightningElement {
  readonly labels = LABELS;

  /** Disables the actions and the forms' buttons while a save runs. */
  @api disabled = false;

  @api
  get header(): PlanHeaderView | null {
    return this.current;
  }
  set header(value: PlanHeaderView | null) {
    this.current = value;
    this.editing = false;
    this.abandoning = false;
    this.reason = '';
    this.reasonMissing = false;
  }

  current: PlanHeaderView | null = null;
  editing = false;
  abandoning = false;
  reason = '';
  reasonMissing = false;
  draft: Partial<PlanDetails> = {};
  /** Move the focus into the form that just opened, after the next render. */
  private focusOnRender: string | null = null;

  override renderedCallback(): void {
    if (!this.focusOnRender) return;
    const target = this.template?.querySelector<HTMLElement>(this.focusOnRender);
    this.focusOnRender = null;
    target?.focus();
  }

  get hasHeader(): boolean {
    return this.current !== null;
  }

  get statusText(): string {
    return format(LABELS.headerStatus, this.current?.status ?? '');
  }

  get hasActions(): boolean {
    return (this.current?.actions.length ?? 0) > 0 && !this.abandoning;
  }

  get isAbandoned(): boolean {
    return this.current?.status === 'Abandoned';
  }

  get hasAbandonReason(): boolean {
    return this.isAbandoned && (this.current?.abandonReason ?? '').trim() !== '';
  }

  get abandonReasonText(): string {
    return format(LABELS.headerAbandonedBecause, this.current?.abandonReason ?? '');
  }

  get canEditDetails(): boolean {
    return this.current?.canEdit === true && !this.editing;
  }

  handleAction(event: Event): void {
    const action = (event.currentTarget as HTMLElement | null)?.dataset.action as PlanAction | undefined;
    if (!action || this.disabled) return;
    if (action === 'abandon') {
      this.abandoning = true;
      this.reason = '';
      this.reasonMissing = false;
      this.focusOnRender = '[data-id="abandon-reason"]';
      return;
    }
    this.dispatchEvent(new CustomEvent('planaction', { detail: { action, reason: null } }));
  }

  handleReasonChange(event: CustomEvent<FieldChange>): void {
    this.reason = event.detail.value ?? '';
    if (this.reason.trim() !== '') this.reasonMissing = false;
  }

  handleAbandonConfirm(): void {
    if (this.disabled) return;
    const reason = this.reason.trim();
    if (reason === '') {
      this.reasonMissing = true;
      return;
    }
    this.dispatchEvent(new CustomEvent('planaction', { detail: { action: 'abandon', reason } }));
  }

  handleAbandonCancel(): void {
    this.abandoning = false;
    this.reasonMissing = false;
    // The form closes: the focus goes back to the Abandon button that opened it.
    this.focusOnRender = 'lightning-button[data-action="abandon"]';
  }

  handleEdit(): void {
    this.draft = {};
    this.editing = true;
    this.focusOnRender = '[data-field="objective"]';
  }

  handleDetailChange(event: CustomEvent<FieldChange>): void {
    const field = (event.currentTarget as HTMLElement | null)?.dataset.field as PlanDetailField | undefined;
    if (!field) return;
    this.draft = { ...this.draft, [field]: event.detail.value ?? '' };
  }

  handleDetailsSave(): void {
    if (this.disabled || !this.current) return;
    const details: PlanDetails = { objective: null, successCriteria: null, valueSummary: null };
    for (const detail of this.current.details) {
      details[detail.field] = this.draft[detail.field] ?? detail.value;
    }
    this.dispatchEvent(new CustomEvent('plandetailssave', { detail: { details } }));
  }

  handleDetailsCancel(): void {
    this.editing = false;
    this.draft = {};
    this.focusOnRender = 'lightning-button.details-edit';
  }
}
