/** The workspace's tabs: which views it has, the Buyer updates tab's unread count and the Risks tab's open risks. */
import type { TabChoice } from 'c/planTabs';

export type Tab = 'steps' | 'timeline' | 'stakeholders' | 'risks' | 'buyerUpdates' | 'share';

const TABS: readonly (TabChoice & { value: Tab })[] = [
  { value: 'steps', label: 'Steps' },
  { value: 'timeline', label: 'Timeline' },
  { value: 'stakeholders', label: 'Stakeholders' },
  { value: 'risks', label: 'Risks', countLabel: 'open' },
  { value: 'buyerUpdates', label: 'Buyer updates', countLabel: 'unread' },
  { value: 'share', label: 'Share' }
];

export function isTab(value: unknown): value is Tab {
  return TABS.some((tab) => tab.value === value);
}

/** The tabs, the Buyer updates tab counting the updates the rep has not seen, the Risks tab the open risks. */
export function tabsWithCounts(unread: number, openRisks = 0): TabChoice[] {
  return TABS.map((tab) => {
    if (tab.value === 'buyerUpdates') return { ...tab, count: unread };
    return tab.value === 'risks' ? { ...tab, count: openRisks } : tab;
  });
}

/** Each tab with whether it is the active one. */
export function tabFlags(active: Tab): Record<Tab, boolean> {
  return Object.fromEntries(TABS.map((tab) => [tab.value, tab.value === active])) as Record<Tab, boolean>;
}
