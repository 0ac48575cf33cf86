import type { StakeholderDto, StepDto } from 'c/planContract';
import type { PicklistOption } from 'c/planFormat';
import { LABELS } from 'c/planLabels';
import { MAP_WORD_KEYS, buildStakeholderMap, type StakeholderMapWords } from 'c/planViewModel';
import { stepDto } from '../../planContract/__tests__/data/dtos';

/**
 * Words that show which key said them ("[mapUnknown]", "[mapStepsMany:3]") for the map's own words;
 * the sentences that only join others ("{0}, {1}") are the labels' own.
 */
const OLD_KEYS = new Set<string>([
  'mapCommitteeHeading',
  'mapCommitteeCaption',
  'mapCommitteeNone',
  'mapInfluence',
  'mapInfluenceOf',
  'mapStanceOf',
  'mapUnknown',
  'mapNoOne',
  'mapNoOneYet',
  'mapSigner',
  'mapCanVeto',
  'mapTeamHeading',
  'mapTeamNone',
  'mapStepsNone',
  'mapStepsOne',
  'mapStepsMany',
  'mapOverdue',
  'mapNext',
  'mapShowSteps',
  'mapHideSteps'
]);
const WORDS = Object.fromEntries(
  MAP_WORD_KEYS.map((key) => [
    key,
    !OLD_KEYS.has(key)
      ? LABELS[key]
      : key.endsWith('Of') || ['mapStepsMany', 'mapOverdue', 'mapNext', 'mapNoOneYet'].includes(key)
        ? `[${key}:{0}]`
        : `[${key}]`
  ])
) as unknown as StakeholderMapWords;

function options(values: string[]): PicklistOption[] {
  return values.map((value) => ({ value, label: value.toUpperCase() }));
}

function person(over: Partial<StakeholderDto> & Pick<StakeholderDto, 'id' | 'name'>): StakeholderDto {
  return {
    key: null,
    side: 'Buyer',
    role: null,
    influence: 'High',
    stance: 'Champion',
    title: null,
    email: null,
    contactId: null,
    userId: null,
    isSigner: false,
    canVeto: false,
    lastModified: null,
    ...over
  };
}

function build(
  stakeholders: StakeholderDto[],
  steps: StepDto[] = [],
  stances = options(['Champion', 'Blocker'])
) {
  return buildStakeholderMap({
    stakeholders,
    steps,
    assessment: null,
    influences: options(['High', 'Low']),
    stances,
    words: WORDS
  });
}

describe('buildStakeholderMap', () => {
  it('takes rows and columns from the picklists, adding a named Unknown column the list lacks', () => {
    const map = build([person({ id: 'h1', name: 'Ann' })]);
    expect(map.columns.map((column) => [column.key, column.heading])).toEqual([
      ['Champion', 'CHAMPION'],
      ['Blocker', 'BLOCKER'],
      ['Unknown', '[mapUnknown]']
    ]);
    // No Unknown row while everyone's influence is one of the values.
    expect(map.rows.map((row) => row.heading)).toEqual(['HIGH', 'LOW']);
    expect(map.rows[0].cells.map((cell) => cell.people.map((card) => card.name))).toEqual([['Ann'], [], []]);
  });

  it('puts a value the picklist does not have (an old or removed one) in the Unknown row and column', () => {
    const odd = person({ id: 'h2', name: 'Bo', influence: null, stance: 'Neutral' });
    const map = build([odd]);
    expect(map.rows.map((row) => row.key)).toEqual(['High', 'Low', 'Unknown']);
    expect(map.rows[2].cells.map((cell) => cell.isEmpty)).toEqual([true, true, false]);
    expect(map.rows[2].cells[2].people[0].stanceText).toBe('[mapStanceOf:[mapUnknown]]');
  });

  it('keeps the seller’s team apart, with no stance', () => {
    const map = build([person({ id: 's1', name: 'Cy', side: 'Seller' })]);
    expect(map.hasCommittee).toBe(false);
    expect(map.rows.every((row) => row.cells.every((cell) => cell.isEmpty))).toBe(true);
    expect(map.team.map((card) => [card.name, card.stanceText])).toEqual([['Cy', '']]);
  });

  it('names the next open step: the earliest due, an undated one last, a done one never', () => {
    const steps = [
      stepDto({ id: 't1', title: 'Undated', ownerId: 'h1' }),
      stepDto({ id: 't2', title: 'Done early', ownerId: 'h1', dueDate: '2026-01-01', status: 'Done' }),
      stepDto({ id: 't3', title: 'Later', ownerId: 'h1', dueDate: '2026-03-01' }),
      stepDto({ id: 't4', title: 'Sooner', ownerId: 'h1', dueDate: '2026-02-01', status: 'In Progress' })
    ];
    const card = build([person({ id: 'h1', name: 'Ann' })], steps).rows[0].cells[0].people[0];
    expect(card.stepSummary).toBe('[mapStepsMany:4]');
    expect(card.nextText).toMatch(/^\[mapNext:Sooner, due .+\]$/);
    const onlyUndated = build([person({ id: 'h1', name: 'Ann' })], [steps[0], steps[1]]).rows[0].cells[0]
      .people[0];
    expect(onlyUndated.nextText).toBe('[mapNext:Undated]');
    const allDone = build([person({ id: 'h1', name: 'Ann' })], [steps[1]]).rows[0].cells[0].people[0];
    expect([allDone.stepSummary, allDone.nextText]).toEqual(['[mapStepsOne]', '']);
  });
});
