import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSchema } from '../schema.ts';
import { PROJECT_ROOT } from '../index.ts';
import { normalizeId, makeId } from '../ids.ts';
import { defined } from './helpers.ts';

const here = path.dirname(fileURLToPath(import.meta.url));

test('schema loader reads a fixture object: types, picklists, external IDs, master-detail, formulas', () => {
  const { schema } = loadSchema(path.join(here, 'fixtures'));
  const w = defined(schema.get('Widget__c'));
  assert.equal(w.keyPrefix, 'a01');
  assert.equal(w.label, 'Widget');
  const color = defined(w.fields.get('Color__c'));
  assert.deepEqual(color.picklistValues, ['Red', 'Blue']);
  assert.equal(color.restricted, true);
  assert.equal(color.required, true);
  assert.equal(color.defaultValue, 'Red');
  const code = defined(w.fields.get('Code__c'));
  assert.equal(code.length, 10);
  assert.equal(code.externalId, true);
  assert.equal(code.unique, true);
  const weight = defined(w.fields.get('Weight__c'));
  assert.deepEqual([weight.type, weight.precision, weight.scale, weight.defaultValue], ['double', 5, 2, 1]);
  const md = defined(w.fields.get('Opportunity__c'));
  assert.deepEqual(
    [md.type, md.masterDetail, md.updateable, md.createable, md.required, md.relationshipName],
    ['reference', true, false, true, true, 'Opportunity__r']
  );
  assert.equal(
    defined(defined(schema.get('Opportunity')).children.get('widgets__r')).childObject,
    'Widget__c'
  );
  const formula = defined(w.fields.get('Double_Weight__c'));
  assert.deepEqual(
    [formula.calculated, formula.createable, formula.updateable, formula.formula],
    [true, false, false, 'Weight__c * 2']
  );
  assert.match(
    formula.sql ?? '',
    /^sf_formula\(\d+, \{t\}\."Weight__c"\)$/,
    'evaluated by formulon at query time'
  );
  assert.ok(!w.fields.has('OwnerId'), 'master-detail children have no owner');
});

test('schema from force-app: our objects, standard objects, key prefixes, roll-ups evaluated', () => {
  const { schema, metadataRecords } = loadSchema(PROJECT_ROOT);
  assert.equal(defined(schema.get('Opportunity')).keyPrefix, '006');
  assert.equal(defined(schema.get('OpportunityContactRole')).keyPrefix, '00K');
  const prefixes = [...schema.values()].map((o) => o.keyPrefix);
  assert.equal(new Set(prefixes).size, prefixes.length, 'key prefixes are unique');
  const step = defined(schema.get('Plan_Step__c'));
  assert.ok(step.keyPrefix.startsWith('a'));
  assert.equal(defined(step.fields.get('Plan__c')).masterDetail, true);
  assert.equal(defined(step.fields.get('Status__c')).restricted, true);
  assert.equal(defined(step.fields.get('Is_Overdue__c')).calculated, true);
  const opp = defined(schema.get('Opportunity'));
  assert.ok(defined(opp.fields.get('Active_Plan_Count__c')).sql?.includes('COUNT'));
  assert.ok(defined(opp.fields.get('Has_Active_Plan__c')).sql);
  assert.equal(defined(opp.children.get('mutual_action_plans__r')).childObject, 'Mutual_Action_Plan__c');
  assert.equal(
    defined(defined(schema.get('Mutual_Action_Plan__c')).children.get('plan_steps__r')).field,
    'Plan__c'
  );
  assert.equal(
    defined(defined(schema.get('Plan_Template__c')).fields.get('External_Id__c')).externalId,
    true
  );
  assert.equal(metadataRecords.get('Plan_Health_Setting__mdt')?.[0]?.DeveloperName, 'Default');
});

test('Ids are 18-char, case-safe, and accept the 15-char form', () => {
  const id = makeId('006', 12345);
  assert.equal(id.length, 18);
  assert.equal(normalizeId(id.slice(0, 15)), id);
  // An 18-char Id is case-insensitive: its suffix restores the case.
  assert.equal(normalizeId(id.toLowerCase()), id);
  assert.equal(normalizeId('nope'), null);
});
