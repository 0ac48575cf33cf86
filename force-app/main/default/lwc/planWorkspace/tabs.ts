/** The workspace's tabs: which views it has, and the Buyer updates tab's unread count. */
import type { TabChoice } from 'c/planTabs';

export type Tab = 'steps' | 'timeline' | 'stakeholders' | 'buyerUpdates' | 'share';

const TABS: readonly (TabChoice & { value: Tab })[] = [
  { value: 'steps', label: 'Steps' },
  { value: 'timeline', label: 'Timeline' },
  { value: 'stakeholders', label: 'Stakeholders' },
  { value: 'buyerUpdates', label: 'Buyer updates', countLabel: 'unread' },
  { value: 'share', label: 'Share' }
];

export function isTab(value: unknown): value is Tab {
  return TABS.some((tab) => tab.value === value);
}

/** The tabs, the Buyer updates tab counting the updates the rep has not seen. */
export function tabsWithCounts(unread: number): TabChoice[] {
  return TABS.map((tab) => (tab.value === 'buyerUpdates' ? { ...tab, count: unread } : tab));
}
