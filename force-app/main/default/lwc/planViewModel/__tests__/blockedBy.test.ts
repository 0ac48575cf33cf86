import type { PlanView, StepDto } from 'c/planContract';
import { assessView, buildStepList, type StepRowView } from 'c/planViewModel';
import planViewJson from '../../planContract/__tests__/data/planView.json';

const loadView = (): PlanView => JSON.parse(JSON.stringify(planViewJson)) as PlanView;

function rowOf(view: PlanView, id: string): StepRowView {
  const row = buildStepList(view, assessView(view))
    .byPhase.flatMap((group) => group.rows)
    .find((r) => r.id === id);
  if (!row) throw new Error(`no row ${id}`);
  return row;
}

function withQuestionnaire(status: StepDto['status']): PlanView {
  const view = loadView();
  const questionnaire = view.steps.find((s) => s.id === 'step-questionnaire');
  if (!questionnaire) throw new Error('fixture');
  questionnaire.status = status;
  questionnaire.completedDate = status === 'Done' ? '2026-11-30' : null;
  return view;
}

describe('a step after its predecessor', () => {
  it('it_should_show_a_step_as_waiting_on_an_open_predecessor', () => {
    const row = rowOf(withQuestionnaire('In Progress'), 'step-review');
    expect(row.isBlocked).toBe(true);
    expect(row.flags.map((flag) => flag.label)).toEqual(['Waiting on “Security questionnaire”']);
  });

  it.each<[StepDto['status'], string]>([
    ['Done', 'After “Security questionnaire”, done'],
    ['Skipped', 'After “Security questionnaire”, skipped']
  ])('it_should_no_longer_show_a_step_as_blocked_by_a_predecessor_that_is_%s', (status, note) => {
    const row = rowOf(withQuestionnaire(status), 'step-review');
    expect(row.isBlocked).toBe(false);
    expect(row.blockedLabel).toBe('');
    expect(row.flags.map((flag) => [flag.key, flag.label])).toEqual([['dependency', note]]);
  });
});
