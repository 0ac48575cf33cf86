import assert from 'node:assert/strict';
import { after, afterEach, before, describe, test } from 'node:test';
import type {
  PlanDto,
  PlanView,
  RiskDto
} from '../../../force-app/main/default/lwc/planContract/planContract.ts';
import { addDays } from '../../planEngine.ts';
import { MESSAGES } from '../apexBridge/index.ts';
import { fillMessage } from '../apexBridge/errors.ts';
import { MAX_TITLE_LENGTH } from '../apexBridge/risks.ts';
import { nextMonth, nextReview } from '../apexBridge/review.ts';
import { findDemoLinks, type DemoLinks } from '../demoLinks.ts';
import { changeSetJson, rejectsWith } from './bridgeRequests.ts';
import { TODAY, startDemoOrg, type DemoOrg } from './demoOrg.ts';

/**
 * The plan's risks, its review and its changes of health through the preview's Apex bridge, the twin
 * of PlanRiskChanges.cls and PlanReviewService.cls: read with the plan, saved in a change set and
 * refused with the same sentences whatever the page sent; markReviewed's dates by cadence.
 */
let demo: DemoOrg;
let links: DemoLinks;
const created: string[] = [];

before(async () => {
  demo = await startDemoOrg();
  links = await findDemoLinks(demo.controller);
});
afterEach(() => {
  for (const id of created.splice(0)) demo.org.store.delete('Mutual_Action_Plan__c', id);
});
after(() => demo.close());

function opportunityId(): string {
  assert.ok(links.noPlan, 'the demo data has an opportunity without a plan');
  return links.noPlan.id;
}

/** An Active plan straight in the org with one buyer stakeholder, one step and one open risk. */
function insertPlan(extra: Record<string, string | null> = {}): {
  planId: string;
  stakeholderId: string;
  stepId: string;
} {
  const planId = demo.org.store.insert('Mutual_Action_Plan__c', {
    Name: 'Risky plan',
    Opportunity__c: opportunityId(),
    Status__c: 'Active',
    ...extra
  });
  created.push(planId);
  const stakeholderId = demo.org.store.insert('Plan_Stakeholder__c', {
    Plan__c: planId,
    Name: 'Ada Owner',
    Side__c: 'Buyer',
    Stance__c: 'Supporter'
  });
  const stepId = demo.org.store.insert('Plan_Step__c', {
    Plan__c: planId,
    Name: 'Security review',
    Side__c: 'Buyer',
    Status__c: 'Not Started',
    Due_Date__c: addDays(TODAY, 10),
    Sort_Order__c: 10
  });
  demo.org.store.insert('Plan_Risk__c', {
    Plan__c: planId,
    Title__c: 'Budget freeze',
    Likelihood__c: 'Medium',
    Impact__c: 'High',
    Status__c: 'Open'
  });
  demo.org.clock.advance(60_000);
  return { planId, stakeholderId, stepId };
}

async function viewOf(planId: string): Promise<PlanView & { plan: PlanDto }> {
  const view = await demo.controller.getPlan({ recordId: planId });
  assert.ok(view.plan);
  return view as PlanView & { plan: PlanDto };
}

function newRisk(title: string, extra: Partial<RiskDto> = {}): RiskDto {
  return {
    id: null,
    key: 'risk-1',
    title,
    category: null,
    likelihood: 'High',
    impact: 'High',
    ownerStakeholderId: null,
    mitigation: null,
    mitigationDueDate: null,
    status: 'Open',
    stepId: null,
    lastModified: null,
    ...extra
  };
}

function saveRisks(view: PlanView, risks: { inserts?: RiskDto[]; updates?: RiskDto[] }): Promise<PlanView> {
  return demo.controller.savePlan({
    changeSetJson: changeSetJson(view.opportunity.id, {
      planId: view.plan?.id ?? null,
      risks: { inserts: risks.inserts ?? [], updates: risks.updates ?? [] }
    })
  });
}

async function storedTitles(planId: string): Promise<string[]> {
  const rows = await demo.query(
    `SELECT Title__c FROM Plan_Risk__c WHERE Plan__c = '${planId}' ORDER BY Name`
  );
  return rows.map((r) => String(r.Title__c));
}

describe('getPlan: risks and changes of health', () => {
  test('it_should_show_the_plans_risks_and_its_last_ten_changes_of_health_newest_first', async () => {
    const { planId } = insertPlan();
    const other = insertPlan();
    for (let i = 0; i < 12; i++)
      demo.org.store.insert('Plan_Health_History__c', {
        Plan__c: planId,
        Opportunity__c: opportunityId(),
        Changed_At__c: `2026-11-${String(10 + i).padStart(2, '0')}T08:00:00.000Z`,
        Health_Before__c: 'On Track',
        Health_After__c: 'At Risk',
        Score_Before__c: 90,
        Score_After__c: 50 + i,
        Reasons__c: 'Budget freeze has no mitigation',
        Change_Key__c: `history-${i}`
      });
    demo.org.store.insert('Plan_Health_History__c', {
      Plan__c: other.planId,
      Opportunity__c: opportunityId(),
      Changed_At__c: '2026-11-23T08:00:00.000Z',
      Score_After__c: 1,
      Change_Key__c: 'other-plan'
    });
    const view = await viewOf(planId);
    assert.deepEqual(
      view.risks.map((r) => [r.title, r.likelihood, r.impact, r.status]),
      [['Budget freeze', 'Medium', 'High', 'Open']]
    );
    assert.ok(view.risks[0].lastModified, 'the version an update sends back');
    assert.equal(view.healthHistory.length, 10, 'the last ten');
    assert.deepEqual(
      view.healthHistory.map((h) => h.scoreAfter),
      [61, 60, 59, 58, 57, 56, 55, 54, 53, 52],
      'newest first, this plan only'
    );
    assert.equal(view.healthHistory[0].changedAt, '2026-11-21T08:00:00.000Z');
    assert.equal(view.healthHistory[0].reasons, 'Budget freeze has no mitigation');
  });
});

describe('savePlan: risks', () => {
  test('it_should_add_a_risk_owned_by_a_stakeholder_and_linked_to_a_step_of_the_plan', async () => {
    const { planId, stakeholderId, stepId } = insertPlan();
    const saved = await saveRisks(await viewOf(planId), {
      inserts: [
        newRisk('  Security review may fail  ', {
          category: 'Security',
          ownerStakeholderId: stakeholderId,
          stepId,
          mitigation: ' Send the SOC 2 report early ',
          mitigationDueDate: addDays(TODAY, 5),
          status: '' as RiskDto['status']
        })
      ]
    });
    const risk = saved.risks.find((r) => r.title === 'Security review may fail');
    assert.ok(risk, 'the new risk, its title trimmed, is in the view the save returns');
    assert.deepEqual(
      [risk.category, risk.ownerStakeholderId, risk.stepId, risk.mitigation, risk.status],
      ['Security', stakeholderId, stepId, 'Send the SOC 2 report early', 'Open']
    );
  });

  test('it_should_close_a_risk_and_reopen_it', async () => {
    const { planId } = insertPlan();
    const view = await viewOf(planId);
    const closed = await saveRisks(view, { updates: [{ ...view.risks[0], status: 'Closed' }] });
    assert.equal(closed.risks[0].status, 'Closed');
    const reopened = await saveRisks(closed, { updates: [{ ...closed.risks[0], status: 'Open' }] });
    assert.equal(reopened.risks[0].status, 'Open');
  });

  test('it_should_refuse_a_risk_without_a_title_and_write_nothing', async () => {
    const { planId } = insertPlan();
    await rejectsWith(
      saveRisks(await viewOf(planId), { inserts: [newRisk('  ')] }),
      MESSAGES.riskTitleRequired
    );
    assert.deepEqual(await storedTitles(planId), ['Budget freeze']);
  });

  test('it_should_refuse_a_title_longer_than_the_field_and_write_nothing', async () => {
    const { planId } = insertPlan();
    await rejectsWith(
      saveRisks(await viewOf(planId), { inserts: [newRisk('x'.repeat(MAX_TITLE_LENGTH + 1))] }),
      fillMessage(MESSAGES.riskTitleTooLong, [String(MAX_TITLE_LENGTH)])
    );
    assert.deepEqual(await storedTitles(planId), ['Budget freeze']);
  });

  test('it_should_take_a_title_of_exactly_the_most_characters', async () => {
    const { planId } = insertPlan();
    const title = 'y'.repeat(MAX_TITLE_LENGTH);
    const saved = await saveRisks(await viewOf(planId), { inserts: [newRisk(` ${title} `)] });
    assert.ok(saved.risks.some((r) => r.title === title));
  });

  test('it_should_refuse_a_risk_linked_to_a_step_the_same_change_set_deletes_naming_the_risk', async () => {
    const { planId, stepId } = insertPlan();
    const view = await viewOf(planId);
    const step = view.steps.find((s) => s.id === stepId);
    assert.ok(step);
    await rejectsWith(
      demo.controller.savePlan({
        changeSetJson: changeSetJson(view.opportunity.id, {
          planId,
          steps: { deletes: [step] },
          risks: { inserts: [newRisk('Pilot slips', { stepId })], updates: [] }
        })
      }),
      fillMessage(MESSAGES.riskStepNotInPlan, ['"Pilot slips"'])
    );
    const later = await viewOf(planId);
    assert.ok(
      later.steps.some((s) => s.id === stepId),
      'the step is not deleted'
    );
    assert.deepEqual(await storedTitles(planId), ['Budget freeze']);
  });

  test('it_should_refuse_a_risk_owned_by_a_stakeholder_the_same_change_set_deletes_naming_the_risk', async () => {
    const { planId, stakeholderId } = insertPlan();
    const view = await viewOf(planId);
    const stakeholder = view.stakeholders.find((s) => s.id === stakeholderId);
    assert.ok(stakeholder);
    await rejectsWith(
      demo.controller.savePlan({
        changeSetJson: changeSetJson(view.opportunity.id, {
          planId,
          stakeholders: { deletes: [stakeholder] },
          risks: { inserts: [newRisk('Champion leaves', { ownerStakeholderId: stakeholderId })], updates: [] }
        })
      }),
      fillMessage(MESSAGES.riskOwnerNotInPlan, ['"Champion leaves"'])
    );
    assert.ok(
      (await viewOf(planId)).stakeholders.some((s) => s.id === stakeholderId),
      'the stakeholder is not deleted'
    );
    assert.deepEqual(await storedTitles(planId), ['Budget freeze']);
  });

  test('it_should_refuse_a_likelihood_its_picklist_does_not_have', async () => {
    const { planId } = insertPlan();
    const risk = newRisk('Legal redlines', { likelihood: 'Certain' as RiskDto['likelihood'] });
    await rejectsWith(
      saveRisks(await viewOf(planId), { inserts: [risk] }),
      fillMessage(MESSAGES.riskValueNotValid, ['"Certain"', 'Likelihood'])
    );
    assert.deepEqual(await storedTitles(planId), ['Budget freeze']);
  });

  test('it_should_refuse_a_risk_owned_by_a_stakeholder_of_another_plan', async () => {
    const { planId } = insertPlan();
    const other = insertPlan();
    const risk = newRisk('Champion leaves', { ownerStakeholderId: other.stakeholderId });
    await rejectsWith(
      saveRisks(await viewOf(planId), { inserts: [risk] }),
      fillMessage(MESSAGES.riskOwnerNotInPlan, ['"Champion leaves"'])
    );
    assert.deepEqual(await storedTitles(planId), ['Budget freeze']);
  });

  test('it_should_refuse_a_risk_linked_to_a_step_of_another_plan_with_the_rest_of_the_change', async () => {
    const { planId } = insertPlan();
    const other = insertPlan();
    const view = await viewOf(planId);
    const json = JSON.parse(
      changeSetJson(view.opportunity.id, {
        planId,
        risks: { inserts: [newRisk('Pilot slips', { stepId: other.stepId })], updates: [] }
      })
    ) as { plan: unknown };
    json.plan = { ...view.plan, name: 'Renamed in the same save' };
    await rejectsWith(
      demo.controller.savePlan({ changeSetJson: JSON.stringify(json) }),
      fillMessage(MESSAGES.riskStepNotInPlan, ['"Pilot slips"'])
    );
    assert.equal((await viewOf(planId)).plan.name, 'Risky plan', 'the plan header is not written either');
  });

  test('it_should_refuse_a_risk_changed_by_someone_else_since_it_was_read', async () => {
    const { planId } = insertPlan();
    const view = await viewOf(planId);
    await saveRisks(view, { updates: [{ ...view.risks[0], title: 'Budget freeze, confirmed' }] });
    await rejectsWith(
      saveRisks(view, { updates: [{ ...view.risks[0], title: 'Budget freeze, lifted' }] }),
      MESSAGES.changedByOthers
    );
    assert.deepEqual(await storedTitles(planId), ['Budget freeze, confirmed']);
  });

  test('it_should_refuse_a_change_to_a_risk_of_another_plan', async () => {
    const { planId } = insertPlan();
    const other = insertPlan();
    const foreign = (await viewOf(other.planId)).risks[0];
    await rejectsWith(
      saveRisks(await viewOf(planId), { updates: [{ ...foreign, title: 'Taken over' }] }),
      MESSAGES.riskDeleted
    );
    assert.deepEqual(await storedTitles(other.planId), ['Budget freeze']);
  });

  test('it_should_refuse_a_risk_when_the_opportunity_has_no_plan_yet', async () => {
    const view = await demo.controller.getPlan({ recordId: opportunityId() });
    assert.equal(view.plan, null);
    await rejectsWith(saveRisks(view, { inserts: [newRisk('No plan')] }), MESSAGES.noPlanYet);
  });

  test('it_should_refuse_an_owner_that_is_not_an_id_as_an_unreadable_change', async () => {
    const { planId } = insertPlan();
    await rejectsWith(
      saveRisks(await viewOf(planId), { inserts: [newRisk('Odd', { ownerStakeholderId: "x' OR Id != '" })] }),
      MESSAGES.unreadableChange
    );
  });
});

describe('markReviewed', () => {
  test('it_should_record_the_review_today_with_its_note_and_move_the_next_one_by_the_cadence', async () => {
    const { planId } = insertPlan({
      Review_Cadence__c: 'Every Two Weeks',
      Next_Review_Date__c: addDays(TODAY, -3)
    });
    const view = await demo.controller.markReviewed({ planId, note: '  Legal is on track.  ' });
    assert.deepEqual(
      [view.plan?.lastReviewDate, view.plan?.nextReviewDate, view.plan?.lastReviewNote],
      [TODAY, addDays(TODAY, 14), 'Legal is on track.']
    );
    const rows = await demo.query(
      `SELECT Last_Review_Date__c, Next_Review_Date__c FROM Mutual_Action_Plan__c WHERE Id = '${planId}'`
    );
    assert.deepEqual(
      [rows[0]?.Last_Review_Date__c, rows[0]?.Next_Review_Date__c],
      [TODAY, addDays(TODAY, 14)]
    );
  });

  test('it_should_count_each_cadence_from_the_day_of_the_review', () => {
    assert.equal(nextReview('Weekly', '2027-05-31'), '2027-06-07');
    assert.equal(nextReview('Every Two Weeks', '2027-05-31'), '2027-06-14');
    assert.equal(nextReview('Monthly', '2027-05-31'), '2027-06-30', 'June has no 31st: its last day');
    assert.equal(nextReview('Monthly', '2027-01-15'), '2027-02-15');
    assert.equal(nextMonth('2028-01-31'), '2028-02-29', 'a leap year');
    assert.equal(nextMonth('2027-12-10'), '2028-01-10', 'into the next year');
    assert.equal(nextReview(null, '2027-05-31'), null, 'no cadence, no next review');
  });

  test('it_should_refuse_a_note_longer_than_the_field_and_write_nothing', async () => {
    const { planId } = insertPlan({ Review_Cadence__c: 'Weekly' });
    await rejectsWith(
      demo.controller.markReviewed({ planId, note: 'x'.repeat(256) }),
      fillMessage(MESSAGES.reviewNoteTooLong, ['255'])
    );
    assert.equal((await viewOf(planId)).plan.lastReviewDate, null);
  });

  test('it_should_refuse_a_plan_that_is_gone', async () => {
    const { planId } = insertPlan();
    demo.org.store.delete('Mutual_Action_Plan__c', planId);
    created.splice(created.indexOf(planId), 1);
    await rejectsWith(demo.controller.markReviewed({ planId, note: null }), MESSAGES.planNotFound);
  });

  test('it_should_take_the_cadence_from_a_change_set_but_never_the_review_dates', async () => {
    const { planId } = insertPlan({ Review_Cadence__c: 'Weekly', Next_Review_Date__c: addDays(TODAY, 2) });
    const view = await viewOf(planId);
    const saved = await demo.controller.savePlan({
      changeSetJson: changeSetJson(view.opportunity.id, {
        planId,
        plan: {
          ...view.plan,
          reviewCadence: 'Monthly',
          nextReviewDate: addDays(TODAY, 100),
          lastReviewDate: TODAY,
          lastReviewNote: 'Not from the page'
        }
      })
    });
    assert.deepEqual(
      [
        saved.plan?.reviewCadence,
        saved.plan?.nextReviewDate,
        saved.plan?.lastReviewDate,
        saved.plan?.lastReviewNote
      ],
      ['Monthly', addDays(TODAY, 2), null, null]
    );
  });
});
