import { test } from 'node:test';
import assert from 'node:assert/strict';
import { csvLine, csvRecords, parseCsv } from '../../salesforce/csv.ts';
import { changedFields, sameValue } from '../values.ts';
import { changesToCsv } from '../rollup/writeChanges.ts';
import { estimateCalls, DEFAULT_ROLLUP } from '../rollup/rollup.ts';
import { CallMeter } from '../../salesforce/callMeter.ts';

test('parseCsv reads quoted fields with commas, quotes and line breaks', () => {
  const rows = parseCsv('Id,Name\n1,"Acme, Inc."\n2,"Say ""hi""\nnext line"\n3,\n');
  assert.deepEqual(rows, [
    ['Id', 'Name'],
    ['1', 'Acme, Inc.'],
    ['2', 'Say "hi"\nnext line'],
    ['3', '']
  ]);
});

test('csvRecords keys cells by the header and keeps CRLF files whole', () => {
  const { header, records } = csvRecords('"Id","Plan__r.Name"\r\n"a01","Q3 rollout"\r\n');
  assert.deepEqual(header, ['Id', 'Plan__r.Name']);
  assert.deepEqual(records, [{ Id: 'a01', 'Plan__r.Name': 'Q3 rollout' }]);
});

test('csvLine writes null as #N/A so Bulk API 2.0 clears the field', () => {
  assert.equal(csvLine(['006A', null, 'a "b", c', 3, true]), '006A,#N/A,"a ""b"", c",3,true\n');
});

test('changesToCsv leaves unchanged columns blank and clears with #N/A', () => {
  const csv = changesToCsv([
    { id: '006B', name: 'B', fields: { Plan_Health__c: 'At Risk' } },
    { id: '006C', name: 'C', fields: { Plan_Next_Step__c: null, Plan_Health__c: 'On Track' } }
  ]);
  assert.equal(
    csv.toString('utf8'),
    'Id,Plan_Health__c,Plan_Next_Step__c\n006B,At Risk,\n006C,On Track,#N/A\n'
  );
  const accented = changesToCsv([{ id: '006D', name: 'D', fields: { Plan_Next_Step__c: 'Réunion, "go"' } }]);
  assert.equal(accented.toString('utf8'), 'Id,Plan_Next_Step__c\n006D,"Réunion, ""go"""\n');
});

test('sameValue compares REST JSON and Bulk CSV values the way Salesforce stores them', () => {
  assert.equal(sameValue('42', 42), true);
  assert.equal(sameValue(42, 43), false);
  assert.equal(sameValue('', null), true);
  assert.equal(sameValue(undefined, null), true);
  assert.equal(sameValue('false', false), true);
  assert.equal(sameValue(true, false), false);
  assert.equal(sameValue('On Track', 'At Risk'), false);
});

test('changedFields returns only the fields whose values differ', () => {
  const current = { Plan_Health__c: 'On Track', Plan_Health_Score__c: '90', Plan_Next_Step__c: '' };
  assert.deepEqual(
    changedFields(current, { Plan_Health__c: 'On Track', Plan_Health_Score__c: 85, Plan_Next_Step__c: null }),
    {
      Plan_Health_Score__c: 85
    }
  );
  assert.deepEqual(changedFields(undefined, { Plan_Health__c: 'No Plan' }), { Plan_Health__c: 'No Plan' });
});

test('estimateCalls prefers REST for a small org and Bulk for a large one', () => {
  const small = estimateCalls(40, 400, DEFAULT_ROLLUP);
  assert.ok(small.rest < small.bulk, `small org: rest ${small.rest} should be below bulk ${small.bulk}`);
  const large = estimateCalls(100_000, 2_000_000, DEFAULT_ROLLUP);
  assert.ok(large.bulk < large.rest, `large org: bulk ${large.bulk} should be below rest ${large.rest}`);
  // The worst case the budget check plans for: 6 fixed calls, 40 for the opportunity, plan and step
  // jobs, 14 for open risks and committees (a REST page each, then a job), and 2 Bulk writes of 10
  // (opportunities, and one history row each when every deal's health changes, as on a first run).
  assert.ok(large.bulk <= 80, `a full run over 100,000 deals is estimated at ${large.bulk} calls`);
});

test('CallMeter refuses the call that would pass the budget', () => {
  const meter = new CallMeter(2);
  meter.count('a');
  meter.count('b');
  assert.throws(
    () => meter.count('c'),
    (error: Error & { errorCode?: string }) => error.errorCode === 'API_BUDGET'
  );
  assert.equal(meter.calls, 2);
  assert.deepEqual(meter.summary(), { a: 1, b: 1 });
});
