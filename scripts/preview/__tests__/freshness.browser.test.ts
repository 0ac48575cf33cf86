import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, test } from 'node:test';
import { addDays } from '../../planEngine.ts';
import { CallMeter } from '../../salesforce/callMeter.ts';
import { OrgClient } from '../../salesforce/orgClient.ts';
import { DEFAULT_ROLLUP } from '../../sync/rollup/rollup.ts';
import { DEFAULT_WATCH, Watch, abortableSleep, type WatchEvent } from '../../sync/watch/watch.ts';
import { addUser } from '../../localorg/users.ts';
import { startPreviewStack, type PreviewStack } from './browser.ts';
import { TODAY } from './demoOrg.ts';
import {
  escapeRegExp,
  expectText,
  healthSummary,
  saveWithConfirmation,
  typeDate,
  waitForCalls
} from './planPage.ts';

/** The watch interval in this test: short, so the test does not wait 30 s. */
const INTERVAL_MS = 1_000;

let stack: PreviewStack;
let stateDir: string;
beforeEach(async () => {
  stack = await startPreviewStack();
  stateDir = mkdtempSync(path.join(tmpdir(), 'freshness-'));
});
afterEach(async () => {
  await stack.stop();
  rmSync(stateDir, { recursive: true, force: true });
});

/** `rollup --watch` against the preview's org, as its own integration user, until stopped. */
function startWatch(): { events: WatchEvent[]; stop(): Promise<void> } {
  const { org } = stack;
  const userId = addUser(org.store, { firstName: 'Plan', lastName: 'Sync', username: 'plan-sync@local.org' });
  const controller = new AbortController();
  const events: WatchEvent[] = [];
  const watch = new Watch(
    {
      ...DEFAULT_WATCH,
      intervalMs: INTERVAL_MS,
      stateFile: path.join(stateDir, 'watch.json'),
      rollup: { ...DEFAULT_ROLLUP, today: TODAY }
    },
    {
      connect: () =>
        Promise.resolve(
          new OrgClient(
            {
              instanceUrl: org.url,
              accessToken: org.sessions.issue(userId),
              apiVersion: '68.0',
              label: 'watch'
            },
            new CallMeter()
          )
        ),
      now: () => org.clock.now(),
      sleep: abortableSleep,
      log: (event) => events.push(event),
      signal: controller.signal
    }
  );
  const running = watch.run();
  return {
    events,
    stop: async () => {
      controller.abort();
      await running;
    }
  };
}

async function until(
  what: string,
  condition: () => Promise<boolean> | boolean,
  timeoutMs: number
): Promise<number> {
  const started = Date.now();
  while (!(await condition())) {
    if (Date.now() - started > timeoutMs) assert.fail(`${what}: not within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return Date.now() - started;
}

test('it_should_bring_the_opportunity_fields_level_with_a_new_plan_within_the_watch_interval', async () => {
  const opportunity = stack.preview.links.noPlan;
  assert.ok(opportunity, 'the demo data has an opportunity without a plan');
  const watch = startWatch();
  try {
    // The first cycle is the full pass; after it the watch only asks what changed.
    await until('the first full pass', () => watch.events.some((e) => e.pass === 'full'), 60_000);
    const before = await stack.query(`SELECT Plan_Health__c FROM Opportunity WHERE Id = '${opportunity.id}'`);
    assert.equal(before.at(0)?.Plan_Health__c, 'No Plan');

    const templates = await stack.controller.getTemplates();
    const template = [...templates].sort((a, b) => a.steps.length - b.steps.length)[0];
    assert.ok(template);
    const { page, errors } = await stack.open(opportunity.id);
    await page.getByRole('button', { name: 'Start from a template' }).click();
    await waitForCalls(page, 'getTemplates', 1);
    const picker = page.getByRole('region', { name: 'Create a plan from a template' });
    await picker.getByRole('radio', { name: new RegExp(escapeRegExp(template.name)) }).check();
    await typeDate(picker, 'Go-live date', addDays(TODAY, 120));
    await picker.getByRole('button', { name: 'Create plan' }).click();
    await saveWithConfirmation(page, 0);
    const saved = Date.now();

    // What the page shows for the new plan.
    const health = healthSummary(page);
    await health.waitFor();
    const shownHealth = (await health.locator('[data-id="status"]').textContent())?.trim() ?? '';
    const shownScore = /Score (\d+)/.exec(
      (await health.locator('[data-id="score"]').textContent()) ?? ''
    )?.[1];
    assert.ok(shownHealth && shownScore, 'the page shows the plan’s health and score');
    const header = page.getByRole('region', { name: 'Plan status and objective' });
    await expectText(header, /Status: Draft/);

    // The Opportunity catches up within one interval and the cycle that follows it.
    let fields: Record<string, unknown> | undefined;
    const waited = await until(
      'the Opportunity’s plan fields equal the page',
      async () => {
        fields = (
          await stack.query(
            `SELECT Plan_Health__c, Plan_Health_Score__c, Plan_Status__c FROM Opportunity WHERE Id = '${opportunity.id}'`
          )
        ).at(0);
        return (
          fields?.Plan_Health__c === shownHealth &&
          fields.Plan_Health_Score__c === Number(shownScore) &&
          fields.Plan_Status__c === 'Draft'
        );
      },
      2 * INTERVAL_MS + 5_000
    );
    assert.deepEqual(fields, {
      attributes: fields?.attributes,
      Plan_Health__c: shownHealth,
      Plan_Health_Score__c: Number(shownScore),
      Plan_Status__c: 'Draft'
    });
    const cycle = watch.events.find((e) => e.event === 'cycle' && e.pass === 'incremental');
    assert.ok(cycle, 'an incremental cycle did it, not a full pass');
    assert.equal(cycle.opportunities, 1);
    process.stderr.write(
      `fields level with the page ${Date.now() - saved} ms after the save (polled ${waited} ms)\n`
    );
    assert.deepEqual(errors, []);
  } finally {
    await watch.stop();
  }
});
