import { createElement } from 'lwc';
import PlanStepList from 'c/planStepList';
import { assessView, buildStepList, type StepListView } from 'c/planViewModel';
import type { PlanView } from 'c/planContract';
import planViewJson from './data/planView.json';

/** The element a selector finds, typed as the caller says; fails the test when it is not rendered. */
function query<T extends Element = HTMLElement>(scope: ParentNode, selector: string): T {
  const found = scope.querySelector<T>(selector);
  if (!found) throw new Error(`${selector} is not rendered`);
  return found;
}

type StepListElement = HTMLElement & {
  list?: StepListView;
  readOnly: boolean;
  disabled: boolean;
  narrow: boolean;
};

const loadView = (): PlanView => JSON.parse(JSON.stringify(planViewJson)) as PlanView;

function listOf(view: PlanView): StepListView {
  return buildStepList(view, assessView(view));
}

function render(props: Partial<Omit<StepListElement, keyof HTMLElement>> = {}): StepListElement {
  const element = createElement('c-plan-step-list', { is: PlanStepList }) as StepListElement;
  element.list = listOf(loadView());
  Object.assign(element, props);
  document.body.appendChild(element);
  return element;
}

const root = (element: HTMLElement): ShadowRoot => {
  if (!element.shadowRoot) throw new Error('no shadow root');
  return element.shadowRoot;
};

function row(element: HTMLElement, stepId: string): HTMLElement {
  const found = root(element).querySelector<HTMLElement>(`tr[data-step-id="${stepId}"]`);
  if (!found) throw new Error(`no row ${stepId}`);
  return found;
}

function textIn(container: ParentNode, selector: string): string {
  return (container.querySelector(selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

type Listener = jest.Mock<undefined, [Event]>;

function listen(element: HTMLElement, name: string): Listener {
  const handler = jest.fn<undefined, [Event]>();
  element.addEventListener(name, handler);
  return handler;
}

/** The detail of each event a listener heard. */
function details(handler: Listener): unknown[] {
  return handler.mock.calls.map(([event]) => (event as CustomEvent<unknown>).detail);
}

function detailOf(handler: Listener): unknown {
  return details(handler)[0];
}

describe('c-plan-step-list', () => {
  afterEach(() => {
    while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
  });

  it('it_should_group_steps_by_phase', () => {
    const element = render();
    const labels = Array.from(root(element).querySelectorAll('[data-id="group-label"]')).map(
      (n) => n.textContent
    );
    expect(labels).toEqual(['Discovery', 'Security and Legal', 'Procurement', 'Signature', 'Onboarding']);
    const security = root(element).querySelector('tbody[data-group="phase:Security and Legal"]');
    expect(
      Array.from(security?.querySelectorAll('[data-id="title"]') ?? []).map((n) => n.textContent)
    ).toEqual(['Security questionnaire', 'Security review', 'Legal redlines']);
  });

  it('it_should_switch_to_milestone_groups', async () => {
    const element = render();
    const toggle = root(element).querySelector('lightning-radio-group');
    toggle?.dispatchEvent(new CustomEvent('change', { detail: { value: 'milestone' } }));
    await Promise.resolve();
    const labels = Array.from(root(element).querySelectorAll('[data-id="group-label"]')).map(
      (n) => n.textContent
    );
    expect(labels).toEqual(['Milestone: Contract signed, Dec 14, 2026', 'After the last milestone']);
  });

  it('it_should_show_side_owner_overdue_commitment_dependency_and_visibility', () => {
    const element = render();
    const questionnaire = row(element, 'step-questionnaire');
    expect(textIn(questionnaire, '[data-id="side"]')).toBe('Buyer');
    expect(textIn(questionnaire, '[data-id="owner"]')).toBe('Dana Buyer');
    expect(textIn(questionnaire, '[data-id="overdue"]')).toBe('Overdue, 5 days late');
    expect(textIn(questionnaire, '[data-id="commitment"]')).toBe('Buyer committed');
    expect(textIn(questionnaire, '[data-id="deliverable"]')).toBe('Deliverable: Completed questionnaire');
    const review = row(element, 'step-review');
    expect(review.querySelector('[data-id="overdue"]')).toBeNull();
    expect(textIn(review, '[data-id="blocked"]')).toBe('Waiting on “Security questionnaire”');
    const pricing = row(element, 'step-pricing');
    expect(textIn(pricing, '[data-id="owner"]')).toBe('No owner');
    expect(textIn(pricing, '[data-id="visibility"]')).toBe('Internal');
    const signature = row(element, 'step-signature');
    const milestone = query<HTMLElement & { alternativeText: string }>(signature, 'lightning-icon');
    expect(milestone.alternativeText).toBe('Milestone');
    expect(textIn(signature, '[data-id="blocked"]')).toBe('Waiting on “Legal redlines”');
  });

  it('it_should_show_the_dependency_once_the_predecessor_is_finished', () => {
    const view = loadView();
    const redlines = view.steps.find((s) => s.id === 'step-redlines');
    if (redlines) Object.assign(redlines, { status: 'Done', completedDate: '2026-11-30' });
    const element = render({ list: listOf(view) });
    const signature = row(element, 'step-signature');
    expect(signature.querySelector('[data-id="blocked"]')).toBeNull();
    expect(textIn(signature, '[data-id="dependency"]')).toBe('After “Legal redlines”');
  });

  it('it_should_offer_inline_status_and_date_fields_with_labels', () => {
    const element = render();
    const review = row(element, 'step-review');
    const combobox = query<HTMLElement & { label: string; value: string; options: unknown[] }>(
      review,
      'lightning-combobox'
    );
    const date = query<HTMLElement & { label: string; value: string }>(review, 'lightning-input');
    expect(combobox.label).toBe('Status of “Security review”');
    expect(combobox.value).toBe('Not Started');
    expect(combobox.options).toHaveLength(5);
    expect(date.label).toBe('Due date of “Security review”');
    expect(date.value).toBe('2026-12-03');
  });

  it('it_should_emit_stepstatuschange_without_saving', () => {
    const element = render();
    const handler = listen(element, 'stepstatuschange');
    row(element, 'step-review')
      .querySelector('lightning-combobox')
      ?.dispatchEvent(new CustomEvent('change', { detail: { value: 'Done' } }));
    expect(handler).toHaveBeenCalledTimes(1);
    expect(detailOf(handler)).toEqual({ stepId: 'step-review', status: 'Done' });
  });

  it('it_should_emit_stepdatechange_and_null_for_a_cleared_date', () => {
    const element = render();
    const handler = listen(element, 'stepdatechange');
    const input = row(element, 'step-review').querySelector('lightning-input');
    input?.dispatchEvent(new CustomEvent('change', { detail: { value: '2026-12-10' } }));
    input?.dispatchEvent(new CustomEvent('change', { detail: { value: '' } }));
    expect(details(handler)).toEqual([
      { stepId: 'step-review', dueDate: '2026-12-10' },
      { stepId: 'step-review', dueDate: null }
    ]);
  });

  it('it_should_emit_edit_from_a_labelled_button_and_move_or_delete_from_the_row_menu', () => {
    const element = render();
    const edit = listen(element, 'stepedit');
    const remove = listen(element, 'stepdelete');
    const move = listen(element, 'stepmove');
    const review = row(element, 'step-review');
    const editButton = query<HTMLElement & { alternativeText: string }>(
      review,
      'lightning-button-icon[data-action="edit"]'
    );
    const menu = query<HTMLElement & { alternativeText: string }>(review, 'lightning-button-menu');
    expect(editButton.alternativeText).toBe('Edit “Security review”');
    expect(menu.alternativeText).toBe('More actions for “Security review”');
    editButton.click();
    for (const value of ['delete', 'up', 'down'])
      menu.dispatchEvent(new CustomEvent('select', { detail: { value } }));
    expect(detailOf(edit)).toEqual({ stepId: 'step-review' });
    expect(detailOf(remove)).toEqual({ stepId: 'step-review' });
    expect(details(move)).toEqual([
      { stepId: 'step-review', targetStepId: 'step-questionnaire', direction: 'up' },
      { stepId: 'step-review', targetStepId: 'step-redlines', direction: 'down' }
    ]);
  });

  it('it_should_disable_moving_the_first_step_of_a_group_up', () => {
    const element = render();
    const first = row(element, 'step-questionnaire');
    const items = Array.from(
      first.querySelectorAll<HTMLElement & { value: string; disabled: boolean }>('lightning-menu-item')
    );
    expect(items.map((item) => [item.value, item.disabled])).toEqual([
      ['up', true],
      ['down', false],
      ['delete', undefined]
    ]);
    const move = listen(element, 'stepmove');
    query(first, 'lightning-button-menu').dispatchEvent(
      new CustomEvent('select', { detail: { value: 'up' } })
    );
    expect(move).not.toHaveBeenCalled();
  });

  it('it_should_emit_stepadd_with_the_phase_of_the_group', () => {
    const element = render();
    const add = listen(element, 'stepadd');
    query(root(element), 'lightning-button-icon[data-phase="Procurement"]').click();
    query(root(element), 'lightning-button[data-id="add-step"]').click();
    expect(details(add)).toEqual([{ phase: 'Procurement' }, { phase: null }]);
  });

  it('it_should_show_plain_values_and_no_controls_when_read_only', () => {
    const element = render({ readOnly: true });
    const review = row(element, 'step-review');
    expect(review.querySelector('lightning-combobox')).toBeNull();
    expect(review.querySelector('lightning-input')).toBeNull();
    expect(review.querySelector('lightning-button-icon')).toBeNull();
    expect(review.querySelector('lightning-button-menu')).toBeNull();
    expect(textIn(review, '[data-id="status"]')).toBe('Not Started');
    expect(textIn(review, '[data-id="due"]')).toBe('Dec 3, 2026');
    expect(root(element).querySelector('[data-id="add-step"]')).toBeNull();
  });

  it('it_should_disable_inline_fields_while_saving', () => {
    const element = render({ disabled: true });
    const review = row(element, 'step-review');
    expect(query<HTMLElement & { disabled: boolean }>(review, 'lightning-combobox').disabled).toBe(true);
    expect(query<HTMLElement & { disabled: boolean }>(review, 'lightning-input').disabled).toBe(true);
  });

  it('it_should_say_when_there_are_no_steps', () => {
    const view = loadView();
    view.steps = [];
    const element = render({ list: listOf(view) });
    expect(textIn(root(element), '[data-id="no-steps"]')).toBe(
      'This plan has no steps yet. Add the first step, or apply a template.'
    );
  });

  it('it_should_stack_rows_in_a_narrow_region', () => {
    const element = render({ narrow: true });
    expect(root(element).querySelector('table')?.className).toContain('plan-steps_narrow');
  });

  it('it_should_be_accessible', async () => {
    const element = render();
    await expect(element).toBeAccessible();
  });

  it('it_should_be_accessible_when_read_only', async () => {
    const element = render({ readOnly: true });
    await expect(element).toBeAccessible();
  });
});
