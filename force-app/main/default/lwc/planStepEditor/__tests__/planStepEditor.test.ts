import { createElement } from 'lwc';
import PlanStepEditor from 'c/planStepEditor';
import { LABELS, type PlanLabelKey } from 'c/planLabels';
import { blankStep } from 'c/planViewModel';
import type { PlanView, StakeholderDto, StepDto } from 'c/planContract';
import planViewJson from '../../planContract/__tests__/data/planView.json';

interface EditorProps {
  step?: StepDto;
  mode: 'add' | 'edit';
  steps: StepDto[];
  stakeholders: StakeholderDto[];
  planId: string | null;
  today: string;
}
/** The element a selector finds, typed as the caller says; fails the test when it is not rendered. */
function query<T extends Element = HTMLElement>(scope: ParentNode, selector: string): T {
  const found = scope.querySelector<T>(selector);
  if (!found) throw new Error(`${selector} is not rendered`);
  return found;
}

type EditorElement = HTMLElement & EditorProps;
type Field = HTMLElement & { label: string; value: unknown; options?: { label: string; value: string }[] };

const loadView = (): PlanView => JSON.parse(JSON.stringify(planViewJson)) as PlanView;

function stepOf(view: PlanView, id: string): StepDto {
  const step = view.steps.find((s) => s.id === id);
  if (!step) throw new Error(`no step ${id}`);
  return step;
}

function render(step: StepDto, mode: 'add' | 'edit' = 'edit'): EditorElement {
  const view = loadView();
  const element = createElement('c-plan-step-editor', { is: PlanStepEditor }) as EditorElement;
  Object.assign(element, {
    step,
    mode,
    steps: view.steps,
    stakeholders: view.stakeholders,
    planId: view.plan?.id ?? null,
    today: view.today
  });
  document.body.appendChild(element);
  return element;
}

function root(element: HTMLElement): ShadowRoot {
  if (!element.shadowRoot) throw new Error('no shadow root');
  return element.shadowRoot;
}

function field(element: HTMLElement, name: string): Field {
  return query<Field>(root(element), `[data-field="${name}"]`);
}

function change(element: HTMLElement, name: string, detail: { value?: string; checked?: boolean }): void {
  field(element, name).dispatchEvent(new CustomEvent('change', { detail }));
}

function click(element: HTMLElement, id: string): void {
  query(root(element), `[data-id="${id}"]`).click();
}

type Listener = jest.Mock<undefined, [Event]>;

function listen(element: HTMLElement, name: string): Listener {
  const handler = jest.fn<undefined, [Event]>();
  element.addEventListener(name, handler);
  return handler;
}

function savedStep(handler: Listener): StepDto {
  return ((handler.mock.calls[0][0] as CustomEvent<unknown>).detail as { step: StepDto }).step;
}

const rerender = (): Promise<void> => Promise.resolve();

describe('c-plan-step-editor', () => {
  afterEach(() => {
    while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
  });

  it('it_should_open_as_a_labelled_modal_with_the_step_values', () => {
    const element = render(stepOf(loadView(), 'step-questionnaire'));
    const dialog = root(element).querySelector('section[role="dialog"]');
    expect(dialog?.getAttribute('aria-modal')).toBe('true');
    expect(root(element).querySelector('h1')?.textContent).toBe('Edit “Security questionnaire”');
    expect(field(element, 'title').value).toBe('Security questionnaire');
    expect(field(element, 'side').value).toBe('Buyer');
    expect(field(element, 'ownerId').value).toBe('sh-dana');
    expect(field(element, 'dueDate').value).toBe('2026-11-26');
    expect(field(element, 'status').value).toBe('In Progress');
    expect(field(element, 'phase').value).toBe('Security and Legal');
    expect(field(element, 'deliverable').value).toBe('Completed questionnaire');
    expect(field(element, 'notes').value).toBe('Send the SIG Lite version');
    expect(field(element, 'visibility').value).toBe('Shared');
    expect(field(element, 'lagDays').value).toBe('0');
    expect(field(element, 'durationDays').value).toBe('1');
    expect(field(element, 'commitment').value).toBe('Committed');
  });

  it('it_should_offer_the_plan_stakeholders_as_owners_and_other_steps_as_dependencies', () => {
    const element = render(stepOf(loadView(), 'step-review'));
    expect(field(element, 'ownerId').options?.map((o) => o.label)).toEqual([
      'No owner',
      'Dana Buyer (Buyer, Security)',
      'Sam Seller (Seller, Account Executive)'
    ]);
    const dependencies = field(element, 'dependsOnId').options?.map((o) => o.value) ?? [];
    expect(dependencies).toContain('step-questionnaire');
    expect(dependencies).not.toContain('step-review');
    expect(field(element, 'dependsOnId').value).toBe('step-questionnaire');
  });

  it('it_should_emit_save_with_the_edited_step', async () => {
    const element = render(stepOf(loadView(), 'step-review'));
    const save = listen(element, 'save');
    change(element, 'title', { value: '  Security review (InfoSec)  ' });
    change(element, 'ownerId', { value: 'sh-dana' });
    change(element, 'dueDate', { value: '2026-12-10' });
    change(element, 'notes', { value: 'Agenda: scope, pen test, data flows' });
    change(element, 'lagDays', { value: '2' });
    change(element, 'isMilestone', { checked: true });
    change(element, 'visibility', { value: 'Internal' });
    await rerender();
    click(element, 'save');
    expect(save).toHaveBeenCalledTimes(1);
    expect(savedStep(save)).toMatchObject({
      id: 'step-review',
      title: 'Security review (InfoSec)',
      ownerId: 'sh-dana',
      ownerName: 'Dana Buyer',
      dueDate: '2026-12-10',
      notes: 'Agenda: scope, pen test, data flows',
      lagDays: 2,
      isMilestone: true,
      visibility: 'Internal',
      lastModified: '2026-11-28T09:00:00.000Z'
    });
  });

  it('it_should_draw_the_close_icon_dark_on_the_modal_s_white_close_button', () => {
    // SLDS gives .slds-modal__close a white background: an inverse (white) icon would vanish.
    const element = render(stepOf(loadView(), 'step-review'));
    const close = root(element).querySelector<HTMLElement & { variant?: string; iconName?: string }>(
      'lightning-button-icon[data-id="close"]'
    );
    expect(close?.iconName).toBe('utility:close');
    expect(close?.variant).toBe('bare');
  });

  it('it_should_ask_for_a_title_before_saving_a_new_step', async () => {
    const element = render(blankStep(loadView(), 'Procurement'), 'add');
    const save = listen(element, 'save');
    expect(root(element).querySelector('h1')?.textContent).toBe('Add a step');
    // An empty form warns of nothing before the rep types or saves.
    expect(root(element).querySelector('[data-id="warnings"]')).toBeNull();
    click(element, 'save');
    await rerender();
    expect(
      Array.from(root(element).querySelectorAll('[data-id="warnings"] li')).map((li) => li.textContent)
    ).toEqual(['"This step" has no due date.', '"This step" has no owner.']);
    expect(save).not.toHaveBeenCalled();
    const errors = root(element).querySelector('[data-id="errors"]');
    expect(errors?.getAttribute('role')).toBe('alert');
    expect(Array.from(errors?.querySelectorAll('li') ?? []).map((li) => li.textContent)).toEqual([
      'Enter a title for the step.'
    ]);
    change(element, 'title', { value: 'Order form review' });
    await rerender();
    expect(root(element).querySelector('[data-id="errors"]')).toBeNull();
    click(element, 'save');
    expect(savedStep(save)).toMatchObject({ id: null, title: 'Order form review', phase: 'Procurement' });
  });

  it('it_should_block_a_dependency_on_itself_with_the_engine_message', async () => {
    const view = loadView();
    const pricing = stepOf(view, 'step-pricing');
    const element = render({ ...pricing, dependsOnId: 'step-pricing' });
    const save = listen(element, 'save');
    click(element, 'save');
    await rerender();
    expect(save).not.toHaveBeenCalled();
    expect(root(element).querySelector('[data-id="errors"]')?.textContent).toMatch(/depends on itself/i);
  });

  it('it_should_show_engine_warnings_without_blocking', async () => {
    const element = render(stepOf(loadView(), 'step-pricing'));
    const save = listen(element, 'save');
    await rerender();
    expect(root(element).querySelector('[data-id="warnings"]')?.textContent).toMatch(/owner/i);
    click(element, 'save');
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('it_should_ask_for_a_completed_date_on_a_done_step_and_refuse_a_future_one', async () => {
    const element = render(stepOf(loadView(), 'step-review'));
    const save = listen(element, 'save');
    change(element, 'status', { value: 'Done' });
    await rerender();
    expect(field(element, 'completedDate').value).toBe('2026-12-01');
    change(element, 'completedDate', { value: '2026-12-20' });
    await rerender();
    click(element, 'save');
    await rerender();
    expect(save).not.toHaveBeenCalled();
    expect(root(element).querySelector('[data-id="errors"]')?.textContent).toMatch(/future/i);
  });

  it('it_should_refuse_a_duration_that_is_not_a_whole_number', async () => {
    const element = render(stepOf(loadView(), 'step-review'));
    const save = listen(element, 'save');
    change(element, 'durationDays', { value: '1.5' });
    click(element, 'save');
    await rerender();
    expect(save).not.toHaveBeenCalled();
    expect(root(element).querySelector('[data-id="errors"] li')?.textContent).toBe(
      'Enter the duration as a whole number of days, 0 or more.'
    );
  });

  it('it_should_cancel_from_the_button_the_close_icon_and_escape', () => {
    const element = render(stepOf(loadView(), 'step-review'));
    const cancel = listen(element, 'cancel');
    click(element, 'cancel');
    click(element, 'close');
    root(element)
      .querySelector('section[role="dialog"]')
      ?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(cancel).toHaveBeenCalledTimes(3);
  });

  it('it_should_focus_the_title_and_keep_focus_inside_the_dialog', async () => {
    // jsdom does not focus the base-component stubs, so the test watches which element is asked to.
    const focus = jest.spyOn(HTMLElement.prototype, 'focus');
    const focused = (): (string | null)[] =>
      focus.mock.contexts.map((el) => {
        const target = el as HTMLElement;
        return target.getAttribute('data-field') ?? target.getAttribute('data-id');
      });
    const element = render(stepOf(loadView(), 'step-review'));
    await rerender();
    expect(focused()).toEqual(['title']);
    query(root(element), '[data-id="focus-end"]').dispatchEvent(new FocusEvent('focus'));
    query(root(element), '[data-id="focus-start"]').dispatchEvent(new FocusEvent('focus'));
    expect(focused()).toEqual(['title', 'close', 'save']);
    focus.mockRestore();
  });

  it('it_should_be_accessible', async () => {
    const element = render(stepOf(loadView(), 'step-review'));
    await expect(element).toBeAccessible();
  });

  it('it_should_be_accessible_with_errors_shown', async () => {
    const element = render(blankStep(loadView()), 'add');
    click(element, 'save');
    await rerender();
    await expect(element).toBeAccessible();
  });

  it('it_should_read_its_words_from_custom_labels_and_its_options_from_the_org', async () => {
    const labels = LABELS as Record<PlanLabelKey, string>;
    const saved = { title: labels.stepEditorTitle, heading: labels.stepEditorHeadingEdit };
    labels.stepEditorTitle = 'Titel';
    labels.stepEditorHeadingEdit = '„{0}“ bearbeiten';
    try {
      const element = render(stepOf(loadView(), 'step-questionnaire'));
      expect(field(element, 'title').label).toBe('Titel');
      expect(query(root(element), 'h1').textContent).toBe('„Security questionnaire“ bearbeiten');
      // Before the load's picklists arrive: the compiled options; then the org's, in its order and words.
      expect(field(element, 'status').options?.map((o) => o.value)).toEqual([
        'Not Started',
        'In Progress',
        'Blocked',
        'Done',
        'Skipped'
      ]);
      (element as EditorElement & { picklists: PlanView['picklists'] }).picklists = {
        'Plan_Step__c.Status__c': [
          { value: 'Not Started', label: 'Nicht begonnen' },
          { value: 'Waiting on Legal', label: 'Wartet auf Rechtsabteilung' },
          { value: 'Done', label: 'Erledigt' }
        ]
      };
      await Promise.resolve();
      const status = field(element, 'status');
      expect(status.options?.map((o) => o.label)).toEqual([
        'Nicht begonnen',
        'Wartet auf Rechtsabteilung',
        'Erledigt',
        // The step's own value stays offered though the org no longer lists it.
        String(status.value)
      ]);
    } finally {
      labels.stepEditorTitle = saved.title;
      labels.stepEditorHeadingEdit = saved.heading;
    }
  });
});
