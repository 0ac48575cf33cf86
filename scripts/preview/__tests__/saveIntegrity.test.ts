import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type {
  PlanChangeSet,
  PlanView,
  StepDto
} from '../../../force-app/main/default/lwc/planContract/planContract.ts';
import { MAX_ROWS } from '../apexBridge/changeSet.ts';
import { fillMessage } from '../apexBridge/errors.ts';
import { MESSAGES } from '../apexBridge/index.ts';
import { findDemoLinks, type DemoLinks } from '../demoLinks.ts';
import { changeSetJson, newStep, rejectsWith } from './bridgeRequests.ts';
import { startDemoOrg, type DemoOrg } from './demoOrg.ts';

/**
 * What the bridge's save refuses before anything is written, whatever the client sends (the same
 * refusals as PlanSaveIntegrity_Tests.cls): a dependency loop, a dependency outside the plan, and a
 * change set of more than MAX_ROWS rows. Change sets go straight to savePlan, as a client that
 * skipped the engine's checks would send them; the org is queried after each refusal.
 */
let demo: DemoOrg;
let links: DemoLinks;

before(async () => {
  demo = await startDemoOrg();
  links = await findDemoLinks(demo.controller);
});
after(() => demo.close());

function newPlan(name: string): NonNullable<PlanChangeSet['plan']> {
  return {
    id: null,
    name,
    status: 'Draft',
    planType: 'Sales',
    goLiveDate: '2027-01-15',
    objective: null,
    successCriteria: null,
    valueSummary: null,
    templateId: null,
    abandonReason: null,
    reviewCadence: null,
    nextReviewDate: null,
    lastReviewDate: null,
    lastReviewNote: null,
    lastModified: null
  };
}

/** Saves, expects the refusal's sentence, and proves the org wrote no row meanwhile. */
async function refused(json: string, message: string): Promise<void> {
  const written = demo.org.meter.snapshot().rowsWritten;
  const composites = demo.org.meter.snapshot().calls['POST /composite'] ?? 0;
  await rejectsWith(demo.controller.savePlan({ changeSetJson: json }), message);
  assert.equal(demo.org.meter.snapshot().rowsWritten, written, 'no row written');
  assert.equal(demo.org.meter.snapshot().calls['POST /composite'] ?? 0, composites, 'no write sent');
}

async function count(soql: string): Promise<number> {
  return (await demo.query(soql)).length;
}

/** A step of the view that another step depends on, and that dependent. */
function chainOf(view: PlanView): { predecessor: StepDto; dependent: StepDto } {
  const dependent = view.steps.find((s) => s.dependsOnId && view.steps.some((p) => p.id === s.dependsOnId));
  const predecessor = view.steps.find((s) => s.id === dependent?.dependsOnId);
  assert.ok(dependent && predecessor, 'the demo plan has a dependency');
  return { predecessor, dependent };
}

async function storedStep(id: string | null): Promise<{ dependsOn: unknown; lastModified: unknown }> {
  const row = (
    await demo.query(`SELECT Depends_On__c, LastModifiedDate FROM Plan_Step__c WHERE Id = '${id}'`)
  ).at(0);
  assert.ok(row, 'the step exists');
  return { dependsOn: row.Depends_On__c, lastModified: row.LastModifiedDate };
}

describe('savePlan refuses a dependency loop', () => {
  test('it_should_refuse_a_loop_among_stored_steps_naming_them_and_write_nothing', async () => {
    assert.ok(links.overdue);
    const view = await demo.controller.getPlan({ recordId: links.overdue.id });
    const { predecessor, dependent } = chainOf(view);
    const stored = await storedStep(predecessor.id);
    await refused(
      changeSetJson(view.opportunity.id, {
        steps: {
          inserts: [newStep('n-1', 'Should not be saved')],
          updates: [{ ...predecessor, dependsOnId: dependent.id, notes: 'Should not be saved' }],
          deletes: []
        }
      }),
      fillMessage(MESSAGES.dependencyCycle, [
        `"${predecessor.title}" depends on "${dependent.title}", which depends on "${predecessor.title}"`
      ])
    );
    assert.deepEqual(await storedStep(predecessor.id), stored, 'the step is as it was');
    assert.equal(await count(`SELECT Id FROM Plan_Step__c WHERE Name = 'Should not be saved'`), 0);
  });

  test('it_should_refuse_a_loop_through_a_new_step_named_by_key', async () => {
    assert.ok(links.overdue);
    const view = await demo.controller.getPlan({ recordId: links.overdue.id });
    const { predecessor, dependent } = chainOf(view);
    // dependent → predecessor is stored; predecessor → Review (new) → dependent closes the loop.
    await refused(
      changeSetJson(view.opportunity.id, {
        steps: {
          inserts: [newStep('n-1', 'Review', { dependsOnId: dependent.id })],
          updates: [{ ...predecessor, dependsOnKey: 'n-1' }],
          deletes: []
        }
      }),
      fillMessage(MESSAGES.dependencyCycle, [
        `"Review" depends on "${dependent.title}", which depends on "${predecessor.title}", which depends on "Review"`
      ])
    );
    assert.equal(
      await count(
        `SELECT Id FROM Plan_Step__c WHERE Name = 'Review' AND Plan__c = '${String(view.plan?.id)}'`
      ),
      0
    );
  });

  test('it_should_refuse_a_loop_among_the_new_steps_of_a_new_plan', async () => {
    assert.ok(links.noPlan);
    await refused(
      changeSetJson(links.noPlan.id, {
        plan: newPlan('Looping plan'),
        steps: {
          inserts: [
            newStep('n-1', 'Kick-off', { dependsOnKey: 'n-2' }),
            newStep('n-2', 'Pilot', { dependsOnKey: 'n-1' })
          ],
          updates: [],
          deletes: []
        }
      }),
      fillMessage(MESSAGES.dependencyCycle, ['"Kick-off" depends on "Pilot", which depends on "Kick-off"'])
    );
    assert.equal(
      await count(`SELECT Id FROM Mutual_Action_Plan__c WHERE Opportunity__c = '${links.noPlan.id}'`),
      0
    );
  });

  test('it_should_still_save_dependencies_that_make_no_loop', async () => {
    assert.ok(links.healthy);
    const view = await demo.controller.getPlan({ recordId: links.healthy.id });
    const [first, second, third] = [0, 1, 2].map((i) => view.steps.at(i));
    assert.ok(first && second && third);
    const saved = await demo.controller.savePlan({
      changeSetJson: changeSetJson(view.opportunity.id, {
        steps: {
          inserts: [newStep('n-1', 'Follow-up', { dependsOnId: third.id })],
          updates: [{ ...second, dependsOnId: first.id }],
          deletes: []
        }
      })
    });
    assert.equal(saved.steps.find((s) => s.id === second.id)?.dependsOnId, first.id);
    assert.equal(saved.steps.find((s) => s.title === 'Follow-up')?.dependsOnId, third.id);
  });
});

describe('savePlan refuses a dependency outside the plan', () => {
  test('it_should_refuse_a_step_that_depends_on_a_step_of_another_deal_and_write_nothing', async () => {
    assert.ok(links.overdue && links.healthy);
    const view = await demo.controller.getPlan({ recordId: links.overdue.id });
    const other = await demo.controller.getPlan({ recordId: links.healthy.id });
    const foreign = other.steps.at(0);
    const step = view.steps.find((s) => s.status !== 'Done');
    assert.ok(foreign && step);
    const stored = await storedStep(step.id);
    await refused(
      changeSetJson(view.opportunity.id, {
        steps: {
          inserts: [],
          updates: [{ ...step, dependsOnId: foreign.id, notes: 'Not saved' }],
          deletes: []
        }
      }),
      fillMessage(MESSAGES.otherPlanDependency, [`"${step.title}"`])
    );
    assert.deepEqual(await storedStep(step.id), stored, 'the step is as it was');
  });

  test('it_should_refuse_a_new_step_that_depends_on_a_step_of_another_plan_of_the_same_deal', async () => {
    assert.ok(links.overdue);
    const draftId = demo.org.store.insert('Mutual_Action_Plan__c', {
      Name: 'Next year draft',
      Opportunity__c: links.overdue.id,
      Status__c: 'Draft'
    });
    const draftStepId = demo.org.store.insert('Plan_Step__c', { Name: 'Draft step', Plan__c: draftId });
    try {
      await refused(
        changeSetJson(links.overdue.id, {
          steps: {
            inserts: [newStep('n-1', 'Legal review', { dependsOnId: draftStepId })],
            updates: [],
            deletes: []
          }
        }),
        fillMessage(MESSAGES.otherPlanDependency, ['"Legal review"'])
      );
      assert.equal(await count(`SELECT Id FROM Plan_Step__c WHERE Name = 'Legal review'`), 0);
    } finally {
      demo.org.store.delete('Mutual_Action_Plan__c', draftId);
    }
  });
});

describe('savePlan refuses a change set above its size', () => {
  test('it_should_refuse_more_rows_than_one_save_takes_before_any_request', async () => {
    assert.ok(links.noPlan);
    const inserts = Array.from({ length: MAX_ROWS + 1 }, (_, i) => newStep(`n-${i}`, `Bulk step ${i}`));
    const calls = demo.org.meter.snapshot().totalCalls;
    await refused(
      changeSetJson(links.noPlan.id, {
        plan: newPlan('Oversized plan'),
        steps: { inserts, updates: [], deletes: [] }
      }),
      fillMessage(MESSAGES.tooManyRows, [String(MAX_ROWS + 1), String(MAX_ROWS)])
    );
    assert.equal(demo.org.meter.snapshot().totalCalls, calls, 'refused before any request to the org');
    assert.equal(
      await count(`SELECT Id FROM Mutual_Action_Plan__c WHERE Opportunity__c = '${links.noPlan.id}'`),
      0
    );
  });

  test('it_should_save_a_change_set_of_exactly_the_limit', async () => {
    assert.ok(links.noPlan);
    const inserts = Array.from({ length: MAX_ROWS }, (_, i) =>
      newStep(`n-${i}`, `Bulk step ${i}`, i > 0 ? { dependsOnKey: `n-${i - 1}` } : {})
    );
    const saved = await demo.controller.savePlan({
      changeSetJson: changeSetJson(links.noPlan.id, {
        plan: newPlan('Largest plan'),
        steps: { inserts, updates: [], deletes: [] }
      })
    });
    assert.equal(saved.steps.length, MAX_ROWS);
    demo.org.store.delete('Mutual_Action_Plan__c', String(saved.plan?.id));
  });
});
