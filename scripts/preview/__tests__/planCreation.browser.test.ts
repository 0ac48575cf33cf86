import assert from 'node:assert/strict';
import { afterEach, beforeEach, test } from 'node:test';
import { addDays } from '../../planEngine.ts';
import { startPreviewStack, type PreviewStack } from './browser.ts';
import { TODAY } from './demoOrg.ts';
import {
  callsOf,
  chooseOption,
  escapeRegExp,
  expectText,
  saveWithConfirmation,
  typeDate,
  waitForCalls
} from './planPage.ts';

let stack: PreviewStack;
beforeEach(async () => {
  stack = await startPreviewStack();
});
afterEach(() => stack.stop());

test('it_should_create_a_plan_from_a_template_on_an_opportunity_without_one', async () => {
  const opportunity = stack.preview.links.noPlan;
  assert.ok(opportunity, 'the demo data has an opportunity without a plan');
  const templates = await stack.controller.getTemplates();
  const template = [...templates].sort((a, b) => a.steps.length - b.steps.length)[0];
  assert.ok(template);
  const goLive = addDays(TODAY, 120);

  const { page, errors } = await stack.open(opportunity.id);
  await page.getByRole('button', { name: 'Start from a template' }).click();
  await waitForCalls(page, 'getTemplates', 1);
  const picker = page.getByRole('region', { name: 'Create a plan from a template' });
  await picker.getByRole('radio', { name: new RegExp(escapeRegExp(template.name)) }).check();
  await typeDate(picker, 'Go-live date', goLive);
  await stack.screenshot(page, 'template-picker');
  await picker.getByRole('button', { name: 'Create plan' }).click();
  await saveWithConfirmation(page, 0);

  const plans = await stack.query(
    `SELECT Id, Name, Template__c, Go_Live_Date__c, Status__c FROM Mutual_Action_Plan__c WHERE Opportunity__c = '${opportunity.id}'`
  );
  assert.equal(plans.length, 1);
  assert.equal(plans.at(0)?.Template__c, template.id);
  assert.equal(plans.at(0)?.Go_Live_Date__c, goLive);
  const steps = await stack.query(
    `SELECT Id, Name, Depends_On__c, Template_Step_Key__c, Owner__r.User__c, Owner__r.Side__c FROM Plan_Step__c WHERE Plan__c = '${String(plans.at(0)?.Id)}'`
  );
  assert.equal(steps.length, template.steps.length);
  // The template's Account Executive steps go to the opportunity's owner, added as a seller.
  const owners = await stack.query(`SELECT OwnerId FROM Opportunity WHERE Id = '${opportunity.id}'`);
  const ownerId = owners.at(0)?.OwnerId;
  assert.ok(ownerId, 'the opportunity has an owner');
  const aeKeys = new Set(template.steps.filter((s) => s.ownerRole === 'Account Executive').map((s) => s.key));
  assert.ok(aeKeys.size > 0, 'the template has Account Executive steps');
  const ownerOf = (step: Record<string, unknown>) =>
    step.Owner__r as { User__c?: string; Side__c?: string } | null;
  const aeSteps = steps.filter((s) => aeKeys.has(String(s.Template_Step_Key__c)));
  assert.equal(aeSteps.length, aeKeys.size);
  for (const step of aeSteps) {
    assert.equal(ownerOf(step)?.User__c, ownerId, `${String(step.Name)} is owned by the opportunity owner`);
    assert.equal(ownerOf(step)?.Side__c, 'Seller');
  }
  const linked = template.steps.filter((s) => s.dependsOnKey).length;
  assert.equal(
    steps.filter((s) => s.Depends_On__c).length,
    linked,
    'dependencies resolved from temporary keys'
  );
  await expectText(
    page.getByRole('heading', { level: 2 }).first(),
    new RegExp(escapeRegExp(String(plans.at(0)?.Name)))
  );
  await expectText(
    page.getByRole('table', { name: 'Plan steps' }),
    new RegExp(escapeRegExp(template.steps.at(0)?.title ?? ''))
  );
  assert.equal(await callsOf(page, 'savePlan'), 1);
  await stack.screenshot(page, 'template-applied');
  assert.deepEqual(errors, []);
});

test('it_should_add_a_stakeholder_found_by_search', async () => {
  const opportunity = stack.preview.links.overdue;
  assert.ok(opportunity);
  const view = await stack.controller.getPlan({ recordId: opportunity.id });
  const onPlan = new Set(view.stakeholders.map((s) => s.contactId));
  // A contact not on the plan yet (the account's first), whose name the search finds once.
  const account = String(view.opportunity.accountId);
  const contacts = [
    ...(await stack.query(
      `SELECT Id, Name, LastName FROM Contact WHERE AccountId = '${account}' ORDER BY Name`
    )),
    ...(await stack.query(
      `SELECT Id, Name, LastName FROM Contact WHERE AccountId != '${account}' ORDER BY Name`
    ))
  ];
  let person: { id: string; name: string; term: string } | undefined;
  for (const contact of contacts.filter((c) => !onPlan.has(String(c.Id)))) {
    const term = String(contact.LastName);
    const found = await stack.controller.searchPeople({ opportunityId: opportunity.id, searchTerm: term });
    if (found.filter((p) => p.name === contact.Name).length === 1) {
      person = { id: String(contact.Id), name: String(contact.Name), term };
      break;
    }
  }
  assert.ok(person, 'a contact who is not a stakeholder yet');

  const { page, errors } = await stack.open(opportunity.id);
  await page.getByRole('tab', { name: 'Stakeholders' }).click();
  const addPeople = page.getByRole('region', { name: 'Add people' });
  await addPeople.getByRole('searchbox', { name: 'Search contacts and users' }).fill(person.term);
  await waitForCalls(page, 'searchPeople', 1);
  await addPeople.getByRole('button', { name: `Choose ${person.name}`, exact: true }).click();
  await chooseOption(addPeople, 'Role', 'Champion');
  await stack.screenshot(page, 'stakeholder-form');
  const saves = await callsOf(page, 'savePlan');
  await addPeople.getByRole('button', { name: 'Add stakeholder' }).click();
  await saveWithConfirmation(page, saves);

  const rows = await stack.query(
    `SELECT Id, Name, Role__c, Side__c, Contact__c FROM Plan_Stakeholder__c WHERE Plan__c = '${String(view.plan?.id)}' AND Contact__c = '${person.id}'`
  );
  assert.equal(rows.length, 1);
  assert.equal(rows.at(0)?.Name, person.name);
  assert.equal(rows.at(0)?.Role__c, 'Champion');
  assert.equal(rows.at(0)?.Side__c, 'Buyer');
  await expectText(
    page.getByRole('region', { name: /buyer/i }).first(),
    new RegExp(escapeRegExp(person.name))
  );
  assert.equal(await callsOf(page, 'savePlan'), 1);
  await stack.screenshot(page, 'stakeholder-added');
  assert.deepEqual(errors, []);
});
