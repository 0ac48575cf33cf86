import { createElement } from 'lwc';
import { LABELS, type PlanLabels } from 'c/planLabels';
import PlanStepList from 'c/planStepList';
import { assessView, buildStepList, type StepListView } from 'c/planViewModel';
import type { PlanView } from 'c/planContract';
import planViewJson from '../../planContract/__tests__/data/planView.json';

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

/** Lets the component draw again after a change of its state. */
const rendered = (): Promise<void> => Promise.resolve();

/** A row's button by what it does (data-action: status, date, edit, menu). */
function rowButton(element: HTMLElement, stepId: string, action: string): HTMLButtonElement {
  return query<HTMLButtonElement>(row(element, stepId), `button[data-action="${action}"]`);
}

function key(target: Element, name: string): void {
  target.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true }));
}

/** Opens a row's status or date field from its button, as a click does. */
async function openField<T extends HTMLElement>(
  element: HTMLElement,
  stepId: string,
  action: 'status' | 'date'
): Promise<T> {
  rowButton(element, stepId, action).click();
  await rendered();
  return query<T>(row(element, stepId), action === 'status' ? 'select' : 'input[type="date"]');
}

/** Opens a row's menu (Edit, Move up, Move down, Delete) from its Actions button. */
async function openMenu(element: HTMLElement, stepId: string): Promise<HTMLElement[]> {
  rowButton(element, stepId, 'menu').click();
  await rendered();
  return Array.from(row(element, stepId).querySelectorAll<HTMLElement>('[role="menuitem"]'));
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
    const group = query(root(element), 'fieldset');
    expect(textIn(group, 'legend')).toBe('Group steps');
    const milestone = Array.from(group.querySelectorAll<HTMLInputElement>('input[type="radio"]')).find(
      (radio) => radio.value === 'milestone'
    );
    expect(milestone?.checked).toBe(false);
    milestone?.click();
    await rendered();
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
    expect(textIn(signature, '[data-id="milestone"]')).toBe('Milestone');
    expect(review.querySelector('[data-id="milestone"]')).toBeNull();
    expect(textIn(signature, '[data-id="blocked"]')).toBe('Waiting on “Legal redlines”');
  });

  it('it_should_show_the_dependency_once_the_predecessor_is_finished', () => {
    const view = loadView();
    const redlines = view.steps.find((s) => s.id === 'step-redlines');
    if (redlines) Object.assign(redlines, { status: 'Done', completedDate: '2026-11-30' });
    const element = render({ list: listOf(view) });
    const signature = row(element, 'step-signature');
    expect(signature.querySelector('[data-id="blocked"]')).toBeNull();
    expect(textIn(signature, '[data-id="dependency"]')).toBe('After “Legal redlines”, done');
  });

  it('it_should_show_status_and_due_date_on_labelled_buttons_that_open_labelled_fields', async () => {
    const element = render();
    const statusButton = rowButton(element, 'step-review', 'status');
    const dateButton = rowButton(element, 'step-review', 'date');
    expect(statusButton.getAttribute('aria-label')).toBe('Status of “Security review”: Not Started');
    expect(statusButton.textContent.trim()).toBe('Not Started');
    expect(dateButton.getAttribute('aria-label')).toBe('Due date of “Security review”: Dec 3, 2026');
    expect(dateButton.textContent.trim()).toBe('Dec 3, 2026');
    // No field is drawn until the rep opens one.
    expect(root(element).querySelector('select')).toBeNull();
    expect(root(element).querySelector('input[type="date"]')).toBeNull();

    const select = await openField<HTMLSelectElement>(element, 'step-review', 'status');
    expect(select.getAttribute('aria-label')).toBe('Status of “Security review”');
    expect(select.value).toBe('Not Started');
    expect(Array.from(select.options).map((o) => o.value)).toEqual([
      'Not Started',
      'In Progress',
      'Blocked',
      'Done',
      'Skipped'
    ]);
    expect(root(element).activeElement).toBe(select);
    const date = await openField<HTMLInputElement>(element, 'step-review', 'date');
    expect(date.getAttribute('aria-label')).toBe('Due date of “Security review”');
    expect(date.value).toBe('2026-12-03');
    expect(root(element).activeElement).toBe(date);
  });

  it('it_should_emit_stepstatuschange_for_a_picked_status_without_saving', async () => {
    const element = render();
    const handler = listen(element, 'stepstatuschange');
    const select = await openField<HTMLSelectElement>(element, 'step-review', 'status');
    select.value = 'Done';
    select.dispatchEvent(new CustomEvent('change'));
    expect(details(handler)).toEqual([{ stepId: 'step-review', status: 'Done' }]);
    select.dispatchEvent(new CustomEvent('blur'));
    await rendered();
    expect(handler).toHaveBeenCalledTimes(1);
    expect(root(element).querySelector('select')).toBeNull();
  });

  it('it_should_send_a_status_reached_with_the_arrow_keys_only_on_enter_and_keep_it_on_escape', async () => {
    const element = render();
    const handler = listen(element, 'stepstatuschange');
    let select = await openField<HTMLSelectElement>(element, 'step-review', 'status');
    key(select, 'ArrowDown');
    select.value = 'In Progress';
    select.dispatchEvent(new CustomEvent('change'));
    key(select, 'ArrowDown');
    select.value = 'Blocked';
    select.dispatchEvent(new CustomEvent('change'));
    expect(handler).not.toHaveBeenCalled();
    key(select, 'Enter');
    expect(details(handler)).toEqual([{ stepId: 'step-review', status: 'Blocked' }]);
    await rendered();
    expect(root(element).activeElement).toBe(rowButton(element, 'step-review', 'status'));

    select = await openField<HTMLSelectElement>(element, 'step-review', 'status');
    key(select, 'ArrowDown');
    select.value = 'Done';
    select.dispatchEvent(new CustomEvent('change'));
    key(select, 'Escape');
    select.dispatchEvent(new CustomEvent('blur'));
    expect(handler).toHaveBeenCalledTimes(1);
  });

  it('it_should_emit_stepdatechange_on_enter_or_leaving_the_field_and_null_for_a_cleared_date', async () => {
    const element = render();
    const handler = listen(element, 'stepdatechange');
    let input = await openField<HTMLInputElement>(element, 'step-review', 'date');
    input.value = '2026-12-10';
    expect(handler).not.toHaveBeenCalled();
    key(input, 'Enter');
    await rendered();
    expect(root(element).querySelector('input[type="date"]')).toBeNull();
    input = await openField<HTMLInputElement>(element, 'step-review', 'date');
    input.value = '';
    input.dispatchEvent(new CustomEvent('blur'));
    await rendered();
    input = await openField<HTMLInputElement>(element, 'step-review', 'date');
    input.value = '2026-12-24';
    key(input, 'Escape');
    input.dispatchEvent(new CustomEvent('blur'));
    expect(details(handler)).toEqual([
      { stepId: 'step-review', dueDate: '2026-12-10' },
      { stepId: 'step-review', dueDate: null }
    ]);
  });

  it('it_should_emit_edit_move_and_delete_from_the_row_actions_menu', async () => {
    const element = render();
    const edit = listen(element, 'stepedit');
    const remove = listen(element, 'stepdelete');
    const move = listen(element, 'stepmove');
    const menuButton = rowButton(element, 'step-review', 'menu');
    expect(menuButton.getAttribute('aria-label')).toBe('Actions for “Security review”');
    expect(menuButton.getAttribute('aria-haspopup')).toBe('menu');
    expect(menuButton.getAttribute('aria-expanded')).toBe('false');
    // One button per row opens the menu; no other action button is drawn in the row.
    expect(row(element, 'step-review').querySelectorAll('button[data-action]')).toHaveLength(3);

    const choose = async (label: string): Promise<void> => {
      const items = await openMenu(element, 'step-review');
      expect(rowButton(element, 'step-review', 'menu').getAttribute('aria-expanded')).toBe('true');
      expect(query(row(element, 'step-review'), '[role="menu"]').getAttribute('aria-label')).toBe(
        'Actions for “Security review”'
      );
      items.find((item) => item.textContent.trim() === label)?.click();
      await rendered();
      expect(row(element, 'step-review').querySelector('[role="menu"]')).toBeNull();
    };
    await choose('Edit');
    await choose('Delete');
    await choose('Move up');
    await choose('Move down');
    expect(details(edit)).toEqual([{ stepId: 'step-review' }]);
    expect(details(remove)).toEqual([{ stepId: 'step-review' }]);
    expect(details(move)).toEqual([
      { stepId: 'step-review', targetStepId: 'step-questionnaire', direction: 'up' },
      { stepId: 'step-review', targetStepId: 'step-redlines', direction: 'down' }
    ]);
  });

  it('it_should_move_through_the_row_menu_with_the_keyboard_and_close_it_on_escape', async () => {
    const element = render();
    const menuButton = rowButton(element, 'step-review', 'menu');
    key(menuButton, 'ArrowDown');
    await rendered();
    const items = Array.from(row(element, 'step-review').querySelectorAll<HTMLElement>('[role="menuitem"]'));
    expect(items.map((item) => item.textContent.trim())).toEqual(['Edit', 'Move up', 'Move down', 'Delete']);
    expect(root(element).activeElement).toBe(items[0]);
    key(items[0], 'ArrowDown');
    expect(root(element).activeElement).toBe(items[1]);
    key(items[1], 'End');
    expect(root(element).activeElement).toBe(items[3]);
    key(items[3], 'ArrowDown');
    expect(root(element).activeElement).toBe(items[0]);
    key(items[0], 'Escape');
    await rendered();
    expect(row(element, 'step-review').querySelector('[role="menu"]')).toBeNull();
    expect(root(element).activeElement).toBe(rowButton(element, 'step-review', 'menu'));
  });

  it('it_should_open_the_menu_upward_when_the_list_would_cut_it_off_below', async () => {
    const element = render();
    // Layout as a browser would report it: the menu hangs 40 px below the bottom of the list's area.
    const box = jest.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (
      this: Element
    ) {
      const area = this.getAttribute('data-id') === 'steps-area';
      const menu = this.getAttribute('data-id') === 'row-menu';
      const [top, bottom] = area ? [0, 600] : menu ? [500, 640] : [0, 0];
      return { top, bottom, height: bottom - top, left: 0, right: 0, width: 0, x: 0, y: top } as DOMRect;
    });
    try {
      await openMenu(element, 'step-signature');
      await rendered();
      const dropdown = query(row(element, 'step-signature'), '[role="menu"]').parentElement;
      expect(dropdown?.className).toContain('slds-dropdown_bottom');
      // The next menu starts downward again, and stays so when it fits.
      box.mockImplementation(() => ({ top: 0, bottom: 100, height: 100 }) as DOMRect);
      key(query(row(element, 'step-signature'), '[role="menuitem"]'), 'Escape');
      await rendered();
      await openMenu(element, 'step-review');
      await rendered();
      const next = query(row(element, 'step-review'), '[role="menu"]').parentElement;
      expect(next?.className).not.toContain('slds-dropdown_bottom');
    } finally {
      box.mockRestore();
    }
  });

  it('it_should_disable_moving_the_first_step_of_a_group_up', async () => {
    const element = render();
    const items = await openMenu(element, 'step-questionnaire');
    expect(items.map((item) => [item.textContent.trim(), item.getAttribute('aria-disabled')])).toEqual([
      ['Edit', null],
      ['Move up', 'true'],
      ['Move down', null],
      ['Delete', null]
    ]);
    // Focus starts on the first item that can be chosen; the unavailable one is skipped by the arrows.
    expect(root(element).activeElement).toBe(items[0]);
    key(items[0], 'ArrowDown');
    expect(root(element).activeElement).toBe(items[2]);
    const move = listen(element, 'stepmove');
    items[1].click();
    expect(move).not.toHaveBeenCalled();
  });

  it('it_should_emit_stepadd_with_the_phase_of_the_group', () => {
    const element = render();
    const add = listen(element, 'stepadd');
    const procurement = query(root(element), 'button[data-phase="Procurement"]');
    expect(procurement.getAttribute('aria-label')).toBe('Add a step to Procurement');
    procurement.click();
    query(root(element), 'button[data-id="add-step"]').click();
    expect(details(add)).toEqual([{ phase: 'Procurement' }, { phase: null }]);
  });

  it('it_should_show_plain_values_and_no_controls_when_read_only', () => {
    const element = render({ readOnly: true });
    const review = row(element, 'step-review');
    expect(review.querySelector('button')).toBeNull();
    expect(review.querySelector('select')).toBeNull();
    expect(review.querySelector('input')).toBeNull();
    expect(textIn(review, '[data-id="status"]')).toBe('Not Started');
    expect(textIn(review, '[data-id="due"]')).toBe('Dec 3, 2026');
    expect(root(element).querySelector('[data-id="add-step"]')).toBeNull();
  });

  it('it_should_disable_inline_fields_while_saving', async () => {
    const element = render({ disabled: true });
    for (const action of ['status', 'date', 'menu'])
      expect(rowButton(element, 'step-review', action).disabled).toBe(true);
    // A field already open when the save starts closes.
    const open = render();
    await openField(open, 'step-review', 'date');
    open.disabled = true;
    await rendered();
    expect(root(open).querySelector('input[type="date"]')).toBeNull();
    expect(rowButton(open, 'step-review', 'date').disabled).toBe(true);
    // …and stays closed when the save is over.
    open.disabled = false;
    await rendered();
    expect(root(open).querySelector('input[type="date"]')).toBeNull();
    expect(rowButton(open, 'step-review', 'date').disabled).toBe(false);
  });

  it('it_should_say_when_there_are_no_steps', () => {
    const view = loadView();
    view.steps = [];
    const element = render({ list: listOf(view) });
    expect(textIn(root(element), '[data-id="no-steps"]')).toBe(
      'This plan has no steps yet. Add the first step, or apply a template.'
    );
  });

  it('it_should_show_a_step_as_one_compact_line_in_a_narrow_region', () => {
    const element = render({ narrow: true });
    expect(root(element).querySelector('table')?.className).toContain('plan-steps_narrow');
    const questionnaire = row(element, 'step-questionnaire');
    // Title, owner, due date, status and how late: nothing else until the row is opened.
    expect(textIn(questionnaire, '[data-id="title"]')).toBe('Security questionnaire');
    expect(textIn(questionnaire, '[data-id="owner"]')).toBe('Dana Buyer');
    expect(rowButton(element, 'step-questionnaire', 'date').getAttribute('aria-label')).toBe(
      'Due date of “Security questionnaire”: Nov 26, 2026'
    );
    expect(textIn(row(element, 'step-questionnaire'), 'button[data-action="status"]')).toBe('In Progress');
    expect(textIn(questionnaire, '[data-id="late"]')).toBe('5 days late');
    for (const hidden of ['deliverable', 'commitment', 'overdue', 'notes', 'projection'])
      expect(questionnaire.querySelector(`[data-id="${hidden}"]`)).toBeNull();
    expect(textIn(questionnaire, '[data-id="side"]')).toBe('');
    expect(questionnaire.querySelector('button[data-action="menu"]')).toBeNull();
    expect(row(element, 'step-review').querySelector('[data-id="blocked"]')).toBeNull();
    expect(row(element, 'step-review').querySelector('[data-id="late"]')).toBeNull();
    // The title shows two lines at most: the whole title is its tooltip.
    expect(query(questionnaire, '[data-id="title"]').getAttribute('title')).toBe('Security questionnaire');
    const toggle = rowButton(element, 'step-questionnaire', 'details');
    expect(toggle.getAttribute('aria-label')).toBe('Details of “Security questionnaire”');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
  });

  it('it_should_draw_wide_rows_whole_without_details_buttons', () => {
    const element = render();
    const questionnaire = row(element, 'step-questionnaire');
    expect(questionnaire.querySelector('button[data-action="details"]')).toBeNull();
    expect(questionnaire.querySelector('[data-id="late"]')).toBeNull();
    expect(query(questionnaire, '[data-id="title"]').getAttribute('title')).toBeNull();
    expect(textIn(questionnaire, '[data-id="notes"]')).toBe('Has notes');
  });

  it('it_should_open_a_narrow_row_to_its_details_and_actions_and_close_it_again', async () => {
    const element = render({ narrow: true });
    const edits = listen(element, 'stepedit');
    rowButton(element, 'step-questionnaire', 'details').click();
    await rendered();
    const questionnaire = row(element, 'step-questionnaire');
    expect(questionnaire.className).toContain('plan-steps__row_expanded');
    expect(rowButton(element, 'step-questionnaire', 'details').getAttribute('aria-expanded')).toBe('true');
    expect(textIn(questionnaire, '[data-id="deliverable"]')).toBe('Deliverable: Completed questionnaire');
    expect(textIn(questionnaire, '[data-id="commitment"]')).toBe('Buyer committed');
    expect(textIn(questionnaire, '[data-id="notes"]')).toBe('Has notes');
    expect(textIn(questionnaire, '[data-id="side"]')).toBe('Buyer');
    // How late stays the mark beside the date, not a second badge.
    expect(questionnaire.querySelector('[data-id="overdue"]')).toBeNull();
    expect(textIn(questionnaire, '[data-id="late"]')).toBe('5 days late');
    expect(query(questionnaire, '[data-id="title"]').getAttribute('title')).toBeNull();
    // Other rows stay closed.
    expect(row(element, 'step-review').querySelector('button[data-action="menu"]')).toBeNull();
    // The Actions menu of the open row: Edit opens the editor.
    const items = await openMenu(element, 'step-questionnaire');
    items.find((item) => item.dataset.value === 'edit')?.click();
    expect(details(edits)).toEqual([{ stepId: 'step-questionnaire' }]);
    await rendered();
    rowButton(element, 'step-questionnaire', 'details').click();
    await rendered();
    expect(rowButton(element, 'step-questionnaire', 'details').getAttribute('aria-expanded')).toBe('false');
    expect(questionnaire.querySelector('[data-id="deliverable"]')).toBeNull();
    expect(questionnaire.querySelector('button[data-action="menu"]')).toBeNull();
  });

  it('it_should_open_a_narrow_row_when_read_only_without_actions', async () => {
    const element = render({ narrow: true, readOnly: true });
    rowButton(element, 'step-review', 'details').click();
    await rendered();
    const review = row(element, 'step-review');
    expect(textIn(review, '[data-id="blocked"]')).toBe('Waiting on “Security questionnaire”');
    expect(review.querySelectorAll('button')).toHaveLength(1);
  });

  it('it_should_be_accessible', async () => {
    const element = render();
    await expect(element).toBeAccessible();
  });

  it('it_should_be_accessible_with_a_field_and_the_row_menu_open', async () => {
    const element = render();
    await openField(element, 'step-review', 'status');
    await openMenu(element, 'step-pricing');
    await expect(element).toBeAccessible();
  });

  it('it_should_be_accessible_in_a_narrow_region_with_a_row_open', async () => {
    const element = render({ narrow: true });
    rowButton(element, 'step-review', 'details').click();
    await rendered();
    await expect(element).toBeAccessible();
  });

  it('it_should_be_accessible_when_read_only', async () => {
    const element = render({ readOnly: true });
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

describe('c-plan-step-list words', () => {
  afterEach(() => {
    while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
  });

  it('it_should_read_its_headings_and_row_words_from_the_custom_labels', () =>
    withLabels(
      { stepListHeading: 'Schritte', stepListColumnOwner: 'Verantwortlich', stepListNoOwner: 'Niemand' },
      () => {
        const view = loadView();
        view.steps[0].ownerId = null;
        view.steps[0].ownerKey = null;
        view.steps[0].ownerName = null;
        const element = render({ list: listOf(view) });
        expect(root(element).querySelector('h2')?.textContent).toContain('Schritte');
        const headers = Array.from(root(element).querySelectorAll('th[scope="col"]')).map((th) =>
          th.textContent.trim()
        );
        expect(headers).toContain('Verantwortlich');
        const owner = row(element, view.steps[0].id ?? '').querySelector('[data-id="owner"]');
        expect(owner?.textContent.trim()).toBe('Niemand');
      }
    ));

  it('it_should_offer_the_org_status_options_the_list_carries', async () => {
    const view = loadView();
    view.picklists = {
      'Plan_Step__c.Status__c': [
        { value: 'Not Started', label: 'Nicht begonnen' },
        { value: 'Done', label: 'Erledigt' },
        { value: 'Waiting on Buyer', label: 'Wartet auf Käufer' }
      ]
    };
    const stepId = view.steps[0].id ?? '';
    const element = render({ list: buildStepList(view, assessView(view), { picklists: view.picklists }) });
    rowButton(element, stepId, 'status').click();
    await rendered();
    const options = Array.from(row(element, stepId).querySelectorAll('option')).map((o) =>
      o.textContent.trim()
    );
    expect(options).toEqual(expect.arrayContaining(['Nicht begonnen', 'Erledigt', 'Wartet auf Käufer']));
  });
});
