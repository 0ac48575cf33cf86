import assert from 'node:assert/strict';
import { afterEach, beforeEach, test } from 'node:test';
import { addDays } from '../../planEngine.ts';
import { startPreviewStack, type PreviewStack } from './browser.ts';
import { TODAY } from './demoOrg.ts';
import { callsOf, expectText, healthSummary, shownDate, waitForCalls } from './planPage.ts';

let stack: PreviewStack;
beforeEach(async () => {
  stack = await startPreviewStack();
});
afterEach(() => stack.stop());

test('it_should_show_a_new_high_risk_without_mitigation_and_clear_the_overdue_review_when_marked_reviewed', async () => {
  const opportunity = stack.preview.links.noPlan;
  assert.ok(opportunity, 'the demo data has an opportunity without a plan');
  // An Active plan reviewed every week, whose review was due three days ago.
  const planId = stack.org.store.insert('Mutual_Action_Plan__c', {
    Name: 'Reviewed plan',
    Opportunity__c: opportunity.id,
    Status__c: 'Active',
    Review_Cadence__c: 'Weekly',
    Next_Review_Date__c: addDays(TODAY, -3),
    Last_Review_Date__c: addDays(TODAY, -10)
  });
  stack.org.store.insert('Plan_Step__c', {
    Plan__c: planId,
    Name: 'Security review',
    Side__c: 'Buyer',
    Status__c: 'Not Started',
    Due_Date__c: addDays(TODAY, 14),
    Sort_Order__c: 10
  });

  const { page, errors } = await stack.open(opportunity.id);
  const health = healthSummary(page);
  await expectText(health, /plan review overdue by 3 days/);
  const review = page.getByRole('region', { name: 'Review' });
  await expectText(review, /Overdue by 3 days/);

  // A risk with High likelihood and High impact and no mitigation: a health reason at once.
  await page.getByRole('tab', { name: /^Risks/ }).click();
  const risks = page.getByRole('region', { name: /^Risks/ });
  await risks.getByRole('button', { name: 'Add risk', exact: true }).click();
  await risks.getByRole('textbox', { name: /Title/ }).fill('Budget freeze');
  await risks.getByRole('combobox', { name: 'Likelihood', exact: true }).selectOption('High');
  await risks.getByRole('combobox', { name: 'Impact', exact: true }).selectOption('High');
  await risks.getByRole('button', { name: 'Save risk', exact: true }).click();
  await waitForCalls(page, 'savePlan', 1);
  await expectText(health, /1 open high risk without a mitigation/);
  await expectText(
    risks.getByRole('row').filter({ hasText: 'Budget freeze' }),
    /High × High = 9[\s\S]*No mitigation yet/
  );
  const stored = await stack.query(
    `SELECT Title__c, Likelihood__c, Impact__c, Status__c FROM Plan_Risk__c WHERE Plan__c = '${planId}'`
  );
  assert.deepEqual(
    stored.map((r) => [r.Title__c, r.Likelihood__c, r.Impact__c, r.Status__c]),
    [['Budget freeze', 'High', 'High', 'Open']]
  );
  await stack.screenshot(page, 'plan-risk-added');

  // Mark reviewed with a note: the overdue-review reason goes, the next review is a week on.
  await review.getByRole('button', { name: 'Mark reviewed', exact: true }).click();
  await review
    .getByRole('textbox', { name: /What did the review find/ })
    .fill('Budget risk raised with the CFO');
  await review.getByRole('button', { name: 'Record review', exact: true }).click();
  await waitForCalls(page, 'markReviewed', 1);
  await expectText(health, /plan review overdue/, { absent: true });
  await expectText(health, /1 open high risk without a mitigation/);
  await expectText(review, new RegExp(shownDate(addDays(TODAY, 7))));
  await expectText(page.locator('#toasts'), /Review recorded/);
  const plans = await stack.query(
    `SELECT Last_Review_Date__c, Next_Review_Date__c, Last_Review_Note__c FROM Mutual_Action_Plan__c WHERE Id = '${planId}'`
  );
  assert.deepEqual(
    [plans[0]?.Last_Review_Date__c, plans[0]?.Next_Review_Date__c, plans[0]?.Last_Review_Note__c],
    [TODAY, addDays(TODAY, 7), 'Budget risk raised with the CFO']
  );
  assert.equal(await callsOf(page, 'savePlan'), 1, 'the review is not a save of the plan');
  await stack.screenshot(page, 'plan-reviewed');
  assert.deepEqual(errors, []);
});
