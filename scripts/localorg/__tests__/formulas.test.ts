import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Connection } from 'jsforce';
import { generateDemoData, DEMO_PRESETS } from '../demoData.ts';
import { PROJECT_ROOT, startLocalOrg, type LocalOrg } from '../index.ts';
import { addUser } from '../users.ts';
import { planSlip, riskSeverity } from '../../sync/engine.ts';
import { toStep } from '../../sync/rollup/records.ts';
import { defined, raw, seedPlan, sfError, TODAY, withOrg } from './helpers.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
type Row = Record<string, unknown>;
const day = (d: unknown) => Date.parse(`${String(d)}T00:00:00Z`) / 86_400_000;

/** Every formula field of the package, from its XML. */
function packageFormulaFields(): string[] {
  const objectsDir = path.join(PROJECT_ROOT, 'force-app/main/default/objects');
  const found: string[] = [];
  for (const object of readdirSync(objectsDir)) {
    const dir = path.join(objectsDir, object, 'fields');
    let files: string[] = [];
    try {
      files = readdirSync(dir);
    } catch {
      continue;
    }
    for (const file of files)
      if (/<formula[\s>]/.test(readFileSync(path.join(dir, file), 'utf8')))
        found.push(`${object}.${file.replace('.field-meta.xml', '')}`);
  }
  return found.sort();
}

async function all(conn: Connection, soql: string): Promise<Row[]> {
  return (await conn.query<Row>(soql, { autoFetch: true, maxFetch: 100_000 })).records;
}

test('every formula field of the package evaluates on demo data and matches an independent computation', async () => {
  const { org, conn } = await withOrg();
  try {
    generateDemoData(org.store, { ...DEMO_PRESETS.small, seed: 42 });
    const checked = new Set<string>();
    const steps = await all(
      conn,
      'SELECT Id, Name, Plan__c, Side__c, Owner__c, Due_Date__c, Baseline_Date__c, Status__c, Completed_Date__c, Is_Milestone__c, Phase__c, Depends_On__c, Lag_Days__c, Duration_Days__c, Commitment__c, Visibility__c, Sort_Order__c, LastModifiedDate, Caused_Slip_Days__c, Is_Overdue__c, Days_Late__c, Slip_Days__c, Owner_Name__c FROM Plan_Step__c ORDER BY Plan__c, Sort_Order__c'
    );
    const people = new Map(
      (await all(conn, 'SELECT Id, Name FROM Plan_Stakeholder__c')).map((s) => [s.Id, s.Name])
    );
    assert.ok(steps.length > 500, `demo data has steps (${steps.length})`);
    const today = day(TODAY);
    let overdue = 0;
    let slipped = 0;
    for (const s of steps) {
      const open = s.Status__c !== 'Done' && s.Status__c !== 'Skipped';
      const isOverdue = open && s.Due_Date__c !== null && day(s.Due_Date__c) < today;
      assert.equal(s.Is_Overdue__c, isOverdue, `Is_Overdue__c of ${String(s.Id)}`);
      assert.equal(
        s.Days_Late__c,
        isOverdue ? today - day(s.Due_Date__c) : 0,
        `Days_Late__c of ${String(s.Id)}`
      );
      const end = s.Status__c === 'Done' && s.Completed_Date__c ? s.Completed_Date__c : s.Due_Date__c;
      const slip =
        s.Status__c === 'Skipped' || !end || !s.Baseline_Date__c ? null : day(end) - day(s.Baseline_Date__c);
      assert.equal(s.Slip_Days__c, slip, `Slip_Days__c of ${String(s.Id)}`);
      assert.equal(
        s.Owner_Name__c,
        s.Owner__c ? people.get(s.Owner__c) : null,
        `Owner_Name__c of ${String(s.Id)}`
      );
      if (isOverdue) overdue++;
      if (slip) slipped++;
    }
    assert.ok(
      overdue > 10 && slipped > 10,
      `the data exercises the formulas (${overdue} overdue, ${slipped} slipped)`
    );
    for (const f of ['Is_Overdue__c', 'Days_Late__c', 'Slip_Days__c', 'Owner_Name__c'])
      checked.add(`Plan_Step__c.${f}`);

    // Slip_Days__c is the engine's baselineSlipDays: the same number, by the formula and by the engine.
    const byPlan = new Map<string, Row[]>();
    for (const s of steps) byPlan.set(String(s.Plan__c), [...(byPlan.get(String(s.Plan__c)) ?? []), s]);
    for (const planSteps of byPlan.values()) {
      const engine = planSlip(planSteps.map((s) => toStep(s)));
      planSteps.forEach((s, i) =>
        assert.equal(s.Slip_Days__c, engine.slip[i], `engine slip of ${String(s.Id)}`)
      );
    }

    const plans = await all(
      conn,
      'SELECT Id, Step_Count__c, Completed_Step_Count__c, Percent_Complete__c FROM Mutual_Action_Plan__c'
    );
    for (const p of plans) {
      const total = Number(p.Step_Count__c);
      const expected = total > 0 ? Math.round((100 * Number(p.Completed_Step_Count__c)) / total) : 0;
      assert.equal(p.Percent_Complete__c, expected, `Percent_Complete__c of ${String(p.Id)}`);
    }
    assert.ok(plans.some((p) => Number(p.Percent_Complete__c) > 0 && Number(p.Percent_Complete__c) < 100));
    checked.add('Mutual_Action_Plan__c.Percent_Complete__c');

    const opps = await all(conn, 'SELECT Id, Active_Plan_Count__c, Has_Active_Plan__c FROM Opportunity');
    for (const o of opps)
      assert.equal(
        o.Has_Active_Plan__c,
        Number(o.Active_Plan_Count__c) > 0,
        `Has_Active_Plan__c of ${String(o.Id)}`
      );
    assert.ok(
      opps.some((o) => o.Has_Active_Plan__c === true) && opps.some((o) => o.Has_Active_Plan__c === false)
    );
    checked.add('Opportunity.Has_Active_Plan__c');

    // Link_Status__c: Revoked when revoked, else Expired once NOW() passes Expires_At__c, else Live.
    const plan = String((await all(conn, 'SELECT Id FROM Mutual_Action_Plan__c LIMIT 1'))[0]?.Id);
    const now = org.clock.now().getTime();
    const at = (hours: number) => new Date(now + hours * 3_600_000).toISOString();
    const shares = [
      { Expires_At__c: at(1), Revoked_At__c: null },
      { Expires_At__c: at(-1), Revoked_At__c: null },
      { Expires_At__c: at(1), Revoked_At__c: at(-2) }
    ].map((fields, i) =>
      org.store.insert('Plan_Share__c', { ...fields, Plan__c: plan, Token_Hash__c: String(i).repeat(64) })
    );
    const statusOf = new Map(
      (await all(conn, 'SELECT Id, Link_Status__c FROM Plan_Share__c')).map((r) => [r.Id, r.Link_Status__c])
    );
    assert.deepEqual(
      shares.map((id) => statusOf.get(id)),
      ['Live', 'Expired', 'Revoked']
    );
    checked.add('Plan_Share__c.Link_Status__c');

    // Severity__c: likelihood × impact (Low 1, Medium 2, High 3; 0 when either is blank), the
    // engine's riskSeverity, which decides a high risk in the health.
    const levels = [null, 'Low', 'Medium', 'High'] as const;
    const points = { Low: 1, Medium: 2, High: 3 };
    const risks = levels.flatMap((likelihood) =>
      levels.map((impact) => ({
        likelihood,
        impact,
        id: org.store.insert('Plan_Risk__c', {
          Plan__c: plan,
          Title__c: `${String(likelihood)} × ${String(impact)}`,
          Likelihood__c: likelihood,
          Impact__c: impact
        })
      }))
    );
    const severityOf = new Map(
      (await all(conn, 'SELECT Id, Severity__c FROM Plan_Risk__c')).map((r) => [r.Id, r.Severity__c])
    );
    for (const risk of risks) {
      const expected = risk.likelihood && risk.impact ? points[risk.likelihood] * points[risk.impact] : 0;
      assert.equal(severityOf.get(risk.id), expected, `Severity__c of ${risk.likelihood} × ${risk.impact}`);
      assert.equal(riskSeverity(risk), expected, `engine severity of ${risk.likelihood} × ${risk.impact}`);
    }
    checked.add('Plan_Risk__c.Severity__c');

    // A new formula field fails here until this test computes it too.
    assert.deepEqual([...checked].sort(), packageFormulaFields());

    // Filters on formula fields, and TODAY() moving with the org clock.
    const count = async (where: string) =>
      (await conn.query(`SELECT COUNT() FROM Plan_Step__c WHERE ${where}`)).totalSize;
    assert.equal(await count('Is_Overdue__c = true'), overdue);
    org.clock.advance(7 * 86_400_000);
    assert.ok((await count('Is_Overdue__c = true')) > overdue, 'a week later more steps are overdue');
  } finally {
    await org.close();
  }
});

async function setGate(org: LocalOrg, stages: string | null): Promise<void> {
  org.store.db
    .prepare('UPDATE "Plan_Health_Setting__mdt" SET "Gate_Stages__c" = ? WHERE "DeveloperName" = \'Default\'')
    .run(stages);
  return Promise.resolve();
}

const GATE_MESSAGE =
  'This stage needs an active mutual action plan. Create the plan on this opportunity and set its Status to Active, then change the stage.';

test('the stage gate rejects a gated stage without an Active plan, with Salesforce error shape; Active plan and bypass pass', async () => {
  const { org, conn } = await withOrg();
  try {
    const { oppId, planId } = await seedPlan(conn);
    await conn.sobject('Mutual_Action_Plan__c').update({ Id: planId, Status__c: 'Draft' });
    // Without gate stages the gate is off.
    await conn.sobject('Opportunity').update({ Id: oppId, StageName: 'Negotiation/Review' });
    await setGate(org, 'Negotiation/Review; Closed Won');
    await conn.sobject('Opportunity').update({ Id: oppId, StageName: 'Prospecting' });

    const res = await raw(org, 'PATCH', `/services/data/v68.0/sobjects/Opportunity/${oppId}`, {
      StageName: 'Closed Won'
    });
    assert.equal(res.status, 400);
    assert.deepEqual(res.json(), [
      { message: GATE_MESSAGE, errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION', fields: ['StageName'] }
    ]);
    const stored = await conn.query<Row>(`SELECT StageName FROM Opportunity WHERE Id = '${oppId}'`);
    assert.equal(stored.records[0]?.StageName, 'Prospecting', 'the rejected write left no trace');
    // Other edits and new opportunities in a gated stage pass: only a change of stage is checked.
    await conn.sobject('Opportunity').update({ Id: oppId, Amount: 1 });

    // In a collection with allOrNone the other record rolls back; without it, it is saved.
    const other = (await conn.sobject('Opportunity').create({
      Name: 'Other',
      StageName: 'Prospecting',
      CloseDate: '2026-12-31'
    })) as { id: string };
    const batch = await raw(org, 'PATCH', '/services/data/v68.0/composite/sobjects', {
      allOrNone: false,
      records: [
        { attributes: { type: 'Opportunity' }, id: oppId, StageName: 'Closed Won' },
        { attributes: { type: 'Opportunity' }, id: other.id, StageName: 'Qualification' }
      ]
    });
    assert.deepEqual(batch.json(), [
      {
        success: false,
        errors: [
          { statusCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION', message: GATE_MESSAGE, fields: ['StageName'] }
        ]
      },
      { id: other.id, success: true, errors: [] }
    ]);

    // With the plan Active the stage change passes.
    await conn.sobject('Mutual_Action_Plan__c').update({ Id: planId, Status__c: 'Active' });
    await conn.sobject('Opportunity').update({ Id: oppId, StageName: 'Negotiation/Review' });

    // A holder of Bypass_Plan_Stage_Gate passes without an Active plan; the same user without it does not.
    const repId = addUser(org.store, { firstName: 'Rita', lastName: 'Rep', username: 'rita@example.com' });
    const repToken = org.sessions.issue(repId);
    const asRep = (body: unknown) =>
      fetch(`${org.url}/services/data/v68.0/sobjects/Opportunity/${other.id}`, {
        method: 'PATCH',
        headers: { Authorization: `Bearer ${repToken}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(body)
      });
    const refused = await asRep({ StageName: 'Closed Won' });
    assert.equal(refused.status, 400);
    assert.equal(
      ((await refused.json()) as { errorCode: string }[])[0]?.errorCode,
      'FIELD_CUSTOM_VALIDATION_EXCEPTION'
    );
    defined(org.store.formulas, 'formula runtime').assignPermissionSet(
      repId,
      'Mutual_Action_Plans_Gate_Bypass'
    );
    assert.equal((await asRep({ StageName: 'Closed Won' })).status, 204);
  } finally {
    await org.close();
  }
});

test('step rules: a dependency on another plan, a Done step without a completed date, a future completion', async () => {
  const { org, conn } = await withOrg();
  try {
    const a = await seedPlan(conn, 'Alpha');
    const b = await seedPlan(conn, 'Beta');
    const step = (planId: string, name: string) =>
      conn
        .sobject('Plan_Step__c')
        .create({ Plan__c: planId, Name: name, Due_Date__c: '2026-12-01' }) as Promise<{
        id: string;
      }>;
    const a1 = await step(a.planId, 'Alpha 1');
    const b1 = await step(b.planId, 'Beta 1');

    const cross = await sfError(
      conn.sobject('Plan_Step__c').create({ Plan__c: a.planId, Name: 'Alpha 2', Depends_On__c: b1.id })
    );
    assert.deepEqual(
      [cross.errorCode, cross.message],
      [
        'FIELD_CUSTOM_VALIDATION_EXCEPTION',
        'Pick a step from this same plan in Depends On, or clear the field.'
      ]
    );
    const same = (await conn
      .sobject('Plan_Step__c')
      .create({ Plan__c: a.planId, Name: 'Alpha 2', Depends_On__c: a1.id })) as { id: string };
    const self = await sfError(conn.sobject('Plan_Step__c').update({ Id: same.id, Depends_On__c: same.id }));
    assert.equal(self.errorCode, 'FIELD_CUSTOM_VALIDATION_EXCEPTION');
    assert.match(self.message, /cannot depend on itself/);

    const done = await raw(org, 'PATCH', `/services/data/v68.0/sobjects/Plan_Step__c/${a1.id}`, {
      Status__c: 'Done'
    });
    assert.deepEqual(done.json(), [
      {
        message: 'Enter the Completed Date: the day this step was finished.',
        errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION',
        fields: ['Completed_Date__c']
      }
    ]);
    const future = await sfError(
      conn.sobject('Plan_Step__c').update({ Id: a1.id, Status__c: 'Done', Completed_Date__c: '2026-11-25' })
    );
    assert.equal(future.errorCode, 'FIELD_CUSTOM_VALIDATION_EXCEPTION');
    await conn.sobject('Plan_Step__c').update({ Id: a1.id, Status__c: 'Done', Completed_Date__c: TODAY });

    // Bulk API 2.0 ingest: the failing row is in failedResults with the rule's code, message and field.
    const job = (await raw(org, 'POST', '/services/data/v68.0/jobs/ingest', {
      object: 'Plan_Step__c',
      operation: 'insert',
      lineEnding: 'LF'
    }).then((r) => r.json())) as { id: string };
    const csv = `Plan__c,Name,Status__c\n${a.planId},Bulk ok,Not Started\n${a.planId},Bulk done,Done\n`;
    await raw(org, 'PUT', `/services/data/v68.0/jobs/ingest/${job.id}/batches`, csv, {
      'Content-Type': 'text/csv'
    });
    await raw(org, 'PATCH', `/services/data/v68.0/jobs/ingest/${job.id}`, { state: 'UploadComplete' });
    for (let i = 0; i < 50; i++) {
      const info = (await raw(org, 'GET', `/services/data/v68.0/jobs/ingest/${job.id}`).then((r) =>
        r.json()
      )) as {
        state: string;
      };
      if (info.state === 'JobComplete' || info.state === 'Failed') break;
      await new Promise((r) => setTimeout(r, 20));
    }
    const failed = await raw(org, 'GET', `/services/data/v68.0/jobs/ingest/${job.id}/failedResults`);
    const lines = failed.text.trim().split('\n');
    assert.equal(lines.length, 2, failed.text);
    assert.match(
      lines[1] ?? '',
      /FIELD_CUSTOM_VALIDATION_EXCEPTION:Enter the Completed Date: the day this step was finished\.:Completed_Date__c --/
    );
  } finally {
    await org.close();
  }
});

test('a formula the engine cannot parse stops start-up with the field and the reason', async () => {
  await assert.rejects(
    startLocalOrg({ projectRoot: path.join(here, 'fixtures', 'unparseableFormula') }),
    (error: Error) => {
      assert.match(error.message, /^Gadget__c\.Broken__c: formulon cannot parse it: Syntax error\./);
      assert.match(error.message, /IF\(Name = "x", 1/);
      return true;
    }
  );
});
