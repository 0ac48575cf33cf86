import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import type { PlanView, StepDto } from '../../../force-app/main/default/lwc/planContract/planContract.ts';
import { toEngineSteps } from '../../../force-app/main/default/lwc/planViewModel/engineInputs.ts';
import { addDays, proposeChange } from '../../planEngine.ts';
import { startPreviewStack, type PreviewStack } from './browser.ts';
import { TODAY } from './demoOrg.ts';
import { callsOf, waitForCalls } from './planPage.ts';

/**
 * Keeping the rep's place (issue 14, part 2), with the keyboard only: after an inline save, a cascade
 * preview's Save or Cancel, a dialog or panel closing, or a move, the focus is back on the control the
 * rep used (or, when it is gone, the nearest one that stands for it) and the page has not scrolled.
 * Nothing is clicked: the tests put the focus on a starting control and press keys from there.
 */

let stack: PreviewStack;
before(async () => {
  stack = await startPreviewStack();
});
after(() => stack.stop());

/** The focused control as seen through the shadow roots: the component hosts it sits in and itself. */
interface Focused {
  /** The custom elements of the plan (c-…) from the outermost in. */
  hosts: string[];
  /** The control: the innermost element, or the base component (lightning-…) that holds it. */
  tag: string;
  action: string | null;
  dataId: string | null;
  classes: string[];
  /** The step of the row the control is in (data-step-id), if any. */
  stepId: string | null;
  /** The data-id of the component host the control is in (a stakeholder card's key). */
  hostKey: string | null;
  name: string;
}

/** The little of the page's DOM the code run in the page reads (scripts/ compile without the DOM's types). */
interface DomElement {
  tagName: string;
  shadowRoot: { activeElement: DomElement | null } | null;
  textContent: string | null;
  classList: Iterable<string>;
  getAttribute(name: string): string | null;
  closest(selector: string): DomElement | null;
  getBoundingClientRect(): { top: number };
  scrollIntoView(options: { block: 'center' }): void;
}

interface DomWindow {
  scrollY: number;
  document: {
    activeElement: DomElement | null;
    body: DomElement;
    querySelector(selector: string): DomElement | null;
  };
}

async function focused(page: Page): Promise<Focused | null> {
  return page.evaluate(() => {
    // (No named functions in the code run in the page: it has no helper for their names.)
    const { document } = globalThis as unknown as DomWindow;
    const levels: DomElement[] = [];
    let current = document.activeElement;
    while (current && current !== document.body) {
      levels.push(current);
      if (current.tagName.toLowerCase().startsWith('lightning-')) break;
      current = current.shadowRoot?.activeElement ?? null;
    }
    const control = levels.at(-1);
    if (!control) return null;
    const hosts = levels.slice(0, -1).map((element) => element.tagName.toLowerCase());
    const host = levels.at(-2);
    // A base component's name is its label (or alternative text) property.
    const properties = control as unknown as { label?: unknown; alternativeText?: unknown };
    const label = [
      control.getAttribute('aria-label'),
      properties.label,
      properties.alternativeText,
      control.textContent
    ].find((text): text is string => typeof text === 'string' && text.trim() !== '');
    return {
      hosts,
      tag: control.tagName.toLowerCase(),
      action: control.getAttribute('data-action'),
      dataId: control.getAttribute('data-id'),
      classes: Array.from(control.classList),
      stepId: control.closest('[data-step-id]')?.getAttribute('data-step-id') ?? null,
      hostKey: host?.getAttribute('data-id') ?? null,
      name: (label ?? '').trim().replace(/\s+/g, ' ')
    };
  });
}

/** Waits (the page re-renders after a save) until the focus is on the control the test expects. */
async function expectFocus(
  page: Page,
  what: string,
  matches: (control: Focused) => boolean,
  timeout = 4000
): Promise<Focused> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const control = await focused(page);
    if (control && matches(control)) return control;
    if (Date.now() > deadline)
      assert.fail(`Expected the focus on ${what}, it is on ${JSON.stringify(control)}`);
    await pause(100);
  }
}

/** Presses Tab (or Shift+Tab) until the focus reaches the control; fails after `max` presses. */
async function tabTo(
  page: Page,
  what: string,
  matches: (control: Focused) => boolean,
  { backwards = false, max = 60 } = {}
): Promise<void> {
  for (let i = 0; i < max; i += 1) {
    const control = await focused(page);
    if (control && matches(control)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  assert.fail(`Tab never reached ${what}; the focus is on ${JSON.stringify(await focused(page))}`);
}

/**
 * Waits for the save a key started: at once, or after the rep confirms the cascade preview the
 * workspace shows first (Tab to its Save, Enter), with the keyboard.
 */
async function saveByKeyboard(page: Page, savesBefore: number): Promise<void> {
  const deadline = Date.now() + 10_000;
  const preview = page.locator('c-plan-cascade-preview [data-id="preview"]');
  while ((await callsOf(page, 'savePlan')) <= savesBefore) {
    if (Date.now() > deadline) assert.fail('No savePlan call: the change was never saved.');
    if ((await preview.count()) > 0) {
      await tabTo(page, 'the preview’s Save', (c) => c.dataId === 'confirm');
      await page.keyboard.press('Enter');
      await waitForCalls(page, 'savePlan', savesBefore + 1);
      break;
    }
    await pause(100);
  }
  await settled(page);
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Where the rep is: the page's scroll, and how far below the top of the workspace the part of it
 * that holds the focus starts (the step list, the header…: the workspace's child with the focus).
 */
interface Place {
  scrollY: number;
  above: number;
}

async function place(page: Page): Promise<Place> {
  return page.evaluate(() => {
    const view = globalThis as unknown as DomWindow;
    const workspace = view.document.querySelector('c-plan-workspace');
    const holder = workspace?.shadowRoot?.activeElement;
    const holderTop = holder?.getBoundingClientRect().top ?? Number.NaN;
    const workspaceTop = workspace?.getBoundingClientRect().top ?? Number.NaN;
    return { scrollY: view.scrollY, above: holderTop - workspaceTop };
  });
}

/** The page has settled after a save: no save running (the spinner gone). */
async function settled(page: Page): Promise<void> {
  await page.locator('c-plan-workspace lightning-spinner').waitFor({ state: 'detached', timeout: 10_000 });
}

/**
 * The page has not scrolled (±4 px) but by as much as the plan above the focused part grew or shrank
 * with the save (the health summary's reasons): what the rep was looking at is where it was.
 */
async function assertScrollKept(page: Page, start: Place): Promise<void> {
  // Give a late scroll (a focus() that scrolls, a re-render) the time to happen before reading.
  await pause(300);
  const now = await place(page);
  const expected = start.scrollY + (now.above - start.above);
  assert.ok(
    Math.abs(now.scrollY - expected) <= 4,
    `the page scrolled from ${JSON.stringify(start)} to ${JSON.stringify(now)}`
  );
}

/** Opens a record in a short window (so the page scrolls) and waits for the plan. */
async function openPlan(recordId: string): Promise<{ page: Page; errors: string[] }> {
  const opened = await stack.open(recordId);
  await opened.page.setViewportSize({ width: 1400, height: 640 });
  // The preview's frame writes a line above the page after a save (what Salesforce's other
  // components would refresh): its line is kept from the start, so the frame does not move the page.
  await opened.page.addStyleTag({ content: '#record-updates:empty::before { content: "\\200b"; }' });
  await opened.page.locator('c-plan-workspace c-plan-health-summary').waitFor();
  return opened;
}

/**
 * Puts the focus on a starting control and brings it to the middle of the window, as a rep who
 * scrolled down to it would have it; returns the page's scroll position then.
 */
async function startAt(page: Page, control: Locator): Promise<Place> {
  await control.focus();
  await control.evaluate((element) => (element as unknown as DomElement).scrollIntoView({ block: 'center' }));
  return place(page);
}

function rowControl(page: Page, step: StepDto, action: string): Locator {
  return page.locator(
    `c-plan-step-list tr[data-step-id="${String(step.id)}"] button[data-action="${action}"]`
  );
}

const isOpen = (step: StepDto): boolean => step.status !== 'Done' && step.status !== 'Skipped';

async function viewOf(recordId: string): Promise<PlanView> {
  return stack.controller.getPlan({ recordId });
}

/** An open, dated step of the plan whose due date one month later moves other steps with it. */
function cascadingStep(view: PlanView, skip: readonly string[] = []): StepDto {
  const step = view.steps.find((candidate) => {
    if (!isOpen(candidate) || !candidate.dueDate || candidate.dueDate < TODAY) return false;
    if (skip.includes(String(candidate.id))) return false;
    const proposal = proposeChange(
      toEngineSteps(view),
      { kind: 'move', stepId: String(candidate.id), dueDate: addDays(candidate.dueDate, 31) },
      TODAY
    );
    return proposal.changes.filter((change) => change.field === 'dueDate').length >= 2;
  });
  assert.ok(step, 'a step whose move reaches a dependent step');
  return step;
}

/** The opportunities of the demo data with an Active plan, the overdue and healthy ones aside. */
function activePlans(): string[] {
  const links = stack.preview.links;
  return links.open
    .filter((o) => o.planStatus === 'Active' && o.id !== links.overdue?.id && o.id !== links.healthy?.id)
    .map((o) => o.id);
}

test('it_should_keep_the_focus_on_a_rows_status_and_the_scroll_after_an_inline_status_save', async () => {
  const opportunity = stack.preview.links.overdue;
  assert.ok(opportunity);
  const view = await viewOf(opportunity.id);
  // A step well down the list whose status is Not Started: the next status saves without a preview.
  const step = view.steps.filter((s) => s.status === 'Not Started').at(4);
  assert.ok(step?.id);
  const { page, errors } = await openPlan(opportunity.id);
  const start = await startAt(page, rowControl(page, step, 'status'));
  assert.ok(start.scrollY > 200, `the row is well down the page (scrollY ${start.scrollY})`);

  await page.keyboard.press('Enter');
  await expectFocus(page, 'the status field', (c) => c.tag === 'select' && c.stepId === step.id);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await waitForCalls(page, 'savePlan', 1);
  await settled(page);

  await expectFocus(
    page,
    `the status button of “${step.title}”`,
    (c) => c.hosts.includes('c-plan-step-list') && c.action === 'status' && c.stepId === step.id
  );
  await assertScrollKept(page, start);
  assert.deepEqual(errors, []);
  await page.close();
});

test('it_should_return_to_the_rows_due_date_after_the_cascade_previews_save_and_cancel', async () => {
  const opportunity = stack.preview.links.healthy;
  assert.ok(opportunity);
  const view = await viewOf(opportunity.id);
  const cancelled = cascadingStep(view);
  const { page, errors } = await openPlan(opportunity.id);
  const onDate = (step: StepDto) => (c: Focused) =>
    c.hosts.includes('c-plan-step-list') && c.action === 'date' && c.stepId === step.id;

  // Cancel (Escape): nothing saved, the rep is back on the date they were changing.
  let start = await startAt(page, rowControl(page, cancelled, 'date'));
  await page.keyboard.press('Enter');
  await expectFocus(page, 'the date field', (c) => c.tag === 'input' && c.stepId === cancelled.id);
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await expectFocus(page, 'the cascade preview', (c) => c.hosts.includes('c-plan-cascade-preview'));
  await page.keyboard.press('Escape');
  await expectFocus(page, `the due date of “${cancelled.title}”`, onDate(cancelled));
  await assertScrollKept(page, start);
  assert.equal(await callsOf(page, 'savePlan'), 0);

  // Save: Tab to the preview's Save, Enter.
  const saved = cascadingStep(view, [String(cancelled.id)]);
  start = await startAt(page, rowControl(page, saved, 'date'));
  await page.keyboard.press('Enter');
  await expectFocus(page, 'the date field', (c) => c.tag === 'input' && c.stepId === saved.id);
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await expectFocus(page, 'the cascade preview', (c) => c.hosts.includes('c-plan-cascade-preview'));
  await tabTo(page, 'the preview’s Save', (c) => c.dataId === 'confirm');
  await page.keyboard.press('Enter');
  await waitForCalls(page, 'savePlan', 1);
  await settled(page);
  await expectFocus(page, `the due date of “${saved.title}”`, onDate(saved));
  await assertScrollKept(page, start);
  assert.deepEqual(errors, []);
  await page.close();
});

test('it_should_return_to_the_rows_actions_after_the_step_editor_closes_and_after_a_move', async () => {
  const opportunity = stack.preview.links.overdue;
  assert.ok(opportunity);
  const view = await viewOf(opportunity.id);
  // The first step of a later phase with several steps: Move down is offered.
  const byPhase = new Map<string | null, StepDto[]>();
  for (const s of view.steps) byPhase.set(s.phase, [...(byPhase.get(s.phase) ?? []), s]);
  const step = [...byPhase.values()]
    .filter((steps) => steps.length >= 2)
    .at(1)
    ?.at(0);
  assert.ok(step?.id);
  const { page, errors } = await openPlan(opportunity.id);
  const onActions = (c: Focused) =>
    c.hosts.includes('c-plan-step-list') && c.action === 'menu' && c.stepId === step.id;

  // The editor opened from the row's Actions menu, closed with Escape. The place is read with the
  // menu open: the browser scrolls a menu item that opens below the window into view.
  await startAt(page, rowControl(page, step, 'menu'));
  await page.keyboard.press('ArrowDown');
  await expectFocus(page, 'the menu’s Edit', (c) => c.name === 'Edit');
  let start = await place(page);
  await page.keyboard.press('Enter');
  await expectFocus(page, 'the step editor', (c) => c.hosts.includes('c-plan-step-editor'));
  await page.keyboard.press('Escape');
  await expectFocus(page, `the Actions button of “${step.title}”`, onActions);
  await assertScrollKept(page, start);

  // Opened again, a new deliverable typed and saved with the editor's Save step.
  await page.keyboard.press('ArrowDown');
  await expectFocus(page, 'the menu’s Edit', (c) => c.name === 'Edit');
  start = await place(page);
  await page.keyboard.press('Enter');
  await expectFocus(page, 'the step editor', (c) => c.hosts.includes('c-plan-step-editor'));
  await tabTo(page, 'the Deliverable field', (c) => c.name.startsWith('Deliverable'));
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('Signed pilot agreement');
  await tabTo(page, 'Save step', (c) => c.dataId === 'save');
  await page.keyboard.press('Enter');
  await saveByKeyboard(page, 0);
  await expectFocus(page, `the Actions button of “${step.title}”`, onActions);
  await assertScrollKept(page, start);

  // Move down from the menu: the row changes place, the focus goes with it.
  await page.keyboard.press('ArrowDown');
  await expectFocus(page, 'the menu’s Edit', (c) => c.name === 'Edit');
  for (let i = 0; i < 3 && (await focused(page))?.name !== 'Move down'; i += 1) {
    await page.keyboard.press('ArrowDown');
  }
  await expectFocus(page, 'the menu’s Move down', (c) => c.name === 'Move down');
  start = await place(page);
  await page.keyboard.press('Enter');
  await waitForCalls(page, 'savePlan', 2);
  await settled(page);
  await expectFocus(page, `the Actions button of “${step.title}”, moved down`, onActions);
  await assertScrollKept(page, start);
  assert.deepEqual(errors, []);
  await page.close();
});

test('it_should_return_to_the_template_button_when_the_template_picker_is_cancelled', async () => {
  const [recordId] = activePlans();
  assert.ok(recordId);
  const { page, errors } = await openPlan(recordId);
  const opener = (c: Focused) => c.dataId === 'open-templates';
  const start = await startAt(page, page.locator('c-plan-workspace button[data-id="open-templates"]'));
  await page.keyboard.press('Enter');
  await page.locator('c-plan-template-picker').waitFor();
  await tabTo(
    page,
    'the picker’s Cancel',
    (c) => c.hosts.includes('c-plan-template-picker') && c.classes.includes('cancel')
  );
  await page.keyboard.press('Enter');
  await page.locator('c-plan-template-picker').waitFor({ state: 'detached' });
  await expectFocus(page, 'Add steps from a template', opener);
  await assertScrollKept(page, start);
  assert.deepEqual(errors, []);
  await page.close();
});

test('it_should_return_to_a_persons_edit_button_after_the_stakeholder_panel_saves', async () => {
  const recordId = activePlans().at(1);
  assert.ok(recordId);
  const view = await viewOf(recordId);
  const person = view.stakeholders.find((s) => s.side === 'Buyer');
  assert.ok(person?.id);
  const { page, errors } = await openPlan(recordId);
  // The Stakeholders tab, chosen with the arrow keys on the tab list.
  await page.locator('c-plan-tabs [role="tab"][aria-selected="true"]').focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.locator('c-plan-stakeholder-map').waitFor();
  const onEdit = (c: Focused) =>
    c.hosts.includes('c-plan-stakeholder-card') && c.hostKey === person.id && c.classes.includes('edit');
  const edit = page.locator(
    `c-plan-stakeholder-card[data-id="${person.id}"] lightning-button-icon.edit button`
  );
  const start = await startAt(page, edit);
  await expectFocus(page, `Edit ${person.name}`, onEdit);

  await page.keyboard.press('Enter');
  await expectFocus(page, 'the panel', (c) => c.hosts.includes('c-plan-stakeholder-form'));
  await tabTo(page, 'Can veto the deal', (c) => c.name === 'Can veto the deal' || c.dataId === 'canVeto');
  await page.keyboard.press('Space');
  await tabTo(page, 'the panel’s Save', (c) => c.classes.includes('submit'));
  await page.keyboard.press('Enter');
  await waitForCalls(page, 'savePlan', 1);
  await settled(page);
  await expectFocus(page, `Edit ${person.name}`, onEdit);
  await assertScrollKept(page, start);
  assert.deepEqual(errors, []);
  await page.close();
});

test('it_should_return_to_the_plan_status_actions_after_abandon_is_cancelled_or_saved_and_after_complete', async () => {
  const [abandoned, completed] = activePlans().slice(2);
  assert.ok(abandoned && completed);
  const inHeader = (c: Focused) => c.hosts.includes('c-plan-header');
  const action = (name: string) => (c: Focused) => inHeader(c) && c.action === name;

  // Abandon opens the reason; Keep the plan closes it: back on Abandon.
  let { page, errors } = await openPlan(abandoned);
  let start = await startAt(
    page,
    page.locator('c-plan-header lightning-button[data-action="abandon"] button')
  );
  await page.keyboard.press('Enter');
  await expectFocus(page, 'the reason', (c) => c.dataId === 'abandon-reason');
  await tabTo(page, 'Keep the plan', (c) => c.classes.includes('abandon-cancel'));
  await page.keyboard.press('Enter');
  await expectFocus(page, 'Abandon', action('abandon'));
  await assertScrollKept(page, start);

  // Abandoned with a reason: Abandon is gone, the focus is on the plan's status actions (Reopen).
  await page.keyboard.press('Enter');
  await expectFocus(page, 'the reason', (c) => c.dataId === 'abandon-reason');
  await page.keyboard.type('The buyer froze the budget');
  await tabTo(page, 'Abandon plan', (c) => c.classes.includes('abandon-confirm'));
  await page.keyboard.press('Enter');
  await saveByKeyboard(page, 0);
  await expectFocus(page, 'the plan status actions', (c) => inHeader(c) && c.action !== null);
  await assertScrollKept(page, start);
  assert.deepEqual(errors, []);
  await page.close();

  // Complete: a lifecycle move saved at once; the focus stays with the status actions.
  ({ page, errors } = await openPlan(completed));
  start = await startAt(page, page.locator('c-plan-header lightning-button[data-action="complete"] button'));
  await page.keyboard.press('Enter');
  await saveByKeyboard(page, 0);
  await expectFocus(page, 'the plan status actions', (c) => inHeader(c) && c.action !== null);
  await assertScrollKept(page, start);
  assert.deepEqual(errors, []);
  await page.close();
});
