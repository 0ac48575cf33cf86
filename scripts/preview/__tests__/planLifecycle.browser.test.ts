import assert from 'node:assert/strict';
import { afterEach, beforeEach, test } from 'node:test';
import { addDays } from '../../planEngine.ts';
import { startPreviewStack, type PreviewStack } from './browser.ts';
import { TODAY } from './demoOrg.ts';
import { callsOf, expectText, waitForCalls } from './planPage.ts';

let stack: PreviewStack;
beforeEach(async () => {
  stack = await startPreviewStack();
});
afterEach(() => stack.stop());

test('it_should_activate_a_draft_plan_from_the_page_and_persist_the_status_and_the_baselines', async () => {
  const opportunity = stack.preview.links.noPlan;
  assert.ok(opportunity, 'the demo data has an opportunity without a plan');
  // A Draft plan as a rep leaves it before the buyer agrees: dated steps, one undated, one with a stale baseline.
  const planId = stack.org.store.insert('Mutual_Action_Plan__c', {
    Name: 'Pilot plan',
    Opportunity__c: opportunity.id,
    Status__c: 'Draft'
  });
  const steps = [
    { Name: 'Discovery call', Due_Date__c: addDays(TODAY, 7), Baseline_Date__c: null },
    { Name: 'Security review', Due_Date__c: addDays(TODAY, 21), Baseline_Date__c: addDays(TODAY, 2) },
    { Name: 'Order form signed', Due_Date__c: addDays(TODAY, 45), Baseline_Date__c: null },
    { Name: 'Reference call', Due_Date__c: null, Baseline_Date__c: null }
  ];
  steps.forEach((step, i) =>
    stack.org.store.insert('Plan_Step__c', {
      ...step,
      Plan__c: planId,
      Side__c: 'Joint',
      Status__c: 'Not Started',
      Sort_Order__c: (i + 1) * 10
    })
  );

  const { page, errors } = await stack.open(opportunity.id);
  const header = page.getByRole('region', { name: 'Plan status and objective' });
  await expectText(header, /Status: Draft/);
  await stack.screenshot(page, 'plan-draft-header');
  await header.getByRole('button', { name: 'Activate', exact: true }).click();
  await waitForCalls(page, 'savePlan', 1);

  await expectText(header, /Status: Active/);
  await expectText(page.locator('#toasts'), /Plan activated: Baselines recorded for 3 steps\./);
  const plans = await stack.query(`SELECT Status__c FROM Mutual_Action_Plan__c WHERE Id = '${planId}'`);
  assert.equal(plans.at(0)?.Status__c, 'Active');
  const saved = await stack.query(
    `SELECT Name, Due_Date__c, Baseline_Date__c FROM Plan_Step__c WHERE Plan__c = '${planId}' ORDER BY Sort_Order__c`
  );
  assert.deepEqual(
    saved.map((s) => [s.Name, s.Baseline_Date__c]),
    steps.map((s) => [s.Name, s.Due_Date__c])
  );
  // The header now offers what an Active plan allows.
  assert.equal(await header.getByRole('button', { name: 'Complete', exact: true }).count(), 1);
  assert.equal(await header.getByRole('button', { name: 'Activate', exact: true }).count(), 0);
  assert.equal(await callsOf(page, 'savePlan'), 1);
  await stack.screenshot(page, 'plan-activated');
  assert.deepEqual(errors, []);
});

test('it_should_abandon_a_plan_with_a_reason_given_in_the_header', async () => {
  const opportunity = stack.preview.links.overdue;
  assert.ok(opportunity);
  const view = await stack.controller.getPlan({ recordId: opportunity.id });
  assert.equal(view.plan?.status, 'Active');

  const { page, errors } = await stack.open(opportunity.id);
  const header = page.getByRole('region', { name: 'Plan status and objective' });
  await expectText(header, /Status: Active/);
  await header.getByRole('button', { name: 'Abandon', exact: true }).click();
  await header.getByRole('button', { name: 'Abandon plan', exact: true }).click();
  await expectText(
    header.getByRole('alert').filter({ hasText: 'Give a reason' }),
    /Give a reason for abandoning the plan/
  );
  assert.equal(await callsOf(page, 'savePlan'), 0, 'no save without a reason');
  await header
    .getByRole('textbox', { name: /Why is this plan abandoned/ })
    .fill('The buyer chose another vendor');
  await header.getByRole('button', { name: 'Abandon plan', exact: true }).click();
  await waitForCalls(page, 'savePlan', 1);

  const plans = await stack.query(
    `SELECT Status__c, Abandon_Reason__c FROM Mutual_Action_Plan__c WHERE Id = '${String(view.plan.id)}'`
  );
  assert.deepEqual(
    [plans.at(0)?.Status__c, plans.at(0)?.Abandon_Reason__c],
    ['Abandoned', 'The buyer chose another vendor']
  );
  await stack.screenshot(page, 'plan-abandoned');
  assert.deepEqual(errors, []);
});
