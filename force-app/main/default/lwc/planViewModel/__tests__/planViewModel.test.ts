import { scheduleTemplate } from 'c/planEngine';
import type { PlanView, StepDto, TemplateDto } from 'c/planContract';
import {
  addStep,
  applyTemplate,
  assessView,
  blankStep,
  buildHealthSummary,
  buildStepList,
  changeStakeholder,
  changeStatus,
  deleteStep,
  dependencyOptions,
  editStep,
  formatDate,
  moveStep,
  ownerOptions,
  reorderStep,
  startBlankPlan,
  toAssessInput,
  validateStep,
  wordDates
} from 'c/planViewModel';
import planViewJson from '../../planContract/__tests__/data/planView.json';
import templatesJson from '../../planContract/__tests__/data/templates.json';

const loadView = (): PlanView => JSON.parse(JSON.stringify(planViewJson)) as PlanView;
const templates = (): TemplateDto[] => JSON.parse(JSON.stringify(templatesJson)) as TemplateDto[];

function stepOf(view: PlanView, id: string): StepDto {
  const step = view.steps.find((s) => s.id === id);
  if (!step) throw new Error(`no step ${id} in the fixture`);
  return step;
}

describe('formatDate and wordDates', () => {
  it('it_should_word_a_calendar_day_without_a_time_zone_shift', () => {
    expect(formatDate('2026-12-03')).toBe('Dec 3, 2026');
    expect(formatDate('2024-02-29')).toBe('Feb 29, 2024');
    expect(formatDate(null)).toBe('');
    expect(formatDate('2026-02-30')).toBe('');
  });

  it('it_should_replace_iso_dates_in_engine_messages', () => {
    expect(wordDates('"A" is now due 2026-12-10, and this step starts')).toBe(
      '"A" is now due Dec 10, 2026, and this step starts'
    );
  });
});

describe('engine inputs', () => {
  it('it_should_map_a_plan_view_to_the_engine_input', () => {
    const input = toAssessInput(loadView());
    expect(input.plan).toEqual({
      id: 'a00000000000001AAA',
      name: 'Acme – 2027 rollout plan',
      status: 'Active',
      goLiveDate: '2027-01-15',
      lastModified: '2026-11-30T10:00:00.000Z',
      reviewCadence: null,
      nextReviewDate: null,
      lastReviewDate: null
    });
    expect(input.steps).toHaveLength(7);
    expect(input.steps[2]).toMatchObject({
      id: 'step-review',
      planId: 'a00000000000001AAA',
      dependsOnId: 'step-questionnaire',
      durationDays: 2
    });
    expect(input.opportunity).toEqual({
      closeDate: '2026-12-31',
      stageName: 'Negotiation',
      isClosed: false,
      isWon: false
    });
    expect(input.today).toBe('2026-12-01');
    expect(input.stakeholders?.map((s) => s.name)).toEqual(['Dana Buyer', 'Sam Seller']);
  });

  it('it_should_use_temporary_keys_for_unsaved_steps_and_owners', () => {
    const view = loadView();
    view.steps.push({
      ...blankStep(view),
      key: 'new-1',
      title: 'Pilot',
      ownerKey: 'sh-new',
      dependsOnKey: 'new-0'
    });
    const step = toAssessInput(view).steps[7];
    expect(step).toMatchObject({ id: 'new-1', ownerId: 'sh-new', dependsOnId: 'new-0' });
  });
});

describe('buildHealthSummary', () => {
  it('it_should_show_the_engine_health_with_reasons_progress_and_next_steps', () => {
    const view = loadView();
    const summary = buildHealthSummary(view, assessView(view));
    expect(summary.status).toBe('At Risk');
    expect(summary.statusClass).toContain('slds-theme_warning');
    // The buying committee counts too: the fixture names no economic buyer, signer or champion.
    expect(summary.score).toBe(58);
    expect(summary.reasons.map((r) => r.text)).toEqual([
      '1 buyer step overdue by 5 days',
      'no economic buyer named',
      'no signer named',
      'no champion named',
      '1 open step without an owner'
    ]);
    expect(summary.progressLabel).toBe('14% complete (1 of 7 steps done)');
    expect(summary.nextSteps.map((n) => n.summary)).toEqual([
      'Next buyer step: Security questionnaire, owner Dana Buyer, Due Nov 26, 2026, 5 days late',
      'Next seller step: Security review, owner Sam Seller, Due Dec 3, 2026'
    ]);
    expect(summary.projectedCloseLabel).toBe('Dec 14, 2026');
    expect(summary.closeDateLabel).toBe('Dec 31, 2026');
    expect(summary.slipLabel).toBe('17 days before the close date');
  });

  it('it_should_say_how_late_the_projected_close_is', () => {
    const view = loadView();
    view.opportunity.closeDate = '2026-12-04';
    const summary = buildHealthSummary(view, assessView(view));
    expect(summary.slipDays).toBe(10);
    expect(summary.slipLabel).toBe('10 days after the close date');
    expect(summary.slipClass).toBe('slds-text-color_error');
    expect(summary.status).toBe('At Risk');
  });

  it('it_should_say_when_a_side_has_no_open_step_and_the_opportunity_is_closed', () => {
    const view = loadView();
    view.opportunity.isClosed = true;
    view.opportunity.isWon = true;
    view.steps = view.steps.filter((s) => s.side !== 'Buyer');
    const summary = buildHealthSummary(view, assessView(view));
    expect(summary.nextSteps[0]).toMatchObject({ hasStep: false, title: 'No open buyer steps' });
    expect(summary.slipLabel).toBe('The opportunity is closed');
  });

  it('it_should_show_no_plan_for_an_opportunity_without_one', () => {
    const view = loadView();
    view.plan = null;
    view.steps = [];
    const summary = buildHealthSummary(view, assessView(view));
    expect(summary.status).toBe('No Plan');
    expect(summary.progressLabel).toBe('0% complete (0 of 0 steps done)');
  });
});

describe('buildStepList', () => {
  it('it_should_group_steps_by_phase_in_the_picklist_order', () => {
    const view = loadView();
    const list = buildStepList(view, assessView(view));
    expect(list.byPhase.map((g) => `${g.label}: ${g.countLabel}`)).toEqual([
      'Discovery: 1 step, 1 done',
      'Security and Legal: 3 steps, 0 done',
      'Procurement: 1 step, 0 done',
      'Signature: 1 step, 0 done',
      'Onboarding: 1 step, 0 done'
    ]);
    expect(list.stepCount).toBe(7);
  });

  it('it_should_put_steps_without_a_phase_last', () => {
    const view = loadView();
    stepOf(view, 'step-pricing').phase = null;
    const groups = buildStepList(view, assessView(view)).byPhase;
    expect(groups[groups.length - 1].label).toBe('No phase');
    expect(groups[groups.length - 1].rows.map((r) => r.title)).toEqual(['Internal pricing approval']);
  });

  it('it_should_show_the_engine_facts_on_each_row', () => {
    const view = loadView();
    const rows = buildStepList(view, assessView(view)).byPhase.flatMap((g) => g.rows);
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get('step-questionnaire')).toMatchObject({
      isOverdue: true,
      overdueLabel: 'Overdue, 5 days late',
      commitmentLabel: 'Buyer committed',
      ownerName: 'Dana Buyer',
      dueLabel: 'Nov 26, 2026'
    });
    expect(byId.get('step-review')).toMatchObject({
      isOverdue: false,
      isBlocked: true,
      blockedLabel: 'Waiting on “Security questionnaire”',
      dependencyLabel: 'After “Security questionnaire”',
      commitmentLabel: ''
    });
    expect(byId.get('step-pricing')).toMatchObject({
      ownerName: 'No owner',
      hasOwner: false,
      isInternal: true,
      visibilityLabel: 'Internal'
    });
    expect(byId.get('step-signature')).toMatchObject({
      isMilestone: true,
      commitmentLabel: 'Buyer committed'
    });
    expect(byId.get('step-discovery')).toMatchObject({ isOpen: false, overdueLabel: '' });
    expect(byId.get('step-review')?.statusFieldLabel).toBe('Status of “Security review”');
  });

  it('it_should_list_each_rows_flags_in_order_with_their_badge_classes', () => {
    const view = loadView();
    stepOf(view, 'step-signature').notes = 'Bring the signed order form';
    const rows = buildStepList(view, assessView(view)).byPhase.flatMap((g) => g.rows);
    const flagsOf = (id: string) =>
      rows.find((r) => r.id === id)?.flags.map((f) => [f.key, f.label, f.className]);
    expect(flagsOf('step-questionnaire')).toEqual([
      ['overdue', 'Overdue, 5 days late', 'slds-badge slds-theme_error'],
      ['commitment', 'Buyer committed', 'slds-badge slds-theme_success'],
      ['notes', 'Has notes', 'slds-text-body_small slds-text-color_weak']
    ]);
    // Blocked wins over the plain dependency note; both name the step waited on.
    expect(flagsOf('step-review')).toEqual([
      ['blocked', 'Waiting on “Security questionnaire”', 'slds-text-body_small slds-text-color_weak']
    ]);
    expect(flagsOf('step-pricing')?.map(([key]) => key)).toEqual(['visibility']);
    expect(flagsOf('step-signature')?.map(([key]) => key)).toEqual([
      'milestone',
      'commitment',
      'notes',
      'blocked'
    ]);
    stepOf(view, 'step-signature').commitment = 'Not Asked';
    const uncommitted = buildStepList(view, assessView(view))
      .byPhase.flatMap((g) => g.rows)
      .find((r) => r.id === 'step-signature');
    expect(uncommitted?.flags.find((f) => f.key === 'commitment')?.className).toBe(
      'slds-badge slds-badge_lightest'
    );
  });

  it('it_should_flag_an_uncommitted_open_buyer_step', () => {
    const view = loadView();
    stepOf(view, 'step-signature').commitment = 'Not Asked';
    const rows = buildStepList(view, assessView(view)).byPhase.flatMap((g) => g.rows);
    expect(rows.find((r) => r.id === 'step-signature')?.commitmentLabel).toBe('Not committed by the buyer');
  });

  it('it_should_link_rows_to_their_neighbours_within_a_group', () => {
    const view = loadView();
    const security = buildStepList(view, assessView(view)).byPhase[1].rows;
    expect(security.map((r) => [r.id, r.canMoveUp, r.canMoveDown, r.upTargetId, r.downTargetId])).toEqual([
      ['step-questionnaire', false, true, '', 'step-review'],
      ['step-review', true, true, 'step-questionnaire', 'step-redlines'],
      ['step-redlines', true, false, 'step-review', '']
    ]);
  });

  it('it_should_group_steps_up_to_each_milestone', () => {
    const view = loadView();
    const groups = buildStepList(view, assessView(view)).byMilestone;
    expect(groups.map((g) => [g.label, g.rows.length])).toEqual([
      ['Milestone: Contract signed, Dec 14, 2026', 6],
      ['After the last milestone', 1]
    ]);
  });

  it('it_should_show_a_projected_slip_of_a_step_pushed_by_an_overdue_predecessor', () => {
    const view = loadView();
    stepOf(view, 'step-questionnaire').dueDate = '2026-11-20';
    stepOf(view, 'step-review').dueDate = '2026-12-02';
    const view2 = { ...view, today: '2026-12-02' };
    const rows = buildStepList(view2, assessView(view2)).byPhase.flatMap((g) => g.rows);
    expect(rows.find((r) => r.id === 'step-review')?.projectionLabel).toBe(
      'Projected Dec 4, 2026, 2 days late'
    );
  });

  it('it_should_change_row_keys_with_the_revision', () => {
    const view = loadView();
    const first = buildStepList(view, null, { revision: 1 }).byPhase[0].rows[0].rowKey;
    const second = buildStepList(view, null, { revision: 2 }).byPhase[0].rows[0].rowKey;
    expect(first).not.toBe(second);
  });
});

describe('moveStep (inline date change)', () => {
  it('it_should_preview_the_cascade_to_dependent_steps_in_words', () => {
    const change = moveStep(loadView(), 'step-review', '2026-12-10');
    expect(change.title).toBe('Move “Security review” to Dec 10, 2026');
    expect(change.lines.map((l) => l.text)).toEqual([
      '“Security review” moves from Dec 3, 2026 to Dec 10, 2026',
      '“Legal redlines” moves from Dec 8, 2026 to Dec 14, 2026: it starts the day after “Security review” is due (now Dec 10, 2026) and takes 3 days',
      '“Contract signed” moves from Dec 14, 2026 to Dec 15, 2026: it starts the day “Legal redlines” is due (now Dec 14, 2026) and takes 1 day'
    ]);
    expect(change.needsConfirmation).toBe(true);
    expect(change.canSave).toBe(true);
  });

  it('it_should_put_the_moved_step_and_the_cascaded_dates_in_one_change_set', () => {
    const change = moveStep(loadView(), 'step-review', '2026-12-10');
    expect(change.changeSet.opportunityId).toBe('006000000000001AAA');
    // The plan on screen, so a plan record page showing a Draft never writes into the Active plan.
    expect(change.changeSet.planId).toBe(loadView().plan?.id);
    expect(change.changeSet.planId).toMatch(/^a0/);
    expect(change.changeSet.plan).toBeNull();
    expect(change.changeSet.steps.updates.map((s) => [s.id, s.dueDate, s.lastModified])).toEqual([
      ['step-review', '2026-12-10', '2026-11-28T09:00:00.000Z'],
      ['step-redlines', '2026-12-14', '2026-11-28T09:00:00.000Z'],
      ['step-signature', '2026-12-15', '2026-11-28T09:00:00.000Z']
    ]);
    expect(change.changeSet.steps.inserts).toEqual([]);
    expect(change.changeSet.steps.deletes).toEqual([]);
    expect(change.successMessage).toBe('“Security review” is due Dec 10, 2026 (2 dependent steps moved).');
  });

  it('it_should_save_a_move_absorbed_by_slack_without_asking', () => {
    const change = moveStep(loadView(), 'step-pricing', '2026-12-11');
    expect(change.lines).toHaveLength(1);
    expect(change.needsConfirmation).toBe(false);
    expect(change.changeSet.steps.updates.map((s) => s.dueDate)).toEqual(['2026-12-11']);
  });

  it('it_should_warn_when_a_step_moves_before_its_dependency_allows', () => {
    const change = moveStep(loadView(), 'step-redlines', '2026-12-04');
    expect(change.warnings.map((w) => w.text)).toEqual([
      '“Legal redlines” would be due Dec 4, 2026, before its dependency allows (Dec 7, 2026).'
    ]);
    expect(change.canSave).toBe(true);
    expect(change.needsConfirmation).toBe(true);
  });

  it('it_should_refuse_a_step_that_is_gone', () => {
    const change = moveStep(loadView(), 'step-gone', '2026-12-04');
    expect(change.canSave).toBe(false);
    expect(change.errors[0].text).toBe(
      'That step is no longer in the plan. Reload the plan to see the latest steps.'
    );
  });

  it('it_should_ask_before_clearing_a_due_date', () => {
    const change = moveStep(loadView(), 'step-pricing', null);
    expect(change.changeSet.steps.updates).toHaveLength(1);
    expect(change.changeSet.steps.updates[0].dueDate).toBeNull();
    expect(change.title).toBe('Clear the due date of “Internal pricing approval”');
    expect(change.needsConfirmation).toBe(true);
  });
});

describe('changeStatus (inline status change)', () => {
  it('it_should_complete_a_step_today_through_the_engine', () => {
    const change = changeStatus(loadView(), 'step-questionnaire', 'Done');
    expect(change.changeSet.steps.updates).toHaveLength(1);
    expect(change.changeSet.steps.updates[0]).toMatchObject({
      id: 'step-questionnaire',
      status: 'Done',
      completedDate: '2026-12-01'
    });
    expect(change.needsConfirmation).toBe(false);
    expect(change.successMessage).toBe('“Security questionnaire” is done.');
  });

  it('it_should_preview_dependents_a_late_completion_pushes', () => {
    const view = loadView();
    view.today = '2026-12-05';
    const change = changeStatus(view, 'step-questionnaire', 'Done');
    expect(change.lines.map((l) => l.text)).toEqual([
      '“Security questionnaire” changes from In Progress to Done',
      '“Security questionnaire” is marked completed on Dec 5, 2026',
      '“Security review” moves from Dec 3, 2026 to Dec 7, 2026: it starts the day “Security questionnaire” is finished (Dec 5, 2026, 9 days after its due date) and takes 2 days',
      '“Legal redlines” moves from Dec 8, 2026 to Dec 11, 2026: it starts the day after “Security review” is due (now Dec 7, 2026) and takes 3 days'
    ]);
    expect(change.needsConfirmation).toBe(true);
  });

  it('it_should_reopen_a_done_step_and_clear_its_completed_date', () => {
    const change = changeStatus(loadView(), 'step-discovery', 'In Progress');
    expect(change.changeSet.steps.updates).toEqual([
      expect.objectContaining({ id: 'step-discovery', status: 'In Progress', completedDate: null })
    ]);
    expect(change.needsConfirmation).toBe(false);
  });

  it('it_should_keep_other_fields_and_lastModified_as_read', () => {
    const change = changeStatus(loadView(), 'step-review', 'Blocked');
    expect(change.changeSet.steps.updates[0]).toMatchObject({
      status: 'Blocked',
      dueDate: '2026-12-03',
      lastModified: '2026-11-28T09:00:00.000Z'
    });
  });
});

describe('addStep', () => {
  it('it_should_insert_with_a_temporary_key_and_push_a_date_its_dependency_does_not_allow', () => {
    const view = loadView();
    const draft: StepDto = {
      ...blankStep(view, 'Security and Legal'),
      key: 'new-1',
      title: 'Pen test report',
      dueDate: '2026-12-02',
      dependsOnId: 'step-review',
      durationDays: 2
    };
    const change = addStep(view, draft);
    expect(change.changeSet.plan).toBeNull();
    expect(change.changeSet.steps.inserts).toHaveLength(1);
    expect(change.changeSet.steps.inserts[0]).toMatchObject({
      id: null,
      key: 'new-1',
      title: 'Pen test report',
      dueDate: '2026-12-05',
      sortOrder: 80
    });
    expect(change.lines[0].text).toBe('“Pen test report” is added, due Dec 5, 2026');
    expect(change.needsConfirmation).toBe(true);
  });

  it('it_should_create_the_plan_with_the_first_step_when_there_is_none', () => {
    const view = loadView();
    view.plan = null;
    view.steps = [];
    const change = addStep(view, {
      ...blankStep(view),
      key: 'new-1',
      title: 'Intro call',
      dueDate: '2026-12-09'
    });
    expect(change.changeSet.planId).toBeNull();
    expect(change.changeSet.plan).toMatchObject({
      id: null,
      name: 'Acme – 2027 rollout – Mutual Action Plan',
      status: 'Draft'
    });
    expect(change.changeSet.steps.inserts[0]).toMatchObject({ key: 'new-1', dueDate: '2026-12-09' });
    expect(change.needsConfirmation).toBe(false);
  });
});

describe('editStep', () => {
  it('it_should_save_field_edits_without_a_cascade_when_the_date_stays', () => {
    const view = loadView();
    const edited = {
      ...stepOf(view, 'step-review'),
      title: 'Security review (InfoSec)',
      notes: 'Agenda: scope'
    };
    const change = editStep(view, edited);
    expect(change.changeSet.steps.updates).toEqual([
      expect.objectContaining({
        id: 'step-review',
        title: 'Security review (InfoSec)',
        notes: 'Agenda: scope'
      })
    ]);
    expect(change.lines[0].text).toBe('“Security review (InfoSec)”: title, notes changed');
    expect(change.needsConfirmation).toBe(false);
  });

  it('it_should_cascade_a_later_date_from_the_editor', () => {
    const view = loadView();
    const change = editStep(view, { ...stepOf(view, 'step-review'), dueDate: '2026-12-10' });
    expect(change.changeSet.steps.updates.map((s) => [s.id, s.dueDate])).toEqual([
      ['step-review', '2026-12-10'],
      ['step-redlines', '2026-12-14'],
      ['step-signature', '2026-12-15']
    ]);
    expect(change.needsConfirmation).toBe(true);
  });

  it('it_should_block_a_dependency_cycle_made_in_the_editor', () => {
    const view = loadView();
    const change = editStep(view, { ...stepOf(view, 'step-questionnaire'), dependsOnId: 'step-redlines' });
    expect(change.canSave).toBe(false);
    expect(change.errors.length).toBeGreaterThan(0);
    expect(change.errors[0].text).toMatch(/cycle/i);
  });

  it('it_should_do_nothing_when_nothing_changed', () => {
    const view = loadView();
    const change = editStep(view, { ...stepOf(view, 'step-review') });
    expect(change.changeSet.steps.updates).toEqual([]);
    expect(change.successMessage).toBe('Nothing to save.');
  });
});

describe('deleteStep', () => {
  it('it_should_delete_and_say_which_steps_stop_waiting_on_it', () => {
    const change = deleteStep(loadView(), 'step-review');
    expect(change.title).toBe('Delete “Security review”?');
    expect(change.changeSet.steps.deletes.map((s) => [s.id, s.lastModified])).toEqual([
      ['step-review', '2026-11-28T09:00:00.000Z']
    ]);
    expect(change.lines.map((l) => l.text)).toEqual([
      '“Security review” is deleted from the plan',
      '“Legal redlines” no longer waits on “Security review”'
    ]);
    expect(change.confirmLabel).toBe('Delete');
    expect(change.needsConfirmation).toBe(true);
  });
});

describe('reorderStep', () => {
  it('it_should_swap_two_steps_and_update_only_changed_sort_orders', () => {
    const change = reorderStep(loadView(), 'step-redlines', 'step-review');
    expect(change.changeSet.steps.updates.map((s) => [s.id, s.sortOrder])).toEqual([
      ['step-redlines', 30],
      ['step-review', 40]
    ]);
    expect(change.lines[0].text).toBe('“Legal redlines” moves above “Security review”');
    expect(change.needsConfirmation).toBe(false);
  });

  it('it_should_number_steps_that_had_no_sort_order', () => {
    const view = loadView();
    view.steps.forEach((s) => (s.sortOrder = null));
    const change = reorderStep(view, 'step-discovery', 'step-questionnaire');
    expect(change.changeSet.steps.updates).toHaveLength(7);
    expect(change.changeSet.steps.updates.slice(0, 2).map((s) => [s.id, s.sortOrder])).toEqual([
      ['step-questionnaire', 10],
      ['step-discovery', 20]
    ]);
  });
});

describe('applyTemplate', () => {
  /** The sample template with a seller kick-off owned by the Account Executive first, applied to `view`. */
  const applyWithKickoff = (view: PlanView, planName: string) => {
    const [template] = templates();
    const kickoff = {
      ...template.steps[0],
      key: 'kickoff',
      title: 'Kick-off call',
      side: 'Seller' as const,
      ownerRole: 'Account Executive'
    };
    const withKickoff = { ...template, steps: [kickoff, ...template.steps] };
    const { steps } = scheduleTemplate(withKickoff.steps, '2027-03-01', view.today);
    return applyTemplate(view, {
      template: withKickoff,
      planName,
      goLiveDate: '2027-03-01',
      skipWeekends: false,
      steps
    });
  };

  it('it_should_create_the_plan_and_link_new_steps_by_temporary_keys', () => {
    const view = loadView();
    view.plan = null;
    view.steps = [];
    const [template] = templates();
    const { steps } = scheduleTemplate(template.steps, '2027-03-01', view.today);
    const change = applyTemplate(view, {
      template,
      planName: 'Acme rollout',
      goLiveDate: '2027-03-01',
      skipWeekends: false,
      steps
    });
    expect(change.changeSet.plan).toMatchObject({
      id: null,
      name: 'Acme rollout',
      status: 'Draft',
      planType: 'Sales',
      goLiveDate: '2027-03-01',
      templateId: 'a03000000000001AAA'
    });
    expect(
      change.changeSet.steps.inserts.map((s) => [
        s.key,
        s.title,
        s.dueDate,
        s.dependsOnKey,
        s.templateStepKey
      ])
    ).toEqual([
      ['tpl-1', 'Security review', '2027-01-30', null, 'enterprise-sales.security-review'],
      ['tpl-2', 'Contract signed', '2027-02-13', 'tpl-1', 'enterprise-sales.contract'],
      ['tpl-3', 'Go-live', '2027-03-01', null, 'enterprise-sales.go-live']
    ]);
    expect(change.changeSet.steps.inserts[0]).toMatchObject({
      ownerId: 'sh-dana',
      notes: 'Share the security pack',
      status: 'Not Started'
    });
    expect(change.title).toBe('Create the plan from “Enterprise sales”');
    expect(change.canSave).toBe(true);
  });

  it('it_should_give_template_roles_to_the_opportunity_owner_and_its_contact_roles_on_a_new_plan', () => {
    const view = loadView();
    view.plan = null;
    view.steps = [];
    view.stakeholders = [];
    view.contactRoles = [
      { ...view.contactRoles[0], role: 'Technical Buyer' },
      {
        kind: 'ContactRole',
        id: '003000000000002AAA',
        name: 'Eli Budget',
        title: 'CFO',
        email: 'eli@acme.example',
        role: 'Economic Buyer',
        isPrimary: false
      }
    ];
    const change = applyWithKickoff(view, 'Acme rollout');
    expect(
      change.changeSet.stakeholders.inserts.map((s) => [s.key, s.name, s.side, s.role, s.userId, s.contactId])
    ).toEqual([
      ['tpl-owner-1', 'Sam Seller', 'Seller', 'Account Executive', '005000000000001AAA', null],
      ['tpl-owner-2', 'Eli Budget', 'Buyer', 'Economic Buyer', null, '003000000000002AAA']
    ]);
    expect(change.changeSet.steps.inserts.map((s) => [s.title, s.ownerId, s.ownerKey, s.ownerName])).toEqual([
      ['Kick-off call', null, 'tpl-owner-1', 'Sam Seller'],
      // No contact has the Security role: the rep assigns it.
      ['Security review', null, null, null],
      ['Contract signed', null, 'tpl-owner-2', 'Eli Budget'],
      ['Go-live', null, null, null]
    ]);
    const lines = change.lines.map((line) => line.text);
    expect(lines).toContain(
      'Adds Sam Seller (Account Executive), Eli Budget (Economic Buyer) to the plan as step owners'
    );
    expect(lines).toContain('2 steps have no owner yet: add the stakeholders, then assign them');
  });

  it('it_should_reuse_a_stakeholder_who_is_already_the_owner_or_the_contact', () => {
    const view = loadView();
    view.stakeholders = view.stakeholders.map((s) => ({ ...s, role: 'Other' }));
    view.contactRoles = [{ ...view.contactRoles[0], role: 'Economic Buyer' }];
    const dana = view.stakeholders.find((s) => s.name === 'Dana Buyer');
    if (dana) dana.contactId = view.contactRoles[0].id;
    const change = applyWithKickoff(view, '');
    expect(change.changeSet.stakeholders.inserts).toEqual([]);
    expect(change.changeSet.steps.inserts.map((s) => s.ownerName)).toEqual([
      'Sam Seller',
      null,
      'Dana Buyer',
      null
    ]);
  });

  it('it_should_append_to_an_existing_plan_and_warn_about_dates_in_the_past', () => {
    const view = loadView();
    const [template] = templates();
    const { steps } = scheduleTemplate(template.steps, '2026-12-20', view.today);
    const change = applyTemplate(view, {
      template,
      planName: '',
      goLiveDate: '2026-12-20',
      skipWeekends: false,
      steps
    });
    expect(change.changeSet.plan).toMatchObject({
      id: 'a00000000000001AAA',
      templateId: 'a03000000000001AAA'
    });
    expect(change.changeSet.steps.inserts.map((s) => s.sortOrder)).toEqual([80, 90, 100]);
    expect(change.warnings.map((w) => w.text)).toContain(
      '1 step is due before today; move it after saving or pick a later go-live date.'
    );
    // The picker flagged the step already: its preview was the one confirmation.
    expect(change.needsConfirmation).toBe(false);
    expect(change.canSave).toBe(true);
  });
});

describe('startBlankPlan', () => {
  it('it_should_insert_a_draft_plan_named_after_the_opportunity', () => {
    const view = loadView();
    view.plan = null;
    const change = startBlankPlan(view);
    expect(change.changeSet.plan).toMatchObject({
      id: null,
      name: 'Acme – 2027 rollout – Mutual Action Plan',
      status: 'Draft'
    });
    expect(change.changeSet.steps.inserts).toEqual([]);
  });

  it('it_should_keep_the_plan_name_within_80_characters', () => {
    const view = loadView();
    view.opportunity.name = 'A'.repeat(90);
    expect(startBlankPlan(view).changeSet.plan?.name.length).toBe(80);
  });
});

describe('changeStakeholder', () => {
  const newStakeholder = {
    id: null,
    key: 'sh-new-1',
    name: 'Pat Procurement',
    side: 'Buyer' as const,
    role: 'Procurement',
    influence: null,
    stance: null,
    title: null,
    email: null,
    contactId: '003000000000002AAA',
    userId: null,
    isSigner: false,
    canVeto: false,
    lastModified: null
  };

  it('it_should_insert_a_new_stakeholder_with_its_key', () => {
    const change = changeStakeholder(loadView(), 'add', newStakeholder);
    expect(change.changeSet.stakeholders.inserts).toEqual([
      expect.objectContaining({ key: 'sh-new-1', name: 'Pat Procurement' })
    ]);
    expect(change.changeSet.plan).toBeNull();
    expect(change.needsConfirmation).toBe(false);
  });

  it('it_should_update_with_lastModified_as_read', () => {
    const view = loadView();
    const change = changeStakeholder(view, 'update', {
      ...view.stakeholders[0],
      stance: 'Champion',
      lastModified: null
    });
    expect(change.changeSet.stakeholders.updates).toEqual([
      expect.objectContaining({ id: 'sh-dana', stance: 'Champion', lastModified: '2026-11-20T09:00:00.000Z' })
    ]);
  });

  it('it_should_ask_before_removing_a_stakeholder_who_owns_steps', () => {
    const view = loadView();
    const change = changeStakeholder(view, 'remove', view.stakeholders[0]);
    expect(change.changeSet.stakeholders.deletes.map((s) => s.id)).toEqual(['sh-dana']);
    expect(change.lines.map((l) => l.text)).toEqual([
      '“Dana Buyer” is removed from the plan',
      '“Security questionnaire” will have no owner',
      '“Legal redlines” will have no owner',
      '“Contract signed” will have no owner'
    ]);
    expect(change.needsConfirmation).toBe(true);
  });

  it('it_should_refuse_a_stakeholder_no_longer_in_the_plan', () => {
    const change = changeStakeholder(loadView(), 'remove', { ...newStakeholder, id: 'sh-gone', key: null });
    expect(change.canSave).toBe(false);
  });
});

describe('editor helpers', () => {
  it('it_should_offer_stakeholders_as_owners_and_other_steps_as_dependencies', () => {
    const view = loadView();
    expect(ownerOptions(view.stakeholders).map((o) => o.label)).toEqual([
      'No owner',
      'Dana Buyer (Buyer, Security)',
      'Sam Seller (Seller, Account Executive)'
    ]);
    const options = dependencyOptions(view.steps, 'step-review');
    expect(options).toHaveLength(7);
    expect(options.map((o) => o.value)).not.toContain('step-review');
    expect(options[2].label).toBe('Security questionnaire (due Nov 26, 2026)');
  });

  it('it_should_validate_a_step_with_the_engine', () => {
    const view = loadView();
    const planId = view.plan?.id ?? null;
    const selfDependent = { ...stepOf(view, 'step-review'), dependsOnId: 'step-review' };
    const problems = validateStep(view.steps, selfDependent, planId, view.today);
    expect(problems.map((p) => [p.code, p.severity])).toContainEqual(['SELF_DEPENDENCY', 'error']);
    expect(validateStep(view.steps, stepOf(view, 'step-review'), planId, view.today)).toEqual([]);
    const doneInFuture = {
      ...stepOf(view, 'step-review'),
      status: 'Done' as const,
      completedDate: '2026-12-05'
    };
    expect(validateStep(view.steps, doneInFuture, planId, view.today).map((p) => p.code)).toEqual([
      'IMPOSSIBLE_DATE'
    ]);
  });
});
