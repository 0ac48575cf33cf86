import { test } from 'node:test';
import assert from 'node:assert/strict';
import { raw, seedPlan, sfError, withOrg } from './helpers.ts';

interface Result {
  success: boolean;
  errors: { statusCode: string; message: string }[];
}

test('faults: UNABLE_TO_LOCK_ROW by record and at a seeded rate, 5xx on the nth call, exhausted limits, revoked session', async () => {
  const { org, conn } = await withOrg();
  try {
    const { planId, oppId } = await seedPlan(conn);
    org.faults.lockRecords([oppId]);
    let e = await sfError(conn.sobject('Opportunity').update({ Id: oppId, NextStep: 'x' }));
    assert.equal(e.errorCode, 'UNABLE_TO_LOCK_ROW');
    const res = await conn.requestPost<Result[]>('/services/data/v68.0/composite/sobjects', {
      allOrNone: false,
      records: [{ attributes: { type: 'Mutual_Action_Plan__c' }, Name: 'second', Opportunity__c: oppId }]
    });
    assert.equal(res[0].errors[0].statusCode, 'UNABLE_TO_LOCK_ROW', 'a child insert locks its master');
    org.faults.unlockRecords();
    const rate = async (seed: number) => {
      org.faults.setLockRate(0.5, seed);
      const records = Array.from({ length: 40 }, (_v, i) => ({
        attributes: { type: 'Plan_Step__c' },
        Name: `s${i}`,
        Plan__c: planId
      }));
      const out = await conn.requestPost<Result[]>('/services/data/v68.0/composite/sobjects', {
        allOrNone: false,
        records
      });
      return out.map((r) => (r.success ? 1 : 0)).join('');
    };
    const a = await rate(11);
    const b = await rate(11);
    assert.equal(a, b, 'same seed, same failures');
    assert.ok(a.includes('0') && a.includes('1'));
    org.faults.setLockRate(0);
    org.faults.failNthCall(1, 503);
    e = await sfError(conn.requestPost('/services/data/v68.0/sobjects/Account', { Name: 'x' }));
    assert.equal(e.errorCode, 'SERVER_UNAVAILABLE');
    org.faults.failNthCall(2, 500);
    await conn.query('SELECT Id FROM Account');
    e = await sfError(conn.requestPost('/services/data/v68.0/sobjects/Account', { Name: 'y' }));
    assert.equal(e.errorCode, 'UNKNOWN_EXCEPTION');
    org.limits.setRemaining(1);
    await conn.query('SELECT Id FROM Account');
    e = await sfError(conn.query('SELECT Id FROM Account'));
    assert.equal(e.errorCode, 'REQUEST_LIMIT_EXCEEDED');
    const limited = await raw(org, 'GET', '/services/data/v68.0/limits');
    assert.equal(limited.status, 403);
    assert.equal(limited.headers.get('sforce-limit-info'), 'api-usage=100000/100000');
    org.limits.reset();
    org.faults.revokeSession();
    e = await sfError(conn.query('SELECT Id FROM Account'));
    assert.equal(e.errorCode, 'INVALID_SESSION_ID');
    org.faults.restoreSession();
  } finally {
    await org.close();
  }
});

test('admin endpoints need the token: meter, faults, limits, clock, session', async () => {
  const { org, conn } = await withOrg();
  try {
    const noAuth = await raw(org, 'GET', '/__local/meter', undefined, { Authorization: 'Bearer nope' });
    assert.equal(noAuth.status, 401);
    await raw(org, 'POST', '/__local/meter/reset', {});
    await seedPlan(conn);
    await conn.query('SELECT Id, Name FROM Opportunity');
    const meter = (await raw(org, 'GET', '/__local/meter')).json() as {
      calls: Record<string, number>;
      rowsRead: number;
      rowsWritten: number;
      totalCalls: number;
    };
    assert.deepEqual(
      [
        meter.calls['POST /sobjects/{type}'],
        meter.calls['GET /query'],
        meter.rowsRead,
        meter.rowsWritten,
        meter.totalCalls
      ],
      [3, 1, 1, 3, 4]
    );
    assert.equal(org.meter.snapshot().totalCalls, 4, 'admin calls are not metered');
    await raw(org, 'POST', '/__local/clock', { now: '2027-03-01T09:00:00Z' });
    const acc = (await conn.sobject('Account').create({ Name: 'Later' })) as { id: string };
    const r = await conn.query(
      `SELECT CreatedDate FROM Account WHERE Id = '${acc.id}' AND CreatedDate = TODAY`
    );
    assert.equal(r.records[0].CreatedDate, '2027-03-01T09:00:00.000+0000');
    await raw(org, 'POST', '/__local/limits', { remaining: 0 });
    assert.equal((await sfError(conn.query('SELECT Id FROM Account'))).errorCode, 'REQUEST_LIMIT_EXCEEDED');
    await raw(org, 'POST', '/__local/limits', { reset: true });
    await raw(org, 'POST', '/__local/faults', { lockIds: [acc.id] });
    assert.equal((await sfError(conn.sobject('Account').destroy(acc.id))).errorCode, 'UNABLE_TO_LOCK_ROW');
    await raw(org, 'POST', '/__local/faults', { reset: true, failNthCall: { n: 1, status: 500 } });
    assert.equal(
      (await sfError(conn.requestPost('/services/data/v68.0/sobjects/Account', { Name: 'z' }))).errorCode,
      'UNKNOWN_EXCEPTION'
    );
    await raw(org, 'POST', '/__local/session/revoke');
    assert.equal((await sfError(conn.query('SELECT Id FROM Account'))).errorCode, 'INVALID_SESSION_ID');
    await raw(org, 'POST', '/__local/session/restore');
    assert.equal((await conn.query('SELECT Id FROM Account')).totalSize, 2);
  } finally {
    await org.close();
  }
});
