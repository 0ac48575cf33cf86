// check:apex fails on an Apex syntax error (file:line:col) and on a PMD Recommended violation
// (file:line and rule), and passes, saying so, when there is no Apex.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { checkApex, checkApexSyntax } from './checkApex.ts';
import { createTestProject, type TestProject } from './testProject.ts';

const projects: TestProject[] = [];
after(() => {
  for (const created of projects) created.remove();
});

describe('check:apex', () => {
  test('reports a syntax error with file, line and column', () => {
    const p = createTestProject();
    projects.push(p);
    p.replace(
      'classes/CheckFixtureSelector.cls',
      'public static List<Check_Fixture__c> highScores(Decimal minimum) {',
      'public static List<Check_Fixture__c> highScores(Decimal minimum {'
    );
    const findings = checkApexSyntax([p.file('classes/CheckFixtureSelector.cls')]);
    assert.ok(findings.length > 0, 'expected a syntax error');
    assert.equal(findings[0]?.line, 10);
    assert.ok(findings[0]?.file.endsWith('CheckFixtureSelector.cls'));
  });

  test('reports a PMD Recommended violation (SOQL in a loop) with file, line and rule', async () => {
    const p = createTestProject();
    projects.push(p);
    p.write(
      'classes/CheckFixtureLoop.cls',
      `/**
 * Queries in a loop, on purpose.
 */
public with sharing class CheckFixtureLoop {
    /**
     * Counts records one query at a time.
     * @param minimums the minimums
     * @return the count
     */
    public static Integer count(List<Decimal> minimums) {
        Integer total = 0;
        for (Decimal minimum : minimums) {
            total += [SELECT Id FROM Check_Fixture__c WHERE Score__c > :minimum WITH USER_MODE].size();
        }
        return total;
    }
}
`
    );
    p.write('classes/CheckFixtureLoop.cls-meta.xml', p.read('classes/CheckFixtureSelector.cls-meta.xml'));
    const { findings } = await checkApex(p.root, { quiet: true });
    const inLoop = findings.find(
      (finding) =>
        finding.file.endsWith('CheckFixtureLoop.cls') && finding.message.includes('OperationWithLimitsInLoop')
    );
    assert.ok(inLoop, `expected OperationWithLimitsInLoop; got ${JSON.stringify(findings, null, 1)}`);
    assert.equal(inLoop.line, 13);
    assert.ok(
      !findings.some((finding) => finding.file.endsWith('CheckFixtureSelector.cls')),
      'the clean fixture class passes'
    );
  });

  test('passes when there is no Apex', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'map-noapex-'));
    fs.writeFileSync(
      path.join(root, 'sfdx-project.json'),
      JSON.stringify({ packageDirectories: [{ path: 'force-app' }] })
    );
    fs.mkdirSync(path.join(root, 'force-app'));
    const result = await checkApex(root, { quiet: true });
    fs.rmSync(root, { recursive: true, force: true });
    assert.deepEqual(result, { files: 0, findings: [] });
  });
});
