import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { Connection } from 'jsforce';
import { CallMeter } from '../../salesforce/callMeter.ts';
import { OrgClient } from '../../salesforce/orgClient.ts';
import { Reporter } from '../reporter.ts';
import { DEFAULT_ROLLUP, runRollup, type RollupOptions } from '../rollup/rollup.ts';
import { startLocalOrg, PROJECT_ROOT, type LocalOrg } from '../../localorg/index.ts';
import { generateDemoData, loadTemplates } from '../../localorg/demoData.ts';
import { addUser } from '../../localorg/users.ts';
import {
  DEFAULT_WATCH,
  Watch,
  backoffMs,
  describeEvent,
  fullPassDue,
  type WatchEvent
} from '../watch/watch.ts';
import { main } from '../main.ts';

const TODAY = '2026-11-24';
const rollupOptions: RollupOptions = {
  ...DEFAULT_ROLLUP,
  today: TODAY,
  retry: { attempts: 3, baseDelayMs: 5, maxDelayMs: 20 }
};

interface Setup {
  org: LocalOrg;
  rep: Connection;
  integrationUserId: string;
  stateFile: string;
  events: WatchEvent[];
  sleeps: number[];
  tokens: string[];
  watch(maxCycles?: number): Watch;
  close(): Promise<void>;
}

/** A local org with demo data, a rep, and an integration user the watch runs as. */
async function setup(): Promise<Setup> {
  const org = await startLocalOrg({ clock: `${TODAY}T12:00:00Z` });
  generateDemoData(org.store, {
    opportunities: 40,
    seed: 11,
    today: TODAY,
    templates: loadTemplates(path.join(PROJECT_ROOT, 'templates')),
    insertTemplates: false
  });
  const repId = addUser(org.store, { firstName: 'Rita', lastName: 'Rep', username: 'rita@local.org' });
  const integrationUserId = addUser(org.store, {
    firstName: 'Plan',
    lastName: 'Sync',
    username: 'plan-sync@local.org'
  });
  const rep = new Connection({
    instanceUrl: org.url,
    accessToken: org.sessions.issue(repId),
    version: '68.0'
  });
  // Yesterday's scheduled roll-up has run (twice: a first pass over fresh demo data also records
  // step slip, which the second assesses), so the fields agree with the plans before the watch starts.
  await fullRollup(org);
  await fullRollup(org);
  org.clock.advance(60_000);
  const dir = mkdtempSync(path.join(tmpdir(), 'watch-'));
  const events: WatchEvent[] = [];
  const sleeps: number[] = [];
  const tokens: string[] = [];
  const stateFile = path.join(dir, 'state', 'watch.json');
  const watch = (maxCycles?: number) =>
    new Watch(
      {
        ...DEFAULT_WATCH,
        intervalMs: 30_000,
        fullHour: 2,
        stateFile,
        rollup: rollupOptions,
        backoffBaseMs: 1_000,
        backoffMaxMs: 8_000,
        ...(maxCycles ? { maxCycles } : {})
      },
      {
        connect: () => {
          // A new login each time: as the sf CLI's auth store hands out a refreshed token.
          const token = org.sessions.issue(integrationUserId);
          tokens.push(token);
          return Promise.resolve(
            new OrgClient(
              { instanceUrl: org.url, accessToken: token, apiVersion: '68.0', label: 'local' },
              new CallMeter()
            )
          );
        },
        now: () => org.clock.now(),
        sleep: (ms) => {
          sleeps.push(ms);
          return Promise.resolve();
        },
        log: (event) => events.push(event),
        signal: new AbortController().signal
      }
    );
  return {
    org,
    rep,
    integrationUserId,
    stateFile,
    events,
    sleeps,
    tokens,
    watch,
    close: async () => {
      await org.close();
      rmSync(dir, { recursive: true, force: true });
    }
  };
}

async function fullRollup(org: LocalOrg, dryRun = false) {
  const client = new OrgClient({
    instanceUrl: org.url,
    accessToken: org.token,
    apiVersion: '68.0',
    label: 'admin'
  });
  return runRollup(client, { ...rollupOptions, dryRun }, new Reporter({ json: true }));
}

/** A fresh roll-up over the whole org, dry run: how many opportunities disagree with their plans. */
async function disagreements(org: LocalOrg): Promise<number> {
  return (await fullRollup(org, true)).changed;
}

async function activePlanOf(rep: Connection): Promise<{ Id: string; Opportunity__c: string }> {
  const result = await rep.query<{ Id: string; Opportunity__c: string }>(
    "SELECT Id, Opportunity__c FROM Mutual_Action_Plan__c WHERE Status__c = 'Active' AND Opportunity__r.IsClosed = false ORDER BY Id LIMIT 1"
  );
  const [plan] = result.records;
  assert.ok(plan, 'the demo data has an open deal with an active plan');
  return plan;
}

test('watch: the first cycle is a full pass, an idle cycle costs one API call and logs nothing', async () => {
  const s = await setup();
  try {
    const watch = s.watch();
    const first = await watch.cycleRenewingSession();
    assert.equal(first.pass, 'full');
    assert.equal(first.summary?.opportunities, 36, 'the first pass reads every deal in scope');
    assert.equal(await disagreements(s.org), 0);
    const logged = s.events.length;

    s.org.clock.advance(30_000);
    const calls = s.org.meter.snapshot().totalCalls;
    const idle = await watch.cycleRenewingSession();
    assert.equal(idle.pass, 'idle', 'the roll-up’s own writes do not come back as changes');
    assert.equal(idle.apiCalls, 1);
    assert.equal(s.org.meter.snapshot().totalCalls - calls, 1, 'the org counted one call');
    assert.equal(s.events.length, logged, 'an idle cycle logs nothing');
    const state = JSON.parse(readFileSync(s.stateFile, 'utf8')) as { userId: string; lastFullPass: string };
    assert.equal(state.userId, s.integrationUserId);
  } finally {
    await s.close();
  }
});

test('watch: a plan change rolls up only its opportunity, then the org agrees and the next cycle is idle', async () => {
  const s = await setup();
  try {
    const watch = s.watch();
    await watch.cycleRenewingSession();
    const plan = await activePlanOf(s.rep);
    const steps = await s.rep.query<{ Id: string }>(
      `SELECT Id FROM Plan_Step__c WHERE Plan__c = '${plan.Id}' AND Status__c != 'Done' ORDER BY Id LIMIT 1`
    );
    const [step] = steps.records;
    assert.ok(step, 'the plan has an open step');
    s.org.clock.advance(30_000);
    // The rep marks a step blocked and long overdue: the health moves.
    await s.rep
      .sobject('Plan_Step__c')
      .update({ Id: step.Id, Status__c: 'Blocked', Due_Date__c: '2026-10-01' });
    assert.ok((await disagreements(s.org)) >= 1, 'the opportunity now trails its plan');

    s.org.clock.advance(30_000);
    const written = s.org.meter.snapshot().rowsWritten;
    const historyRows = s.org.store.count('Plan_Health_History__c');
    const cycle = await watch.cycleRenewingSession();
    assert.equal(cycle.pass, 'incremental');
    assert.equal(cycle.opportunities, 1, 'only the changed deal is read');
    assert.equal(cycle.summary?.opportunities, 1);
    assert.equal(cycle.summary.written, 1);
    assert.equal(
      s.org.store.count('Plan_Health_History__c') - historyRows,
      1,
      'its health changed: one history row'
    );
    assert.equal(
      s.org.meter.snapshot().rowsWritten - written,
      2,
      'one opportunity written, and its health history row'
    );
    assert.equal(await disagreements(s.org), 0, 'the org agrees with the plan');
    const line = s.events.at(-1);
    assert.equal(line?.event, 'cycle');
    assert.equal(line.pass, 'incremental');
    assert.deepEqual(line.changedRows, { Plan_Step__c: 1 }, 'no roll-up summary of the plan moved');

    s.org.clock.advance(30_000);
    const idle = await watch.cycleRenewingSession();
    assert.equal(idle.pass, 'idle');
    assert.equal(idle.apiCalls, 1);
  } finally {
    await s.close();
  }
});

test('watch: a restart resumes from the stored marks instead of a full pass', async () => {
  const s = await setup();
  try {
    await s.watch().cycleRenewingSession();
    const plan = await activePlanOf(s.rep);
    s.org.clock.advance(30_000);
    await s.rep.sobject('Mutual_Action_Plan__c').update({ Id: plan.Id, Go_Live_Date__c: '2026-10-01' });

    s.org.clock.advance(30_000);
    const restarted = s.watch();
    const cycle = await restarted.cycleRenewingSession();
    assert.equal(cycle.pass, 'incremental', 'the restarted watch saw the change made while it was down');
    assert.equal(cycle.opportunities, 1);
    const idle = await restarted.cycleRenewingSession();
    assert.equal(idle.pass, 'idle');
  } finally {
    await s.close();
  }
});

test('watch: an expired session is renewed and the cycle goes on', async () => {
  const s = await setup();
  try {
    const watch = s.watch();
    await watch.cycleRenewingSession();
    const [firstToken] = s.tokens;
    assert.ok(firstToken);
    s.org.sessions.expire(firstToken);
    s.org.clock.advance(30_000);
    const cycle = await watch.cycleRenewingSession();
    assert.equal(cycle.pass, 'idle');
    assert.equal(s.tokens.length, 2, 'logged in again');
    assert.equal(s.events.at(-1)?.event, 'session');
  } finally {
    await s.close();
  }
});

test('watch: org maintenance (5xx) backs off, doubling, then recovers', async () => {
  const s = await setup();
  try {
    const watch = s.watch(5);
    await watch.cycleRenewingSession();
    // run() logs in first (call 1: userinfo); the next three cycles meet maintenance.
    s.org.faults.failNthCall(2, 503);
    s.org.faults.failNthCall(3, 503);
    s.org.faults.failNthCall(4, 500);
    await watch.run();
    const backoffs = s.events.filter((e) => e.event === 'backoff').map((e) => e.delayMs);
    assert.deepEqual(backoffs, [1_000, 2_000, 4_000]);
    assert.deepEqual(s.sleeps.slice(0, 3), [1_000, 2_000, 4_000]);
    // The fourth cycle answered: a regular interval wait follows it.
    assert.ok((s.sleeps[3] ?? 0) > 25_000, `waited ${s.sleeps[3]} ms after recovering`);
    assert.equal(s.events.at(-1)?.event, 'stop');
  } finally {
    await s.close();
  }
});

test('watch: when the daily full pass is due, and the back-off cap', () => {
  const at = (text: string) => new Date(text);
  // Local-time rule; the machine's zone is the test's zone, so build the dates from local parts.
  const local = (d: number, h: number, m = 0) => new Date(2026, 10, d, h, m).toISOString();
  assert.equal(
    fullPassDue(at(local(24, 1, 59)), local(23, 2, 5), 2),
    false,
    'before 02:00: yesterday’s counts'
  );
  assert.equal(fullPassDue(at(local(24, 2, 0)), local(23, 2, 5), 2), true, 'after 02:00: due again');
  assert.equal(fullPassDue(at(local(24, 9, 0)), local(24, 2, 1), 2), false, 'done today');
  assert.equal(fullPassDue(at(local(24, 9, 0)), local(22, 9, 0), 2), true, 'missed while down');
  assert.equal(fullPassDue(at(local(24, 9, 0)), null, 2), true, 'never ran');
  const options = { backoffBaseMs: 5_000, backoffMaxMs: 300_000 };
  assert.deepEqual(
    [1, 2, 3, 7, 8, 20].map((n) => backoffMs(options, n)),
    [5_000, 10_000, 20_000, 300_000, 300_000, 300_000]
  );
});

/** The first open step of each of the first `n` open deals with an active plan. */
async function openSteps(rep: Connection, n: number): Promise<{ Id: string; Plan__c: string }[]> {
  const plans = await rep.query<{ Id: string }>(
    "SELECT Id FROM Mutual_Action_Plan__c WHERE Status__c = 'Active' AND Opportunity__r.IsClosed = false ORDER BY Id"
  );
  const steps: { Id: string; Plan__c: string }[] = [];
  for (const plan of plans.records) {
    const result = await rep.query<{ Id: string; Plan__c: string }>(
      `SELECT Id, Plan__c FROM Plan_Step__c WHERE Plan__c = '${plan.Id}' AND Status__c != 'Done' ORDER BY Id LIMIT 1`
    );
    if (result.records[0]) steps.push(result.records[0]);
    if (steps.length === n) break;
  }
  assert.equal(steps.length, n, `the demo data has ${n} open deals with an open step`);
  return steps;
}

const stall = (rep: Connection, stepId: string) =>
  rep.sobject('Plan_Step__c').update({ Id: stepId, Status__c: 'Blocked', Due_Date__c: '2026-10-01' });

test('watch: a second save in the same second, and a save committed behind a newer one, are not missed', async () => {
  const s = await setup();
  try {
    const watch = s.watch();
    await watch.cycleRenewingSession();
    const [a, b] = await openSteps(s.rep, 2);

    // The rep saves a step, the watch reads it within the same second, the rep saves it again.
    s.org.clock.advance(30_000);
    await stall(s.rep, a.Id);
    assert.equal((await watch.cycleRenewingSession()).pass, 'incremental');
    await s.rep.sobject('Plan_Step__c').update({ Id: a.Id, Status__c: 'Done', Completed_Date__c: TODAY });
    assert.ok((await disagreements(s.org)) >= 1, 'the second save moved the health again');
    s.org.clock.advance(30_000);
    assert.equal(
      (await watch.cycleRenewingSession()).pass,
      'incremental',
      'the same Id@second is read again'
    );
    assert.equal(await disagreements(s.org), 0, 'the second save of that second is rolled up');

    // A save stamped a second before one the watch has already seen, committed after it looked.
    const lagged = s.org.clock.now().getTime() + 30_000;
    s.org.clock.set(lagged);
    await s.rep.sobject('Plan_Step__c').update({ Id: a.Id, Status__c: 'Blocked', Completed_Date__c: null });
    assert.equal((await watch.cycleRenewingSession()).pass, 'incremental');
    s.org.clock.set(lagged - 1_000);
    await stall(s.rep, b.Id);
    s.org.clock.set(lagged + 30_000);
    const cycle = await watch.cycleRenewingSession();
    assert.equal(cycle.pass, 'incremental');
    assert.equal(await disagreements(s.org), 0, 'the late commit is rolled up');

    // Settled: the rows of that second are seen, and the watch goes quiet.
    s.org.clock.advance(30_000);
    const idle = await watch.cycleRenewingSession();
    assert.equal(idle.pass, 'idle');
    assert.equal(idle.apiCalls, 1);
  } finally {
    await s.close();
  }
});

test('watch: a deleted step and an abandoned plan reach their opportunities', async () => {
  const s = await setup();
  try {
    const watch = s.watch();
    await watch.cycleRenewingSession();
    const [a, b] = await openSteps(s.rep, 2);
    s.org.clock.advance(30_000);
    await stall(s.rep, a.Id);
    await stall(s.rep, b.Id);
    s.org.clock.advance(30_000);
    await watch.cycleRenewingSession();
    assert.equal(await disagreements(s.org), 0);

    s.org.clock.advance(30_000);
    await s.rep.sobject('Plan_Step__c').destroy(a.Id);
    await s.rep.sobject('Mutual_Action_Plan__c').update({ Id: b.Plan__c, Status__c: 'Abandoned' });
    assert.ok((await disagreements(s.org)) >= 2, 'both opportunities now trail their plans');
    s.org.clock.advance(30_000);
    const cycle = await watch.cycleRenewingSession();
    assert.equal(cycle.pass, 'incremental');
    assert.equal(cycle.opportunities, 2);
    assert.equal(await disagreements(s.org), 0, 'the org agrees with the plans that count');
  } finally {
    await s.close();
  }
});

test('watch --json: every line is one JSON object, the error that stops it too', async () => {
  const out = new PassThrough();
  let text = '';
  out.on('data', (chunk: Buffer) => (text += chunk.toString()));
  const status = await main(['rollup', '--watch', '--full-hour', '24', '--json'], out, {
    SF_INSTANCE_URL: 'https://example.my.salesforce.com',
    SF_ACCESS_TOKEN: 'token'
  });
  assert.equal(status, 2);
  const lines = text.trimEnd().split('\n');
  assert.equal(lines.length, 1, text);
  assert.equal((JSON.parse(lines[0] ?? '') as { name: string }).name, 'INVALID_ARGUMENT');

  const line = describeEvent({
    at: '2026-11-24T09:14:30.112Z',
    event: 'cycle',
    pass: 'incremental',
    opportunities: 1,
    changed: 0,
    written: 0,
    failed: 0,
    apiCalls: 8,
    elapsedMs: 80,
    warnings: ['No Plan_Health_Setting__mdt record named Default: using the default thresholds.']
  });
  assert.ok(!line.includes('\n') && line.includes('warning: No Plan_Health_Setting__mdt'), line);
});
