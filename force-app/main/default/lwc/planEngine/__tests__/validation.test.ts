import { validatePlan, type PlanStep } from '../planEngine';
import { step } from './data/fixtures';

type Expect = [code: string, stepId: string | null, severity: 'error' | 'warning'];
const summary = (steps: PlanStep[], planId?: string | null, today?: string) =>
  validatePlan(steps, planId, today).map((p): Expect => [p.code, p.stepId, p.severity]);

describe('validatePlan', () => {
  it.each<[string, PlanStep[], Expect[]]>([
    [
      'a clean plan',
      [step('a', { dueDate: '2024-06-20' }), step('b', { dueDate: '2024-06-25', dependsOnId: 'a' })],
      []
    ],
    ['an empty plan', [], []],
    [
      'a self dependency',
      [step('a', { dueDate: '2024-06-20', dependsOnId: 'a' })],
      [['SELF_DEPENDENCY', 'a', 'error']]
    ],
    [
      'a dependency on a deleted step',
      [step('a', { dueDate: '2024-06-20', dependsOnId: 'deleted' })],
      [['MISSING_DEPENDENCY', 'a', 'error']]
    ],
    [
      'a three-step cycle, reported once',
      [
        step('a', { dueDate: '2024-06-20', dependsOnId: 'c' }),
        step('b', { dueDate: '2024-06-20', dependsOnId: 'a' }),
        step('c', { dueDate: '2024-06-21', dependsOnId: 'b' }),
        step('d', { dueDate: '2024-06-21', dependsOnId: 'c' })
      ],
      [['CYCLE', 'a', 'error']]
    ],
    [
      'a dependency on another plan’s step',
      [
        step('a', { dueDate: '2024-06-20', planId: 'other' }),
        step('b', { dueDate: '2024-06-21', dependsOnId: 'a' })
      ],
      [['CROSS_PLAN_DEPENDENCY', 'b', 'error']]
    ],
    [
      'the same id twice',
      [step('a', { dueDate: '2024-06-20' }), step('a', { dueDate: '2024-06-22' })],
      [['DUPLICATE_STEP', 'a', 'error']]
    ],
    [
      'the same title and due date twice',
      [
        step('a', { title: 'Legal review', dueDate: '2024-06-20' }),
        step('b', { title: 'Legal review', dueDate: '2024-06-20' })
      ],
      [['DUPLICATE_STEP', 'b', 'warning']]
    ],
    ['Feb 30', [step('a', { dueDate: '2024-02-30' })], [['IMPOSSIBLE_DATE', 'a', 'error']]],
    ['Feb 29 in a common year', [step('a', { dueDate: '2023-02-29' })], [['IMPOSSIBLE_DATE', 'a', 'error']]],
    ['Feb 29 in a leap year', [step('a', { dueDate: '2024-02-29' })], []],
    [
      'a datetime instead of a date',
      [step('a', { dueDate: '2024-06-20T00:00:00Z' })],
      [['IMPOSSIBLE_DATE', 'a', 'error']]
    ],
    [
      'a bad baseline date',
      [step('a', { dueDate: '2024-06-20', baselineDate: '20/06/2024' })],
      [['IMPOSSIBLE_DATE', 'a', 'error']]
    ],
    [
      'done without a completed date',
      [step('a', { dueDate: '2024-06-20', status: 'Done' })],
      [['DONE_WITHOUT_DATE', 'a', 'warning']]
    ],
    [
      'a missing owner',
      [step('a', { dueDate: '2024-06-20', ownerId: null })],
      [['MISSING_OWNER', 'a', 'warning']]
    ],
    ['a missing date', [step('a')], [['MISSING_DATE', 'a', 'warning']]],
    [
      'a done step without owner or date (not reported)',
      [step('a', { ownerId: null, status: 'Done', completedDate: '2024-06-01' })],
      []
    ],
    [
      'a non-numeric duration',
      [step('a', { dueDate: '2024-06-20', durationDays: Number.NaN })],
      [['INVALID_NUMBER', 'a', 'warning']]
    ]
  ])('reports %s', (_name, steps, expected) => {
    expect(summary(steps)).toEqual(expected);
  });

  it('reports a dependency on a step of a plan other than the one named', () => {
    const steps = [
      step('a', { dueDate: '2024-06-20', planId: 'p2' }),
      step('b', { dueDate: '2024-06-21', planId: null, dependsOnId: 'a' })
    ];
    expect(summary(steps)).toEqual([]);
    expect(summary(steps, 'p1')).toEqual([['CROSS_PLAN_DEPENDENCY', 'b', 'error']]);
  });

  it('reports a completed date in the future only when today is given', () => {
    const steps = [step('a', { dueDate: '2024-06-20', status: 'Done', completedDate: '2024-06-16' })];
    expect(summary(steps)).toEqual([]);
    expect(summary(steps, null, '2024-06-15')).toEqual([['IMPOSSIBLE_DATE', 'a', 'error']]);
    expect(summary(steps, null, '2024-06-16')).toEqual([]);
  });

  it('names the steps of a cycle in its message', () => {
    const problems = validatePlan([
      step('a', { title: 'Legal', dependsOnId: 'b', dueDate: '2024-06-20' }),
      step('b', { title: 'Security', dependsOnId: 'a', dueDate: '2024-06-20' })
    ]);
    expect(problems[0].message).toBe(
      'Dependency cycle: "Legal" depends on "Security" depends on "Legal"; these dependencies are ignored.'
    );
  });

  it('never throws on junk and never drops a step', () => {
    const junk = [
      step('a', {
        dueDate: '',
        completedDate: 'yesterday',
        status: 'Done',
        lagDays: Number.POSITIVE_INFINITY,
        title: ''
      }),
      step('b', { dependsOnId: '' })
    ];
    const problems = validatePlan(junk);
    expect(problems.map((p) => p.code)).toEqual(['IMPOSSIBLE_DATE', 'INVALID_NUMBER', 'MISSING_DATE']);
  });
});
