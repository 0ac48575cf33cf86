import path from 'node:path';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { DEMO_PRESETS, generateDemoData, loadTemplates } from './demoData.ts';
import { PROJECT_ROOT, startLocalOrg } from './index.ts';
import { benchFormulaQueries } from './benchFormulas.ts';

/**
 * Scale benchmark: loads 100,000 opportunities / 2,000,000 plan steps, then runs a Bulk API 2.0
 * query over every step and pages the CSV results through Sforce-Locator, as the sync CLI does.
 * Usage: tsx scripts/localorg/bench.ts [opportunities] [--memory]
 */
const opportunities = Number(
  process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? DEMO_PRESETS.large.opportunities
);
const inMemory = process.argv.includes('--memory');
const dir = mkdtempSync(path.join(tmpdir(), 'localorg-bench-'));
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

const org = await startLocalOrg({
  dbPath: inMemory ? ':memory:' : path.join(dir, 'org.db'),
  clock: '2026-11-24T12:00:00Z'
});
try {
  const t0 = performance.now();
  const summary = generateDemoData(org.store, {
    ...DEMO_PRESETS.large,
    opportunities,
    templates: loadTemplates(path.join(PROJECT_ROOT, 'templates')),
    onProgress: (d, t) => {
      if (d % 10000 === 0 || d === t) process.stderr.write(`\rloaded ${d}/${t} opportunities`);
    }
  });
  process.stderr.write('\n');
  const loadMs = performance.now() - t0;
  console.log(
    `load: ${(loadMs / 1000).toFixed(1)} s — ${Object.entries(summary.counts)
      .map(([k, v]) => `${k} ${v.toLocaleString('en-US')}`)
      .join(', ')}`
  );

  const loadPeak = process.resourceUsage().maxRSS * 1024;
  console.log(`peak RSS after load: ${mb(loadPeak)}`);
  const headers = { Authorization: `Bearer ${org.token}`, 'Content-Type': 'application/json' };
  const base = `${org.url}/services/data/v68.0`;
  const t1 = performance.now();
  const created = (await (
    await fetch(`${base}/jobs/query`, {
      method: 'POST',
      headers,
      body: JSON.stringify({
        operation: 'query',
        query:
          'SELECT Id, Name, Plan__c, Plan__r.Opportunity__c, Status__c, Side__c, Due_Date__c, Baseline_Date__c, Completed_Date__c, Commitment__c FROM Plan_Step__c'
      })
    })
  ).json()) as { id: string };
  let state = '';
  let polls = 0;
  let processed = 0;
  while (state !== 'JobComplete') {
    const info = (await (await fetch(`${base}/jobs/query/${created.id}`, { headers })).json()) as {
      state: string;
      numberRecordsProcessed: number;
    };
    state = info.state;
    processed = info.numberRecordsProcessed;
    polls++;
    if (state === 'Failed' || state === 'Aborted') throw new Error(`job ${state}`);
  }
  let locator: string | null = null;
  let rows = 0;
  let pages = 0;
  let bytes = 0;
  do {
    const q = `maxRecords=50000${locator ? `&locator=${locator}` : ''}`;
    const res = await fetch(`${base}/jobs/query/${created.id}/results?${q}`, { headers });
    const body: ReadableStream<Uint8Array> | null = res.body;
    if (!body) throw new Error(`bulk query results: HTTP ${res.status} without a body`);
    const reader = body.getReader();
    let lines = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      bytes += value.length;
      for (const b of value) if (b === 10) lines++;
    }
    rows += lines - 1;
    pages++;
    const next = res.headers.get('sforce-locator');
    locator = next && next !== 'null' ? next : null;
  } while (locator);
  const queryMs = performance.now() - t1;
  console.log(
    `bulk query: ${rows.toLocaleString('en-US')} rows (job said ${processed.toLocaleString('en-US')}) in ${pages} pages, ${mb(bytes)} CSV, ${polls} polls, ${(queryMs / 1000).toFixed(1)} s`
  );
  console.log(
    `peak RSS: ${mb(process.resourceUsage().maxRSS * 1024)} (after load ${mb(loadPeak)}; current ${mb(process.memoryUsage().rss)})`
  );
  await benchFormulaQueries(org);
  console.log(`API calls: ${org.limits.used}; meter: ${JSON.stringify(org.meter.snapshot())}`);
} finally {
  await org.close();
  rmSync(dir, { recursive: true, force: true });
}
