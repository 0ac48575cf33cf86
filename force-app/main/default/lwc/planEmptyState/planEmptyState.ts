/**
 * planEmptyState — presentational. What the record page shows when the opportunity has no plan: what a
 * mutual action plan is, and the two ways to start one (from a template, or blank). Users who cannot
 * edit the opportunity see that there is no plan yet and who can create one.
 *
 * Emits `choosetemplate` and `startblank` (no detail).
 */
import { LightningElement, api } from 'lwc';

export default class PlanEmptyState extends LightningElement {
  @api opportunityName = '';
  @api canEdit = false;

  get heading(): string {
    return this.opportunityName
      ? `No mutual action plan for ${this.opportunityName} yet`
      : 'No mutual action plan yet';
  }

  handleChooseTemplate(): void {
    this.dispatchEvent(new CustomEvent('choosetemplate'));
  }

  handleStartBlank(): void {
    this.dispatchEvent(new CustomEvent('startblank'));
  }
}
