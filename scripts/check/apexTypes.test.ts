// The Apex type check (apex-ls) catches each fault it exists for: every test adds a small class to a
// temporary copy of the project, injects exactly one fault and expects a finding naming it; the
// clean copy passes, which also shows the fixture's custom object and fields are known.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { checkApexTypes, requireJava, withoutAllowListed } from './apexTypes.ts';
import { checkApex } from './checkApex.ts';
import { formatFinding, type Finding } from './report.ts';
import { createTestProject, type TestProject } from './testProject.ts';

const SCORER = 'classes/CheckFixtureScorer.cls';
const SCORER_SOURCE = `/**
 * Sums fixture scores, for the type check tests.
 */
public with sharing class CheckFixtureScorer {
    /**
     * The total score of the records above a minimum.
     * @param minimum the lowest score to leave out
     * @return the total
     */
    public static Decimal total(Decimal minimum) {
        Decimal sum = 0;
        for (Check_Fixture__c record : CheckFixtureSelector.highScores(minimum)) {
            sum += record.Score__c;
        }
        return sum;
    }
}
`;

const temporary: string[] = [];
const projects: TestProject[] = [];
after(() => {
  for (const created of projects) created.remove();
  for (const dir of temporary) fs.rmSync(dir, { recursive: true, force: true });
});

/** The test project with the scorer class, `from` replaced by `to` in it. */
function projectWith(from = '', to = ''): TestProject {
  const p = createTestProject();
  projects.push(p);
  p.write(SCORER, SCORER_SOURCE);
  p.write(`${SCORER}-meta.xml`, p.read('classes/CheckFixtureSelector.cls-meta.xml'));
  if (from) p.replace(SCORER, from, to);
  return p;
}

/** Asserts the only findings are on the scorer, at `line`, and one matches `pattern`. */
function assertScorerFinding(findings: Finding[], root: string, line: number, pattern: RegExp): void {
  const listed = findings.map((finding) => formatFinding(finding, root)).join('\n');
  const found = findings.find(
    (finding) => finding.file.endsWith('CheckFixtureScorer.cls') && pattern.test(finding.message)
  );
  assert.ok(found, `expected an apex-types finding matching ${pattern}; got:\n${listed}`);
  assert.equal(found.check, 'apex-types');
  assert.equal(found.line, line);
  assert.ok((found.column ?? 0) > 0);
  assert.ok(
    findings.every((finding) => finding.file.endsWith('CheckFixtureScorer.cls')),
    `only the scorer is at fault; got:\n${listed}`
  );
}

function tempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  temporary.push(dir);
  return dir;
}

describe('check:apex type check (apex-ls)', () => {
  test('passes on the project with the fixture and a class using its object and fields', async () => {
    const p = projectWith();
    const findings = await checkApexTypes(p.root);
    assert.deepEqual(
      findings.map((finding) => formatFinding(finding, p.root)),
      []
    );
  });

  test('(a) a call to an unknown method fails the check, printed as file:line:col [apex-types]', async () => {
    const p = projectWith(
      'CheckFixtureSelector.highScores(minimum)',
      'CheckFixtureSelector.topScores(minimum)'
    );
    const { findings } = await checkApex(p.root, { quiet: true, skipPmd: true });
    const types = findings.filter((finding) => finding.check === 'apex-types');
    assertScorerFinding(
      types,
      p.root,
      12,
      /No matching method found for 'topScores' on 'CheckFixtureSelector'/
    );
    assert.match(
      types.map((finding) => formatFinding(finding, p.root)).join('\n'),
      /^force-app\/main\/default\/classes\/CheckFixtureScorer\.cls:12:\d+ {2}\[apex-types\] Missing: No matching method/m
    );
  });

  test('(b) an unknown field on a custom object', async () => {
    const p = projectWith('sum += record.Score__c;', 'sum += record.Scores__c;');
    assertScorerFinding(
      await checkApexTypes(p.root),
      p.root,
      13,
      /Unknown field 'Scores__c' on SObject 'Schema\.Check_Fixture__c'/
    );
  });

  test('(c) a wrong argument count', async () => {
    const p = projectWith(
      'CheckFixtureSelector.highScores(minimum)',
      'CheckFixtureSelector.highScores(minimum, 2)'
    );
    assertScorerFinding(
      await checkApexTypes(p.root),
      p.root,
      12,
      /No matching method found for 'highScores' .*taking arguments 'System\.Decimal, System\.Integer'/
    );
  });

  test('(d) an unknown type', async () => {
    const p = projectWith('Decimal sum = 0;', 'CheckScore sum = 0;');
    assertScorerFinding(
      await checkApexTypes(p.root),
      p.root,
      11,
      /No type declaration found for 'CheckScore'/
    );
  });

  test('without Java on PATH, the check fails with a sentence saying what to install', async () => {
    const env = { ...process.env, PATH: tempDir('map-nojava-') };
    assert.throws(
      () => requireJava(env),
      /Java 17 or later is needed and no `java` runs from PATH \(ENOENT\): install/
    );
    const p = projectWith();
    const { findings } = await checkApex(p.root, { quiet: true, skipPmd: true, env });
    assert.equal(findings.length, 1);
    assert.equal(findings[0]?.check, 'apex-types');
    assert.match(
      findings[0]?.message ?? '',
      /^the Apex type check could not run: Java 17 or later is needed .*apt-get install openjdk-17-jre-headless/
    );
  });

  test('an older Java is refused, naming its version', () => {
    const bin = tempDir('map-oldjava-');
    fs.writeFileSync(
      path.join(bin, 'java'),
      '#!/bin/sh\necho \'openjdk version "11.0.22" 2024-01-16\' >&2\n',
      {
        mode: 0o755
      }
    );
    assert.throws(
      () => requireJava({ ...process.env, PATH: bin }),
      /Java 17 or later is needed; `java -version` says Java 11: install/
    );
  });

  test('the allow list drops only findings quoting an allow-listed name', () => {
    const finding = (message: string): Finding => ({
      file: 'A.cls',
      line: 1,
      column: 1,
      check: 'apex-types',
      message
    });
    const kept = withoutAllowListed(
      [
        finding("Missing: No type declaration found for 'System.Newer'"),
        finding("Missing: No type declaration found for 'System.Older'")
      ],
      { 'System.Newer': 'added in API 66' }
    );
    assert.deepEqual(
      kept.map((f) => f.message),
      ["Missing: No type declaration found for 'System.Older'"]
    );
  });
});
