import { readFileSync } from 'node:fs';
import { Connection } from 'jsforce';
import { CallMeter } from '../salesforce/callMeter.ts';
import { OrgClient } from '../salesforce/orgClient.ts';
import { Reporter } from '../sync/reporter.ts';
import { DEFAULT_ROLLUP, runRollup } from '../sync/rollup/rollup.ts';
import { assessPlan, DEFAULT_FORECAST_WEIGHTS, DEFAULT_THRESHOLDS } from '../sync/engine.ts';
import { rollupValues } from '../sync/rollup/opportunityFields.ts';
import { num, toOpportunityFacts, toPlan, toStep, type Row } from '../sync/rollup/records.ts';
import { changedFields } from '../sync/values.ts';

/** One roll-up in its own process, so its peak memory is its own: `product` or `naive`. */
const [mode = 'product', today = '2026-11-24'] = process.argv.slice(2);
const instanceUrl = process.env.SF_INSTANCE_URL ?? '';
const accessToken = process.env.SF_ACCESS_TOKEN ?? '';
const started = Date.now();

async function naive(): Promise<Record<string, unknown>> {
  // The way a first script would do it: REST queries fetched whole, then 200-record updates of every row.
  const conn = new Connection({ instanceUrl, accessToken, version: '68.0' });
  const opportunities = (
    await conn.query<Row>(
      'SELECT Id, Name, CloseDate, StageName, IsClosed, IsWon, Amount FROM Opportunity WHERE IsClosed = false OR CloseDate = LAST_N_DAYS:30',
      { autoFetch: true, maxFetch: 1_000_000 }
    )
  ).records;
  const plans = (
    await conn.query<Row>(
      "SELECT Id, Name, Opportunity__c, Status__c, Go_Live_Date__c, LastModifiedDate, (SELECT Id, Name, Plan__c, Side__c, Owner__c, Due_Date__c, Baseline_Date__c, Status__c, Completed_Date__c, Is_Milestone__c, Phase__c, Depends_On__c, Lag_Days__c, Duration_Days__c, Commitment__c, Visibility__c, Sort_Order__c, LastModifiedDate FROM Plan_Steps__r) FROM Mutual_Action_Plan__c WHERE Status__c = 'Active'",
      { autoFetch: true, maxFetch: 1_000_000 }
    )
  ).records;
  const byOpportunity = new Map(plans.map((p) => [String(p.Opportunity__c), p]));
  const updates: Record<string, unknown>[] = [];
  for (const opportunity of opportunities) {
    const plan = byOpportunity.get(String(opportunity.Id));
    const steps = ((plan?.Plan_Steps__r as { records?: Row[] } | null)?.records ?? []).map(toStep);
    const planInfo = plan ? toPlan(plan) : null;
    const facts = toOpportunityFacts(opportunity);
    const assessment = assessPlan({
      plan: planInfo,
      steps,
      opportunity: facts,
      today,
      thresholds: DEFAULT_THRESHOLDS
    });
    updates.push({
      attributes: { type: 'Opportunity' },
      Id: opportunity.Id,
      ...changedFields(
        undefined,
        rollupValues(assessment, planInfo, false, {
          opportunity: facts,
          amount: num(opportunity.Amount),
          weights: DEFAULT_FORECAST_WEIGHTS,
          fiscalYearStartMonth: 1
        })
      )
    });
  }
  for (let i = 0; i < updates.length; i += 200) {
    await conn.request({
      method: 'PATCH',
      url: '/services/data/v68.0/composite/sobjects',
      body: JSON.stringify({ allOrNone: false, records: updates.slice(i, i + 200) }),
      headers: { 'Content-Type': 'application/json' }
    });
  }
  return { opportunities: opportunities.length, written: updates.length };
}

async function product(): Promise<Record<string, unknown>> {
  const client = new OrgClient(
    { instanceUrl, accessToken, apiVersion: '68.0', label: 'bench' },
    new CallMeter()
  );
  const summary = await runRollup(
    client,
    { ...DEFAULT_ROLLUP, today, bulk: { ...DEFAULT_ROLLUP.bulk, pollIntervalMs: 50 } },
    new Reporter({ json: true })
  );
  return {
    api: summary.api,
    writeApi: summary.writeApi,
    opportunities: summary.opportunities,
    changed: summary.changed,
    written: summary.written,
    failed: summary.failed,
    apiCalls: summary.apiCalls,
    byEndpoint: summary.apiCallsByEndpoint
  };
}

/**
 * Peak resident memory of this process in MB. VmHWM, not getrusage's maxRSS: Linux carries the
 * parent's peak (the benchmark's local org, gigabytes) into a child's maxRSS across fork and exec.
 */
function peakRssMb(): number {
  const match = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8'));
  return Math.round((match ? Number(match[1]) : process.resourceUsage().maxRSS) / 1024);
}

const result = mode === 'naive' ? await naive() : await product();
process.stdout.write(
  `${JSON.stringify({ mode, ...result, wallMs: Date.now() - started, peakRssMb: peakRssMb() })}\n`
);
