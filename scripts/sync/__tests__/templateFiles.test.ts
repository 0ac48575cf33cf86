import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeProblem, loadTemplates, PACKAGE_TEMPLATE_SCHEMA } from '../templates/templateFiles.ts';
import { parseStrictJson } from '../templates/strictJson.ts';

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
  assert.match(problems[0].message, /not valid JSON: expected a member name/);
  assert.deepEqual(problems[0].position, { line: 1, column: 43 });
  assert.match(describeProblem(problems[0]), /small-deal\.json:1:43: is not valid JSON/);
});

test('a member repeated in one object is refused at the repeat, though JSON.parse would take it', () => {
  const dir = copyTemplates();
  const file = path.join(dir, 'renewal.json');
  const text = readFileSync(file, 'utf8');
  // The third step names its side twice: JSON.parse keeps the second, and the file says two things.
  const steps = JSON.parse(text) as { steps: { key: string }[] };
  const key = JSON.stringify(steps.steps[2].key);
  const at = text.indexOf(`"key": ${key}`);
  assert.ok(at > 0);
  const edited = `${text.slice(0, at)}"side": "Seller", "side": "Buyer", ${text.slice(at)}`;
  assert.doesNotThrow(() => JSON.parse(edited));
  writeFileSync(file, edited);
  const { problems } = loadTemplates(dir, objectsDir);
  assert.equal(problems.length, 1, JSON.stringify(problems));
  const before = edited.slice(0, edited.indexOf('"side": "Buyer"'));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  assert.deepEqual(problems[0].position, { line, column });
  assert.match(problems[0].message, /repeats the member "side"/);
  assert.match(problems[0].file, /renewal\.json$/);
});

test('the same member name in two different objects is not a repeat', () => {
  const result = parseStrictJson(Buffer.from('{"a": {"b": 1}, "c": [{"b": 2}, {"b": 3}], "b": "\\u0062"}'));
  assert.deepEqual(result, { ok: true, value: { a: { b: 1 }, c: [{ b: 2 }, { b: 3 }], b: 'b' } });
  const escaped = parseStrictJson(Buffer.from('{"b": 1, "\\u0062": 2}'));
  assert.equal(escaped.ok, false, 'an escaped spelling of the same name is the same name');
});

test('bytes that are not UTF-8 are refused with the line and column of the first bad one', () => {
  const dir = copyTemplates();
  const file = path.join(dir, 'small-deal.json');
  const text = readFileSync(file, 'utf8');
  const lines = text.split('\n');
  const target = lines.findIndex((l) => l.includes('"name"'));
  const column = lines[target].indexOf('"name"') + '"name": "'.length + 1;
  const prefix = Buffer.from(lines.slice(0, target).join('\n') + '\n' + lines[target].slice(0, column - 1));
  // 0xE9 alone is "é" in Latin-1, not UTF-8: a file saved in the wrong encoding.
  const bytes = Buffer.concat([prefix, Buffer.from([0xe9]), Buffer.from(text).subarray(prefix.length)]);
  writeFileSync(file, bytes);
  const { problems } = loadTemplates(dir, objectsDir);
  assert.equal(problems.length, 1, JSON.stringify(problems));
  assert.equal(problems[0].message, 'is not valid UTF-8');
  assert.deepEqual(problems[0].position, { line: target + 1, column });
  for (const bad of [
    [0xc0, 0xaf], // overlong "/"
    [0xed, 0xa0, 0x80], // a surrogate
    [0xe2, 0x82] // cut short
  ]) {
    const result = parseStrictJson(Buffer.from([0x22, 0x61, ...bad, 0x22]));
    assert.deepEqual(result, { ok: false, problem: { line: 1, column: 3, message: 'is not valid UTF-8' } });
  }
  assert.deepEqual(parseStrictJson(Buffer.from('\uFEFF"é"')), { ok: true, value: 'é' });
});

test('seed-templates checks the files against the package schema, not a schema in the folder', () => {
  const dir = copyTemplates();
  // A folder that brings its own, looser schema: anything goes.
  writeFileSync(path.join(dir, 'plan-template.schema.json'), JSON.stringify({ type: 'object' }));
  editTemplate(dir, 'renewal.json', (t) => {
    t.colour = 'blue';
  });
  const { problems } = loadTemplates(dir, objectsDir);
  assert.deepEqual(
    problems.map((p) => `${path.basename(p.file)} ${p.path}: ${p.message}`),
    ['renewal.json $.colour: is not a known property']
  );
  assert.equal(PACKAGE_TEMPLATE_SCHEMA, path.join(templatesDir, 'plan-template.schema.json'));
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
