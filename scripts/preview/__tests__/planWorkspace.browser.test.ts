import assert from 'node:assert/strict';
import { afterEach, beforeEach, test } from 'node:test';
import type { PlanView, StepDto } from '../../../force-app/main/default/lwc/planContract/planContract.ts';
import { addDays, daysBetween, proposeChange } from '../../planEngine.ts';
import { toEngineSteps } from '../../../force-app/main/default/lwc/planViewModel/engineInputs.ts';
import { startPreviewStack, type PreviewStack } from './browser.ts';
import { TODAY } from './demoOrg.ts';
import {
  apexCalls,
  callsOf,
  cascadePreview,
  chooseOption,
  escapeRegExp,
  expectText,
  healthSummary,
  saveWithConfirmation,
  shownDate,
  stepRow,
  typeDate,
  waitForCalls
} from './planPage.ts';

let stack: PreviewStack;
beforeEach(async () => {
  stack = await startPreviewStack();
});
afterEach(() => stack.stop());

const isOpen = (s: StepDto) => s.status !== 'Done' && s.status !== 'Skipped';
const daysLate = (s: StepDto) =>
  s.dueDate && isOpen(s) && s.dueDate < TODAY ? daysBetween(s.dueDate, TODAY) : 0;

async function viewOf(recordId: string): Promise<PlanView> {
  return stack.controller.getPlan({ recordId });
}

test('it_should_open_a_demo_opportunity_from_the_index_of_the_preview', async () => {
  const opportunity = stack.preview.links.overdue;
  assert.ok(opportunity);
  const page = await stack.browser.newPage();
  await page.goto(`${stack.preview.server.url}/`);
  const featured = page.getByRole('list', { name: 'Demo opportunities' });
  await featured.getByRole('link', { name: opportunity.name }).click();
  await page.waitForURL(`**/?recordId=${opportunity.id}`);
  await healthSummary(page).waitFor();
  await expectText(page.getByRole('article').first(), new RegExp(escapeRegExp(opportunity.name)));
  assert.equal(await callsOf(page, 'getPlan'), 1);
});

test('it_should_show_overdue_flags_with_days_late_and_the_health_reasons_after_one_apex_call', async () => {
  const opportunity = stack.preview.links.overdue;
  assert.ok(opportunity, 'the demo data has an opportunity with overdue steps');
  const view = await viewOf(opportunity.id);
  const overdue = view.steps.filter((s) => daysLate(s) > 0);
  const longest = Math.max(...overdue.map(daysLate));
  assert.ok(overdue.length >= 2);

  const { page, errors } = await stack.open(opportunity.id);
  const health = healthSummary(page);
  await health.waitFor();
  await expectText(health, /Off Track|At Risk/);
  const reasons = health.getByRole('listitem');
  await expectText(
    reasons.filter({ hasText: 'overdue' }),
    new RegExp(`${overdue.length} steps overdue.*longest by ${longest} days`)
  );
  for (const step of overdue) {
    await expectText(stepRow(page, step.title), new RegExp(`Overdue, ${daysLate(step)} days late`));
  }
  const onTime = view.steps.find((s) => isOpen(s) && s.dueDate && s.dueDate >= TODAY);
  if (onTime) assert.doesNotMatch(await stepRow(page, onTime.title).innerText(), /Overdue/);
  assert.deepEqual(await apexCalls(page), { total: 1, byMethod: { 'PlanController.getPlan': 1 } });
  await stack.screenshot(page, 'overdue-plan');
  assert.deepEqual(errors, []);
});

test('it_should_complete_a_step_with_todays_date_in_one_save', async () => {
  const opportunity = stack.preview.links.overdue;
  assert.ok(opportunity);
  const view = await viewOf(opportunity.id);
  // An overdue step nothing open depends on: completing it reaches no other step.
  const step = view.steps.find(
    (s) => daysLate(s) > 0 && !view.steps.some((d) => d.dependsOnId === s.id && isOpen(d))
  );
  assert.ok(step?.id);
  const { page, errors } = await stack.open(opportunity.id);
  const row = stepRow(page, step.title);
  await expectText(row, /Overdue/);

  await chooseOption(row, `Status of “${step.title}”`, 'Done');
  await saveWithConfirmation(page, 0);
  const saved = (
    await stack.query(`SELECT Status__c, Completed_Date__c FROM Plan_Step__c WHERE Id = '${step.id}'`)
  ).at(0);
  assert.equal(saved?.Status__c, 'Done');
  assert.equal(saved.Completed_Date__c, TODAY);
  await expectText(row, /Overdue/, { absent: true });
  assert.equal(await callsOf(page, 'savePlan'), 1);
  await stack.screenshot(page, 'step-completed');
  assert.deepEqual(errors, []);
});

test('it_should_preview_the_cascade_of_a_moved_date_before_saving_and_persist_it_after', async () => {
  const opportunity = stack.preview.links.healthy;
  assert.ok(opportunity, 'the demo data has an opportunity with a healthy plan');
  const view = await viewOf(opportunity.id);
  // An open step with an open dependent, moved two weeks later: the dependent moves with it.
  let moved: StepDto | undefined;
  let proposal: ReturnType<typeof proposeChange> | undefined;
  for (const step of view.steps.filter((s) => isOpen(s) && s.dueDate && s.dueDate >= TODAY)) {
    const candidate = proposeChange(
      toEngineSteps(view),
      { kind: 'move', stepId: String(step.id), dueDate: addDays(String(step.dueDate), 14) },
      TODAY
    );
    if (candidate.changes.filter((c) => c.field === 'dueDate').length >= 2) {
      moved = step;
      proposal = candidate;
      break;
    }
  }
  assert.ok(moved?.id && moved.dueDate && proposal, 'a step whose move reaches a dependent');
  const newDate = addDays(moved.dueDate, 14);
  const dateChanges = proposal.changes.filter((c) => c.field === 'dueDate');
  const titleOf = (id: string) => view.steps.find((s) => s.id === id)?.title ?? id;

  const { page, errors } = await stack.open(opportunity.id);
  await stepRow(page, moved.title).waitFor();
  await typeDate(page, `Due date of “${moved.title}”`, newDate);

  const preview = cascadePreview(page);
  await expectText(preview, new RegExp(`Dependent steps that move with it: ${dateChanges.length - 1}`));
  const previewText = await preview.innerText();
  for (const change of dateChanges)
    assert.ok(previewText.includes(titleOf(change.stepId)), `${titleOf(change.stepId)} in the preview`);
  // Nothing is saved before the rep confirms.
  assert.equal(await callsOf(page, 'savePlan'), 0);
  const before = (await stack.query(`SELECT Due_Date__c FROM Plan_Step__c WHERE Id = '${moved.id}'`)).at(0);
  assert.equal(before?.Due_Date__c, moved.dueDate);
  await stack.screenshot(page, 'cascade-preview');

  await preview.getByRole('button', { name: /save/i }).click();
  await waitForCalls(page, 'savePlan', 1);
  await preview.waitFor({ state: 'detached' });
  const ids = dateChanges.map((c) => `'${c.stepId}'`).join(', ');
  const rows = await stack.query(`SELECT Id, Due_Date__c FROM Plan_Step__c WHERE Id IN (${ids})`);
  const persisted = new Map(rows.map((r) => [String(r.Id), r.Due_Date__c]));
  for (const change of dateChanges)
    assert.equal(persisted.get(change.stepId), change.to, titleOf(change.stepId));
  assert.equal(persisted.get(moved.id), newDate);
  assert.equal(await callsOf(page, 'savePlan'), 1);
  await stack.screenshot(page, 'cascade-saved');
  // Opened again, the page reads the saved dates back from the org.
  await page.reload();
  // The row shows the saved date on the button that opens its date field.
  await page
    .getByRole('button', { name: `Due date of “${moved.title}”: ${shownDate(newDate)}`, exact: true })
    .waitFor();
  assert.deepEqual(await apexCalls(page), { total: 1, byMethod: { 'PlanController.getPlan': 1 } });
  assert.deepEqual(errors, []);
});

test('it_should_edit_the_last_step_from_its_actions_menu_and_move_a_step_down', async () => {
  const opportunity = stack.preview.links.overdue;
  assert.ok(opportunity);
  const view = await viewOf(opportunity.id);
  // The last row of the list: far below the first screen, drawn only when it comes near.
  const last = view.steps.at(-1);
  assert.ok(last?.id);
  const { page, errors } = await stack.open(opportunity.id);

  const row = stepRow(page, last.title);
  await row.getByRole('button', { name: `Actions for “${last.title}”`, exact: true }).click();
  const menu = row.getByRole('menu', { name: `Actions for “${last.title}”` });
  assert.deepEqual(await menu.getByRole('menuitem').allTextContents(), [
    'Edit',
    'Move up',
    'Move down',
    'Delete'
  ]);
  assert.equal(await menu.getByRole('menuitem', { name: 'Move down' }).getAttribute('aria-disabled'), 'true');
  // The last row's menu opens upward: below, the list's scroll area would cut it off.
  const area = await page.locator('[data-id="steps-area"]').boundingBox();
  const menuBox = await menu.boundingBox();
  assert.ok(area && menuBox);
  assert.ok(menuBox.y + menuBox.height <= area.y + area.height, 'the whole menu is inside the list');
  await stack.screenshot(page, 'row-actions-menu');
  await menu.getByRole('menuitem', { name: 'Edit' }).click();
  const editor = page.getByRole('dialog');
  await editor.getByRole('textbox', { name: 'Deliverable' }).fill('Signed order form (PDF)');
  await editor.getByRole('button', { name: 'Save step' }).click();
  await saveWithConfirmation(page, 0);
  const saved = (await stack.query(`SELECT Deliverable__c FROM Plan_Step__c WHERE Id = '${last.id}'`)).at(0);
  assert.equal(saved?.Deliverable__c, 'Signed order form (PDF)');
  await expectText(row, /Deliverable: Signed order form \(PDF\)/);

  // Move down: the first step of the first group swaps its place with the next one.
  const ids: string[] = await page
    .locator('tbody[data-group]')
    .first()
    .locator('tr[data-step-id]')
    .evaluateAll((rows: unknown[]) =>
      rows.map((r) => (r as { getAttribute(name: string): string | null }).getAttribute('data-step-id') ?? '')
    );
  const [firstId, secondId] = ids;
  assert.ok(firstId && secondId, 'the first group has two steps');
  const first = page.locator(`tr[data-step-id="${firstId}"]`);
  await first.getByRole('button', { name: /^Actions for/ }).click();
  await first.getByRole('menuitem', { name: 'Move down' }).click();
  await saveWithConfirmation(page, 1);
  const orders = await stack.query(
    `SELECT Id, Sort_Order__c FROM Plan_Step__c WHERE Id IN ('${firstId}', '${secondId}')`
  );
  const orderOf = (id: string) => Number(orders.find((o) => o.Id === id)?.Sort_Order__c);
  assert.ok(orderOf(firstId) > orderOf(secondId), 'the first step now comes after the second');
  await expectText(
    page.locator('tbody[data-group]').first().locator('tr[data-step-id]').first(),
    new RegExp(escapeRegExp(view.steps.find((s) => s.id === secondId)?.title ?? '?'))
  );
  assert.equal(await callsOf(page, 'savePlan'), 2);
  assert.deepEqual(errors, []);
});
