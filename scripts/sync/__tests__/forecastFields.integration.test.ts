// The forecast fields end to end: the roll-up reads Amount, the admin's weights and the org's
// fiscal year start month, and writes Plan_Adjusted_Amount__c and Plan_Close_After_Quarter__c,
// only where they change, against a local org whose fiscal year starts in February.
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { CallMeter } from '../../salesforce/callMeter.ts';
import { OrgClient } from '../../salesforce/orgClient.ts';
import { fiscalQuarterEnd } from '../engine.ts';
import { Reporter } from '../reporter.ts';
import { DEFAULT_ROLLUP, runRollup } from '../rollup/rollup.ts';
import type { Row } from '../rollup/records.ts';
import { generateDemoData, loadTemplates } from '../../localorg/demoData.ts';
import { PROJECT_ROOT, startLocalOrg, type LocalOrg } from '../../localorg/index.ts';

const TODAY = '2026-11-24';
/** The Default record's weights, restated here so a change to the shipped defaults is noticed. */
const WEIGHTS: Record<string, number> = {
  'On Track': 100,
  'At Risk': 70,
  'Off Track': 40,
  'No Plan': 50,
  Complete: 100
};
const DRAFT_CAP = 70;

let org: LocalOrg;
let client: OrgClient;

before(async () => {
  org = await startLocalOrg({ clock: `${TODAY}T12:00:00Z`, fiscalYearStartMonth: 2 });
  generateDemoData(org.store, {
    opportunities: 80,
    seed: 11,
    templates: loadTemplates(path.join(PROJECT_ROOT, 'templates')),
    insertTemplates: false,
    today: TODAY
  });
  client = new OrgClient(
    { instanceUrl: org.url, accessToken: org.token, apiVersion: '68.0', label: 'local' },
    new CallMeter()
  );
});
after(async () => {
  await org.close();
});

function rollup() {
  return runRollup(
    client,
    { ...DEFAULT_ROLLUP, api: 'rest', today: TODAY, retry: { attempts: 2, baseDelayMs: 5, maxDelayMs: 10 } },
    new Reporter({ json: true })
  );
}

async function deals(): Promise<Row[]> {
  return client.queryAll<Row>(
    'SELECT Id, Amount, CloseDate, IsClosed, IsWon, Plan_Health__c, Plan_Status__c, Plan_Projected_Close_Date__c, Plan_Adjusted_Amount__c, Plan_Close_After_Quarter__c FROM Opportunity WHERE IsClosed = false OR CloseDate = LAST_N_DAYS:30'
  );
}

function expectedAmount(row: Row, weights: Record<string, number>): number {
  const amount = Number(row.Amount);
  if (row.IsClosed === true) return row.IsWon === true ? amount : 0;
  let weight = weights[String(row.Plan_Health__c)];
  if (row.Plan_Status__c === 'Draft') weight = Math.min(weight, DRAFT_CAP);
  return Math.round(amount * weight) / 100;
}

function afterQuarter(row: Row, fiscalYearStartMonth: number): boolean {
  const projected =
    typeof row.Plan_Projected_Close_Date__c === 'string' ? row.Plan_Projected_Close_Date__c : null;
  const quarterEnd = fiscalQuarterEnd(String(row.CloseDate), fiscalYearStartMonth);
  return projected !== null && quarterEnd !== null && projected > quarterEnd;
}

test('the local org serves the fiscal year start month it was given', async () => {
  const rows = await client.queryAll<Row>('SELECT FiscalYearStartMonth FROM Organization');
  assert.equal(rows[0]?.FiscalYearStartMonth, 2);
  assert.throws(() => org.store.setFiscalYearStartMonth(13), /1–12/);
});

test('the roll-up writes the plan-adjusted amount and the after-quarter flag for a February fiscal year', async () => {
  // A cent amount on one open deal, to see the rounding on the way through the API.
  const [first] = await client.queryAll<Row>('SELECT Id FROM Opportunity WHERE IsClosed = false LIMIT 1');
  await client.requestJson(
    'PATCH',
    `/sobjects/Opportunity/${String(first.Id)}`,
    { Amount: 1234.57 },
    'rest:update'
  );

  const summary = await rollup();
  assert.equal(summary.failed, 0);
  const rows = await deals();
  assert.equal(rows.length, summary.opportunities);
  const statuses = new Set<string>();
  let flagged = 0;
  let differsFromCalendarQuarters = 0;
  for (const row of rows) {
    statuses.add(`${String(row.Plan_Health__c)}/${String(row.Plan_Status__c)}`);
    assert.equal(
      row.Plan_Adjusted_Amount__c,
      expectedAmount(row, WEIGHTS),
      `${String(row.Id)} ${String(row.Plan_Health__c)} amount ${String(row.Amount)}`
    );
    const expected = afterQuarter(row, 2);
    assert.equal(
      row.Plan_Close_After_Quarter__c,
      expected,
      `${String(row.Id)} close ${String(row.CloseDate)}`
    );
    if (expected) flagged++;
    if (expected !== afterQuarter(row, 1)) differsFromCalendarQuarters++;
  }
  assert.ok(statuses.size >= 4, `several health and plan mixes: ${[...statuses].join(', ')}`);
  assert.ok(flagged > 0 && flagged < rows.length, `${flagged} of ${rows.length} flagged`);
  assert.ok(differsFromCalendarQuarters > 0, 'the February start changes the answer for some deals');
  const cents = rows.find((row) => row.Id === first.Id);
  assert.ok(cents);
  assert.equal(cents.Plan_Adjusted_Amount__c, expectedAmount(cents, WEIGHTS));

  const again = await rollup();
  assert.equal(again.written, 0, 'nothing changed, nothing written');
});

test('a new fiscal year start or a new weight rewrites only the deals whose fields change', async () => {
  const written = await deals();
  const flipping = written.filter((row) => afterQuarter(row, 2) !== afterQuarter(row, 1)).length;
  org.store.setFiscalYearStartMonth(1);
  const calendar = await rollup();
  assert.equal(calendar.written, flipping);
  for (const row of await deals()) assert.equal(row.Plan_Close_After_Quarter__c, afterQuarter(row, 1));

  org.store.db.prepare('UPDATE "Plan_Health_Setting__mdt" SET "At_Risk_Forecast_Weight__c" = 55').run();
  const weights = { ...WEIGHTS, 'At Risk': 55 };
  const atRisk = written.filter((row) => row.IsClosed !== true && row.Plan_Health__c === 'At Risk').length;
  assert.ok(atRisk > 0, 'the demo data has At Risk deals');
  const reweighted = await rollup();
  assert.equal(reweighted.written, atRisk);
  for (const row of await deals()) assert.equal(row.Plan_Adjusted_Amount__c, expectedAmount(row, weights));
});
