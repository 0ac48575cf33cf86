import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checksum, normalizeId } from '../ids.ts';
import { ORG_ID } from '../store.ts';
import { defined, raw, rep, seedPlan, withOrg } from './helpers.ts';

/** Documented behaviours of Salesforce's REST API (docs/local-org.md, "Checked against the documentation"). */

const V = '/services/data/v68.0';

const isCaseSafeId = (id: string, prefix: string) => {
  assert.match(id, /^[a-zA-Z0-9]{18}$/, `${id} is an 18-char Id`);
  assert.equal(id.slice(0, 3), prefix, `${id} has the key prefix ${prefix}`);
  assert.equal(id.slice(15), checksum(id.slice(0, 15)), `${id} ends with its checksum`);
};

test('Ids: the 15 → 18 conversion gives the suffixes of Salesforce’s documented examples', () => {
  // The knowledge-article example, and Ids from the REST API guide's examples.
  assert.equal(checksum('001A0000006Vm9r'), 'IAC');
  assert.equal(checksum('00DRO0000008aXd'), '2AI');
  assert.equal(checksum('005RO000000Hfnk'), 'YAC');
  assert.equal(checksum('001R00000033I6A'), 'IAU');
  assert.equal(checksum('0016g00000Wqu1E'), 'AAR');
  assert.equal(checksum('001D000000IqhSL'), 'IAZ');
  assert.equal(normalizeId('001A0000006Vm9r'), '001A0000006Vm9rIAC');
  // An 18-char Id is case-insensitive: its suffix restores the case of the first 15 characters.
  assert.equal(normalizeId('001a0000006vm9riac'), '001A0000006Vm9rIAC');
  assert.equal(normalizeId('001A0000006VM9RIAC'), '001A0000006Vm9rIAC');
  // Not Ids: a suffix outside A–Z0–5, one that marks a digit uppercase, the wrong length.
  assert.equal(normalizeId('001A0000006Vm9rIA9'), null);
  assert.equal(normalizeId('001000000000000AAB'), null);
  assert.equal(normalizeId('001A0000006Vm9rI'), null);
  assert.equal(normalizeId('001A0000006Vm9-'), null);
});

test('Ids: the org Id is an 18-char 00D Id, tokens are <15-char org Id>!<secret>, records carry their key prefix', async () => {
  const { org, conn } = await withOrg();
  try {
    isCaseSafeId(ORG_ID, '00D');
    const [organization] = (await conn.query<{ Id: string }>('SELECT Id FROM Organization')).records;
    assert.equal(defined(organization).Id, ORG_ID);
    assert.equal(org.token.split('!')[0], ORG_ID.slice(0, 15));
    const rita = rep(org);
    assert.match(rita.token, new RegExp(`^${ORG_ID.slice(0, 15)}![A-Za-z0-9_-]{20,}$`));
    isCaseSafeId(org.store.adminUserId, '005');
    isCaseSafeId(rita.userId, '005');

    const { accountId, oppId, planId } = await seedPlan(conn);
    isCaseSafeId(accountId, '001');
    isCaseSafeId(oppId, '006');
    const contact = (await conn.sobject('Contact').create({ LastName: 'Buyer', AccountId: accountId })) as {
      id: string;
    };
    isCaseSafeId(contact.id, '003');
    // Custom objects: a stable a0X prefix each (the describe's keyPrefix), distinct from one another.
    const { sobjects } = await conn.request<{ sobjects: { name: string; keyPrefix: string | null }[] }>(
      `${V}/sobjects`
    );
    const planPrefix = defined(sobjects.find((o) => o.name === 'Mutual_Action_Plan__c')?.keyPrefix);
    assert.match(planPrefix, /^a0[0-9A-Za-z]$/);
    isCaseSafeId(planId, planPrefix);
    const custom = sobjects.filter((o) => o.name.endsWith('__c')).map((o) => o.keyPrefix);
    assert.equal(new Set(custom).size, custom.length, 'each custom object has its own prefix');
  } finally {
    await org.close();
  }
});

test('Ids: a 15-char Id (and a lower-cased 18-char one) is accepted in SOQL, REST paths and references', async () => {
  const { org, conn } = await withOrg();
  try {
    const { accountId, oppId } = await seedPlan(conn, 'Initech');
    const short = accountId.slice(0, 15);
    let rows = (await conn.query<{ Id: string }>(`SELECT Id FROM Account WHERE Id = '${short}'`)).records;
    assert.deepEqual(
      rows.map((r) => r.Id),
      [accountId],
      'the answer carries the 18-char Id'
    );
    rows = (await conn.query<{ Id: string }>(`SELECT Id FROM Opportunity WHERE AccountId IN ('${short}')`))
      .records;
    assert.deepEqual(
      rows.map((r) => r.Id),
      [oppId]
    );

    const got = await raw(org, 'GET', `${V}/sobjects/Account/${short}?fields=Id,Name`);
    assert.equal(got.status, 200);
    assert.equal((got.json() as { Id: string }).Id, accountId);
    const lower = await raw(org, 'GET', `${V}/sobjects/Account/${accountId.toLowerCase()}?fields=Id`);
    assert.equal(lower.status, 200, lower.text);
    assert.equal((lower.json() as { Id: string }).Id, accountId);
    const patched = await raw(org, 'PATCH', `${V}/sobjects/Account/${short}`, { Name: 'Initech Ltd' });
    assert.equal(patched.status, 204, patched.text);

    const contact = (await conn.sobject('Contact').create({ LastName: 'Lumbergh', AccountId: short })) as {
      id: string;
    };
    const [stored] = (
      await conn.query<{ AccountId: string }>(`SELECT AccountId FROM Contact WHERE Id = '${contact.id}'`)
    ).records;
    assert.equal(defined(stored).AccountId, accountId, 'a reference given as 15 chars is stored as 18');

    const wrong = await raw(org, 'GET', `${V}/sobjects/Account/${oppId.slice(0, 15)}`);
    assert.equal(wrong.status, 404, 'an Opportunity Id is no Account');
  } finally {
    await org.close();
  }
});

interface Identity {
  id: string;
  user_id: string;
  organization_id: string;
  username: string;
  display_name: string;
  urls: Record<string, string>;
}

test('identity: the versioned resource list names the identity URL and jsforce identity() works per session', async () => {
  const { org, conn } = await withOrg();
  try {
    const listed = await conn.request<Record<string, string>>(`${V}/`);
    assert.equal(listed.identity, `${org.url}/id/${ORG_ID}/${org.store.adminUserId}`);
    assert.equal(listed.sobjects, `${V}/sobjects`);

    const me = (await conn.identity()) as unknown as Identity;
    assert.equal(me.user_id, org.store.adminUserId);
    assert.equal(me.organization_id, ORG_ID);
    assert.equal(me.username, 'admin@local.org');
    assert.equal(me.display_name, 'Local Admin');
    assert.equal(me.id, listed.identity);
    assert.equal(me.urls.rest, `${org.url}/services/data/v{version}/`);
    assert.equal(me.urls.profile, `${org.url}/${org.store.adminUserId}`);

    const rita = rep(org);
    const hers = (await rita.conn.identity()) as unknown as Identity;
    assert.equal(hers.user_id, rita.userId, 'a session’s identity is its own user’s');
    assert.equal(hers.username, 'rita@local.org');
    assert.equal(hers.display_name, 'Rita Rep');

    // The token as a query parameter, 15-char Ids in the path, ?version= filled into the URLs.
    const res = await fetch(
      `${org.url}/id/${ORG_ID.slice(0, 15)}/${rita.userId.slice(0, 15)}?version=latest&oauth_token=${encodeURIComponent(rita.token)}`
    );
    assert.equal(res.status, 200);
    const viaParam = (await res.json()) as Identity;
    assert.equal(viaParam.user_id, rita.userId);
    assert.equal(viaParam.urls.rest, `${org.url}/services/data/v68.0/`);
  } finally {
    await org.close();
  }
});

test('identity: another org, a non-user Id, an unknown user and a missing token are refused', async () => {
  const { org } = await withOrg();
  try {
    const otherOrg = `00DRO0000008aXd2AI`;
    let res = await raw(org, 'GET', `/id/${otherOrg}/${org.store.adminUserId}`);
    assert.equal(res.status, 403);
    assert.equal(res.text, 'Wrong_Org');
    res = await raw(org, 'GET', `/id/${ORG_ID}/005RO000000HfnkYAC`);
    assert.equal(res.status, 404);
    assert.equal(res.text, 'Bad_Id');
    res = await raw(org, 'GET', `/id/${ORG_ID}/${ORG_ID}`);
    assert.equal(res.status, 404);
    assert.equal(res.text, 'Bad_Id');
    const anonymous = await fetch(`${org.url}/id/${ORG_ID}/${org.store.adminUserId}`);
    assert.equal(anonymous.status, 401);
  } finally {
    await org.close();
  }
});

test('OwnerId: an insert that names no owner is owned by the session user; a named owner is kept', async () => {
  const { org, conn } = await withOrg();
  try {
    const rita = rep(org);
    const { accountId, oppId, planId } = await seedPlan(rita.conn, 'Hooli');
    const contact = (await rita.conn
      .sobject('Contact')
      .create({ LastName: 'Belson', AccountId: accountId })) as {
      id: string;
    };
    const template = (await rita.conn
      .sobject('Plan_Template__c')
      .create({ Name: 'Enterprise', External_Id__c: 'enterprise' })) as {
      id: string;
    };
    for (const [object, id] of [
      ['Account', accountId],
      ['Opportunity', oppId],
      ['Contact', contact.id],
      ['Plan_Template__c', template.id]
    ] as const) {
      const [row] = (
        await conn.query<{ OwnerId: string }>(`SELECT OwnerId FROM ${object} WHERE Id = '${id}'`)
      ).records;
      assert.equal(defined(row, object).OwnerId, rita.userId, `${object} is owned by its creator`);
    }
    // A master-detail child has no owner of its own (its master's owner controls it).
    const describe = await conn.sobject('Mutual_Action_Plan__c').describe();
    assert.equal(
      describe.fields.some((f) => f.name === 'OwnerId'),
      false
    );
    assert.ok(planId);

    const named = (await rita.conn
      .sobject('Account')
      .create({ Name: 'Pied Piper', OwnerId: org.store.adminUserId })) as { id: string };
    const [kept] = (
      await conn.query<{ OwnerId: string }>(`SELECT OwnerId FROM Account WHERE Id = '${named.id}'`)
    ).records;
    assert.equal(defined(kept).OwnerId, org.store.adminUserId);

    // sObject Collections too.
    const [fromCollection] = await rita.conn.requestPost<{ id: string }[]>(`${V}/composite/sobjects`, {
      records: [{ attributes: { type: 'Account' }, Name: 'Raviga' }]
    });
    const [owned] = (
      await conn.query<{ OwnerId: string }>(
        `SELECT OwnerId FROM Account WHERE Id = '${defined(fromCollection).id}'`
      )
    ).records;
    assert.equal(defined(owned).OwnerId, rita.userId);
    const ownerField = defined(
      (await conn.sobject('Account').describe()).fields.find((f) => f.name === 'OwnerId'),
      'Account.OwnerId'
    );
    assert.equal(ownerField.defaultedOnCreate, true);
    assert.equal(ownerField.nillable, false);
  } finally {
    await org.close();
  }
});

test('Location: a created record’s Location names its object, alone and in a composite subrequest', async () => {
  const { org } = await withOrg();
  try {
    const created = await raw(org, 'POST', `${V}/sobjects/Account`, { Name: 'Umbrella' });
    assert.equal(created.status, 201);
    const { id } = created.json() as { id: string };
    assert.equal(created.headers.get('location'), `${V}/sobjects/Account/${id}`);

    const composite = await raw(org, 'POST', `${V}/composite`, {
      allOrNone: true,
      compositeRequest: [
        {
          method: 'POST',
          url: '/services/data/v67.0/sobjects/Account',
          referenceId: 'acc',
          body: { Name: 'Tyrell' }
        },
        {
          method: 'POST',
          url: '/services/data/v67.0/sobjects/Contact',
          referenceId: 'con',
          body: { LastName: 'Deckard', AccountId: '@{acc.id}' }
        },
        {
          method: 'PATCH',
          url: '/services/data/v67.0/sobjects/Account/@{acc.id}',
          referenceId: 'upd',
          body: { Name: 'Tyrell Corp' }
        }
      ]
    });
    assert.equal(composite.status, 200, composite.text);
    const subs = (
      composite.json() as {
        compositeResponse: {
          referenceId: string;
          httpStatusCode: number;
          httpHeaders: Record<string, string>;
          body: { id?: string } | null;
        }[];
      }
    ).compositeResponse;
    const [acc, con, upd] = subs;
    assert.equal(defined(acc).httpStatusCode, 201);
    assert.deepEqual(defined(acc).httpHeaders, {
      Location: `/services/data/v67.0/sobjects/Account/${defined(acc.body?.id)}`
    });
    assert.deepEqual(defined(con).httpHeaders, {
      Location: `/services/data/v67.0/sobjects/Contact/${defined(con.body?.id)}`
    });
    assert.equal(defined(upd).httpStatusCode, 204);
    assert.deepEqual(defined(upd).httpHeaders, {}, 'an update has no Location');
  } finally {
    await org.close();
  }
});

test('composite: more than 5 sObject Collections or query subrequests are refused', async () => {
  const { org } = await withOrg();
  try {
    const query = (n: number) => ({
      method: 'GET',
      url: `${V}/query?q=${encodeURIComponent('SELECT Id FROM Account LIMIT 1')}`,
      referenceId: `q${n}`
    });
    const five = await raw(org, 'POST', `${V}/composite`, {
      compositeRequest: [0, 1, 2, 3].map(query).concat({
        method: 'POST',
        url: `${V}/composite/sobjects`,
        referenceId: 'col',
        body: { records: [{ attributes: { type: 'Account' }, Name: 'Soylent' }] }
      } as never)
    });
    assert.equal(five.status, 200, five.text);
    const six = await raw(org, 'POST', `${V}/composite`, {
      compositeRequest: [0, 1, 2, 3, 4, 5].map(query)
    });
    assert.equal(six.status, 400);
    assert.equal((six.json() as { errorCode: string }[])[0]?.errorCode, 'LIMIT_EXCEEDED');
  } finally {
    await org.close();
  }
});
