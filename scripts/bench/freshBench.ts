import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Connection } from 'jsforce';
import { CallMeter } from '../salesforce/callMeter.ts';
import { OrgClient } from '../salesforce/orgClient.ts';
import { DEFAULT_ROLLUP } from '../sync/rollup/rollup.ts';
import { DEFAULT_WATCH, Watch, abortableSleep, type CycleOutcome } from '../sync/watch/watch.ts';
import { SETTLE_MS } from '../sync/watch/changes.ts';
import { DEMO_PRESETS, generateDemoData, loadTemplates } from '../localorg/demoData.ts';
import { PROJECT_ROOT, startLocalOrg } from '../localorg/index.ts';
import { addUser } from '../localorg/users.ts';

/**
 * How fresh `rollup --watch` keeps the Opportunity fields on the local org with 100,000
 * opportunities (OPPORTUNITIES overrides): API calls and time of an idle cycle and of cycles after
 * 1, 100 and 1,000 plans changed, and the time from a plan save to the fields agreeing, at the
 * default 30 s interval (INTERVAL_S overrides), computed and measured once.
 */
const today = '2026-11-24';
const opportunities = Number(process.env.OPPORTUNITIES ?? 100_000);
const intervalMs = Number(process.env.INTERVAL_S ?? DEFAULT_WATCH.intervalMs / 1000) * 1000;

const org = await startLocalOrg({ clock: `${today}T12:00:00Z`, dailyApiRequests: 10_000_000 });
const loadStarted = Date.now();
const demo = generateDemoData(org.store, {
  ...DEMO_PRESETS.large,
  opportunities,
  today,
  templates: loadTemplates(path.join(PROJECT_ROOT, 'templates')),
  onProgress: (done, total) => process.stderr.write(`\rloading ${done}/${total} opportunities`)
});
process.stderr.write('\n');
console.log(
  `Loaded ${String(demo.counts.Opportunity)} opportunities, ${String(demo.counts.Plan_Step__c)} steps in ${((Date.now() - loadStarted) / 1000).toFixed(1)} s`
);

const repToken = org.sessions.issue(
  addUser(org.store, { firstName: 'Rita', lastName: 'Rep', username: 'rita@local.org' })
);
const rep = new Connection({ instanceUrl: org.url, accessToken: repToken, version: '68.0' });
const integrationUserId = addUser(org.store, {
  firstName: 'Plan',
  lastName: 'Sync',
  username: 'plan-sync@local.org'
});
const dir = mkdtempSync(path.join(tmpdir(), 'fresh-bench-'));
const controller = new AbortController();
const watch = new Watch(
  {
    ...DEFAULT_WATCH,
    intervalMs,
    stateFile: path.join(dir, 'watch.json'),
    rollup: { ...DEFAULT_ROLLUP, today, bulk: { ...DEFAULT_ROLLUP.bulk, pollIntervalMs: 50 } }
  },
  {
    connect: () =>
      Promise.resolve(
        new OrgClient(
          {
            instanceUrl: org.url,
            accessToken: org.sessions.issue(integrationUserId),
            apiVersion: '68.0',
            label: 'bench'
          },
          new CallMeter()
        )
      ),
    now: () => org.clock.now(),
    sleep: abortableSleep,
    log: () => undefined,
    signal: controller.signal
  }
);

const rows: { label: string; outcome: CycleOutcome; orgCalls: number }[] = [];
async function cycle(label: string): Promise<CycleOutcome> {
  const before = org.meter.snapshot().totalCalls;
  const outcome = await watch.cycleRenewingSession();
  rows.push({ label, outcome, orgCalls: org.meter.snapshot().totalCalls - before });
  process.stderr.write(
    `${label}: ${outcome.pass}, ${outcome.opportunities} opportunities, ${outcome.apiCalls} calls, ${outcome.elapsedMs} ms\n`
  );
  return outcome;
}

/** Open steps of active plans on open deals, one a plan, the rep completes (through the API, 200 a call). */
const candidates = org.store.db
  .prepare(
    `SELECT (SELECT s."Id" FROM "Plan_Step__c" s WHERE s."Plan__c" = p."Id" AND s."Status__c" != 'Done' AND s."IsDeleted" = 0 ORDER BY s."Due_Date__c" LIMIT 1) AS stepId
     FROM "Mutual_Action_Plan__c" p JOIN "Opportunity" o ON o."Id" = p."Opportunity__c"
     WHERE p."Status__c" = 'Active' AND o."IsClosed" = 0 ORDER BY p."Id"`
  )
  .all()
  .map((row) => row.stepId)
  .filter((id): id is string => typeof id === 'string');
let next = 0;
async function changePlans(n: number): Promise<void> {
  org.clock.advance(1_000);
  const ids = candidates.slice(next, next + n);
  next += n;
  for (let i = 0; i < ids.length; i += 200) {
    const results = await rep.sobject('Plan_Step__c').update(
      ids.slice(i, i + 200).map((Id) => ({ Id, Status__c: 'Done', Completed_Date__c: today })),
      { allOrNone: true }
    );
    if (results.some((r) => !r.success))
      throw new Error(`a step update failed: ${JSON.stringify(results[0])}`);
  }
  // Settled by the next cycle, as with a real interval: the cycle reads them once.
  org.clock.advance(SETTLE_MS);
}

await cycle('first full pass');
org.clock.advance(1_000);
await cycle('idle');
for (const n of [1, 100, 1_000]) {
  await changePlans(n);
  await cycle(`after ${n.toLocaleString('en-US')} plan${n === 1 ? '' : 's'} changed`);
}
org.clock.advance(1_000);
await cycle('idle');

// Measured once: the watch runs with real waits; a save lands mid-interval; the Opportunity's
// Plan_Last_Rollup__c moves when the fields agree again.
const [stepId] = candidates.slice(next, next + 1);
const planRow = org.store.db
  .prepare(
    `SELECT p."Opportunity__c" AS opp FROM "Plan_Step__c" s JOIN "Mutual_Action_Plan__c" p ON p."Id" = s."Plan__c" WHERE s."Id" = ?`
  )
  .get(stepId);
const opportunityId = String(planRow?.opp);
const stampOf = () =>
  org.store.db
    .prepare(`SELECT "Plan_Last_Rollup__c" AS t FROM "Opportunity" WHERE "Id" = ?`)
    .get(opportunityId)?.t;
// The org clock stays frozen (a released clock would jump to the machine's date and make the daily
// full pass due); the save is stamped one second after the last change.
org.clock.advance(1_000);
const running = watch.run();
await new Promise((resolve) => setTimeout(resolve, intervalMs / 2));
const before = stampOf();
const saved = Date.now();
await rep.sobject('Plan_Step__c').update({ Id: stepId, Status__c: 'Blocked', Due_Date__c: '2026-09-01' });
while (stampOf() === before && Date.now() - saved < 3 * intervalMs)
  await new Promise((resolve) => setTimeout(resolve, 100));
const measuredMs = Date.now() - saved;
controller.abort();
await running;

const oneChange = rows.find((r) => r.label.startsWith('after 1 '))?.outcome.elapsedMs ?? 0;
console.log('\nrollup --watch on the local org');
console.log(`| cycle | pass | API calls (client) | API calls (org meter) | time |`);
console.log(`| --- | --- | ---: | ---: | ---: |`);
for (const r of rows)
  console.log(
    `| ${r.label} | ${r.outcome.pass} | ${r.outcome.apiCalls} | ${r.orgCalls} | ${(r.outcome.elapsedMs / 1000).toFixed(2)} s |`
  );
console.log(
  `\nSave → fields agree at a ${intervalMs / 1000} s interval: at worst ${((intervalMs + oneChange) / 1000).toFixed(1)} s (a full interval + a 1-plan cycle), on average ${((intervalMs / 2 + oneChange) / 1000).toFixed(1)} s; measured once (save mid-interval): ${(measuredMs / 1000).toFixed(1)} s.`
);
await org.close();
rmSync(dir, { recursive: true, force: true });
