import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defined, raw, seedPlan, sfError, withOrg } from './helpers.ts';

test('record CRUD, describe, limits, versions, Sforce-Limit-Info on every response', async () => {
  const { org, conn } = await withOrg();
  try {
    const { oppId, planId } = await seedPlan(conn);
    const opp = (await conn.sobject('Opportunity').retrieve(oppId)) as Record<string, unknown>;
    assert.equal(opp.StageName, 'Prospecting');
    assert.equal(opp.IsClosed, false);
    assert.equal(opp.Probability, 10);
    assert.match(String(opp.CreatedDate), /^2026-11-24T12:00:00\.000\+0000$/);
    await conn.sobject('Opportunity').update({ Id: oppId, StageName: 'Closed Won' });
    const won = (await conn.sobject('Opportunity').retrieve(oppId)) as Record<string, unknown>;
    assert.deepEqual(
      [won.IsClosed, won.IsWon, won.Has_Active_Plan__c, won.Active_Plan_Count__c],
      [true, true, true, 1]
    );
    const d = await conn.sobject('Mutual_Action_Plan__c').describe();
    const status = defined(d.fields.find((f) => f.name === 'Status__c'));
    assert.equal(status.restrictedPicklist, true);
    assert.deepEqual(
      defined(status.picklistValues as { value: string }[] | null | undefined).map((p) => p.value),
      ['Draft', 'Active', 'Completed', 'Abandoned']
    );
    const md = defined(d.fields.find((f) => f.name === 'Opportunity__c'));
    assert.deepEqual(
      [md.type, md.referenceTo, md.relationshipName, md.updateable, md.nillable],
      ['reference', ['Opportunity'], 'Opportunity__r', false, false]
    );
    assert.ok(d.childRelationships.some((r) => r.relationshipName === 'Plan_Steps__r'));
    const g = await conn.describeGlobal();
    assert.ok(g.sobjects.some((s) => s.name === 'Plan_Step__c'));
    const limits = await conn.request<Record<string, { Max: number; Remaining: number }>>(
      '/services/data/v68.0/limits'
    );
    assert.equal(limits.DailyApiRequests.Max, 100000);
    assert.ok(limits.DailyBulkV2QueryJobs);
    const versions = await raw(org, 'GET', '/services/data', undefined, { Authorization: '' });
    assert.equal(versions.status, 200);
    assert.ok((versions.json() as { version: string }[]).some((v) => v.version === '68.0'));
    const used = org.limits.used;
    const res = await raw(org, 'GET', `/services/data/v68.0/sobjects/Mutual_Action_Plan__c/${planId}`);
    assert.equal(res.headers.get('sforce-limit-info'), `api-usage=${used + 1}/100000`);
    assert.deepEqual(conn.limitInfo.apiUsage, { used, limit: 100000 });
    await conn.sobject('Mutual_Action_Plan__c').destroy(planId);
    const gone = await raw(org, 'GET', `/services/data/v68.0/sobjects/Mutual_Action_Plan__c/${planId}`);
    assert.equal(gone.status, 404);
    assert.equal((gone.json() as { errorCode: string }[])[0].errorCode, 'ENTITY_IS_DELETED');
  } finally {
    await org.close();
  }
});

test('what our metadata says is enforced, with Salesforce error codes', async () => {
  const { org, conn } = await withOrg();
  try {
    const { oppId, planId, accountId } = await seedPlan(conn);
    const plans = conn.sobject('Mutual_Action_Plan__c');
    let e = await sfError(plans.create({ Name: 'x' }));
    assert.equal(e.errorCode, 'REQUIRED_FIELD_MISSING');
    assert.match(e.message, /Required fields are missing: \[Opportunity__c\]/);
    e = await sfError(plans.create({ Name: 'x', Opportunity__c: oppId, Status__c: 'Paused' }));
    assert.equal(e.errorCode, 'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST');
    e = await sfError(plans.create({ Name: 'x'.repeat(81), Opportunity__c: oppId }));
    assert.equal(e.errorCode, 'STRING_TOO_LONG');
    e = await sfError(plans.create({ Name: 'x', Opportunity__c: accountId }));
    assert.equal(e.errorCode, 'FIELD_INTEGRITY_EXCEPTION');
    e = await sfError(plans.create({ Name: 'x', Opportunity__c: oppId.slice(0, 14) + 'Z' }));
    assert.ok(['INVALID_CROSS_REFERENCE_KEY', 'MALFORMED_ID'].includes(e.errorCode));
    e = await sfError(plans.create({ Name: 'x', Opportunity__c: oppId, Step_Count__c: 3 }));
    assert.equal(e.errorCode, 'INVALID_FIELD_FOR_INSERT_UPDATE');
    e = await sfError(plans.create({ Name: 'x', Opportunity__c: oppId, Bogus__c: 1 }));
    assert.equal(e.errorCode, 'INVALID_FIELD');
    e = await sfError(plans.create({ Name: 'x', Opportunity__c: oppId, Go_Live_Date__c: 'soon' }));
    assert.equal(e.errorCode, 'INVALID_TYPE_ON_FIELD_IN_RECORD');
    const other = (await conn
      .sobject('Opportunity')
      .create({ Name: 'Other', StageName: 'Prospecting', CloseDate: '2027-01-01' })) as { id: string };
    e = await sfError(plans.update({ Id: planId, Opportunity__c: other.id }));
    assert.equal(e.errorCode, 'INVALID_FIELD_FOR_INSERT_UPDATE', 'master-detail is not reparentable');
    e = await sfError(
      conn.sobject('Plan_Step__c').create({ Name: 's', Plan__c: planId, Lag_Days__c: 123456 })
    );
    assert.equal(e.errorCode, 'NUMBER_OUTSIDE_VALID_RANGE');
    await conn.sobject('Plan_Template__c').create({ Name: 'T', External_Id__c: 'tpl-1' });
    e = await sfError(conn.sobject('Plan_Template__c').create({ Name: 'T2', External_Id__c: 'TPL-1' }));
    assert.equal(e.errorCode, 'DUPLICATE_VALUE');
    // Defaults, cascade delete, set-null lookups.
    const step = (await conn.sobject('Plan_Step__c').create({ Name: 'Kick-off', Plan__c: planId })) as {
      id: string;
    };
    const s = (await conn.sobject('Plan_Step__c').retrieve(step.id)) as Record<string, unknown>;
    assert.deepEqual(
      [s.Status__c, s.Visibility__c, s.Lag_Days__c, s.Duration_Days__c, s.Is_Milestone__c],
      ['Not Started', 'Shared', 0, 1, false]
    );
    await conn.sobject('Opportunity').destroy(oppId);
    e = await sfError(conn.sobject('Plan_Step__c').update({ Id: step.id, Name: 'again' }));
    assert.equal(e.errorCode, 'ENTITY_IS_DELETED');
    const all = await conn
      .query(`SELECT Id, IsDeleted FROM Plan_Step__c WHERE Id = '${step.id}'`)
      .scanAll(true);
    assert.equal(all.records[0].IsDeleted, true);
    e = await sfError(conn.sobject('Account').retrieve('001000000000000AAA'));
    assert.equal(e.errorCode, 'NOT_FOUND');
    e = await sfError(conn.sobject('Nope__c').create({ Name: 'x' }));
    assert.equal(e.errorCode, 'NOT_FOUND');
  } finally {
    await org.close();
  }
});

test('bad input gets Salesforce errors, never a stack trace', async () => {
  const { org } = await withOrg();
  try {
    let r = await raw(org, 'POST', '/services/data/v68.0/sobjects/Account', '{not json', {
      'Content-Type': 'application/json'
    });
    assert.equal(r.status, 400);
    assert.equal((r.json() as { errorCode: string }[])[0].errorCode, 'JSON_PARSER_ERROR');
    r = await raw(org, 'GET', '/services/data/v68.0/nothing/here');
    assert.equal(r.status, 404);
    assert.equal((r.json() as { errorCode: string }[])[0].errorCode, 'NOT_FOUND');
    r = await raw(org, 'GET', '/services/data/v68.0/query', undefined, { Authorization: 'Bearer wrong' });
    assert.equal(r.status, 401);
    assert.deepEqual(r.json(), [{ message: 'Session expired or invalid', errorCode: 'INVALID_SESSION_ID' }]);
    r = await raw(org, 'GET', '/services/data/v68.0/query?q=SELECT');
    assert.equal((r.json() as { errorCode: string }[])[0].errorCode, 'MALFORMED_QUERY');
    assert.doesNotMatch(r.text, /at .*\.ts:/);
  } finally {
    await org.close();
  }
});
