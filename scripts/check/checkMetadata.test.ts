// The metadata checks catch each fault they exist for: every test injects exactly one fault into a
// temporary copy of the project (plus a small fixture) and expects a failure naming file and fault.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { checkMetadata } from './checkMetadata.ts';
import { formatFinding, type Finding } from './report.ts';
import { createTestProject, PROJECT_ROOT, type TestProject } from './testProject.ts';

const projects: TestProject[] = [];

function project(): TestProject {
  const created = createTestProject();
  projects.push(created);
  return created;
}

function findings(root: string, skipConvert = true): Finding[] {
  return checkMetadata(root, { quiet: true, skipConvert }).results.flatMap((result) => result.findings);
}

/** Asserts one finding is about `file` (suffix) and matches `pattern`. */
function assertFinding(all: Finding[], root: string, file: string, pattern: RegExp): Finding {
  const found = all.find((finding) => finding.file.endsWith(file) && pattern.test(finding.message));
  assert.ok(
    found,
    `expected a finding on ${file} matching ${pattern}; got:\n${all.map((f) => formatFinding(f, root)).join('\n')}`
  );
  return found;
}

after(() => {
  for (const created of projects) created.remove();
});

describe('check:metadata', () => {
  let cleanFindings: Finding[] = [];
  let clean: TestProject;

  before(() => {
    clean = project();
    cleanFindings = findings(clean.root, false);
  });

  test('passes on the project with the fixture added (convert included)', () => {
    assert.deepEqual(
      cleanFindings.map((finding) => formatFinding(finding, clean.root)),
      []
    );
  });

  test('(a) malformed XML in a field file: file, line and column', () => {
    const p = project();
    p.replace(
      'objects/Check_Fixture__c/fields/Score__c.field-meta.xml',
      '<label>Score</label>',
      '<label>Score</labl>'
    );
    const found = assertFinding(findings(p.root), p.root, 'Score__c.field-meta.xml', /malformed XML/);
    assert.equal(found.line, 6);
    assert.ok((found.column ?? 0) > 0);
  });

  test('(b) an invalid field type: <type>Dat</type>', () => {
    const p = project();
    p.replace(
      'objects/Check_Fixture__c/fields/Score__c.field-meta.xml',
      '<type>Number</type>',
      '<type>Dat</type>'
    );
    const found = assertFinding(
      findings(p.root),
      p.root,
      'Score__c.field-meta.xml',
      /Dat.*not a valid CustomField\.type value/
    );
    assert.equal(found.line, 10);
  });

  test('(c) an element the Metadata API does not define, and one out of order', () => {
    const p = project();
    const rel = 'objects/Check_Fixture__c/fields/Score__c.field-meta.xml';
    p.replace(rel, '<label>Score</label>', '<label>Score</label>\n    <colour>red</colour>');
    const all = findings(p.root);
    assertFinding(all, p.root, 'Score__c.field-meta.xml', /<colour> is not an element of CustomField/);

    const q = project();
    q.replace(rel, '    <description>A score.</description>\n', '');
    q.replace(rel, '<type>Number</type>', '<type>Number</type>\n    <description>A score.</description>');
    assertFinding(findings(q.root), q.root, 'Score__c.field-meta.xml', /<description> is out of order/);
  });

  test('(c2) a FlexiPage item instance is checked: API 48+ elements pass, a misspelled one fails', () => {
    const p = project();
    const page = (identifier: string): string => `<?xml version="1.0" encoding="UTF-8"?>
<FlexiPage xmlns="http://soap.sforce.com/2006/04/metadata">
    <flexiPageRegions>
        <itemInstances>
            <componentInstance>
                <componentName>force:detailPanel</componentName>
                ${identifier}
            </componentInstance>
        </itemInstances>
        <mode>Replace</mode>
        <name>main</name>
        <type>Region</type>
    </flexiPageRegions>
    <masterLabel>Check Fixture Page</masterLabel>
    <sobjectType>Check_Fixture__c</sobjectType>
    <template>
        <name>flexipage:recordHomeTemplateDesktop</name>
    </template>
    <type>RecordPage</type>
</FlexiPage>
`;
    p.write(
      'flexipages/Check_Fixture_Page.flexipage-meta.xml',
      page('<identifier>force_detailPanel</identifier>')
    );
    const valid = findings(p.root).filter((finding) =>
      finding.file.endsWith('Check_Fixture_Page.flexipage-meta.xml')
    );
    assert.deepEqual(
      valid.map((finding) => formatFinding(finding, p.root)),
      []
    );
    p.write(
      'flexipages/Check_Fixture_Page.flexipage-meta.xml',
      page('<identifer>force_detailPanel</identifer>')
    );
    assertFinding(
      findings(p.root),
      p.root,
      'Check_Fixture_Page.flexipage-meta.xml',
      /<identifer> is not an element of ComponentInstance/
    );
  });

  test('(d) a formula naming a missing field', () => {
    const p = project();
    p.replace(
      'objects/Check_Fixture__c/fields/Double_Score__c.field-meta.xml',
      'Score__c * 2',
      'Scor__c * 2'
    );
    assertFinding(
      findings(p.root),
      p.root,
      'Double_Score__c.field-meta.xml',
      /formula of Double_Score__c names Check_Fixture__c\.Scor__c: field .* does not exist/
    );
  });

  test('(d2) a formula path through a relationship to a missing standard field', () => {
    const p = project();
    p.replace(
      'objects/Check_Fixture__c/fields/Double_Score__c.field-meta.xml',
      'Opportunity__r.Amount',
      'Opportunity__r.Probability'
    );
    assertFinding(
      findings(p.root),
      p.root,
      'Double_Score__c.field-meta.xml',
      /Opportunity__r\.Probability.*Opportunity\.Probability does not exist/
    );
  });

  test('(e) an LWC importing @salesforce/schema/Plan_Step__c.Nope__c', () => {
    const p = project();
    const source = `import NOPE from '@salesforce/schema/Plan_Step__c.Nope__c';\n${p.read('lwc/checkFixture/checkFixture.ts')}export const NOPE_FIELD = NOPE;\n`;
    p.write('lwc/checkFixture/checkFixture.ts', source);
    const found = assertFinding(
      findings(p.root),
      p.root,
      'checkFixture.ts',
      /@salesforce\/schema import names Plan_Step__c\.Nope__c/
    );
    assert.equal(found.line, 1);
  });

  test('(e2) an LWC template the compiler rejects: an iterator without keys', () => {
    const p = project();
    p.write(
      'lwc/checkFixture/checkFixture.html',
      '<template>\n  <template for:each={rows} for:item="row">\n    <p>{row}</p>\n  </template>\n</template>\n'
    );
    const found = assertFinding(findings(p.root), p.root, 'checkFixture.html', /LWC1071: Missing key/);
    assert.equal(found.line, 3);
    assert.equal(found.check, 'lwc-compile');
  });

  test('(e3) an LWC whose decorators tsc down-levelled to helper calls (LWC1104)', () => {
    const p = project();
    p.write(
      'lwc/checkFixture/checkFixture.js',
      [
        "import { LightningElement, api } from 'lwc';",
        'const __esDecorate = () => undefined;',
        'export default class CheckFixture extends LightningElement {',
        "  static { __esDecorate(null, null, [api], { kind: 'field', name: 'recordId' }); }",
        '  recordId;',
        '}',
        ''
      ].join('\n')
    );
    assertFinding(findings(p.root), p.root, 'checkFixture.js', /LWC1104/);
  });

  test('(f) an Apex SOQL query selecting a missing field', () => {
    const p = project();
    p.replace(
      'classes/CheckFixtureSelector.cls',
      'SELECT Id, Name, Score__c,',
      'SELECT Id, Name, Score__c, Points__c,'
    );
    const found = assertFinding(
      findings(p.root),
      p.root,
      'CheckFixtureSelector.cls',
      /SOQL names Check_Fixture__c\.Points__c/
    );
    assert.equal(found.line, 12);
  });

  test('(g) a .ts file that would reach the deploy (.forceignore line removed), via the CLI', () => {
    const p = project();
    const forceignore = path.join(p.root, '.forceignore');
    const kept = fs
      .readFileSync(forceignore, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '**/lwc/**/*.ts');
    fs.writeFileSync(forceignore, kept.join('\n'));
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', path.join(PROJECT_ROOT, 'scripts/check/checkMetadata.ts'), p.root],
      { cwd: PROJECT_ROOT, encoding: 'utf8', timeout: 60_000 }
    );
    assert.equal(run.status, 1, run.stdout + run.stderr);
    assert.match(run.stderr, /lwc\/checkFixture\/checkFixture\.ts would deploy: TypeScript source/);
  });

  test('(g2) an Apex class without its -meta.xml (convert would drop it silently), via the CLI', () => {
    const p = project();
    fs.rmSync(p.file('classes/CheckFixtureSelector.cls-meta.xml'));
    assertFinding(
      findings(p.root, false),
      p.root,
      'CheckFixtureSelector.cls',
      /CheckFixtureSelector\.cls is not in the deploy: it needs CheckFixtureSelector\.cls-meta\.xml/
    );
  });

  test('(h) a custom field no permission set grants', () => {
    const p = project();
    p.replace(
      'permissionsets/Check_Fixture.permissionset-meta.xml',
      `    <fieldPermissions>
        <editable>true</editable>
        <field>Check_Fixture__c.Score__c</field>
        <readable>true</readable>
    </fieldPermissions>
`,
      ''
    );
    assertFinding(
      findings(p.root),
      p.root,
      'Score__c.field-meta.xml',
      /no permission set grants read access to Check_Fixture__c\.Score__c/
    );
  });

  test('(h2) a formula field granted as editable', () => {
    const p = project();
    p.replace(
      'permissionsets/Check_Fixture.permissionset-meta.xml',
      `<editable>false</editable>
        <field>Check_Fixture__c.Double_Score__c</field>`,
      `<editable>true</editable>
        <field>Check_Fixture__c.Double_Score__c</field>`
    );
    assertFinding(
      findings(p.root),
      p.root,
      'Check_Fixture.permissionset-meta.xml',
      /Double_Score__c is a formula field and must not be editable/
    );
  });
});
