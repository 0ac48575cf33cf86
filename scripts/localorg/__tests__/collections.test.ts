import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defined, raw, seedPlan, sfError, withOrg } from './helpers.ts';

interface Result {
  id?: string;
  success: boolean;
  created?: boolean;
  errors: { statusCode: string; message: string; fields: string[] }[];
}

interface Composite {
  compositeResponse: { httpStatusCode: number; body: unknown }[];
}

test('collections: create, update, per-record errors in order, 201 records rejected', async () => {
  const { org, conn } = await withOrg();
  try {
    const { planId } = await seedPlan(conn);
    const rec = (Name: string, extra: Record<string, unknown> = {}) => ({
      attributes: { type: 'Plan_Step__c' },
      Name,
      Plan__c: planId,
      ...extra
    });
    const created = await conn.requestPost<Result[]>('/services/data/v68.0/composite/sobjects', {
      allOrNone: false,
      records: [
        rec('a'),
        rec('b', { Status__c: 'Nope' }),
        rec('c'),
        { attributes: { type: 'Plan_Step__c' }, Name: 'no plan' }
      ]
    });
    assert.deepEqual(
      created.map((r) => r.success),
      [true, false, true, false]
    );
    assert.equal(created[1].errors[0].statusCode, 'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST');
    assert.deepEqual(created[1].errors[0].fields, ['Status__c']);
    assert.equal(created[3].errors[0].statusCode, 'REQUIRED_FIELD_MISSING');
    // jsforce's own collection API.
    const updated = await conn.sobject('Plan_Step__c').update(
      [
        { Id: defined(created[0].id), Status__c: 'Done', Completed_Date__c: '2026-11-20' },
        { Id: defined(created[2].id), Name: 'x'.repeat(100) }
      ],
      { allOrNone: false }
    );
    assert.deepEqual(
      updated.map((r) => r.success),
      [true, false]
    );
    const tooMany = Array.from({ length: 201 }, (_v, i) => rec(`s${i}`));
    const e = await sfError(
      conn.requestPost('/services/data/v68.0/composite/sobjects', { allOrNone: false, records: tooMany })
    );
    assert.equal(e.errorCode, 'EXCEEDED_ID_LIMIT');
    assert.equal(org.store.count('Plan_Step__c'), 2);
  } finally {
    await org.close();
  }
});

test('collections: allOrNone rolls every record back; upsert reports created; delete by ids', async () => {
  const { org, conn } = await withOrg();
  try {
    const { planId } = await seedPlan(conn);
    const before = org.store.count('Plan_Step__c');
    const res = await conn.requestPost<Result[]>('/services/data/v68.0/composite/sobjects', {
      allOrNone: true,
      records: [
        { attributes: { type: 'Plan_Step__c' }, Name: 'ok', Plan__c: planId },
        { attributes: { type: 'Plan_Step__c' }, Name: 'bad', Plan__c: planId, Side__c: 'Vendor' }
      ]
    });
    assert.equal(res[0].errors[0].statusCode, 'ALL_OR_NONE_OPERATION_ROLLED_BACK');
    assert.equal(res[1].errors[0].statusCode, 'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST');
    assert.equal(org.store.count('Plan_Step__c'), before, 'nothing was written');
    const tpl = (rows: { External_Id__c: string; Name: string }[]) =>
      conn.request({
        method: 'PATCH',
        url: '/services/data/v68.0/composite/sobjects/Plan_Template__c/External_Id__c',
        body: JSON.stringify({
          allOrNone: false,
          records: rows.map((r) => ({ attributes: { type: 'Plan_Template__c' }, ...r }))
        }),
        headers: { 'Content-Type': 'application/json' }
      }) as Promise<Result[]>;
    const first = await tpl([
      { External_Id__c: 'small-deal', Name: 'Small' },
      { External_Id__c: 'renewal', Name: 'Renewal' }
    ]);
    assert.deepEqual(
      first.map((r) => r.created),
      [true, true]
    );
    const second = await tpl([
      { External_Id__c: 'small-deal', Name: 'Small v2' },
      { External_Id__c: 'enterprise', Name: 'Enterprise' }
    ]);
    assert.deepEqual(
      second.map((r) => r.created),
      [false, true]
    );
    assert.equal(second[0].id, first[0].id);
    const viaJsforce = await conn
      .sobject('Plan_Template__c')
      .upsert([{ External_Id__c: 'renewal', Name: 'Renewal v2' }], 'External_Id__c');
    assert.equal(viaJsforce[0].success, true);
    const del = await raw(
      org,
      'DELETE',
      `/services/data/v68.0/composite/sobjects?ids=${first[0].id},${first[0].id},001000000000000AAA&allOrNone=false`
    );
    const dr = del.json() as Result[];
    assert.deepEqual(
      dr.map((r) => r.success),
      [true, false, false]
    );
    assert.equal(dr[1].errors[0].statusCode, 'ENTITY_IS_DELETED');
  } finally {
    await org.close();
  }
});

interface RecordOutcome {
  success: boolean;
  errors: { statusCode: string }[];
}

test("composite: its allOrNone overrides a collection subrequest's, else the collection keeps its own", async () => {
  const { org, conn } = await withOrg();
  try {
    const created = await conn.sobject('Opportunity').create({
      Name: 'Collections in composite',
      StageName: 'Qualification',
      CloseDate: '2027-01-31'
    });
    const opp = { id: created.id ?? '' };
    const plans = (status: string) => [
      {
        attributes: { type: 'Mutual_Action_Plan__c' },
        Name: 'Good',
        Opportunity__c: opp.id,
        Status__c: 'Active'
      },
      {
        attributes: { type: 'Mutual_Action_Plan__c' },
        Name: 'Bad',
        Opportunity__c: opp.id,
        Status__c: status
      }
    ];
    const request = (outer: boolean) => ({
      allOrNone: outer,
      compositeRequest: [
        {
          method: 'POST',
          url: '/services/data/v68.0/composite/sobjects',
          referenceId: 'plans',
          body: { allOrNone: false, records: plans('Bogus') }
        },
        {
          method: 'PATCH',
          url: `/services/data/v68.0/sobjects/Opportunity/${opp.id}`,
          referenceId: 'opp',
          body: { NextStep: 'Plan review' }
        }
      ]
    });
    const codes = (body: unknown) =>
      (body as RecordOutcome[]).map((r) => (r.success ? 'ok' : r.errors[0]?.statusCode));
    const planCount = () => org.store.count('Mutual_Action_Plan__c');
    const before = planCount();

    const overridden = await conn.requestPost<Composite>('/services/data/v68.0/composite', request(true));
    assert.deepEqual(codes(overridden.compositeResponse[0].body), [
      'ALL_OR_NONE_OPERATION_ROLLED_BACK',
      'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST'
    ]);
    // The collection answers as collections do (HTTP 200, a result per record); what follows halts.
    assert.deepEqual(
      overridden.compositeResponse.map((r) => r.httpStatusCode),
      [200, 400]
    );
    assert.equal(
      (overridden.compositeResponse[1].body as { errorCode: string }[])[0]?.errorCode,
      'PROCESSING_HALTED'
    );
    assert.equal(planCount(), before, 'nothing of the collection is kept');
    assert.notEqual((await conn.sobject('Opportunity').retrieve(opp.id)).NextStep, 'Plan review');

    const partial = await conn.requestPost<Composite>('/services/data/v68.0/composite', request(false));
    assert.deepEqual(codes(partial.compositeResponse[0].body), [
      'ok',
      'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST'
    ]);
    assert.equal(planCount(), before + 1, 'the good record of the collection is kept');
    assert.equal((await conn.sobject('Opportunity').retrieve(opp.id)).NextStep, 'Plan review');
  } finally {
    await org.close();
  }
});

test('composite: @{ref} references, allOrNone rollback, 25-subrequest limit', async () => {
  const { org, conn } = await withOrg();
  try {
    const body = (allOrNone: boolean, badStatus?: string) => ({
      allOrNone,
      compositeRequest: [
        {
          method: 'POST',
          url: '/services/data/v68.0/sobjects/Opportunity',
          referenceId: 'opp',
          body: { Name: 'C', StageName: 'Qualification', CloseDate: '2027-01-31' }
        },
        {
          method: 'POST',
          url: '/services/data/v68.0/sobjects/Mutual_Action_Plan__c',
          referenceId: 'plan',
          body: { Name: 'P', Opportunity__c: '@{opp.id}', Status__c: badStatus ?? 'Active' }
        },
        {
          method: 'GET',
          url: '/services/data/v68.0/query?q=SELECT+Id,Opportunity__c+FROM+Mutual_Action_Plan__c',
          referenceId: 'q'
        },
        {
          method: 'PATCH',
          url: '/services/data/v68.0/sobjects/Opportunity/@{q.records[0].Opportunity__c}',
          referenceId: 'upd',
          body: { NextStep: 'Kick-off' }
        }
      ]
    });
    const ok = await conn.requestPost<Composite>('/services/data/v68.0/composite', body(true));
    assert.deepEqual(
      ok.compositeResponse.map((r) => r.httpStatusCode),
      [201, 201, 200, 204]
    );
    const queried = ok.compositeResponse[2].body as { records: { Opportunity__c: string }[] };
    assert.equal(queried.records[0].Opportunity__c, (ok.compositeResponse[0].body as { id: string }).id);
    const before = org.store.count('Opportunity');
    const bad = await conn.requestPost<Composite>('/services/data/v68.0/composite', body(true, 'Bogus'));
    const errorCode = (i: number) => (bad.compositeResponse[i].body as { errorCode: string }[])[0].errorCode;
    assert.deepEqual(
      bad.compositeResponse.map((r) => r.httpStatusCode),
      [400, 400, 400, 400]
    );
    assert.equal(errorCode(0), 'PROCESSING_HALTED');
    assert.equal(errorCode(1), 'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST');
    assert.equal(org.store.count('Opportunity'), before);
    const many = {
      compositeRequest: Array.from({ length: 26 }, (_v, i) => ({
        method: 'GET',
        url: '/services/data/v68.0/limits',
        referenceId: `r${i}`
      }))
    };
    const e = await sfError(conn.requestPost('/services/data/v68.0/composite', many));
    assert.equal(e.errorCode, 'LIMIT_EXCEEDED');
  } finally {
    await org.close();
  }
});
