import path from 'node:path';
import { CallMeter } from '../salesforce/callMeter.ts';
import { OrgClient } from '../salesforce/orgClient.ts';
import { DEMO_PRESETS, generateDemoData, loadTemplates } from '../localorg/demoData.ts';
import { PROJECT_ROOT, startLocalOrg } from '../localorg/index.ts';
import { Reporter } from '../sync/reporter.ts';
import { DEFAULT_REMIND, runRemind, type RemindSummary } from '../sync/remind/remind.ts';

/**
 * `plan-sync remind` at scale on the local org: 100,000 opportunities (OPPORTUNITIES overrides) as
 * the roll-up bench builds them. Prints the API calls of a dry run, of the first run (every seller
 * step's Task created, every notification and digest sent) and of a run the next day, where only
 * that day's news is sent (the steady state a daily schedule pays).
 */
const today = '2026-11-24';
const opportunities = Number(process.env.OPPORTUNITIES ?? 100_000);

const org = await startLocalOrg({ clock: `${today}T12:00:00Z`, dailyApiRequests: 10_000_000 });
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

async function run(label: string, day: string, dryRun: boolean): Promise<RemindSummary> {
  const client = new OrgClient(
    { instanceUrl: org.url, accessToken: org.token, apiVersion: '68.0', label: 'local' },
    new CallMeter()
  );
  const started = Date.now();
  const summary = await runRemind(
    client,
    { ...DEFAULT_REMIND, dryRun, today: day },
    new Reporter({ json: true })
  );
  const t = summary.tasks;
  console.log(
    `${label.padEnd(40)} API calls ${String(summary.apiCalls).padStart(6)}  wall ${((Date.now() - started) / 1000).toFixed(1).padStart(6)} s  ` +
      `seller steps ${t.sellerSteps}, Tasks ${dryRun ? `to create ${t.toCreate}` : `created ${t.created ?? 0}, updated ${t.updated ?? 0}`}, ` +
      `notifications ${dryRun ? summary.notifications.planned : summary.notifications.sent}, digests ${dryRun ? summary.digests.planned : summary.digests.sent}`
  );
  console.log(`  calls by endpoint: ${JSON.stringify(summary.apiCallsByEndpoint)}`);
  return summary;
}

await run('dry run', '2026-11-27', true);
await run('first run (everything new)', '2026-11-27', false);
await run('next day (only that day’s news)', '2026-11-28', false);
await org.close();
