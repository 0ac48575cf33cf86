import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startPreviewStack, type PreviewStack } from './browser.ts';

/** The timeline's Months view shows a plan of several months whole, its last step included. */
let stack: PreviewStack;
before(async () => {
  stack = await startPreviewStack();
});
after(() => stack.stop());

test('it_should_show_the_whole_plan_to_its_last_step_in_the_months_view_without_scrolling', async () => {
  const overdue = stack.preview.links.overdue;
  assert.ok(overdue, 'the demo data has an overdue plan');
  const { page, errors } = await stack.open(overdue.id);
  await page.getByRole('tab', { name: /^Timeline/ }).click();
  await page.getByText('Months', { exact: true }).click();
  const scroller = page.locator('c-plan-timeline .scroller');
  await scroller.waitFor();
  const fit = await scroller.evaluate((element) => {
    const e = element as unknown as { scrollWidth: number; clientWidth: number };
    return { scrollWidth: e.scrollWidth, clientWidth: e.clientWidth };
  });
  assert.ok(
    fit.scrollWidth <= fit.clientWidth,
    `no sideways scroll (${fit.scrollWidth} > ${fit.clientWidth})`
  );
  // The last row's bar or milestone lies inside the visible track.
  const box = await scroller.boundingBox();
  const last = page.locator('c-plan-timeline .row-item').last().locator('.bar, .milestone').first();
  const mark = await last.boundingBox();
  assert.ok(box && mark, 'the last step is drawn');
  assert.ok(mark.x + mark.width <= box.x + box.width, 'the last step is not cut off');
  assert.deepEqual(errors, []);
});
