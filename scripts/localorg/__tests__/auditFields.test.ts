import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Connection } from 'jsforce';
import { raw, rep, seedPlan, sfError, withOrg, TODAY } from './helpers.ts';

interface Audit {
  Id: string;
  CreatedDate: string;
  CreatedById: string;
  LastModifiedDate: string;
  LastModifiedById: string;
  SystemModstamp: string;
}
const AUDIT = 'Id, CreatedDate, CreatedById, LastModifiedDate, LastModifiedById, SystemModstamp';

async function audit(conn: Connection, object: string, id: string): Promise<Audit> {
  const result = await conn.query<Audit>(`SELECT ${AUDIT} FROM ${object} WHERE Id = '${id}'`);
  const [row] = result.records;
  assert.ok(row, `${object} ${id} was not found`);
  return row;
}

const at = (seconds: number) => new Date(Date.parse(`${TODAY}T12:00:00Z`) + seconds * 1000).toISOString();
const same = (a: string, b: string) => assert.equal(new Date(a).toISOString(), new Date(b).toISOString());

test('audit fields: insert and update through REST carry the session user and the org clock', async () => {
  const { org, conn } = await withOrg();
  try {
    const rita = rep(org);
    const account = (await rita.conn.sobject('Account').create({ Name: 'Globex' })) as { id: string };
    let row = await audit(conn, 'Account', account.id);
    assert.equal(row.CreatedById, rita.userId);
    assert.equal(row.LastModifiedById, rita.userId);
    same(row.CreatedDate, at(0));
    same(row.SystemModstamp, at(0));
    same(row.LastModifiedDate, at(0));

    org.clock.advance(5_000);
    await conn.sobject('Account').update({ Id: account.id, Name: 'Globex Corp' });
    row = await audit(conn, 'Account', account.id);
    same(row.CreatedDate, at(0));
    assert.equal(row.CreatedById, rita.userId, 'the creator stays');
    assert.equal(row.LastModifiedById, org.store.adminUserId, 'the last writer is the admin');
    same(row.LastModifiedDate, at(5));
    same(row.SystemModstamp, at(5));

    const info = await rita.conn.request<{ user_id: string }>('/services/oauth2/userinfo');
    assert.equal(info.user_id, rita.userId, 'userinfo names the session user');
  } finally {
    await org.close();
  }
});

test('audit fields: a roll-up summary change modifies the master, other child edits do not', async () => {
  const { org, conn } = await withOrg();
  try {
    const rita = rep(org);
    const { oppId } = await seedPlan(conn);
    const opportunityBefore = await audit(conn, 'Opportunity', oppId);

    org.clock.advance(10_000);
    // A Draft plan does not move Active_Plan_Count__c: the opportunity is not modified.
    const draft = (await rita.conn
      .sobject('Mutual_Action_Plan__c')
      .create({ Name: 'Draft plan', Opportunity__c: oppId, Status__c: 'Draft' })) as { id: string };
    assert.deepEqual(await audit(conn, 'Opportunity', oppId), opportunityBefore);

    org.clock.advance(10_000);
    // Draft → Active moves the roll-up summary: the opportunity is saved, by the plan's writer.
    await rita.conn.sobject('Mutual_Action_Plan__c').update({ Id: draft.id, Status__c: 'Active' });
    let opportunity = await audit(conn, 'Opportunity', oppId);
    same(opportunity.SystemModstamp, at(20));
    same(opportunity.LastModifiedDate, at(20));
    assert.equal(opportunity.LastModifiedById, rita.userId);

    org.clock.advance(10_000);
    await conn.sobject('Mutual_Action_Plan__c').update({ Id: draft.id, Name: 'Renamed' });
    opportunity = await audit(conn, 'Opportunity', oppId);
    same(opportunity.SystemModstamp, at(20));

    // A step insert moves the plan's Step_Count__c (the plan is modified), not the opportunity's summaries.
    org.clock.advance(10_000);
    const step = (await rita.conn
      .sobject('Plan_Step__c')
      .create({ Name: 'Kick-off', Plan__c: draft.id, Side__c: 'Seller' })) as { id: string };
    const plan = await audit(conn, 'Mutual_Action_Plan__c', draft.id);
    same(plan.SystemModstamp, at(40));
    assert.equal(plan.LastModifiedById, rita.userId);
    same((await audit(conn, 'Opportunity', oppId)).SystemModstamp, at(20));

    // Deleting the step moves Step_Count__c back: the plan is modified again.
    org.clock.advance(10_000);
    await conn.sobject('Plan_Step__c').destroy(step.id);
    const afterDelete = await audit(conn, 'Mutual_Action_Plan__c', draft.id);
    same(afterDelete.SystemModstamp, at(50));
    assert.equal(afterDelete.LastModifiedById, org.store.adminUserId);
  } finally {
    await org.close();
  }
});

test('audit fields: collections, composite and Bulk ingest write as the session user', async () => {
  const { org, conn } = await withOrg();
  try {
    const rita = rep(org);
    const { planId } = await seedPlan(conn);
    org.clock.advance(60_000);
    const created = await rita.conn.requestPost<{ id: string; success: boolean }[]>(
      '/services/data/v68.0/composite/sobjects',
      {
        allOrNone: true,
        records: [{ attributes: { type: 'Plan_Step__c' }, Name: 'From collections', Plan__c: planId }]
      }
    );
    const fromCollections = await audit(conn, 'Plan_Step__c', created[0].id);
    assert.equal(fromCollections.LastModifiedById, rita.userId);
    same(fromCollections.SystemModstamp, at(60));

    org.clock.advance(1_000);
    const composite = await rita.conn.requestPost<{
      compositeResponse: { httpStatusCode: number; body: { id?: string } }[];
    }>('/services/data/v68.0/composite', {
      allOrNone: true,
      compositeRequest: [
        {
          method: 'PATCH',
          url: `/services/data/v68.0/sobjects/Plan_Step__c/${created[0].id}`,
          referenceId: 'step',
          body: { Name: 'From composite' }
        }
      ]
    });
    assert.equal(composite.compositeResponse[0].httpStatusCode, 204);
    const fromComposite = await audit(conn, 'Plan_Step__c', created[0].id);
    same(fromComposite.SystemModstamp, at(61));
    assert.equal(fromComposite.LastModifiedById, rita.userId);

    // A Bulk job created by Rita writes as Rita, however late it is processed.
    org.clock.advance(1_000);
    const post = (path: string, body: unknown, method = 'POST', type = 'application/json') =>
      fetch(`${org.url}/services/data/v68.0${path}`, {
        method,
        headers: { Authorization: `Bearer ${rita.token}`, 'Content-Type': type },
        body: typeof body === 'string' ? body : JSON.stringify(body)
      });
    const job = (await (
      await post('/jobs/ingest', { object: 'Plan_Step__c', operation: 'update' })
    ).json()) as {
      id: string;
    };
    await post(`/jobs/ingest/${job.id}/batches`, `Id,Name\n${created[0].id},From Bulk\n`, 'PUT', 'text/csv');
    await post(`/jobs/ingest/${job.id}`, { state: 'UploadComplete' }, 'PATCH');
    for (let i = 0; i < 50; i++) {
      const state = (await (await raw(org, 'GET', `/services/data/v68.0/jobs/ingest/${job.id}`)).json()) as {
        state: string;
      };
      if (state.state === 'JobComplete') break;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    const fromBulk = await audit(conn, 'Plan_Step__c', created[0].id);
    assert.equal(fromBulk.LastModifiedById, rita.userId);
    same(fromBulk.SystemModstamp, at(62));
  } finally {
    await org.close();
  }
});

test('SOQL filters on SystemModstamp and LastModifiedById with datetime literals', async () => {
  const { org, conn } = await withOrg();
  try {
    const rita = rep(org);
    const { accountId } = await seedPlan(conn);
    org.clock.advance(30_000);
    await rita.conn.sobject('Account').update({ Id: accountId, Name: 'Acme (edited)' });
    const since = (op: string, stamp: string, user = '') =>
      conn.query<{ Id: string }>(
        `SELECT Id FROM Account WHERE SystemModstamp ${op} ${stamp}${user ? ` AND LastModifiedById != '${user}'` : ''}`
      );
    assert.equal((await since('>', '2026-11-24T12:00:00Z')).totalSize, 1);
    assert.equal((await since('>=', '2026-11-24T12:00:30.000Z')).totalSize, 1);
    assert.equal((await since('>', '2026-11-24T12:00:30Z')).totalSize, 0);
    assert.equal((await since('>', '2026-11-24T13:00:00+01:00')).totalSize, 1, 'offsets are honoured');
    assert.equal(
      (await since('>', '2026-11-24T12:00:00Z', rita.userId)).totalSize,
      0,
      'Rita’s edit excluded'
    );
    const byAdmin = await conn.query<{ Id: string }>(
      `SELECT Id FROM Account WHERE LastModifiedDate < 2026-11-24T12:00:10Z OR CreatedById = '${rita.userId}'`
    );
    assert.equal(byAdmin.totalSize, 0);
  } finally {
    await org.close();
  }
});

test('sessions: an expired token is refused while other sessions go on', async () => {
  const { org, conn } = await withOrg();
  try {
    const rita = rep(org);
    org.sessions.expire(rita.token);
    const e = await sfError(rita.conn.query('SELECT Id FROM Account'));
    assert.equal(e.errorCode, 'INVALID_SESSION_ID');
    assert.equal((await conn.query('SELECT Id FROM Account')).totalSize, 0);
  } finally {
    await org.close();
  }
});
