import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { DEMO_PRESETS, generateDemoData, loadTemplates } from '../localorg/demoData.ts';
import { PROJECT_ROOT, startLocalOrg } from '../localorg/index.ts';

/**
 * The roll-up at scale on the local org: 100,000 open opportunities with 2,000,000 plan steps
 * (OPPORTUNITIES overrides). Runs the product's roll-up, a naive REST roll-up side by side, and a
 * second product run after 1% of plans changed; prints API calls, wall time and peak RSS of each.
 */
const run = promisify(execFile);
const here = path.dirname(fileURLToPath(import.meta.url));
const today = '2026-11-24';
const opportunities = Number(process.env.OPPORTUNITIES ?? 100_000);

const org = await startLocalOrg({ clock: `${today}T12:00:00Z`, dailyApiRequests: 1_000_000 });
const loadStarted = Date.now();
const demo = generateDemoData(org.store, {
  ...DEMO_PRESETS.large,
  opportunities,
  today,
  templates: loadTemplates(path.join(PROJECT_ROOT, 'templates')),
  onProgress: (done, total) => process.stderr.write(`\rloading ${done}/${total} opportunities`)
});
process.stderr.write('\n');
console.log(
  `Loaded ${String(demo.counts.Opportunity)} opportunities, ${String(demo.counts.Plan_Step__c)} steps in ${((Date.now() - loadStarted) / 1000).toFixed(1)} s`
);

async function child(mode: 'product' | 'naive'): Promise<Record<string, unknown>> {
  const before = org.meter.snapshot();
  const { stdout } = await run(
    process.execPath,
    ['--import', 'tsx', path.join(here, 'rollupChild.ts'), mode, today],
    {
      env: { ...process.env, SF_INSTANCE_URL: org.url, SF_ACCESS_TOKEN: org.token },
      maxBuffer: 64 * 1024 * 1024
    }
  );
  const after = org.meter.snapshot();
  const result = JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as Record<string, unknown>;
  return {
    ...result,
    orgCalls: after.totalCalls - before.totalCalls,
    rowsRead: after.rowsRead - before.rowsRead,
    rowsWritten: after.rowsWritten - before.rowsWritten
  };
}

function show(label: string, r: Record<string, unknown>): void {
  console.log(
    `${label.padEnd(34)} calls ${String(r.orgCalls).padStart(6)}  wall ${((Number(r.wallMs) || 0) / 1000).toFixed(1).padStart(6)} s  peak RSS ${String(r.peakRssMb).padStart(5)} MB  rows read ${String(r.rowsRead)}  written ${String(r.rowsWritten)}`
  );
}

const first = await child('product');
show(`product, full run (${String(first.api)})`, first);
console.log(`  calls by endpoint: ${JSON.stringify(first.byEndpoint)}`);

// 1% of plans change: one open step of each is completed.
const plans = org.store.db
  .prepare(`SELECT Id FROM "Mutual_Action_Plan__c" WHERE Status__c = 'Active' ORDER BY Id`)
  .all() as { Id: string }[];
const changedPlans = plans.filter((_, i) => i % 100 === 0);
const completeStep = org.store.db.prepare(
  `UPDATE "Plan_Step__c" SET Status__c = 'Done', Completed_Date__c = ? WHERE Id = (SELECT Id FROM "Plan_Step__c" WHERE Plan__c = ? AND Status__c != 'Done' ORDER BY Due_Date__c LIMIT 1)`
);
for (const plan of changedPlans) completeStep.run(today, plan.Id);
const second = await child('product');
show(`product, after 1% of plans changed`, second);
console.log(
  `  ${String(changedPlans.length)} plans changed; opportunities written: ${String(second.written)}`
);

const naive = await child('naive');
show('naive (REST paging, 200-row writes)', naive);
await org.close();
