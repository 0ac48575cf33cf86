import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { startPreviewStack, type PreviewStack } from './browser.ts';

/**
 * Printing the record page's plan gives every step: rows far from the screen are skipped by
 * content-visibility on screen (cheap long plans) but drawn in print.
 */
let stack: PreviewStack;
before(async () => {
  stack = await startPreviewStack();
});
after(() => stack.stop());

/** How many step rows the browser would skip drawing (content-visibility), and how many there are. */
function skippedRows(page: Page): Promise<{ rows: number; skipped: number }> {
  // A row with content-visibility: auto stays; what it skips is its content (its cells).
  return page.locator('c-plan-step-list tr[data-step-id] > :first-child').evaluateAll((cells) => ({
    rows: cells.length,
    skipped: cells.filter(
      (cell) =>
        !(cell as unknown as { checkVisibility(o: unknown): boolean }).checkVisibility({
          contentVisibilityAuto: true
        })
    ).length
  }));
}

test('it_should_draw_every_step_row_when_the_plan_is_printed', async () => {
  const overdue = stack.preview.links.overdue;
  assert.ok(overdue, 'the demo data has an overdue plan');
  const { page, errors } = await stack.open(overdue.id);
  await page.locator('c-plan-step-list tr[data-step-id]').first().waitFor();
  const onScreen = await skippedRows(page);
  assert.ok(onScreen.rows >= 15, `a plan longer than the screen (${onScreen.rows} rows)`);
  assert.ok(
    onScreen.skipped > 0,
    'on screen, rows far below are skipped (the cheap path the print must undo)'
  );
  await page.emulateMedia({ media: 'print' });
  const printed = await skippedRows(page);
  assert.equal(printed.skipped, 0, 'in print every row is drawn');
  assert.equal(printed.rows, onScreen.rows);
  await page.pdf({ path: `${process.cwd()}/artifacts/browser/plan-print.pdf` });
  assert.deepEqual(errors, []);
});
