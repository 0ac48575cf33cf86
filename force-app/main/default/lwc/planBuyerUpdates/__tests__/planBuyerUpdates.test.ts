import { createElement } from 'lwc';
import PlanBuyerUpdates from 'c/planBuyerUpdates';
import { LABELS, type PlanLabelKey } from 'c/planLabels';
import type { BuyerUpdateDto, PlanView } from 'c/planContract';
import { buildBuyerUpdates, type BuyerUpdatesView } from 'c/planViewModel';
import planViewJson from '../../planContract/__tests__/data/planView.json';

type UpdatesElement = HTMLElement & { updates: BuyerUpdatesView | undefined; disabled: boolean };
type ButtonStub = HTMLElement & { label: string; variant?: string; disabled?: boolean };
type TextareaStub = HTMLElement & { label: string; value: string; maxLength?: number };

const DATE_PROPOSAL = 'a06000000000003AAA';
const STEP_PROPOSAL = 'a06000000000004AAA';

function loadView(): PlanView {
  return JSON.parse(JSON.stringify(planViewJson)) as PlanView;
}

function updatesOf(view: PlanView = loadView()): BuyerUpdatesView {
  return buildBuyerUpdates(view, { locale: 'en-US', timeZone: 'UTC' });
}

function mount(updates: BuyerUpdatesView, disabled = false): UpdatesElement {
  const element = createElement('c-plan-buyer-updates', { is: PlanBuyerUpdates }) as UpdatesElement;
  element.updates = updates;
  element.disabled = disabled;
  document.body.appendChild(element);
  return element;
}

function root(element: HTMLElement): ShadowRoot {
  if (!element.shadowRoot) throw new Error('no shadow root');
  return element.shadowRoot;
}

function row(element: HTMLElement, id: string): HTMLElement {
  const found = root(element).querySelector<HTMLElement>(`li[data-update="${id}"]`);
  if (!found) throw new Error(`no update ${id}`);
  return found;
}

function buttonIn(scope: ParentNode, label: string): ButtonStub {
  const found = Array.from(scope.querySelectorAll<ButtonStub>('lightning-button')).find(
    (b) => b.label === label
  );
  if (!found) throw new Error(`no ${label} button`);
  return found;
}

function answers(element: HTMLElement): unknown[] {
  const seen: unknown[] = [];
  element.addEventListener('proposalanswer', (event) => seen.push((event as CustomEvent<unknown>).detail));
  return seen;
}

const rendered = (): Promise<void> => Promise.resolve();

afterEach(() => {
  while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
});

describe('c-plan-buyer-updates', () => {
  it('it_should_list_updates_newest_first_with_who_what_when_and_the_resolution', () => {
    const element = mount(updatesOf());
    const rows = Array.from(root(element).querySelectorAll<HTMLElement>('li[data-update]'));
    expect(rows.map((r) => r.dataset.update)).toEqual([
      STEP_PROPOSAL,
      DATE_PROPOSAL,
      'a06000000000002AAA',
      'a06000000000001AAA'
    ]);
    const sentences = rows.map((r) => r.querySelector('[data-id="sentence"]')?.textContent);
    expect(sentences).toEqual([
      'Dana Buyer proposed a new step: “IT security sign-off” (due Dec 12, 2026)',
      'Dana Buyer proposed moving “Legal redlines” to Dec 16, 2026: Our counsel is out until the 14th.',
      'Dana Buyer commented on “Security questionnaire”: We will send it back on Friday.',
      'Dana Buyer committed to the date of “Contract signed”'
    ]);
    expect(rows[0].querySelector('[data-id="detail"]')?.textContent).toBe(
      'Our IT lead signs off before legal starts.'
    );
    const when = rows[1].querySelector('time');
    expect(when?.getAttribute('datetime')).toBe('2026-11-30T09:00:00.000Z');
    expect(when?.textContent).toBe('Nov 30, 2026, 9:00 AM');
    expect(rows.map((r) => r.querySelector('[data-id="resolution"]')?.textContent)).toEqual([
      'Waiting for your answer',
      'Waiting for your answer',
      'Recorded',
      'Recorded'
    ]);
    expect(root(element).querySelector('[data-id="summary"]')?.textContent).toBe(
      '4 updates · 2 unread · 2 waiting for your answer'
    );
  });

  it('it_should_highlight_the_updates_unread_when_the_tab_opened_even_once_they_are_marked_seen', async () => {
    const element = mount(updatesOf());
    const highlighted = (): (string | undefined)[] =>
      Array.from(root(element).querySelectorAll<HTMLElement>('li.buyer-update_unread')).map(
        (r) => r.dataset.update
      );
    expect(highlighted()).toEqual([STEP_PROPOSAL, DATE_PROPOSAL]);
    expect(row(element, DATE_PROPOSAL).querySelector('[data-id="new"]')?.textContent).toBe('New');
    expect(row(element, 'a06000000000001AAA').querySelector('[data-id="new"]')).toBeNull();
    const seen = loadView();
    seen.buyerUpdates = seen.buyerUpdates.map((update) => ({ ...update, seen: true }));
    element.updates = updatesOf(seen);
    await rendered();
    expect(highlighted()).toEqual([STEP_PROPOSAL, DATE_PROPOSAL]);
  });

  it('it_should_show_buyers_words_as_text_never_as_markup', () => {
    const view = loadView();
    const hostile: BuyerUpdateDto = {
      ...view.buyerUpdates[2],
      id: 'a06000000000009AAA',
      message: '<img src=x onerror="alert(1)"><b>urgent</b>'
    };
    view.buyerUpdates = [hostile];
    const element = mount(updatesOf(view));
    const sentence = row(element, hostile.id).querySelector('[data-id="sentence"]');
    expect(sentence?.textContent).toBe(
      'Dana Buyer commented on “Security questionnaire”: <img src=x onerror="alert(1)"><b>urgent</b>'
    );
    expect(root(element).querySelector('img')).toBeNull();
    expect(root(element).querySelector('b')).toBeNull();
  });

  it('it_should_offer_answers_only_on_pending_proposals', () => {
    const element = mount(updatesOf());
    expect(buttonIn(row(element, DATE_PROPOSAL), 'Accept the date').variant).toBe('brand');
    expect(buttonIn(row(element, STEP_PROPOSAL), 'Add the step')).toBeTruthy();
    expect(buttonIn(row(element, STEP_PROPOSAL), 'Decline')).toBeTruthy();
    expect(row(element, 'a06000000000002AAA').querySelector('lightning-button')).toBeNull();
  });

  it('it_should_send_an_accepted_date_with_the_note_from_its_form', async () => {
    const element = mount(updatesOf());
    const sent = answers(element);
    buttonIn(row(element, DATE_PROPOSAL), 'Accept the date').click();
    await rendered();
    const form = row(element, DATE_PROPOSAL).querySelector('[data-id="answer-form"]');
    expect(form?.querySelector('legend')?.textContent).toBe('Accept Dana Buyer’s proposal');
    expect(form?.querySelector('[data-id="answer-help"]')?.textContent).toContain(
      'every step the new date moves'
    );
    const note = row(element, DATE_PROPOSAL).querySelector<TextareaStub>('[data-id="answer-note"]');
    expect(note?.maxLength).toBe(255);
    note?.dispatchEvent(new CustomEvent('change', { detail: { value: '  Works for us  ' } }));
    buttonIn(row(element, DATE_PROPOSAL), 'Review the change').click();
    await rendered();
    expect(sent).toEqual([{ updateId: DATE_PROPOSAL, resolution: 'Accepted', note: 'Works for us' }]);
    expect(root(element).querySelector('[data-id="answer-form"]')).toBeNull();
  });

  it('it_should_decline_without_a_note_and_cancel_without_sending', async () => {
    const element = mount(updatesOf());
    const sent = answers(element);
    buttonIn(row(element, STEP_PROPOSAL), 'Decline').click();
    await rendered();
    buttonIn(row(element, STEP_PROPOSAL), 'Cancel').click();
    await rendered();
    expect(root(element).querySelector('[data-id="answer-form"]')).toBeNull();
    expect(sent).toEqual([]);
    buttonIn(row(element, STEP_PROPOSAL), 'Decline').click();
    await rendered();
    const confirm = buttonIn(row(element, STEP_PROPOSAL), 'Decline');
    expect(confirm.variant).toBe('destructive');
    confirm.click();
    expect(sent).toEqual([{ updateId: STEP_PROPOSAL, resolution: 'Declined', note: null }]);
  });

  it('it_should_close_the_form_when_the_proposal_is_answered_meanwhile', async () => {
    const element = mount(updatesOf());
    buttonIn(row(element, DATE_PROPOSAL), 'Accept the date').click();
    await rendered();
    expect(root(element).querySelector('[data-id="answer-form"]')).not.toBeNull();
    const answered = loadView();
    const declined: Partial<BuyerUpdateDto> = {
      resolution: 'Declined',
      resolvedByName: 'Sam Seller',
      resolvedAt: '2026-12-01T10:00:00.000Z'
    };
    answered.buyerUpdates = answered.buyerUpdates.map((update) => ({
      ...update,
      ...(update.id === DATE_PROPOSAL ? declined : {})
    }));
    element.updates = updatesOf(answered);
    await rendered();
    expect(root(element).querySelector('[data-id="answer-form"]')).toBeNull();
    expect(row(element, DATE_PROPOSAL).querySelector('[data-id="answer"]')?.textContent.trim()).toBe(
      'Declined by Sam Seller on Dec 1, 2026'
    );
  });

  it('it_should_send_nothing_while_disabled', () => {
    const element = mount(updatesOf(), true);
    const sent = answers(element);
    const accept = buttonIn(row(element, DATE_PROPOSAL), 'Accept the date');
    expect(accept.disabled).toBe(true);
    accept.click();
    expect(root(element).querySelector('[data-id="answer-form"]')).toBeNull();
    expect(sent).toEqual([]);
  });

  it('it_should_say_when_there_are_no_updates', () => {
    const view = loadView();
    view.buyerUpdates = [];
    const element = mount(updatesOf(view));
    expect(root(element).querySelector('[data-id="summary"]')?.textContent).toContain('No buyer updates yet');
    expect(root(element).querySelector('ol')).toBeNull();
  });

  it('it_should_be_accessible_with_an_answer_form_open', async () => {
    const element = mount(updatesOf());
    buttonIn(row(element, STEP_PROPOSAL), 'Decline').click();
    await rendered();
    await expect(element).toBeAccessible();
  });

  it('it_should_read_its_words_and_its_view_models_words_from_custom_labels', () => {
    const labels = LABELS as Record<PlanLabelKey, string>;
    const saved = { ...labels };
    labels.buyerUpdatesHeading = 'Neues von Käufern';
    labels.buyerUpdatesCommitted = '{0} hat dem Termin von {1} zugestimmt';
    labels.wordsQuoted = '„{0}“';
    try {
      const element = mount(updatesOf());
      expect(root(element).querySelector('h3')?.textContent).toBe('Neues von Käufern');
      const committed = root(element).querySelector(
        'li[data-update="a06000000000001AAA"] [data-id="sentence"]'
      );
      expect(committed?.textContent).toBe('Dana Buyer hat dem Termin von „Contract signed“ zugestimmt');
    } finally {
      Object.assign(labels, saved);
    }
  });
});
