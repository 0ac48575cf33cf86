import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { startLocalOrg, PROJECT_ROOT, type LocalOrg } from '../../localorg/index.ts';
import { generateDemoData, loadTemplates } from '../../localorg/demoData.ts';
import { bulkUpdate } from '../../salesforce/bulkIngest.ts';
import { bulkQuery, type BulkRecord } from '../../salesforce/bulkQuery.ts';
import { CallMeter } from '../../salesforce/callMeter.ts';
import { OrgClient } from '../../salesforce/orgClient.ts';
import { SalesforceApiError } from '../../salesforce/errors.ts';

// A single 5xx on each kind of Bulk API 2.0 job call, injected by the local org: before the org
// acts on the call, or after it (the call took effect and its answer was lost).

let org: LocalOrg;
let ids: string[];

before(async () => {
  org = await startLocalOrg();
  generateDemoData(org.store, {
    opportunities: 12,
    seed: 3,
    templates: loadTemplates(path.join(PROJECT_ROOT, 'templates')),
    insertTemplates: false
  });
  org.bulk.pollsInProgress = 0;
  ids = (org.store.db.prepare('SELECT Id FROM "Opportunity" ORDER BY Id').all() as { Id: string }[]).map(
    (r) => r.Id
  );
});
after(() => org.close());

function client(): OrgClient {
  const c = new OrgClient(
    { instanceUrl: org.url, accessToken: org.token, apiVersion: '68.0', label: 'local' },
    new CallMeter()
  );
  c.retry = { attempts: 3, baseDelayMs: 2, maxDelayMs: 5 };
  return c;
}

function jobs(kind: 'query' | 'ingest'): { id: string; state: string; numberRecordsProcessed: number }[] {
  return [...org.bulk.jobs.values()].filter((j) => j.kind === kind);
}

function clearJobs(): void {
  org.bulk.jobs.clear();
  org.faults.reset();
}

async function queryNames(c: OrgClient): Promise<string[]> {
  const names: string[] = [];
  await bulkQuery(c, 'SELECT Id, Name FROM Opportunity', (row: BulkRecord) => names.push(row.Name), {
    pageSize: 5,
    pollIntervalMs: 1,
    pollTimeoutMs: 5_000
  });
  return names.sort();
}

const expectedNames = () =>
  (org.store.db.prepare('SELECT Name FROM "Opportunity"').all() as { Name: string }[])
    .map((r) => r.Name)
    .sort();

function nextStepCsv(value: string): string {
  return `Id,NextStep\n${ids.map((id) => `${id},${value}`).join('\n')}\n`;
}

function nextSteps(): string[] {
  return (
    org.store.db.prepare('SELECT NextStep FROM "Opportunity" ORDER BY Id').all() as { NextStep: string }[]
  ).map((r) => r.NextStep);
}

test('query job: a 5xx on the create, the poll or a results page is retried, and no row comes twice', async () => {
  // Calls: 1 create, 2 poll, 3.. result pages of 5 rows.
  for (const [call, label] of [
    [1, 'create'],
    [2, 'poll'],
    [3, 'first results page'],
    [4, 'second results page']
  ] as const) {
    clearJobs();
    org.faults.failNthCall(call, call % 2 === 0 ? 503 : 500);
    const c = client();
    assert.deepEqual(await queryNames(c), expectedNames(), label);
    assert.deepEqual(org.faults.describe().pendingServerErrors, [], `${label}: the fault was hit`);
    assert.deepEqual(
      jobs('query').map((j) => j.state),
      ['JobComplete'],
      `${label}: one job, as when nothing failed`
    );
  }
});

test('query job: a create whose answer was lost is sent again and the stray job it made is aborted', async () => {
  clearJobs();
  org.faults.failNthCall(1, 500, { afterHandling: true });
  assert.deepEqual(await queryNames(client()), expectedNames());
  const states = jobs('query').map((j) => j.state);
  assert.deepEqual(states, ['Aborted', 'JobComplete'], 'the first job was made, then aborted');
});

test('ingest job: a 5xx on the create, the upload, the close or the poll is retried and each row written once', async () => {
  // Calls: 1 create, 2 upload, 3 close, 4 poll.
  const cases = [
    { call: 1, afterHandling: false, label: 'create refused', states: ['JobComplete'] },
    { call: 1, afterHandling: true, label: 'create answer lost', states: ['Aborted', 'JobComplete'] },
    { call: 2, afterHandling: false, label: 'upload refused', states: ['Aborted', 'JobComplete'] },
    { call: 2, afterHandling: true, label: 'upload answer lost', states: ['Aborted', 'JobComplete'] },
    { call: 3, afterHandling: false, label: 'close refused', states: ['JobComplete'] },
    { call: 3, afterHandling: true, label: 'close answer lost', states: ['JobComplete'] },
    { call: 4, afterHandling: false, label: 'poll refused', states: ['JobComplete'] }
  ];
  for (const [index, { call, afterHandling, label, states }] of cases.entries()) {
    clearJobs();
    const value = `step ${index}`;
    const writtenBefore = org.meter.snapshot().rowsWritten;
    org.faults.failNthCall(call, 503, { afterHandling });
    let closed = '';
    const result = await bulkUpdate(client(), 'Opportunity', nextStepCsv(value), 1, (id) => (closed = id));
    assert.deepEqual(org.faults.describe().pendingServerErrors, [], `${label}: the fault was hit`);
    assert.equal(result.succeeded, ids.length, label);
    assert.deepEqual(result.failures, [], label);
    assert.deepEqual(
      nextSteps(),
      ids.map(() => value),
      label
    );
    assert.equal(org.meter.snapshot().rowsWritten - writtenBefore, ids.length, `${label}: each row once`);
    const all = jobs('ingest');
    assert.deepEqual(
      all.map((j) => j.state),
      states,
      label
    );
    assert.equal(closed, all.at(-1)?.id, `${label}: the job that ran is the one closed`);
    for (const aborted of all.filter((j) => j.state === 'Aborted'))
      assert.equal(aborted.numberRecordsProcessed, 0, `${label}: an aborted job wrote nothing`);
  }
});

test('ingest job: a 5xx on the failed-results read is retried', async () => {
  clearJobs();
  // Calls: 1 create, 2 upload, 3 close, 4 poll, 5 failed results.
  org.faults.failNthCall(5, 500);
  const csv = `Id,NextStep\n${ids[0]},ok\n${ids[1]},${'x'.repeat(300)}\n`;
  const result = await bulkUpdate(client(), 'Opportunity', csv, 1);
  assert.deepEqual(org.faults.describe().pendingServerErrors, []);
  assert.equal(result.succeeded, 1);
  assert.deepEqual(
    result.failures.map((f) => [f.id, f.errorCode]),
    [[ids[1], 'STRING_TOO_LONG']]
  );
});

test('a job call that keeps failing, or fails for a reason a retry cannot cure, is not retried for ever', async () => {
  clearJobs();
  for (let n = 1; n <= 3; n++) org.faults.failNthCall(n, 503);
  await assert.rejects(
    bulkUpdate(client(), 'Opportunity', nextStepCsv('never'), 1),
    (error: unknown) => error instanceof SalesforceApiError && error.errorCode === 'SERVER_UNAVAILABLE'
  );
  assert.deepEqual(jobs('ingest'), [], 'three refused creates made no job');
  clearJobs();
  const c = client();
  await assert.rejects(
    bulkUpdate(c, 'No_Such_Object__c', nextStepCsv('never'), 1),
    (error: unknown) => error instanceof SalesforceApiError && error.errorCode === 'INVALIDJOB'
  );
  assert.equal(c.meter.calls, 1, 'a 400 is not sent again');
  clearJobs();
  // An upload the org keeps refusing: every job made for it is aborted, none is left open.
  for (const n of [2, 5, 8]) org.faults.failNthCall(n, 500);
  await assert.rejects(bulkUpdate(client(), 'Opportunity', nextStepCsv('never'), 1));
  assert.deepEqual(
    jobs('ingest').map((j) => j.state),
    ['Aborted', 'Aborted', 'Aborted']
  );
  assert.ok(!nextSteps().includes('never'));
});

test('only the stray job is aborted: open jobs on another object or operation are left alone', async () => {
  clearJobs();
  const c = client();
  const open = async (object: string, operation: string) =>
    (
      JSON.parse(
        (
          await c.raw('POST', '/jobs/ingest', {
            body: JSON.stringify({ object, operation, contentType: 'CSV', lineEnding: 'LF' }),
            contentType: 'application/json'
          })
        ).text
      ) as { id: string }
    ).id;
  const others = [await open('Account', 'update'), await open('Opportunity', 'insert')];
  org.faults.failNthCall(1, 500, { afterHandling: true });
  await bulkUpdate(c, 'Opportunity', nextStepCsv('alone'), 1);
  const states = new Map(jobs('ingest').map((j) => [j.id, j.state]));
  assert.deepEqual(
    others.map((id) => states.get(id)),
    ['Open', 'Open']
  );
  assert.deepEqual([...states.values()].filter((s) => s === 'Aborted').length, 1, 'the one stray');
});
