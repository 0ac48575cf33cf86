import { createElement } from 'lwc';
import PlanTemplatePicker, { type TemplateApplyDetail } from 'c/planTemplatePicker';
import { scheduleTemplate } from 'c/planEngine';
import { formatDate } from 'c/planFormat';
import { CLOSE_DATE, ENTERPRISE, TEMPLATES, TODAY } from './data/templates';
import type { TemplateDto } from 'c/planContract';

type Stub = HTMLElement & { value?: string; checked?: boolean; disabled?: boolean; label?: string };

function mount(over: { templates?: TemplateDto[]; closeDate?: string | null; loading?: boolean } = {}) {
  const element = createElement('c-plan-template-picker', { is: PlanTemplatePicker });
  element.templates = over.templates ?? TEMPLATES;
  element.today = TODAY;
  element.closeDate = over.closeDate === undefined ? CLOSE_DATE : over.closeDate;
  element.loading = over.loading ?? false;
  document.body.appendChild(element);
  return element;
}

function $(element: HTMLElement, selector: string): Stub {
  const found = element.shadowRoot?.querySelector<Stub>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
}

function all(element: HTMLElement, selector: string): HTMLElement[] {
  return Array.from(element.shadowRoot?.querySelectorAll<HTMLElement>(selector) ?? []);
}

function flush(): Promise<void> {
  return Promise.resolve();
}

async function choose(element: HTMLElement, templateId: string): Promise<void> {
  const radio = $(element, `input[type="radio"][value="${templateId}"]`) as HTMLInputElement;
  radio.click();
  await flush();
}

async function change(target: Stub, detail: Record<string, unknown>): Promise<void> {
  target.dispatchEvent(new CustomEvent('change', { detail }));
  await flush();
}

function capture<T>(element: HTMLElement, type: string): CustomEvent<T>[] {
  const events: CustomEvent<T>[] = [];
  element.addEventListener(type, (event) => events.push(event as CustomEvent<T>));
  return events;
}

function rowText(element: HTMLElement, key: string): string {
  return $(element, `tr[data-key="${key}"]`).textContent;
}

afterEach(() => {
  while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
});

describe('c-plan-template-picker', () => {
  it('offers each template as a radio with its name, type, step count and description', () => {
    const element = mount();
    const legend = $(element, 'fieldset legend').textContent;
    expect(legend).toContain('Template');
    const cards = all(element, 'label.template-card');
    expect(cards).toHaveLength(2);
    expect(cards[0].textContent).toContain('Enterprise sales');
    expect(cards[0].textContent).toContain('Sales · 5 steps');
    expect(cards[0].textContent).toContain('Evaluation to signature');
    expect(cards[1].textContent).toContain('Renewal · 2 steps');
    const radios = all(element, 'input[type="radio"]') as HTMLInputElement[];
    expect(radios.every((radio) => !radio.checked && radio.name === radios[0].name)).toBe(true);
  });

  it('disables Create until a template is chosen, and says why', async () => {
    const element = mount();
    expect($(element, 'lightning-button.create').disabled).toBe(true);
    expect($(element, '.create-hint').textContent).toBe('Choose a template to create the plan.');
    await choose(element, ENTERPRISE.id);
    expect($(element, 'lightning-button.create').disabled).toBe(false);
    expect(element.shadowRoot?.querySelector('.create-hint')).toBeNull();
  });

  it('defaults the go-live date to the close date plus 30 days, and says so', () => {
    const element = mount();
    expect($(element, 'lightning-input.go-live').value).toBe('2027-02-14');
    expect($(element, '.go-live-help').textContent).toBe(
      `Defaults to the close date (${formatDate(CLOSE_DATE)}) plus 30 days: ${formatDate('2027-02-14')}.`
    );
  });

  it('defaults the go-live date to today plus 90 days without a close date, and says so', () => {
    const element = mount({ closeDate: null });
    expect($(element, 'lightning-input.go-live').value).toBe('2027-03-01');
    expect($(element, '.go-live-help').textContent).toBe(
      `The opportunity has no close date, so it defaults to today plus 90 days: ${formatDate('2027-03-01')}.`
    );
  });

  it('names the plan after the template until the rep types a name', async () => {
    const element = mount();
    await choose(element, ENTERPRISE.id);
    expect($(element, 'lightning-input.plan-name').value).toBe('Enterprise sales plan');
    await choose(element, 'a0T000000000002');
    expect($(element, 'lightning-input.plan-name').value).toBe('Renewal plan');
    await change($(element, 'lightning-input.plan-name'), { value: 'Acme 2027 rollout' });
    await choose(element, ENTERPRISE.id);
    expect($(element, 'lightning-input.plan-name').value).toBe('Acme 2027 rollout');
  });

  it('does not say "plan" twice when the template name ends with it', async () => {
    const element = mount({ templates: [{ ...ENTERPRISE, name: 'Small Deal Plan' }] });
    await choose(element, ENTERPRISE.id);
    expect($(element, 'lightning-input.plan-name').value).toBe('Small Deal Plan');
  });

  it('previews the plan scheduled backwards from go-live by the engine', async () => {
    const element = mount();
    expect(element.shadowRoot?.querySelector('table')).toBeNull();
    await choose(element, ENTERPRISE.id);
    expect($(element, 'caption').textContent).toBe(`Preview: 5 steps, go-live ${formatDate('2027-02-14')}`);
    const keys = all(element, 'tbody tr').map((row) => row.dataset.key);
    expect(keys).toEqual(['ent.kickoff', 'ent.security', 'ent.contract', 'ent.golive', 'ent.review']);
    expect(rowText(element, 'ent.security')).toContain(formatDate('2026-12-31'));
    expect(rowText(element, 'ent.security')).toContain('Buyer');
    expect(rowText(element, 'ent.review')).toContain(formatDate('2027-05-15'));
    const badge = element.shadowRoot?.querySelector<Stub>('tr[data-key="ent.contract"] lightning-badge');
    expect(badge?.label).toBe('Milestone');
    expect(element.shadowRoot?.querySelector('tr[data-key="ent.security"] lightning-badge')).toBeNull();
  });

  it('flags a step that would fall before today with the engine’s message', async () => {
    const element = mount();
    await choose(element, ENTERPRISE.id);
    const past = $(element, 'tr[data-key="ent.kickoff"]');
    expect(past.classList.contains('preview-row_past')).toBe(true);
    expect(past.querySelector('.in-past')?.textContent).toBe('In the past');
    expect(past.querySelector('.message')?.textContent).toBe(
      '"Kick-off call" falls on 2026-11-16, before today (2026-12-01).'
    );
    expect($(element, 'tr[data-key="ent.security"]').querySelector('.in-past')).toBeNull();
    expect($(element, '.past-summary').textContent).toContain('1 step would fall before today.');
  });

  it('clears the flag when a later go-live date moves every step after today', async () => {
    const element = mount();
    await choose(element, ENTERPRISE.id);
    await change($(element, 'lightning-input.go-live'), { value: '2027-04-30' });
    expect(element.shadowRoot?.querySelector('.in-past')).toBeNull();
    expect(element.shadowRoot?.querySelector('.past-summary')).toBeNull();
    expect(rowText(element, 'ent.kickoff')).toContain(formatDate('2027-01-30'));
  });

  it('moves weekend dates to weekdays when skip weekends is ticked', async () => {
    const element = mount();
    await choose(element, ENTERPRISE.id);
    expect(rowText(element, 'ent.golive')).toContain(formatDate('2027-02-14'));
    await change($(element, 'lightning-input.skip-weekends'), { checked: true });
    expect(rowText(element, 'ent.golive')).toContain(formatDate('2027-02-12'));
    // Anchored on the moved go-live: 12 Feb + 90 days, a Thursday.
    expect(rowText(element, 'ent.review')).toContain(formatDate('2027-05-13'));
  });

  it.each(['', '2027-02-30'])('disables Create for the go-live date %p', async (value) => {
    const element = mount();
    await choose(element, ENTERPRISE.id);
    await change($(element, 'lightning-input.go-live'), { value });
    expect($(element, 'lightning-button.create').disabled).toBe(true);
    expect($(element, '.create-hint').textContent).toBe('Enter a valid go-live date to create the plan.');
    expect(element.shadowRoot?.querySelector('table')).toBeNull();
    const events = capture<TemplateApplyDetail>(element, 'templateapply');
    $(element, 'lightning-button.create').click();
    expect(events).toHaveLength(0);
  });

  it('emits templateapply with the template, name, date, option and scheduled steps', async () => {
    const element = mount();
    const events = capture<TemplateApplyDetail>(element, 'templateapply');
    await choose(element, ENTERPRISE.id);
    await change($(element, 'lightning-input.go-live'), { value: '2027-03-01' });
    await change($(element, 'lightning-input.skip-weekends'), { checked: true });
    await change($(element, 'lightning-input.plan-name'), { value: '  Acme rollout  ' });
    $(element, 'lightning-button.create').click();
    expect(events).toHaveLength(1);
    const detail = events[0].detail;
    expect(detail.template).toEqual(ENTERPRISE);
    expect(detail.planName).toBe('Acme rollout');
    expect(detail.goLiveDate).toBe('2027-03-01');
    expect(detail.skipWeekends).toBe(true);
    expect(detail.steps).toEqual(
      scheduleTemplate(ENTERPRISE.steps, '2027-03-01', TODAY, { skipWeekends: true }).steps
    );
    expect(detail.steps.map((step) => step.dueDate)).toEqual([
      '2026-12-01',
      '2027-01-15',
      '2027-01-29',
      '2027-03-01',
      '2027-05-31'
    ]);
  });

  it('uses the default name when the rep clears the name', async () => {
    const element = mount();
    const events = capture<TemplateApplyDetail>(element, 'templateapply');
    await choose(element, ENTERPRISE.id);
    await change($(element, 'lightning-input.plan-name'), { value: '   ' });
    $(element, 'lightning-button.create').click();
    expect(events[0].detail.planName).toBe('Enterprise sales plan');
    expect(events[0].detail.goLiveDate).toBe('2027-02-14');
    expect(events[0].detail.skipWeekends).toBe(false);
  });

  it('emits cancel', () => {
    const element = mount();
    const events = capture<undefined>(element, 'cancel');
    $(element, 'lightning-button.cancel').click();
    expect(events).toHaveLength(1);
  });

  it('shows a spinner and no form while loading', () => {
    const element = mount({ loading: true });
    expect(element.shadowRoot?.querySelector('lightning-spinner')).not.toBeNull();
    expect(element.shadowRoot?.querySelector('fieldset')).toBeNull();
    expect($(element, 'lightning-button.create').disabled).toBe(true);
  });

  it('says there are no templates when the list is empty', () => {
    const element = mount({ templates: [] });
    expect($(element, '.no-templates').textContent).toContain('no active plan templates');
    expect(element.shadowRoot?.querySelector('fieldset')).toBeNull();
  });

  it('is accessible with a template chosen and the preview shown', async () => {
    const element = mount();
    await choose(element, ENTERPRISE.id);
    await expect(element).toBeAccessible();
  });
});
