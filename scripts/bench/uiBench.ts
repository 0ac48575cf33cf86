import { availableParallelism, loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEMO_PRESETS, generateDemoData } from '../localorg/demoData.ts';
import { addDays } from '../planEngine.ts';
import { startLocalOrg } from '../localorg/index.ts';
import { apexCalls, waitForCalls } from '../preview/pageApexCalls.ts';
import { launchChromium } from '../preview/chromium.ts';
import { servePreview } from '../preview/servePreview.ts';
import { PREVIEW_PROBE } from '../preview/previewProbe.ts';
import { escapeRegExp } from '../preview/__tests__/planPage.ts';

/**
 * UI benchmark (npm run bench:ui): plans of 100 steps with dependencies in the local preview, in
 * headless Chromium. Measures, from the moment getPlan's data arrives in the page (performance
 * marks, see scripts/preview/app/benchProbe.js), the plan on screen and interactive (the first
 * frame with step rows, then the next task: the main thread is free to answer the rep) and all 100
 * rows drawn, two ways: the first plan in a newly opened page (cold: the browser meets the
 * components' code and templates for the first time) and the next plans in the same page (warm:
 * moving to another opportunity, as Lightning Experience does without reloading). Then a date
 * change in a step's inline field → the cascade preview on screen (Enter to the frame that shows
 * it). The page reports each load's measure through a binding, so no script of the harness runs in
 * the page while it renders. Counts the Apex calls one load and one save make (window.__apexCalls)
 * and the REST calls the Apex bridge made for them.
 */
const STEPS = DEMO_PRESETS.ui.stepsPerPlan;
const LOADS = 12;
const WARM_UP = 2;
/** Other opportunities opened in the same page after each cold load. */
const NEXT_RECORDS = 3;
/** The issue's targets: data → interactive in one frame warm, two cold; a date change → preview in one. */
const TARGET_COLD_MS = 33;
const TARGET_WARM_MS = 16;
const TARGET_PREVIEW_MS = 16;
const TODAY = '2026-11-24';
const probeScript = path.join(path.dirname(fileURLToPath(import.meta.url)), '../preview/app/benchProbe.js');

interface Probe {
  dataAt: number;
  /** The first frame showing step rows, and the next task after it (the page answers the rep). */
  firstRowsAt: number;
  firstInteractiveAt: number;
  /** The frame in which all rows are drawn, and the next task after it. */
  rowsAt: number;
  interactiveAt: number;
}

const DATE_CHANGES = 12;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

async function run(): Promise<void> {
  const org = await startLocalOrg({ clock: `${TODAY}T12:00:00Z` });
  generateDemoData(org.store, { ...DEMO_PRESETS.ui, today: TODAY });
  const preview = await servePreview(
    { instanceUrl: org.url, accessToken: org.token, now: () => org.clock.now() },
    { log: (line) => process.stderr.write(`${line}\n`) }
  );
  const plans = await preview.controller.client.queryAll<{ Id: string; Opportunity__c: string }>(
    `SELECT Id, Opportunity__c FROM Mutual_Action_Plan__c
     WHERE Status__c = 'Active' AND Opportunity__r.IsClosed = false ORDER BY Id LIMIT ${1 + NEXT_RECORDS}`
  );
  const plan = plans.at(0);
  if (!plan || plans.length < 1 + NEXT_RECORDS)
    throw new Error(
      `The demo data has fewer than ${1 + NEXT_RECORDS} open opportunities with an active plan.`
    );
  const view = await preview.controller.getPlan({ recordId: plan.Opportunity__c });
  const dependencies = view.steps.filter((s) => s.dependsOnId).length;
  process.stdout.write(
    `Plan "${view.plan?.name ?? ''}": ${view.steps.length} steps, ${dependencies} with a dependency, ${view.stakeholders.length} stakeholders.\n`
  );

  const browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  await page.addInitScript({ path: probeScript });
  let report: (probe: Probe) => void = () => undefined;
  await page.exposeFunction('__benchDone', (probe: Probe) => report(probe));
  const measured = (start: () => Promise<unknown>): Promise<Probe> =>
    new Promise<Probe>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('The plan did not render within 30 s.')), 30_000);
      report = (probe) => {
        clearTimeout(timer);
        resolve(probe);
      };
      start().catch(reject);
    });
  const urlOf = (recordId: string) => `${preview.pageUrl(recordId)}&benchRows=${STEPS}`;
  const cold: Probe[] = [];
  const warm: Probe[] = [];
  const callsPerLoad: number[] = [];
  let restPerLoad = 0;
  for (let i = 0; i < WARM_UP + LOADS; i++) {
    const restBefore = org.meter.snapshot().totalCalls;
    const first = await measured(() => page.goto(urlOf(plan.Opportunity__c)));
    const calls = (await apexCalls(page)).total;
    const rest = org.meter.snapshot().totalCalls - restBefore;
    const next: Probe[] = [];
    for (const other of plans.slice(1)) {
      // Another opportunity in the same page: pushState, then popstate (scripts/preview/app/main.js).
      const script = `window.__benchArm(); history.pushState({}, '', ${JSON.stringify(urlOf(other.Opportunity__c))}); dispatchEvent(new PopStateEvent('popstate'));`;
      const before = (await apexCalls(page)).total;
      next.push(await measured(() => page.evaluate(script)));
      if (i >= WARM_UP) callsPerLoad.push((await apexCalls(page)).total - before);
    }
    if (i < WARM_UP) continue;
    cold.push(first);
    warm.push(...next);
    callsPerLoad.push(calls);
    restPerLoad = rest;
  }
  await page.goto(urlOf(plan.Opportunity__c));
  await page.waitForFunction(() => (globalThis as { __bench?: Probe }).__bench?.interactiveAt != null);

  const isOpen = (status: string) => status !== 'Done' && status !== 'Skipped';
  // Date change → cascade preview on screen: an open, dated step that open steps depend on, moved a
  // week later in its inline date field; the preview is cancelled after each change.
  const mover = view.steps.find(
    (s) =>
      isOpen(s.status) &&
      s.dueDate &&
      s.dueDate >= TODAY &&
      view.steps.some((d) => d.dependsOnId === s.id && isOpen(d.status))
  );
  if (!mover?.dueDate) throw new Error('No dated step with open dependents to move.');
  const previewMs: number[] = [];
  for (let i = 0; i < WARM_UP + DATE_CHANGES; i++) {
    const label = `Due date of “${mover.title}”`;
    await page.getByRole('button', { name: new RegExp(`^${escapeRegExp(label)}: `) }).click();
    const field = page.getByRole('textbox', { name: label, exact: true });
    await field.fill(addDays(mover.dueDate, 7 + i));
    await page.evaluate(PREVIEW_PROBE);
    await field.press('Enter');
    await page.waitForFunction('window.__previewProbe.shownAt !== null', null, { timeout: 30_000 });
    const ms = Number(await page.evaluate('window.__previewProbe.shownAt - window.__previewProbe.start'));
    if (i >= WARM_UP) previewMs.push(ms);
    await page.getByRole('button', { name: 'Cancel', exact: true }).click();
    await page.waitForFunction(
      `!document.querySelector('c-plan-workspace')?.shadowRoot?.querySelector('c-plan-cascade-preview')?.shadowRoot?.querySelector('[data-id="impact"]')`
    );
  }

  // One save: complete an open step nothing open depends on (it reaches no other step).
  const step = view.steps.find(
    (s) => isOpen(s.status) && !view.steps.some((d) => d.dependsOnId === s.id && isOpen(d.status))
  );
  if (!step) throw new Error('No step to complete.');
  const before = await apexCalls(page);
  const restBefore = org.meter.snapshot().calls;
  const started = Date.now();
  // The row shows its status on a button that opens the status field (a select): pick Done.
  await page.getByRole('button', { name: `Status of “${step.title}”: ${step.status}`, exact: true }).click();
  await page.getByRole('combobox', { name: `Status of “${step.title}”`, exact: true }).selectOption({
    label: 'Done'
  });
  await waitForCalls(page, 'savePlan', (before.byMethod['PlanController.savePlan'] ?? 0) + 1, 30_000);
  const saveMs = Date.now() - started;
  await page.waitForTimeout(1500); // any follow-up call (a wire refresh) lands within this
  const after = await apexCalls(page);
  const restAfter = org.meter.snapshot().calls;
  const saveCalls = Object.fromEntries(
    Object.entries(after.byMethod)
      .map(
        ([method, n]) => [method.replace('PlanController.', ''), n - (before.byMethod[method] ?? 0)] as const
      )
      .filter(([, n]) => n > 0)
  );
  const restSave = Object.entries(restAfter)
    .map(([endpoint, n]) => [endpoint, n - (restBefore[endpoint] ?? 0)] as const)
    .filter(([, n]) => n > 0);

  await browser.close();
  await preview.server.close();
  await org.close();

  const fmt = (ms: number) => `${ms.toFixed(1)} ms`;
  const stats = (values: number[], target: number) => {
    const sorted = [...values].sort((a, b) => a - b);
    const median = percentile(sorted, 50);
    const p95 = percentile(sorted, 95);
    const verdict = p95 <= target ? 'met' : median <= target ? 'met by the median, not p95' : 'NOT met';
    return `median ${fmt(median)}   p95 ${fmt(p95)}   min ${fmt(sorted[0] ?? 0)}   max ${fmt(sorted.at(-1) ?? 0)}   target ≤ ${target} ms: ${verdict}`;
  };
  const summary = (label: string, probes: Probe[], target: number) => [
    `${label}, ${probes.length} loads:`,
    `  on screen and interactive (first rows drawn, main thread free): ${stats(
      probes.map((p) => p.firstInteractiveAt - p.dataAt),
      target
    )}`,
    `  all ${STEPS} rows drawn and interactive: median ${fmt(
      percentile(
        probes.map((p) => p.interactiveAt - p.dataAt).sort((a, b) => a - b),
        50
      )
    )}   (first rows on the next frame: median ${fmt(
      percentile(
        probes.map((p) => p.firstRowsAt - p.dataAt).sort((a, b) => a - b),
        50
      )
    )})`
  ];
  const loadCalls = [...new Set(callsPerLoad)].join('/');
  process.stdout.write(
    [
      '',
      `Data arrival → the plan on screen and interactive (after ${WARM_UP} warm-up rounds; machine: ${availableParallelism()} CPUs, load average ${loadavg()[0]?.toFixed(1) ?? '?'}):`,
      ...summary('First plan in a newly opened page (cold)', cold, TARGET_COLD_MS),
      ...summary(
        `Next plan in the same page (warm; ${NEXT_RECORDS} other opportunities after each cold load)`,
        warm,
        TARGET_WARM_MS
      ),
      `Date change → cascade preview on screen (${previewMs.length} changes of “${mover.title}”, Enter to the frame that shows it):`,
      `  ${stats(previewMs, TARGET_PREVIEW_MS)}`,
      `Apex calls per load: ${loadCalls} (getPlan)   REST calls the bridge made for it: ${restPerLoad}`,
      `Apex calls per save: ${Object.values(saveCalls).reduce((a, b) => a + b, 0)} (${Object.entries(
        saveCalls
      )
        .map(([m, n]) => `${m} ${n}`)
        .join(', ')}); savePlan round trip seen by the page ~${saveMs} ms`,
      `REST calls behind the save: ${restSave.map(([e, n]) => `${e} ×${n}`).join(', ')}`,
      ''
    ].join('\n')
  );
}

await run();
