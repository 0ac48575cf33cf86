/**
 * planEmptyState — presentational. What the record page shows when the opportunity has no plan: what a
 * mutual action plan is, and the two ways to start one (from a template, or blank). A blank plan is
 * named and dated by the rep first: "Start a blank plan" opens a small form (name, go-live date,
 * checked by the view model's checkBlankPlan) whose Create emits. Users who cannot edit the
 * opportunity see that there is no plan yet and who can create one.
 *
 * Emits `choosetemplate` (no detail) and `startblank` { name, goLiveDate } (BlankPlanDetails).
 */
import { LightningElement, api } from 'lwc';
import type { IsoDate } from 'c/planEngine';
import {
  blankPlanDetails,
  checkBlankPlan,
  defaultGoLiveDate,
  type BlankPlanCheck,
  type BlankPlanDetails
} from 'c/planViewModel';
import { LABELS, format } from 'c/planLabels';

/** What `startblank` carries. */
export type StartBlankDetail = BlankPlanDetails;

export default class PlanEmptyState extends LightningElement {
  @api opportunityName = '';
  @api canEdit = false;
  /** Today in the user's time zone: the go-live date may not be before it. */
  @api today: IsoDate | null = null;
  /** The opportunity's close date: the go-live date offered is 30 days after it. */
  @api closeDate: IsoDate | null = null;
  /** A save is under way: Create waits. */
  @api disabled = false;

  blankOpen = false;
  enteredName = '';
  /** The date the rep typed; null while they have not touched it (the default applies). */
  enteredDate: string | null = null;
  /** Create was pressed: the form's problems are shown from then on, never before. */
  attempted = false;
  /** The name field took focus once since the form opened (a re-render does not take it again). */
  private focusedForm = false;

  readonly labels = LABELS;

  get heading(): string {
    return this.opportunityName ? format(LABELS.emptyHeadingFor, this.opportunityName) : LABELS.emptyHeading;
  }

  get goLiveDate(): string {
    return this.enteredDate ?? defaultGoLiveDate(this.closeDate, this.today) ?? '';
  }

  get check(): BlankPlanCheck {
    return checkBlankPlan({ name: this.enteredName, goLiveDate: this.goLiveDate }, this.today);
  }

  get errorItems(): { key: string; text: string }[] {
    if (!this.attempted) return [];
    const { nameError, goLiveError } = this.check;
    return [
      { key: 'name', text: nameError },
      { key: 'goLive', text: goLiveError }
    ].filter((item) => item.text !== '');
  }

  get hasErrors(): boolean {
    return this.errorItems.length > 0;
  }

  handleChooseTemplate(): void {
    this.dispatchEvent(new CustomEvent('choosetemplate'));
  }

  handleStartBlank(): void {
    this.blankOpen = true;
    this.attempted = false;
  }

  override renderedCallback(): void {
    if (!this.blankOpen || this.focusedForm) return;
    const field = this.template?.querySelector<HTMLElement>('[data-field="name"]');
    if (!field) return;
    this.focusedForm = true;
    field.focus();
  }

  handleNameChange(event: CustomEvent<{ value: string | null }>): void {
    this.enteredName = event.detail.value ?? '';
  }

  handleDateChange(event: CustomEvent<{ value: string | null }>): void {
    this.enteredDate = event.detail.value ?? '';
  }

  handleCreate(): void {
    if (this.disabled) return;
    this.attempted = true;
    if (!this.check.isValid) {
      // Drawn on the next render: focus goes to the list of problems once it is there.
      Promise.resolve()
        .then(() => this.template?.querySelector<HTMLElement>('[data-id="blank-errors"]')?.focus())
        .catch(() => undefined);
      return;
    }
    const detail: StartBlankDetail = blankPlanDetails(this.enteredName, this.goLiveDate);
    this.dispatchEvent(new CustomEvent('startblank', { detail }));
  }

  handleCancel(): void {
    this.blankOpen = false;
    this.focusedForm = false;
    this.attempted = false;
    Promise.resolve()
      .then(() => this.template?.querySelector<HTMLElement>('lightning-button.start-blank')?.focus())
      .catch(() => undefined);
  }
}
