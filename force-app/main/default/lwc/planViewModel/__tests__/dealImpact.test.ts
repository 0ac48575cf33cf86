import type { Health } from 'c/planEngine';
import type { PlanView } from 'c/planContract';
import {
  acceptProposal,
  assessView,
  changeStakeholder,
  changeStatus,
  moveStep,
  withDealImpact,
  type PendingChange
} from 'c/planViewModel';
import { closeWords, dealImpact, healthWords, stepsAfter } from '../dealImpact';
import planViewJson from '../../planContract/__tests__/data/planView.json';

const LOCALE = 'en-US';
const DATE_PROPOSAL = 'a06000000000003AAA';

const loadView = (): PlanView => JSON.parse(JSON.stringify(planViewJson)) as PlanView;

/** The change as the page shows it: with what it does to the deal, "before" being the view's assessment. */
function previewed(view: PlanView, change: PendingChange): PendingChange {
  return withDealImpact(change, view, assessView(view), LOCALE);
}

describe('dealImpact: the words', () => {
  it.each<[string, string | null, string | null, string | null, string]>([
    [
      'a later close past the close date',
      '2027-03-12',
      '2027-03-19',
      '2027-03-14',
      'Projected close moves from Mar 12, 2027 to Mar 19, 2027 — 5 days after the close date'
    ],
    [
      'an earlier close before it',
      '2027-03-19',
      '2027-03-12',
      '2027-03-14',
      'Projected close moves from Mar 19, 2027 to Mar 12, 2027 — 2 days before the close date'
    ],
    [
      'a close that lands on it',
      '2027-03-12',
      '2027-03-14',
      '2027-03-14',
      'Projected close moves from Mar 12, 2027 to Mar 14, 2027 — on the close date'
    ],
    [
      'a close that does not move',
      '2027-03-15',
      '2027-03-15',
      '2027-03-14',
      'Projected close stays Mar 15, 2027 — 1 day after the close date'
    ],
    [
      'no close date to measure against',
      '2027-03-12',
      '2027-03-19',
      null,
      'Projected close moves from Mar 12, 2027 to Mar 19, 2027'
    ],
    [
      'a first projection',
      null,
      '2027-03-19',
      '2027-03-19',
      'Projected close becomes Mar 19, 2027 — on the close date'
    ],
    [
      'a projection lost',
      '2027-03-12',
      null,
      '2027-03-14',
      'The plan no longer projects a close (it was Mar 12, 2027)'
    ],
    ['no projection either side', null, null, '2027-03-14', '']
  ])(
    'it_should_word_the_projected_close_against_the_close_date: %s',
    (_name, before, after, close, expected) => {
      expect(closeWords(before, after, close, LOCALE)).toBe(expected);
    }
  );

  it('it_should_word_health_before_and_after_with_the_reasons_the_change_adds', () => {
    const onTrack: Health = { status: 'On Track', score: 92, reasons: ['1 step blocked'] };
    const atRisk: Health = {
      status: 'At Risk',
      score: 71,
      reasons: ['projected close 5 days after the close date', '1 step blocked']
    };
    expect(healthWords(onTrack, atRisk)).toBe(
      'Health goes from On Track (92) to At Risk (71): projected close 5 days after the close date'
    );
    expect(healthWords(onTrack, { ...onTrack, score: 88 })).toBe(
      'Health stays On Track; its score goes from 92 to 88'
    );
    expect(healthWords(onTrack, onTrack)).toBe('Health stays On Track (92)');
  });
});

describe('dealImpact: before and after, from the engine', () => {
  it('it_should_show_close_and_health_before_and_after_and_flag_the_committed_date_a_cascade_moves', () => {
    const view = loadView();
    const change = previewed(view, moveStep(view, 'step-review', '2026-12-10', LOCALE));
    const before = assessView(view);
    const after = assessView({ ...view, steps: stepsAfter(view, change.changeSet) });
    // The signature step (the projected close) is pushed from Dec 14 to Dec 15; the close date is Dec 31.
    expect(before.projectedCloseDate).toBe('2026-12-14');
    expect(after.projectedCloseDate).toBe('2026-12-15');
    expect(change.impact?.close).toBe(
      'Projected close moves from Dec 14, 2026 to Dec 15, 2026 — 16 days before the close date'
    );
    expect(change.impact?.health).toContain(before.health.status);
    expect(change.impact?.health).toContain(after.health.status);
    expect(change.impact?.committed).toEqual([
      {
        key: 'committed-step-signature',
        stepId: 'step-signature',
        text: '“Contract signed”: The buyer committed to Dec 14, 2026; it would move to Dec 15, 2026'
      }
    ]);
    expect(change.impact?.asksFirst).toBe(true);
    expect(change.needsConfirmation).toBe(true);
  });

  it('it_should_ask_first_when_a_move_pushes_the_close_past_the_close_date_even_without_dependents', () => {
    const view = loadView();
    const plain = moveStep(view, 'step-signature', '2027-01-05', LOCALE);
    // The move reaches no other step: on its own it would save straight away.
    expect(plain.lines.filter((line) => !line.isEdited)).toEqual([]);
    const change = previewed(view, plain);
    expect(change.impact?.close).toBe(
      'Projected close moves from Dec 14, 2026 to Jan 5, 2027 — 5 days after the close date'
    );
    const after = assessView({ ...view, steps: stepsAfter(view, change.changeSet) });
    expect(after.slipDays).toBe(5);
    expect(change.impact?.health).toMatch(/projected close 5 days after the close date/);
    // The signature's own committed date moves: the rep asks the buyer first.
    expect(change.impact?.committed.map((move) => move.stepId)).toEqual(['step-signature']);
    expect(change.needsConfirmation).toBe(true);
  });

  it('it_should_not_flag_the_date_a_buyer_proposed_but_flag_the_committed_dates_it_pushes', () => {
    const view = loadView();
    const redlines = view.steps.find((s) => s.id === 'step-redlines');
    if (!redlines) throw new Error('fixture');
    redlines.commitment = 'Committed';
    redlines.commitmentBy = 'Dana Buyer';
    const change = previewed(view, acceptProposal(view, DATE_PROPOSAL, null, LOCALE));
    expect(change.impact?.committed).toEqual([
      {
        key: 'committed-step-signature',
        stepId: 'step-signature',
        text: '“Contract signed”: The buyer committed to Dec 14, 2026; it would move to Dec 17, 2026'
      }
    ]);
  });

  it('it_should_name_who_committed_when_the_plan_knows', () => {
    const view = loadView();
    const signature = view.steps.find((s) => s.id === 'step-signature');
    if (!signature) throw new Error('fixture');
    signature.commitmentBy = 'Dana Buyer';
    const change = previewed(view, moveStep(view, 'step-signature', '2026-12-18', LOCALE));
    expect(change.impact?.committed.map((move) => move.text)).toEqual([
      '“Contract signed”: Dana Buyer committed to Dec 14, 2026; it would move to Dec 18, 2026'
    ]);
  });

  it('it_should_say_which_later_steps_a_late_completion_moves_and_why', () => {
    const view = loadView();
    const review = view.steps.find((s) => s.id === 'step-review');
    if (!review) throw new Error('fixture');
    // Due the day after today: two days of work after a questionnaire finished today do not fit.
    review.dueDate = '2026-12-02';
    const change = previewed(view, changeStatus(view, 'step-questionnaire', 'Done', LOCALE));
    expect(change.lines.filter((line) => !line.isEdited).map((line) => line.text)).toEqual([
      '“Security review” moves from Dec 2, 2026 to Dec 3, 2026: it starts the day “Security questionnaire” is finished (Dec 1, 2026, 5 days after its due date) and takes 2 days'
    ]);
    expect(change.needsConfirmation).toBe(true);
    expect(change.impact?.health).toMatch(/^Health (stays|goes from)/);
  });

  it('it_should_say_nothing_of_later_steps_when_a_late_completion_moves_none', () => {
    const view = loadView();
    const change = changeStatus(view, 'step-questionnaire', 'Done', LOCALE);
    expect(change.lines.every((line) => line.isEdited)).toBe(true);
    expect(change.lines.map((line) => line.text).join(' ')).not.toMatch(/moves|no later step/);
  });

  it('it_should_leave_a_change_that_moves_no_step_without_an_impact', () => {
    const view = loadView();
    const [dana] = view.stakeholders;
    const change = changeStakeholder(view, 'update', { ...dana, title: 'CSO' }, LOCALE);
    expect(dealImpact(view, assessView(view), change, LOCALE)).toBeNull();
    expect(previewed(view, change)).toBe(change);
  });

  it('it_should_not_ask_first_for_a_move_that_changes_nothing_for_the_deal', () => {
    const view = loadView();
    // Internal pricing approval: no dependents, not committed, well before the close.
    const plain = moveStep(view, 'step-pricing', '2026-12-11', LOCALE);
    const change = previewed(view, plain);
    expect(change.impact?.committed).toEqual([]);
    expect(change.impact?.close).toBe('Projected close stays Dec 14, 2026 — 17 days before the close date');
    expect(change.impact?.asksFirst).toBe(false);
    expect(change.needsConfirmation).toBe(plain.needsConfirmation);
  });
});
