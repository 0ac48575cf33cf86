import { assessPlan, type AssessInput, type HealthStatus, type PlanStep } from '../planEngine';
import { opportunity, plan, step } from './data/fixtures';

const TODAY = '2024-06-15';
const done = (id: string, over: Partial<PlanStep> = {}) =>
  step(id, { status: 'Done', completedDate: '2024-06-01', dueDate: '2024-06-01', ...over });

function health(steps: PlanStep[], over: Partial<AssessInput> = {}) {
  return assessPlan({
    plan: plan(),
    steps,
    opportunity: opportunity({ closeDate: '2024-07-31' }),
    today: TODAY,
    ...over
  }).health;
}

describe('health status, score and reasons', () => {
  it.each<[string, PlanStep[], Partial<AssessInput>, HealthStatus, number, string[]]>([
    [
      'a plan with every step on time',
      [step('a', { dueDate: '2024-06-20' }), step('b', { dueDate: '2024-07-01' })],
      {},
      'On Track',
      100,
      []
    ],
    ['no plan', [], { plan: null }, 'No Plan', 0, ['no mutual action plan']],
    [
      'a plan whose one step has no date and no owner',
      [step('a', { ownerId: null })],
      {},
      'At Risk',
      79,
      ['no open step has an owner', 'no open step has a due date']
    ],
    [
      'a plan whose open steps all lack a date, one done step dated',
      [step('a'), step('b'), done('c')],
      {},
      'At Risk',
      79,
      ['no open step has a due date']
    ],
    [
      'an abandoned plan',
      [step('a', { dueDate: '2024-06-01' })],
      { plan: plan({ status: 'Abandoned' }) },
      'No Plan',
      0,
      ['plan abandoned']
    ],
    [
      'a plan marked completed with open steps',
      [step('a', { dueDate: '2024-06-01' })],
      { plan: plan({ status: 'Completed' }) },
      'Complete',
      100,
      ['plan marked completed']
    ],
    [
      'all steps done or skipped',
      [done('a'), step('b', { status: 'Skipped' })],
      {},
      'Complete',
      100,
      ['all 2 steps done or skipped']
    ],
    [
      'a closed lost opportunity',
      [step('a', { dueDate: '2024-06-01' })],
      { opportunity: opportunity({ isClosed: true, isWon: false }) },
      'Complete',
      100,
      ['opportunity closed lost; the plan is no longer tracked']
    ],
    [
      'a closed won deal with its onboarding done',
      [done('a'), done('k', { phase: 'Onboarding' })],
      { opportunity: opportunity({ isClosed: true, isWon: true }) },
      'Complete',
      100,
      ['all 2 steps done or skipped']
    ],
    [
      'a closed won deal with a late onboarding step (no close slip judged)',
      [done('a'), step('k', { phase: 'Onboarding', dueDate: '2024-06-12' })],
      { opportunity: opportunity({ isClosed: true, isWon: true, closeDate: '2024-05-01' }) },
      'At Risk',
      79,
      ['1 step overdue by 3 days']
    ],
    ['an empty plan', [], {}, 'At Risk', 60, ['plan has no steps']],
    [
      'a seller step 1 day late',
      [step('a', { dueDate: '2024-06-14' })],
      {},
      'At Risk',
      79,
      ['1 step overdue by 1 day']
    ],
    [
      'a buyer step 6 days late',
      [step('a', { side: 'Buyer', dueDate: '2024-06-09', commitment: 'Committed' })],
      {},
      'At Risk',
      79,
      ['1 buyer step overdue by 6 days']
    ],
    [
      'a buyer step 9 days late',
      [step('a', { side: 'Buyer', dueDate: '2024-06-06', commitment: 'Committed' })],
      {},
      'Off Track',
      49,
      ['1 buyer step overdue by 9 days']
    ],
    [
      'two buyer steps late, the longest by 9 days',
      [
        step('a', { side: 'Buyer', dueDate: '2024-06-06', commitment: 'Committed' }),
        step('b', { side: 'Buyer', dueDate: '2024-06-13', commitment: 'Committed' })
      ],
      {},
      'Off Track',
      49,
      ['2 buyer steps overdue, the longest by 9 days']
    ],
    [
      'three late steps, two of them buyer, with slip and uncommitted dates',
      [
        step('a', { side: 'Buyer', dueDate: '2024-05-16' }),
        step('b', { side: 'Buyer', dueDate: '2024-06-13' }),
        step('c', { side: 'Seller', dueDate: '2024-06-14' }),
        step('d', { side: 'Buyer', dueDate: '2024-06-20' }),
        step('e', { side: 'Buyer', dueDate: '2024-08-12' })
      ],
      {},
      'Off Track',
      // 100 − (overdue steps 5×3 + 5×2 = 25) − (longest 30 days, capped 20) − (slip 10 + 12 = 22) − (uncommitted 3×5 = 15)
      18,
      [
        '3 steps overdue (2 buyer), the longest by 30 days',
        'projected close 12 days after the close date',
        '3 buyer dates due within 14 days not committed (2 already past)'
      ]
    ],
    [
      'projected close 12 days after the close date',
      [step('a', { dueDate: '2024-08-12' })],
      {},
      'At Risk',
      78,
      ['projected close 12 days after the close date']
    ],
    [
      'projected close 14 days after the close date',
      [step('a', { dueDate: '2024-08-14' })],
      {},
      'Off Track',
      49,
      ['projected close 14 days after the close date']
    ],
    [
      'three uncommitted buyer dates in the next 14 days',
      [
        step('a', { side: 'Buyer', dueDate: '2024-06-16' }),
        step('b', { side: 'Buyer', dueDate: '2024-06-20' }),
        step('c', { side: 'Buyer', dueDate: '2024-06-29' }),
        step('d', { side: 'Buyer', dueDate: '2024-06-30' })
      ],
      {},
      'At Risk',
      79,
      ['3 buyer dates in the next 14 days not committed']
    ],
    [
      'a plan not updated in 21 days',
      [step('a', { dueDate: '2024-06-20', lastModified: '2024-05-25T10:00:00.000Z' })],
      { plan: plan({ lastModified: '2024-05-20T10:00:00.000+0000' }) },
      'At Risk',
      79,
      ['plan not updated in 21 days']
    ],
    [
      'a plan updated 20 days ago',
      [step('a', { dueDate: '2024-06-20', lastModified: '2024-05-26T23:00:00.000Z' })],
      { plan: plan({ lastModified: '2024-05-01T00:00:00Z' }) },
      'On Track',
      100,
      []
    ],
    [
      'a plan not updated in 35 days',
      [step('a', { dueDate: '2024-06-20' })],
      { plan: plan({ lastModified: '2024-05-11T00:00:00Z' }) },
      'At Risk',
      80 - 1,
      ['plan not updated in 35 days']
    ],
    [
      'two blocked steps',
      [
        step('a', { dueDate: '2024-06-20', status: 'Blocked' }),
        step('b', { dueDate: '2024-06-21', status: 'Blocked' })
      ],
      {},
      'On Track',
      94,
      ['2 steps blocked']
    ],
    [
      'open steps without owner and date',
      [step('a', { ownerId: null, dueDate: '2024-06-20' }), step('b')],
      {},
      'On Track',
      96,
      ['1 open step without an owner', '1 open step without a due date']
    ]
  ])('judges %s', (_name, steps, over, status, score, reasons) => {
    const result = health(steps, over);
    expect(result.status).toBe(status);
    expect(result.score).toBe(score);
    expect(result.reasons).toEqual(reasons);
  });

  it('uses tuned thresholds: off track at 3 days overdue', () => {
    const result = health([step('a', { dueDate: '2024-06-12' })], { thresholds: { offTrackDaysOverdue: 3 } });
    expect(result.status).toBe('Off Track');
  });

  it('ignores a threshold that is not a number and keeps the default', () => {
    const result = health([step('a', { dueDate: '2024-06-12' })], {
      thresholds: { offTrackDaysOverdue: Number.NaN }
    });
    expect(result.status).toBe('At Risk');
  });

  it('widens the commitment window when told', () => {
    const steps = [step('a', { side: 'Buyer', dueDate: '2024-07-10' })];
    expect(health(steps).reasons).toEqual([]);
    expect(health(steps, { thresholds: { commitmentWindowDays: 30 } }).reasons).toEqual([
      '1 buyer date in the next 30 days not committed'
    ]);
  });

  it('is deterministic: the same input gives the same health', () => {
    const steps = [step('a', { side: 'Buyer', dueDate: '2024-06-06' }), step('b', { dueDate: '2024-08-30' })];
    expect(health(steps)).toEqual(health(steps));
  });
});
