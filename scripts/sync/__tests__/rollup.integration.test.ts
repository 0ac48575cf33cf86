import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { assessPlan, planThatCounts, type PlanRisk, type PlanStakeholder } from '../engine.ts';
import { CallMeter } from '../../salesforce/callMeter.ts';
import { OrgClient } from '../../salesforce/orgClient.ts';
import { Reporter } from '../reporter.ts';
import { DEFAULT_ROLLUP, runRollup, type RollupOptions } from '../rollup/rollup.ts';
import { rollupValues, ROLLUP_FIELDS } from '../rollup/opportunityFields.ts';
import { storedCausedSlip } from '../rollup/stepFields.ts';
import { num, STEP_FIELDS, toOpportunityFacts, toPlan, toStep, type Row } from '../rollup/records.ts';
import { DEFAULT_FORECAST_WEIGHTS, DEFAULT_THRESHOLDS } from '../engine.ts';
import { sameValue } from '../values.ts';
import { main } from '../main.ts';
import { startDemoOrg, type DemoOrg } from './localOrgFixture.ts';

const TODAY = '2026-11-24';
const quiet = () => new Reporter({ json: true });
const fast: Partial<RollupOptions> = {
  today: TODAY,
  retry: { attempts: 4, baseDelayMs: 5, maxDelayMs: 20 },
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
  return runRollup(clientFor(org), { ...DEFAULT_ROLLUP, ...fast, ...options }, quiet());
}

function childRows(parent: Row | undefined, relationship: string): Row[] {
  return (parent?.[relationship] as { records?: Row[] } | null | undefined)?.records ?? [];
}

const textOf = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

function toStakeholder(row: Row): PlanStakeholder {
  return {
    id: String(row.Id),
    name: String(row.Name),
    side: row.Side__c === 'Seller' ? 'Seller' : 'Buyer',
    role: textOf(row.Role__c),
    influence: textOf(row.Influence__c),
    stance: textOf(row.Stance__c),
    contactId: textOf(row.Contact__c),
    userId: textOf(row.User__c),
    isSigner: row.Is_Signer__c === true,
    canVeto: row.Can_Veto__c === true
  };
}

function toFullRisk(row: Row): PlanRisk {
  return {
    id: String(row.Id),
    title: String(row.Title__c),
    category: textOf(row.Category__c),
    likelihood: textOf(row.Likelihood__c) as PlanRisk['likelihood'],
    impact: textOf(row.Impact__c) as PlanRisk['impact'],
    status: (textOf(row.Status__c) ?? 'Open') as PlanRisk['status'],
    mitigation: textOf(row.Mitigation__c),
    mitigationDueDate: textOf(row.Mitigation_Due_Date__c),
    ownerStakeholderId: textOf(row.Owner_Stakeholder__c),
    stepId: textOf(row.Step__c)
  };
}

/** What the engine says each opportunity's fields should hold, computed from the org's own data. */
async function expectedValues(org: DemoOrg): Promise<Map<string, Record<string, unknown>>> {
  const client = clientFor(org);
  const opportunities = await client.queryAll<Row>(
    'SELECT Id, CloseDate, StageName, IsClosed, IsWon, Amount FROM Opportunity WHERE IsClosed = false OR CloseDate = LAST_N_DAYS:30'
  );
  const plans = await client.queryAll<Row>(
    'SELECT Id, Name, Opportunity__c, Status__c, Go_Live_Date__c, LastModifiedDate, CreatedDate, Review_Cadence__c, Next_Review_Date__c, Last_Review_Date__c, (SELECT Id, Name, Plan__c, Side__c, Owner__c, Due_Date__c, Baseline_Date__c, Status__c, Completed_Date__c, Is_Milestone__c, Phase__c, Depends_On__c, Lag_Days__c, Duration_Days__c, Commitment__c, Visibility__c, Sort_Order__c, LastModifiedDate FROM Plan_Steps__r), (SELECT Id, Name, Side__c, Role__c, Influence__c, Stance__c, Contact__c, User__c, Is_Signer__c, Can_Veto__c FROM Plan_Stakeholders__r), (SELECT Id, Title__c, Category__c, Likelihood__c, Impact__c, Status__c, Mitigation__c, Mitigation_Due_Date__c, Owner_Stakeholder__c, Step__c FROM Plan_Risks__r) FROM Mutual_Action_Plan__c'
  );
  const plansByDeal = new Map<string, Row[]>();
  for (const plan of plans) {
    const key = String(plan.Opportunity__c);
    plansByDeal.set(key, [...(plansByDeal.get(key) ?? []), plan]);
  }
  const chosen = new Map<string, Row>();
  for (const [deal, rows] of plansByDeal) {
    const candidates = rows.map((row) => ({
      row,
      id: String(row.Id),
      status: String(row.Status__c),
      createdDate: String(row.CreatedDate)
    }));
    const counting = planThatCounts(candidates);
    if (counting) chosen.set(deal, counting.row);
  }
  const expected = new Map<string, Record<string, unknown>>();
  for (const opportunity of opportunities) {
    const plan = chosen.get(String(opportunity.Id));
    const steps = ((plan?.Plan_Steps__r as { records?: Row[] } | null)?.records ?? []).map(toStep);
    const planInfo = plan ? toPlan(plan) : null;
    const facts = toOpportunityFacts(opportunity);
    // Every stakeholder and every risk, as the record page has them: the engine picks the buyer
    // side and the open risks itself.
    const stakeholders = childRows(plan, 'Plan_Stakeholders__r').map(toStakeholder);
    const risks = childRows(plan, 'Plan_Risks__r').map(toFullRisk);
    const assessment = assessPlan({
      plan: planInfo,
      steps,
      stakeholders,
      risks,
      opportunity: facts,
      today: TODAY,
      thresholds: DEFAULT_THRESHOLDS
    });
    expected.set(
      String(opportunity.Id),
      // The demo org's fiscal year starts in January (forecastFields.integration.test.ts tries February).
      rollupValues(assessment, planInfo, false, {
        opportunity: facts,
        amount: num(opportunity.Amount),
        weights: DEFAULT_FORECAST_WEIGHTS,
        fiscalYearStartMonth: 1
      })
    );
  }
  return expected;
}

async function assertOrgMatchesEngine(org: DemoOrg): Promise<number> {
  const expected = await expectedValues(org);
  const actual = await clientFor(org).queryAll<Row>(
    `SELECT Id, ${ROLLUP_FIELDS.join(', ')} FROM Opportunity WHERE IsClosed = false OR CloseDate = LAST_N_DAYS:30`
  );
  assert.equal(actual.length, expected.size);
  for (const row of actual) {
    const want = expected.get(String(row.Id));
    assert.ok(want, `opportunity ${String(row.Id)} expected`);
    for (const field of ROLLUP_FIELDS) {
      assert.ok(
        sameValue(row[field], (want[field] ?? null) as string | number | boolean | null),
        `${String(row.Id)} ${field}: org has ${JSON.stringify(row[field])}, engine says ${JSON.stringify(want[field])}`
      );
    }
  }
  return actual.length;
}

let org: DemoOrg;
before(async () => {
  org = await startDemoOrg({ opportunities: 60, today: TODAY });
});
after(async () => {
  await org.close();
});

test('a REST roll-up writes exactly what the engine computes for every opportunity', async () => {
  const summary = await rollup(org, { api: 'rest' });
  assert.equal(summary.api, 'rest');
  assert.equal(summary.failed, 0);
  assert.ok(summary.written > 0, 'the first run writes');
  assert.equal(summary.written, summary.changed);
  const checked = await assertOrgMatchesEngine(org);
  assert.equal(checked, summary.opportunities);
  assert.ok(
    summary.health['No Plan'] > 0 &&
      summary.health['On Track'] + summary.health['At Risk'] + summary.health['Off Track'] > 0,
    JSON.stringify(summary.health)
  );
});

test('a second run writes nothing and spends no write calls', async () => {
  const summary = await rollup(org, { api: 'rest' });
  assert.equal(summary.changed, 0);
  assert.equal(summary.written, 0);
  assert.equal(
    Object.keys(summary.apiCallsByEndpoint).filter((e) => e.includes('collections')).length,
    0,
    JSON.stringify(summary.apiCallsByEndpoint)
  );
});

test('days passing changes health with no edit, and only the deals that changed are written', async () => {
  const later = await rollup(org, { api: 'rest', today: '2026-12-10' });
  assert.ok(
    later.changed > 0 && later.changed < later.opportunities,
    `${later.changed} of ${later.opportunities} changed`
  );
  assert.equal(later.written, later.changed);
  const back = await rollup(org, { api: 'rest' });
  assert.equal(back.written, later.changed, 'going back rewrites the same deals');
});

test('the Bulk API 2.0 path gives the same values as REST', async () => {
  const bulkOrg = await startDemoOrg({ opportunities: 60, today: TODAY });
  try {
    const summary = await rollup(bulkOrg, { api: 'bulk', restWriteMax: 10 });
    assert.equal(summary.api, 'bulk');
    assert.equal(summary.writeApi, 'bulk');
    assert.equal(summary.failed, 0);
    assert.ok(
      Object.keys(summary.apiCallsByEndpoint).some((e) => e.startsWith('bulk:ingest')),
      'written through a Bulk ingest job'
    );
    await assertOrgMatchesEngine(bulkOrg);
    const again = await rollup(bulkOrg, { api: 'bulk' });
    assert.equal(again.changed, 0);
  } finally {
    await bulkOrg.close();
  }
});

test('row locks are retried with backoff; a lock that never clears is reported and fails the run', async () => {
  const lockOrg = await startDemoOrg({ opportunities: 20, today: TODAY });
  try {
    const ids = await lockOrg.opportunityIds();
    // Each deal's health history row is written first (locking the deal, its master): the locks hold
    // from the deal's own write on.
    lockOrg.lock(ids[0], 2, 1);
    lockOrg.lock(ids[1], 2, 1);
    lockOrg.lock(ids[2], Number.POSITIVE_INFINITY, 1);
    const summary = await rollup(lockOrg, { api: 'rest' });
    assert.equal(summary.failed, 1);
    assert.equal(summary.failures[0].key, ids[2]);
    assert.equal(summary.failures[0].errorCode, 'UNABLE_TO_LOCK_ROW');
    assert.ok(summary.retried >= 4, `retried ${summary.retried}`);
    assert.equal(summary.written, summary.changed - 1);
    const code = await main(
      ['rollup', '--today', TODAY, '--json'],
      { write: () => true } as unknown as NodeJS.WritableStream,
      { SF_INSTANCE_URL: lockOrg.url, SF_ACCESS_TOKEN: lockOrg.token }
    );
    assert.equal(code, 1, 'a record still failing makes the command exit 1');
  } finally {
    await lockOrg.close();
  }
});

test('an exhausted API allocation stops the run before it starts, with nothing written', async () => {
  const poorOrg = await startDemoOrg({ opportunities: 10, today: TODAY });
  try {
    poorOrg.leaveApiCalls(5);
    await assert.rejects(
      rollup(poorOrg),
      (error: Error & { errorCode?: string }) =>
        error.errorCode === 'API_BUDGET' && error.message.includes('daily API calls remain')
    );
    assert.equal(poorOrg.rowsWritten(), 0);
  } finally {
    await poorOrg.close();
  }
});

test('--max-api-calls stops cleanly when retries use up the budget, and the next run finishes the job', async () => {
  const busyOrg = await startDemoOrg({ opportunities: 30, today: TODAY });
  try {
    const dry = await rollup(busyOrg, { api: 'rest', dryRun: true });
    const ids = await busyOrg.opportunityIds();
    const changedId = dry.changes[0].id;
    assert.ok(ids.includes(changedId));
    // Locked from the deal's own write on: its history row, written first, goes through.
    busyOrg.lock(changedId, 2, 1);
    // Exactly the reads, one history upsert and one collection write: the retry of the locked row does not fit.
    const first = await rollup(busyOrg, { api: 'rest', maxApiCalls: dry.apiCalls + 2 });
    assert.equal(first.stoppedEarly, true);
    assert.equal(first.apiCalls, dry.apiCalls + 2);
    assert.equal(first.history.written, first.history.changed);
    const historyRows = await busyOrg.count('Plan_Health_History__c');
    assert.equal(first.written, dry.changed - 1, 'every row but the locked one is written');
    assert.equal(first.notSent, 1);
    const second = await rollup(busyOrg, { api: 'rest' });
    assert.equal(second.stoppedEarly, false);
    assert.equal(second.failed, 0);
    assert.equal(second.written, 1, 'the re-run writes the row the first run could not, and nothing twice');
    assert.equal(
      await busyOrg.count('Plan_Health_History__c'),
      historyRows,
      "the locked deal's history row, written before the stop, is upserted onto itself"
    );
    await assertOrgMatchesEngine(busyOrg);
  } finally {
    await busyOrg.close();
  }
});

test('an expired session gets a message that says to log in again', async () => {
  const expiredOrg = await startDemoOrg({ opportunities: 5, today: TODAY });
  try {
    expiredOrg.expireSession();
    const out: string[] = [];
    const code = await main(
      ['rollup', '--json'],
      { write: (s: string) => out.push(s) } as unknown as NodeJS.WritableStream,
      { SF_INSTANCE_URL: expiredOrg.url, SF_ACCESS_TOKEN: expiredOrg.token }
    );
    assert.equal(code, 1);
    const result = JSON.parse(out.join('')) as { name: string; message: string; action: string };
    assert.equal(result.name, 'INVALID_SESSION_ID');
    assert.match(result.action, /log in again/i);
  } finally {
    await expiredOrg.close();
  }
});

test('an org on an older package version is told which fields it lacks, and nothing is written', async () => {
  const oldOrg = await startDemoOrg({
    opportunities: 5,
    today: TODAY,
    withoutFields: ['Opportunity.Plan_Buyer_Commitment__c', 'Opportunity.Plan_Slip_Days__c']
  });
  try {
    await assert.rejects(rollup(oldOrg), (error: Error & { errorCode?: string }) => {
      assert.equal(error.errorCode, 'MISSING_FIELDS');
      assert.match(error.message, /Opportunity\.Plan_Buyer_Commitment__c/);
      assert.match(error.message, /Opportunity\.Plan_Slip_Days__c/);
      return true;
    });
    assert.equal(oldOrg.rowsWritten(), 0);
  } finally {
    await oldOrg.close();
  }
});

test('--dry-run reports the changes and writes nothing', async () => {
  const dryOrg = await startDemoOrg({ opportunities: 10, today: TODAY });
  try {
    const summary = await rollup(dryOrg, { dryRun: true });
    assert.ok(summary.changed > 0);
    assert.equal(summary.written, 0);
    assert.equal(summary.changes.length, summary.changed);
    assert.equal(dryOrg.rowsWritten(), 0);
  } finally {
    await dryOrg.close();
  }
});

/** Each step of each opportunity's plan that counts: what the org holds and what the engine says. */
interface StepSlip {
  id: string;
  stored: unknown;
  formula: unknown;
  slip: number | null;
  caused: number | null;
}

async function stepSlips(target: DemoOrg): Promise<StepSlip[]> {
  const client = clientFor(target);
  const plans = await client.queryAll<Row>(
    `SELECT Id, Name, Opportunity__c, Status__c, Go_Live_Date__c, LastModifiedDate, CreatedDate, (SELECT ${STEP_FIELDS.join(', ')}, Slip_Days__c FROM Plan_Steps__r) FROM Mutual_Action_Plan__c WHERE Opportunity__r.IsClosed = false OR Opportunity__r.CloseDate = LAST_N_DAYS:30`
  );
  const byDeal = new Map<string, Row[]>();
  for (const plan of plans)
    byDeal.set(String(plan.Opportunity__c), [...(byDeal.get(String(plan.Opportunity__c)) ?? []), plan]);
  const result: StepSlip[] = [];
  for (const rows of byDeal.values()) {
    const counting = planThatCounts(
      rows.map((row) => ({
        row,
        id: String(row.Id),
        status: String(row.Status__c),
        createdDate: String(row.CreatedDate)
      }))
    );
    if (!counting) continue;
    const stepRows = (counting.row.Plan_Steps__r as { records?: Row[] } | null)?.records ?? [];
    const assessment = assessPlan({
      plan: toPlan(counting.row),
      steps: stepRows.map(toStep),
      opportunity: { closeDate: null, stageName: null, isClosed: false, isWon: false },
      today: TODAY
    });
    stepRows.forEach((row, i) =>
      result.push({
        id: String(row.Id),
        stored: row.Caused_Slip_Days__c,
        formula: row.Slip_Days__c,
        slip: assessment.steps[i].baselineSlipDays,
        caused: assessment.steps[i].causedSlipDays
      })
    );
  }
  return result;
}

function assertStepsMatchEngine(steps: readonly StepSlip[]): void {
  for (const step of steps) {
    assert.ok(
      sameValue(step.stored, storedCausedSlip(step.caused)),
      `step ${step.id} Caused_Slip_Days__c: org has ${JSON.stringify(step.stored)}, engine says ${step.caused}`
    );
    assert.ok(
      sameValue(step.formula, step.slip),
      `step ${step.id} Slip_Days__c: formula gives ${JSON.stringify(step.formula)}, engine says ${step.slip}`
    );
  }
}

test('the roll-up writes each step its caused slip and each side its total, only where they changed', async () => {
  const slipOrg = await startDemoOrg({ opportunities: 30, today: TODAY });
  try {
    const first = await rollup(slipOrg, { api: 'rest' });
    assert.equal(first.failed, 0);
    const steps = await stepSlips(slipOrg);
    assertStepsMatchEngine(steps);
    assert.ok(
      steps.some((s) => (s.caused ?? 0) > 0) && steps.some((s) => (s.slip ?? 0) > (s.caused ?? 0)),
      'the demo plans have both caused and pushed slip'
    );
    assert.equal(
      first.steps.changed,
      steps.filter((s) => (s.caused ?? 0) > 0).length,
      'only steps that caused slip'
    );
    assert.equal(first.steps.written, first.steps.changed);
    await assertOrgMatchesEngine(slipOrg);

    // A buyer step 5 days late that pushes a chain of three seller steps: 5 days of buyer slip.
    const client = clientFor(slipOrg);
    const [plan] = await client.queryAll<Row>(
      "SELECT Id, Opportunity__c FROM Mutual_Action_Plan__c WHERE Status__c = 'Active' AND Opportunity__r.IsClosed = false LIMIT 1"
    );
    const sides = `SELECT Plan_Buyer_Slip_Days__c, Plan_Seller_Slip_Days__c FROM Opportunity WHERE Id = '${String(plan.Opportunity__c)}'`;
    const [sidesBefore] = await client.queryAll<Row>(sides);
    const chain: string[] = [];
    const add = async (name: string, side: string, baseline: string, due: string) => {
      const created = await client.requestJson<{ id: string }>('POST', '/sobjects/Plan_Step__c', {
        Name: name,
        Plan__c: plan.Id,
        Side__c: side,
        Baseline_Date__c: baseline,
        Due_Date__c: due,
        Status__c: 'Not Started',
        Lag_Days__c: 0,
        Duration_Days__c: 1,
        Depends_On__c: chain.at(-1) ?? null
      });
      chain.push(created.id);
    };
    await add('Security review', 'Buyer', '2026-12-01', '2026-12-06');
    await add('Order form', 'Seller', '2026-12-02', '2026-12-07');
    await add('Kickoff', 'Seller', '2026-12-03', '2026-12-08');
    await add('Go-live', 'Seller', '2026-12-04', '2026-12-09');

    // A run narrowed to the deal (the watch's minute-by-minute cycle) updates the sides but writes no
    // step: a step write would move the version a rep's open page holds.
    const scoped = await rollup(slipOrg, { api: 'rest', opportunityIds: [String(plan.Opportunity__c)] });
    assert.equal(scoped.failed, 0);
    assert.equal(scoped.steps.changed, 0, 'a narrowed run writes no step');
    const [sidesScoped] = await client.queryAll<Row>(sides);
    assert.equal(
      Number(sidesScoped.Plan_Buyer_Slip_Days__c),
      Number(sidesBefore.Plan_Buyer_Slip_Days__c) + 5
    );

    const second = await rollup(slipOrg, { api: 'rest' });
    assert.equal(second.failed, 0);
    assert.equal(
      second.steps.written,
      1,
      'only the new buyer step caused slip: the pushed seller steps stay blank'
    );
    const [sidesAfter] = await client.queryAll<Row>(sides);
    assert.equal(Number(sidesAfter.Plan_Buyer_Slip_Days__c), Number(sidesBefore.Plan_Buyer_Slip_Days__c) + 5);
    assert.equal(Number(sidesAfter.Plan_Seller_Slip_Days__c), Number(sidesBefore.Plan_Seller_Slip_Days__c));
    const written = await client.queryAll<Row>(
      `SELECT Id, Caused_Slip_Days__c, Slip_Days__c FROM Plan_Step__c WHERE Id IN ('${chain.join("','")}')`
    );
    const byId = new Map(written.map((row) => [String(row.Id), row]));
    assert.deepEqual(
      chain.map((id) => [num(byId.get(id)?.Slip_Days__c), num(byId.get(id)?.Caused_Slip_Days__c)]),
      [
        [5, 5],
        [5, null],
        [5, null],
        [5, null]
      ]
    );

    const third = await rollup(slipOrg, { api: 'rest' });
    assert.equal(third.steps.changed, 0, 'an unchanged plan writes no step');
  } finally {
    await slipOrg.close();
  }
});

test('the Bulk API 2.0 path writes the same caused slip to the steps', async () => {
  const bulkOrg = await startDemoOrg({ opportunities: 30, today: TODAY });
  try {
    const summary = await rollup(bulkOrg, { api: 'bulk', restWriteMax: 5 });
    assert.equal(summary.failed, 0);
    assert.ok(summary.steps.written > 5, `${summary.steps.written} steps written through a Bulk job`);
    assertStepsMatchEngine(await stepSlips(bulkOrg));
    await assertOrgMatchesEngine(bulkOrg);
  } finally {
    await bulkOrg.close();
  }
});
