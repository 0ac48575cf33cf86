import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defined, raw, seedPlan, sfError, withOrg } from './helpers.ts';
import { generateDemoData } from '../demoData.ts';

test('SOQL: parents two levels up, children, WHERE forms, date literals, semi-join, ORDER BY, aggregates', async () => {
  const { org, conn } = await withOrg();
  try {
    const { planId, oppId } = await seedPlan(conn, 'Acme');
    await seedPlan(conn, 'Beta');
    const steps = [
      {
        Name: 'Late buyer step',
        Side__c: 'Buyer',
        Due_Date__c: '2026-11-20',
        Baseline_Date__c: '2026-11-15',
        Status__c: 'In Progress'
      },
      {
        Name: 'Done step',
        Side__c: 'Seller',
        Due_Date__c: '2026-11-01',
        Status__c: 'Done',
        Completed_Date__c: '2026-11-01'
      },
      { Name: 'Upcoming', Side__c: 'Joint', Due_Date__c: '2026-12-05' },
      { Name: 'Undated', Side__c: 'Joint' }
    ].map((s) => ({ ...s, Plan__c: planId }));
    await conn.sobject('Plan_Step__c').create(steps);
    const q = async (soql: string) => (await conn.query(soql)).records as Record<string, unknown>[];
    let r = await q(
      `SELECT Name, Plan__r.Opportunity__r.Account.Name, Is_Overdue__c, Days_Late__c, Slip_Days__c FROM Plan_Step__c WHERE Name = 'late BUYER step'`
    );
    assert.equal(
      (r[0].Plan__r as { Opportunity__r: { Account: { Name: string } } }).Opportunity__r.Account.Name,
      'Acme'
    );
    assert.deepEqual([r[0].Is_Overdue__c, r[0].Days_Late__c, r[0].Slip_Days__c], [true, 4, 5]);
    r = await q(
      `SELECT Name FROM Plan_Step__c WHERE (Status__c != 'Done' AND Due_Date__c < TODAY) OR Due_Date__c = null ORDER BY Name`
    );
    assert.deepEqual(
      r.map((x) => x.Name),
      ['Late buyer step', 'Undated']
    );
    r = await q(
      `SELECT Name FROM Plan_Step__c WHERE NOT Side__c IN ('Buyer', 'Seller') ORDER BY Due_Date__c ASC NULLS LAST`
    );
    assert.deepEqual(
      r.map((x) => x.Name),
      ['Upcoming', 'Undated']
    );
    r = await q(`SELECT Name FROM Plan_Step__c WHERE Due_Date__c = NEXT_N_DAYS:30`);
    assert.deepEqual(
      r.map((x) => x.Name),
      ['Upcoming']
    );
    r = await q(`SELECT Name FROM Plan_Step__c WHERE Due_Date__c = LAST_N_DAYS:7 AND Name LIKE 'Late%'`);
    assert.equal(r.length, 1);
    r = await q(
      `SELECT Name FROM Plan_Step__c WHERE Due_Date__c >= 2026-11-20 ORDER BY Due_Date__c DESC LIMIT 1 OFFSET 1`
    );
    assert.deepEqual(
      r.map((x) => x.Name),
      ['Late buyer step']
    );
    r = await q(
      `SELECT Name FROM Opportunity WHERE Id IN (SELECT Opportunity__c FROM Mutual_Action_Plan__c WHERE Status__c = 'Active' AND Name LIKE 'Acme%')`
    );
    assert.deepEqual(
      r.map((x) => x.Name),
      ['Acme deal']
    );
    r = await q(`SELECT Name FROM Account WHERE CreatedDate = TODAY AND CreatedDate > 2026-11-24T00:00:00Z`);
    assert.equal(r.length, 2);
    r = await q(
      `SELECT Id, (SELECT Name, (SELECT Name FROM Plan_Steps__r ORDER BY Name) FROM Mutual_Action_Plans__r) FROM Opportunity WHERE Id = '${oppId}'`
    ).catch(() => []);
    // Two-level child nesting is beyond the local org; one level is what the product uses:
    r = await q(
      `SELECT Name, Step_Count__c, Completed_Step_Count__c, Percent_Complete__c, (SELECT Name FROM Plan_Steps__r WHERE Status__c = 'Done') FROM Mutual_Action_Plan__c ORDER BY Name`
    );
    assert.equal((r[0].Plan_Steps__r as { totalSize: number }).totalSize, 1);
    assert.equal(r[1].Plan_Steps__r, null, 'no children: null, as Salesforce returns');
    assert.deepEqual(
      [r[0].Step_Count__c, r[0].Completed_Step_Count__c, r[0].Percent_Complete__c],
      [4, 1, 25]
    );
    const count = await conn.query('SELECT COUNT() FROM Plan_Step__c');
    assert.deepEqual([count.totalSize, count.records.length], [4, 0]);
    const agg = await q(
      'SELECT Side__c, COUNT(Id) n, MAX(Due_Date__c) FROM Plan_Step__c GROUP BY Side__c ORDER BY Side__c'
    );
    assert.deepEqual(
      agg.map((a) => [a.Side__c, a.n, a.expr0]),
      [
        ['Buyer', 1, '2026-11-20'],
        ['Joint', 2, '2026-12-05'],
        ['Seller', 1, '2026-11-01']
      ]
    );
    const settings = await q(
      `SELECT DeveloperName, Off_Track_Days_Overdue__c FROM Plan_Health_Setting__mdt WHERE DeveloperName = 'Default' LIMIT 1`
    );
    assert.equal(settings[0].Off_Track_Days_Overdue__c, 7);
    const orgRow = await q('SELECT TimeZoneSidKey FROM Organization');
    assert.equal(orgRow[0].TimeZoneSidKey, 'GMT');
  } finally {
    await org.close();
  }
});

test('SOQL errors: MALFORMED_QUERY, INVALID_FIELD, INVALID_TYPE with Salesforce messages', async () => {
  const { org, conn } = await withOrg();
  try {
    let e = await sfError(conn.query('SELECT Id, Nope__c FROM Opportunity'));
    assert.equal(e.errorCode, 'INVALID_FIELD');
    assert.match(e.message, /No such column 'Nope__c' on entity 'Opportunity'/);
    assert.match(e.message, /ERROR at Row:1:Column:12/);
    e = await sfError(conn.query('SELECT Id FROM Plan__c'));
    assert.equal(e.errorCode, 'INVALID_TYPE');
    assert.match(e.message, /sObject type 'Plan__c' is not supported/);
    e = await sfError(conn.query('SELECT Id FROM Opportunity WHERE'));
    assert.equal(e.errorCode, 'MALFORMED_QUERY');
    e = await sfError(conn.query("SELECT Id FROM Opportunity WHERE Name = 'a' AND Name = 'b' OR Name = 'c'"));
    assert.equal(e.errorCode, 'MALFORMED_QUERY');
    e = await sfError(conn.query("SELECT Id FROM Opportunity WHERE Amount = '5'"));
    assert.equal(e.errorCode, 'INVALID_FIELD');
    assert.match(e.message, /must be of type double and should not be enclosed in quotes/);
    e = await sfError(conn.query('SELECT Id, Foo__r.Name FROM Opportunity'));
    assert.match(e.message, /Didn't understand relationship 'Foo__r'/);
    e = await sfError(conn.query('SELECT Id, (SELECT Id FROM Steps__r) FROM Mutual_Action_Plan__c'));
    assert.equal(e.errorCode, 'INVALID_TYPE');
  } finally {
    await org.close();
  }
});

test('paging: 2,000 a page, batchSize header, queryMore, autoFetch, child rows count, child overflow', async () => {
  const { org, conn } = await withOrg();
  try {
    generateDemoData(org.store, { opportunities: 120, planShare: 1, stepsPerPlan: 40, seed: 7 });
    const total = org.store.count('Plan_Step__c');
    assert.equal(total, 4800);
    const first = await conn.query('SELECT Id, Name FROM Plan_Step__c');
    assert.deepEqual([first.totalSize, first.records.length, first.done], [4800, 2000, false]);
    assert.match(defined(first.nextRecordsUrl), /\/services\/data\/v68\.0\/query\/01g[A-Za-z0-9]{15}-2000$/);
    const second = await conn.queryMore(defined(first.nextRecordsUrl));
    assert.equal(second.records.length, 2000);
    const small = await raw(
      org,
      'GET',
      `/services/data/v68.0/query?q=${encodeURIComponent('SELECT Id FROM Plan_Step__c')}`,
      undefined,
      { 'Sforce-Query-Options': 'batchSize=300' }
    );
    assert.equal((small.json() as { records: unknown[] }).records.length, 300);
    const fetched: unknown[] = [];
    await new Promise<void>((resolve, reject) => {
      conn
        .query('SELECT Id FROM Plan_Step__c ORDER BY Id')
        .on('record', (r: unknown) => fetched.push(r))
        .on('end', () => resolve())
        .on('error', reject)
        .run({ autoFetch: true, maxFetch: 100000 });
    });
    assert.equal(fetched.length, 4800, 'autoFetch follows nextRecordsUrl to the end');
    const withKids = await conn.query('SELECT Id, (SELECT Id FROM Plan_Steps__r) FROM Mutual_Action_Plan__c');
    assert.equal(
      withKids.records.length,
      48,
      'a page holds 2,000 rows counting child rows: 48 plans × (1 + 40)'
    );
    // Child overflow: more than 200 children on one parent.
    const planId = String(withKids.records[0].Id);
    const extra = Array.from({ length: 200 }, (_v, i) => ({
      attributes: { type: 'Plan_Step__c' },
      Name: `Extra ${i}`,
      Plan__c: planId
    }));
    await conn.requestPost('/services/data/v68.0/composite/sobjects', { allOrNone: true, records: extra });
    const r = await conn.query(
      `SELECT Id, (SELECT Id FROM Plan_Steps__r ORDER BY Name) FROM Mutual_Action_Plan__c WHERE Id = '${planId}'`
    );
    const kids = r.records[0].Plan_Steps__r as {
      totalSize: number;
      done: boolean;
      nextRecordsUrl: string;
      records: unknown[];
    };
    assert.deepEqual([kids.totalSize, kids.done, kids.records.length], [240, false, 200]);
    const rest = await conn.queryMore(kids.nextRecordsUrl);
    assert.deepEqual([rest.records.length, rest.done], [40, true]);
    const bad = await sfError(conn.queryMore('/services/data/v68.0/query/01g000000000000AAA-2000'));
    assert.equal(bad.errorCode, 'INVALID_QUERY_LOCATOR');
  } finally {
    await org.close();
  }
});
