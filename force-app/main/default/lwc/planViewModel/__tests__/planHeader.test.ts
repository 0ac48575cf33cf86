import type { PlanDto, PlanView } from 'c/planContract';
import type { PlanStatus } from 'c/planEngine';
import {
  buildPlanHeader,
  changePlanStatus,
  editPlanDetails,
  planActions,
  savedMessage,
  savedToast,
  statusAfter,
  type PlanAction
} from 'c/planViewModel';
import planViewJson from '../../planContract/__tests__/data/planView.json';

const loadView = (): PlanView => JSON.parse(JSON.stringify(planViewJson)) as PlanView;

function viewWith(status: PlanStatus, extra: Partial<PlanDto> = {}, canEdit = true): PlanView {
  const view = loadView();
  if (!view.plan) throw new Error('the fixture has a plan');
  view.plan = { ...view.plan, status, ...extra };
  view.canEdit = canEdit;
  return view;
}

describe('buildPlanHeader', () => {
  it.each<[PlanStatus, PlanAction[]]>([
    ['Draft', ['activate', 'abandon']],
    ['Active', ['complete', 'abandon']],
    ['Completed', ['reopen', 'abandon']],
    ['Abandoned', ['reopen']]
  ])('it_should_offer_the_moves_a_%s_plan_allows', (status, actions) => {
    expect(planActions(status)).toEqual(actions);
    const header = buildPlanHeader(viewWith(status));
    expect(header?.status).toBe(status);
    expect(header?.actions.map((a) => a.name)).toEqual(actions);
    expect(header?.actions.map((a) => a.label)).toEqual(
      actions.map(
        (a) => ({ activate: 'Activate', complete: 'Complete', reopen: 'Reopen', abandon: 'Abandon' })[a]
      )
    );
  });

  it('it_should_make_the_first_move_the_main_button_but_never_abandon', () => {
    expect(buildPlanHeader(viewWith('Draft'))?.actions.map((a) => a.variant)).toEqual(['brand', 'neutral']);
    expect(buildPlanHeader(viewWith('Abandoned'))?.actions.map((a) => a.variant)).toEqual(['brand']);
  });

  it('it_should_offer_no_moves_to_a_rep_who_cannot_edit', () => {
    const header = buildPlanHeader(viewWith('Draft', {}, false));
    expect(header?.actions).toEqual([]);
    expect(header?.canEdit).toBe(false);
  });

  it('it_should_show_the_objective_and_say_when_the_others_are_not_set', () => {
    const header = buildPlanHeader(viewWith('Active', { successCriteria: 'Handle time under 4 minutes' }));
    expect(header?.details.map((d) => [d.label, d.shown, d.isBlank])).toEqual([
      ['Objective', 'Roll out to 400 agents by Q1', false],
      ['Success criteria', 'Handle time under 4 minutes', false],
      ['Value summary', 'Not set yet', true]
    ]);
  });

  it('it_should_show_the_abandon_reason_only_for_an_abandoned_plan', () => {
    expect(buildPlanHeader(viewWith('Abandoned', { abandonReason: 'Lost' }))?.abandonReason).toBe('Lost');
    expect(buildPlanHeader(viewWith('Active', { abandonReason: 'Lost' }))?.abandonReason).toBeNull();
  });

  it('it_should_have_no_header_without_a_plan', () => {
    const view = loadView();
    view.plan = null;
    expect(buildPlanHeader(view)).toBeNull();
  });
});

describe('changePlanStatus', () => {
  it.each<[PlanStatus, PlanAction, PlanStatus]>([
    ['Draft', 'activate', 'Active'],
    ['Active', 'complete', 'Completed'],
    ['Completed', 'reopen', 'Active'],
    ['Abandoned', 'reopen', 'Draft'],
    ['Draft', 'abandon', 'Abandoned'],
    ['Active', 'abandon', 'Abandoned'],
    ['Completed', 'abandon', 'Abandoned']
  ])('it_should_save_a_%s_plan_that_is_%sd_as_%s_in_the_plan_part_only', (from, action, to) => {
    const view = viewWith(from, { abandonReason: from === 'Abandoned' ? 'Old reason' : null });
    const change = changePlanStatus(view, action, action === 'abandon' ? '  Budget frozen  ' : null);
    expect(change.canSave).toBe(true);
    expect(change.kind).toBe(action);
    expect(change.changeSet.planId).toBe(view.plan?.id);
    expect(change.changeSet.plan).toEqual({
      ...view.plan,
      status: to,
      abandonReason: to === 'Abandoned' ? 'Budget frozen' : null
    });
    expect(change.changeSet.steps).toEqual({ inserts: [], updates: [], deletes: [] });
    expect(change.changeSet.stakeholders).toEqual({ inserts: [], updates: [], deletes: [] });
    expect(statusAfter(from, action)).toBe(to);
  });

  it.each<[PlanStatus, PlanAction]>([
    ['Draft', 'complete'],
    ['Draft', 'reopen'],
    ['Active', 'activate'],
    ['Completed', 'complete'],
    ['Abandoned', 'activate'],
    ['Abandoned', 'abandon']
  ])('it_should_refuse_to_%s_a_%s_plan_without_a_save', (from, action) => {
    const change = changePlanStatus(viewWith(from), action, 'A reason');
    expect(change.canSave).toBe(false);
    expect(change.changeSet.plan).toBeNull();
    expect(change.errors.map((e) => e.text).join(' ')).toMatch(/^A \w+ plan cannot be \w+ed\. Reload/);
    expect(statusAfter(from, action)).toBeNull();
  });

  it('it_should_refuse_to_abandon_without_a_reason', () => {
    for (const reason of [null, '', '   ']) {
      const change = changePlanStatus(viewWith('Active'), 'abandon', reason);
      expect(change.canSave).toBe(false);
      expect(change.changeSet.plan).toBeNull();
      expect(change.errors.map((e) => e.text)).toEqual(['Give a reason for abandoning the plan.']);
    }
  });

  it('it_should_save_an_activation_at_once_and_ask_before_completing_a_plan_with_open_steps', () => {
    expect(changePlanStatus(viewWith('Draft'), 'activate').needsConfirmation).toBe(false);
    const complete = changePlanStatus(viewWith('Active'), 'complete');
    const open = loadView().steps.filter((s) => ['Not Started', 'In Progress', 'Blocked'].includes(s.status));
    expect(open.length).toBeGreaterThan(0);
    expect(complete.needsConfirmation).toBe(true);
    expect(complete.canSave).toBe(true);
    expect(complete.warnings.map((w) => w.text)).toEqual([`${open.length} steps are still open.`]);
    expect(complete.confirmLabel).toBe('Complete');
    const done = viewWith('Active');
    done.steps = done.steps.map((s) => ({ ...s, status: 'Done' }));
    expect(changePlanStatus(done, 'complete').needsConfirmation).toBe(false);
  });
});

describe('savedMessage and savedToast', () => {
  it('it_should_say_how_many_baselines_the_server_recorded_from_the_saved_view', () => {
    const view = viewWith('Draft');
    const change = changePlanStatus(view, 'activate');
    const saved = viewWith('Active');
    saved.steps = saved.steps.map((s, i) => ({
      ...s,
      baselineDate: i < 3 ? (s.dueDate ?? '2026-12-01') : null
    }));
    expect(savedMessage(change, saved)).toBe('Plan activated: baselines recorded for 3 steps.');
    expect(savedToast(change, saved)).toEqual({
      title: 'Plan activated',
      message: 'Baselines recorded for 3 steps.'
    });
    saved.steps = saved.steps.map((s) => ({ ...s, baselineDate: null }));
    expect(savedMessage(change, saved)).toBe(
      'Plan activated. Each step gets its baseline when it is first given a due date.'
    );
  });

  it('it_should_toast_other_moves_with_what_the_new_status_means_and_not_toast_other_saves', () => {
    const abandon = changePlanStatus(viewWith('Active'), 'abandon', 'Lost');
    expect(savedMessage(abandon, viewWith('Abandoned'))).toBe('Plan abandoned.');
    expect(savedToast(abandon, viewWith('Abandoned'))).toEqual({
      title: 'Plan abandoned',
      message: 'Abandoned: this plan is no longer worked.'
    });
    const reopen = changePlanStatus(viewWith('Abandoned'), 'reopen');
    expect(savedMessage(reopen, viewWith('Draft'))).toBe('Plan reopened as a draft.');
    const details = editPlanDetails(viewWith('Active'), { objective: 'New' });
    expect(savedToast(details, viewWith('Active'))).toBeNull();
  });
});

describe('editPlanDetails', () => {
  it('it_should_save_only_the_changed_words_trimmed_in_the_plan_part', () => {
    const view = viewWith('Active');
    const change = editPlanDetails(view, {
      objective: 'Roll out to 400 agents by Q1',
      successCriteria: '  Handle time under 4 minutes ',
      valueSummary: '$1.2M saved a year'
    });
    expect(change.kind).toBe('planDetails');
    expect(change.needsConfirmation).toBe(false);
    expect(change.changeSet.plan).toEqual({
      ...view.plan,
      successCriteria: 'Handle time under 4 minutes',
      valueSummary: '$1.2M saved a year'
    });
    expect(change.successMessage).toBe('Success criteria and value summary saved.');
  });

  it('it_should_clear_a_field_emptied_and_save_nothing_when_nothing_changed', () => {
    const view = viewWith('Draft');
    const cleared = editPlanDetails(view, { objective: '   ' });
    expect(cleared.changeSet.plan?.objective).toBeNull();
    expect(cleared.successMessage).toBe('Objective saved.');
    const same = editPlanDetails(view, { objective: 'Roll out to 400 agents by Q1', valueSummary: '' });
    expect(same.changeSet.plan).toBeNull();
    expect(same.successMessage).toBe('Nothing to save.');
  });
});
