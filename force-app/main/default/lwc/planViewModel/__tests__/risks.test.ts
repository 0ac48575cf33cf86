import type { PlanView } from 'c/planContract';
import {
  blankRisk,
  buildHealthHistory,
  buildReview,
  buildRisks,
  changeReviewCadence,
  changeRiskStatus,
  saveRisk,
  toAssessInput,
  writesAnything
} from 'c/planViewModel';
import { assessPlan } from 'c/planEngine';
import { riskDto, viewWithRisks } from '../../planRisks/__tests__/data/riskView';

// The shared view's today is 2026-12-01; its stakeholders are Dana Buyer and Sam Seller.
const RISKS = [
  riskDto({
    id: 'r-low',
    title: 'Low one',
    likelihood: 'Low',
    impact: 'Low',
    mitigationDueDate: '2026-12-20'
  }),
  riskDto({
    id: 'r-high-late',
    title: 'Budget freeze',
    likelihood: 'High',
    impact: 'High',
    mitigation: 'Ask the CFO',
    mitigationDueDate: '2026-11-28',
    ownerStakeholderId: 'sh-dana',
    stepId: 'step-review'
  }),
  riskDto({ id: 'r-high-bare', title: 'No champion', likelihood: 'Medium', impact: 'High' }),
  riskDto({ id: 'r-closed', title: 'Old worry', likelihood: 'High', impact: 'High', status: 'Closed' }),
  riskDto({
    id: 'r-high-soon',
    title: 'Legal',
    likelihood: 'High',
    impact: 'High',
    mitigation: 'Redlines',
    mitigationDueDate: '2026-12-05'
  })
];

describe('buildRisks', () => {
  it('it_should_list_open_risks_by_severity_then_mitigation_due_date_and_closed_ones_last', () => {
    const risks = buildRisks(viewWithRisks(RISKS), 'en-US');
    expect(risks.rows.map((row) => row.key)).toEqual([
      'r-high-late',
      'r-high-soon',
      'r-high-bare',
      'r-low',
      'r-closed'
    ]);
    expect(risks.rows.map((row) => row.severity)).toEqual([9, 9, 6, 1, 9]);
    expect(risks.openCount).toBe(4);
  });

  it('it_should_flag_a_high_risk_without_a_mitigation_and_an_overdue_mitigation_of_an_open_risk', () => {
    const rows = buildRisks(viewWithRisks(RISKS), 'en-US').rows;
    const byKey = new Map(rows.map((row) => [row.key, row]));
    expect(byKey.get('r-high-bare')?.needsMitigation).toBe(true);
    expect(byKey.get('r-high-late')?.needsMitigation).toBe(false);
    expect(byKey.get('r-closed')?.needsMitigation).toBe(false);
    expect(byKey.get('r-high-late')?.isOverdue).toBe(true);
    expect(byKey.get('r-high-soon')?.isOverdue).toBe(false);
    expect(byKey.get('r-high-late')?.dueLabel).toBe('Nov 28, 2026');
  });

  it('it_should_name_the_owner_and_the_linked_step_from_the_plan', () => {
    const risks = buildRisks(viewWithRisks(RISKS), 'en-US');
    expect(risks.rows[0]).toMatchObject({ ownerName: 'Dana Buyer', stepTitle: 'Security review' });
    expect(risks.owners.map((o) => o.label)).toEqual(['Dana Buyer', 'Sam Seller']);
    expect(risks.steps.map((o) => o.value)).toContain('step-review');
  });

  it('it_should_offer_the_orgs_picklist_options_and_the_compiled_ones_without_them', () => {
    const compiled = buildRisks(viewWithRisks(RISKS), 'en-US');
    expect(compiled.categories.map((o) => o.value)).toContain('Security');
    expect(compiled.statuses.map((o) => o.value)).toEqual(['Open', 'Mitigated', 'Closed']);
    const view = viewWithRisks(RISKS);
    view.picklists = {
      'Plan_Risk__c.Category__c': [{ value: 'Security', label: 'Sicherheit' }],
      'Plan_Risk__c.Likelihood__c': [{ value: 'Low', label: 'Niedrig' }],
      'Plan_Risk__c.Impact__c': [
        { value: 'Low', label: 'Gering' },
        { value: 'High', label: 'Hoch' }
      ],
      'Plan_Risk__c.Status__c': [{ value: 'Open', label: 'Offen' }]
    };
    const fromOrg = buildRisks(view, 'de-DE');
    expect(fromOrg.categories).toEqual([{ value: 'Security', label: 'Sicherheit' }]);
    expect(fromOrg.levels).toEqual([{ value: 'Low', label: 'Niedrig' }]);
    expect(fromOrg.impacts.map((o) => o.label)).toEqual(['Gering', 'Hoch']);
    expect(fromOrg.statuses).toEqual([{ value: 'Open', label: 'Offen' }]);
  });
});

describe('risk change sets', () => {
  it('it_should_add_a_new_risk_with_a_temporary_key_and_no_id', () => {
    const view = viewWithRisks([]);
    const change = saveRisk(view, { ...blankRisk(), title: '  Pilot slips  ' }, 'en-US');
    expect(change.changeSet.risks?.inserts).toHaveLength(1);
    expect(change.changeSet.risks?.inserts[0]).toMatchObject({
      id: null,
      title: 'Pilot slips',
      status: 'Open'
    });
    expect(change.changeSet.risks?.inserts[0].key).toMatch(/^risk-\d+$/);
    expect(change.changeSet.planId).toBe(view.plan?.id);
    expect(change.needsConfirmation).toBe(false);
    expect(writesAnything(change)).toBe(true);
  });

  it('it_should_update_an_edited_risk_with_the_version_it_was_read_at', () => {
    const view = viewWithRisks(RISKS);
    const change = saveRisk(view, { ...RISKS[0], mitigation: 'Escalate' }, 'en-US');
    expect(change.changeSet.risks?.updates).toEqual([{ ...RISKS[0], key: null, mitigation: 'Escalate' }]);
    expect(change.changeSet.risks?.inserts).toEqual([]);
  });

  it('it_should_close_and_reopen_a_risk_by_its_status_only', () => {
    const view = viewWithRisks(RISKS);
    const closed = changeRiskStatus(view, 'r-high-bare', 'Closed', 'en-US');
    expect(closed?.changeSet.risks?.updates).toEqual([{ ...RISKS[2], status: 'Closed' }]);
    expect(changeRiskStatus(view, 'r-closed', 'Open', 'en-US')?.changeSet.risks?.updates[0].status).toBe(
      'Open'
    );
    expect(changeRiskStatus(view, 'r-closed', 'Closed', 'en-US')).toBeNull();
    expect(changeRiskStatus(view, 'no-such-risk', 'Closed', 'en-US')).toBeNull();
  });
});

describe('the engine sees the risks, the review and the committee', () => {
  it('it_should_pass_risks_review_dates_and_signer_and_veto_into_the_assessment', () => {
    const view: PlanView = viewWithRisks(RISKS);
    if (!view.plan) throw new Error('the shared view has a plan');
    view.plan.reviewCadence = 'Weekly';
    view.plan.nextReviewDate = '2026-11-20';
    view.stakeholders[0].isSigner = true;
    view.stakeholders[0].canVeto = true;
    const input = toAssessInput(view);
    expect(input.risks?.map((r) => r.id)).toEqual(RISKS.map((r) => r.id));
    expect(input.plan).toMatchObject({ reviewCadence: 'Weekly', nextReviewDate: '2026-11-20' });
    expect(input.stakeholders?.[0]).toMatchObject({ isSigner: true, canVeto: true });
    expect(input.healthWeights).toEqual(view.healthWeights);
    const assessment = assessPlan(input);
    expect(assessment.openRiskCount).toBe(4);
    expect(assessment.reviewOverdueDays).toBe(11);
  });
});

describe('the review rhythm and the changes of health', () => {
  it('it_should_say_an_active_plans_review_is_overdue_by_whole_days', () => {
    const view = viewWithRisks([]);
    if (!view.plan) throw new Error('the shared view has a plan');
    Object.assign(view.plan, {
      reviewCadence: 'Every Two Weeks',
      nextReviewDate: '2026-11-24',
      lastReviewDate: '2026-11-10',
      lastReviewNote: 'Legal on track'
    });
    expect(buildReview(view, 'en-US')).toEqual({
      cadence: 'Every Two Weeks',
      cadences: [
        { value: 'Weekly', label: 'Weekly' },
        { value: 'Every Two Weeks', label: 'Every Two Weeks' },
        { value: 'Monthly', label: 'Monthly' }
      ],
      lastReviewLabel: 'Nov 10, 2026',
      note: 'Legal on track',
      nextReviewLabel: 'Nov 24, 2026',
      isOverdue: true,
      overdueDays: 7,
      canMark: true
    });
    view.plan.status = 'Draft';
    expect(buildReview(view, 'en-US')?.isOverdue).toBe(false);
  });

  it('it_should_offer_the_orgs_cadences_keeping_the_plans_own_when_the_org_no_longer_has_it', () => {
    const view = viewWithRisks([]);
    if (!view.plan) throw new Error('the shared view has a plan');
    view.plan.reviewCadence = 'Every Two Weeks';
    view.picklists = {
      'Mutual_Action_Plan__c.Review_Cadence__c': [
        { value: 'Weekly', label: 'Wöchentlich' },
        { value: 'Monthly', label: 'Monatlich' }
      ]
    };
    expect(buildReview(view, 'de-DE')?.cadences).toEqual([
      { value: 'Weekly', label: 'Wöchentlich' },
      { value: 'Monthly', label: 'Monatlich' },
      { value: 'Every Two Weeks', label: 'Every Two Weeks' }
    ]);
  });

  it('it_should_save_a_new_cadence_with_the_plan_header_and_nothing_when_it_is_the_same', () => {
    const view = viewWithRisks([]);
    const change = changeReviewCadence(view, 'Monthly', 'en-US');
    expect(change?.changeSet.plan).toEqual({ ...view.plan, reviewCadence: 'Monthly' });
    expect(changeReviewCadence(view, null, 'en-US')).toBeNull();
  });

  it('it_should_show_only_what_changed_and_each_reason_on_its_own_line', () => {
    const view = viewWithRisks([]);
    view.healthHistory = [
      {
        id: 'h1',
        changedAt: '2026-11-30T09:15:00.000Z',
        statusBefore: 'Active',
        statusAfter: 'Active',
        healthBefore: 'On Track',
        healthAfter: 'At Risk',
        scoreBefore: 82,
        scoreAfter: 64,
        reasons: '1 high risk has no mitigation\n\nThe review is 3 days overdue'
      }
    ];
    const [change] = buildHealthHistory(view, 'en-US');
    expect(change.parts).toEqual([
      { key: 'health', before: 'On Track', after: 'At Risk' },
      { key: 'score', before: '82', after: '64' }
    ]);
    expect(change.reasons.map((r) => r.text)).toEqual([
      '1 high risk has no mitigation',
      'The review is 3 days overdue'
    ]);
    expect(change.whenLabel).toMatch(/Nov 30, 2026/);
  });
});
