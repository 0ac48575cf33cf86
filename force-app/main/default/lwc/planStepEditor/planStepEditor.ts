/**
 * planStepEditor — a modal editor for adding or editing one step: title, side, owner (a stakeholder
 * of the plan), due date, status, completed date, milestone, phase, deliverable, notes / agenda,
 * depends on, lag, duration, buyer commitment, visibility. An SLDS modal (role dialog, focus kept
 * inside, Escape closes) rather than lightning/modal, whose imperative open() has no Jest stub and
 * cannot emit events to the container. Checks the step with the engine (validatePlan through
 * c/planViewModel validateStep) as the plan would be with it: errors block, warnings are shown.
 * Emits `save` { step: StepDto } and `cancel`; saves nothing itself. Its words are Custom Labels
 * (c/planLabels); its picklist options are the org's (`picklists`, PlanView.picklists) or, before
 * they arrive, the compiled ones (c/planViewModel optionsFor).
 */
import { LightningElement, api } from 'lwc';
import { isValidIsoDate, type IsoDate, type PlanProblem } from 'c/planEngine';
import type { StakeholderDto, StepDto } from 'c/planContract';
import { LABELS, format } from 'c/planLabels';
import {
  dependencyOptions,
  memo,
  optionsFor,
  ownerOptions,
  stakeholderKey,
  stepKey,
  validateStep,
  type Option,
  type Picklists,
  type TextItem
} from 'c/planViewModel';

type Field = keyof StepDto;

const TEXT_FIELDS: readonly Field[] = ['title', 'deliverable', 'notes', 'dueDate', 'completedDate'];
const TITLE_MAX = 80;
const DELIVERABLE_MAX = 255;

function emptyToNull(value: string | null): string | null {
  return value === null || value.trim() === '' ? null : value;
}

export default class PlanStepEditor extends LightningElement {
  /** The step to edit, or a blank one to add (c/planViewModel blankStep). */
  @api step: StepDto | undefined;
  @api mode: 'add' | 'edit' = 'edit';
  /** All steps of the plan (for the dependency list and the engine's check). */
  @api steps: StepDto[] = [];
  @api stakeholders: StakeholderDto[] = [];
  @api planId: string | null = null;
  @api today: IsoDate = '';
  /** The org's picklist options (PlanView.picklists); the compiled ones until they arrive. */
  @api picklists: Picklists | undefined;

  draft: StepDto | undefined;
  /** Messages shown after Save was pressed with something to fix. */
  fieldErrors: string[] = [];
  private attempted = false;
  /** The rep has changed a field: a new step's warnings wait for that (an empty form warns of nothing). */
  private touched = false;
  private focused = false;
  /** The template reads the problems several times a render (errors, warnings, whether there are any). */
  private readonly checked = memo<PlanProblem[]>();

  readonly labels = LABELS;

  get sideOptions(): readonly Option[] {
    return optionsFor('Plan_Step__c.Side__c', this.picklists, this.draft?.side);
  }

  get statusOptions(): readonly Option[] {
    return optionsFor('Plan_Step__c.Status__c', this.picklists, this.draft?.status);
  }

  get visibilityOptions(): readonly Option[] {
    return optionsFor('Plan_Step__c.Visibility__c', this.picklists, this.draft?.visibility);
  }

  get commitmentOptions(): readonly Option[] {
    return optionsFor('Plan_Step__c.Commitment__c', this.picklists, this.draft?.commitment);
  }

  get phaseOptions(): Option[] {
    return [
      { label: LABELS.stepEditorNoPhase, value: '' },
      ...optionsFor('Plan_Step__c.Phase__c', this.picklists, this.draft?.phase)
    ];
  }

  override connectedCallback(): void {
    this.draft = this.step ? { ...this.step } : undefined;
  }

  override renderedCallback(): void {
    if (this.focused) return;
    const first = this.template?.querySelector<HTMLElement>('[data-field="title"]');
    if (first) {
      first.focus();
      this.focused = true;
    }
  }

  get heading(): string {
    if (this.mode === 'add') return LABELS.stepEditorHeadingAdd;
    return this.step?.title
      ? format(LABELS.stepEditorHeadingEdit, this.step.title)
      : LABELS.stepEditorHeadingEditUntitled;
  }

  get saveLabel(): string {
    return this.mode === 'add' ? LABELS.stepEditorSaveAdd : LABELS.stepEditorSaveEdit;
  }

  get ownerOptions(): Option[] {
    return ownerOptions(this.stakeholders);
  }

  get dependencyOptions(): Option[] {
    return dependencyOptions(this.steps, this.draft ? stepKey(this.draft) : '');
  }

  get ownerValue(): string {
    return this.draft?.ownerId ?? this.draft?.ownerKey ?? '';
  }

  get dependencyValue(): string {
    return this.draft?.dependsOnId ?? this.draft?.dependsOnKey ?? '';
  }

  get phaseValue(): string {
    return this.draft?.phase ?? '';
  }

  get sideValue(): string {
    return this.draft?.side ?? '';
  }

  get isDone(): boolean {
    return this.draft?.status === 'Done';
  }

  get lagValue(): string {
    return String(this.draft?.lagDays ?? 0);
  }

  get durationValue(): string {
    return String(this.draft?.durationDays ?? 1);
  }

  /** The engine's findings about this step, as the plan would be with it. */
  get problems(): PlanProblem[] {
    const draft = this.draft;
    if (!draft) return [];
    return this.checked([draft, this.steps, this.planId, this.today], () => {
      const step = this.cleaned(draft);
      // The engine names an untitled step by its key ("step new-step"); a rep reads "This step".
      const named = step.title === '' ? { ...step, title: LABELS.stepEditorThisStep } : step;
      return validateStep(this.steps, named, this.planId, this.today || null);
    });
  }

  get engineErrors(): TextItem[] {
    return this.problems
      .filter((p) => p.severity === 'error')
      .map((p, i) => ({ key: `engine-error-${i}`, text: p.message }));
  }

  get warnings(): TextItem[] {
    return this.problems
      .filter((p) => p.severity === 'warning')
      .map((p, i) => ({ key: `warning-${i}`, text: p.message }));
  }

  get errorItems(): TextItem[] {
    if (!this.attempted) return [];
    return [...this.fieldErrors.map((text, i) => ({ key: `field-error-${i}`, text })), ...this.engineErrors];
  }

  get hasErrors(): boolean {
    return this.errorItems.length > 0;
  }

  get hasWarnings(): boolean {
    if (this.mode === 'add' && !this.touched && !this.attempted) return false;
    return this.warnings.length > 0;
  }

  // ---- editing ---------------------------------------------------------------------------------

  handleChange(event: Event): void {
    if (!this.draft) return;
    const target = event.target as HTMLElement & { type?: string; checked?: boolean };
    const field = target.dataset.field as Field | undefined;
    const detail = (event as CustomEvent<{ value?: unknown; checked?: boolean }>).detail as
      { value?: unknown; checked?: boolean } | undefined;
    if (!field) return;
    const value = typeof detail?.value === 'string' ? detail.value : '';
    const next: StepDto = { ...this.draft };
    switch (field) {
      case 'isMilestone':
        next[field] = detail?.checked ?? target.checked === true;
        break;
      case 'lagDays':
      case 'durationDays':
        next[field] = value.trim() === '' ? Number.NaN : Number(value);
        break;
      case 'ownerId':
        this.setOwner(next, value);
        break;
      case 'dependsOnId':
        this.setDependency(next, value);
        break;
      case 'status':
        next.status = value as StepDto['status'];
        if (value === 'Done' && !next.completedDate) next.completedDate = this.today || null;
        if (value !== 'Done') next.completedDate = null;
        break;
      case 'side':
        next.side = value === '' ? null : (value as StepDto['side']);
        break;
      case 'commitment':
        next.commitment = this.commitmentOptions.some((option) => option.value === value)
          ? (value as StepDto['commitment'])
          : 'Not Asked';
        break;
      case 'visibility':
        next.visibility = this.visibilityOptions.some((option) => option.value === value)
          ? (value as StepDto['visibility'])
          : 'Shared';
        break;
      case 'phase':
        next.phase = emptyToNull(value);
        break;
      default:
        if (TEXT_FIELDS.includes(field)) (next as unknown as Record<string, unknown>)[field] = value;
    }
    this.draft = next;
    this.touched = true;
    if (this.attempted) this.fieldErrors = this.checkFields(next);
  }

  private setOwner(next: StepDto, key: string): void {
    const owner = this.stakeholders.find((s) => stakeholderKey(s) === key);
    next.ownerId = owner?.id ?? null;
    next.ownerKey = owner && !owner.id ? owner.key : null;
    next.ownerName = owner?.name ?? null;
  }

  private setDependency(next: StepDto, key: string): void {
    const predecessor = this.steps.find((s) => stepKey(s) === key);
    next.dependsOnId = predecessor?.id ?? null;
    next.dependsOnKey = predecessor && !predecessor.id ? predecessor.key : null;
  }

  /** The draft as it would be saved: trimmed text, blanks as null. */
  private cleaned(draft: StepDto): StepDto {
    return {
      ...draft,
      title: draft.title.trim(),
      deliverable: emptyToNull(draft.deliverable),
      notes: emptyToNull(draft.notes),
      dueDate: emptyToNull(draft.dueDate),
      completedDate: emptyToNull(draft.completedDate)
    };
  }

  /** What the form itself requires before the engine is asked. */
  private checkFields(draft: StepDto): string[] {
    const errors: string[] = [];
    const step = this.cleaned(draft);
    if (step.title === '') errors.push(LABELS.stepEditorTitleRequired);
    else if (step.title.length > TITLE_MAX) errors.push(format(LABELS.stepEditorTitleTooLong, TITLE_MAX));
    if ((step.deliverable ?? '').length > DELIVERABLE_MAX) {
      errors.push(format(LABELS.stepEditorDeliverableTooLong, DELIVERABLE_MAX));
    }
    if (step.dueDate !== null && !isValidIsoDate(step.dueDate)) errors.push(LABELS.stepEditorDueDateInvalid);
    if (step.status === 'Done' && step.completedDate === null)
      errors.push(LABELS.stepEditorCompletedDateRequired);
    if (!Number.isInteger(step.lagDays)) errors.push(LABELS.stepEditorLagNotWhole);
    if (!Number.isInteger(step.durationDays) || step.durationDays < 0) {
      errors.push(LABELS.stepEditorDurationNotWhole);
    }
    return errors;
  }

  handleSave(): void {
    if (!this.draft) return;
    this.attempted = true;
    this.fieldErrors = this.checkFields(this.draft);
    this.template
      ?.querySelectorAll<HTMLElement & { reportValidity?: () => boolean }>('[data-field]')
      .forEach((input) => {
        if (typeof input.reportValidity === 'function') input.reportValidity();
      });
    if (this.fieldErrors.length > 0 || this.engineErrors.length > 0) {
      this.template?.querySelector<HTMLElement>('[data-id="errors"]')?.focus();
      return;
    }
    this.dispatchEvent(new CustomEvent('save', { detail: { step: this.cleaned(this.draft) } }));
  }

  handleCancel(): void {
    this.dispatchEvent(new CustomEvent('cancel'));
  }

  handleKeyDown(event: KeyboardEvent): void {
    if (event.key === 'Escape') {
      event.stopPropagation();
      this.handleCancel();
    }
  }

  /** Focus wraps inside the dialog: past the last control back to the first, and the other way. */
  handleFocusStart(): void {
    this.template?.querySelector<HTMLElement>('[data-id="save"]')?.focus();
  }

  handleFocusEnd(): void {
    this.template?.querySelector<HTMLElement>('[data-id="close"]')?.focus();
  }
}
