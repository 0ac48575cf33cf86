/**
 * planTemplatePicker — presentational. Choose a plan template, the buyer's go-live date (default:
 * the close date + 30 days, or today + 90 without one), whether to skip weekends and, for a new
 * plan, its name, with a live preview of the plan scheduled backwards from go-live by the engine's
 * scheduleTemplate (steps that would fall before today flagged with the engine's own messages) and
 * who each step goes to on this opportunity (`planView`: its stakeholders, contact roles and the
 * admin's role mapping), or why no one. The preview is the rep's one confirmation: Create emits.
 *
 * Emits `templateapply` { template, planName, goLiveDate, skipWeekends, steps } and `cancel`.
 */
import { LightningElement, api } from 'lwc';
import { isValidIsoDate, scheduleTemplate } from 'c/planEngine';
import type { IsoDate, PlanProblem, ScheduleResult } from 'c/planEngine';
import type { PlanView, TemplateDto } from 'c/planContract';
import { formatDate } from 'c/planFormat';
import { LABELS, format } from 'c/planLabels';
import {
  defaultGoLiveDate,
  memo,
  optionLabel,
  ownerPreview,
  type OwnerPreview,
  type TemplateApplication
} from 'c/planViewModel';

/** What `templateapply` carries: the application the plan workspace turns into a change set. */
export type TemplateApplyDetail = TemplateApplication;

/** What the picker reads of the plan view: who the template's owner roles can go to, and the plan. */
export type PickerView = Pick<PlanView, 'opportunity' | 'stakeholders' | 'contactRoles'> &
  Partial<Pick<PlanView, 'plan' | 'roleMappings' | 'picklists'>>;

interface TemplateOption {
  id: string;
  name: string;
  planType: string;
  stepCountText: string;
  /** "Enterprise · 12 steps". */
  metaText: string;
  description: string;
  checked: boolean;
  cardClass: string;
}

interface PreviewRow {
  key: string;
  dueText: string;
  title: string;
  sideText: string;
  isMilestone: boolean;
  inPast: boolean;
  messages: string[];
  rowClass: string;
  ownerName: string;
  ownerDetail: string;
  ownerClass: string;
}

let instanceCount = 0;

/** "1 step", "12 steps". */
function stepCount(count: number): string {
  return count === 1 ? LABELS.templateStepsOne : format(LABELS.templateStepsMany, count);
}

export default class PlanTemplatePicker extends LightningElement {
  readonly labels = LABELS;

  @api templates: TemplateDto[] = [];
  @api today: IsoDate = '';
  @api closeDate: IsoDate | null = null;
  @api loading = false;
  /** The plan view (opportunity, stakeholders, contact roles, role mapping); null: no owner column. */
  @api planView: PickerView | null = null;

  selectedId: string | null = null;
  /** The date the rep typed; null while they have not touched it (the default applies). */
  enteredDate: string | null = null;
  skipWeekends = false;
  /** The name the rep typed; null while they have not touched it (the default applies). */
  enteredName: string | null = null;

  private readonly groupName = `plan-template-${++instanceCount}`;
  /** The template reads the schedule several times a render (preview rows, problems, counts, the button). */
  private readonly scheduled = memo<ScheduleResult | null>();
  private readonly owners = memo<OwnerPreview | null>();

  get hasTemplates(): boolean {
    return this.templates.length > 0;
  }

  get showEmpty(): boolean {
    return !this.loading && !this.hasTemplates;
  }

  get showForm(): boolean {
    return !this.loading && this.hasTemplates;
  }

  get selectedTemplate(): TemplateDto | null {
    return this.templates.find((template) => template.id === this.selectedId) ?? null;
  }

  get templateOptions(): TemplateOption[] {
    return this.templates.map((template) => {
      const checked = template.id === this.selectedId;
      const stepCountText = stepCount(template.steps.length);
      return {
        id: template.id,
        name: template.name,
        planType: template.planType,
        stepCountText,
        metaText: format(LABELS.templateMeta, template.planType, stepCountText),
        description: template.description ?? '',
        checked,
        cardClass: `template-card slds-box slds-box_small${checked ? ' template-card_selected' : ''}`
      };
    });
  }

  get radioName(): string {
    return this.groupName;
  }

  /** The close date + 30 days, or today + 90 days when there is no close date. */
  get defaultGoLiveDate(): IsoDate | null {
    return defaultGoLiveDate(this.closeDate, this.today);
  }

  /** A new plan is named here; a plan already there keeps its name (the template adds steps). */
  get asksPlanName(): boolean {
    return !this.planView?.plan;
  }

  get createLabel(): string {
    return this.asksPlanName ? LABELS.templateCreatePlan : LABELS.templateAddSteps;
  }

  get goLiveDate(): string {
    return this.enteredDate ?? this.defaultGoLiveDate ?? '';
  }

  get isGoLiveValid(): boolean {
    return isValidIsoDate(this.goLiveDate);
  }

  get goLiveHelp(): string {
    const fallback = this.defaultGoLiveDate;
    const text = formatDate(fallback);
    if (isValidIsoDate(this.closeDate))
      return format(LABELS.templateGoLiveHelpClose, formatDate(this.closeDate), text);
    return text ? format(LABELS.templateGoLiveHelpToday, text) : LABELS.templateGoLiveHelpNone;
  }

  get defaultPlanName(): string {
    const template = this.selectedTemplate;
    if (!template) return '';
    // "Enterprise sales" → "Enterprise sales plan"; "Small Deal Plan" stays as it is.
    const name = template.name.trim();
    return /\bplan$/i.test(name) ? name : format(LABELS.templateDefaultName, name);
  }

  get planName(): string {
    return this.enteredName ?? this.defaultPlanName;
  }

  get schedule(): ScheduleResult | null {
    const template = this.selectedTemplate;
    const { goLiveDate, today, skipWeekends } = this;
    return this.scheduled([template, goLiveDate, today, skipWeekends], () => {
      if (!template || !isValidIsoDate(goLiveDate) || !isValidIsoDate(today)) return null;
      return scheduleTemplate(template.steps, goLiveDate, today, { skipWeekends });
    });
  }

  get hasPreview(): boolean {
    return this.schedule !== null;
  }

  /** Who each previewed step goes to, or why no one; null without the plan view. */
  get ownerPreview(): OwnerPreview | null {
    const schedule = this.schedule;
    const view = this.planView;
    return this.owners([schedule, view], () => {
      if (!schedule || !view) return null;
      return ownerPreview(view, schedule.steps);
    });
  }

  get hasOwners(): boolean {
    return this.ownerPreview !== null;
  }

  get ownerColumn(): string {
    return LABELS.templateOwnerColumn;
  }

  get ownersAddedText(): string {
    return this.ownerPreview?.addsText ?? '';
  }

  get unassignedText(): string {
    return this.ownerPreview?.unassignedText ?? '';
  }

  get previewRows(): PreviewRow[] {
    const schedule = this.schedule;
    if (!schedule) return [];
    const byStep = new Map<string, PlanProblem[]>();
    for (const problem of schedule.problems) {
      if (problem.stepId === null) continue;
      const list = byStep.get(problem.stepId) ?? [];
      list.push(problem);
      byStep.set(problem.stepId, list);
    }
    const cells = this.ownerPreview?.cells ?? [];
    return schedule.steps.map((step, i) => {
      const cell = cells.at(i);
      return {
        key: step.key,
        dueText: formatDate(step.dueDate),
        title: step.title,
        sideText:
          optionLabel('Plan_Step__c.Side__c', step.side, this.planView?.picklists) || LABELS.wordsNoSide,
        isMilestone: step.isMilestone,
        inPast: step.inPast,
        messages: (byStep.get(step.key) ?? []).map((problem) => problem.message),
        rowClass: step.inPast ? 'preview-row preview-row_past' : 'preview-row',
        ownerName: cell?.name ?? '',
        ownerDetail: cell?.detail ?? '',
        ownerClass:
          cell && !cell.isAssigned ? 'owner owner_unassigned slds-cell-wrap' : 'owner slds-cell-wrap'
      };
    });
  }

  /** Problems about the whole template (not one step), e.g. an impossible go-live date. */
  get planProblems(): string[] {
    return (this.schedule?.problems ?? [])
      .filter((problem) => problem.stepId === null)
      .map((problem) => problem.message);
  }

  get pastCount(): number {
    return this.schedule?.steps.filter((step) => step.inPast).length ?? 0;
  }

  get pastSummary(): string {
    const count = this.pastCount;
    if (count === 0) return '';
    return count === 1 ? LABELS.templatePastOne : format(LABELS.templatePastMany, count);
  }

  get previewCaption(): string {
    const schedule = this.schedule;
    if (!schedule) return '';
    return format(
      LABELS.templatePreviewCaption,
      stepCount(schedule.steps.length),
      formatDate(this.goLiveDate)
    );
  }

  get isCreateDisabled(): boolean {
    return this.loading || !this.selectedTemplate || !this.isGoLiveValid || this.schedule === null;
  }

  get createHint(): string {
    if (!this.selectedTemplate) return LABELS.templateChooseFirst;
    if (!this.isGoLiveValid) return LABELS.templateDateFirst;
    return '';
  }

  handleTemplateChange(event: Event): void {
    const input = event.target as HTMLInputElement;
    if (input.checked) this.selectedId = input.value;
  }

  handleDateChange(event: CustomEvent<{ value: string | null }>): void {
    this.enteredDate = event.detail.value ?? '';
  }

  handleSkipWeekendsChange(event: CustomEvent<{ checked: boolean }>): void {
    this.skipWeekends = event.detail.checked;
  }

  handleNameChange(event: CustomEvent<{ value: string | null }>): void {
    this.enteredName = event.detail.value ?? '';
  }

  handleCreate(): void {
    const template = this.selectedTemplate;
    const schedule = this.schedule;
    if (this.isCreateDisabled || !template || !schedule) return;
    const detail: TemplateApplyDetail = {
      template,
      planName: this.asksPlanName ? this.planName.trim() || this.defaultPlanName : '',
      goLiveDate: this.goLiveDate,
      skipWeekends: this.skipWeekends,
      steps: schedule.steps
    };
    this.dispatchEvent(new CustomEvent('templateapply', { detail }));
  }

  handleCancel(): void {
    this.dispatchEvent(new CustomEvent('cancel'));
  }
}
