import { test, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CallMeter } from '../../../salesforce/callMeter.ts';
import { OrgClient } from '../../../salesforce/orgClient.ts';
import { generateDemoData, loadTemplates } from '../../../localorg/demoData.ts';
import { PROJECT_ROOT, startLocalOrg, type LocalOrg } from '../../../localorg/index.ts';
import { Reporter } from '../../reporter.ts';
import { main } from '../../main.ts';
import { DEFAULT_ROLLUP } from '../../rollup/rollup.ts';
import { DEFAULT_WATCH, Watch, type WatchEvent } from '../../watch/watch.ts';
import { DEFAULT_REMIND, runRemind, type RemindOptions } from '../remind.ts';

/** The org's clock and the demo data's today. */
const TODAY = '2026-11-24';
/** Remind runs a few days later: steps the demo left due this week are newly overdue. */
const REMIND_DAY = '2026-11-28';
const fast: Partial<RemindOptions> = {
  today: REMIND_DAY,
  retry: { attempts: 4, baseDelayMs: 5, maxDelayMs: 20 }
};

type Row = Record<string, string | number | null>;
let org: LocalOrg;
/** Armed by a test: called with each request line before the org answers it. */
let onRequest: ((line: string) => void) | null = null;

before(async () => {
  org = await startLocalOrg({ clock: `${TODAY}T12:00:00Z`, log: (line) => onRequest?.(line) });
  generateDemoData(org.store, {
    opportunities: 40,
    seed: 11,
    today: TODAY,
    templates: loadTemplates(path.join(PROJECT_ROOT, 'templates')),
    insertTemplates: false
  });
});
after(async () => {
  await org.close();
});
beforeEach(() => {
  onRequest = null;
  org.faults.reset();
});

const client = () =>
  new OrgClient(
    { instanceUrl: org.url, accessToken: org.token, apiVersion: '68.0', label: 'local' },
    new CallMeter()
  );
const remind = (options: Partial<RemindOptions> = {}) =>
  runRemind(client(), { ...DEFAULT_REMIND, ...fast, ...options }, new Reporter({ json: true }));
const rows = (sql: string, ...params: (string | number)[]): Row[] =>
  org.store.db.prepare(sql).all(...params) as Row[];

/** Open seller and joint steps of active plans owned by an active user: the steps that have a Task. */
function eligibleSteps(): Row[] {
  return rows(`SELECT s.Id, s.Name, s.Due_Date__c, h.User__c, p.Opportunity__c FROM Plan_Step__c s
    JOIN Plan_Stakeholder__c h ON h.Id = s.Owner__c JOIN Mutual_Action_Plan__c p ON p.Id = s.Plan__c
    JOIN User u ON u.Id = h.User__c
    WHERE s.IsDeleted = 0 AND s.Side__c IN ('Seller', 'Joint') AND p.Status__c = 'Active'
      AND COALESCE(s.Status__c, 'Not Started') NOT IN ('Done', 'Skipped') AND u.IsActive = 1`);
}
const liveTasks = (): Row[] => rows('SELECT * FROM Task WHERE IsDeleted = 0 ORDER BY Id');
const ledgerRows = (): Row[] => rows('SELECT * FROM Plan_Reminder__c WHERE IsDeleted = 0');

function assertOneTaskPerEligibleStep(): void {
  const steps = eligibleSteps();
  assert.ok(steps.length > 10, `the demo has seller steps owned by users (${steps.length})`);
  const open = liveTasks().filter((t) => t.IsClosed === 0);
  const byStep = new Map<string, Row[]>();
  for (const task of liveTasks())
    byStep.set(String(task.Plan_Step_Key__c), [...(byStep.get(String(task.Plan_Step_Key__c)) ?? []), task]);
  for (const [step, tasks] of byStep) assert.equal(tasks.length, 1, `step ${step} has ${tasks.length} Tasks`);
  for (const step of steps) {
    const task = byStep.get(String(step.Id))?.[0];
    assert.ok(task, `step ${String(step.Name)} has its Task`);
    assert.equal(task.OwnerId, step.User__c);
    assert.equal(task.WhatId, step.Opportunity__c);
    assert.equal(task.Subject, step.Name);
    assert.equal(task.ActivityDate, step.Due_Date__c);
    assert.equal(task.IsClosed, 0);
  }
  assert.equal(open.length, steps.length, 'no open Task for a step that is not an open seller step');
}

/** Each ledger key once, and the org sent exactly what the ledger says was sent. */
function assertNothingSentTwice(): void {
  const ledger = ledgerRows();
  const keys = ledger.map((r) => r.Reminder_Key__c);
  assert.equal(new Set(keys).size, keys.length);
  const sent = (kinds: string[]) =>
    ledger.filter((r) => kinds.includes(String(r.Kind__c)) && r.Status__c === 'Sent').length;
  assert.equal(
    org.outbox.messages().length,
    sent(['Buyer Digest']),
    'emails sent that the ledger does not hold once'
  );
  assert.equal(
    org.notifications.messages().length,
    sent(['Overdue Step', 'Buyer Update', 'Overdue Review']),
    'notifications sent that the ledger does not hold once'
  );
  const notified = org.notifications.messages().map((n) => `${n.recipientIds.join()}|${n.body}`);
  assert.equal(new Set(notified).size, notified.length, 'a notification was sent twice');
}

test('a dry run prints who would get what and changes nothing', async () => {
  const start = {
    tasks: liveTasks().length,
    ledger: ledgerRows().length,
    written: org.meter.snapshot().rowsWritten
  };
  const summary = await remind({ dryRun: true });
  assert.equal(summary.tasks.toCreate, eligibleSteps().length);
  assert.ok(
    summary.notifications.planned > 0 && summary.digests.planned > 0,
    'the demo has news and due buyer steps'
  );
  assert.equal(liveTasks().length, start.tasks);
  assert.equal(ledgerRows().length, start.ledger);
  assert.equal(org.meter.snapshot().rowsWritten, start.written);
  assert.equal(org.outbox.messages().length, 0);
  assert.equal(org.notifications.messages().length, 0);
});

test('the command line: --dry-run --json answers in the sf CLI shape', async () => {
  let out = '';
  const stdout = { write: (chunk: string) => ((out += chunk), true) } as unknown as NodeJS.WritableStream;
  const code = await main(['remind', '--dry-run', '--json', '--today', REMIND_DAY], stdout, {
    SF_INSTANCE_URL: org.url,
    SF_ACCESS_TOKEN: org.token
  });
  const answer = JSON.parse(out) as {
    status: number;
    result: { dryRun: boolean; tasks: { toCreate: number } };
  };
  assert.equal(code, 0);
  assert.equal(answer.status, 0);
  assert.equal(answer.result.dryRun, true);
  assert.equal(answer.result.tasks.toCreate, eligibleSteps().length);
  assert.equal(liveTasks().length, 0);
});

test('a lost answer to the Task create, then a crash before the digests, then a rerun: nothing twice', async () => {
  let creates = 0;
  onRequest = (line) => {
    // The first Task create is carried out and its answer lost: the run sends it again.
    if (line.includes('/composite/sobjects') && line.startsWith('POST') && ++creates === 1)
      org.faults.failNthCall(1, 500, { afterHandling: true });
    // The session ends as the digests go out: the run stops after claiming them.
    if (line.includes('/actions/standard/emailSimple')) org.faults.revokeSession();
  };
  await assert.rejects(remind(), /session/i);
  onRequest = null;
  org.faults.restoreSession();
  assertOneTaskPerEligibleStep();
  const claimedDigests = ledgerRows().filter(
    (r) => r.Kind__c === 'Buyer Digest' && r.Status__c === 'Claimed'
  );
  assert.ok(claimedDigests.length > 0, 'the digests were claimed before the crash');
  assert.equal(org.outbox.messages().length, 0);

  const rerun = await remind();
  assert.equal(rerun.tasks.created, 0);
  assertOneTaskPerEligibleStep();
  // At most once: what was claimed before the crash is not sent again.
  assert.equal(rerun.digests.sent, 0);
  assert.equal(org.outbox.messages().length, 0);
  assert.ok(org.notifications.messages().length > 0, 'the notifications went out before the crash');
  assertNothingSentTwice();
});

test('a rerun creates no Task and sends no notification or email again', async () => {
  const tasks = liveTasks().length;
  const notifications = org.notifications.messages().length;
  const emails = org.outbox.messages().length;
  const summary = await remind();
  assert.equal(summary.tasks.created, 0);
  assert.equal(summary.notifications.sent, 0);
  assert.equal(summary.digests.sent, 0);
  assert.equal(liveTasks().length, tasks);
  assert.equal(org.notifications.messages().length, notifications);
  assert.equal(org.outbox.messages().length, emails);
});

test('two runs at once make each Task and send each thing once', async () => {
  // New work for both: a seller step moved to a new owner date and new digests next period.
  const [a, b] = await Promise.all([remind({ today: '2026-12-02' }), remind({ today: '2026-12-02' })]);
  assert.equal((a.tasks.created ?? 0) + (b.tasks.created ?? 0), 0);
  assert.ok(a.digests.sent + b.digests.sent > 0, 'a new period brings new digests');
  assertOneTaskPerEligibleStep();
  assertNothingSentTwice();
});

test('completing a Task in the org completes its step at the next sync', async () => {
  const task = liveTasks().find((t) => t.IsClosed === 0);
  assert.ok(task);
  org.store.update('Task', String(task.Id), { Status: 'Completed' });
  const summary = await remind();
  assert.equal(summary.tasks.stepsCompleted, 1);
  const [step] = rows(
    'SELECT Status__c, Completed_Date__c FROM Plan_Step__c WHERE Id = ?',
    String(task.Plan_Step_Key__c)
  );
  assert.equal(step.Status__c, 'Done');
  assert.equal(step.Completed_Date__c, TODAY);
  const [marked] = rows('SELECT Plan_Step_Status__c, IsClosed FROM Task WHERE Id = ?', String(task.Id));
  assert.equal(marked.Plan_Step_Status__c, 'Done');
  assert.equal(marked.IsClosed, 1);
  assertOneTaskPerEligibleStep();
});

test('completing a step completes its Task; reopening it reopens the same Task', async () => {
  const task = liveTasks().find((t) => t.IsClosed === 0);
  assert.ok(task);
  const stepId = String(task.Plan_Step_Key__c);
  org.store.update('Plan_Step__c', stepId, { Status__c: 'Done', Completed_Date__c: TODAY });
  const closed = await remind();
  assert.equal(closed.tasks.closed, 1);
  const [done] = rows('SELECT Status, IsClosed, Plan_Step_Status__c FROM Task WHERE Id = ?', String(task.Id));
  assert.deepEqual({ ...done }, { Status: 'Completed', IsClosed: 1, Plan_Step_Status__c: 'Done' });

  org.store.update('Plan_Step__c', stepId, { Status__c: 'In Progress', Completed_Date__c: null });
  const reopened = await remind();
  assert.equal(reopened.tasks.reopened, 1);
  assert.equal(reopened.tasks.created, 0);
  const [open] = rows('SELECT Status, IsClosed FROM Task WHERE Id = ?', String(task.Id));
  assert.deepEqual({ ...open }, { Status: 'In Progress', IsClosed: 0 });
  assertOneTaskPerEligibleStep();
});

test('a Task is made for no buyer step and no step without a user owner', () => {
  const keyed = new Set(liveTasks().map((t) => String(t.Plan_Step_Key__c)));
  const others = rows(`SELECT s.Id FROM Plan_Step__c s LEFT JOIN Plan_Stakeholder__c h ON h.Id = s.Owner__c
    WHERE s.IsDeleted = 0 AND (s.Side__c = 'Buyer' OR h.User__c IS NULL)`);
  assert.ok(others.length > 0);
  for (const step of others) assert.ok(!keyed.has(String(step.Id)), `step ${String(step.Id)} got a Task`);
});

test('an opted-out contact gets no digest and an Internal step is in no email', async () => {
  const period = '2026-12-16';
  const buyerSteps = rows(
    `SELECT s.Id, h.Contact__c FROM Plan_Step__c s JOIN Plan_Stakeholder__c h ON h.Id = s.Owner__c
    JOIN Mutual_Action_Plan__c p ON p.Id = s.Plan__c
    WHERE s.IsDeleted = 0 AND h.Side__c = 'Buyer' AND h.Contact__c IS NOT NULL AND p.Status__c = 'Active'
      AND s.Visibility__c = 'Shared' AND COALESCE(s.Status__c, 'Not Started') NOT IN ('Done', 'Skipped')
      AND s.Due_Date__c <= ? ORDER BY s.Id`,
    period
  );
  const contacts = [...new Set(buyerSteps.map((s) => String(s.Contact__c)))];
  assert.ok(contacts.length >= 2, 'two buyer owners with due steps');
  const [optedOut, other] = contacts;
  org.store.update('Contact', optedOut, { HasOptedOutOfEmail: true });
  const internal = buyerSteps.find((s) => s.Contact__c === other);
  assert.ok(internal);
  org.store.update('Plan_Step__c', String(internal.Id), {
    Name: 'Quietly renegotiate margin',
    Visibility__c: 'Internal'
  });
  const earlier = org.outbox.messages().length;
  const summary = await remind({ today: period });
  const sent = org.outbox.messages().slice(earlier);
  assert.ok(sent.length > 0 && summary.digests.optedOut >= 1);
  assert.ok(!sent.some((m) => m.recipientId === optedOut), 'the opted-out contact got a digest');
  assert.ok(!sent.some((m) => m.body.includes('Quietly renegotiate margin')), 'an Internal step was emailed');
  assert.ok(sent.every((m) => !m.body.includes('Internal')));
  assertNothingSentTwice();
});

test('rollup --watch --remind: remind runs after a pass, within the cycle, and logs its line', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'remind-watch-'));
  const events: WatchEvent[] = [];
  const tasksBefore = liveTasks().length;
  try {
    const watch = new Watch(
      {
        ...DEFAULT_WATCH,
        stateFile: path.join(dir, 'state.json'),
        rollup: { ...DEFAULT_ROLLUP, today: REMIND_DAY, retry: fast.retry ?? DEFAULT_ROLLUP.retry },
        maxCycles: 1,
        afterPass: async (c, maxApiCalls) => {
          const summary = await runRemind(
            c,
            { ...DEFAULT_REMIND, ...fast, maxApiCalls },
            new Reporter({ json: true })
          );
          return `remind: ${summary.tasks.created ?? 0} Tasks created, ${summary.notifications.sent} notifications`;
        }
      },
      {
        connect: () => Promise.resolve(client()),
        now: () => org.clock.now(),
        sleep: () => Promise.resolve(),
        log: (event) => events.push(event),
        signal: new AbortController().signal
      }
    );
    await watch.run();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const kinds = events.map((e) => e.event);
  assert.deepEqual(kinds.slice(kinds.indexOf('cycle')), ['cycle', 'remind', 'stop']);
  assert.match(
    events.find((e) => e.event === 'remind')?.message ?? '',
    /^remind: 0 Tasks created, 0 notifications$/
  );
  assert.equal(liveTasks().length, tasksBefore);
  assertOneTaskPerEligibleStep();
});
