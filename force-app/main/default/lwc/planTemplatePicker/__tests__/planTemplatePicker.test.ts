import { createElement } from 'lwc';
import { LABELS, type PlanLabels } from 'c/planLabels';
import PlanTemplatePicker, { type TemplateApplyDetail } from 'c/planTemplatePicker';
import { scheduleTemplate } from 'c/planEngine';
import { formatDate } from 'c/planFormat';
import { CLOSE_DATE, ENTERPRISE, TEMPLATES, TODAY } from './data/templates';
import type { PersonDto, PlanView, TemplateDto } from 'c/planContract';
import planViewJson from '../../planContract/__tests__/data/planView.json';

type Stub = HTMLElement & { value?: string; checked?: boolean; disabled?: boolean; label?: string };

function mount(
  over: {
    templates?: TemplateDto[];
    closeDate?: string | null;
    loading?: boolean;
    planView?: PlanView | null;
  } = {}
) {
  const element = createElement('c-plan-template-picker', { is: PlanTemplatePicker });
  element.templates = over.templates ?? TEMPLATES;
  element.today = TODAY;
  element.closeDate = over.closeDate === undefined ? CLOSE_DATE : over.closeDate;
  element.loading = over.loading ?? false;
  element.planView = over.planView ?? null;
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

  describe('the owner column', () => {
    /** ENTERPRISE with owner roles: the seller's kick-off, the buyer's technical and economic steps. */
    const WITH_ROLES: TemplateDto = {
      ...ENTERPRISE,
      steps: ENTERPRISE.steps.map((step) => ({
        ...step,
        ownerRole:
          (
            {
              'ent.kickoff': 'Account Executive',
              'ent.security': 'Technical Evaluator',
              'ent.contract': 'Economic Buyer',
              'ent.review': 'Customer Success Manager'
            } as Record<string, string>
          )[step.key] ?? null
      }))
    };

    const contact = (id: string, name: string, role: string): PersonDto => ({
      kind: 'ContactRole',
      id,
      name,
      title: null,
      email: null,
      role,
      isPrimary: false
    });

    /** The opportunity without a plan: a Technical Buyer and the admin's mapping of that role. */
    function newPlanView(): PlanView {
      const view = JSON.parse(JSON.stringify(planViewJson)) as PlanView;
      view.plan = null;
      view.steps = [];
      view.stakeholders = [];
      view.contactRoles = [contact('003T', 'Terry Tech', 'Technical Buyer')];
      view.roleMappings = [{ templateRole: 'Technical Evaluator', contactRole: 'Technical Buyer' }];
      return view;
    }

    function ownerCell(element: HTMLElement, key: string): string {
      return $(element, `tr[data-key="${key}"] td.owner`).textContent;
    }

    it('says who each step goes to, through the admin’s mapping, and why the others go to no one', async () => {
      const element = mount({ templates: [WITH_ROLES], planView: newPlanView() });
      await choose(element, ENTERPRISE.id);
      const headings = all(element, 'thead th').map((th) => th.textContent);
      expect(headings).toEqual(['Due', 'Step', 'Side', 'Owner', 'Notes']);
      expect(ownerCell(element, 'ent.kickoff')).toBe('Sam SellerThe opportunity’s owner; joins the plan');
      expect(ownerCell(element, 'ent.security')).toBe(
        'Terry TechContact role Technical Buyer, mapped to Technical Evaluator; joins the plan'
      );
      expect(ownerCell(element, 'ent.contract')).toBe(
        'UnassignedNo contact has the role Economic Buyer on this opportunity.'
      );
      expect(ownerCell(element, 'ent.golive')).toBe('UnassignedThe template names no owner for this step.');
      expect(ownerCell(element, 'ent.review')).toBe(
        'UnassignedNo one on your team has the role Customer Success Manager yet: add them to the plan as a stakeholder.'
      );
      expect($(element, 'tr[data-key="ent.contract"] td.owner').classList.contains('owner_unassigned')).toBe(
        true
      );
      expect($(element, '.owners-added').textContent).toBe(
        'Adds Sam Seller (Account Executive), Terry Tech (Technical Evaluator) to the plan as step owners.'
      );
      expect($(element, '.owners-unassigned').textContent).toBe(
        '3 steps are unassigned: assign them once the plan is created.'
      );
    });

    it('leaves a Technical Evaluator step unassigned when no mapping names the contact’s role', async () => {
      const view = newPlanView();
      view.roleMappings = [];
      const element = mount({ templates: [WITH_ROLES], planView: view });
      await choose(element, ENTERPRISE.id);
      expect(ownerCell(element, 'ent.security')).toBe(
        'UnassignedNo contact has the role Technical Evaluator on this opportunity.'
      );
    });

    it('has no owner column without the plan view', async () => {
      const element = mount({ templates: [WITH_ROLES] });
      await choose(element, ENTERPRISE.id);
      expect(all(element, 'thead th').map((th) => th.textContent)).toEqual(['Due', 'Step', 'Side', 'Notes']);
      expect(element.shadowRoot?.querySelector('td.owner')).toBeNull();
    });

    it('adds steps to a plan already there without asking for its name', async () => {
      const view = JSON.parse(JSON.stringify(planViewJson)) as PlanView;
      const element = mount({ templates: [WITH_ROLES], planView: view });
      const events = capture<TemplateApplyDetail>(element, 'templateapply');
      await choose(element, ENTERPRISE.id);
      expect(element.shadowRoot?.querySelector('lightning-input.plan-name')).toBeNull();
      expect($(element, 'lightning-button.create').label).toBe('Add steps');
      // Dana Buyer, already on the plan, is the opportunity's Technical Buyer: the mapping gives her the step.
      expect(ownerCell(element, 'ent.kickoff')).toBe('Sam SellerOn the plan as Account Executive');
      expect(ownerCell(element, 'ent.security')).toBe(
        'Dana BuyerContact role Technical Buyer, mapped to Technical Evaluator'
      );
      expect(ownerCell(element, 'ent.contract')).toBe(
        'UnassignedNo stakeholder or contact has the role Economic Buyer on this opportunity.'
      );
      expect(element.shadowRoot?.querySelector('.owners-added')).toBeNull();
      $(element, 'lightning-button.create').click();
      expect(events).toHaveLength(1);
      expect(events[0].detail.planName).toBe('');
    });

    it('is accessible with the owner column shown', async () => {
      const element = mount({ templates: [WITH_ROLES], planView: newPlanView() });
      await choose(element, ENTERPRISE.id);
      await expect(element).toBeAccessible();
    });
  });

  it('is accessible with a template chosen and the preview shown', async () => {
    const element = mount();
    await choose(element, ENTERPRISE.id);
    await expect(element).toBeAccessible();
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

describe('c-plan-template-picker words', () => {
  afterEach(() => {
    while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
  });

  it('it_should_read_its_words_from_the_custom_labels', () =>
    withLabels({ templateNone: 'Noch keine Vorlagen.', templateStepsMany: '{0} Schritte' }, async () => {
      const empty = mount({ templates: [] });
      await flush();
      expect($(empty, '.no-templates').textContent.trim()).toBe('Noch keine Vorlagen.');
      const element = mount();
      await flush();
      expect(all(element, '.template-meta').map((meta) => meta.textContent)).toEqual(
        expect.arrayContaining([expect.stringMatching(/\d+ Schritte/)])
      );
    }));
});
