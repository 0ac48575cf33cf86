import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defined, raw, seedPlan, withOrg } from './helpers.ts';
import { generateDemoData } from '../demoData.ts';
import { parseCsv } from '../bulk/csv.ts';
import type { LocalOrg } from '../index.ts';

const base = '/services/data/v68.0';

interface JobInfo {
  state: string;
  numberRecordsProcessed: number;
  numberRecordsFailed?: number;
}

async function waitFor(org: LocalOrg, path: string): Promise<JobInfo> {
  for (let i = 0; i < 200; i++) {
    const info = (await raw(org, 'GET', path)).json() as JobInfo;
    if (['JobComplete', 'Failed', 'Aborted'].includes(info.state)) return info;
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error('job did not finish');
}

test('Bulk 2.0 query: states, CSV with relationship columns, paging through Sforce-Locator; subqueries rejected', async () => {
  const { org } = await withOrg();
  try {
    generateDemoData(org.store, { opportunities: 30, planShare: 1, stepsPerPlan: 10, seed: 3 });
    const created = await raw(org, 'POST', `${base}/jobs/query`, {
      operation: 'query',
      query:
        'SELECT Id, Name, Plan__r.Opportunity__r.Account.Name, Is_Milestone__c, Due_Date__c FROM Plan_Step__c ORDER BY Id'
    });
    const job = created.json() as { id: string; state: string };
    assert.equal(job.state, 'UploadComplete');
    const first = (await raw(org, 'GET', `${base}/jobs/query/${job.id}`)).json() as { state: string };
    assert.equal(first.state, 'InProgress');
    const done = await waitFor(org, `${base}/jobs/query/${job.id}`);
    assert.deepEqual([done.state, done.numberRecordsProcessed], ['JobComplete', 300]);
    let locator: string | null = null;
    const rows: string[][] = [];
    let pages = 0;
    do {
      const res = await raw(
        org,
        'GET',
        `${base}/jobs/query/${job.id}/results?maxRecords=120${locator ? `&locator=${locator}` : ''}`
      );
      assert.match(defined(res.headers.get('content-type')), /text\/csv/);
      const page = [...parseCsv(res.text)];
      assert.deepEqual(page[0], [
        'Id',
        'Name',
        'Plan__r.Opportunity__r.Account.Name',
        'Is_Milestone__c',
        'Due_Date__c'
      ]);
      assert.equal(Number(res.headers.get('sforce-numberofrecords')), page.length - 1);
      rows.push(...page.slice(1));
      const next = res.headers.get('sforce-locator');
      locator = next && next !== 'null' ? next : null;
      pages++;
      if (pages === 1)
        assert.match(
          res.text.split('\n')[1],
          /^"a[0-9]{2}[^"]+","[^"]*","[^"]+","(true|false)","\d{4}-\d{2}-\d{2}"$/
        );
    } while (locator);
    assert.equal(pages, 3);
    assert.equal(rows.length, 300);
    assert.equal(new Set(rows.map((r) => r[0])).size, 300);
    for (const q of [
      'SELECT Id, (SELECT Id FROM Plan_Steps__r) FROM Mutual_Action_Plan__c',
      'SELECT COUNT() FROM Plan_Step__c',
      'SELECT Side__c, COUNT(Id) FROM Plan_Step__c GROUP BY Side__c'
    ]) {
      const r = await raw(org, 'POST', `${base}/jobs/query`, { operation: 'query', query: q });
      assert.equal(r.status, 400, q);
    }
    const badField = await raw(org, 'POST', `${base}/jobs/query`, {
      operation: 'query',
      query: 'SELECT Nope__c FROM Plan_Step__c'
    });
    assert.equal((badField.json() as { errorCode: string }[])[0].errorCode, 'INVALID_FIELD');
  } finally {
    await org.close();
  }
});

test('Bulk 2.0 ingest: insert with failures, upsert by external ID (parent by external ID), update with #N/A, delete', async () => {
  const { org, conn } = await withOrg();
  try {
    const ids = await seedPlan(conn);
    const run = async (job: Record<string, unknown>, csv: string) => {
      const created = (
        await raw(org, 'POST', `${base}/jobs/ingest`, { contentType: 'CSV', lineEnding: 'LF', ...job })
      ).json() as { id: string; state: string };
      assert.equal(created.state, 'Open');
      const put = await raw(org, 'PUT', `${base}/jobs/ingest/${created.id}/batches`, csv, {
        'Content-Type': 'text/csv'
      });
      assert.equal(put.status, 201);
      await raw(org, 'PATCH', `${base}/jobs/ingest/${created.id}`, { state: 'UploadComplete' });
      const info = await waitFor(org, `${base}/jobs/ingest/${created.id}`);
      const ok = [
        ...parseCsv((await raw(org, 'GET', `${base}/jobs/ingest/${created.id}/successfulResults`)).text)
      ];
      const failed = [
        ...parseCsv((await raw(org, 'GET', `${base}/jobs/ingest/${created.id}/failedResults`)).text)
      ];
      const unprocessed = (await raw(org, 'GET', `${base}/jobs/ingest/${created.id}/unprocessedrecords`))
        .text;
      return { info, ok, failed, unprocessed };
    };
    const ins = await run(
      { object: 'Plan_Step__c', operation: 'insert' },
      `Name,Plan__c,Status__c,Due_Date__c\n"Step, one",${ids.planId},Not Started,2026-12-01\nStep two,${ids.planId},Finished,\nStep three,,Done,2026-12-02\n`
    );
    assert.deepEqual(
      [ins.info.state, ins.info.numberRecordsProcessed, ins.info.numberRecordsFailed],
      ['JobComplete', 3, 2]
    );
    assert.deepEqual(ins.ok[0], ['sf__Id', 'sf__Created', 'Name', 'Plan__c', 'Status__c', 'Due_Date__c']);
    assert.equal(ins.ok[1][2], 'Step, one');
    assert.deepEqual(ins.failed[0].slice(0, 2), ['sf__Id', 'sf__Error']);
    assert.match(
      ins.failed[1][1],
      /^INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST:Status: bad value for restricted picklist field: Finished:Status__c --$/
    );
    assert.match(ins.failed[2][1], /^REQUIRED_FIELD_MISSING:/);
    const stepId = ins.ok[1][0];
    const upd = await run(
      { object: 'Plan_Step__c', operation: 'update' },
      `Id,Due_Date__c,Notes__c\n${stepId},#N/A,Moved\n`
    );
    assert.equal(upd.info.numberRecordsFailed, 0);
    const step = (await conn.sobject('Plan_Step__c').retrieve(stepId)) as Record<string, unknown>;
    assert.deepEqual([step.Due_Date__c, step.Notes__c], [null, 'Moved']);
    const tpl = await run(
      { object: 'Plan_Template__c', operation: 'upsert', externalIdFieldName: 'External_Id__c' },
      'External_Id__c,Name\nsmall-deal,Small\nrenewal,Renewal\n'
    );
    assert.deepEqual(
      tpl.ok.slice(1).map((r) => r[1]),
      ['true', 'true']
    );
    const tplSteps = await run(
      { object: 'Plan_Template_Step__c', operation: 'upsert', externalIdFieldName: 'External_Id__c' },
      'External_Id__c,Name,Template__r.External_Id__c,Offset_Days__c\nsmall-deal.trial,Trial,small-deal,7\nx.y,Orphan,missing,1\n'
    );
    assert.equal(tplSteps.info.numberRecordsFailed, 1);
    const again = await run(
      { object: 'Plan_Template__c', operation: 'upsert', externalIdFieldName: 'External_Id__c' },
      'External_Id__c,Name\nsmall-deal,Small v2\n'
    );
    assert.equal(again.ok[1][1], 'false');
    const del = await run({ object: 'Plan_Step__c', operation: 'delete' }, `Id\n${stepId}\n`);
    assert.equal(del.info.numberRecordsFailed, 0);
    assert.equal(del.unprocessed.trim(), '"Id"');
    const badJob = await raw(org, 'POST', `${base}/jobs/ingest`, {
      object: 'Plan_Step__c',
      operation: 'merge'
    });
    assert.equal(badJob.status, 400);
  } finally {
    await org.close();
  }
});
