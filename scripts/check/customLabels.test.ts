// The Custom Labels check: a label the code reads that no labels file defines fails it, in an LWC
// import and in Apex alike; comments, strings and look-alikes do not.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { apexLabelUses, checkCustomLabels, labelNamesOf, lwcLabelUses } from './customLabels.ts';

const NS = 'xmlns="http://soap.sforce.com/2006/04/metadata"';
const roots: string[] = [];

function label(name: string): string {
  return `  <labels>
    <fullName>${name}</fullName>
    <language>en_US</language>
    <protected>false</protected>
    <shortDescription>${name}</shortDescription>
    <value>A value</value>
  </labels>
`;
}

/** A project with one labels file, one LWC and one Apex class. */
function project(files: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'custom-labels-'));
  roots.push(root);
  fs.writeFileSync(
    path.join(root, 'sfdx-project.json'),
    JSON.stringify({ packageDirectories: [{ path: 'force-app' }] })
  );
  for (const [rel, text] of Object.entries(files)) {
    const file = path.join(root, 'force-app', 'main', 'default', rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  }
  return root;
}

const LABELS = `<?xml version="1.0" encoding="UTF-8"?>\n<CustomLabels ${NS}>\n${label('Plan_Known')}${label('Plan_Apex_Known')}</CustomLabels>\n`;

after(() => {
  for (const root of roots) fs.rmSync(root, { recursive: true, force: true });
});

describe('custom labels the code reads', () => {
  test('reads the names of a labels file and the uses in LWC and Apex sources', () => {
    assert.deepEqual(labelNamesOf(LABELS), ['Plan_Known', 'Plan_Apex_Known']);
    assert.deepEqual(
      lwcLabelUses(
        'import a from \'@salesforce/label/c.Plan_Known\';\nimport b from "@salesforce/label/c.Plan_Other";'
      ),
      [
        { name: 'Plan_Known', line: 1, column: 15 },
        { name: 'Plan_Other', line: 2, column: 15 }
      ]
    );
    const apex = [
      'String a = System.Label.Plan_Known;',
      'String b = Label.Plan_Other;',
      '// System.Label.In_A_Comment',
      "String c = 'Label.In_A_String';",
      'Integer d = label.length() + record.Label.size();'
    ].join('\n');
    assert.deepEqual(
      apexLabelUses(apex).map((use) => use.name),
      ['Plan_Known', 'Plan_Other']
    );
  });

  test('passes when every label read is defined', () => {
    const root = project({
      'labels/CustomLabels.labels-meta.xml': LABELS,
      'lwc/words/words.ts': "import known from '@salesforce/label/c.Plan_Known';\nexport default known;\n",
      'lwc/words/words.js': "import known from '@salesforce/label/c.Plan_Known';\nexport default known;\n",
      'classes/Words.cls': 'public class Words { String a = System.Label.Plan_Apex_Known; }\n'
    });
    assert.deepEqual(checkCustomLabels(root), []);
  });

  test('fails on an LWC import and an Apex read of a label the labels file lacks', () => {
    const root = project({
      'labels/CustomLabels.labels-meta.xml': LABELS,
      'lwc/words/words.ts':
        "import known from '@salesforce/label/c.Plan_Known';\nimport gone from '@salesforce/label/c.Plan_Removed';\nexport default [known, gone];\n",
      'lwc/words/__tests__/words.test.ts': "jest.mock('@salesforce/label/c.Only_In_A_Test', () => ({}));\n",
      'classes/Words.cls': 'public class Words {\n  String a = Label.Plan_Apex_Removed;\n}\n'
    });
    const findings = checkCustomLabels(root).map(
      (f) => `${path.basename(f.file)}:${f.line}:${f.column} ${f.message}`
    );
    assert.deepEqual(findings, [
      'Words.cls:2:14 reads Custom Label Plan_Apex_Removed, which no labels file defines',
      'words.ts:2:18 imports Custom Label Plan_Removed, which no labels file defines'
    ]);
  });
});
