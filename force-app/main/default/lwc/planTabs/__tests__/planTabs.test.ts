import { createElement } from 'lwc';
import { LABELS, type PlanLabels } from 'c/planLabels';
import PlanTabs from 'c/planTabs';
import type { TabChoice } from 'c/planTabs';

type TabsElement = HTMLElement & { tabs: readonly TabChoice[]; active: string; label: string };

const TABS: TabChoice[] = [
  { value: 'steps', label: 'Steps' },
  { value: 'timeline', label: 'Timeline' },
  { value: 'stakeholders', label: 'Stakeholders' }
];

function render(active = 'steps'): { element: TabsElement; selected: string[] } {
  const element = createElement('c-plan-tabs', { is: PlanTabs }) as TabsElement;
  Object.assign(element, { tabs: TABS, active, label: 'Plan views' });
  const selected: string[] = [];
  // A container sets `active` from the event, as the workspace does.
  element.addEventListener('tabselect', (event) => {
    const chosen = (event as CustomEvent<{ tab: string }>).detail.tab;
    selected.push(chosen);
    element.active = chosen;
  });
  document.body.appendChild(element);
  return { element, selected };
}

function root(element: HTMLElement): ShadowRoot {
  if (!element.shadowRoot) throw new Error('no shadow root');
  return element.shadowRoot;
}

function tab(element: HTMLElement, label: string): HTMLElement {
  const found = Array.from(root(element).querySelectorAll<HTMLElement>('[role="tab"]')).find(
    (t) => t.textContent.trim() === label
  );
  if (!found) throw new Error(`no ${label} tab`);
  return found;
}

function press(target: HTMLElement, key: string): void {
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
}

describe('c-plan-tabs', () => {
  afterEach(() => {
    while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
  });

  it('it_should_draw_a_named_tab_list_with_the_active_tab_alone_in_the_tab_order', async () => {
    const { element } = render('timeline');
    await Promise.resolve();
    expect(root(element).querySelector('[role="tablist"]')?.getAttribute('aria-label')).toBe('Plan views');
    expect(tab(element, 'Timeline').getAttribute('aria-selected')).toBe('true');
    expect(tab(element, 'Timeline').getAttribute('tabindex')).toBe('0');
    expect(tab(element, 'Steps').getAttribute('aria-selected')).toBe('false');
    expect(tab(element, 'Steps').getAttribute('tabindex')).toBe('-1');
    const panel = root(element).querySelector('[role="tabpanel"]');
    expect(panel?.getAttribute('aria-labelledby')).toBe(tab(element, 'Timeline').getAttribute('id'));
    expect(tab(element, 'Steps').getAttribute('aria-controls')).toBe(panel?.getAttribute('id'));
    await expect(element).toBeAccessible();
  });

  it('it_should_move_with_the_arrow_keys_wrapping_and_home_and_end_and_focus_the_chosen_tab', async () => {
    const { element, selected } = render();
    press(tab(element, 'Steps'), 'ArrowLeft');
    await Promise.resolve();
    expect(tab(element, 'Stakeholders').getAttribute('aria-selected')).toBe('true');
    expect(root(element).activeElement).toBe(tab(element, 'Stakeholders'));
    press(tab(element, 'Stakeholders'), 'ArrowRight');
    await Promise.resolve();
    press(tab(element, 'Steps'), 'End');
    await Promise.resolve();
    press(tab(element, 'Stakeholders'), 'Home');
    await Promise.resolve();
    press(tab(element, 'Steps'), 'ArrowRight');
    await Promise.resolve();
    press(tab(element, 'Timeline'), 'Enter');
    await Promise.resolve();
    expect(selected).toEqual(['stakeholders', 'steps', 'stakeholders', 'steps', 'timeline']);
    expect(root(element).activeElement).toBe(tab(element, 'Timeline'));
  });

  it('it_should_show_a_tabs_count_and_say_what_it_counts', async () => {
    const { element } = render();
    element.tabs = [...TABS, { value: 'updates', label: 'Buyer updates', count: 3, countLabel: 'unread' }];
    await Promise.resolve();
    const updates = root(element).querySelector<HTMLElement>('[data-tab="updates"]');
    expect(updates?.querySelector('[aria-hidden="true"]')?.textContent).toBe('(3)');
    expect(updates?.querySelector('.slds-assistive-text')?.textContent).toBe(', 3 unread');
    expect(updates?.closest('li')?.getAttribute('title')).toBe('Buyer updates (3 unread)');
    // No count, or a count of 0: the label alone.
    expect(tab(element, 'Steps').querySelector('span')).toBeNull();
    element.tabs = [...TABS, { value: 'updates', label: 'Buyer updates', count: 0, countLabel: 'unread' }];
    await Promise.resolve();
    expect(tab(element, 'Buyer updates').closest('li')?.getAttribute('title')).toBe('Buyer updates');
    await expect(element).toBeAccessible();
  });

  it('it_should_select_a_clicked_tab_and_not_follow_its_link', async () => {
    const { element, selected } = render();
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    tab(element, 'Stakeholders').dispatchEvent(click);
    await Promise.resolve();
    expect(click.defaultPrevented).toBe(true);
    expect(selected).toEqual(['stakeholders']);
    // The active tab clicked again is no news.
    tab(element, 'Stakeholders').click();
    expect(selected).toEqual(['stakeholders']);
  });
});

/** Runs `check` with some of the page's Custom Labels changed (as a translation would), then puts them back. */
function withLabels(changed: Partial<PlanLabels>, check: () => void | Promise<void>): Promise<void> {
  const saved = { ...LABELS };
  Object.assign(LABELS, changed);
  return Promise.resolve()
    .then(check)
    .finally(() => Object.assign(LABELS, saved));
}

describe('c-plan-tabs words', () => {
  afterEach(() => {
    while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
  });

  it('it_should_word_a_tab_count_with_the_custom_labels', () =>
    withLabels({ tabsCountShown: '[{0}]', tabsCounted: '{1}: {0}' }, async () => {
      const element = createElement('c-plan-tabs', { is: PlanTabs }) as TabsElement;
      Object.assign(element, {
        tabs: [{ value: 'buyerUpdates', label: 'Buyer updates', count: 3, countLabel: 'unread' }],
        active: 'buyerUpdates',
        label: 'Plan views'
      });
      document.body.appendChild(element);
      await Promise.resolve();
      const shown = root(element).querySelector('[role="tab"] [aria-hidden="true"]')?.textContent;
      const said = root(element).querySelector('[role="tab"] .slds-assistive-text')?.textContent;
      expect([shown, said]).toEqual(['[3]', ', unread: 3']);
    }));
});
