/**
 * planTimeline — presentational. The plan as a timeline: one row per step, a bar from its start
 * (due date − duration) to its due date, extended to the engine's projected date when the step is
 * pushed or late; milestones as diamonds; lines for today and the close date; a Weeks | Months
 * scale. Every fact (overdue, days late, projected date, open or finished) comes from the
 * assessment's StepFacts (c/planEngine assessPlan); this component only draws them.
 *
 * Emits `stepselect` { stepId } (the step's id, or its temporary key when unsaved) on click, Enter
 * or Space. Scrolls horizontally inside itself, so it fits a narrow region. Its words are Custom
 * Labels (c/planLabels); a step's status and side read as the org labels them (`picklists`).
 */
import { LightningElement, api } from 'lwc';
import { dayOfWeek, daysInMonth, fromDay, parseIsoDate } from 'c/planEngine';
import { formatDate } from 'c/planFormat';
import type { IsoDate, PlanAssessment, StepFacts } from 'c/planEngine';
import type { StepDto } from 'c/planContract';
import { LABELS, format } from 'c/planLabels';
import { daysText, factsById, lateText, memo, optionLabel, type Picklists } from 'c/planViewModel';

export type TimelineScale = 'weeks' | 'months';

/** Pixels per day for each scale. */
// Months: 2 px a day, so a nine-month plan fits a record page's main column without scrolling.
const DAY_WIDTH: Record<TimelineScale, number> = { weeks: 18, months: 2 };
/** Days of margin before the first and after the last date shown. */
const MARGIN_DAYS = 7;

interface Tick {
  key: string;
  label: string;
  style: string;
}

interface TimelineRow {
  stepId: string;
  title: string;
  meta: string;
  ariaLabel: string;
  rowClass: string;
  statusText: string;
  statusClass: string;
  isOverdue: boolean;
  hasBar: boolean;
  isMilestone: boolean;
  barClass: string;
  barStyle: string;
  hasSlip: boolean;
  slipClass: string;
  slipStyle: string;
  markerClass: string;
  markerStyle: string;
}

interface Layout {
  rows: TimelineRow[];
  ticks: Tick[];
  width: number;
  first: number;
}

interface PlacedStep {
  step: StepDto;
  stepId: string;
  facts: StepFacts | undefined;
  due: number | null;
  start: number | null;
  end: number | null;
}

let instanceCount = 0;

/** 0 Sunday … 6 Saturday. */
function weekday(day: number): number {
  return dayOfWeek(fromDay(day));
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function wholeDuration(value: number): number {
  return Number.isFinite(value) ? Math.max(0, Math.trunc(value)) : 1;
}

export default class PlanTimeline extends LightningElement {
  @api steps: StepDto[] = [];
  @api assessment: PlanAssessment | null = null;
  @api today: IsoDate = '';
  @api closeDate: IsoDate | null = null;
  /** The org's picklist options (PlanView.picklists): a status's and a side's label; the values until they arrive. */
  @api picklists: Picklists | undefined;

  readonly labels = LABELS;

  scale: TimelineScale = 'weeks';
  /** Radio names are page-wide under synthetic shadow: each timeline needs its own. */
  readonly scaleGroupName = `plan-timeline-scale-${++instanceCount}`;
  private scrollToTodayPending = true;
  /** The template reads the layout many times a render (the today and close-date lines once per row). */
  private readonly drawn = memo<Layout>();

  get scaleOptions(): { label: string; value: TimelineScale }[] {
    return [
      { label: LABELS.timelineWeeks, value: 'weeks' },
      { label: LABELS.timelineMonths, value: 'months' }
    ];
  }

  get hasSteps(): boolean {
    return this.steps.length > 0;
  }

  get todayText(): string {
    return format(LABELS.timelineToday, formatDate(this.today) || LABELS.timelineUnknownDate);
  }

  get closeDateText(): string {
    const date = formatDate(this.closeDate);
    return date ? format(LABELS.timelineCloseDate, date) : '';
  }

  get hasCloseDate(): boolean {
    return this.closeDateText !== '';
  }

  private get placed(): PlacedStep[] {
    const byId = factsById(this.assessment);
    return this.steps.map((step, index) => {
      const stepId = step.id ?? step.key ?? `step-${index}`;
      const facts = byId.get(stepId);
      const due = parseIsoDate(step.dueDate);
      const projected = facts && facts.projectedSlipDays > 0 ? parseIsoDate(facts.projectedDueDate) : null;
      const start = due === null ? null : due - wholeDuration(step.durationDays);
      const end = due === null ? null : Math.max(due, projected ?? due);
      return { step, stepId, facts, due, start, end };
    });
  }

  /** First and last day drawn: every bar, today and the close date, with a margin, aligned to the scale. */
  private range(placed: PlacedStep[]): { first: number; last: number } | null {
    const days: number[] = [];
    for (const { start, end } of placed) {
      if (start !== null) days.push(start);
      if (end !== null) days.push(end);
    }
    const today = parseIsoDate(this.today);
    const close = parseIsoDate(this.closeDate);
    if (today !== null) days.push(today);
    if (close !== null) days.push(close);
    if (days.length === 0) return null;
    let first = Math.min(...days) - MARGIN_DAYS;
    let last = Math.max(...days) + MARGIN_DAYS;
    if (this.scale === 'weeks') {
      first -= (weekday(first) + 6) % 7; // back to a Monday
      last += 6 - ((weekday(last) + 6) % 7); // on to a Sunday
    } else {
      const [, , firstDay] = fromDay(first).split('-').map(Number);
      first -= firstDay - 1; // back to the 1st
      const [year, month, lastDay] = fromDay(last).split('-').map(Number);
      last += daysInMonth(year, month) - lastDay; // on to the month's end
    }
    return { first, last };
  }

  private get layout(): Layout {
    return this.drawn(
      [this.steps, this.assessment, this.today, this.closeDate, this.scale, this.picklists],
      () => this.computeLayout()
    );
  }

  private computeLayout(): Layout {
    const placed = this.placed;
    const range = this.range(placed);
    const dayWidth = DAY_WIDTH[this.scale];
    const first = range?.first ?? 0;
    const x = (day: number): number => (day - first) * dayWidth;
    const rows = placed.map((item) => this.row(item, x, dayWidth));
    const ticks: Tick[] = [];
    let width = 0;
    if (range) {
      width = (range.last - range.first + 1) * dayWidth;
      for (let day = range.first; day <= range.last; day++) {
        const date = fromDay(day);
        const isTick = this.scale === 'weeks' ? weekday(day) === 1 : date.endsWith('-01');
        if (isTick) {
          ticks.push({
            key: date,
            label: formatDate(date, this.scale === 'weeks' ? 'short' : 'month'),
            style: `left: ${x(day)}px;`
          });
        }
      }
    }
    return { rows, ticks, width, first };
  }

  private row(item: PlacedStep, x: (day: number) => number, dayWidth: number): TimelineRow {
    const { step, stepId, facts, due, start, end } = item;
    const isOpen = facts?.isOpen ?? true;
    const isOverdue = facts?.isOverdue ?? false;
    const slipDays = facts?.projectedSlipDays ?? 0;
    const projectedText = slipDays > 0 ? formatDate(facts?.projectedDueDate) : '';

    let statusText = '';
    let statusClass = 'slds-text-color_weak';
    const status = (value: StepDto['status']): string =>
      optionLabel('Plan_Step__c.Status__c', value, this.picklists);
    if (!isOpen) statusText = status(step.status === 'Skipped' ? 'Skipped' : 'Done');
    else if (isOverdue) {
      statusText = lateText(facts?.daysLate ?? 0);
      statusClass = 'slds-text-color_error status_late';
    } else if (projectedText) {
      statusText = format(LABELS.timelineProjected, projectedText, daysText(slipDays));
      statusClass = 'status_pushed';
    } else if (step.status === 'Blocked' || step.status === 'In Progress') statusText = status(step.status);

    const side = optionLabel('Plan_Step__c.Side__c', step.side, this.picklists);
    const dueDate = formatDate(step.dueDate);
    const dueText = dueDate ? format(LABELS.wordsDueOn, dueDate) : LABELS.wordsNoDueDate;
    const metaDue = dueDate ? format(LABELS.timelineDueOn, dueDate) : LABELS.timelineNoDueDate;
    const labelParts = [step.title, side, dueText];
    if (step.isMilestone) labelParts.push(LABELS.timelineMilestoneWord);
    if (statusText) labelParts.push(lowerFirst(statusText));
    const ariaLabel = labelParts.filter((part) => part !== '').join(', ');

    const rowClass = [
      'timeline-row',
      isOpen ? '' : 'timeline-row_done',
      isOverdue ? 'timeline-row_overdue' : ''
    ]
      .filter(Boolean)
      .join(' ');
    const sideClass = `side_${(step.side ?? 'none').toLowerCase()}`;
    const hasBar = due !== null && start !== null && !step.isMilestone;
    const barLeft = start === null ? 0 : x(start + 1); // a step due on a day works through that day
    const barWidth = due === null || start === null ? 0 : Math.max((due - start) * dayWidth, 4);
    const hasSlip = due !== null && end !== null && end > due;
    return {
      stepId,
      title: step.title,
      meta: [side, metaDue].filter(Boolean).join(' · '),
      ariaLabel,
      rowClass,
      statusText,
      statusClass,
      isOverdue,
      hasBar,
      isMilestone: step.isMilestone && due !== null,
      barClass: `bar ${sideClass}`,
      barStyle: `left: ${barLeft}px; width: ${barWidth}px;`,
      hasSlip,
      slipClass: isOverdue ? 'slip slip_late' : 'slip slip_pushed',
      slipStyle: hasSlip ? `left: ${x(due + 1)}px; width: ${(end - due) * dayWidth}px;` : '',
      markerClass: `milestone ${sideClass}`,
      markerStyle: due === null ? '' : `left: ${x(due) + dayWidth / 2 - 7}px;`
    };
  }

  get rows(): TimelineRow[] {
    return this.layout.rows;
  }

  get ticks(): Tick[] {
    return this.layout.ticks;
  }

  get canvasStyle(): string {
    return `--plan-timeline-track-width: ${this.layout.width}px;`;
  }

  private lineStyle(date: IsoDate | null): string {
    const day = parseIsoDate(date);
    const { first } = this.layout;
    return day === null
      ? ''
      : `left: ${(day - first) * DAY_WIDTH[this.scale] + DAY_WIDTH[this.scale] / 2}px;`;
  }

  get hasTodayLine(): boolean {
    return parseIsoDate(this.today) !== null;
  }

  get todayLineStyle(): string {
    return this.lineStyle(this.today);
  }

  get closeLineStyle(): string {
    return this.lineStyle(this.closeDate);
  }

  handleScaleChange(event: CustomEvent<{ value: string }>): void {
    this.scale = event.detail.value === 'months' ? 'months' : 'weeks';
    this.scrollToTodayPending = true;
  }

  /** Once drawn (and after a scale change), scroll so that today sits in the middle of the visible track. */
  override renderedCallback(): void {
    if (!this.scrollToTodayPending) return;
    const scroller = this.template?.querySelector<HTMLElement>('.scroller');
    const today = parseIsoDate(this.today);
    if (!scroller || today === null) return;
    this.scrollToTodayPending = false;
    const labelWidth = scroller.querySelector<HTMLElement>('.label-cell')?.offsetWidth ?? 0;
    const todayX = (today - this.layout.first) * DAY_WIDTH[this.scale];
    scroller.scrollLeft = Math.max(0, todayX - (scroller.clientWidth - labelWidth) / 2);
  }

  handleRowClick(event: Event): void {
    this.select(event);
  }

  handleRowKeydown(event: KeyboardEvent): void {
    if (event.key === 'Enter' || event.key === ' ' || event.key === 'Spacebar') {
      event.preventDefault();
      this.select(event);
    }
  }

  private select(event: Event): void {
    const stepId = (event.currentTarget as HTMLElement | null)?.dataset.id;
    if (stepId) this.dispatchEvent(new CustomEvent('stepselect', { detail: { stepId } }));
  }
}
