/**
 * planStepList — presentational. The plan's steps, grouped by phase or by milestone, with side,
 * owner, due date, status, overdue flag and days late, buyer commitment, dependency and visibility.
 * Inline status and due-date changes, add, edit, delete and reorder are emitted as events; nothing
 * is saved here (the plan workspace previews and saves). Takes the step list view model
 * (c/planViewModel buildStepList, from the engine's assessment).
 *
 * Events (detail): stepstatuschange { stepId, status } · stepdatechange { stepId, dueDate (null when
 * cleared) } · stepedit { stepId } · stepdelete { stepId } · stepadd { phase } ·
 * stepmove { stepId, targetStepId, direction: 'up' | 'down' } (the row's Actions menu: Edit, Move up,
 * Move down, Delete).
 *
 * Built for a hundred rows and more: each row is plain SLDS markup (text, badges, three native
 * buttons, no base components), one listener on the table serves every row's buttons, and a row far
 * from the screen skips its layout and paint (content-visibility, see the CSS). A new list draws
 * its first screenful of rows in the first frame and the rest in slices, one short task each, so the
 * page answers the rep at once instead of after every row is built (docs/plan-ui.md, "One frame"). The status and the
 * due date show on buttons ("Status of “X”: Blocked") that open a native select or date field for
 * that row only; the row's Actions menu (Edit, Move up, Move down, Delete) is drawn only while it is
 * open. A status picked from the list is sent at once; one reached with the arrow keys on the closed
 * select, and a due date, are sent on Enter or when the rep leaves the field (Escape keeps the saved
 * value), so stepping through values never sends the values in between. The menu's items, keys and
 * placement are rowMenu.ts's; the inline fields' options and values inlineFields.ts's.
 *
 * Narrow (a record page's side column, a console panel: the workspace says so from the page region or
 * its measured width), a step is one compact line: its title (two lines at most, the whole title on
 * hover and once the row is open), owner, due date, status and how late it is. Its "Details of “X”"
 * button opens the row: deliverable, badges, dependency, notes, side, projection and the Actions menu.
 */
import { LightningElement, api } from 'lwc';
import { LABELS, format } from 'c/planLabels';
import {
  stepCountText,
  type Grouping,
  type Option,
  type StepGroupView,
  type StepListView,
  type StepRowView
} from 'c/planViewModel';
import { dateToSend, statusOptions, stepsThroughValues, type StatusOptionItem } from './inlineFields';
import { menuClass, menuItems, moveTarget, nextItemIndex, opensUpward, type MenuItem } from './rowMenu';

/** A row as drawn: the view model's row (read as given, not copied) and what is open in it. */
interface RowItem {
  row: StepRowView;
  /** The row's classes: the view model's, and the one that lets its open menu show past the row. */
  rowClass: string;
  editingDate: boolean;
  editingStatus: boolean;
  menuOpen: boolean;
  menuExpanded: string;
  /** Wide, or a narrow row opened: the row's details and Actions button are drawn. */
  showDetails: boolean;
  showDeliverable: boolean;
  showProjection: boolean;
  /** The badges and notes under the title (narrow: the overdue one is the mark beside the date). */
  flags: StepRowView['flags'];
  /** Narrow: the "22 days late" mark beside the due date. */
  showLateMark: boolean;
  /** Narrow: the details button's state and name. */
  detailsExpanded: string;
  detailsLabel: string;
  /** Narrow and closed, the title shows two lines at most: the whole title as its tooltip. */
  titleTip: string | undefined;
}

interface GroupItem extends Omit<StepGroupView, 'rows'> {
  rows: RowItem[];
  addLabel: string;
  phase: string;
}

/** The grouping choices (read when drawn, so the words are the labels'). */
function groupingOptions(): Option[] {
  return [
    { label: LABELS.stepListByPhase, value: 'phase' },
    { label: LABELS.stepListByMilestone, value: 'milestone' }
  ];
}

/** The step a row's control belongs to: its row carries the step's id. */
function stepIdOf(control: HTMLElement): string {
  return control.closest<HTMLElement>('tr[data-step-id]')?.dataset.stepId ?? '';
}

/** Rows drawn in the first frame: a screenful and more on a tall screen. */
const FIRST_ROWS = 24;
/** Rows each later slice adds, in a task of its own. */
const ROWS_PER_SLICE = 40;

export default class PlanStepList extends LightningElement {
  /** The rows and groups to show (buildStepList). */
  @api list: StepListView | undefined;
  /** No inline editing, no add, edit, delete or reorder. */
  @api readOnly = false;
  /** Inline controls disabled (while a change is being saved): an open field or menu closes. */
  @api
  get disabled(): boolean {
    return this.isDisabled;
  }
  set disabled(value: boolean) {
    this.isDisabled = value;
    if (!value) return;
    this.editingStatusStepId = null;
    this.editingDateStepId = null;
    this.menuStepId = null;
  }

  private isDisabled = false;
  /** A narrow page region: each step one compact line, its details on demand. */
  @api narrow = false;

  readonly labels = LABELS;

  /** Narrow: the steps whose rows are open (their details shown). */
  expandedStepIds: ReadonlySet<string> = new Set<string>();

  grouping: Grouping = 'phase';
  /** How many rows are drawn: FIRST_ROWS at first, growing by a slice a task until every row is. */
  rowBudget = FIRST_ROWS;
  /** The pending slice: its animation frame, then its timer. */
  private sliceFrame: number | undefined;
  private sliceTimer: ReturnType<typeof setTimeout> | undefined;
  /** The step whose row menu is open (one at a time), or null. */
  menuStepId: string | null = null;
  /** Focus the open menu's first item after the next render (it was opened from the keyboard or a click). */
  private focusMenuOnRender = false;
  /** The open menu hangs above its button: below, the list's scroll area would cut it off (the last rows). */
  menuOpensUp = false;
  /** The step whose status is being changed (its status field is drawn), or null. */
  editingStatusStepId: string | null = null;
  /** Focus the status field (and open its list where the browser can) after the next render. */
  private focusStatusOnRender = false;
  /** The step whose status button takes the focus after the next render (its field was closed). */
  private focusStatusButtonOnRender: string | null = null;
  /** The step whose due date is being edited (its date field is drawn), or null. */
  editingDateStepId: string | null = null;
  /** Focus the date field after the next render (it was just opened). */
  private focusDateOnRender = false;
  /** The step whose date button takes the focus after the next render (its date field was closed). */
  private focusDateButtonOnRender: string | null = null;
  /** A status select whose value the arrow keys changed while it was closed: sent on Enter or blur. */
  private keyboardStatusStepId: string | null = null;

  /** The Group steps choice (SLDS radio buttons). */
  get groupingItems(): { label: string; value: string; inputId: string; checked: boolean }[] {
    return groupingOptions().map((option) => ({
      ...option,
      inputId: `grouping-${option.value}`,
      checked: option.value === this.grouping
    }));
  }

  get editable(): boolean {
    return !this.readOnly;
  }

  get hasSteps(): boolean {
    return (this.list?.stepCount ?? 0) > 0;
  }

  /** The view model's groups for the chosen grouping. */
  private get shownGroups(): StepGroupView[] {
    return (this.grouping === 'milestone' ? this.list?.byMilestone : this.list?.byPhase) ?? [];
  }

  get groups(): GroupItem[] {
    let left = this.rowBudget;
    const drawn: GroupItem[] = [];
    for (const group of this.shownGroups) {
      if (left <= 0) break;
      const rows = group.rows.length <= left ? group.rows : group.rows.slice(0, left);
      left -= rows.length;
      const phase =
        this.grouping === 'phase' && group.key.startsWith('phase:') ? group.key.slice('phase:'.length) : '';
      drawn.push({
        ...group,
        phase,
        addLabel: phase === '' ? LABELS.stepListAddAStep : format(LABELS.stepListAddAStepTo, group.label),
        rows: rows.map((row) => this.rowItem(row))
      });
    }
    return drawn;
  }

  /** Rows not drawn yet: the next slice is drawn in a task of its own, after the next frame. */
  private drawNextSlice(): void {
    const total = this.shownGroups.reduce((sum, group) => sum + group.rows.length, 0);
    if (this.rowBudget >= total || this.sliceFrame !== undefined || this.sliceTimer !== undefined) return;
    // The frame with the rows drawn so far paints first; the slice follows in a task of its own, so
    // a rep's click or key waits for one slice at most, never for the whole list.
    // eslint-disable-next-line @lwc/lwc/no-async-operation -- the frame before the slice (see above)
    this.sliceFrame = requestAnimationFrame(() => {
      this.sliceFrame = undefined;
      // eslint-disable-next-line @lwc/lwc/no-async-operation -- a task per slice (see above)
      this.sliceTimer = setTimeout(() => {
        this.sliceTimer = undefined;
        this.rowBudget += ROWS_PER_SLICE;
      }, 0);
    });
  }

  override disconnectedCallback(): void {
    if (this.sliceFrame !== undefined) cancelAnimationFrame(this.sliceFrame);
    if (this.sliceTimer !== undefined) clearTimeout(this.sliceTimer);
    this.sliceFrame = undefined;
    this.sliceTimer = undefined;
  }

  private rowItem(row: StepRowView): RowItem {
    const id = row.id;
    const live = this.editable && !this.disabled;
    const menuOpen = live && this.menuStepId === id;
    const narrow = this.narrow;
    const expanded = narrow && this.expandedStepIds.has(id);
    const showDetails = !narrow || expanded;
    let rowClass = menuOpen ? `${row.rowClass} plan-steps__row_menu-open` : row.rowClass;
    if (expanded) rowClass += ' plan-steps__row_expanded';
    return {
      row,
      rowClass,
      editingDate: live && this.editingDateStepId === id,
      editingStatus: live && this.editingStatusStepId === id,
      menuOpen,
      menuExpanded: menuOpen ? 'true' : 'false',
      showDetails,
      showDeliverable: showDetails && row.hasDeliverable,
      showProjection: showDetails && row.isSlipping,
      flags: narrow ? row.flags.filter((flag) => flag.key !== 'overdue') : row.flags,
      showLateMark: narrow && row.isOverdue,
      detailsExpanded: expanded ? 'true' : 'false',
      detailsLabel: narrow ? format(LABELS.stepListDetails, row.quotedTitle) : '',
      titleTip: narrow && !expanded ? row.title : undefined
    };
  }

  /** Narrow: opens or closes a row (its details). */
  private toggleDetails(stepId: string): void {
    const next = new Set(this.expandedStepIds);
    if (!next.delete(stepId)) next.add(stepId);
    this.expandedStepIds = next;
  }

  /** The status field's options (drawn for the one row whose status is being changed). */
  get statusOptions(): StatusOptionItem[] {
    return statusOptions(this.findRow(this.editingStatusStepId ?? '')?.status, this.list?.statusOptions);
  }

  /** The open row menu's items: Move up and Move down unavailable at the ends of the row's group. */
  get menuItems(): MenuItem[] {
    return menuItems(this.findRow(this.menuStepId ?? ''));
  }

  private findRow(stepId: string): StepRowView | undefined {
    for (const group of this.shownGroups) {
      const row = group.rows.find((r) => r.id === stepId);
      if (row) return row;
    }
    return undefined;
  }

  override renderedCallback(): void {
    this.drawNextSlice();
    if (this.focusDateOnRender) {
      this.focusDateOnRender = false;
      this.template?.querySelector<HTMLElement>('input[type="date"]')?.focus();
    }
    if (this.focusStatusOnRender) {
      this.focusStatusOnRender = false;
      const select = this.template?.querySelector<HTMLSelectElement>('select');
      select?.focus();
      try {
        // Opened by a click or a key: show the list at once where the browser allows it.
        select?.showPicker();
      } catch {
        // No picker from script here (an older browser, no user activation): the focused field opens on a key.
      }
    }
    if (this.focusStatusButtonOnRender !== null) {
      const stepId = this.focusStatusButtonOnRender;
      this.focusStatusButtonOnRender = null;
      this.buttonFor('status', stepId)?.focus();
    }
    if (this.focusDateButtonOnRender !== null) {
      const stepId = this.focusDateButtonOnRender;
      this.focusDateButtonOnRender = null;
      this.buttonFor('date', stepId)?.focus();
    }
    if (this.focusMenuOnRender) {
      this.focusMenuOnRender = false;
      this.placeMenu();
      this.menuItemElements()
        .find((item) => item.getAttribute('aria-disabled') !== 'true')
        ?.focus();
    }
  }

  get columnCount(): number {
    return this.readOnly ? 5 : 6;
  }

  get tableClass(): string {
    const base = 'slds-table slds-table_bordered slds-table_cell-buffer plan-steps';
    return this.narrow ? `${base} plan-steps_narrow` : base;
  }

  get countLabel(): string {
    return stepCountText(this.list?.stepCount ?? 0);
  }

  handleGroupingChange(event: Event): void {
    const value = (event.currentTarget as HTMLInputElement).value;
    this.grouping = value === 'milestone' ? 'milestone' : 'phase';
  }

  // ---- the rows' buttons: one listener on the table for all of them ----------------------------

  /** A click on a row's status, due date, Actions or (narrow) details button. */
  handleRowClick(event: Event): void {
    const button = (event.target as HTMLElement | null)?.closest<HTMLButtonElement>('button[data-action]');
    const stepId = button ? stepIdOf(button) : '';
    if (!button || button.disabled || !stepId) return;
    switch (button.dataset.action) {
      case 'details':
        this.toggleDetails(stepId);
        break;
      case 'status':
        this.editingStatusStepId = stepId;
        this.focusStatusOnRender = true;
        break;
      case 'date':
        this.editingDateStepId = stepId;
        this.focusDateOnRender = true;
        break;
      case 'menu':
        this.toggleMenu(stepId);
        break;
      default:
    }
  }

  /** Arrow down or up on a row's Actions button opens its menu. */
  handleRowKeydown(event: KeyboardEvent): void {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const button = (event.target as HTMLElement | null)?.closest<HTMLButtonElement>(
      'button[data-action="menu"]'
    );
    if (!button || button.disabled) return;
    event.preventDefault();
    const stepId = stepIdOf(button);
    if (stepId) this.openMenu(stepId);
  }

  /** Closes the open menu when focus leaves it and its button (a click elsewhere, Tab). */
  handleRowFocusOut(event: FocusEvent): void {
    if (this.menuStepId === null) return;
    const cell = this.menuCell();
    const next = event.relatedTarget as Node | null;
    if (cell && next && cell.contains(next)) return;
    if (cell && !cell.contains(event.target as Node)) return;
    this.menuStepId = null;
  }

  private menuCell(): HTMLElement | null {
    return this.template?.querySelector('[data-id="row-menu"]')?.closest('td') ?? null;
  }

  // ---- status: a pick from the list is sent at once, arrow-key steps on Enter or blur ----------

  handleStatusKeydown(event: KeyboardEvent): void {
    const select = event.currentTarget as HTMLSelectElement;
    const stepId = select.dataset.stepId ?? '';
    if (event.key === 'Enter') {
      event.preventDefault();
      this.commitStatus(select, true);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      select.value = select.dataset.saved ?? '';
      this.keyboardStatusStepId = null;
      this.closeStatus(stepId, true);
    } else if (stepsThroughValues(event)) {
      this.keyboardStatusStepId = stepId;
    }
  }

  handleStatusChange(event: Event): void {
    const select = event.currentTarget as HTMLSelectElement;
    if (this.keyboardStatusStepId === (select.dataset.stepId ?? '')) return;
    this.commitStatus(select, true);
  }

  handleStatusBlur(event: Event): void {
    this.commitStatus(event.currentTarget as HTMLSelectElement, false);
  }

  private commitStatus(select: HTMLSelectElement, returnFocus: boolean): void {
    this.keyboardStatusStepId = null;
    const stepId = select.dataset.stepId ?? '';
    const saved = select.dataset.saved ?? '';
    const status = select.value;
    select.dataset.saved = status;
    this.closeStatus(stepId, returnFocus);
    if (stepId && status && status !== saved) this.emit('stepstatuschange', { stepId, status });
  }

  private closeStatus(stepId: string, returnFocus: boolean): void {
    if (this.editingStatusStepId === stepId) this.editingStatusStepId = null;
    if (returnFocus) this.focusStatusButtonOnRender = stepId;
  }

  // ---- due date: a button showing the date opens a date field, sent on Enter or blur ------------

  handleDateKeydown(event: KeyboardEvent): void {
    const input = event.currentTarget as HTMLInputElement;
    if (event.key === 'Enter') {
      event.preventDefault();
      this.commitDate(input, true);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      input.value = input.dataset.saved ?? '';
      this.closeDate(input.dataset.stepId ?? '', true);
    }
  }

  handleDateBlur(event: Event): void {
    this.commitDate(event.currentTarget as HTMLInputElement, false);
  }

  private commitDate(input: HTMLInputElement, returnFocus: boolean): void {
    const stepId = input.dataset.stepId ?? '';
    const saved = input.dataset.saved ?? '';
    const dueDate = dateToSend(input, saved);
    input.dataset.saved = dueDate;
    this.closeDate(stepId, returnFocus);
    if (stepId && dueDate !== saved)
      this.emit('stepdatechange', { stepId, dueDate: dueDate === '' ? null : dueDate });
  }

  private closeDate(stepId: string, returnFocus: boolean): void {
    if (this.editingDateStepId === stepId) this.editingDateStepId = null;
    if (returnFocus) this.focusDateButtonOnRender = stepId;
  }

  // ---- the row menu: Edit, Move up, Move down, Delete ---------------------------------------------

  private toggleMenu(stepId: string): void {
    if (this.menuStepId === stepId) {
      this.menuStepId = null;
      return;
    }
    this.openMenu(stepId);
  }

  private openMenu(stepId: string): void {
    this.menuStepId = stepId;
    this.menuOpensUp = false;
    this.focusMenuOnRender = true;
  }

  /** The open menu's classes: SLDS's dropdown, under its button or (menuOpensUp) above it. */
  get menuClass(): string {
    return menuClass(this.menuOpensUp);
  }

  /**
   * Once, as a menu opens: when it would hang below the bottom of the list's scroll area (which
   * cuts off what overflows it), it opens upward instead. One layout read per opened menu.
   */
  private placeMenu(): void {
    const menu = this.template?.querySelector<HTMLElement>('[data-id="row-menu"]');
    const area = this.template?.querySelector<HTMLElement>('[data-id="steps-area"]');
    if (!menu || !area) return;
    if (opensUpward(menu.getBoundingClientRect(), area.getBoundingClientRect())) this.menuOpensUp = true;
  }

  handleMenuKeydown(event: KeyboardEvent): void {
    const items = this.menuItemElements().filter((item) => item.getAttribute('aria-disabled') !== 'true');
    const current = items.findIndex((item) => item === this.template?.activeElement);
    switch (event.key) {
      case ' ':
        event.preventDefault();
        (event.target as HTMLElement).click();
        return;
      case 'Escape':
        event.preventDefault();
        this.closeMenu(true);
        return;
      case 'Tab':
        this.closeMenu(false);
        return;
      default:
    }
    const next = nextItemIndex(event.key, current, items.length);
    if (next === undefined) return;
    event.preventDefault();
    items[next]?.focus();
  }

  handleMenuItemClick(event: Event): void {
    event.preventDefault();
    const item = event.currentTarget as HTMLElement;
    if (item.getAttribute('aria-disabled') === 'true') return;
    const stepId = item.dataset.stepId ?? '';
    const action = item.dataset.value ?? '';
    this.closeMenu(true);
    if (!stepId || this.disabled) return;
    if (action === 'edit') {
      this.emit('stepedit', { stepId });
      return;
    }
    if (action === 'delete') {
      this.emit('stepdelete', { stepId });
      return;
    }
    if (action !== 'up' && action !== 'down') return;
    const targetStepId = moveTarget(this.findRow(stepId), action);
    if (targetStepId) this.emit('stepmove', { stepId, targetStepId, direction: action });
  }

  private closeMenu(returnFocus: boolean): void {
    const stepId = this.menuStepId;
    this.menuStepId = null;
    if (!returnFocus || stepId === null) return;
    this.buttonFor('menu', stepId)?.focus();
  }

  /** A row's status, date or menu button. */
  private buttonFor(action: 'status' | 'date' | 'menu', stepId: string): HTMLElement | undefined {
    return Array.from(
      this.template?.querySelectorAll<HTMLElement>(`button[data-action="${action}"]`) ?? []
    ).find((button) => stepIdOf(button) === stepId);
  }

  private menuItemElements(): HTMLElement[] {
    return Array.from(
      this.template?.querySelectorAll<HTMLElement>('[data-id="row-menu"] [role="menuitem"]') ?? []
    );
  }

  handleAdd(event: Event): void {
    const phase = (event.currentTarget as HTMLElement).dataset.phase ?? '';
    this.emit('stepadd', { phase: phase === '' ? null : phase });
  }

  private emit(name: string, detail: Record<string, unknown>): void {
    this.dispatchEvent(new CustomEvent(name, { detail }));
  }
}
