import assert from 'node:assert/strict';
import { afterEach, beforeEach, test } from 'node:test';
import { addDays } from '../../planEngine.ts';
import { startPreviewStack, type PreviewStack } from './browser.ts';
import { TODAY } from './demoOrg.ts';
import {
  callsOf,
  cascadePreview,
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
  // The preview says who each step goes to: the Account Executive steps to the opportunity's owner.
  const preview = picker.getByRole('table', { name: /^Preview: / });
  await preview.getByRole('columnheader', { name: 'Owner' }).waitFor();
  const ownerName = String(
    (await stack.controller.getPlan({ recordId: opportunity.id })).opportunity.ownerName
  );
  const aeStep = template.steps.find((s) => s.ownerRole === 'Account Executive');
  assert.ok(aeStep, 'the template has an Account Executive step');
  await expectText(
    preview.getByRole('row').filter({ hasText: aeStep.title }),
    new RegExp(`${escapeRegExp(ownerName)}\\s+The opportunity’s owner`)
  );
  await stack.screenshot(page, 'template-picker');
  // One confirmation: Create saves at once, with no second preview to confirm.
  await picker.getByRole('button', { name: 'Create plan' }).click();
  await waitForCalls(page, 'savePlan', 1);
  assert.equal(await cascadePreview(page).count(), 0, 'no second preview');

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

test('it_should_give_the_technical_evaluator_steps_to_the_contact_the_admin_mapped_and_say_who_is_unassigned', async () => {
  const opportunity = stack.preview.links.noPlan;
  assert.ok(opportunity, 'the demo data has an opportunity without a plan');
  const templates = await stack.controller.getTemplates();
  const template = templates.find((t) => t.steps.some((s) => s.ownerRole === 'Technical Evaluator'));
  assert.ok(template, 'a template has Technical Evaluator steps');
  // The org names the role Technical Buyer; the package's mapping (Template_Role_Mapping__mdt) fills
  // Technical Evaluator with it. The opportunity gets exactly one Technical Buyer and no other roles.
  const roles = await stack.query(
    `SELECT Id, ContactId, Contact.Name FROM OpportunityContactRole WHERE OpportunityId = '${opportunity.id}' ORDER BY IsPrimary DESC`
  );
  const technical = roles.at(0);
  assert.ok(technical, 'the opportunity has a contact role');
  for (const role of roles.slice(1))
    await stack.controller.client.requestJson(
      'DELETE',
      `/sobjects/OpportunityContactRole/${String(role.Id)}`
    );
  await stack.controller.client.requestJson(
    'PATCH',
    `/sobjects/OpportunityContactRole/${String(technical.Id)}`,
    {
      Role: 'Technical Buyer'
    }
  );
  const contactName = String((technical.Contact as { Name?: string } | null)?.Name);
  const view = await stack.controller.getPlan({ recordId: opportunity.id });
  assert.deepEqual(
    view.roleMappings.filter((m) => m.templateRole === 'Technical Evaluator').map((m) => m.contactRole),
    ['Evaluator', 'Technical Buyer']
  );
  const evaluatorStep = template.steps.find((s) => s.ownerRole === 'Technical Evaluator');
  const unownedStep = template.steps.find(
    (s) =>
      s.ownerRole !== null && s.ownerRole !== 'Technical Evaluator' && s.ownerRole !== 'Account Executive'
  );
  assert.ok(evaluatorStep && unownedStep);

  const { page, errors } = await stack.open(opportunity.id);
  await page.getByRole('button', { name: 'Start from a template' }).click();
  await waitForCalls(page, 'getTemplates', 1);
  const picker = page.getByRole('region', { name: 'Create a plan from a template' });
  await picker.getByRole('radio', { name: new RegExp(escapeRegExp(template.name)) }).check();
  await typeDate(picker, 'Go-live date', addDays(TODAY, 150));
  const preview = picker.getByRole('table', { name: /^Preview: / });
  await expectText(
    preview.getByRole('row').filter({ hasText: evaluatorStep.title }).first(),
    new RegExp(
      `${escapeRegExp(contactName)}\\s+Contact role Technical Buyer, mapped to Technical Evaluator; joins the plan`
    )
  );
  await expectText(
    preview.getByRole('row').filter({ hasText: unownedStep.title }).first(),
    new RegExp(`Unassigned\\s+No contact has the role ${escapeRegExp(String(unownedStep.ownerRole))}`)
  );
  await expectText(picker, /steps? (is|are) unassigned/);
  await stack.screenshot(page, 'template-owner-column');
  await picker.getByRole('button', { name: 'Create plan' }).click();
  await waitForCalls(page, 'savePlan', 1);

  const [plan] = await stack.query(
    `SELECT Id FROM Mutual_Action_Plan__c WHERE Opportunity__c = '${opportunity.id}'`
  );
  assert.ok(plan, 'the plan is created');
  const evaluatorKeys = template.steps.filter((s) => s.ownerRole === 'Technical Evaluator').map((s) => s.key);
  const steps = await stack.query(
    `SELECT Name, Template_Step_Key__c, Owner__r.Contact__c, Owner__r.Role__c FROM Plan_Step__c WHERE Plan__c = '${String(plan.Id)}'`
  );
  const evaluatorSteps = steps.filter((s) => evaluatorKeys.includes(String(s.Template_Step_Key__c)));
  assert.equal(evaluatorSteps.length, evaluatorKeys.length);
  for (const step of evaluatorSteps) {
    const owner = step.Owner__r as { Contact__c?: string; Role__c?: string } | null;
    assert.equal(owner?.Contact__c, technical.ContactId, `${String(step.Name)} goes to the Technical Buyer`);
    assert.equal(owner?.Role__c, 'Technical Evaluator');
  }
  assert.deepEqual(errors, []);
});

test('it_should_ask_a_blank_plan_for_its_name_and_go_live_date_first', async () => {
  const opportunity = stack.preview.links.noPlan;
  assert.ok(opportunity);
  const { page, errors } = await stack.open(opportunity.id);
  await page.getByRole('button', { name: 'Start a blank plan' }).click();
  const form = page.getByRole('group', { name: 'Start a blank plan' });
  await form.getByRole('textbox', { name: 'Plan name' }).waitFor();
  assert.equal(await callsOf(page, 'savePlan'), 0, 'nothing is created before the rep names the plan');
  // Create without a name: refused, and said why.
  await form.getByRole('button', { name: 'Create plan' }).click();
  await expectText(form.getByRole('alert'), /Enter a name for the plan\./);
  assert.equal(await callsOf(page, 'savePlan'), 0);
  const goLive = addDays(TODAY, 75);
  await form.getByRole('textbox', { name: 'Plan name' }).fill('Pilot first, then rollout');
  await typeDate(form, 'Go-live date', goLive);
  await stack.screenshot(page, 'blank-plan-form');
  await form.getByRole('button', { name: 'Create plan' }).click();
  await waitForCalls(page, 'savePlan', 1);

  const plans = await stack.query(
    `SELECT Name, Go_Live_Date__c, Status__c FROM Mutual_Action_Plan__c WHERE Opportunity__c = '${opportunity.id}'`
  );
  assert.deepEqual(
    plans.map((p) => [p.Name, p.Go_Live_Date__c, p.Status__c]),
    [['Pilot first, then rollout', goLive, 'Draft']]
  );
  await expectText(page.getByRole('heading', { level: 2 }).first(), /Pilot first, then rollout/);
  assert.deepEqual(errors, []);
});
