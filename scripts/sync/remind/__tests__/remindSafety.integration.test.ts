import { test, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { CallMeter } from '../../../salesforce/callMeter.ts';
import { OrgClient } from '../../../salesforce/orgClient.ts';
import { generateDemoData, loadTemplates } from '../../../localorg/demoData.ts';
import { PROJECT_ROOT, startLocalOrg, type LocalOrg } from '../../../localorg/index.ts';
import { addUser } from '../../../localorg/users.ts';
import { Reporter } from '../../reporter.ts';
import { addDays, periodStart } from '../dates.ts';
import { sendOnce, type Outgoing } from '../send.ts';
import { NEW_ORG_TASK_STATUSES, taskStatuses } from '../taskPlan.ts';
import { DEFAULT_REMIND, runRemind, type RemindOptions } from '../remind.ts';

/**
 * What remind must never do: strand a claim unsent when the budget runs out, notify an inactive
 * owner or a review long past, complete a step for a Task its former owner closed, send a buyer a
 * second digest within one period's days, name a deal to a step owner who does not own it.
 */

const TODAY = '2026-11-24';
const REMIND_DAY = '2026-11-28';
const retry = { attempts: 4, baseDelayMs: 5, maxDelayMs: 20 };

type Row = Record<string, string | number | null>;
let org: LocalOrg;

before(async () => {
  org = await startLocalOrg({ clock: `${TODAY}T12:00:00Z` });
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
  org.faults.reset();
});

const client = (budget = Number.POSITIVE_INFINITY) =>
  new OrgClient(
    { instanceUrl: org.url, accessToken: org.token, apiVersion: '68.0', label: 'local' },
    new CallMeter(budget)
  );
const remind = (options: Partial<RemindOptions> = {}) =>
  runRemind(
    client(),
    { ...DEFAULT_REMIND, today: REMIND_DAY, retry, ...options },
    new Reporter({ json: true })
  );
const rows = (sql: string, ...params: (string | number)[]): Row[] =>
  org.store.db.prepare(sql).all(...params) as Row[];

/** One overdue-step notification to the admin user, keyed `key`. */
function notification(key: string): Outgoing {
  const [type] = rows('SELECT Id FROM CustomNotificationType LIMIT 1');
  const [step] = rows(
    'SELECT s.Id, p.Opportunity__c FROM Plan_Step__c s JOIN Mutual_Action_Plan__c p ON p.Id = s.Plan__c LIMIT 1'
  );
  return {
    claim: {
      key,
      kind: 'Overdue Step',
      recordId: String(step.Id),
      recipientId: org.store.adminUserId,
      planId: null,
      detail: 'Budget test'
    },
    input: {
      customNotifTypeId: String(type.Id),
      recipientIds: [org.store.adminUserId],
      title: 'Budget test',
      body: 'Budget test',
      targetId: String(step.Opportunity__c)
    }
  };
}

const ledgerRow = (key: string): Row | undefined =>
  rows('SELECT * FROM Plan_Reminder__c WHERE IsDeleted = 0 AND Reminder_Key__c = ?', key).at(0);

test('a tiny API budget never leaves a claimed notification unsent: the batch waits for the next run', async () => {
  const sentBefore = org.notifications.messages().length;
  // The claim's answer is lost twice (the org saved it): the claim takes three calls and a read-back.
  org.faults.failNthCall(1, 500, { afterHandling: true });
  org.faults.failNthCall(2, 500, { afterHandling: true });
  const tiny = client(4);
  const tally = await sendOnce(tiny, 'customNotificationAction', [notification('test:tiny-budget')], {
    runId: 'run-tiny',
    retry,
    now: () => new Date(),
    ledger: new Reporter({ json: true }).ledger,
    label: 'notifications'
  });
  assert.equal(tally.notSent, 1);
  assert.equal(ledgerRow('test:tiny-budget'), undefined, 'nothing was claimed that could not be sent');
  assert.equal(org.notifications.messages().length, sentBefore);
  assert.ok(tiny.meter.calls <= 4);
});

test('a budget that fits a batch with its retries sends and settles the claim despite lost answers', async () => {
  const sentBefore = org.notifications.messages().length;
  org.faults.failNthCall(1, 500, { afterHandling: true });
  org.faults.failNthCall(2, 500, { afterHandling: true });
  const enough = client(2 * retry.attempts + 2);
  const tally = await sendOnce(enough, 'customNotificationAction', [notification('test:enough-budget')], {
    runId: 'run-enough',
    retry,
    now: () => new Date(),
    ledger: new Reporter({ json: true }).ledger,
    label: 'notifications'
  });
  assert.equal(tally.sent, 1);
  assert.equal(ledgerRow('test:enough-budget')?.Status__c, 'Sent');
  assert.equal(org.notifications.messages().length, sentBefore + 1);
});

test('review notices: none for an inactive deal owner, none for a review past the lookback', async () => {
  const plans = rows(
    `SELECT p.Id, o.Id AS OppId, o.Name AS OppName FROM Mutual_Action_Plan__c p
     JOIN Opportunity o ON o.Id = p.Opportunity__c WHERE p.IsDeleted = 0 AND p.Status__c = 'Active' ORDER BY p.Id`
  );
  assert.ok(plans.length >= 3, 'three active plans');
  const [recent, old, leaver] = plans;
  const gone = addUser(org.store, { firstName: 'Former', lastName: 'Owner', username: 'former@local.org' });
  org.store.update('Opportunity', String(leaver.OppId), { OwnerId: gone });
  org.store.db.prepare('UPDATE "User" SET "IsActive" = 0 WHERE "Id" = ?').run(gone);
  org.store.update('Mutual_Action_Plan__c', String(recent.Id), {
    Next_Review_Date__c: addDays(REMIND_DAY, -2)
  });
  org.store.update('Mutual_Action_Plan__c', String(old.Id), {
    Next_Review_Date__c: addDays(REMIND_DAY, -60)
  });
  org.store.update('Mutual_Action_Plan__c', String(leaver.Id), {
    Next_Review_Date__c: addDays(REMIND_DAY, -2)
  });
  // A buyer update on the leaver's deal: it is news, but its owner cannot be told.
  org.store.insert('Plan_Buyer_Action__c', {
    Plan__c: String(leaver.Id),
    Type__c: 'Comment',
    Actor_Name__c: 'Pat Buyer',
    Message__c: 'Any news?'
  });

  const summary = await remind({ dryRun: true });
  const titles = summary.notifications.items.map((n) => n.title);
  const reviews = titles.filter((t) => t.startsWith('Plan review overdue: '));
  assert.ok(reviews.includes(`Plan review overdue: ${String(recent.OppName)}`), 'a review overdue this week');
  assert.ok(!reviews.includes(`Plan review overdue: ${String(old.OppName)}`), 'a review two months past');
  assert.ok(!titles.some((t) => t.endsWith(String(leaver.OppName))), 'a notice to an inactive owner');
  assert.ok(!summary.notifications.items.some((n) => n.to === 'Former Owner'));
});

test('a Task closed by the step’s former owner does not complete the step: it goes to the new owner', async () => {
  org.clock.set(`${REMIND_DAY}T08:00:00Z`);
  await remind();
  const [task] = rows(
    `SELECT t.Id, t.OwnerId, t.Plan_Step_Key__c, s.Plan__c FROM Task t JOIN Plan_Step__c s ON s.Id = t.Plan_Step_Key__c
     WHERE t.IsDeleted = 0 AND t.IsClosed = 0 ORDER BY t.Id LIMIT 1`
  );
  assert.ok(task, 'remind made Tasks');
  const newOwner = addUser(org.store, {
    firstName: 'New',
    lastName: 'Owner',
    username: 'new.owner@local.org'
  });
  const stakeholder = org.store.insert('Plan_Stakeholder__c', {
    Plan__c: String(task.Plan__c),
    Name: 'New Owner',
    Side__c: 'Seller',
    User__c: newOwner
  });
  // Reassigned on the plan; before the next sync the former owner closes the Task.
  org.store.update('Plan_Step__c', String(task.Plan_Step_Key__c), { Owner__c: stakeholder });
  org.store.update('Task', String(task.Id), { Status: 'Completed' });

  const summary = await remind();
  assert.equal(summary.tasks.stepsCompleted ?? 0, 0);
  const [step] = rows('SELECT Status__c FROM Plan_Step__c WHERE Id = ?', String(task.Plan_Step_Key__c));
  assert.notEqual(step.Status__c, 'Done');
  const [reopened] = rows('SELECT OwnerId, IsClosed, Description FROM Task WHERE Id = ?', String(task.Id));
  assert.equal(reopened.OwnerId, newOwner);
  assert.equal(reopened.IsClosed, 0);
});

test('a Task or a notice names the plan and deal only to the deal’s owner', () => {
  const tasks = rows(
    `SELECT t.OwnerId, t.Description, o.OwnerId AS DealOwner, o.Name AS DealName, p.Name AS PlanName
     FROM Task t JOIN Plan_Step__c s ON s.Id = t.Plan_Step_Key__c JOIN Mutual_Action_Plan__c p ON p.Id = s.Plan__c
     JOIN Opportunity o ON o.Id = p.Opportunity__c WHERE t.IsDeleted = 0`
  );
  const own = tasks.filter((t) => t.OwnerId === t.DealOwner);
  const others = tasks.filter((t) => t.OwnerId !== t.DealOwner);
  assert.ok(
    own.length > 0 && others.length > 0,
    `Tasks of deal owners (${own.length}) and of others (${others.length})`
  );
  for (const t of own) assert.ok(String(t.Description).includes(String(t.DealName)));
  for (const t of others) {
    assert.ok(!String(t.Description).includes(String(t.DealName)), 'a deal named to a non-owner');
    assert.ok(!String(t.Description).includes(`"${String(t.PlanName)}"`), 'a plan named to a non-owner');
  }
  const notices = org.notifications.messages();
  const dealNames = new Map(
    rows('SELECT OwnerId, Name FROM Opportunity').map((o) => [String(o.Name), String(o.OwnerId)])
  );
  for (const n of notices.filter((m) => m.title.startsWith('Plan step overdue: ')))
    for (const [name, owner] of dealNames)
      if (n.body.includes(` on ${name}.`)) assert.deepEqual(n.recipientIds, [owner]);
});

test('a buyer gets no second digest within the period’s days, even across a period boundary', async () => {
  // The last day of a 7-day period, well after the runs above, then the first day of the next.
  let last = addDays(REMIND_DAY, 14);
  while (periodStart(addDays(last, 1), 7) !== addDays(last, 1)) last = addDays(last, 1);
  const next = addDays(last, 1);
  org.clock.set(`${last}T08:00:00Z`);
  const sentBefore = org.outbox.messages().length;
  const first = await remind({ today: last });
  const firstTo = new Set(
    org.outbox
      .messages()
      .slice(sentBefore)
      .map((m) => m.recipientId)
  );
  assert.ok(first.digests.sent > 0 && firstTo.size > 0, 'digests went out on the last day of the period');

  org.clock.set(`${next}T08:00:00Z`);
  const middle = org.outbox.messages().length;
  const second = await remind({ today: next });
  const again = org.outbox
    .messages()
    .slice(middle)
    .filter((m) => firstTo.has(m.recipientId));
  assert.equal(again.length, 0, 'a contact was emailed a second digest the next day');
  assert.ok(second.digests.recent >= firstTo.size);
});

test('Task statuses follow the org: its default opens a Task, its closed status (Completed first) closes one', () => {
  const shipped = taskStatuses(NEW_ORG_TASK_STATUSES);
  assert.deepEqual(shipped, {
    open: 'Not Started',
    closed: 'Completed',
    byStep: {
      'Not Started': 'Not Started',
      'In Progress': 'In Progress',
      Blocked: 'Waiting on someone else',
      Done: 'Completed',
      Skipped: 'Completed'
    }
  });
  const custom = taskStatuses([
    { apiName: 'Backlog', isClosed: false, isDefault: false },
    { apiName: 'Open', isClosed: false, isDefault: true },
    { apiName: 'Cancelled', isClosed: true, isDefault: false },
    { apiName: 'Finished', isClosed: true, isDefault: false }
  ]);
  assert.deepEqual(custom, {
    open: 'Open',
    closed: 'Cancelled',
    byStep: {
      'Not Started': 'Open',
      'In Progress': 'Open',
      Blocked: 'Open',
      Done: 'Cancelled',
      Skipped: 'Cancelled'
    }
  });
  assert.equal(taskStatuses([{ apiName: 'Open', isClosed: false, isDefault: true }]), null);
});
