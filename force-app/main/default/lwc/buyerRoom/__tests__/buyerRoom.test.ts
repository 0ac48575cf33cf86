import { createElement } from 'lwc';
import BuyerRoom from 'c/buyerRoom';
import getRoom from '@salesforce/apex/BuyerRoomController.getRoom';
import act from '@salesforce/apex/BuyerRoomController.act';
import { CurrentPageReference } from 'lightning/navigation';
import type { BuyerActionRequest, BuyerRoomView } from 'c/buyerRoomContract';
import type * as WordsData from '../../buyerRoomModel/__tests__/data/words';
import { TOKEN, roomView } from '../../buyerRoomModel/__tests__/data/room';

// The page's words are the package's Custom Labels, read from the labels file.
jest.mock('../labels', () => ({
  WORDS: jest.requireActual<typeof WordsData>('../../buyerRoomModel/__tests__/data/words').readWords()
}));
jest.mock(
  '@salesforce/label/c.Buyer_Room_Link_Not_Valid',
  () => ({ default: 'This link is not valid. Ask your contact for a new one.' }),
  { virtual: true }
);
jest.mock('@salesforce/apex/BuyerRoomController.getRoom', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/BuyerRoomController.act', () => ({ default: jest.fn() }), { virtual: true });

const getRoomMock = getRoom as unknown as jest.Mock<Promise<BuyerRoomView>, [{ token: string }]>;
const actMock = act as unknown as jest.Mock<Promise<BuyerRoomView>, [{ token: string; actionJson: string }]>;
// eslint-disable-next-line @lwc/lwc/no-unexpected-wire-adapter-usages -- the test drives the page's wire
const pageReference = CurrentPageReference as unknown as { emit(value: unknown): void };

type Stub = HTMLElement & {
  label: string;
  value?: string;
  disabled?: boolean;
  min?: string;
  max?: string;
  type?: string;
  alternativeText?: string;
};

const NOT_VALID = 'This link is not valid. Ask your contact for a new one.';

/** Lets the Apex promises settle and the page re-render. */
// eslint-disable-next-line @lwc/lwc/no-async-operation -- a test waits a macrotask for Apex promises to settle
const flush = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

function mount(): HTMLElement {
  const element = createElement('c-buyer-room', { is: BuyerRoom });
  document.body.appendChild(element);
  return element;
}

async function open(view: BuyerRoomView = roomView(), state: Record<string, string> = { t: TOKEN }) {
  getRoomMock.mockResolvedValue(view);
  const element = mount();
  pageReference.emit({ type: 'comm__namedPage', attributes: { name: 'Plan__c' }, state });
  await flush();
  return element;
}

function root(element: HTMLElement): ShadowRoot {
  if (!element.shadowRoot) throw new Error('no shadow root');
  return element.shadowRoot;
}

function one<T extends Element = HTMLElement>(scope: ParentNode, selector: string): T {
  const found = scope.querySelector<T>(selector);
  if (!found) throw new Error(`${selector} is not rendered`);
  return found;
}

function textOf(scope: ParentNode, selector: string): string {
  return one(scope, selector).textContent.replace(/\s+/g, ' ').trim();
}

function stepItem(element: HTMLElement, id: string): HTMLElement {
  return one(root(element), `[data-id="steps-card"] li[data-step-id="${id}"]`);
}

function button(scope: ParentNode, label: string): Stub {
  const found = Array.from(scope.querySelectorAll<Stub>('lightning-button')).find((b) => b.label === label);
  if (!found) throw new Error(`no ${label} button`);
  return found;
}

function badges(scope: ParentNode): string[] {
  return Array.from(scope.querySelectorAll<Stub>('lightning-badge')).map((b) => b.label);
}

function typeInto(scope: ParentNode, field: string, value: string): void {
  one(scope, `[data-field="${field}"]`).dispatchEvent(new CustomEvent('change', { detail: { value } }));
}

function sent(call = 0): BuyerActionRequest {
  return JSON.parse(actMock.mock.calls[call][0].actionJson) as BuyerActionRequest;
}

/** Opens a step's action form: the step's list item, holding the form once rendered. */
async function openForm(element: HTMLElement, stepId: string, label: string): Promise<HTMLElement> {
  button(stepItem(element, stepId), label).click();
  await flush();
  return stepItem(element, stepId);
}

async function send(scope: ParentNode): Promise<void> {
  button(scope, 'Send').click();
  await flush();
}

afterEach(() => {
  while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
  jest.clearAllMocks();
});

describe('c-buyer-room', () => {
  describe('loading', () => {
    it('it_should_load_the_room_with_one_getRoom_call_for_the_links_token', async () => {
      getRoomMock.mockReturnValue(new Promise<BuyerRoomView>(() => undefined));
      const element = mount();
      pageReference.emit({ type: 'comm__namedPage', attributes: {}, state: { t: TOKEN } });
      await flush();
      expect(one<Stub>(root(element), 'lightning-spinner').alternativeText).toBe('Loading the plan');
      expect(getRoomMock.mock.calls).toEqual([[{ token: TOKEN }]]);
      // The same page reference again: no second call.
      pageReference.emit({ type: 'comm__namedPage', attributes: {}, state: { t: TOKEN } });
      await flush();
      expect(getRoomMock).toHaveBeenCalledTimes(1);
      expect(actMock).not.toHaveBeenCalled();
    });

    it('it_should_show_the_plan_objective_criteria_and_go_live_date', async () => {
      const element = await open();
      expect(getRoomMock).toHaveBeenCalledTimes(1);
      expect(root(element).querySelector('lightning-spinner')).toBeNull();
      expect(textOf(root(element), '[data-id="plan-name"]')).toBe('Acme – 2027 rollout plan');
      expect(textOf(root(element), '[data-id="account"]')).toBe('Acme');
      expect(textOf(root(element), '[data-field="objective"]')).toBe('Roll out to 400 agents by Q1');
      expect(textOf(root(element), '[data-field="successCriteria"]')).toBe('Not set yet');
      expect(textOf(root(element), '[data-field="goLiveDate"]')).toMatch(/2027/);
    });

    it('it_should_show_the_doors_sentence_and_no_plan_data_when_the_link_is_not_valid', async () => {
      getRoomMock.mockRejectedValue({ status: 500, body: { message: NOT_VALID } });
      const element = mount();
      const tampered = `${'x'.repeat(42)}A`;
      pageReference.emit({ type: 'comm__namedPage', attributes: {}, state: { t: tampered } });
      await flush();
      expect(getRoomMock.mock.calls).toEqual([[{ token: tampered }]]);
      expect(textOf(root(element), '[data-id="link-error"]')).toBe(NOT_VALID);
      const shown = root(element).textContent;
      expect(shown).not.toContain('Acme');
      expect(root(element).querySelector('[data-step-id]')).toBeNull();
      expect(root(element).querySelector('lightning-card')).toBeNull();
      expect(root(element).querySelector('lightning-button')).toBeNull();
      await expect(element).toBeAccessible();
    });

    it('it_should_say_not_valid_without_a_server_call_for_a_missing_or_malformed_token', async () => {
      for (const state of [
        {},
        { t: '' },
        { t: 'tampered' },
        { t: `${'x'.repeat(42)}!` },
        { t: 'x'.repeat(44) }
      ]) {
        getRoomMock.mockClear();
        const element = mount();
        pageReference.emit({ type: 'comm__namedPage', attributes: {}, state });
        // eslint-disable-next-line no-await-in-loop -- each state is its own page, checked in turn
        await flush();
        expect(getRoomMock).not.toHaveBeenCalled();
        expect(textOf(root(element), '[data-id="link-error"]')).toBe(NOT_VALID);
        document.body.removeChild(element);
      }
    });
  });

  describe('the plan', () => {
    it('it_should_group_the_shared_steps_by_phase', async () => {
      const element = await open();
      const phases = Array.from(root(element).querySelectorAll<HTMLElement>('section[data-phase]')).map(
        (section) => [
          textOf(section, '[data-id="phase"]'),
          Array.from(section.querySelectorAll('[data-id="title"]')).map((t) => t.textContent)
        ]
      );
      expect(phases).toEqual([
        ['Discovery', ['Discovery call', 'Share the current support process']],
        ['Evaluation', ['Technical demo']],
        ['Security and Legal', ['Security review']],
        ['Signature', ['Sign the order form']],
        ['Pilot', ['Pilot with 10 agents']],
        ['Other steps', ['Kick-off workshop']]
      ]);
      const demo = stepItem(element, 's4');
      expect(textOf(demo, '[data-id="owner"]')).toBe('Owner: Sam Seller');
      expect(textOf(demo, '[data-id="side"]')).toBe('Seller side');
      expect(textOf(demo, '[data-id="due"]')).toMatch(/^Due .*2026$/);
      expect(textOf(demo, '[data-id="deliverable"]')).toBe('Deliverable: Demo recording');
      expect(badges(demo)).toEqual(['Milestone', 'Not started']);
      expect(textOf(stepItem(element, 's3'), '[data-id="commitment"]')).toMatch(
        /^Date committed by Lee Park on /
      );
    });

    it('it_should_show_nothing_the_contract_does_not_name_even_if_sent', async () => {
      const view = roomView();
      const leaky = view as BuyerRoomView & Record<string, unknown>;
      leaky.opportunity = { name: 'Acme – 2027 rollout', amount: 480000, stage: 'Negotiation' };
      Object.assign(view.plan, { valueSummary: 'Saves 1.2M a year', abandonReason: 'Budget cut' });
      Object.assign(view.steps[1], { notes: 'Internal: the champion is leaving', visibility: 'Internal' });
      Object.assign(view.committee[1], { stance: 'Blocker', influence: 'High', email: 'lee@acme.example' });
      const element = await open(view);
      const shown = root(element).textContent;
      for (const secret of [
        '480000',
        'Negotiation',
        'Saves 1.2M',
        'Budget cut',
        'champion is leaving',
        'Blocker',
        'lee@acme'
      ]) {
        expect(shown).not.toContain(secret);
      }
      expect(textOf(root(element), '[data-id="committee"]')).toContain('Lee Park');
    });

    it('it_should_mark_the_viewers_own_steps', async () => {
      const element = await open();
      const mine = Array.from(
        root(element).querySelectorAll<HTMLElement>('[data-id="steps-card"] li[data-step-id]')
      )
        .filter((li) => li.querySelector('[data-id="mine"]'))
        .map((li) => li.dataset.stepId);
      expect(mine).toEqual(['s2', 's6']);
      expect(stepItem(element, 's2').classList.contains('buyer-step_mine')).toBe(true);
      expect(stepItem(element, 's3').classList.contains('buyer-step_mine')).toBe(false);
      expect(one<Stub>(stepItem(element, 's2'), '[data-id="mine"]').label).toBe('Yours');
    });

    it('it_should_flag_an_overdue_step_with_its_days_late', async () => {
      const element = await open();
      const late = Array.from(
        root(element).querySelectorAll<HTMLElement>('[data-id="steps-card"] li[data-step-id]')
      )
        .filter((li) => li.querySelector('[data-id="late"]'))
        .map((li) => [li.dataset.stepId, one<Stub>(li, '[data-id="late"]').label]);
      expect(late).toEqual([['s2', '5 days late']]);
      expect(stepItem(element, 's2').classList.contains('buyer-step_overdue')).toBe(true);
    });

    it('it_should_show_whats_next_on_the_buyers_side_and_the_committee', async () => {
      const element = await open();
      const next = Array.from(root(element).querySelectorAll('[data-id="next"] [data-id="title"]')).map(
        (t) => t.textContent
      );
      expect(next).toEqual(['Share the current support process', 'Kick-off workshop', 'Security review']);
      const members = Array.from(root(element).querySelectorAll('[data-id="committee"] li')).map((li) => [
        textOf(li, '[data-id="member-name"]'),
        li.querySelector('[data-id="member-detail"]')?.textContent ?? ''
      ]);
      expect(members).toEqual([
        ['Dana Reyes', 'Champion · Head of Support'],
        ['Lee Park', 'Economic Buyer · CFO'],
        ['Chris Moe', '']
      ]);
      expect(one<Stub>(root(element), '[data-id="you"]').label).toBe('You');
    });

    it('it_should_link_the_calendar_feed_and_its_webcal_subscription', async () => {
      const element = await open();
      expect(one<HTMLAnchorElement>(root(element), '[data-id="calendar"]').getAttribute('href')).toBe(
        `https://acme.my.site.com/services/apexrest/buyer-room/calendar?k=${TOKEN}`
      );
      expect(
        one<HTMLAnchorElement>(root(element), '[data-id="calendar-subscribe"]').getAttribute('href')
      ).toBe(`webcal://acme.my.site.com/services/apexrest/buyer-room/calendar?k=${TOKEN}`);
      expect(textOf(root(element), '[data-id="calendar"]')).toBe('Add to calendar');
    });

    it('it_should_show_html_in_any_text_as_text', async () => {
      const view = roomView();
      view.steps[1].title = '<script>alert(1)</script>';
      view.steps[0].title = '<b>x</b>';
      view.plan.objective = '<img src=x onerror=alert(1)>';
      view.actions[2].message = '<i>hi</i>';
      const element = await open(view);
      expect(textOf(stepItem(element, 's2'), '[data-id="title"]')).toBe('<script>alert(1)</script>');
      expect(textOf(stepItem(element, 's1'), '[data-id="title"]')).toBe('<b>x</b>');
      expect(textOf(root(element), '[data-field="objective"]')).toBe('<img src=x onerror=alert(1)>');
      expect(textOf(root(element), '[data-update-id="a1"] [data-id="update-message"]')).toBe('<i>hi</i>');
      expect(root(element).querySelector('script, b, img, i')).toBeNull();
    });

    it('it_should_show_the_buyer_updates_with_the_reps_answers', async () => {
      const element = await open();
      const updates = Array.from(root(element).querySelectorAll<HTMLElement>('[data-update-id]'));
      expect(updates.map((u) => textOf(u, '[data-id="headline"]'))).toEqual([
        expect.stringMatching(/^Dana Reyes proposed a new date: .*2026$/),
        'Lee Park proposed a new step: Train the trainers',
        'Someone commented'
      ]);
      expect(one<Stub>(updates[0], '[data-id="resolution"]').label).toBe('Waiting for an answer');
      expect(textOf(updates[1], '[data-id="update-note"]')).toBe('Reply: Covered by onboarding');
    });

    it('it_should_offer_no_action_on_a_completed_plan', async () => {
      const view = roomView();
      view.plan.status = 'Completed';
      view.steps = view.steps.map((s) => ({ ...s, canAct: false }));
      const element = await open(view);
      expect(root(element).querySelector('[data-step-id] lightning-button')).toBeNull();
      expect(root(element).querySelector('[data-id="propose-step"]')).toBeNull();
      expect(textOf(root(element), '[data-id="read-only"]')).toContain('This plan is completed.');
    });

    it('it_should_print_the_page', async () => {
      const print = jest.spyOn(window, 'print').mockImplementation(() => undefined);
      const element = await open();
      button(root(element), 'Print or save as PDF').click();
      expect(print).toHaveBeenCalledTimes(1);
      print.mockRestore();
    });
  });

  describe('buyer actions', () => {
    it('it_should_offer_the_step_actions_only_on_steps_the_viewer_may_act_on', async () => {
      const element = await open();
      const labels = (id: string): string[] =>
        Array.from(stepItem(element, id).querySelectorAll<Stub>('lightning-button')).map((b) => b.label);
      expect(labels('s2')).toEqual([
        'Mark done',
        'Commit to this date',
        'Decline this date',
        'Propose another date',
        'Comment'
      ]);
      expect(labels('s1')).toEqual(['Comment']);
      expect(labels('s3')).toEqual([]);
      expect(labels('s4')).toEqual([]);
      expect(one(stepItem(element, 's2'), '[role="group"]').getAttribute('aria-label')).toBe(
        'Actions for Share the current support process'
      );
    });

    it('it_should_mark_a_step_done_and_show_the_fresh_view_act_returns', async () => {
      const element = await open();
      const fresh = roomView();
      fresh.steps[1] = { ...fresh.steps[1], status: 'Done', completedDate: '2026-11-10' };
      actMock.mockResolvedValue(fresh);
      const item = await openForm(element, 's2', 'Mark done');
      expect(textOf(item, 'legend')).toBe('Mark “Share the current support process” done');
      expect(one<Stub>(item, '[data-field="message"]').label).toBe('Note (optional)');
      await send(item);
      expect(actMock).toHaveBeenCalledTimes(1);
      expect(actMock.mock.calls[0][0].token).toBe(TOKEN);
      expect(sent()).toEqual({ type: 'Done', stepId: 's2', message: null, proposedDate: null, title: null });
      const after = stepItem(element, 's2');
      expect(one<Stub>(after, '[data-id="status"]').label).toBe('Done');
      expect(after.querySelector('[data-id="late"]')).toBeNull();
      expect(after.querySelector('[data-id="action-form"]')).toBeNull();
      expect(textOf(root(element), '[data-id="notice"]')).toBe('Thanks, your update is recorded.');
      expect(getRoomMock).toHaveBeenCalledTimes(1);
    });

    it('it_should_commit_to_the_date_with_a_note', async () => {
      const element = await open();
      actMock.mockResolvedValue(roomView());
      const item = await openForm(element, 's2', 'Commit to this date');
      typeInto(item, 'message', '  Booked with IT ');
      await send(item);
      expect(sent()).toEqual({
        type: 'Committed',
        stepId: 's2',
        message: 'Booked with IT',
        proposedDate: null,
        title: null
      });
    });

    it('it_should_ask_a_reason_before_declining_the_date', async () => {
      const element = await open();
      actMock.mockResolvedValue(roomView());
      let item = await openForm(element, 's5', 'Commit to this date');
      button(item, 'Cancel').click();
      await flush();
      item = await openForm(element, 's2', 'Decline this date');
      expect(one<Stub>(item, '[data-field="message"]').label).toBe('Reason');
      await send(item);
      expect(actMock).not.toHaveBeenCalled();
      expect(textOf(item, '[data-error="message"]')).toBe('Give a reason.');
      typeInto(item, 'message', 'Legal is booked that week');
      await flush();
      expect(item.querySelector('[data-error="message"]')).toBeNull();
      await send(item);
      expect(sent()).toEqual({
        type: 'Declined',
        stepId: 's2',
        message: 'Legal is booked that week',
        proposedDate: null,
        title: null
      });
    });

    it('it_should_check_a_proposed_date_before_sending_it', async () => {
      const element = await open();
      actMock.mockResolvedValue(roomView());
      const item = await openForm(element, 's2', 'Propose another date');
      const date = one<Stub>(item, '[data-field="proposedDate"]');
      expect([date.type, date.label, date.min, date.max]).toEqual([
        'date',
        'Proposed date',
        '2024-11-10',
        '2028-11-09'
      ]);
      await send(item);
      expect(textOf(item, '[data-error="proposedDate"]')).toBe('Choose a date.');
      expect(textOf(item, '[data-error="message"]')).toBe('Give a reason.');
      typeInto(item, 'proposedDate', '2026-11-05');
      typeInto(item, 'message', 'IT is out next week');
      await send(item);
      expect(textOf(item, '[data-error="proposedDate"]')).toBe(
        'Choose a date other than the current due date.'
      );
      typeInto(item, 'proposedDate', '2029-01-01');
      await send(item);
      expect(textOf(item, '[data-error="proposedDate"]')).toMatch(/^Choose a date between /);
      expect(actMock).not.toHaveBeenCalled();
      typeInto(item, 'proposedDate', '2026-11-25');
      await send(item);
      expect(sent()).toEqual({
        type: 'Date Proposed',
        stepId: 's2',
        message: 'IT is out next week',
        proposedDate: '2026-11-25',
        title: null
      });
      expect(textOf(root(element), '[data-id="notice"]')).toBe(
        'Thanks, your proposal was sent. The answer shows under Updates.'
      );
    });

    it('it_should_ask_a_message_for_a_comment', async () => {
      const element = await open();
      actMock.mockResolvedValue(roomView());
      const item = await openForm(element, 's1', 'Comment');
      expect(textOf(item, 'legend')).toBe('Comment on “Discovery call”');
      await send(item);
      expect(textOf(item, '[data-error="message"]')).toBe('Write a message.');
      typeInto(item, 'message', 'Great call, thanks.');
      await send(item);
      expect(sent()).toEqual({
        type: 'Comment',
        stepId: 's1',
        message: 'Great call, thanks.',
        proposedDate: null,
        title: null
      });
    });

    it('it_should_propose_a_new_step_with_a_title_due_date_and_description', async () => {
      const element = await open();
      actMock.mockResolvedValue(roomView());
      button(root(element), 'Propose a step').click();
      await flush();
      const form = one(root(element), '[data-id="action-form"][data-type="Step Proposed"]');
      expect(textOf(form, 'legend')).toBe('Propose a new step');
      expect(root(element).querySelector('[data-id="propose-step"]')).toBeNull();
      await send(form);
      expect(textOf(form, '[data-error="title"]')).toBe('Give the step a title.');
      expect(form.querySelector('[data-error="proposedDate"]')).toBeNull();
      expect(form.querySelector('[data-error="message"]')).toBeNull();
      typeInto(form, 'title', 'x'.repeat(81));
      await send(form);
      expect(textOf(form, '[data-error="title"]')).toBe('Use at most 80 characters.');
      typeInto(form, 'title', ' Train the trainers ');
      typeInto(form, 'proposedDate', '2026-12-01');
      typeInto(form, 'message', 'Two half days');
      await send(form);
      expect(sent()).toEqual({
        type: 'Step Proposed',
        stepId: null,
        message: 'Two half days',
        proposedDate: '2026-12-01',
        title: 'Train the trainers'
      });
      expect(root(element).querySelector('[data-id="action-form"]')).toBeNull();
    });

    it('it_should_keep_the_form_and_show_the_doors_refusal', async () => {
      const element = await open();
      actMock.mockRejectedValue({ body: { message: 'You cannot change this step.' } });
      const item = await openForm(element, 's2', 'Comment');
      typeInto(item, 'message', 'Hello');
      await send(item);
      expect(textOf(item, '[data-error="form"]')).toBe('You cannot change this step.');
      expect(one<Stub>(item, '[data-field="message"]').value).toBe('Hello');
      expect(button(item, 'Send').disabled).toBe(false);
      expect(root(element).querySelector('[data-id="notice"]')).toBeNull();
    });

    it('it_should_disable_the_buttons_while_an_action_is_sent', async () => {
      const element = await open();
      let answer: (view: BuyerRoomView) => void = () => undefined;
      actMock.mockReturnValue(
        new Promise<BuyerRoomView>((resolve) => {
          answer = resolve;
        })
      );
      const item = await openForm(element, 's2', 'Mark done');
      button(item, 'Send').click();
      await flush();
      expect(button(item, 'Send').disabled).toBe(true);
      expect(button(stepItem(element, 's6'), 'Mark done').disabled).toBe(true);
      button(item, 'Send').click();
      expect(actMock).toHaveBeenCalledTimes(1);
      answer(roomView());
      await flush();
      expect(button(stepItem(element, 's6'), 'Mark done').disabled).toBe(false);
    });
  });

  describe('accessibility', () => {
    it('it_should_be_accessible_when_loaded', async () => {
      const element = await open();
      await expect(element).toBeAccessible();
    });

    it('it_should_be_accessible_with_an_action_form_and_its_errors', async () => {
      const element = await open();
      const item = await openForm(element, 's2', 'Propose another date');
      await send(item);
      await expect(element).toBeAccessible();
      button(item, 'Cancel').click();
      button(root(element), 'Propose a step').click();
      await flush();
      await expect(element).toBeAccessible();
    });
  });
});
