// The picklist parity check: the values compiled into c/planFormat must be the fields' active
// values in order; a differing list fails it, and the project as it is passes.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { checkPicklistParity, compiledPicklists, fieldValues, picklistProblems } from './picklistParity.ts';
import { PROJECT_ROOT } from './testProject.ts';
import { parseXmlTree } from './xmlTree.ts';

const FIELD = `<?xml version="1.0" encoding="UTF-8" ?>
<CustomField xmlns="http://soap.sforce.com/2006/04/metadata">
  <fullName>Status__c</fullName>
  <label>Status</label>
  <type>Picklist</type>
  <valueSet>
    <valueSetDefinition>
      <sorted>false</sorted>
      <value><fullName>Open</fullName><default>true</default><label>Open</label></value>
      <value><fullName>Retired</fullName><default>false</default><isActive>false</isActive><label>Retired</label></value>
      <value><fullName>Done</fullName><default>false</default><label>Done</label></value>
    </valueSetDefinition>
  </valueSet>
</CustomField>`;

describe('picklist values compiled into the record page', () => {
  test('reads PICKLIST_VALUES through `as const satisfies`, and a field’s active values in order', () => {
    const compiled = compiledPicklists(
      "export const PICKLIST_VALUES = { 'A__c.Status__c': ['Open', 'Done'], 'A__c.Side__c': [] } as const satisfies Readonly<Record<string, readonly string[]>>;"
    );
    assert.deepEqual(
      compiled,
      new Map([
        ['A__c.Status__c', ['Open', 'Done']],
        ['A__c.Side__c', []]
      ])
    );
    assert.equal(compiledPicklists('export const OTHER = {};'), null);
    assert.deepEqual(fieldValues(parseXmlTree(FIELD)), ['Open', 'Done']);
  });

  test('fails on a value missing, a value too many, another order, and a field that is not a picklist', () => {
    const fields: Record<string, string[]> = { 'A__c.Status__c': ['Open', 'In Review', 'Done'] };
    const fieldOf = (key: string): string[] | null => fields[key] ?? null;
    assert.deepEqual(
      picklistProblems(new Map([['A__c.Status__c', ['Open', 'In Review', 'Done']]]), fieldOf),
      []
    );
    assert.deepEqual(picklistProblems(new Map([['A__c.Status__c', ['Open', 'Done']]]), fieldOf), [
      "A__c.Status__c lacks the field's value(s) In Review"
    ]);
    assert.deepEqual(
      picklistProblems(new Map([['A__c.Status__c', ['Open', 'In Review', 'Done', 'Gone']]]), fieldOf),
      ['A__c.Status__c has value(s) the field lacks: Gone']
    );
    assert.deepEqual(
      picklistProblems(new Map([['A__c.Status__c', ['Done', 'Open', 'In Review']]]), fieldOf),
      ['A__c.Status__c is in another order than the field: Open, In Review, Done']
    );
    assert.deepEqual(picklistProblems(new Map([['A__c.Name', ['x']]]), fieldOf), [
      'A__c.Name is not a picklist field of our metadata'
    ]);
  });

  test('passes on the project as it is, and names planFormat.ts when its list differs from the field XML', () => {
    assert.deepEqual(checkPicklistParity(PROJECT_ROOT), []);
    const source = fs.readFileSync(
      path.join(PROJECT_ROOT, 'force-app', 'main', 'default', 'lwc', 'planFormat', 'planFormat.ts'),
      'utf8'
    );
    const differing = source.replace(
      "'Plan_Step__c.Side__c': ['Buyer', 'Seller', 'Joint']",
      "'Plan_Step__c.Side__c': ['Seller', 'Buyer', 'Joint']"
    );
    assert.notEqual(differing, source, 'the fixture changes the Side list');
    const compiled = compiledPicklists(differing);
    assert.ok(compiled);
    const problems = picklistProblems(compiled, (key) => {
      const [object = '', field = ''] = key.split('.');
      const file = path.join(
        PROJECT_ROOT,
        'force-app',
        'main',
        'default',
        'objects',
        object,
        'fields',
        `${field}.field-meta.xml`
      );
      return fieldValues(parseXmlTree(fs.readFileSync(file, 'utf8')));
    });
    assert.deepEqual(problems, [
      'Plan_Step__c.Side__c is in another order than the field: Buyer, Seller, Joint'
    ]);
  });
});
