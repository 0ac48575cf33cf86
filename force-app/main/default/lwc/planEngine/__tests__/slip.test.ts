import { assessPlan, planSlip, type PlanStep } from '../planEngine';
import { opportunity, plan, step } from './data/fixtures';

const TODAY = '2024-06-15';

/** A step agreed for `baselineDate`, now due `dueDate`. */
function agreed(id: string, baselineDate: string, dueDate: string, over: Partial<PlanStep> = {}): PlanStep {
  return step(id, { baselineDate, dueDate, ...over });
}

function assess(steps: PlanStep[]) {
  return assessPlan({ plan: plan(), steps, opportunity: opportunity(), today: TODAY });
}

function factsOf(steps: PlanStep[]) {
  return assess(steps).steps.map((f) => [f.id, f.baselineSlipDays, f.causedSlipDays, f.pushedSlipDays]);
}

describe('slip attributed to where it started', () => {
  it('it_should_count_a_buyer_slip_that_pushes_a_chain_of_three_seller_steps_once_as_buyer_slip', () => {
    // Each seller step starts the day its predecessor is due and takes 1 day (tight chain).
    const steps = [
      agreed('legal', '2024-07-01', '2024-07-06', { side: 'Buyer' }),
      agreed('order', '2024-07-02', '2024-07-07', { side: 'Seller', dependsOnId: 'legal' }),
      agreed('kickoff', '2024-07-03', '2024-07-08', { side: 'Seller', dependsOnId: 'order' }),
      agreed('golive', '2024-07-04', '2024-07-09', { side: 'Seller', dependsOnId: 'kickoff' })
    ];
    const result = assess(steps);
    expect(factsOf(steps)).toEqual([
      ['legal', 5, 5, 0],
      ['order', 5, 0, 5],
      ['kickoff', 5, 0, 5],
      ['golive', 5, 0, 5]
    ]);
    expect([result.buyerSlipDays, result.sellerSlipDays, result.jointSlipDays]).toEqual([5, 0, 0]);
  });

  it('it_should_count_a_fan_out_of_pushed_steps_once', () => {
    const steps = [
      agreed('legal', '2024-07-01', '2024-07-06', { side: 'Buyer' }),
      agreed('a', '2024-07-02', '2024-07-07', { side: 'Seller', dependsOnId: 'legal' }),
      agreed('b', '2024-07-04', '2024-07-09', { side: 'Seller', dependsOnId: 'legal', lagDays: 2 }),
      agreed('c', '2024-07-11', '2024-07-16', { side: 'Seller', dependsOnId: 'legal', durationDays: 10 })
    ];
    const result = assess(steps);
    expect([result.buyerSlipDays, result.sellerSlipDays]).toEqual([5, 0]);
  });

  it('it_should_let_slack_absorb_part_of_a_push', () => {
    // "b" had 3 days of slack after "a" (due 07-05, earliest 07-02): a 5-day slip of "a" pushes it 2.
    const steps = [
      agreed('a', '2024-07-01', '2024-07-06', { side: 'Buyer' }),
      agreed('b', '2024-07-05', '2024-07-07', { side: 'Seller', dependsOnId: 'a' })
    ];
    expect(factsOf(steps)).toEqual([
      ['a', 5, 5, 0],
      ['b', 2, 0, 2]
    ]);
  });

  it('it_should_charge_a_step_with_the_slip_beyond_its_push', () => {
    const steps = [
      agreed('a', '2024-07-01', '2024-07-04', { side: 'Buyer' }),
      agreed('b', '2024-07-02', '2024-07-09', { side: 'Seller', dependsOnId: 'a' })
    ];
    const result = assess(steps);
    expect(factsOf(steps)).toEqual([
      ['a', 3, 3, 0],
      ['b', 7, 4, 3]
    ]);
    expect([result.buyerSlipDays, result.sellerSlipDays]).toEqual([3, 4]);
  });

  it('it_should_measure_a_done_step_by_its_completed_date_and_let_a_late_finish_push', () => {
    const steps = [
      agreed('a', '2024-06-01', '2024-06-01', {
        side: 'Buyer',
        status: 'Done',
        completedDate: '2024-06-05'
      }),
      agreed('b', '2024-06-02', '2024-06-06', { side: 'Seller', dependsOnId: 'a' })
    ];
    const result = assess(steps);
    expect(factsOf(steps)).toEqual([
      ['a', 4, 4, 0],
      ['b', 4, 0, 4]
    ]);
    expect([result.buyerSlipDays, result.sellerSlipDays]).toEqual([4, 0]);
  });

  it('it_should_give_a_step_done_early_a_negative_slip_and_no_caused_slip', () => {
    const steps = [agreed('a', '2024-06-10', '2024-06-10', { status: 'Done', completedDate: '2024-06-07' })];
    expect(factsOf(steps)).toEqual([['a', -3, 0, 0]]);
  });

  it('it_should_give_no_slip_without_a_baseline_and_null_totals_when_nothing_is_baselined', () => {
    const steps = [step('a', { dueDate: '2024-07-06', side: 'Buyer' })];
    const result = assess(steps);
    expect(factsOf(steps)).toEqual([['a', null, null, null]]);
    expect([result.buyerSlipDays, result.sellerSlipDays, result.jointSlipDays]).toEqual([null, null, null]);
  });

  it('it_should_keep_the_slip_of_a_step_pushed_by_one_without_a_baseline_as_its_own', () => {
    // A step added after activation and not yet baselined pushes nothing it can be charged with.
    const steps = [
      step('added', { dueDate: '2024-07-10', side: 'Buyer' }),
      agreed('b', '2024-07-02', '2024-07-11', { side: 'Seller', dependsOnId: 'added' })
    ];
    const result = assess(steps);
    expect(factsOf(steps)).toEqual([
      ['added', null, null, null],
      ['b', 9, 9, 0]
    ]);
    expect([result.buyerSlipDays, result.sellerSlipDays]).toEqual([0, 9]);
  });

  it('it_should_pass_a_push_through_a_skipped_step', () => {
    const steps = [
      agreed('a', '2024-07-01', '2024-07-06', { side: 'Buyer' }),
      agreed('skipped', '2024-07-02', '2024-07-02', { status: 'Skipped', dependsOnId: 'a' }),
      agreed('c', '2024-07-02', '2024-07-07', { side: 'Seller', dependsOnId: 'skipped' })
    ];
    expect(factsOf(steps)).toEqual([
      ['a', 5, 5, 0],
      ['skipped', null, null, null],
      ['c', 5, 0, 5]
    ]);
  });

  it('it_should_not_let_a_step_ahead_of_its_baseline_push', () => {
    const steps = [
      agreed('a', '2024-07-05', '2024-07-03', { side: 'Buyer' }),
      agreed('b', '2024-07-06', '2024-07-09', { side: 'Seller', dependsOnId: 'a' })
    ];
    expect(factsOf(steps)).toEqual([
      ['a', -2, 0, 0],
      ['b', 3, 3, 0]
    ]);
  });

  it('it_should_charge_a_step_agreed_in_conflict_with_its_dependency_with_its_own_slip', () => {
    // "b" was agreed for 07-03, before "a" (due 07-05, on time) let it be; pushed to 07-06 by the conflict, not by "a".
    const steps = [
      agreed('a', '2024-07-05', '2024-07-05', { side: 'Buyer' }),
      agreed('b', '2024-07-03', '2024-07-06', { side: 'Seller', dependsOnId: 'a' })
    ];
    expect(factsOf(steps)).toEqual([
      ['a', 0, 0, 0],
      ['b', 3, 3, 0]
    ]);
  });

  it('it_should_count_joint_steps_apart_and_steps_without_a_side_on_no_side', () => {
    const steps = [
      agreed('j', '2024-07-01', '2024-07-04', { side: 'Joint' }),
      agreed('none', '2024-07-01', '2024-07-08', { side: null }),
      agreed('s', '2024-07-01', '2024-07-02', { side: 'Seller' })
    ];
    const result = assess(steps);
    expect([result.buyerSlipDays, result.sellerSlipDays, result.jointSlipDays]).toEqual([0, 1, 3]);
  });

  it('it_should_ignore_a_dependency_on_a_cycle_and_give_undated_steps_no_slip', () => {
    const steps = [
      agreed('a', '2024-07-01', '2024-07-06', { dependsOnId: 'b' }),
      agreed('b', '2024-07-02', '2024-07-09', { dependsOnId: 'a' }),
      step('undated', { baselineDate: '2024-07-01' })
    ];
    expect(factsOf(steps)).toEqual([
      ['a', 5, 5, 0],
      ['b', 7, 7, 0],
      ['undated', null, null, null]
    ]);
  });

  it('it_should_give_the_same_numbers_through_planSlip_as_through_assessPlan', () => {
    const steps = [
      agreed('a', '2024-07-01', '2024-07-04', { side: 'Buyer' }),
      agreed('b', '2024-07-02', '2024-07-09', { side: 'Seller', dependsOnId: 'a' })
    ];
    const slip = planSlip(steps);
    expect([slip.slip, slip.caused, slip.pushed]).toEqual([
      [3, 7],
      [3, 4],
      [0, 3]
    ]);
    expect(slip.bySide).toEqual({ buyer: 3, seller: 4, joint: 0 });
  });
});
