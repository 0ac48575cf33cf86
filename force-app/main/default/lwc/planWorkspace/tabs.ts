/** The workspace's tabs: which views it has, the Buyer updates tab's unread count and the Risks tab's open risks. */
import { LABELS } from 'c/planLabels';
import type { TabChoice } from 'c/planTabs';

export type Tab = 'steps' | 'timeline' | 'stakeholders' | 'risks' | 'buyerUpdates' | 'share';

const TAB_VALUES: readonly Tab[] = ['steps', 'timeline', 'stakeholders', 'risks', 'buyerUpdates', 'share'];

/** The tabs with their words (Custom Labels, read when the tabs are drawn). */
function tabChoices(): (TabChoice & { value: Tab })[] {
  return [
    { value: 'steps', label: LABELS.tabsSteps },
    { value: 'timeline', label: LABELS.tabsTimeline },
    { value: 'stakeholders', label: LABELS.tabsStakeholders },
    { value: 'risks', label: LABELS.tabsRisks, countLabel: LABELS.tabsRisksCount },
    { value: 'buyerUpdates', label: LABELS.tabsBuyerUpdates, countLabel: LABELS.tabsBuyerUpdatesCount },
    { value: 'share', label: LABELS.tabsShare }
  ];
}

export function isTab(value: unknown): value is Tab {
  return TAB_VALUES.includes(value as Tab);
}

/** The tabs, the Buyer updates tab counting the updates the rep has not seen, the Risks tab the open risks. */
export function tabsWithCounts(unread: number, openRisks = 0): TabChoice[] {
  return tabChoices().map((tab) => {
    if (tab.value === 'buyerUpdates') return { ...tab, count: unread };
    return tab.value === 'risks' ? { ...tab, count: openRisks } : tab;
  });
}

/** Each tab with whether it is the active one. */
export function tabFlags(active: Tab): Record<Tab, boolean> {
  return Object.fromEntries(TAB_VALUES.map((tab) => [tab, tab === active])) as Record<Tab, boolean>;
}
