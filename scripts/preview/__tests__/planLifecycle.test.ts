import assert from 'node:assert/strict';
import { after, afterEach, before, describe, test } from 'node:test';
import type {
  PlanChangeSet,
  PlanDto,
  PlanView,
  StepDto
} from '../../../force-app/main/default/lwc/planContract/planContract.ts';
import { stepDto } from '../../../force-app/main/default/lwc/planContract/__tests__/data/dtos.ts';
import { MESSAGES } from '../apexBridge/index.ts';
import { errorLabelName, readLabels } from '../apexBridge/labels.ts';
import { findDemoLinks, type DemoLinks } from '../demoLinks.ts';
import { changeSetJson, rejectsWith } from './bridgeRequests.ts';
import { startDemoOrg, type DemoOrg } from './demoOrg.ts';

/**
 * The plan's lifecycle through the preview's Apex bridge (PlanLifecycle.cls's twin): status moves
 * checked against the stored status, baselines recorded by the server on activation and when a step
 * of an Active plan is first dated, and the same sentences as PlanErrors.cls.
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

/** A plan straight in the org (as another user would have left it), with steps given by due/baseline dates. */
function insertPlan(
  status: PlanDto['status'],
  steps: { title: string; due: string | null; baseline?: string | null }[],
  extra: Record<string, string> = {}
): string {
  const planId = demo.org.store.insert('Mutual_Action_Plan__c', {
    Name: `${status} plan`,
    Opportunity__c: opportunityId(),
    Status__c: status,
    ...extra
  });
  created.push(planId);
  steps.forEach((row, i) =>
    demo.org.store.insert('Plan_Step__c', {
      Plan__c: planId,
      Name: row.title,
      Side__c: 'Buyer',
      Status__c: 'Not Started',
      Due_Date__c: row.due,
      Baseline_Date__c: row.baseline ?? null,
      Sort_Order__c: (i + 1) * 10
    })
  );
  demo.org.clock.advance(60_000);
  return planId;
}

function changeSet(view: PlanView, parts: Partial<Pick<PlanChangeSet, 'plan' | 'steps'>>): string {
  return changeSetJson(view.opportunity.id, { planId: view.plan?.id ?? null, ...parts });
}

async function viewOf(planId: string): Promise<PlanView & { plan: PlanDto }> {
  const view = await demo.controller.getPlan({ recordId: planId });
  assert.ok(view.plan);
  return view as PlanView & { plan: PlanDto };
}

async function withStatus(
  planId: string,
  status: PlanDto['status'],
  abandonReason: string | null = null
): Promise<PlanView> {
  const view = await viewOf(planId);
  return demo.controller.savePlan({
    changeSetJson: changeSet(view, { plan: { ...view.plan, status, abandonReason } })
  });
}

async function stored(
  planId: string
): Promise<{ status: unknown; reason: unknown; steps: Map<string, unknown> }> {
  const plans = await demo.query(
    `SELECT Status__c, Abandon_Reason__c FROM Mutual_Action_Plan__c WHERE Id = '${planId}'`
  );
  const plan = plans.at(0);
  const steps = await demo.query(
    `SELECT Name, Baseline_Date__c FROM Plan_Step__c WHERE Plan__c = '${planId}'`
  );
  return {
    status: plan?.Status__c,
    reason: plan?.Abandon_Reason__c,
    steps: new Map(steps.map((s) => [String(s.Name), s.Baseline_Date__c]))
  };
}

function step(view: PlanView, title: string): StepDto {
  const found = view.steps.find((s) => s.title === title);
  assert.ok(found, `step ${title}`);
  return found;
}

describe('savePlan: the plan lifecycle', () => {
  test('it_should_record_every_dated_steps_baseline_when_a_draft_plan_is_activated', async () => {
    const planId = insertPlan('Draft', [
      { title: 'Discovery', due: '2026-12-01' },
      { title: 'Security review', due: '2026-12-10', baseline: '2026-11-01' },
      { title: 'Not dated yet', due: null },
      { title: 'Signature', due: '2027-01-15' }
    ]);
    const view = await viewOf(planId);
    // The same save moves one step: its baseline is its new date, whatever the component sent.
    const moved = { ...step(view, 'Signature'), dueDate: '2027-01-20', baselineDate: '2020-01-01' };
    const saved = await demo.controller.savePlan({
      changeSetJson: changeSet(view, {
        plan: { ...view.plan, status: 'Active' },
        steps: {
          inserts: [
            stepDto({ id: null, key: 'new-1', title: 'Kick-off', dueDate: '2027-02-01', baselineDate: null })
          ],
          updates: [moved],
          deletes: []
        }
      })
    });
    assert.equal(saved.plan?.status, 'Active');
    const persisted = await stored(planId);
    assert.equal(persisted.status, 'Active');
    assert.deepEqual(Object.fromEntries(persisted.steps), {
      Discovery: '2026-12-01',
      'Security review': '2026-12-10',
      'Not dated yet': null,
      Signature: '2027-01-20',
      'Kick-off': '2027-02-01'
    });
    // The view the save returns is the truth the page shows.
    assert.deepEqual(
      Object.fromEntries(saved.steps.map((s) => [s.title, s.baselineDate])),
      Object.fromEntries(persisted.steps)
    );
  });

  test('it_should_give_a_step_of_an_active_plan_a_baseline_when_it_is_first_dated_and_keep_it_after', async () => {
    const planId = insertPlan('Active', [
      { title: 'Undated', due: null },
      { title: 'Baselined', due: '2026-12-01', baseline: '2026-11-28' }
    ]);
    const view = await viewOf(planId);
    const saved = await demo.controller.savePlan({
      changeSetJson: changeSet(view, {
        steps: {
          inserts: [
            stepDto({ id: null, key: 'n', title: 'Added later', dueDate: '2027-03-01', baselineDate: null })
          ],
          updates: [
            { ...step(view, 'Undated'), dueDate: '2026-12-20' },
            // A move never rewrites the agreed date, and a baseline sent by the client is ignored.
            { ...step(view, 'Baselined'), dueDate: '2026-12-05', baselineDate: '2026-12-05' }
          ],
          deletes: []
        }
      })
    });
    assert.deepEqual(Object.fromEntries((await stored(planId)).steps), {
      Undated: '2026-12-20',
      Baselined: '2026-11-28',
      'Added later': '2027-03-01'
    });
    // Moved again: the baseline recorded when it was first dated stays.
    const again = await demo.controller.savePlan({
      changeSetJson: changeSet(saved, {
        steps: { inserts: [], updates: [{ ...step(saved, 'Undated'), dueDate: '2026-12-31' }], deletes: [] }
      })
    });
    assert.equal(step(again, 'Undated').baselineDate, '2026-12-20');
    assert.equal(step(again, 'Undated').dueDate, '2026-12-31');
  });

  test('it_should_not_record_baselines_for_steps_of_a_draft_plan', async () => {
    const planId = insertPlan('Draft', [{ title: 'Draft step', due: '2026-12-01' }]);
    const view = await viewOf(planId);
    await demo.controller.savePlan({
      changeSetJson: changeSet(view, {
        steps: {
          inserts: [
            stepDto({
              id: null,
              key: 'n',
              title: 'New draft step',
              dueDate: '2027-01-01',
              baselineDate: '2027-01-01'
            })
          ],
          updates: [],
          deletes: []
        }
      })
    });
    assert.deepEqual(Object.fromEntries((await stored(planId)).steps), {
      'Draft step': null,
      'New draft step': null
    });
  });

  test('it_should_refuse_a_status_change_the_lifecycle_does_not_allow_and_write_nothing', async () => {
    const planId = insertPlan('Draft', [{ title: 'Discovery', due: '2026-12-01' }]);
    await rejectsWith(
      withStatus(planId, 'Completed'),
      'A plan cannot go from Draft to Completed. Reload the plan and use the actions in its header.'
    );
    const abandoned = insertPlan('Abandoned', [], { Abandon_Reason__c: 'Lost to a competitor' });
    await rejectsWith(
      withStatus(abandoned, 'Active'),
      'A plan cannot go from Abandoned to Active. Reload the plan and use the actions in its header.'
    );
    const view = await viewOf(planId);
    await rejectsWith(
      demo.controller.savePlan({
        changeSetJson: changeSet(view, { plan: { ...view.plan, status: 'Paused' as PlanDto['status'] } })
      }),
      'A plan cannot go from Draft to Paused. Reload the plan and use the actions in its header.'
    );
    const persisted = await stored(planId);
    assert.equal(persisted.status, 'Draft');
    assert.equal(persisted.steps.get('Discovery'), null);
    // A new plan starts as Draft or Active, never Completed.
    const none = await demo.controller.getPlan({ recordId: opportunityId() });
    await rejectsWith(
      demo.controller.savePlan({
        changeSetJson: changeSet(none, {
          plan: { ...view.plan, id: null, lastModified: null, status: 'Completed' }
        })
      }),
      'A plan cannot go from Draft to Completed. Reload the plan and use the actions in its header.'
    );
  });

  test('it_should_complete_reopen_and_abandon_with_a_reason_and_clear_the_reason_on_reopen', async () => {
    const planId = insertPlan('Active', [{ title: 'Discovery', due: '2026-12-01', baseline: '2026-11-20' }]);
    assert.equal((await withStatus(planId, 'Completed')).plan?.status, 'Completed');
    // Reopening a Completed plan keeps the baselines agreed at activation.
    assert.equal((await withStatus(planId, 'Active')).plan?.status, 'Active');
    assert.equal((await stored(planId)).steps.get('Discovery'), '2026-11-20');
    await rejectsWith(withStatus(planId, 'Abandoned'), MESSAGES.abandonReasonRequired);
    await rejectsWith(withStatus(planId, 'Abandoned', '   '), MESSAGES.abandonReasonRequired);
    assert.equal((await stored(planId)).status, 'Active');
    const abandoned = await withStatus(planId, 'Abandoned', 'The buyer chose another vendor');
    assert.equal(abandoned.plan?.abandonReason, 'The buyer chose another vendor');
    assert.deepEqual(await stored(planId).then((s) => [s.status, s.reason]), [
      'Abandoned',
      'The buyer chose another vendor'
    ]);
    const reopened = await withStatus(planId, 'Draft', 'The buyer chose another vendor');
    assert.equal(reopened.plan?.status, 'Draft');
    assert.equal(reopened.plan.abandonReason, null);
    assert.equal((await stored(planId)).reason, null);
  });

  test('it_should_refuse_a_second_active_plan_on_the_opportunity', async () => {
    insertPlan('Active', [{ title: 'Current', due: '2026-12-01' }]);
    const draftId = insertPlan('Draft', [{ title: 'Next', due: '2027-01-01' }]);
    await rejectsWith(withStatus(draftId, 'Active'), MESSAGES.oneActivePlan);
    assert.deepEqual(await stored(draftId).then((s) => [s.status, s.steps.get('Next')]), ['Draft', null]);
  });

  test('it_should_use_the_sentences_of_PlanErrors_cls', () => {
    // PlanErrors.cls reads these sentences as Custom Labels; the bridge reads the same file.
    const labels = readLabels();
    const label = (key: string) => labels.get(errorLabelName(key));
    assert.equal(label('statusChangeNotAllowed'), MESSAGES.statusChangeNotAllowed);
    assert.equal(label('oneActivePlan'), MESSAGES.oneActivePlan);
    assert.equal(label('abandonReasonRequired'), MESSAGES.abandonReasonRequired);
  });
});
