import { createElement } from 'lwc';
import PlanHeader from 'c/planHeader';
import type { PlanView } from 'c/planContract';
import type { PlanStatus } from 'c/planEngine';
import { buildPlanHeader, type PlanHeaderView } from 'c/planViewModel';
import planViewJson from '../../planContract/__tests__/data/planView.json';

type HeaderElement = HTMLElement & { header: PlanHeaderView | null; disabled: boolean };
type ButtonStub = HTMLElement & { label: string; title: string; variant?: string; disabled?: boolean };
type TextareaStub = HTMLElement & {
  label: string;
  value: string;
  fieldLevelHelp?: string;
  maxLength?: number;
};

function header(status: PlanStatus, canEdit = true, extra: Partial<NonNullable<PlanView['plan']>> = {}) {
  const view = JSON.parse(JSON.stringify(planViewJson)) as PlanView;
  if (!view.plan) throw new Error('the fixture has a plan');
  view.plan = { ...view.plan, status, ...extra };
  view.canEdit = canEdit;
  const built = buildPlanHeader(view);
  if (!built) throw new Error('no header');
  return built;
}

function mount(value: PlanHeaderView | null, disabled = false): HeaderElement {
  const element = createElement('c-plan-header', { is: PlanHeader }) as HeaderElement;
  element.header = value;
  element.disabled = disabled;
  document.body.appendChild(element);
  return element;
}

function root(element: HTMLElement): ShadowRoot {
  if (!element.shadowRoot) throw new Error('no shadow root');
  return element.shadowRoot;
}

function buttons(element: HTMLElement): ButtonStub[] {
  return Array.from(root(element).querySelectorAll<ButtonStub>('lightning-button'));
}

function button(element: HTMLElement, label: string): ButtonStub {
  const found = buttons(element).find((b) => b.label === label);
  if (!found) throw new Error(`no ${label} button`);
  return found;
}

function events(element: HTMLElement, type: string): unknown[] {
  const seen: unknown[] = [];
  element.addEventListener(type, (event) => seen.push((event as CustomEvent<unknown>).detail));
  return seen;
}

function typeInto(field: HTMLElement, value: string): void {
  field.dispatchEvent(new CustomEvent('change', { detail: { value } }));
}

const rendered = (): Promise<void> => Promise.resolve();

afterEach(() => {
  while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
});

describe('c-plan-header', () => {
  it('it_should_show_the_status_what_it_means_and_the_moves_it_allows', () => {
    const element = mount(header('Draft'));
    expect(root(element).querySelector('[data-id="status"]')?.textContent).toBe('Status: Draft');
    expect(root(element).querySelector('[data-id="status-help"]')?.textContent).toContain(
      'activate it once they agree'
    );
    const actions = Array.from(root(element).querySelectorAll<ButtonStub>('[data-action]'));
    expect(actions.map((b) => [b.label, b.variant])).toEqual([
      ['Activate', 'brand'],
      ['Abandon', 'neutral']
    ]);
    expect(actions[0]?.title).toContain('every step’s due date becomes its baseline');
  });

  it('it_should_emit_planaction_for_activate_complete_and_reopen_at_once', () => {
    for (const [status, label, action] of [
      ['Draft', 'Activate', 'activate'],
      ['Active', 'Complete', 'complete'],
      ['Completed', 'Reopen', 'reopen'],
      ['Abandoned', 'Reopen', 'reopen']
    ] as const) {
      const element = mount(header(status));
      const seen = events(element, 'planaction');
      button(element, label).click();
      expect(seen).toEqual([{ action, reason: null }]);
      document.body.removeChild(element);
    }
  });

  it('it_should_ask_for_a_reason_before_abandoning_and_refuse_a_blank_one', async () => {
    const element = mount(header('Active'));
    const seen = events(element, 'planaction');
    button(element, 'Abandon').click();
    await rendered();
    expect(seen).toEqual([]);
    const reason = root(element).querySelector<TextareaStub>('[data-id="abandon-reason"]');
    expect(reason?.label).toBe('Why is this plan abandoned?');
    expect(reason?.fieldLevelHelp).toContain('Required.');
    expect(reason?.maxLength).toBe(255);
    // The moves are hidden while the reason is asked for.
    expect(root(element).querySelector('[data-action]')).toBeNull();
    button(element, 'Abandon plan').click();
    await rendered();
    expect(seen).toEqual([]);
    expect(root(element).querySelector('[data-id="reason-missing"]')?.textContent).toContain(
      'Give a reason for abandoning the plan.'
    );
    if (!reason) throw new Error('no reason field');
    typeInto(reason, '  The buyer chose another vendor ');
    button(element, 'Abandon plan').click();
    expect(seen).toEqual([{ action: 'abandon', reason: 'The buyer chose another vendor' }]);
  });

  it('it_should_keep_the_plan_when_the_rep_cancels_abandoning', async () => {
    const element = mount(header('Draft'));
    const seen = events(element, 'planaction');
    button(element, 'Abandon').click();
    await rendered();
    button(element, 'Keep the plan').click();
    await rendered();
    expect(root(element).querySelector('[data-id="abandon-form"]')).toBeNull();
    expect(button(element, 'Activate')).toBeTruthy();
    expect(seen).toEqual([]);
  });

  it('it_should_put_the_focus_back_on_the_button_that_opened_a_form_it_closes', async () => {
    const element = mount(header('Active'));
    const focus = jest.spyOn(HTMLElement.prototype, 'focus');
    button(element, 'Abandon').click();
    await rendered();
    button(element, 'Keep the plan').click();
    await rendered();
    expect(focus.mock.contexts.at(-1)).toBe(button(element, 'Abandon'));
    button(element, 'Edit objective, success criteria and value summary').click();
    await rendered();
    button(element, 'Cancel').click();
    await rendered();
    expect(focus.mock.contexts.at(-1)).toBe(
      button(element, 'Edit objective, success criteria and value summary')
    );
    focus.mockRestore();
  });

  it('it_should_show_why_an_abandoned_plan_was_abandoned', () => {
    const element = mount(header('Abandoned', true, { abandonReason: 'Budget frozen' }));
    expect(root(element).querySelector('[data-id="abandon-reason-shown"]')?.textContent).toContain(
      'Abandoned because: Budget frozen'
    );
  });

  it('it_should_show_the_objective_and_edit_all_three_fields_in_one_save', async () => {
    const element = mount(header('Active'));
    const values = Array.from(root(element).querySelectorAll('dd')).map((dd) => dd.textContent);
    expect(values).toEqual(['Roll out to 400 agents by Q1', 'Not set yet', 'Not set yet']);
    const seen = events(element, 'plandetailssave');
    button(element, 'Edit objective, success criteria and value summary').click();
    await rendered();
    const fields = Array.from(root(element).querySelectorAll<TextareaStub>('lightning-textarea'));
    expect(fields.map((f) => [f.label, f.value])).toEqual([
      ['Objective', 'Roll out to 400 agents by Q1'],
      ['Success criteria', ''],
      ['Value summary', '']
    ]);
    typeInto(fields[1], 'Handle time under 4 minutes');
    button(element, 'Save').click();
    expect(seen).toEqual([
      {
        details: {
          objective: 'Roll out to 400 agents by Q1',
          successCriteria: 'Handle time under 4 minutes',
          valueSummary: ''
        }
      }
    ]);
  });

  it('it_should_close_an_open_form_when_a_new_header_arrives', async () => {
    const element = mount(header('Active'));
    button(element, 'Edit objective, success criteria and value summary').click();
    await rendered();
    expect(root(element).querySelector('[data-id="details-form"]')).not.toBeNull();
    element.header = header('Active', true, { objective: 'Saved' });
    await rendered();
    expect(root(element).querySelector('[data-id="details-form"]')).toBeNull();
    expect(root(element).querySelector('dd')?.textContent).toBe('Saved');
  });

  it('it_should_disable_the_moves_while_a_save_runs', () => {
    const element = mount(header('Draft'), true);
    const seen = events(element, 'planaction');
    const activate = button(element, 'Activate');
    expect(activate.disabled).toBe(true);
    activate.click();
    expect(seen).toEqual([]);
  });

  it('it_should_offer_nothing_to_change_to_a_rep_who_cannot_edit', () => {
    const element = mount(header('Draft', false));
    expect(buttons(element)).toEqual([]);
    expect(root(element).querySelector('[data-id="status"]')?.textContent).toBe('Status: Draft');
  });

  it('it_should_render_nothing_without_a_plan', () => {
    const element = mount(null);
    expect(root(element).querySelector('section')).toBeNull();
  });

  it.each(['Draft', 'Active', 'Abandoned'] as const)(
    'it_should_be_accessible_for_a_%s_plan',
    async (status) => {
      const element = mount(header(status, true, { abandonReason: 'Budget frozen' }));
      await expect(element).toBeAccessible();
    }
  );

  it('it_should_be_accessible_with_the_forms_open', async () => {
    const element = mount(header('Active'));
    button(element, 'Abandon').click();
    await rendered();
    await expect(element).toBeAccessible();
    button(element, 'Keep the plan').click();
    button(element, 'Edit objective, success criteria and value summary').click();
    await rendered();
    await expect(element).toBeAccessible();
  });
});
