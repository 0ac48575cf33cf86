import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import type { StepDto } from '../../../force-app/main/default/lwc/planContract/planContract.ts';
import { startPreviewStack, type PreviewStack } from './browser.ts';
import { cascadePreview, escapeRegExp, expectText, shownDate, stepRow, typeDate } from './planPage.ts';

/**
 * The record page in a narrow region (a record page's side column; the preview's `?region=narrow`
 * is 420 px wide and says SMALL through flexipageRegionWidth, as App Builder does): each step is one
 * compact entry with its details on demand, the page stays within 1.5 times its wide height, and a
 * title cut short anywhere (list, timeline, stakeholder map, cascade preview) can still be read whole.
 */
let stack: PreviewStack;
/** The overdue demo plan, one of its steps given a long title (78 characters; the field holds 80). */
let recordId: string;
let longStep: StepDto;
const LONG_TITLE = 'Security, privacy and IT review the hosting, data flows and every subprocessor';

before(async () => {
  stack = await startPreviewStack();
  const overdue = stack.preview.links.overdue;
  assert.ok(overdue, 'the demo data has an overdue plan');
  recordId = overdue.id;
  const view = await stack.controller.getPlan({ recordId });
  // An open, owned, dated step that other steps wait on: its date change opens the cascade preview.
  const waitedOn = new Set(view.steps.map((s) => s.dependsOnId).filter((id) => id !== null));
  const step = view.steps.find(
    (s) => s.status !== 'Done' && s.ownerId !== null && s.dueDate !== null && waitedOn.has(s.id ?? '')
  );
  assert.ok(step?.id, 'the plan has an open, owned step that others wait on');
  assert.ok(LONG_TITLE.length <= 80);
  stack.org.store.update('Plan_Step__c', step.id, { Name: LONG_TITLE });
  longStep = { ...step, title: LONG_TITLE };
});
after(() => stack.stop());

/** The plan's page, wide (a 1400 px window) or in the preview's narrow region. */
async function openPage(
  region: 'wide' | 'narrow',
  viewport = { width: 1400, height: 1000 }
): Promise<{ page: Page; errors: string[] }> {
  const page = await stack.browser.newPage({ viewport });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  const url = stack.preview.pageUrl(recordId);
  await page.goto(region === 'narrow' ? `${url}&region=narrow` : url);
  await page.locator('c-plan-step-list tr[data-step-id]').first().waitFor();
  return { page, errors };
}

/**
 * The workspace's height and its step rows' heights, every row laid out: on screen a row far from
 * the view skips its layout (content-visibility) and counts at a placeholder height, so for the
 * measure every row is drawn.
 */
async function measure(page: Page): Promise<{ page: number; rows: number[] }> {
  await drawEveryRow(page);
  // Functions handed to the page stay anonymous and self-contained (they run there, not here).
  return {
    page: await page
      .locator('c-plan-workspace article')
      .first()
      .evaluate((element) => (element as unknown as Sized).getBoundingClientRect().height),
    rows: await page
      .locator('c-plan-step-list tr[data-step-id]')
      .evaluateAll((rows) => rows.map((row) => (row as unknown as Sized).getBoundingClientRect().height))
  };
}

/**
 * Lays out every step row, as printing does: on screen a row far from the view skips its layout
 * (content-visibility), so its size and whether its text is cut cannot be read.
 */
async function drawEveryRow(page: Page): Promise<void> {
  await page.addStyleTag({
    content: 'c-plan-step-list tr[data-step-id] { content-visibility: visible !important; }'
  });
}

/** What the page functions read of an element (the tests' types have no DOM library). */
interface Sized {
  getBoundingClientRect(): { height: number };
}

interface Walked {
  children: ArrayLike<Walked>;
  shadowRoot?: Walked | null;
  childNodes: ArrayLike<{ nodeType: number; textContent: string | null }>;
  clientWidth: number;
  scrollWidth: number;
  clientHeight: number;
  scrollHeight: number;
  textContent: string | null;
  closest(selector: string): { getAttribute(name: string): string | null } | null;
}

interface CutText {
  text: string;
  /** The tooltip of the element or its nearest ancestor with one, or null. */
  title: string | null;
}

/**
 * Every element under `scope` whose own text the layout cuts short (clipped, ellipsed or clamped to
 * fewer lines), with the tooltip that would show it whole. Walks into the components' shadow trees.
 */
function cutTexts(scope: Locator): Promise<CutText[]> {
  return scope.evaluate((start: unknown) => {
    const view = globalThis as unknown as {
      getComputedStyle(element: Walked): { overflowX: string; overflowY: string; webkitLineClamp: string };
    };
    const found: CutText[] = [];
    const seen = new Set<Walked>();
    const root = start as Walked;
    const pending: Walked[] = root.shadowRoot ? [root, root.shadowRoot] : [root];
    for (let node = pending.pop(); node; node = pending.pop()) {
      for (const child of Array.from(node.children)) {
        if (seen.has(child)) continue;
        seen.add(child);
        if (child.shadowRoot) pending.push(child.shadowRoot);
        pending.push(child);
        const ownText = Array.from(child.childNodes).some(
          (n) => n.nodeType === 3 && (n.textContent ?? '').trim() !== ''
        );
        // Text said only to screen readers (slds-assistive-text: a 1 px clipped box) is not cut off.
        if (!ownText || child.clientWidth <= 1 || child.clientHeight <= 1) continue;
        const style = view.getComputedStyle(child);
        const clips =
          style.overflowX !== 'visible' || style.overflowY !== 'visible' || style.webkitLineClamp !== 'none';
        const cut = child.scrollWidth > child.clientWidth + 1 || child.scrollHeight > child.clientHeight + 1;
        if (clips && cut)
          found.push({
            text: (child.textContent ?? '').replace(/\s+/g, ' ').trim(),
            title: child.closest('[title]')?.getAttribute('title') ?? null
          });
      }
    }
    return found;
  });
}

/** Fails for a cut-off text without a tooltip that holds it whole; returns the cut texts. */
async function assertCutTextsReadable(scope: Locator, where: string): Promise<CutText[]> {
  const cut = await cutTexts(scope);
  for (const { text, title } of cut)
    assert.ok(
      title?.replace(/\s+/g, ' ').includes(text) === true,
      `${where}: "${text}" is cut off with no tooltip showing it whole (title: ${JSON.stringify(title)})`
    );
  return cut;
}

test('it_should_show_each_step_as_one_compact_line_and_stay_within_one_and_a_half_times_the_wide_height', async (t) => {
  const wide = await openPage('wide');
  const wideSize = await measure(wide.page);
  assert.equal(
    await wide.page.getByRole('button', { name: /^Details of / }).count(),
    0,
    'wide: rows drawn whole'
  );
  await stack.screenshot(wide.page, 'plan-wide');

  const narrow = await openPage('narrow');
  const narrowSize = await measure(narrow.page);
  await stack.screenshot(narrow.page, 'plan-narrow');
  const tallestWide = Math.max(...wideSize.rows);
  const tallestNarrow = Math.max(...narrowSize.rows);
  const ratio = narrowSize.page / wideSize.page;
  t.diagnostic(
    `page height: wide ${wideSize.page.toFixed(0)} px, narrow ${narrowSize.page.toFixed(0)} px (× ${ratio.toFixed(2)}); ` +
      `tallest step row: wide ${tallestWide.toFixed(0)} px, narrow ${tallestNarrow.toFixed(0)} px`
  );
  assert.equal(narrowSize.rows.length, wideSize.rows.length, 'the same steps');
  assert.ok(ratio <= 1.5, `the narrow page is ${ratio.toFixed(2)} × the wide one's height`);
  // One compact entry: a title of at most two lines over one line of owner, date and status.
  assert.ok(tallestNarrow <= 96, `a narrow step row is at most 96 px high (${tallestNarrow.toFixed(0)} px)`);

  // Title, owner, due date, status and how late; the rest (badges, dependency, actions) on demand.
  const row = stepRow(narrow.page, LONG_TITLE);
  const text = await row.innerText();
  assert.match(text, new RegExp(escapeRegExp(shownDate(longStep.dueDate ?? ''))));
  assert.match(text, new RegExp(escapeRegExp(longStep.status)));
  assert.match(text, new RegExp(escapeRegExp(longStep.ownerName ?? '')));
  assert.match(text, /\d+ days? late/, 'the overdue mark');
  assert.doesNotMatch(text, /Deliverable|Waiting on|After “|Buyer committed|Overdue,/);
  assert.equal(await row.getByRole('button', { name: /^Actions for / }).count(), 0);
  const details = row.getByRole('button', { name: `Details of “${LONG_TITLE}”` });
  assert.equal(await details.getAttribute('aria-expanded'), 'false');
  assert.deepEqual([...wide.errors, ...narrow.errors], []);
  await wide.page.close();
  await narrow.page.close();
});

test('it_should_open_a_compact_row_to_its_details_and_actions_from_the_keyboard', async () => {
  const { page, errors } = await openPage('narrow');
  const row = stepRow(page, LONG_TITLE);
  const details = row.getByRole('button', { name: `Details of “${LONG_TITLE}”` });
  await details.focus();
  await page.keyboard.press('Enter');
  await expectText(row, /Waiting on|After “/);
  assert.equal(await details.getAttribute('aria-expanded'), 'true');
  assert.equal(
    await details.evaluate(
      (button) =>
        button ===
        (button as unknown as { getRootNode(): { activeElement: unknown } }).getRootNode().activeElement
    ),
    true,
    'the focus stays on the button'
  );
  // The Actions menu is in the opened row: Edit opens the step's editor.
  const actions = row.getByRole('button', { name: `Actions for “${LONG_TITLE}”` });
  await actions.focus();
  await page.keyboard.press('ArrowDown');
  await page.getByRole('menuitem', { name: 'Edit' }).press('Enter');
  const editor = page.getByRole('dialog');
  await editor.waitFor();
  assert.equal(await editor.getByRole('textbox', { name: /Title/ }).inputValue(), LONG_TITLE);
  await page.keyboard.press('Escape');
  await editor.waitFor({ state: 'detached' });
  // Closed again, the row is its compact line.
  await details.focus();
  await page.keyboard.press('Enter');
  await expectText(row, /Waiting on|After “/, { absent: true });
  assert.equal(await details.getAttribute('aria-expanded'), 'false');
  assert.deepEqual(errors, []);
  await page.close();
});

test('it_should_turn_compact_when_the_component_measures_itself_narrow_without_the_region_saying_so', async () => {
  // A 760 px window: the workspace's column is under 600 px though no region width is given.
  const { page, errors } = await openPage('wide', { width: 760, height: 1000 });
  const width = await page
    .locator('c-plan-workspace article')
    .first()
    .evaluate((a) => (a as unknown as { clientWidth: number }).clientWidth);
  assert.ok(width < 600, `the workspace is ${width} px wide`);
  await page.getByRole('button', { name: `Details of “${LONG_TITLE}”` }).waitFor();
  assert.equal(
    await stepRow(page, LONG_TITLE)
      .getByRole('button', { name: /^Actions for / })
      .count(),
    0
  );
  assert.deepEqual(errors, []);
  await page.close();
});

test('it_should_let_every_title_cut_short_be_read_whole_in_the_list_timeline_stakeholders_and_preview', async (t) => {
  for (const region of ['narrow', 'wide'] as const) {
    const { page, errors } = await openPage(region);
    const workspace = page.locator('c-plan-workspace');
    await drawEveryRow(page);
    const listCut = await assertCutTextsReadable(workspace, `${region} step list`);
    if (region === 'narrow')
      assert.ok(
        listCut.some((cut) => cut.text === LONG_TITLE),
        'the long title takes two lines at most in a compact row'
      );

    await page.getByRole('tab', { name: /^Timeline/ }).click();
    await page.locator('c-plan-timeline .row-item').first().waitFor();
    const timelineCut = await assertCutTextsReadable(workspace, `${region} timeline`);
    assert.ok(
      timelineCut.some((cut) => cut.text === LONG_TITLE),
      "the timeline's step column shows the long title in two lines at most"
    );

    await page.getByRole('tab', { name: /^Stakeholders/ }).click();
    await page.locator('c-plan-stakeholder-map').waitFor();
    await expectText(page.locator('c-plan-stakeholder-map'), new RegExp(escapeRegExp(LONG_TITLE)));
    const mapCut = await assertCutTextsReadable(workspace, `${region} stakeholder map`);

    // The cascade preview of a date change to the long-titled step (others wait on it).
    await page.getByRole('tab', { name: /^Steps/ }).click();
    await typeDate(page, `Due date of “${LONG_TITLE}”`, '2026-12-30');
    const preview = cascadePreview(page);
    await preview.waitFor();
    await expectText(preview, new RegExp(escapeRegExp(LONG_TITLE)));
    const previewCut = await assertCutTextsReadable(workspace, `${region} cascade preview`);
    t.diagnostic(
      `${region}: texts cut short, each with its tooltip: step list ${listCut.length}, timeline ` +
        `${timelineCut.length}, stakeholder map ${mapCut.length}, with the cascade preview ${previewCut.length}`
    );
    assert.deepEqual(errors, []);
    await page.close();
  }
});
