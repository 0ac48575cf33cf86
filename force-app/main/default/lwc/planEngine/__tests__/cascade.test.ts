import { proposeChange, type PlanStep, type ProposedChange, type StepChange } from '../planEngine';
import { step } from './data/fixtures';

const TODAY = '2024-06-15';
type Brief = [stepId: string, field: StepChange['field'], from: string | null, to: string | null];
const brief = (changes: StepChange[]) => changes.map((c): Brief => [c.stepId, c.field, c.from, c.to]);

// a → b (lag 1, duration 2) → c (duration 3); d independent.
const chain = (): PlanStep[] => [
  step('a', { dueDate: '2024-06-20' }),
  step('b', { dueDate: '2024-06-24', dependsOnId: 'a', lagDays: 1, durationDays: 2 }),
  step('c', { dueDate: '2024-06-30', dependsOnId: 'b', durationDays: 3 }),
  step('d', { dueDate: '2024-06-21' })
];

describe('proposeChange', () => {
  it.each<[string, PlanStep[], ProposedChange, Brief[]]>([
    [
      'moving a step later pushes its dependents just enough',
      chain(),
      { kind: 'move', stepId: 'a', dueDate: '2024-06-25' },
      [
        ['a', 'dueDate', '2024-06-20', '2024-06-25'],
        ['b', 'dueDate', '2024-06-24', '2024-06-28'],
        ['c', 'dueDate', '2024-06-30', '2024-07-01']
      ]
    ],
    [
      'a small move absorbed by slack pushes nothing',
      chain(),
      { kind: 'move', stepId: 'a', dueDate: '2024-06-21' },
      [['a', 'dueDate', '2024-06-20', '2024-06-21']]
    ],
    [
      'moving earlier leaves dependents alone',
      chain(),
      { kind: 'move', stepId: 'a', dueDate: '2024-06-17' },
      [['a', 'dueDate', '2024-06-20', '2024-06-17']]
    ],
    [
      'moving earlier with allowEarlier pulls dependents by the same days',
      chain(),
      { kind: 'move', stepId: 'a', dueDate: '2024-06-17', allowEarlier: true },
      [
        ['a', 'dueDate', '2024-06-20', '2024-06-17'],
        ['b', 'dueDate', '2024-06-24', '2024-06-21'],
        ['c', 'dueDate', '2024-06-30', '2024-06-27']
      ]
    ],
    [
      'allowEarlier never pulls a dependent before its earliest date',
      [step('a', { dueDate: '2024-06-20' }), step('b', { dueDate: '2024-06-21', dependsOnId: 'a' })],
      { kind: 'move', stepId: 'a', dueDate: '2024-06-18', allowEarlier: true },
      [
        ['a', 'dueDate', '2024-06-20', '2024-06-18'],
        ['b', 'dueDate', '2024-06-21', '2024-06-19']
      ]
    ],
    [
      'a done dependent stops the cascade',
      [
        step('a', { dueDate: '2024-06-20' }),
        step('b', { dueDate: '2024-06-21', dependsOnId: 'a', status: 'Done', completedDate: '2024-06-14' }),
        step('c', { dueDate: '2024-06-22', dependsOnId: 'b' })
      ],
      { kind: 'move', stepId: 'a', dueDate: '2024-06-30' },
      [['a', 'dueDate', '2024-06-20', '2024-06-30']]
    ],
    [
      'a skipped dependent passes the push through',
      [
        step('a', { dueDate: '2024-06-20' }),
        step('b', { dueDate: '2024-06-21', dependsOnId: 'a', status: 'Skipped' }),
        step('c', { dueDate: '2024-06-22', dependsOnId: 'b' })
      ],
      { kind: 'move', stepId: 'a', dueDate: '2024-06-30' },
      [
        ['a', 'dueDate', '2024-06-20', '2024-06-30'],
        ['c', 'dueDate', '2024-06-22', '2024-07-01']
      ]
    ],
    [
      'moving across Feb 29',
      [step('a', { dueDate: '2024-02-27' }), step('b', { dueDate: '2024-02-28', dependsOnId: 'a' })],
      { kind: 'move', stepId: 'a', dueDate: '2024-02-29' },
      [
        ['a', 'dueDate', '2024-02-27', '2024-02-29'],
        ['b', 'dueDate', '2024-02-28', '2024-03-01']
      ]
    ],
    [
      'completing a step early leaves its dependents alone',
      chain(),
      { kind: 'complete', stepId: 'a', completedDate: TODAY },
      [
        ['a', 'status', 'Not Started', 'Done'],
        ['a', 'completedDate', null, TODAY]
      ]
    ],
    [
      'completing a step after its dependent’s start pushes the dependent',
      [
        step('a', { dueDate: '2024-06-10' }),
        step('b', { dueDate: '2024-06-14', dependsOnId: 'a', durationDays: 2 })
      ],
      { kind: 'complete', stepId: 'a', completedDate: '2024-06-14' },
      [
        ['a', 'status', 'Not Started', 'Done'],
        ['a', 'completedDate', null, '2024-06-14'],
        ['b', 'dueDate', '2024-06-14', '2024-06-16']
      ]
    ],
    [
      'removing a step clears the dependencies on it',
      chain(),
      { kind: 'remove', stepId: 'b' },
      [['c', 'dependsOnId', 'b', null]]
    ],
    [
      'inserting a step before its dependency allows pushes it',
      chain(),
      { kind: 'insert', step: step('e', { dueDate: '2024-06-21', dependsOnId: 'c', durationDays: 2 }) },
      [['e', 'dueDate', '2024-06-21', '2024-07-02']]
    ],
    [
      'inserting a step that an existing step points at cascades to it',
      [step('b', { dueDate: '2024-06-21', dependsOnId: 'x' })],
      { kind: 'insert', step: step('x', { dueDate: '2024-06-25' }) },
      [['b', 'dueDate', '2024-06-21', '2024-06-26']]
    ]
  ])('%s', (_name, steps, change, expected) => {
    const before = JSON.stringify(steps);
    const result = proposeChange(steps, change, TODAY);
    expect(brief(result.changes)).toEqual(expected);
    expect(JSON.stringify(steps)).toBe(before);
    // Idempotent: proposing the same change on the result changes nothing more.
    expect(proposeChange(result.steps, change, TODAY).changes).toEqual([]);
  });

  it('returns the resulting plan with the changes applied', () => {
    const result = proposeChange(chain(), { kind: 'move', stepId: 'a', dueDate: '2024-06-25' }, TODAY);
    expect(result.steps.map((s) => s.dueDate)).toEqual([
      '2024-06-25',
      '2024-06-28',
      '2024-07-01',
      '2024-06-21'
    ]);
    expect(result.changes[1].reason).toBe(
      'pushed: "Step a" is now due 2024-06-25, and this step starts 1 day after it and takes 2 days'
    );
  });

  it('says what each pushed date follows, as data: the step, its date, the lag and the duration', () => {
    const result = proposeChange(chain(), { kind: 'move', stepId: 'a', dueDate: '2024-06-25' }, TODAY);
    expect(result.changes.map((c) => c.cause)).toEqual([
      undefined,
      {
        stepId: 'a',
        date: '2024-06-25',
        finished: false,
        dueDate: '2024-06-25',
        lagDays: 1,
        durationDays: 2,
        skippedIds: []
      },
      {
        stepId: 'b',
        date: '2024-06-28',
        finished: false,
        dueDate: '2024-06-28',
        lagDays: 0,
        durationDays: 3,
        skippedIds: []
      }
    ]);
  });

  it('measures a push from a late completion, and names the skipped steps it passed through', () => {
    const steps = [
      step('a', { dueDate: '2024-06-10' }),
      step('s', { dueDate: '2024-06-11', dependsOnId: 'a', status: 'Skipped' }),
      step('b', { dueDate: '2024-06-16', dependsOnId: 's', lagDays: 2, durationDays: 1 })
    ];
    const result = proposeChange(steps, { kind: 'complete', stepId: 'a', completedDate: TODAY }, TODAY);
    expect(brief(result.changes).at(-1)).toEqual(['b', 'dueDate', '2024-06-16', '2024-06-18']);
    expect(result.changes.at(-1)?.cause).toEqual({
      stepId: 'a',
      date: TODAY,
      finished: true,
      dueDate: '2024-06-10',
      lagDays: 2,
      durationDays: 1,
      skippedIds: ['s']
    });
  });

  it('says what a new step pushed by its dependency follows', () => {
    const result = proposeChange(
      chain(),
      { kind: 'insert', step: step('n', { dueDate: '2024-06-20', dependsOnId: 'b', durationDays: 4 }) },
      TODAY
    );
    expect(result.changes[0].cause).toMatchObject({ stepId: 'b', date: '2024-06-24', finished: false });
  });

  it('removes the step from the resulting plan', () => {
    const result = proposeChange(chain(), { kind: 'remove', stepId: 'b' }, TODAY);
    expect(result.steps.map((s) => s.id)).toEqual(['a', 'c', 'd']);
    expect(result.steps[1].dependsOnId).toBeNull();
  });

  it('walks a cycle once and reports it instead of looping', () => {
    const steps = [
      step('a', { dueDate: '2024-06-20', dependsOnId: 'b' }),
      step('b', { dueDate: '2024-06-21', dependsOnId: 'a' })
    ];
    const result = proposeChange(steps, { kind: 'move', stepId: 'a', dueDate: '2024-06-25' }, TODAY);
    expect(brief(result.changes)).toEqual([
      ['a', 'dueDate', '2024-06-20', '2024-06-25'],
      ['b', 'dueDate', '2024-06-21', '2024-06-26']
    ]);
    expect(result.problems.map((p) => p.code)).toEqual(['CYCLE']);
  });

  it.each<[string, ProposedChange, string]>([
    ['an unknown step', { kind: 'move', stepId: 'nope', dueDate: '2024-06-20' }, 'UNKNOWN_STEP'],
    ['Feb 30', { kind: 'move', stepId: 'a', dueDate: '2024-02-30' }, 'IMPOSSIBLE_DATE'],
    [
      'completion in the future',
      { kind: 'complete', stepId: 'a', completedDate: '2024-06-16' },
      'IMPOSSIBLE_DATE'
    ],
    ['an insert with an id already used', { kind: 'insert', step: step('a') }, 'DUPLICATE_STEP'],
    ['removing an unknown step', { kind: 'remove', stepId: 'nope' }, 'UNKNOWN_STEP']
  ])('refuses %s with an error and no changes', (_name, change, code) => {
    const result = proposeChange(chain(), change, TODAY);
    expect(result.changes).toEqual([]);
    expect(result.problems.map((p) => [p.code, p.severity])).toEqual([[code, 'error']]);
  });

  it('warns when a step is moved before its dependency allows, and moves it anyway', () => {
    const result = proposeChange(chain(), { kind: 'move', stepId: 'b', dueDate: '2024-06-21' }, TODAY);
    expect(brief(result.changes)).toEqual([['b', 'dueDate', '2024-06-24', '2024-06-21']]);
    expect(result.problems.map((p) => [p.code, p.severity])).toEqual([['DEPENDENCY_CONFLICT', 'warning']]);
  });

  it('reports a cycle that an insert would create', () => {
    const steps = [step('a', { dueDate: '2024-06-20', dependsOnId: 'n' })];
    const result = proposeChange(
      steps,
      { kind: 'insert', step: step('n', { dueDate: '2024-06-10', dependsOnId: 'a' }) },
      TODAY
    );
    expect(result.problems.map((p) => p.code)).toEqual(['CYCLE']);
  });
});
