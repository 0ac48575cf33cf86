import { createElement } from 'lwc';
import { LABELS, type PlanLabels } from 'c/planLabels';
import PlanCascadePreview from 'c/planCascadePreview';
import {
  assessView,
  changeStatus,
  deleteStep,
  moveStep,
  editStep,
  withDealImpact,
  type PendingChange
} from 'c/planViewModel';
import type { PlanView } from 'c/planContract';
import planViewJson from '../../planContract/__tests__/data/planView.json';

/** The element a selector finds, typed as the caller says; fails the test when it is not rendered. */
function query<T extends Element = HTMLElement>(scope: ParentNode, selector: string): T {
  const found = scope.querySelector<T>(selector);
  if (!found) throw new Error(`${selector} is not rendered`);
  return found;
}

type PreviewElement = HTMLElement & { change?: PendingChange; saving: boolean };

const loadView = (): PlanView => JSON.parse(JSON.stringify(planViewJson)) as PlanView;

function render(change: PendingChange | undefined, saving = false): PreviewElement {
  const element = createElement('c-plan-cascade-preview', { is: PlanCascadePreview }) as PreviewElement;
  element.change = change;
  element.saving = saving;
  document.body.appendChild(element);
  return element;
}

function root(element: HTMLElement): ShadowRoot {
  if (!element.shadowRoot) throw new Error('no shadow root');
  return element.shadowRoot;
}

type ButtonElement = HTMLElement & { disabled: boolean; label: string; variant: string };

function button(element: HTMLElement, id: string): ButtonElement {
  return query<ButtonElement>(root(element), `lightning-button[data-id="${id}"]`);
}

describe('c-plan-cascade-preview', () => {
  afterEach(() => {
    while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
  });

  it('it_should_list_the_moved_step_and_its_cascade_in_words', () => {
    const element = render(moveStep(loadView(), 'step-review', '2026-12-10'));
    expect(root(element).querySelector('h2')?.textContent).toBe('Move “Security review” to Dec 10, 2026');
    const lines = Array.from(root(element).querySelectorAll('[data-id="lines"] li')).map(
      (li) => li.textContent
    );
    expect(lines).toEqual([
      '“Security review” moves from Dec 3, 2026 to Dec 10, 2026',
      '“Legal redlines” moves from Dec 8, 2026 to Dec 14, 2026: it starts the day after “Security review” is due (now Dec 10, 2026) and takes 3 days',
      '“Contract signed” moves from Dec 14, 2026 to Dec 15, 2026: it starts the day “Legal redlines” is due (now Dec 14, 2026) and takes 1 day'
    ]);
    expect(query(root(element), '[data-id="cascade-count"]').textContent.trim()).toBe(
      'Dependent steps that move with it: 2'
    );
    expect(button(element, 'confirm').label).toBe('Save');
    expect(button(element, 'confirm').disabled).toBe(false);
  });

  it('it_should_show_close_and_health_before_and_after_and_flag_each_committed_date_it_moves', () => {
    const view = loadView();
    const change = withDealImpact(
      moveStep(view, 'step-review', '2026-12-10'),
      view,
      assessView(view),
      'en-US'
    );
    const element = render(change);
    const impact = query(root(element), '[data-id="impact"]');
    expect(impact.querySelector('p')?.textContent).toBe('What it does to the deal');
    expect(query(impact, '[data-id="close"]').textContent).toBe(
      'Projected close moves from Dec 14, 2026 to Dec 15, 2026 — 16 days before the close date'
    );
    expect(query(impact, '[data-id="health"]').textContent).toBe(change.impact?.health);
    expect(query(impact, '[data-id="health"]').textContent).toMatch(/^Health (stays|goes from)/);
    const committed = Array.from(impact.querySelectorAll('[data-id="committed"] li'));
    expect(committed.map((li) => li.querySelector('.slds-badge')?.textContent)).toEqual([
      'Ask the buyer first'
    ]);
    expect(committed[0].textContent).toContain(
      '“Contract signed”: The buyer committed to Dec 14, 2026; it would move to Dec 15, 2026'
    );
  });

  it('it_should_show_no_deal_section_for_a_change_without_one', () => {
    const element = render(changeStatus(loadView(), 'step-questionnaire', 'Done'));
    expect(root(element).querySelector('[data-id="impact"]')).toBeNull();
  });

  it('it_should_use_one_kind_of_quotation_marks_in_every_line', () => {
    const view = loadView();
    const element = render(
      withDealImpact(moveStep(view, 'step-redlines', '2026-12-04'), view, assessView(view), 'en-US')
    );
    const text = root(element).querySelector('[data-id="preview"]')?.textContent ?? '';
    expect(text).toContain('“Legal redlines”');
    expect(text).not.toContain('"');
    expect(text).not.toMatch(/\b0 days\b/);
  });

  it('it_should_emit_confirm_and_cancel', () => {
    const element = render(moveStep(loadView(), 'step-review', '2026-12-10'));
    const confirm = jest.fn();
    const cancel = jest.fn();
    element.addEventListener('confirm', confirm);
    element.addEventListener('cancel', cancel);
    button(element, 'confirm').click();
    button(element, 'cancel').click();
    expect(confirm).toHaveBeenCalledTimes(1);
    expect(cancel).toHaveBeenCalledTimes(1);
  });

  it('it_should_cancel_on_escape', () => {
    const element = render(moveStep(loadView(), 'step-review', '2026-12-10'));
    const cancel = jest.fn();
    element.addEventListener('cancel', cancel);
    root(element)
      .querySelector('[data-id="preview"]')
      ?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(cancel).toHaveBeenCalledTimes(1);
  });

  it('it_should_block_saving_on_engine_errors', () => {
    const view = loadView();
    const questionnaire = view.steps.find((s) => s.id === 'step-questionnaire');
    if (!questionnaire) throw new Error('fixture');
    const element = render(editStep(view, { ...questionnaire, dependsOnId: 'step-redlines' }));
    const errors = root(element).querySelector('[data-id="errors"]');
    expect(errors?.getAttribute('role')).toBe('alert');
    expect(errors?.textContent).toMatch(/cycle/i);
    expect(button(element, 'confirm').disabled).toBe(true);
    const confirm = jest.fn();
    element.addEventListener('confirm', confirm);
    button(element, 'confirm').click();
    expect(confirm).not.toHaveBeenCalled();
  });

  it('it_should_show_warnings_without_blocking', () => {
    const element = render(moveStep(loadView(), 'step-redlines', '2026-12-04'));
    expect(root(element).querySelector('[data-id="warnings"] li')?.textContent).toBe(
      '“Legal redlines” would be due Dec 4, 2026, before its dependency allows (Dec 7, 2026).'
    );
    expect(button(element, 'confirm').disabled).toBe(false);
  });

  it('it_should_ask_to_delete_with_a_destructive_button', () => {
    const element = render(deleteStep(loadView(), 'step-review'));
    expect(button(element, 'confirm').label).toBe('Delete');
    expect(button(element, 'confirm').variant).toBe('destructive');
  });

  it('it_should_wait_while_saving', () => {
    const element = render(moveStep(loadView(), 'step-review', '2026-12-10'), true);
    expect(button(element, 'confirm').disabled).toBe(true);
    expect(button(element, 'cancel').disabled).toBe(true);
  });

  it('it_should_take_focus_when_it_appears', async () => {
    const element = render(moveStep(loadView(), 'step-review', '2026-12-10'));
    await Promise.resolve();
    expect(element.shadowRoot?.activeElement?.getAttribute('data-id')).toBe('preview');
  });

  it('it_should_be_accessible', async () => {
    const view = loadView();
    // The deal's close and health, and a committed date flagged with its badge.
    const element = render(
      withDealImpact(moveStep(view, 'step-redlines', '2026-12-20'), view, assessView(view), 'en-US')
    );
    expect(root(element).querySelector('[data-id="committed"]')).not.toBeNull();
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

describe('c-plan-cascade-preview words', () => {
  afterEach(() => {
    while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
  });

  it('it_should_read_its_words_from_the_custom_labels', () =>
    withLabels(
      {
        changeMoves: '{0} wandert von {1} nach {2}',
        previewCascadeCount: 'Abhängige Schritte: {0}',
        actionCancel: 'Abbrechen'
      },
      () => {
        const element = render(moveStep(loadView(), 'step-review', '2026-12-10'));
        const first = root(element).querySelector('[data-id="lines"] li')?.textContent;
        expect(first).toBe('“Security review” wandert von Dec 3, 2026 nach Dec 10, 2026');
        expect(query(root(element), '[data-id="cascade-count"]').textContent.trim()).toBe(
          'Abhängige Schritte: 2'
        );
        expect(button(element, 'cancel').label).toBe('Abbrechen');
      }
    ));
});
