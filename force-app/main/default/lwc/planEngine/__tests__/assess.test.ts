import { DEFAULT_THRESHOLDS, assessPlan, type AssessInput, type PlanStep } from '../planEngine';
import { opportunity, plan, step } from './data/fixtures';

const TODAY = '2024-06-15';

function assess(steps: PlanStep[], over: Partial<AssessInput> = {}) {
  return assessPlan({ plan: plan(), steps, opportunity: opportunity(), today: TODAY, ...over });
}

describe('per-step facts', () => {
  it.each([
    ['an open step due yesterday', step('a', { dueDate: '2024-06-14' }), true, 1],
    ['a buyer step 9 days late', step('a', { side: 'Buyer', dueDate: '2024-06-06' }), true, 9],
    ['an open step due today', step('a', { dueDate: TODAY }), false, 0],
    [
      'a done step due last week',
      step('a', { dueDate: '2024-06-08', status: 'Done', completedDate: '2024-06-09' }),
      false,
      0
    ],
    ['a skipped step due last week', step('a', { dueDate: '2024-06-08', status: 'Skipped' }), false, 0],
    ['a blocked step due last week', step('a', { dueDate: '2024-06-08', status: 'Blocked' }), true, 7],
    ['a step with no date', step('a'), false, 0],
    ['a step with an impossible date (Feb 30)', step('a', { dueDate: '2024-02-30' }), false, 0],
    ['a step due Feb 29 seen on Mar 1', step('a', { dueDate: '2024-02-29' }), true, 107]
  ])('works out %s: overdue %s, %d days late', (_name, s, overdue, late) => {
    const facts = assess([s]).steps[0];
    expect(facts.isOverdue).toBe(overdue);
    expect(facts.daysLate).toBe(late);
  });

  it('counts Feb 29 to Mar 1 as one day late', () => {
    const facts = assess([step('a', { dueDate: '2024-02-29' })], { today: '2024-03-01' }).steps[0];
    expect(facts.daysLate).toBe(1);
  });

  it('lists an unfinished dependency in blockedBy, and not a finished one', () => {
    const result = assess([
      step('a', { dueDate: '2024-06-20' }),
      step('b', { dueDate: '2024-06-25', dependsOnId: 'a' }),
      step('c', { dueDate: '2024-06-10', status: 'Done', completedDate: '2024-06-10' }),
      step('d', { dueDate: '2024-06-25', dependsOnId: 'c' })
    ]);
    expect(result.steps.map((s) => s.blockedBy)).toEqual([[], ['a'], [], []]);
    expect(result.steps.map((s) => s.isOpen)).toEqual([true, true, false, true]);
  });

  it('marks a dated step with a Committed commitment as committed, and an undated one not', () => {
    const result = assess([
      step('a', { side: 'Buyer', dueDate: '2024-06-20', commitment: 'Committed' }),
      step('b', { side: 'Buyer', commitment: 'Committed' })
    ]);
    expect(result.steps.map((s) => s.isCommitted)).toEqual([true, false]);
  });

  it('keeps the input order and ids in the step facts', () => {
    const result = assess([step('z'), step('a'), step('m')]);
    expect(result.steps.map((s) => s.id)).toEqual(['z', 'a', 'm']);
  });
});

describe('plan progress', () => {
  it.each([
    ['an empty plan', [] as PlanStep[], 0, null],
    [
      'one of three done',
      [step('a', { status: 'Done', completedDate: '2024-06-01' }), step('b'), step('c')],
      33,
      null
    ],
    [
      'two of three done or skipped',
      [
        step('a', { status: 'Done', completedDate: '2024-06-01' }),
        step('b', { status: 'Skipped' }),
        step('c')
      ],
      66,
      null
    ],
    [
      'all done',
      [step('a', { status: 'Done', completedDate: '2024-06-01' }), step('b', { status: 'Skipped' })],
      100,
      null
    ],
    [
      'one of two milestones done',
      [
        step('a', { isMilestone: true, status: 'Done', completedDate: '2024-06-01' }),
        step('b', { isMilestone: true }),
        step('c')
      ],
      33,
      50
    ]
  ])('gives %s %d percent complete and milestone percent %s', (_name, steps, percent, milestone) => {
    const result = assess(steps);
    expect(result.percentComplete).toBe(percent);
    expect(result.milestonePercentComplete).toBe(milestone);
  });

  it('rounds 199 of 200 down to 99 so 100 means every step', () => {
    const steps = Array.from({ length: 200 }, (_, i) =>
      step(`s${i}`, i === 0 ? {} : { status: 'Done', completedDate: '2024-06-01' })
    );
    expect(assess(steps).percentComplete).toBe(99);
  });

  it('picks the next step by earliest projected date, then sort order, overall and per side', () => {
    const result = assess([
      step('done', { dueDate: '2024-06-01', status: 'Done', completedDate: '2024-06-01' }),
      step('seller-late', { side: 'Seller', dueDate: '2024-06-20', sortOrder: 5 }),
      step('buyer-1', { side: 'Buyer', dueDate: '2024-06-18', sortOrder: 9 }),
      step('buyer-2', { side: 'Buyer', dueDate: '2024-06-18', sortOrder: 2 }),
      step('joint', { side: 'Joint', dueDate: '2024-07-01' }),
      step('undated', { side: 'Seller', sortOrder: 1 })
    ]);
    expect(result.nextStep?.id).toBe('buyer-2');
    expect(result.nextStepBySide.Buyer?.id).toBe('buyer-2');
    expect(result.nextStepBySide.Seller?.id).toBe('seller-late');
    expect(result.nextStepBySide.Joint?.id).toBe('joint');
    expect(result.nextStep).toEqual({
      id: 'buyer-2',
      title: 'Step buyer-2',
      side: 'Buyer',
      dueDate: '2024-06-18',
      ownerId: 'owner1'
    });
  });

  it('puts an overdue step first as next step (it projects to today)', () => {
    const result = assess([
      step('later', { dueDate: '2024-06-16' }),
      step('late', { dueDate: '2024-06-01' })
    ]);
    expect(result.nextStep?.id).toBe('late');
  });

  it('has no next step when every step is done', () => {
    const result = assess([step('a', { status: 'Done', completedDate: '2024-06-01' })]);
    expect(result.nextStep).toBeNull();
    expect(result.nextStepBySide).toEqual({ Buyer: null, Seller: null, Joint: null });
  });

  it('counts overdue steps, overdue buyer steps and the longest delay', () => {
    const result = assess([
      step('a', { side: 'Buyer', dueDate: '2024-06-06' }),
      step('b', { side: 'Buyer', dueDate: '2024-06-13' }),
      step('c', { side: 'Seller', dueDate: '2024-06-01' }),
      step('d', { side: 'Buyer', dueDate: '2024-06-01', status: 'Done', completedDate: '2024-06-02' })
    ]);
    expect(result.overdueCount).toBe(3);
    expect(result.overdueBuyerCount).toBe(2);
    expect(result.longestOverdueDays).toBe(14);
  });

  it('lists open steps without an owner or a date (not finished ones)', () => {
    const result = assess([
      step('a', { ownerId: null, dueDate: '2024-06-20' }),
      step('b', { ownerId: 'x' }),
      step('c', { ownerId: null, status: 'Done', completedDate: '2024-06-01' }),
      step('d', { ownerId: '', dueDate: 'not a date' })
    ]);
    expect(result.stepsWithoutOwner).toEqual(['a', 'd']);
    expect(result.stepsWithoutDate).toEqual(['b', 'd']);
  });

  it.each([
    ['no buyer steps', [step('a', { dueDate: '2024-06-20' })], null],
    [
      'one of two open dated buyer steps committed',
      [
        step('a', { side: 'Buyer', dueDate: '2024-06-20', commitment: 'Committed' }),
        step('b', { side: 'Buyer', dueDate: '2024-06-21' }),
        step('c', { side: 'Buyer' })
      ],
      50
    ],
    [
      'done buyer steps ignored',
      [
        step('a', { side: 'Buyer', dueDate: '2024-06-20', commitment: 'Committed' }),
        step('b', { side: 'Buyer', dueDate: '2024-06-01', status: 'Done', completedDate: '2024-06-01' })
      ],
      100
    ]
  ])('gives buyer commitment with %s as %s', (_name, steps, expected) => {
    expect(assess(steps).buyerCommitmentPercent).toBe(expected);
  });
});

describe('projection', () => {
  it('pushes a dependent of an overdue step: today + lag + duration', () => {
    const result = assess([
      step('a', { dueDate: '2024-06-10' }),
      step('b', { dueDate: '2024-06-16', dependsOnId: 'a', lagDays: 2, durationDays: 3 })
    ]);
    expect(result.steps.map((s) => s.projectedDueDate)).toEqual(['2024-06-15', '2024-06-20']);
    expect(result.steps[1].projectedSlipDays).toBe(4);
    expect(result.projectedEndDate).toBe('2024-06-20');
  });

  it('does not pull a dependent earlier when its predecessor is early', () => {
    const result = assess([
      step('a', { dueDate: '2024-06-20' }),
      step('b', { dueDate: '2024-07-30', dependsOnId: 'a' })
    ]);
    expect(result.steps[1].projectedDueDate).toBe('2024-07-30');
  });

  it('pushes through a chain and uses a done step’s completed date', () => {
    const result = assess([
      step('a', { dueDate: '2024-06-01', status: 'Done', completedDate: '2024-06-20' }),
      step('b', { dueDate: '2024-06-18', dependsOnId: 'a', durationDays: 5 }),
      step('c', { dueDate: '2024-06-22', dependsOnId: 'b', lagDays: 1, durationDays: 1 })
    ]);
    // completed after today is an impossible date but still the finish: 06-20 + 5 = 06-25, + 2 = 06-27
    expect(result.steps.map((s) => s.projectedDueDate)).toEqual(['2024-06-20', '2024-06-25', '2024-06-27']);
  });

  it('lets a skipped step pass its predecessor’s date through without taking time', () => {
    const result = assess([
      step('a', { dueDate: '2024-06-10' }),
      step('b', { dueDate: '2024-06-12', dependsOnId: 'a', status: 'Skipped' }),
      step('c', { dueDate: '2024-06-16', dependsOnId: 'b', durationDays: 3 })
    ]);
    expect(result.steps.map((s) => s.projectedDueDate)).toEqual(['2024-06-15', null, '2024-06-18']);
  });

  it('gives an undated dependent a projection from its predecessor, and an undated loner none', () => {
    const result = assess([
      step('a', { dueDate: '2024-06-20' }),
      step('b', { dependsOnId: 'a', durationDays: 2 }),
      step('c')
    ]);
    expect(result.steps.map((s) => s.projectedDueDate)).toEqual(['2024-06-20', '2024-06-22', null]);
  });

  it('ignores a dependency on a deleted step and reports it', () => {
    const result = assess([step('b', { dueDate: '2024-06-20', dependsOnId: 'gone' })]);
    expect(result.steps[0].projectedDueDate).toBe('2024-06-20');
    expect(result.steps[0].blockedBy).toEqual([]);
    expect(result.problems.map((p) => p.code)).toEqual(['MISSING_DEPENDENCY']);
  });

  it('survives a dependency cycle: reports it and projects each step on its own date', () => {
    const result = assess([
      step('a', { dueDate: '2024-06-20', dependsOnId: 'b' }),
      step('b', { dueDate: '2024-06-25', dependsOnId: 'a' })
    ]);
    expect(result.steps.map((s) => s.projectedDueDate)).toEqual(['2024-06-20', '2024-06-25']);
    expect(result.problems.map((p) => p.code)).toEqual(['CYCLE']);
  });

  it('handles a 50,000-step chain without deep recursion', () => {
    const steps = Array.from({ length: 50_000 }, (_, i) =>
      step(`s${i}`, { dueDate: '2024-06-10', dependsOnId: i > 0 ? `s${i - 1}` : null, durationDays: 1 })
    );
    const result = assess(steps);
    expect(result.projectedEndDate).toBe(
      new Date(Date.UTC(2024, 5, 15) + 49_999 * 86_400_000).toISOString().slice(0, 10)
    );
    expect(result.steps[49_999].projectedSlipDays).toBe(49_999 + 5);
  });

  describe('projected close and slip', () => {
    const signature = (over: Partial<PlanStep>) => step('sig', { phase: 'Signature', ...over });
    it.each([
      ['no close date', [step('a', { dueDate: '2024-06-20' })], null, '2024-06-20', null],
      [
        'a plan finishing before the close date',
        [step('a', { dueDate: '2024-06-20' })],
        '2024-06-30',
        '2024-06-30',
        0
      ],
      [
        'pre-sale work projected 12 days past the close date',
        [step('a', { dueDate: '2024-07-12' })],
        '2024-06-30',
        '2024-07-12',
        12
      ],
      [
        'post-sale steps after the close date (ignored)',
        [
          step('a', { dueDate: '2024-06-20' }),
          step('k', { dueDate: '2024-09-01', phase: 'Onboarding' }),
          step('l', { dueDate: '2024-10-01', phase: 'adoption' })
        ],
        '2024-06-30',
        '2024-06-30',
        0
      ],
      [
        'a signature step due 3 days before the close date',
        [signature({ dueDate: '2024-06-27' }), step('x', { dueDate: '2024-08-01' })],
        '2024-06-30',
        '2024-06-27',
        -3
      ],
      [
        'a signature step pushed by its late predecessor',
        [
          step('legal', { dueDate: '2024-06-01' }),
          signature({ dueDate: '2024-06-20', dependsOnId: 'legal', lagDays: 5, durationDays: 10 })
        ],
        '2024-06-20',
        '2024-06-30',
        10
      ],
      [
        'an overdue pre-sale step when the close date has passed',
        [step('a', { dueDate: '2024-06-01' })],
        '2024-06-05',
        '2024-06-15',
        10
      ]
    ])('with %s', (_name, steps, closeDate, projected, slip) => {
      const result = assess(steps, { opportunity: opportunity({ closeDate }) });
      expect(result.projectedCloseDate).toBe(projected);
      expect(result.slipDays).toBe(slip);
    });

    it.each([
      ['no steps', []],
      ['only undated steps', [step('a'), step('b', { ownerId: null })]]
    ])('has no projected close or slip for a plan with %s (the plan says nothing of it)', (_name, steps) => {
      const result = assess(steps, { opportunity: opportunity({ closeDate: '2024-07-31' }) });
      expect(result.projectedCloseDate).toBeNull();
      expect(result.slipDays).toBeNull();
    });

    it('has no projected close or slip once the opportunity is closed', () => {
      const result = assess([step('a', { dueDate: '2024-08-01' })], {
        opportunity: opportunity({ closeDate: '2024-06-01', isClosed: true, isWon: true })
      });
      expect(result.projectedCloseDate).toBeNull();
      expect(result.slipDays).toBeNull();
    });
  });
});

describe('thresholds', () => {
  it('has the documented defaults', () => {
    expect(DEFAULT_THRESHOLDS).toEqual({
      atRiskDaysOverdue: 1,
      offTrackDaysOverdue: 7,
      commitmentWindowDays: 14,
      stalePlanDays: 21,
      slipAtRiskDays: 1,
      slipOffTrackDays: 14
    });
  });

  it('rejects a bad today instead of guessing', () => {
    expect(() => assess([], { today: '2024-02-30' })).toThrow(RangeError);
  });
});
