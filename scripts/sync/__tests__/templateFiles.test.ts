import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadTemplates } from '../templates/templateFiles.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const templatesDir = path.join(root, 'templates');
const objectsDir = path.join(root, 'force-app/main/default/objects');

function required<T>(value: T | undefined): T {
  assert.ok(value !== undefined, 'expected a value');
  return value;
}

function copyTemplates(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'templates-'));
  cpSync(templatesDir, dir, { recursive: true });
  return dir;
}

function editTemplate(
  dir: string,
  file: string,
  edit: (template: Record<string, unknown> & { steps: Record<string, unknown>[] }) => void
): void {
  const full = path.join(dir, file);
  const template = JSON.parse(readFileSync(full, 'utf8')) as Record<string, unknown> & {
    steps: Record<string, unknown>[];
  };
  edit(template);
  writeFileSync(full, JSON.stringify(template, null, 2));
}

test('the shipped templates are valid and cover the plans a team needs', () => {
  const { templates, problems } = loadTemplates(templatesDir, objectsDir);
  assert.deepEqual(problems, []);
  const byId = new Map(templates.map((t) => [t.template.externalId, t.template]));
  assert.deepEqual([...byId.keys()].sort(), [
    'customer-onboarding',
    'enterprise-sales',
    'mid-market-sales',
    'renewal',
    'small-deal'
  ]);
  const enterprise = required(byId.get('enterprise-sales'));
  assert.ok(
    enterprise.steps.length >= 12 && enterprise.steps.length <= 25,
    `enterprise plan has ${enterprise.steps.length} steps`
  );
  assert.equal(required(byId.get('small-deal')).steps.length, 5);
  const buyerSteps = enterprise.steps.filter((s) => s.side === 'Buyer').map((s) => s.title);
  assert.ok(
    buyerSteps.some((t) => /security/i.test(t)),
    'a buyer security step'
  );
  assert.ok(
    buyerSteps.some((t) => /legal|redline/i.test(t)),
    'a buyer legal step'
  );
  assert.ok(
    buyerSteps.some((t) => /procurement|vendor/i.test(t)),
    'a buyer procurement step'
  );
});

test('malformed JSON is reported with the file and where the syntax breaks', () => {
  const dir = copyTemplates();
  writeFileSync(path.join(dir, 'small-deal.json'), '{ "externalId": "small-deal", "name": "x",, }');
  const { problems } = loadTemplates(dir, objectsDir);
  assert.equal(problems.length, 1);
  assert.match(problems[0].file, /small-deal\.json$/);
  assert.match(problems[0].message, /not valid JSON.*position|line/i);
});

test('a picklist value the org does not have is named with its JSON path and the allowed values', () => {
  const dir = copyTemplates();
  editTemplate(dir, 'renewal.json', (t) => {
    t.steps[2].side = 'Vendor';
  });
  const { problems } = loadTemplates(dir, objectsDir);
  assert.equal(problems.length, 1);
  assert.equal(problems[0].path, '$.steps[2].side');
  assert.match(
    problems[0].message,
    /"Vendor" is not a value of Plan_Template_Step__c\.Side__c; use one of: .*Buyer/
  );
});

test('a dependency cycle is caught before anything is written', () => {
  const dir = copyTemplates();
  editTemplate(dir, 'small-deal.json', (t) => {
    t.steps[0].dependsOn = 'signature';
  });
  const { problems } = loadTemplates(dir, objectsDir);
  assert.ok(problems.length >= 1, 'a problem is reported');
  assert.ok(problems.every((p) => p.file.endsWith('small-deal.json')));
  assert.ok(
    problems.some((p) => /cycle|circular/i.test(p.message)),
    JSON.stringify(problems)
  );
});

test('a dependency on a missing key and duplicate step keys are both reported', () => {
  const dir = copyTemplates();
  editTemplate(dir, 'mid-market-sales.json', (t) => {
    t.steps[3].dependsOn = 'no-such-step';
    t.steps[4].key = t.steps[5].key;
  });
  const { problems } = loadTemplates(dir, objectsDir);
  const messages = problems.map((p) => `${p.path} ${p.message}`);
  assert.ok(
    messages.some((m) => m.includes('$.steps[3].dependsOn') && m.includes('no-such-step')),
    messages.join('\n')
  );
  assert.ok(
    messages.some((m) => m.includes('keys must be unique')),
    messages.join('\n')
  );
});

test('two files with one externalId are refused', () => {
  const dir = copyTemplates();
  editTemplate(dir, 'renewal.json', (t) => {
    t.externalId = 'small-deal';
  });
  const { problems } = loadTemplates(dir, objectsDir);
  assert.ok(
    problems.some((p) => p.path === '$.externalId' && p.message.includes('also the externalId')),
    JSON.stringify(problems)
  );
});
