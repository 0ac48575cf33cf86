import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BuyerActionType, BuyerRoomView, BuyerStepDto } from 'c/buyerRoomContract';
import {
  NEXT_STEP_COUNT,
  WORD_KEYS,
  blankDraft,
  buildActionForm,
  buildRoom,
  calendarLinks,
  dateRange,
  daysLateOf,
  doorMessage,
  fill,
  labelName,
  stepActionTypes,
  validateAction,
  type ActionDraft,
  type RoomView,
  type StepView
} from 'c/buyerRoomModel';
import { TODAY, roomView, step } from './data/room';
import { readLabels, readWords } from './data/words';

const words = readWords();
const LOCALE = 'en-GB';

function room(view: BuyerRoomView = roomView()): RoomView {
  return buildRoom(view, words, LOCALE);
}

function stepView(built: RoomView, id: string): StepView {
  const found = built.phases.flatMap((phase) => phase.steps).find((s) => s.id === id);
  if (!found) throw new Error(`no step ${id}`);
  return found;
}

function draft(type: BuyerActionType, stepId: string | null, fields: Partial<ActionDraft> = {}): ActionDraft {
  return { ...blankDraft(type, stepId), ...fields };
}

describe('the buyer room words', () => {
  it('it_should_have_a_custom_label_for_every_word', () => {
    const labels = readLabels();
    const missing = WORD_KEYS.map(labelName).filter((name) => !labels.has(name));
    expect(missing).toEqual([]);
    expect(labelName('lateMany')).toBe('Buyer_Room_Late_Many');
    expect(labelName('goLiveDate')).toBe('Buyer_Room_Go_Live_Date');
  });

  it('it_should_import_each_word_in_the_page_from_its_own_label', () => {
    const source = readFileSync(path.resolve(__dirname, '../../buyerRoom/labels.ts'), 'utf8');
    const imports = [...source.matchAll(/import (\w+) from '@salesforce\/label\/c\.(\w+)';/g)].map(
      (match) => [match[1], match[2]]
    );
    expect(imports).toEqual(WORD_KEYS.map((key) => [key, labelName(key)]));
  });

  it('it_should_fill_placeholders_once_and_leave_braces_in_values_alone', () => {
    expect(fill('{0} days late', 3)).toBe('3 days late');
    expect(fill('Date committed by {0} on {1}', 'Lee {1}', '1 Nov 2026')).toBe(
      'Date committed by Lee {1} on 1 Nov 2026'
    );
    expect(fill('{0} and {2}', 'a')).toBe('a and {2}');
  });

  it('it_should_take_the_doors_sentence_from_an_error_or_fall_back', () => {
    expect(doorMessage({ body: { message: ' This link is not valid. ' } }, 'fallback')).toBe(
      'This link is not valid.'
    );
    expect(doorMessage({ body: { message: '' } }, 'fallback')).toBe('fallback');
    expect(doorMessage(new Error('TypeError: x is undefined'), 'fallback')).toBe('fallback');
    expect(doorMessage(null, 'fallback')).toBe('fallback');
    expect(doorMessage({ status: 0 }, 'fallback')).toBe('fallback');
  });
});

describe('buildRoom', () => {
  it('it_should_show_the_objective_success_criteria_and_go_live_date', () => {
    const built = room();
    expect(built.name).toBe('Acme – 2027 rollout plan');
    expect(built.accountName).toBe('Acme');
    expect(built.details.map((d) => [d.label, d.shown, d.isBlank])).toEqual([
      ['Objective', 'Roll out to 400 agents by Q1', false],
      ['Success criteria', 'Not set yet', true],
      ['Go-live date', '1 Feb 2027', false]
    ]);
    expect(built.details.map((d) => d.valueClass.includes('buyer-room__text_blank'))).toEqual([
      false,
      true,
      false
    ]);
  });

  it('it_should_group_steps_by_phase_in_plan_order_then_other_phases_then_none', () => {
    const built = room();
    expect(built.phases.map((phase) => [phase.label, phase.steps.map((s) => s.id)])).toEqual([
      ['Discovery', ['s1', 's2']],
      ['Evaluation', ['s4']],
      ['Security and Legal', ['s3']],
      ['Signature', ['s5']],
      ['Pilot', ['s7']],
      ['Other steps', ['s6']]
    ]);
    expect(new Set(built.phases.map((phase) => phase.headingId)).size).toBe(built.phases.length);
    expect(built.hasSteps).toBe(true);
  });

  it('it_should_flag_an_open_step_past_its_due_date_with_the_days_late', () => {
    const shared = stepView(room(), 's2');
    expect(shared.isOverdue).toBe(true);
    expect(shared.daysLate).toBe(5);
    expect(shared.lateLabel).toBe('5 days late');
    expect(shared.itemClass).toContain('buyer-step_overdue');
    // Done long ago, due in the future, undated: not overdue.
    for (const id of ['s1', 's3', 's6']) {
      expect(stepView(room(), id).isOverdue).toBe(false);
      expect(stepView(room(), id).lateLabel).toBe('');
    }
  });

  it.each<[Partial<BuyerStepDto>, number]>([
    [{ dueDate: '2026-11-09', status: 'Not Started' }, 1],
    [{ dueDate: '2026-11-10', status: 'Not Started' }, 0],
    [{ dueDate: '2026-11-01', status: 'Blocked' }, 9],
    [{ dueDate: '2026-11-01', status: 'Done' }, 0],
    [{ dueDate: '2026-11-01', status: 'Skipped' }, 0],
    [{ dueDate: null, status: 'In Progress' }, 0]
  ])('it_should_count_days_late_for_%j', (fields, expected) => {
    expect(daysLateOf(step('x', fields), TODAY)).toBe(expected);
  });

  it('it_should_say_one_day_late_in_the_singular', () => {
    const view = roomView();
    view.steps[1].dueDate = '2026-11-09';
    expect(stepView(room(view), 's2').lateLabel).toBe('1 day late');
  });

  it('it_should_mark_the_viewers_own_steps', () => {
    const built = room();
    const mine = built.phases.flatMap((p) => p.steps).filter((s) => s.isMine);
    expect(mine.map((s) => s.id)).toEqual(['s2', 's6']);
    expect(mine.every((s) => s.itemClass.includes('buyer-step_mine'))).toBe(true);
    expect(stepView(built, 's3').itemClass).toBe('buyer-step');
  });

  it('it_should_word_owner_side_dates_deliverable_and_predecessor', () => {
    const built = room();
    const demo = stepView(built, 's4');
    expect([demo.ownerLabel, demo.sideLabel, demo.dueLabel, demo.statusLabel]).toEqual([
      'Owner: Sam Seller',
      'Seller side',
      'Due 15 Nov 2026',
      'Not started'
    ]);
    expect(demo.isMilestone).toBe(true);
    expect(demo.deliverableLabel).toBe('Deliverable: Demo recording');
    expect(demo.dependsOnLabel).toBe('After: Share the current support process');
    const done = stepView(built, 's1');
    expect([done.statusLabel, done.completedLabel, done.sideLabel]).toEqual([
      'Done',
      'Done on 2 Oct 2026',
      'Joint'
    ]);
    expect(done.statusClass).toContain('slds-theme_success');
    const undated = stepView(built, 's6');
    expect(undated.dueLabel).toBe('No due date');
    expect(undated.completedLabel).toBe('');
  });

  it('it_should_say_no_owner_and_leave_out_a_predecessor_that_is_not_shared', () => {
    const view = roomView();
    view.steps[2] = { ...view.steps[2], ownerName: null, dependsOnId: 'internal-step' };
    const demo = stepView(room(view), 's4');
    expect(demo.ownerLabel).toBe('No owner yet');
    expect(demo.dependsOnLabel).toBe('');
  });

  it('it_should_word_the_commitment_by_whom_and_when', () => {
    const built = room();
    expect(stepView(built, 's3').commitmentLabel).toBe('Date committed by Lee Park on 1 Nov 2026');
    expect(stepView(built, 's5').commitmentLabel).toBe('Date declined by Dana Reyes on 3 Nov 2026');
    expect(stepView(built, 's2').commitmentLabel).toBe('Please confirm this date');
    expect(stepView(built, 's1').commitmentLabel).toBe('');

    const view = roomView();
    view.steps[3] = { ...view.steps[3], commitmentBy: null, commitmentAt: null };
    view.steps[1] = { ...view.steps[1], canAct: false };
    const other = room(view);
    expect(stepView(other, 's3').commitmentLabel).toBe('Date committed');
    // Asked of someone else: nothing for this viewer to confirm.
    expect(stepView(other, 's2').commitmentLabel).toBe('');
  });

  it('it_should_list_the_next_open_buyer_and_joint_steps_the_viewers_first', () => {
    const built = room();
    expect(built.next.map((s) => s.id)).toEqual(['s2', 's6', 's3']);
    expect(built.next).toHaveLength(NEXT_STEP_COUNT);
    expect(built.hasNext).toBe(true);

    const view = roomView();
    view.steps = view.steps.map((s) => ({ ...s, isMine: false }));
    // Without own steps: by due date, the Seller step and the done Joint step left out.
    expect(room(view).next.map((s) => s.id)).toEqual(['s2', 's3', 's7']);

    view.steps = view.steps.filter((s) => s.side === 'Seller');
    expect(room(view).next).toEqual([]);
    expect(room(view).hasNext).toBe(false);
  });

  it('it_should_offer_the_actions_each_step_allows', () => {
    const built = room();
    const labels = (id: string): string[] => stepView(built, id).actions.map((a) => a.label);
    expect(labels('s2')).toEqual([
      'Mark done',
      'Commit to this date',
      'Decline this date',
      'Propose another date',
      'Comment'
    ]);
    // Declined already: commit again or propose, not decline twice.
    expect(labels('s5')).toEqual(['Mark done', 'Commit to this date', 'Propose another date', 'Comment']);
    // Undated: nothing to commit to or decline.
    expect(labels('s6')).toEqual(['Mark done', 'Propose another date', 'Comment']);
    // Done: a comment only.
    expect(labels('s1')).toEqual(['Comment']);
    // Not the viewer's and not Joint: nothing.
    expect(labels('s3')).toEqual([]);
    expect(stepView(built, 's3').hasActions).toBe(false);
    expect(stepView(built, 's2').actionsLabel).toBe('Actions for Share the current support process');
  });

  it.each<[Partial<BuyerStepDto>, BuyerActionType[]]>([
    [
      { canAct: true, status: 'Blocked', dueDate: TODAY, commitment: 'Committed' },
      ['Done', 'Declined', 'Date Proposed', 'Comment']
    ],
    [{ canAct: true, status: 'Skipped', dueDate: TODAY }, ['Comment']],
    [{ canAct: false, status: 'Not Started', dueDate: TODAY }, []]
  ])('it_should_offer_for_%j_the_actions_%j', (fields, types) => {
    expect(stepActionTypes(step('x', fields))).toEqual(types);
  });

  it('it_should_offer_nothing_to_do_on_a_completed_plan', () => {
    const view = roomView();
    view.plan.status = 'Completed';
    const built = room(view);
    expect(built.phases.flatMap((p) => p.steps).flatMap((s) => s.actions)).toEqual([]);
    expect(built.readOnlyNote).toContain('This plan is completed.');
    expect(built.canProposeStep).toBe(false);
    expect(room().readOnlyNote).toBe('');
    expect(room().canProposeStep).toBe(true);
  });

  it('it_should_list_the_buying_committee_with_roles_and_the_viewer', () => {
    expect(room().committee.map((m) => [m.name, m.detail, m.isViewer])).toEqual([
      ['Dana Reyes', 'Champion · Head of Support', true],
      ['Lee Park', 'Economic Buyer · CFO', false],
      ['Chris Moe', '', false]
    ]);
  });

  it('it_should_word_the_buyer_updates_and_the_reps_answers', () => {
    const updates = room().updates;
    expect(updates.map((u) => [u.headline, u.stepTitle, u.resolutionLabel, u.noteLabel, u.message])).toEqual([
      [
        'Dana Reyes proposed a new date: 25 Nov 2026',
        'Share the current support process',
        'Waiting for an answer',
        '',
        'Our IT team is out next week.'
      ],
      [
        'Lee Park proposed a new step: Train the trainers',
        '',
        'Not accepted',
        'Reply: Covered by onboarding',
        ''
      ],
      ['Someone commented', 'Discovery call', '', '', 'Thanks!']
    ]);
    expect(updates[0].when).toBe('9 Nov 2026');
  });

  it('it_should_link_the_calendar_feed_over_https_and_webcal_only', () => {
    expect(room().calendar).toEqual({
      url: 'https://acme.my.site.com/services/apexrest/buyer-room/calendar?k=AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_AbCdE',
      webcalUrl:
        'webcal://acme.my.site.com/services/apexrest/buyer-room/calendar?k=AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_AbCdE'
    });
    expect(calendarLinks('http://localhost:3000/cal?t=x')?.webcalUrl).toBe('webcal://localhost:3000/cal?t=x');
    // eslint-disable-next-line no-script-url -- a script address is what the link must refuse
    expect(calendarLinks('javascript:alert(1)')).toBeNull();
    expect(calendarLinks('')).toBeNull();
    expect(calendarLinks(null)).toBeNull();
  });

  it('it_should_show_an_empty_plan_without_failing', () => {
    const view = roomView();
    view.steps = [];
    view.committee = [];
    view.actions = [];
    view.plan.goLiveDate = null;
    const built = room(view);
    expect([built.hasSteps, built.hasNext, built.hasCommittee, built.hasUpdates]).toEqual([
      false,
      false,
      false,
      false
    ]);
    expect(built.details[2].shown).toBe('Not set yet');
  });
});

describe('validateAction', () => {
  const view = roomView();

  it('it_should_send_done_and_committed_with_an_optional_trimmed_note', () => {
    expect(validateAction(draft('Done', 's2'), view, words)).toEqual({
      request: { type: 'Done', stepId: 's2', message: null, proposedDate: null, title: null },
      errors: { message: '', proposedDate: '', title: '', form: '' }
    });
    expect(
      validateAction(draft('Committed', 's2', { message: '  We can do it \n' }), view, words).request
    ).toEqual({
      type: 'Committed',
      stepId: 's2',
      message: 'We can do it',
      proposedDate: null,
      title: null
    });
  });

  it('it_should_ask_a_reason_to_decline_and_a_message_to_comment', () => {
    expect(validateAction(draft('Declined', 's2', { message: '   ' }), view, words)).toEqual({
      request: null,
      errors: { message: 'Give a reason.', proposedDate: '', title: '', form: '' }
    });
    expect(validateAction(draft('Comment', 's3'), view, words).errors.message).toBe('Write a message.');
    expect(
      validateAction(draft('Declined', 's2', { message: 'Legal is booked' }), view, words).request
    ).toEqual({
      type: 'Declined',
      stepId: 's2',
      message: 'Legal is booked',
      proposedDate: null,
      title: null
    });
  });

  it('it_should_refuse_a_message_over_the_limit', () => {
    const long = 'x'.repeat(1001);
    expect(validateAction(draft('Comment', 's2', { message: long }), view, words).errors.message).toBe(
      'Use at most 1000 characters.'
    );
    expect(
      validateAction(draft('Comment', 's2', { message: long.slice(1) }), view, words).request
    ).not.toBeNull();
  });

  it('it_should_check_a_proposed_date_is_set_real_new_and_in_range', () => {
    const propose = (proposedDate: string): string =>
      validateAction(
        draft('Date Proposed', 's2', { message: 'IT is out', proposedDate }),
        view,
        words,
        LOCALE
      ).errors.proposedDate;
    expect(propose('')).toBe('Choose a date.');
    expect(propose('2026-02-30')).toBe('Choose a valid date.');
    expect(propose('2026-11-05')).toBe('Choose a date other than the current due date.');
    const { min, max } = dateRange(TODAY);
    expect([min, max]).toEqual(['2024-11-10', '2028-11-09']);
    expect(propose(max)).toBe('');
    expect(propose(min)).toBe('');
    expect(propose('2028-11-10')).toBe('Choose a date between 10 Nov 2024 and 9 Nov 2028.');
    expect(propose('2024-11-09')).toBe('Choose a date between 10 Nov 2024 and 9 Nov 2028.');
    expect(
      validateAction(draft('Date Proposed', 's2', { proposedDate: '2026-11-25' }), view, words).errors.message
    ).toBe('Give a reason.');
    expect(
      validateAction(
        draft('Date Proposed', 's2', { message: 'IT is out', proposedDate: '2026-11-25' }),
        view,
        words
      ).request
    ).toEqual({
      type: 'Date Proposed',
      stepId: 's2',
      message: 'IT is out',
      proposedDate: '2026-11-25',
      title: null
    });
  });

  it('it_should_ask_a_proposed_step_for_a_title_of_at_most_80_characters', () => {
    expect(validateAction(draft('Step Proposed', null), view, words).errors.title).toBe(
      'Give the step a title.'
    );
    expect(
      validateAction(draft('Step Proposed', null, { title: 'x'.repeat(81) }), view, words).errors.title
    ).toBe('Use at most 80 characters.');
    expect(
      validateAction(draft('Step Proposed', null, { title: ` ${'x'.repeat(80)} ` }), view, words).request
        ?.title
    ).toBe('x'.repeat(80));
    expect(
      validateAction(
        draft('Step Proposed', 's2', {
          title: 'Train the trainers',
          proposedDate: '2026-12-01',
          message: 'Two days'
        }),
        view,
        words
      ).request
    ).toEqual({
      type: 'Step Proposed',
      stepId: null,
      message: 'Two days',
      proposedDate: '2026-12-01',
      title: 'Train the trainers'
    });
    expect(
      validateAction(
        draft('Step Proposed', null, { title: 'Train', proposedDate: '2031-01-01' }),
        view,
        words
      ).errors.proposedDate
    ).toContain('Choose a date between');
  });

  it('it_should_refuse_an_action_the_step_does_not_offer', () => {
    const notOffered = words.notOffered;
    expect(validateAction(draft('Comment', 's3', { message: 'Hi' }), view, words).errors.form).toBe(
      notOffered
    );
    expect(validateAction(draft('Done', 's1'), view, words).errors.form).toBe(notOffered);
    expect(validateAction(draft('Committed', 's6'), view, words).errors.form).toBe(notOffered);
    expect(validateAction(draft('Done', 'unknown'), view, words).request).toBeNull();
    const completed = roomView();
    completed.plan.status = 'Completed';
    expect(
      validateAction(draft('Step Proposed', null, { title: 'Late idea' }), completed, words).errors.form
    ).toBe(notOffered);
  });

  it('it_should_refuse_an_update_whose_request_is_over_the_size_limit', () => {
    // 1,000 control characters fit the message limit but take six characters each in JSON.
    const result = validateAction(draft('Comment', 's2', { message: '\u0001'.repeat(1000) }), view, words);
    expect(result.errors.message).toBe('');
    expect(result.errors.form).toBe('This update is too long to send. Shorten it and try again.');
    expect(result.request).toBeNull();
  });
});

describe('buildActionForm', () => {
  const view = roomView();
  const s2 = view.steps[1];

  it.each<[BuyerActionType, string, string, boolean, boolean]>([
    ['Done', 'Mark “Share the current support process” done', 'Note (optional)', false, false],
    [
      'Committed',
      'Commit to 5 Nov 2026 for “Share the current support process”',
      'Note (optional)',
      false,
      false
    ],
    ['Declined', 'Decline 5 Nov 2026 for “Share the current support process”', 'Reason', true, false],
    ['Date Proposed', 'Propose another date for “Share the current support process”', 'Reason', true, true],
    ['Comment', 'Comment on “Share the current support process”', 'Message', true, false]
  ])('it_should_draw_the_%s_form', (type, legend, messageLabel, required, hasDate) => {
    const form = buildActionForm(blankDraft(type, 's2'), s2, TODAY, words, undefined, LOCALE);
    expect(form.legend).toBe(legend);
    expect(form.message.label).toBe(messageLabel);
    expect(form.message.required).toBe(required);
    expect(form.message.maxLength).toBe(1000);
    expect(form.date !== null).toBe(hasDate);
    expect(form.title).toBeNull();
    expect([form.sendLabel, form.cancelLabel]).toEqual(['Send', 'Cancel']);
  });

  it('it_should_draw_the_new_step_form_with_its_errors', () => {
    const form = buildActionForm(
      blankDraft('Step Proposed', 's2'),
      null,
      TODAY,
      words,
      { message: '', proposedDate: '', title: 'Give the step a title.', form: 'Refused' },
      LOCALE
    );
    expect(form.stepId).toBeNull();
    expect(form.legend).toBe('Propose a new step');
    expect(form.title).toEqual({
      label: 'Step title',
      value: '',
      error: 'Give the step a title.',
      hasError: true,
      maxLength: 80
    });
    expect(form.date).toEqual({
      label: 'Due date (optional)',
      value: '',
      error: '',
      hasError: false,
      min: '2024-11-10',
      max: '2028-11-09'
    });
    expect(form.message.label).toBe('Description (optional)');
    expect(form.formError).toBe('Refused');
  });
});
