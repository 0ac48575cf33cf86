import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { CallMeter } from '../../salesforce/callMeter.ts';
import { OrgClient } from '../../salesforce/orgClient.ts';
import { Reporter } from '../reporter.ts';
import { DEFAULT_ROLLUP, runRollup, type RollupOptions } from '../rollup/rollup.ts';
import type { Row } from '../rollup/records.ts';
import { startDemoOrg, type DemoOrg } from './localOrgFixture.ts';

const TODAY = '2026-11-24';
const fast: Partial<RollupOptions> = {
  today: TODAY,
  retry: { attempts: 3, baseDelayMs: 5, maxDelayMs: 20 },
  bulk: { pageSize: 500, pollIntervalMs: 5, pollTimeoutMs: 10_000 },
  stepsPerRange: 400
};

function clientFor(org: DemoOrg): OrgClient {
  return new OrgClient(
    { instanceUrl: org.url, accessToken: org.token, apiVersion: '68.0', label: 'local' },
    new CallMeter()
  );
}

async function rollup(org: DemoOrg, options: Partial<RollupOptions> = {}) {
  return runRollup(clientFor(org), { ...DEFAULT_ROLLUP, ...fast, ...options }, new Reporter({ json: true }));
}

async function one(org: DemoOrg, soql: string): Promise<Row> {
  const rows = await clientFor(org).queryAll<Row>(soql);
  assert.equal(rows.length, 1, soql);
  return rows[0];
}

async function create(org: DemoOrg, sobject: string, fields: Row): Promise<string> {
  const result = await clientFor(org).requestJson<{ id: string }>('POST', `/sobjects/${sobject}`, fields);
  return result.id;
}

async function update(org: DemoOrg, sobject: string, id: string, fields: Row): Promise<void> {
  await clientFor(org).requestJson('PATCH', `/sobjects/${sobject}/${id}`, fields);
}

async function historyOf(org: DemoOrg, opportunityId: string): Promise<Row[]> {
  return clientFor(org).queryAll<Row>(
    `SELECT Id, Change_Key__c, Opportunity__c, Plan__c, Changed_At__c, Status_Before__c, Status_After__c, Health_Before__c, Health_After__c, Score_Before__c, Score_After__c, Reasons__c FROM Plan_Health_History__c WHERE Opportunity__c = '${opportunityId}' ORDER BY Changed_At__c`
  );
}

const OPPORTUNITY_FIELDS =
  'Plan_Status__c, Plan_Health__c, Plan_Health_Score__c, Plan_Health_Reasons__c, Plan_Open_Risk_Count__c';

/** An Active plan of the demo org and three risks on it: two open (one high without a mitigation, one with its mitigation overdue), one closed. */
async function withRisks(org: DemoOrg): Promise<{ planId: string; opportunityId: string; risks: string[] }> {
  const plan = await one(
    org,
    `SELECT Id, Opportunity__c FROM Mutual_Action_Plan__c WHERE Status__c = 'Active' AND Opportunity__r.IsClosed = false ORDER BY Id LIMIT 1`
  );
  const planId = String(plan.Id);
  const risks = [
    await create(org, 'Plan_Risk__c', {
      Plan__c: planId,
      Title__c: 'Their security review may not finish this quarter',
      Likelihood__c: 'High',
      Impact__c: 'High',
      Status__c: 'Open'
    }),
    await create(org, 'Plan_Risk__c', {
      Plan__c: planId,
      Title__c: 'Budget holder on leave in December',
      Likelihood__c: 'Low',
      Impact__c: 'Medium',
      Mitigation__c: 'Sign-off delegated to the CFO',
      Mitigation_Due_Date__c: '2026-11-20',
      Status__c: 'Open'
    }),
    await create(org, 'Plan_Risk__c', {
      Plan__c: planId,
      Title__c: 'Competitor pilot',
      Likelihood__c: 'High',
      Impact__c: 'High',
      Status__c: 'Closed'
    })
  ];
  return { planId, opportunityId: String(plan.Opportunity__c), risks };
}

let org: DemoOrg;
let deal: { planId: string; opportunityId: string; risks: string[] };
before(async () => {
  org = await startDemoOrg({ opportunities: 30, today: TODAY });
  deal = await withRisks(org);
});
after(async () => {
  await org.close();
});

test('the first roll-up writes one history row per opportunity whose health changed, and the open risk count', async () => {
  const summary = await rollup(org, { api: 'rest' });
  assert.equal(summary.failed, 0);
  assert.equal(summary.history.failed, 0);
  // Every deal goes from never rolled up to a health: each has its row.
  assert.equal(summary.history.changed, summary.opportunities);
  assert.equal(summary.history.written, summary.history.changed);
  assert.equal(await org.count('Plan_Health_History__c'), summary.history.written);

  const opportunity = await one(
    org,
    `SELECT Id, ${OPPORTUNITY_FIELDS} FROM Opportunity WHERE Id = '${deal.opportunityId}'`
  );
  assert.equal(opportunity.Plan_Open_Risk_Count__c, 2, 'the closed risk does not count');
  const reasons = String(opportunity.Plan_Health_Reasons__c).split('\n');
  assert.ok(reasons.includes('1 open high risk without a mitigation'), reasons.join(' | '));
  assert.ok(reasons.includes('1 risk mitigation overdue by 4 days'), reasons.join(' | '));
  assert.notEqual(opportunity.Plan_Health__c, 'On Track');

  const rows = await historyOf(org, deal.opportunityId);
  assert.equal(rows.length, 1);
  const [row] = rows;
  assert.equal(row.Plan__c, deal.planId);
  assert.equal(row.Status_Before__c, null);
  assert.equal(row.Health_Before__c, null);
  assert.equal(row.Score_Before__c, null);
  assert.equal(row.Status_After__c, 'Active');
  assert.equal(row.Health_After__c, opportunity.Plan_Health__c);
  assert.equal(row.Score_After__c, opportunity.Plan_Health_Score__c);
  assert.equal(row.Reasons__c, opportunity.Plan_Health_Reasons__c);
  assert.ok(
    String(row.Change_Key__c).startsWith(`${deal.opportunityId}:${TODAY}:`),
    String(row.Change_Key__c)
  );
  assert.ok(row.Changed_At__c, 'stamped with the run');

  const withoutPlan = await clientFor(org).queryAll<Row>(
    `SELECT Id, Plan_Open_Risk_Count__c FROM Opportunity WHERE Plan_Health__c = 'No Plan'`
  );
  assert.ok(withoutPlan.length > 0);
  for (const other of withoutPlan) assert.equal(other.Plan_Open_Risk_Count__c, null);
});

test('a rerun with nothing changed writes no history', async () => {
  const rows = await org.count('Plan_Health_History__c');
  const summary = await rollup(org, { api: 'rest' });
  assert.equal(summary.changed, 0);
  assert.equal(summary.history.changed, 0);
  assert.equal(
    Object.keys(summary.apiCallsByEndpoint).filter((e) => e.includes('collections')).length,
    0,
    JSON.stringify(summary.apiCallsByEndpoint)
  );
  assert.equal(await org.count('Plan_Health_History__c'), rows);
});

test('mitigating a risk records the change from the health before to the health after, on that deal only', async () => {
  const earlier = await one(
    org,
    `SELECT Id, ${OPPORTUNITY_FIELDS} FROM Opportunity WHERE Id = '${deal.opportunityId}'`
  );
  const rows = await org.count('Plan_Health_History__c');
  await update(org, 'Plan_Risk__c', deal.risks[0], { Mitigation__c: 'Pre-filled questionnaire sent' });
  const summary = await rollup(org, { api: 'rest' });
  assert.equal(summary.changed, 1);
  assert.equal(summary.history.written, 1);
  assert.equal(await org.count('Plan_Health_History__c'), rows + 1);

  const later = await one(
    org,
    `SELECT Id, ${OPPORTUNITY_FIELDS} FROM Opportunity WHERE Id = '${deal.opportunityId}'`
  );
  assert.ok(Number(later.Plan_Health_Score__c) > Number(earlier.Plan_Health_Score__c));
  assert.ok(!String(later.Plan_Health_Reasons__c).includes('without a mitigation'));
  assert.equal(later.Plan_Open_Risk_Count__c, 2, 'a mitigated-in-words risk is still open');
  const history = await historyOf(org, deal.opportunityId);
  assert.equal(history.length, 2);
  const latest = history[1];
  assert.equal(latest.Health_Before__c, earlier.Plan_Health__c);
  assert.equal(latest.Score_Before__c, earlier.Plan_Health_Score__c);
  assert.equal(latest.Health_After__c, later.Plan_Health__c);
  assert.equal(latest.Score_After__c, later.Plan_Health_Score__c);
  assert.equal(latest.Reasons__c, later.Plan_Health_Reasons__c);
});

test('a run cut short after its history write is rerun without a second row', async () => {
  await update(org, 'Plan_Risk__c', deal.risks[1], { Status__c: 'Closed' });
  const rows = await org.count('Plan_Health_History__c');
  // The deal's history row is written (its master-detail locks the deal too), then its own write
  // keeps failing: the run ends with the history written and the deal's new values not.
  org.lock(deal.opportunityId, Number.POSITIVE_INFINITY, 1);
  const cut = await rollup(org, { api: 'rest' });
  assert.equal(cut.failed, 1);
  assert.equal(cut.history.written, 1);
  assert.equal(await org.count('Plan_Health_History__c'), rows + 1);
  const stale = await one(
    org,
    `SELECT Id, Plan_Open_Risk_Count__c FROM Opportunity WHERE Id = '${deal.opportunityId}'`
  );
  assert.equal(stale.Plan_Open_Risk_Count__c, 2, 'the opportunity was not written');

  org.lock(deal.opportunityId, 0);
  const rerun = await rollup(org, { api: 'rest' });
  assert.equal(rerun.failed, 0);
  assert.equal(rerun.written, 1);
  assert.equal(rerun.history.written, 1, 'the same change is upserted again');
  assert.equal(await org.count('Plan_Health_History__c'), rows + 1, 'onto the row already written');
  const fixed = await one(
    org,
    `SELECT Id, Plan_Open_Risk_Count__c FROM Opportunity WHERE Id = '${deal.opportunityId}'`
  );
  assert.equal(fixed.Plan_Open_Risk_Count__c, 1);
});

test('the Bulk API 2.0 path upserts the same history rows through an ingest job', async () => {
  const bulkOrg = await startDemoOrg({ opportunities: 30, today: TODAY });
  try {
    const bulkDeal = await withRisks(bulkOrg);
    const summary = await rollup(bulkOrg, { api: 'bulk', restWriteMax: 5 });
    assert.equal(summary.failed, 0);
    assert.equal(summary.history.failed, 0);
    assert.equal(summary.history.written, summary.opportunities);
    assert.equal(await bulkOrg.count('Plan_Health_History__c'), summary.opportunities);
    assert.ok(
      (summary.apiCallsByEndpoint['bulk:ingest-create'] ?? 0) >= 2,
      `history and opportunities each through a job: ${JSON.stringify(summary.apiCallsByEndpoint)}`
    );
    const opportunity = await one(
      bulkOrg,
      `SELECT Id, ${OPPORTUNITY_FIELDS} FROM Opportunity WHERE Id = '${bulkDeal.opportunityId}'`
    );
    assert.equal(opportunity.Plan_Open_Risk_Count__c, 2);
    assert.ok(String(opportunity.Plan_Health_Reasons__c).includes('1 open high risk without a mitigation'));
    const [row] = await historyOf(bulkOrg, bulkDeal.opportunityId);
    assert.equal(row.Health_After__c, opportunity.Plan_Health__c);
    assert.equal(row.Reasons__c, opportunity.Plan_Health_Reasons__c);

    const again = await rollup(bulkOrg, { api: 'bulk', restWriteMax: 5 });
    assert.equal(again.changed, 0);
    assert.equal(again.history.changed, 0);
    assert.equal(await bulkOrg.count('Plan_Health_History__c'), summary.opportunities);
  } finally {
    await bulkOrg.close();
  }
});
