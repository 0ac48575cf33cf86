import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { Writable } from 'node:stream';
import { startLocalOrg, PROJECT_ROOT, type LocalOrg } from '../../localorg/index.ts';
import { generateDemoData, loadTemplates } from '../../localorg/demoData.ts';
import { main } from '../main.ts';

// A run killed half-way by a fatal error (the session revoked between two write requests) still
// says what it wrote and what it did not, and exits non-zero.

const TODAY = '2026-11-24';

async function demoOrg(opportunities: number): Promise<LocalOrg> {
  const org = await startLocalOrg({ clock: `${TODAY}T12:00:00Z` });
  if (opportunities > 0)
    generateDemoData(org.store, {
      opportunities,
      seed: 5,
      today: TODAY,
      templates: loadTemplates(path.join(PROJECT_ROOT, 'templates')),
      insertTemplates: false
    });
  return org;
}

/** Once the org has answered `count` calls named `route`, every call is refused: the session has ended. */
function revokeAfter(org: LocalOrg, route: string, count: number): void {
  const onCall = org.faults.onCall.bind(org.faults);
  org.faults.onCall = () => {
    if ((org.meter.snapshot().calls[route] ?? 0) < count) return onCall();
    return { status: 401, errorCode: 'INVALID_SESSION_ID', message: 'Session expired or invalid' };
  };
}

async function run(org: LocalOrg, args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const stdout = new Writable({
    write(chunk: Buffer, _encoding, done) {
      out += chunk.toString();
      done();
    }
  });
  const write = process.stderr.write.bind(process.stderr);
  process.stderr.write = (chunk: string | Uint8Array) => {
    err += chunk.toString();
    return true;
  };
  try {
    const code = await main(args, stdout, { SF_INSTANCE_URL: org.url, SF_ACCESS_TOKEN: org.token });
    return { code, out, err };
  } finally {
    process.stderr.write = write;
  }
}

interface Written {
  label: string;
  planned: number;
  written: number;
  rejected: number;
  unconfirmed: number;
  notWritten: number;
}

test('rollup stopped half-way by a fatal error names the written and the unwritten counts', async () => {
  const org = await demoOrg(400);
  try {
    const changed = org.store.count('Opportunity');
    // The first write request is the last one the session allows: 200 rows, then 401.
    revokeAfter(org, 'PATCH /composite/sobjects', 1);
    const { code, out } = await run(org, ['rollup', '--api', 'rest', '--today', TODAY, '--json']);
    assert.equal(code, 1);
    const result = JSON.parse(out) as { status: number; name: string; written: Written[] };
    assert.equal(result.status, 1);
    assert.equal(result.name, 'INVALID_SESSION_ID');
    const opportunities = result.written.find((w) => w.label === 'opportunities');
    assert.ok(opportunities, JSON.stringify(result.written));
    assert.ok(opportunities.planned > 200 && opportunities.planned <= changed, String(opportunities.planned));
    assert.equal(opportunities.written, 200);
    assert.equal(opportunities.notWritten, opportunities.planned - 200);
    assert.equal(opportunities.unconfirmed, 0, 'a 401 is a refusal, not a lost answer');
    const stamped = org.store.db
      .prepare('SELECT COUNT(*) AS n FROM "Opportunity" WHERE "Plan_Last_Rollup__c" IS NOT NULL')
      .get() as { n: number };
    assert.equal(stamped.n, 200, 'the figures are what the org holds');

    // The same run, told in words.
    const again = await demoOrg(400);
    try {
      revokeAfter(again, 'PATCH /composite/sobjects', 1);
      const text = await run(again, ['rollup', '--api', 'rest', '--today', TODAY]);
      assert.equal(text.code, 1);
      assert.match(text.err, /Error \(INVALID_SESSION_ID\)/);
      assert.match(
        text.err,
        new RegExp(
          // History rows go first (every deal's health is new here), then the opportunities.
          `Stopped part-way:\\n  plan health changes: ${opportunities.planned} written, 0 not written \\(of ${opportunities.planned}\\)\\.\\n  opportunities: 200 written, ${opportunities.notWritten} not written \\(of ${opportunities.planned}\\)\\.`
        )
      );
    } finally {
      await again.close();
    }
  } finally {
    await org.close();
  }
});

test('seed-templates stopped after the templates names the steps it did not write', async () => {
  const org = await demoOrg(0);
  try {
    revokeAfter(org, 'PATCH /composite/sobjects/{type}/{field}', 1);
    const { code, out } = await run(org, ['seed-templates', '--json']);
    assert.equal(code, 1);
    const result = JSON.parse(out) as { name: string; written: Written[] };
    assert.equal(result.name, 'INVALID_SESSION_ID');
    const byLabel = new Map(result.written.map((w) => [w.label, w]));
    assert.equal(byLabel.get('templates')?.written, 5);
    assert.equal(byLabel.get('templates')?.notWritten, 0);
    const steps = byLabel.get('template steps');
    assert.ok(steps && steps.planned > 0);
    assert.equal(steps.written, 0);
    assert.equal(steps.notWritten, steps.planned);
    assert.equal(org.store.count('Plan_Template_Step__c'), 0);
  } finally {
    await org.close();
  }
});

test('a run that fails before writing anything reports no write figures', async () => {
  const org = await demoOrg(3);
  try {
    org.faults.revokeSession();
    const { code, out } = await run(org, ['rollup', '--json']);
    assert.equal(code, 1);
    assert.deepEqual((JSON.parse(out) as { written: Written[] }).written, []);
  } finally {
    await org.close();
  }
});
