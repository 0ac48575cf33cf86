import { createElement } from 'lwc';
import PlanHealthSummary from 'c/planHealthSummary';
import { assessView, buildHealthSummary, type HealthSummaryView } from 'c/planViewModel';
import type { PlanView } from 'c/planContract';
import planViewJson from '../../planContract/__tests__/data/planView.json';

const loadView = (): PlanView => JSON.parse(JSON.stringify(planViewJson)) as PlanView;

function summaryOf(view: PlanView): HealthSummaryView {
  return buildHealthSummary(view, assessView(view));
}

function render(
  summary: HealthSummaryView | undefined,
  narrow = false
): HTMLElement & { summary?: HealthSummaryView; narrow: boolean } {
  const element = createElement('c-plan-health-summary', { is: PlanHealthSummary }) as HTMLElement & {
    summary?: HealthSummaryView;
    narrow: boolean;
  };
  element.summary = summary;
  element.narrow = narrow;
  document.body.appendChild(element);
  return element;
}

function text(element: HTMLElement, selector: string): string {
  return (element.shadowRoot?.querySelector(selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

describe('c-plan-health-summary', () => {
  afterEach(() => {
    while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
  });

  it('it_should_show_status_score_and_reasons_in_words', () => {
    const element = render(summaryOf(loadView()));
    const status = element.shadowRoot?.querySelector('[data-id="status"]');
    expect(status?.textContent).toBe('At Risk');
    expect(status?.className).toContain('slds-theme_warning');
    // The buying committee counts too: the fixture names no economic buyer, signer or champion.
    expect(text(element, '[data-id="score"] [aria-hidden="true"]')).toBe('Score 58');
    expect(text(element, '[data-id="score"] .slds-assistive-text')).toBe('Health score 58 out of 100');
    const reasons = Array.from(element.shadowRoot?.querySelectorAll('[data-id="reasons"] li') ?? []).map(
      (li) => li.textContent
    );
    expect(reasons).toEqual([
      '1 buyer step overdue by 5 days',
      'no economic buyer named',
      'no signer named',
      'no champion named',
      '1 open step without an owner'
    ]);
  });

  it('it_should_show_percent_complete_as_a_progress_bar', () => {
    const element = render(summaryOf(loadView()));
    const bar = element.shadowRoot?.querySelector('[role="progressbar"]');
    expect(bar?.getAttribute('aria-valuenow')).toBe('14');
    expect(bar?.getAttribute('aria-label')).toBe('14% complete (1 of 7 steps done)');
    expect(element.shadowRoot?.querySelector<HTMLElement>('.slds-progress-bar__value')?.style.width).toBe(
      '14%'
    );
  });

  it('it_should_show_the_next_step_for_each_side_with_owner_due_date_and_lateness', () => {
    const element = render(summaryOf(loadView()));
    const buyer = element.shadowRoot?.querySelector('[data-side="Buyer"]');
    const seller = element.shadowRoot?.querySelector('[data-side="Seller"]');
    expect(buyer?.querySelector('[data-id="next-title"]')?.textContent).toBe('Security questionnaire');
    expect(buyer?.querySelector('[data-id="next-meta"]')?.textContent).toBe('Dana Buyer · Due Nov 26, 2026');
    expect(buyer?.querySelector('[data-id="next-overdue"]')?.textContent).toBe('5 days late');
    expect(seller?.querySelector('[data-id="next-title"]')?.textContent).toBe('Security review');
    expect(seller?.querySelector('[data-id="next-overdue"]')).toBeNull();
  });

  it('it_should_show_the_projected_close_against_the_close_date', () => {
    const view = loadView();
    view.opportunity.closeDate = '2026-12-04';
    const element = render(summaryOf(view));
    expect(text(element, '[data-id="close-date"]')).toBe('Dec 4, 2026');
    expect(text(element, '[data-id="projected-close"]')).toBe('Dec 14, 2026');
    const slip = element.shadowRoot?.querySelector('[data-id="slip"]');
    expect(slip?.textContent).toBe('10 days after the close date');
    expect(slip?.className).toContain('slds-text-color_error');
  });

  it('it_should_say_when_nothing_puts_the_plan_at_risk', () => {
    const view = loadView();
    view.steps = view.steps.filter((s) => s.id === 'step-kickoff');
    // A complete buying committee: Dana is the economic buyer, signs, and champions the deal.
    Object.assign(view.stakeholders[0], { role: 'Economic Buyer', isSigner: true, stance: 'Champion' });
    const element = render(summaryOf(view));
    expect(text(element, '[data-id="status"]')).toBe('On Track');
    expect(text(element, '[data-id="no-reasons"]')).toBe('Nothing puts this plan at risk.');
    expect(text(element, '[data-side="Buyer"] [data-id="next-title"]')).toBe('No open buyer steps');
  });

  it('it_should_stack_in_a_narrow_region', async () => {
    const element = render(summaryOf(loadView()), true);
    await Promise.resolve();
    const items = Array.from(element.shadowRoot?.querySelectorAll('[data-id="next-steps"] li') ?? []);
    expect(items.every((li) => li.className.includes('slds-size_1-of-1'))).toBe(true);
  });

  it('it_should_render_nothing_without_a_summary', () => {
    const element = render(undefined);
    expect(element.shadowRoot?.querySelector('section')).toBeNull();
  });

  it('it_should_be_accessible', async () => {
    const element = render(summaryOf(loadView()));
    await expect(element).toBeAccessible();
  });
});
