/**
 * planTabs — presentational. SLDS scoped tabs over one panel (role tablist, tab, tabpanel): the
 * container puts the active view in the panel (the default slot), so only that view is drawn. Left
 * and Right move to the previous or next tab and wrap, Home and End go to the first and last; the
 * active tab is the only one in the Tab order, and takes the focus when the keyboard chose it.
 *
 * Inputs: `tabs` ({ value, label, count?, countLabel? }[]), `active` (a tab's value), `label` (the tab
 * list's name). A tab with a count above 0 shows it after its label, e.g. "Buyer updates (3)", and
 * says it to screen readers with its countLabel ("3 unread").
 * Events (detail): tabselect { tab } — the container sets `active` in answer.
 */
import { LightningElement, api } from 'lwc';
import { LABELS, format } from 'c/planLabels';

export interface TabChoice {
  value: string;
  label: string;
  /** A number shown after the label when above 0 (e.g. unread items). */
  count?: number;
  /** What the count counts, for screen readers and the tooltip (e.g. 'unread'). */
  countLabel?: string;
}

interface TabItem extends TabChoice {
  tabId: string;
  selected: string;
  tabIndex: string;
  itemClass: string;
  title: string;
  hasCount: boolean;
  /** '(3)', shown. */
  countShown: string;
  /** ', 3 unread', said. */
  countSaid: string;
}

export default class PlanTabs extends LightningElement {
  @api tabs: readonly TabChoice[] = [];
  @api active = '';
  @api label = '';

  /** Move the focus to the active tab after the next render (the rep moved through the tabs by keyboard). */
  private focusTabOnRender = false;

  get items(): TabItem[] {
    return this.tabs.map((tab) => {
      const selected = tab.value === this.active;
      const count = tab.count ?? 0;
      const counted = tab.countLabel ? format(LABELS.tabsCounted, count, tab.countLabel) : String(count);
      return {
        ...tab,
        title: count > 0 ? format(LABELS.tabsTitleCounted, tab.label, counted) : tab.label,
        hasCount: count > 0,
        countShown: format(LABELS.tabsCountShown, count),
        countSaid: `, ${counted}`,
        tabId: `tab-${tab.value}`,
        selected: selected ? 'true' : 'false',
        tabIndex: selected ? '0' : '-1',
        itemClass: `slds-tabs_scoped__item${selected ? ' slds-is-active' : ''}`
      };
    });
  }

  get activeTabId(): string {
    return `tab-${this.active}`;
  }

  override renderedCallback(): void {
    if (!this.focusTabOnRender) return;
    this.focusTabOnRender = false;
    this.template?.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]')?.focus();
  }

  handleTabClick(event: Event): void {
    event.preventDefault();
    const value = (event.currentTarget as HTMLElement).dataset.tab;
    if (value !== undefined && value !== this.active) this.select(value);
  }

  /** Arrow keys move to the previous or next tab (wrapping), Home and End to the first and last. */
  handleTabKeydown(event: KeyboardEvent): void {
    const index = this.tabs.findIndex((tab) => tab.value === this.active);
    const last = this.tabs.length - 1;
    const next: Partial<Record<string, number>> = {
      ArrowLeft: index <= 0 ? last : index - 1,
      ArrowRight: index === last ? 0 : index + 1,
      Home: 0,
      End: last
    };
    const target = next[event.key];
    if (target === undefined) return;
    event.preventDefault();
    const value = this.tabs.at(target)?.value;
    if (value === undefined) return;
    this.focusTabOnRender = true;
    this.select(value);
  }

  private select(tab: string): void {
    this.dispatchEvent(new CustomEvent('tabselect', { detail: { tab } }));
  }
}
