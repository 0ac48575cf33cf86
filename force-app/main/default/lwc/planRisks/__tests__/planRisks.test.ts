import { createElement } from 'lwc';
import PlanRisks from 'c/planRisks';
import { buildRisks, type RisksView } from 'c/planViewModel';
import { riskDto, viewWithRisks } from './data/riskView';

type RisksElement = HTMLElement & { risks: RisksView | undefined; readOnly: boolean; disabled: boolean };

const RISKS = [
  riskDto({ id: 'r-low', title: 'Low one', likelihood: 'Low', impact: 'Low' }),
  riskDto({
    id: 'r-bare',
    title: 'Budget freeze',
    likelihood: 'High',
    impact: 'High',
    ownerStakeholderId: 'sh-dana'
  }),
  riskDto({
    id: 'r-late',
    title: 'Legal redlines',
    likelihood: 'Medium',
    impact: 'Medium',
    mitigation: 'Send our paper early',
    mitigationDueDate: '2026-11-20'
  })
];

function mount(readOnly = false): RisksElement {
  const element = createElement('c-plan-risks', { is: PlanRisks }) as RisksElement;
  element.risks = buildRisks(viewWithRisks(RISKS), 'en-US');
  element.readOnly = readOnly;
  document.body.appendChild(element);
  return element;
}

function root(element: HTMLElement): ShadowRoot {
  if (!element.shadowRoot) throw new Error('no shadow root');
  return element.shadowRoot;
}

function one<T extends Element>(scope: ParentNode, selector: string): T {
  const found = scope.querySelector<T>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
}

function events(element: HTMLElement, name: string): unknown[] {
  const seen: unknown[] = [];
  element.addEventListener(name, (event) => seen.push((event as CustomEvent<unknown>).detail));
  return seen;
}

function type(
  field: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement,
  value: string,
  event = 'input'
): void {
  field.value = value;
  field.dispatchEvent(new CustomEvent(event));
}

const rendered = (): Promise<void> => Promise.resolve();

afterEach(() => {
  while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
});

describe('c-plan-risks', () => {
  it('it_should_list_the_risks_by_severity_with_likelihood_times_impact_and_flags', async () => {
    const element = mount();
    await rendered();
    const rows = Array.from(root(element).querySelectorAll('tbody tr'));
    expect(rows.map((row) => row.querySelector('[data-id="risk-title"]')?.textContent)).toEqual([
      'Budget freeze',
      'Legal redlines',
      'Low one'
    ]);
    expect(rows[0].querySelector('[data-id="risk-severity"]')?.textContent).toBe('High × High = 9');
    expect(rows[0].querySelector('[data-id="no-mitigation"]')?.textContent).toBe('No mitigation yet');
    expect(rows[0].querySelector('[data-id="risk-owner"]')?.textContent).toBe('Dana Buyer');
    expect(rows[1].querySelector('[data-id="risk-overdue"]')?.textContent).toBe('Overdue');
    expect(rows[2].querySelector('[data-id="risk-overdue"]')).toBeNull();
    expect(one(root(element), '[data-id="open-count"]').textContent).toBe('3 open');
    await expect(element).toBeAccessible();
  });

  it('it_should_send_a_new_risk_from_the_form_and_refuse_one_without_a_title', async () => {
    const element = mount();
    const saved = events(element, 'risksave');
    await rendered();
    one<HTMLButtonElement>(root(element), '[data-id="add-risk"]').click();
    await rendered();
    const form = one<HTMLFormElement>(root(element), '[data-id="risk-form"]');
    form.dispatchEvent(new CustomEvent('submit', { cancelable: true }));
    await rendered();
    expect(one(root(element), '[data-id="form-error"]').textContent).toBe('Give the risk a title.');
    expect(saved).toEqual([]);

    type(one<HTMLInputElement>(form, '[data-field="title"]'), 'Pilot slips');
    type(one<HTMLSelectElement>(form, '[data-field="likelihood"]'), 'High', 'change');
    type(one<HTMLSelectElement>(form, '[data-field="impact"]'), 'High', 'change');
    type(one<HTMLSelectElement>(form, '[data-field="ownerStakeholderId"]'), 'sh-sam', 'change');
    type(one<HTMLSelectElement>(form, '[data-field="stepId"]'), 'step-review', 'change');
    type(one<HTMLInputElement>(form, '[data-field="mitigationDueDate"]'), '2026-12-12', 'change');
    await expect(element).toBeAccessible();
    one<HTMLFormElement>(root(element), '[data-id="risk-form"]').dispatchEvent(
      new CustomEvent('submit', { cancelable: true })
    );
    await rendered();
    expect(saved).toEqual([
      {
        risk: expect.objectContaining({
          id: null,
          title: 'Pilot slips',
          likelihood: 'High',
          impact: 'High',
          ownerStakeholderId: 'sh-sam',
          stepId: 'step-review',
          mitigationDueDate: '2026-12-12',
          status: 'Open'
        }) as unknown
      }
    ]);
    expect(root(element).querySelector('[data-id="risk-form"]')).toBeNull();
  });

  it('it_should_edit_a_risk_as_read_and_close_one_with_its_row_button', async () => {
    const element = mount();
    const saved = events(element, 'risksave');
    const statuses = events(element, 'riskstatus');
    await rendered();
    one<HTMLButtonElement>(root(element), 'button[aria-label="Close the risk Legal redlines"]').click();
    expect(statuses).toEqual([{ riskId: 'r-late', status: 'Closed' }]);
    one<HTMLButtonElement>(root(element), 'button[aria-label="Edit the risk Legal redlines"]').click();
    await rendered();
    const form = one<HTMLFormElement>(root(element), '[data-id="risk-form"]');
    expect(one<HTMLInputElement>(form, '[data-field="title"]').value).toBe('Legal redlines');
    type(one<HTMLTextAreaElement>(form, '[data-field="mitigation"]'), 'Escalate to the GC');
    form.dispatchEvent(new CustomEvent('submit', { cancelable: true }));
    expect(saved).toEqual([{ risk: { ...RISKS[2], mitigation: 'Escalate to the GC' } }]);
  });

  it('it_should_offer_no_changes_when_read_only', async () => {
    const element = mount(true);
    await rendered();
    expect(root(element).querySelector('[data-id="add-risk"]')).toBeNull();
    expect(root(element).querySelectorAll('tbody button')).toHaveLength(0);
    await expect(element).toBeAccessible();
  });
});
