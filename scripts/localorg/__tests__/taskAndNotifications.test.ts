import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { LocalOrg } from '../index.ts';
import { addUser } from '../users.ts';
import { raw, rep, seedPlan, TODAY, withOrg } from './helpers.ts';

/** Task with Salesforce's status and priority semantics, and the Custom Notification action. */

const V = '/services/data/v68.0';
const NOTIFY = `${V}/actions/standard/customNotificationAction`;

interface SaveResult {
  id?: string;
  success: boolean;
  errors: { statusCode: string; message: string; fields: string[] }[];
}

async function createTasks(org: LocalOrg, records: Record<string, unknown>[], token = org.token) {
  const res = await raw(
    org,
    'POST',
    `${V}/composite/sobjects`,
    { allOrNone: false, records: records.map((r) => ({ attributes: { type: 'Task' }, ...r })) },
    { Authorization: `Bearer ${token}` }
  );
  return { status: res.status, results: res.json() as SaveResult[] };
}

const task = (org: LocalOrg, id: string) => org.store.row('Task', id) ?? {};

test('a Task takes its defaults, its owner and its closed state from its status, as Salesforce does', async () => {
  const { org, conn } = await withOrg();
  try {
    const { oppId, accountId } = await seedPlan(conn);
    const { userId, token } = rep(org);
    const { results } = await createTasks(org, [{ Subject: 'Call back', WhatId: oppId }], token);
    const id = results[0].id ?? '';
    assert.equal(results[0].success, true);
    const created = task(org, id);
    assert.equal(created.Status, 'Not Started');
    assert.equal(created.Priority, 'Normal');
    assert.equal(created.OwnerId, userId, 'the creating user owns a Task that names no owner');
    assert.equal(created.IsClosed, 0);
    assert.equal(created.AccountId, accountId, 'the opportunity’s account');

    org.clock.set(`${TODAY}T15:30:00Z`);
    await conn.sobject('Task').update({ Id: id, Status: 'Completed', Priority: 'High' });
    const done = task(org, id);
    assert.equal(done.IsClosed, 1);
    assert.equal(done.IsHighPriority, 1);
    assert.equal(done.CompletedDateTime, `${TODAY}T15:30:00.000Z`);

    await conn.sobject('Task').update({ Id: id, Status: 'In Progress' });
    assert.equal(task(org, id).IsClosed, 0);
    assert.equal(task(org, id).CompletedDateTime, null);
    const queried = await conn.query<{ Id: string }>(
      `SELECT Id FROM Task WHERE WhatId = '${oppId}' AND IsClosed = false`
    );
    assert.deepEqual(
      queried.records.map((r) => r.Id),
      [id]
    );
  } finally {
    await org.close();
  }
});

test('TaskStatus lists the Task statuses as a new org ships them: Not Started the default, Completed the one closed', async () => {
  const { org, conn } = await withOrg();
  try {
    const statuses = await conn.query<{
      ApiName: string;
      MasterLabel: string;
      IsClosed: boolean;
      IsDefault: boolean;
    }>('SELECT ApiName, MasterLabel, IsClosed, IsDefault FROM TaskStatus ORDER BY SortOrder');
    assert.deepEqual(
      statuses.records.map((r) => [r.ApiName, r.MasterLabel, r.IsClosed, r.IsDefault]),
      [
        ['Not Started', 'Not Started', false, true],
        ['In Progress', 'In Progress', false, false],
        ['Completed', 'Completed', true, false],
        ['Waiting on someone else', 'Waiting on someone else', false, false],
        ['Deferred', 'Deferred', false, false]
      ]
    );
    const closed = await conn.query<{ ApiName: string }>(
      'SELECT ApiName FROM TaskStatus WHERE IsClosed = true'
    );
    assert.deepEqual(
      closed.records.map((r) => r.ApiName),
      ['Completed']
    );
  } finally {
    await org.close();
  }
});

test('a Task refuses what Salesforce refuses, record by record', async () => {
  const { org, conn } = await withOrg();
  try {
    const { oppId } = await seedPlan(conn);
    const contact = (await conn.sobject('Contact').create({ LastName: 'Buyer' })) as { id: string };
    const gone = addUser(org.store, { firstName: 'Old', lastName: 'Rep', username: 'old@local.org' });
    org.store.db.prepare('UPDATE "User" SET "IsActive" = 0 WHERE "Id" = ?').run(gone);
    const { status, results } = await createTasks(org, [
      { Subject: 'ok', WhatId: oppId },
      { Subject: 'bad status', Status: 'Finished' },
      { Subject: 'no status', Status: null },
      { Subject: 'to a person', WhatId: contact.id },
      { Subject: 'to a leaver', OwnerId: gone },
      { Subject: 'closed by hand', IsClosed: true }
    ]);
    assert.equal(status, 200);
    assert.deepEqual(
      results.map((r) => (r.success ? 'ok' : r.errors[0].statusCode)),
      [
        'ok',
        'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST',
        'REQUIRED_FIELD_MISSING',
        'FIELD_INTEGRITY_EXCEPTION',
        'INACTIVE_OWNER_OR_USER',
        'INVALID_FIELD_FOR_INSERT_UPDATE'
      ]
    );
    const many = await createTasks(
      org,
      Array.from({ length: 201 }, (_, i) => ({ Subject: `t${i}` }))
    );
    assert.equal(many.status, 400);
    assert.equal(org.store.count('Task'), 1);
    // Deleting the opportunity deletes its Tasks, as activities go with their record.
    await conn.sobject('Opportunity').destroy(oppId);
    assert.equal(org.store.count('Task'), 0);
  } finally {
    await org.close();
  }
});

test('activity custom fields from objects/Activity are Task fields, External ID included', async () => {
  const { org, conn } = await withOrg();
  try {
    const describe = await conn.sobject('Task').describe();
    const key = describe.fields.find((f) => f.name === 'Plan_Step_Key__c');
    assert.ok(key, 'Plan_Step_Key__c on Task');
    assert.equal(key.externalId, true);
    assert.equal(key.unique, false);
    assert.ok(describe.fields.some((f) => f.name === 'Plan_Step_Status__c'));
  } finally {
    await org.close();
  }
});

test('the Custom Notification action sends to users of a notification type the package ships', async () => {
  const { org, conn } = await withOrg();
  try {
    const { oppId } = await seedPlan(conn);
    const { userId } = rep(org);
    const types = await conn.query<{ Id: string; DeveloperName: string }>(
      "SELECT Id, DeveloperName FROM CustomNotificationType WHERE DeveloperName = 'Plan_Reminder'"
    );
    const typeId = types.records[0]?.Id;
    assert.ok(typeId, 'the package’s notification type is seeded');
    const res = await raw(org, 'POST', NOTIFY, {
      inputs: [
        {
          customNotifTypeId: typeId,
          recipientIds: [userId],
          title: 'Step overdue',
          body: 'Do it',
          targetId: oppId
        },
        { customNotifTypeId: typeId, recipientIds: [oppId], title: 'x', body: 'y', targetId: oppId },
        {
          customNotifTypeId: typeId,
          recipientIds: [userId],
          title: 't'.repeat(251),
          body: 'y',
          targetId: oppId
        },
        { customNotifTypeId: typeId, recipientIds: [userId], title: 'no target', body: 'y' },
        { recipientIds: [userId], title: 'no type', body: 'y', targetId: oppId }
      ]
    });
    assert.equal(res.status, 200);
    const results = res.json() as { isSuccess: boolean; errors: { statusCode: string }[] | null }[];
    assert.deepEqual(
      results.map((r) => (r.isSuccess ? 'ok' : r.errors?.[0].statusCode)),
      [
        'ok',
        'INVALID_CROSS_REFERENCE_KEY',
        'STRING_TOO_LONG',
        'REQUIRED_FIELD_MISSING',
        'REQUIRED_FIELD_MISSING'
      ]
    );
    assert.deepEqual(
      org.notifications
        .messages()
        .map((n) => ({ to: n.recipientIds, title: n.title, type: n.typeName, target: n.targetId })),
      [{ to: [userId], title: 'Step overdue', type: 'Plan_Reminder', target: oppId }]
    );
    const outbox = await raw(org, 'GET', '/__local/notifications');
    assert.equal((outbox.json() as { notifications: unknown[] }).notifications.length, 1);
    const none = await raw(org, 'POST', NOTIFY, {
      inputs: [{ customNotifTypeId: typeId, recipientIds: [userId], title: 'x', body: 'y' }]
    });
    assert.equal(none.status, 400, 'no input succeeded');
  } finally {
    await org.close();
  }
});
