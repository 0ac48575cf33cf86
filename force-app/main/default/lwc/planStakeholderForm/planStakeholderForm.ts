/**
 * planStakeholderForm — presentational. What a rep chooses for a stakeholder being added or edited:
 * side (only when adding, `sideOptions` given), role, influence, stance, signer and veto. Works on
 * its own copy of `draft`; Save / Add sends `save` { draft } with the choices, Cancel sends
 * `cancel`. The stakeholder map places one for the person being edited and one for a person being
 * added; `focusFirstField()` puts the focus in its first field. The role, influence and stance
 * options are the org's (`picklists`, PlanView.picklists), else the compiled ones; a value the
 * stakeholder holds stays offered.
 */
import { LightningElement, api } from 'lwc';
import type { PicklistOption } from 'c/planFormat';
import { LABELS } from 'c/planLabels';
import { optionsFor, withDraftField, type Picklists, type StakeholderDraft } from 'c/planViewModel';

export default class PlanStakeholderForm extends LightningElement {
  /** The form's legend: "Add Dana Whitfield", "Edit Sam Seller". */
  @api heading = '';
  /** The submit button's label. */
  @api submitLabel: string = LABELS.stakeholderFormSave;
  /** The sides to choose from; none: no side field (an edit keeps the side). */
  @api sideOptions: readonly PicklistOption[] | null = null;
  /** The side cannot change (a user is always a seller). */
  @api sideLocked = false;
  /** Why the side is what it is, under the side field. */
  @api sideHelp: string | undefined;
  /** The org's picklist options (PlanView.picklists); none: the compiled ones. */
  @api picklists: Picklists | null = null;

  readonly labels = LABELS;

  /** The choices as they start (copied: the form changes its own copy). */
  @api
  get draft(): StakeholderDraft | null {
    return this.current;
  }
  set draft(value: StakeholderDraft | null) {
    this.current = value ? { ...value } : null;
  }

  current: StakeholderDraft | null = null;

  /** Puts the focus in the first field (the map opens the form for a person's Edit). */
  @api
  focusFirstField(): void {
    this.template?.querySelector<HTMLElement>('lightning-combobox')?.focus();
  }

  get hasSide(): boolean {
    return this.sideOptions !== null && this.sideOptions.length > 0;
  }

  get roleOptions(): readonly PicklistOption[] {
    return optionsFor('Plan_Stakeholder__c.Role__c', this.picklists, this.current?.role);
  }

  get influenceOptions(): readonly PicklistOption[] {
    return optionsFor('Plan_Stakeholder__c.Influence__c', this.picklists, this.current?.influence);
  }

  /** Stance (Champion … Blocker) is the buying committee's toward the deal: not asked of the seller's team. */
  get showStance(): boolean {
    return this.current?.side !== 'Seller';
  }

  get stanceOptions(): readonly PicklistOption[] {
    return optionsFor('Plan_Stakeholder__c.Stance__c', this.picklists, this.current?.stance);
  }

  handleChange(event: CustomEvent<{ value?: string | null; checked?: boolean }>): void {
    if (!this.current) return;
    const field = (event.currentTarget as HTMLElement | null)?.dataset.field;
    this.current = withDraftField(this.current, { field, ...event.detail }, this.picklists);
  }

  handleSave(): void {
    if (!this.current) return;
    this.dispatchEvent(new CustomEvent('save', { detail: { draft: { ...this.current } } }));
  }

  handleCancel(): void {
    this.dispatchEvent(new CustomEvent('cancel'));
  }
}
