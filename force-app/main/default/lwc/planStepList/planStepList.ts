/**
 * planStepList — presentational. The plan's steps, grouped by phase or by milestone, with side,
 * owner, due date, status, overdue flag and days late, buyer commitment, dependency and visibility.
 * Inline status and due-date changes, add, edit, delete and reorder are emitted as events; nothing
 * is saved here (the plan workspace previews and saves). Takes the step list view model
 * (c/planViewModel buildStepList, from the engine's assessment).
 *
 * Events (detail): stepstatuschange { stepId, status } · stepdatechange { stepId, dueDate (null when
 * cleared) } · stepedit { stepId } · stepdelete { stepId } · stepadd { phase } ·
 * stepmove { stepId, targetStepId, direction: 'up' | 'down' } (the row's menu: Move up, Move down, Delete).
 */
import { LightningElement, api } from 'lwc';
import {
  STATUS_OPTIONS,
  type Grouping,
  type Option,
  type StepGroupView,
  type StepListView,
  type StepRowView
} from 'c/planViewModel';

interface RowItem extends StepRowView {
  upDisabled: boolean;
  downDisabled: boolean;
}

interface GroupItem extends Omit<StepGroupView, 'rows'> {
  rows: RowItem[];
  addLabel: string;
  phase: string;
}

const GROUPING_OPTIONS: Option[] = [
  { label: 'By phase', value: 'phase' },
  { label: 'By milestone', value: 'milestone' }
];

function stringDetail(event: Event, name: string): string {
  const detail = (event as CustomEvent<Record<string, unknown> | null>).detail;
  const value = detail ? detail[name] : undefined;
  return typeof value === 'string' ? value : '';
}

export default class PlanStepList extends LightningElement {
  /** The rows and groups to show (buildStepList). */
  @api list: StepListView | undefined;
  /** No inline editing, no add, edit, delete or reorder. */
  @api readOnly = false;
  /** Inline controls disabled (while a change is being saved). */
  @api disabled = false;
  /** One field under another (a narrow page region). */
  @api narrow = false;

  grouping: Grouping = 'phase';

  readonly groupingOptions = GROUPING_OPTIONS;
  readonly statusOptions = STATUS_OPTIONS;

  get editable(): boolean {
    return !this.readOnly;
  }

  get hasSteps(): boolean {
    return (this.list?.stepCount ?? 0) > 0;
  }

  get groups(): GroupItem[] {
    const groups = (this.grouping === 'milestone' ? this.list?.byMilestone : this.list?.byPhase) ?? [];
    return groups.map((group) => {
      const phase =
        this.grouping === 'phase' && group.key.startsWith('phase:') ? group.key.slice('phase:'.length) : '';
      return {
        ...group,
        phase,
        addLabel: phase === '' ? 'Add a step' : `Add a step to ${phase}`,
        rows: group.rows.map((row) => ({
          ...row,
          upDisabled: this.disabled || !row.canMoveUp,
          downDisabled: this.disabled || !row.canMoveDown
        }))
      };
    });
  }

  get columnCount(): number {
    return this.readOnly ? 5 : 6;
  }

  get tableClass(): string {
    const base = 'slds-table slds-table_bordered slds-table_cell-buffer plan-steps';
    return this.narrow ? `${base} plan-steps_narrow` : base;
  }

  get countLabel(): string {
    const count = this.list?.stepCount ?? 0;
    return `${count} ${count === 1 ? 'step' : 'steps'}`;
  }

  handleGroupingChange(event: Event): void {
    const value = stringDetail(event, 'value');
    this.grouping = value === 'milestone' ? 'milestone' : 'phase';
  }

  handleStatusChange(event: Event): void {
    const stepId = (event.currentTarget as HTMLElement).dataset.stepId ?? '';
    const status = stringDetail(event, 'value');
    if (stepId && status) this.emit('stepstatuschange', { stepId, status });
  }

  handleDateChange(event: Event): void {
    const stepId = (event.currentTarget as HTMLElement).dataset.stepId ?? '';
    const dueDate = stringDetail(event, 'value');
    if (stepId) this.emit('stepdatechange', { stepId, dueDate: dueDate === '' ? null : dueDate });
  }

  handleEdit(event: Event): void {
    this.emitForStep(event, 'stepedit');
  }

  /** The row's menu: Move up, Move down, Delete. */
  handleMenuSelect(event: Event): void {
    const stepId = (event.currentTarget as HTMLElement).dataset.stepId ?? '';
    const action = stringDetail(event, 'value');
    if (!stepId) return;
    if (action === 'delete') {
      this.emit('stepdelete', { stepId });
      return;
    }
    if (action !== 'up' && action !== 'down') return;
    const row = this.groups.flatMap((group) => group.rows).find((r) => r.id === stepId);
    const targetStepId = action === 'up' ? row?.upTargetId : row?.downTargetId;
    if (targetStepId) this.emit('stepmove', { stepId, targetStepId, direction: action });
  }

  handleAdd(event: Event): void {
    const phase = (event.currentTarget as HTMLElement).dataset.phase ?? '';
    this.emit('stepadd', { phase: phase === '' ? null : phase });
  }

  private emitForStep(event: Event, name: string): void {
    const stepId = (event.currentTarget as HTMLElement).dataset.stepId ?? '';
    if (stepId) this.emit(name, { stepId });
  }

  private emit(name: string, detail: Record<string, unknown>): void {
    this.dispatchEvent(new CustomEvent(name, { detail }));
  }
}
