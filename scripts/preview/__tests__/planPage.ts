import assert from 'node:assert/strict';
import type { Locator, Page } from 'playwright-core';
import { callsOf } from '../pageApexCalls.ts';

/**
 * How the browser tests read and drive the plan workspace: through roles and accessible names
 * (labels the components give their fields and buttons), the way a rep using a screen reader
 * would, and the page's Apex call counter (../pageApexCalls.ts).
 */
export { apexCalls, callsOf, waitForCalls } from '../pageApexCalls.ts';
/** A date as the date fields show and accept it in the preview's locale (en-US): "Dec 20, 2026". */
export function shownDate(iso: string): string {
  return new Intl.DateTimeFormat('en-US', {
    month: 'short',
    day: 'numeric',
    year: 'numeric',
    timeZone: 'UTC'
  }).format(new Date(`${iso}T00:00:00Z`));
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Polls a locator's text until it matches, or (`absent`) until it no longer does; playwright-core has no expect. */
export async function expectText(
  locator: Locator,
  pattern: RegExp,
  options: { timeout?: number; absent?: boolean } = {}
): Promise<string> {
  const deadline = Date.now() + (options.timeout ?? 10_000);
  let last = '';
  for (;;) {
    last = (await locator.count()) ? await locator.first().innerText() : '';
    if (pattern.test(last) !== (options.absent ?? false)) return last;
    if (Date.now() > deadline)
      assert.fail(
        `Expected text ${options.absent ? 'without' : 'matching'} ${String(pattern)}, saw: ${JSON.stringify(last)}`
      );
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export function healthSummary(page: Page): Locator {
  return page.getByRole('region', { name: 'Plan health' });
}

/** The step list's row for a step, found by its exact title. */
export function stepRow(page: Page, title: string): Locator {
  return page
    .getByRole('table', { name: 'Plan steps' })
    .getByRole('row')
    .filter({ has: page.getByText(title, { exact: true }) });
}

/**
 * A field found by its role and label. A step row shows its status and due date on a button named
 * after the field and its value ("Status of “X”: Not Started") that opens the field: clicked first.
 */
async function openedField(
  scope: Page | Locator,
  role: 'combobox' | 'textbox',
  label: string
): Promise<Locator> {
  const field = scope.getByRole(role, { name: label, exact: true });
  if ((await field.count()) === 0) {
    await scope.getByRole('button', { name: new RegExp(`^${escapeRegExp(label)}: `) }).click();
  }
  return field;
}

/** Picks an option of a combobox found by its label: a native select, or a lightning-combobox. */
export async function chooseOption(scope: Page | Locator, label: string, option: string): Promise<void> {
  const field = await openedField(scope, 'combobox', label);
  if (await field.evaluate((element: unknown) => (element as { tagName?: string }).tagName === 'SELECT')) {
    await field.selectOption({ label: option });
    return;
  }
  await field.click();
  await scope.getByRole('option', { name: option, exact: true }).click();
}

/**
 * Enters a date into a date field found by its label and confirms it: a native date input (a step
 * row's due date) takes the ISO date and Enter (Tab there moves between month, day and year), a
 * lightning-input the date as shown ("Dec 20, 2026") and Tab.
 */
export async function typeDate(scope: Page | Locator, label: string, iso: string): Promise<void> {
  const field = await openedField(scope, 'textbox', label);
  const native = await field.evaluate((element: unknown) => (element as { type?: string }).type === 'date');
  await field.fill(native ? iso : shownDate(iso));
  await field.press(native ? 'Enter' : 'Tab');
}

/** The preview the workspace shows before saving a change that reaches other steps. */
export function cascadePreview(page: Page): Locator {
  return page.getByRole('region').filter({ hasText: 'Dependent steps that move with it' });
}

/**
 * Waits for the save a rep's action starts: at once, or after the rep confirms the preview the
 * workspace shows first (a change that reaches other rows, or has warnings).
 */
export async function saveWithConfirmation(page: Page, savesBefore: number, timeout = 10_000): Promise<void> {
  const deadline = Date.now() + timeout;
  const confirm = page.getByRole('button', { name: 'Save', exact: true });
  while ((await callsOf(page, 'savePlan')) <= savesBefore) {
    if (Date.now() > deadline) assert.fail('No savePlan call: the change was never saved.');
    if (await confirm.isVisible()) await confirm.click();
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
