import { createElement } from 'lwc';
import PlanHealthSummary from 'c/planHealthSummary';
import type { PlanView } from 'c/planContract';
import {
  assessView,
  buildHealthHistory,
  buildHealthSummary,
  type HealthChangeView,
  type HealthSummaryView
} from 'c/planViewModel';
import planViewJson from '../../planContract/__tests__/data/planView.json';

type SummaryElement = HTMLElement & { summary: HealthSummaryView | undefined; history: HealthChangeView[] };

function viewWithHistory(): PlanView {
  const view = JSON.parse(JSON.stringify(planViewJson)) as PlanView;
  view.healthHistory = [
    {
      id: 'h-new',
      changedAt: '2026-11-30T09:15:00.000Z',
      statusBefore: 'Active',
      statusAfter: 'Active',
      healthBefore: 'On Track',
      healthAfter: 'At Risk',
      scoreBefore: 82,
      scoreAfter: 64,
      reasons: '1 open high risk without a mitigation\nplan review overdue by 3 days'
    },
    {
      id: 'h-old',
      changedAt: '2026-11-20T09:15:00.000Z',
      statusBefore: 'Draft',
      statusAfter: 'Active',
      healthBefore: 'On Track',
      healthAfter: 'On Track',
      scoreBefore: 90,
      scoreAfter: 90,
      reasons: null
    }
  ];
  return view;
}

function mount(view: PlanView): SummaryElement {
  const element = createElement('c-plan-health-summary', { is: PlanHealthSummary }) as SummaryElement;
  element.summary = buildHealthSummary(view, assessView(view), 'en-US');
  element.history = buildHealthHistory(view, 'en-US');
  document.body.appendChild(element);
  return element;
}

function root(element: HTMLElement): ShadowRoot {
  if (!element.shadowRoot) throw new Error('no shadow root');
  return element.shadowRoot;
}

afterEach(() => {
  while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
});

describe('c-plan-health-summary: recent changes of health', () => {
  it('it_should_list_the_changes_newest_first_with_what_changed_and_why', async () => {
    const element = mount(viewWithHistory());
    await Promise.resolve();
    const items = Array.from(root(element).querySelectorAll('[data-id="health-history"] > li'));
    expect(items.map((item) => item.querySelector('[data-id="change-summary"]')?.textContent)).toEqual([
      'Health On Track → At Risk · Score 82 → 64',
      'Status Draft → Active'
    ]);
    expect(Array.from(items[0].querySelectorAll('ul li')).map((li) => li.textContent)).toEqual([
      '1 open high risk without a mitigation',
      'plan review overdue by 3 days'
    ]);
    await expect(element).toBeAccessible();
  });

  it('it_should_say_so_when_no_change_is_recorded', async () => {
    const view = viewWithHistory();
    view.healthHistory = [];
    const element = mount(view);
    await Promise.resolve();
    expect(root(element).querySelector('[data-id="no-health-history"]')?.textContent).toBe(
      'No change of health recorded yet.'
    );
  });
});
