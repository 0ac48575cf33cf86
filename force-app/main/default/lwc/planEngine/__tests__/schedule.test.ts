import { scheduleTemplate, type TemplateStepSpec } from '../planEngine';

function spec(
  key: string,
  offsetDays: number,
  dependsOnKey: string | null = null,
  over: Partial<TemplateStepSpec> = {}
): TemplateStepSpec {
  return {
    key,
    title: `Step ${key}`,
    side: 'Joint',
    ownerRole: null,
    phase: null,
    offsetDays,
    durationDays: 1,
    lagDays: 0,
    dependsOnKey,
    isMilestone: false,
    visibility: 'Shared',
    deliverable: null,
    description: null,
    sortOrder: null,
    ...over
  };
}

// 2024-09-02 is a Monday.
const GO_LIVE = '2024-09-02';
const TODAY = '2024-06-15';

describe('scheduleTemplate', () => {
  it.each<[string, TemplateStepSpec[], boolean, string[]]>([
    [
      'go-live anchored offsets',
      [spec('a', -60), spec('b', -1), spec('c', 0), spec('d', 30)],
      false,
      ['2024-07-04', '2024-09-01', '2024-09-02', '2024-10-02']
    ],
    [
      'a chain from a predecessor',
      [spec('a', -45), spec('b', 2, 'a'), spec('c', 7, 'b')],
      false,
      ['2024-07-19', '2024-07-21', '2024-07-28']
    ],
    [
      'a predecessor listed after its dependent',
      [spec('b', 3, 'a'), spec('a', -10)],
      false,
      ['2024-08-26', '2024-08-23']
    ],
    [
      'weekend dates moved back to Friday when counting back from go-live',
      [spec('sat', -2), spec('sun', -1), spec('mon', 0)],
      true,
      ['2024-08-30', '2024-08-30', '2024-09-02']
    ],
    [
      'a forward offset landing on Saturday moved on to Monday',
      [spec('a', -10), spec('b', 2, 'a')],
      true,
      ['2024-08-23', '2024-08-26']
    ],
    [
      'weekends kept when not skipping',
      [spec('sat', -2), spec('sun', -1)],
      false,
      ['2024-08-31', '2024-09-01']
    ],
    ['Feb 29 from a go-live in March', [spec('a', -15)], false, ['2024-02-29']]
  ])('schedules %s', (_name, specs, skipWeekends, expected) => {
    const goLive = _name.startsWith('Feb 29') ? '2024-03-15' : GO_LIVE;
    const result = scheduleTemplate(specs, goLive, '2024-01-01', { skipWeekends });
    expect(result.steps.map((s) => s.dueDate)).toEqual(expected);
    expect(result.steps.map((s) => s.key)).toEqual(specs.map((s) => s.key));
  });

  it('flags steps in the past without clamping them', () => {
    const result = scheduleTemplate([spec('old', -90), spec('new', -30)], GO_LIVE, TODAY);
    expect(result.steps.map((s) => [s.dueDate, s.inPast])).toEqual([
      ['2024-06-04', true],
      ['2024-08-03', false]
    ]);
    expect(result.problems.map((p) => [p.code, p.stepId, p.severity])).toEqual([
      ['IN_PAST', 'old', 'warning']
    ]);
  });

  it('keeps every field of the template step', () => {
    const input = spec('a', -5, null, {
      deliverable: 'Signed order form',
      phase: 'Signature',
      isMilestone: true,
      sortOrder: 7
    });
    expect(scheduleTemplate([input], GO_LIVE, TODAY).steps[0]).toEqual({
      ...input,
      dueDate: '2024-08-28',
      inPast: false
    });
  });

  it.each<[string, TemplateStepSpec[], [string, string | null][]]>([
    ['a missing predecessor key', [spec('a', 5, 'ghost')], [['MISSING_DEPENDENCY', 'a']]],
    ['a self dependency', [spec('a', 5, 'a')], [['SELF_DEPENDENCY', 'a']]],
    ['a duplicate key', [spec('a', -5), spec('a', -3)], [['DUPLICATE_STEP', 'a']]],
    ['a cycle', [spec('a', 5, 'b'), spec('b', 5, 'a')], [['CYCLE', 'a']]]
  ])('reports %s as an error and still schedules every step', (_name, specs, expected) => {
    const result = scheduleTemplate(specs, GO_LIVE, '2024-01-01');
    expect(result.problems.filter((p) => p.severity === 'error').map((p) => [p.code, p.stepId])).toEqual(
      expected
    );
    expect(result.steps).toHaveLength(specs.length);
  });

  it('warns when an offset is shorter than lag plus duration', () => {
    const result = scheduleTemplate(
      [spec('a', -10), spec('b', 1, 'a', { lagDays: 1, durationDays: 2 })],
      GO_LIVE,
      '2024-01-01'
    );
    expect(result.problems.map((p) => [p.code, p.severity])).toEqual([['DEPENDENCY_CONFLICT', 'warning']]);
  });

  it('returns no steps and an error for a go-live that is not a date', () => {
    const result = scheduleTemplate([spec('a', -5)], '2024-02-30', TODAY);
    expect(result.steps).toEqual([]);
    expect(result.problems.map((p) => p.code)).toEqual(['IMPOSSIBLE_DATE']);
  });
});
