import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CsvStreamParser, parseCsv } from '../../salesforce/csv.ts';
import { CompactRows } from '../rollup/compactRows.ts';
import { planRanges, RangeSteps } from '../rollup/stepRanges.ts';
import { toStep, type PlanRecord } from '../rollup/records.ts';

function parseInChunks(bytes: Buffer, cuts: readonly number[]): string[][] {
  const rows: string[][] = [];
  const parser = new CsvStreamParser((cells) => rows.push(cells));
  let from = 0;
  for (const cut of [...cuts, bytes.length]) {
    parser.push(bytes.subarray(from, cut));
    from = cut;
  }
  parser.end();
  return rows;
}

test('CsvStreamParser reads the same rows wherever the chunks are cut', () => {
  const texts = [
    '\ufeffId,Name\n1,"Acme, Inc."\n2,"Say ""hi""\nnext line"\n3,\n',
    '"Id","Name"\r\n"a01","Café déjà vu"\r\n"a02",""\r\n',
    'a,b\n\n1,2'
  ];
  for (const text of texts) {
    const whole = parseCsv(text);
    const bytes = Buffer.from(text, 'utf8');
    for (let a = 0; a <= bytes.length; a++) {
      for (let b = a; b <= bytes.length; b++) {
        assert.deepEqual(parseInChunks(bytes, [a, b]), whole, `${JSON.stringify(text)} cut at ${a}, ${b}`);
      }
    }
  }
  assert.deepEqual(parseCsv('a,b\n\n1,2'), [
    ['a', 'b'],
    ['1', '2']
  ]);
  assert.deepEqual(parseCsv('"Id","Name"\r\n"a01","Café déjà vu"\r\n')[1], ['a01', 'Café déjà vu']);
});

test('CompactRows gives back each row as it was added, through buffer growth', () => {
  const rows = new CompactRows({ packed: ['Id', 'Note'], shared: ['Status', 'Owner'] }, 2);
  const added = Array.from({ length: 500 }, (_, i) => ({
    Id: `a0B${String(i).padStart(15, '0')}`,
    Note: i % 7 === 0 ? '' : `note ${i} — ünïcode`,
    Status: ['Done', 'Not Started', ''][i % 3],
    Owner: `005${i % 4}`
  }));
  for (const row of added) rows.add(row);
  assert.equal(rows.length, added.length);
  added.forEach((row, index) => assert.deepEqual(rows.row(index), row));
});

test('planRanges cuts plans in Id order into ranges of about the given number of steps', () => {
  const plans = new Map<string, PlanRecord>(
    ['p3', 'p1', 'p2', 'p4'].map((id, i) => [
      id,
      {
        plan: { id, name: id, status: 'Active', goLiveDate: null, lastModified: null },
        opportunityId: `o${i}`,
        createdDate: null,
        stepCount: id === 'p4' ? null : 10
      }
    ])
  );
  assert.deepEqual(planRanges(plans, 25), [
    { planIds: ['p1', 'p2'], steps: 20 },
    { planIds: ['p3'], steps: 10 },
    { planIds: ['p4'], steps: 20 }
  ]);
});

test('RangeSteps hands out every plan of its range with its steps in arrival order', () => {
  const step = (id: string, plan: string, sortOrder: string) => ({
    Id: id,
    Name: `Step ${id}`,
    Plan__c: plan,
    Status__c: 'Not Started',
    Sort_Order__c: sortOrder,
    Depends_On__c: '',
    LastModifiedDate: '2026-11-20T10:00:00.000Z'
  });
  const rows = [step('s1', 'p2', '2'), step('s2', 'p1', '1'), step('s3', 'p2', '1'), step('s4', 'px', '1')];
  const range = new RangeSteps(['p1', 'p2', 'p3'], 1);
  for (const row of rows) range.add(row);
  const byPlan = [...range.byPlan()];
  assert.deepEqual(
    byPlan.map(([planId, steps]) => [planId, steps.map((s) => s.id)]),
    [
      ['p1', ['s2']],
      ['p2', ['s1', 's3']],
      ['p3', []]
    ]
  );
  assert.deepEqual(byPlan[1][1][0], toStep(rows[0]));
});
