import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CallMeter } from '../../salesforce/callMeter.ts';
import { OrgClient } from '../../salesforce/orgClient.ts';
import { DEFAULT_RETRY } from '../../salesforce/retry.ts';
import { Reporter } from '../reporter.ts';
import { seedTemplates } from '../templates/seedTemplates.ts';
import { startDemoOrg, type DemoOrg } from './localOrgFixture.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const objectsDir = path.join(root, 'force-app/main/default/objects');

function seed(org: DemoOrg, dir: string, options: { prune?: boolean; dryRun?: boolean } = {}) {
  const client = new OrgClient(
    { instanceUrl: org.url, accessToken: org.token, apiVersion: '68.0', label: 'local' },
    new CallMeter()
  );
  return {
    client,
    run: seedTemplates(
      client,
      {
        dir,
        objectsDir,
        prune: options.prune ?? false,
        dryRun: options.dryRun ?? false,
        retry: DEFAULT_RETRY
      },
      new Reporter({ json: true })
    )
  };
}

function copyTemplates(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'seed-'));
  cpSync(path.join(root, 'templates'), dir, { recursive: true });
  return dir;
}

test('seeding creates every template and step, then a second run writes nothing and says so', async () => {
  const org = await startDemoOrg({ opportunities: 0 });
  try {
    const first = await seed(org, path.join(root, 'templates')).run;
    assert.equal(first.templates.created, 5);
    assert.equal(first.steps.created, 55);
    const templates = await org.count('Plan_Template__c');
    const steps = await org.count('Plan_Template_Step__c');
    assert.equal(templates, 5);
    assert.equal(steps, 55);

    const again = seed(org, path.join(root, 'templates'));
    const second = await again.run;
    assert.equal(
      second.templates.created + second.templates.updated + second.steps.created + second.steps.updated,
      0
    );
    assert.equal(second.steps.unchanged, 55);
    assert.deepEqual(
      Object.keys(again.client.meter.summary()).filter((e) => !e.startsWith('rest:query')),
      [],
      'only reads on the second run'
    );
  } finally {
    await org.close();
  }
});

test('a changed step is the only record written; a step missing from the files is kept unless --prune', async () => {
  const org = await startDemoOrg({ opportunities: 0 });
  try {
    const dir = copyTemplates();
    await seed(org, dir).run;
    const file = path.join(dir, 'small-deal.json');
    const template = JSON.parse((await import('node:fs')).readFileSync(file, 'utf8')) as {
      steps: { title: string }[];
    };
    template.steps[1].title = 'Buyer completes a two-week trial';
    template.steps.pop();
    writeFileSync(file, JSON.stringify(template));
    const kept = await seed(org, dir).run;
    assert.equal(kept.steps.updated, 1);
    assert.equal(kept.steps.notInFiles, 1);
    assert.equal(await org.count('Plan_Template_Step__c'), 55);
    const pruned = await seed(org, dir, { prune: true }).run;
    assert.equal(pruned.steps.deleted, 1);
    assert.equal(await org.count('Plan_Template_Step__c'), 54);
  } finally {
    await org.close();
  }
});

test('one malformed template file stops the whole seed before anything is written', async () => {
  const org = await startDemoOrg({ opportunities: 0 });
  try {
    const dir = copyTemplates();
    writeFileSync(
      path.join(dir, 'renewal.json'),
      '{"externalId": "renewal", "name": "Renewal", "planType": "Sales", "steps": [ { "key": "a" } ]}'
    );
    unlinkSync(path.join(dir, 'small-deal.json'));
    const attempt = seed(org, dir);
    await assert.rejects(attempt.run, (error: Error & { errorCode?: string }) => {
      assert.equal(error.errorCode, 'INVALID_TEMPLATE');
      assert.match(error.message, /renewal\.json \$\.steps\[0\]: is missing the required property "title"/);
      return true;
    });
    assert.equal(attempt.client.meter.calls, 0, 'no API call at all');
    assert.equal(await org.count('Plan_Template__c'), 0);
  } finally {
    await org.close();
  }
});
