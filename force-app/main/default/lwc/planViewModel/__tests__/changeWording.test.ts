import type { PlanProblem, StepChange, StepChangeCause } from 'c/planEngine';
import type { PlanView } from 'c/planContract';
import planViewJson from '../../planContract/__tests__/data/planView.json';
import {
  causeWords,
  changedFieldNames,
  describeChanges,
  followUps,
  pastStepsWarning,
  problemItems,
  templateLines,
  typographic
} from '../changeWording';

const LOCALE = 'en-US';
const [stakeholder] = (JSON.parse(JSON.stringify(planViewJson)) as PlanView).stakeholders;
const titles = new Map([
  ['a', 'Security review'],
  ['b', 'Legal redlines'],
  ['c', 'Contract signed'],
  ['s', 'Pricing check'],
  ['t', 'Budget check']
]);

function cause(over: Partial<StepChangeCause> = {}): StepChangeCause {
  return {
    stepId: 'a',
    date: '2026-12-10',
    finished: false,
    dueDate: '2026-12-10',
    lagDays: 0,
    durationDays: 1,
    skippedIds: [],
    ...over
  };
}

const pushed = (stepId: string, from: string, to: string, why: StepChangeCause): StepChange => ({
  stepId,
  field: 'dueDate',
  from,
  to,
  reason: 'pushed: the engine’s words',
  cause: why
});

describe('changeWording: why a date moves', () => {
  it.each<[string, Partial<StepChangeCause>, boolean, string]>([
    [
      'lag 0 starts the day the predecessor is due',
      { lagDays: 0, durationDays: 10 },
      true,
      'it starts the day “Security review” is due (now Dec 10, 2026) and takes 10 days'
    ],
    [
      'lag 1 starts the day after',
      { lagDays: 1, durationDays: 10 },
      true,
      'it starts the day after “Security review” is due (now Dec 10, 2026) and takes 10 days'
    ],
    [
      'lag 3 starts 3 days after',
      { lagDays: 3, durationDays: 1 },
      true,
      'it starts 3 days after “Security review” is due (now Dec 10, 2026) and takes 1 day'
    ],
    [
      'a predecessor this change did not move is due, not now due',
      { lagDays: 1, durationDays: 2 },
      false,
      'it starts the day after “Security review” is due (Dec 10, 2026) and takes 2 days'
    ],
    [
      'a step that takes no time is due, it does not start',
      { lagDays: 2, durationDays: 0 },
      true,
      'it is due 2 days after “Security review” is due (now Dec 10, 2026)'
    ],
    [
      'a late finish says how late',
      { finished: true, date: '2026-12-05', dueDate: '2026-11-26', durationDays: 2 },
      true,
      'it starts the day “Security review” is finished (Dec 5, 2026, 9 days after its due date) and takes 2 days'
    ],
    [
      'an early finish says only when',
      { finished: true, date: '2026-12-05', dueDate: '2026-12-08', lagDays: 1 },
      true,
      'it starts the day after “Security review” is finished (Dec 5, 2026) and takes 1 day'
    ],
    [
      'a skipped step between them is named',
      { skippedIds: ['s'] },
      false,
      'it starts the day “Security review” is due (Dec 10, 2026; “Pricing check” between them is skipped) and takes 1 day'
    ],
    [
      'several skipped steps are listed',
      { skippedIds: ['s', 't'] },
      false,
      'it starts the day “Security review” is due (Dec 10, 2026; “Pricing check” and “Budget check” between them are skipped) and takes 1 day'
    ]
  ])('it_should_word_a_push_as_a_person_would: %s', (_name, over, moved, expected) => {
    const words = causeWords(cause(over), titles, new Set(moved ? ['a'] : []), LOCALE);
    expect(words).toBe(expected);
    expect(words).not.toMatch(/\b0 days\b/);
  });
});

describe('changeWording: describeChanges', () => {
  it('it_should_word_every_kind_of_change_with_one_kind_of_quotation_marks', () => {
    const changes: StepChange[] = [
      { stepId: 'a', field: 'dueDate', from: '2026-12-03', to: '2026-12-10', reason: 'moved 7 days later' },
      pushed('b', '2026-12-08', '2026-12-14', cause({ lagDays: 1, durationDays: 3 })),
      {
        stepId: 'c',
        field: 'dueDate',
        from: '2026-12-14',
        to: '2026-12-11',
        reason: 'pulled 3 days earlier with "Legal redlines"'
      },
      { stepId: 's', field: 'dueDate', from: null, to: '2026-12-20', reason: 'date set' },
      { stepId: 'a', field: 'status', from: 'In Progress', to: 'Done', reason: 'marked done' },
      { stepId: 'a', field: 'completedDate', from: null, to: '2026-12-01', reason: 'marked done' },
      { stepId: 'a', field: 'completedDate', from: '2026-12-01', to: null, reason: 'reopened' },
      { stepId: 'b', field: 'dependsOnId', from: 'a', to: null, reason: 'depended on "a", which was removed' }
    ];
    const lines = describeChanges(changes, titles, 'a', LOCALE);
    expect(lines.map((line) => line.text)).toEqual([
      '“Security review” moves from Dec 3, 2026 to Dec 10, 2026',
      '“Legal redlines” moves from Dec 8, 2026 to Dec 14, 2026: it starts the day after “Security review” is due (now Dec 10, 2026) and takes 3 days',
      '“Contract signed” moves from Dec 14, 2026 to Dec 11, 2026 (pulled 3 days earlier with “Legal redlines”)',
      '“Pricing check” is due Dec 20, 2026 (date set)',
      '“Security review” changes from In Progress to Done',
      '“Security review” is marked completed on Dec 1, 2026',
      '“Security review” loses its completed date',
      '“Legal redlines” no longer waits on “Security review”'
    ]);
    expect(lines.map((line) => line.isEdited)).toEqual([true, false, false, false, true, true, true, false]);
    for (const line of lines) expect(line.text).not.toContain('"');
  });

  it('it_should_say_why_a_new_step_is_pushed_by_its_dependency', () => {
    const [line] = describeChanges(
      [pushed('n', '2026-12-09', '2026-12-12', cause({ date: '2026-12-10', lagDays: 1, durationDays: 1 }))],
      new Map([...titles, ['n', 'Data protection review']]),
      'n',
      LOCALE
    );
    expect(line).toEqual({
      key: 'change-0',
      text: '“Data protection review” moves from Dec 9, 2026 to Dec 12, 2026: it starts the day after “Security review” is due (Dec 10, 2026) and takes 1 day',
      isEdited: true
    });
  });
});

describe('changeWording: the other sentences', () => {
  it('it_should_turn_the_engine_straight_quotes_into_typographic_ones_in_problems', () => {
    const problems: PlanProblem[] = [
      {
        code: 'DEPENDENCY_CONFLICT',
        stepId: 'b',
        message: '"Legal redlines" would be due 2026-12-04, before its dependency allows (2026-12-07).',
        severity: 'warning'
      },
      { code: 'CYCLE', stepId: 'a', message: '"A" and "B" wait on each other.', severity: 'error' }
    ];
    expect(problemItems(problems, 'warning', LOCALE)).toEqual([
      {
        key: 'warning-0',
        text: '“Legal redlines” would be due Dec 4, 2026, before its dependency allows (Dec 7, 2026).'
      }
    ]);
    expect(problemItems(problems, 'error', LOCALE)).toEqual([
      { key: 'error-0', text: '“A” and “B” wait on each other.' }
    ]);
    expect(typographic('no quotes here')).toBe('no quotes here');
  });

  it('it_should_word_counts_fields_templates_and_past_steps', () => {
    expect(followUps(0)).toBe('');
    expect(followUps(1)).toBe(' (1 dependent step moved)');
    expect(followUps(3)).toBe(' (3 dependent steps moved)');
    expect(changedFieldNames(['ownerId', 'ownerKey', 'dueDate', 'lagDays'])).toBe('owner, due date, lag');
    expect(pastStepsWarning(1)).toBe(
      '1 step is due before today; move it after saving or pick a later go-live date.'
    );
    expect(pastStepsWarning(2)).toBe(
      '2 steps are due before today; move them after saving or pick a later go-live date.'
    );
    const lines = templateLines(
      'Enterprise SaaS',
      12,
      '2027-01-15',
      [{ ...stakeholder, id: null, key: 'k', name: 'Ada Lee', role: 'Champion' }],
      2,
      LOCALE
    );
    expect(lines.map((line) => line.text)).toEqual([
      '12 steps from “Enterprise SaaS”, working back from the go-live date Jan 15, 2027',
      'Adds Ada Lee (Champion) to the plan as step owners',
      '2 steps have no owner yet: add the stakeholders, then assign them'
    ]);
    for (const line of lines) expect(line.text).not.toContain('"');
  });
});
