import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import type { LocalOrg } from '../index.ts';
import { ACTION_LIMITS } from '../rest/actions.ts';
import { raw, rep, seedPlan, TODAY, withOrg } from './helpers.ts';

/** The Send Email standard action (`emailSimple`) and the outbox it fills. */

const V = '/services/data/v68.0';
const SEND = `${V}/actions/standard/emailSimple`;

interface ActionResult {
  actionName: string;
  errors: { statusCode: string; message: string; fields: string[] }[] | null;
  isSuccess: boolean;
  outputValues: unknown;
}

const mail = (n: number, extra: Record<string, unknown> = {}) => ({
  emailAddresses: `buyer${n}@acme.example`,
  emailSubject: `Subject ${n}`,
  emailBody: `Body ${n}`,
  ...extra
});

async function send(org: LocalOrg, inputs: unknown[], token = org.token, url = SEND) {
  const res = await raw(org, 'POST', url, { inputs }, { Authorization: `Bearer ${token}` });
  return { status: res.status, results: res.json() as ActionResult[] };
}

async function contact(org: LocalOrg, fields: Record<string, unknown>): Promise<string> {
  const res = await raw(org, 'POST', `${V}/sobjects/Contact`, { LastName: 'Buyer', ...fields });
  assert.equal(res.status, 201, res.text);
  return (res.json() as { id: string }).id;
}

test('a send answers one documented result per input and puts the email in the outbox', async () => {
  const { org } = await withOrg();
  try {
    const { status, results } = await send(org, [
      {
        emailAddresses: 'ann@acme.example, bo@acme.example',
        emailSubject: 'Your plan',
        emailBody: 'Here is the link.',
        senderType: 'CurrentUser'
      }
    ]);
    assert.equal(status, 200);
    assert.deepEqual(results, [
      { actionName: 'emailSimple', errors: null, isSuccess: true, outputValues: null }
    ]);
    assert.deepEqual(org.outbox.messages(), [
      {
        id: 1,
        sentAt: `${TODAY}T12:00:00.000Z`,
        fromUserId: org.store.adminUserId,
        senderType: 'CurrentUser',
        senderAddress: null,
        to: ['ann@acme.example', 'bo@acme.example'],
        cc: [],
        bcc: [],
        subject: 'Your plan',
        body: 'Here is the link.',
        richBody: false,
        recipientId: null,
        relatedRecordId: null,
        logged: false
      }
    ]);
    // Copies: what a caller does to them does not change the outbox.
    org.outbox.messages()[0].to.push('mallory@evil.example');
    assert.deepEqual(org.outbox.messages()[0].to, ['ann@acme.example', 'bo@acme.example']);
  } finally {
    await org.close();
  }
});

test('a failing input fails alone; the others are sent, in request order', async () => {
  const { org } = await withOrg();
  try {
    const { status, results } = await send(org, [
      mail(1),
      { emailAddresses: 'x@acme.example', emailSubject: 'No body' },
      mail(3, { emailAddresses: 'not-an-address' }),
      mail(4, { emailAddressesArray: ['d@acme.example'], ccRecipientAddressList: 'e@acme.example' }),
      mail(5, { senderType: 'OrgWideEmailAddress' }),
      { emailSubject: 'Nobody', emailBody: 'to no one' }
    ]);
    assert.equal(status, 200, 'some inputs succeeded');
    assert.deepEqual(
      results.map((r) => [r.isSuccess, r.errors?.[0].statusCode ?? null, r.errors?.[0].fields ?? null]),
      [
        [true, null, null],
        [false, 'REQUIRED_FIELD_MISSING', ['emailBody']],
        [false, 'INVALID_EMAIL_ADDRESS', ['emailAddresses']],
        [true, null, null],
        [false, 'REQUIRED_FIELD_MISSING', ['senderAddress']],
        [false, 'REQUIRED_FIELD_MISSING', []]
      ]
    );
    assert.ok(results.every((r) => r.actionName === 'emailSimple' && r.outputValues === null));
    assert.match(results[2].errors?.[0].message ?? '', /not-an-address/);
    const sent = org.outbox.messages();
    assert.deepEqual(
      sent.map((m) => [m.subject, m.to, m.cc]),
      [
        ['Subject 1', ['buyer1@acme.example'], []],
        ['Subject 4', ['buyer4@acme.example', 'd@acme.example'], ['e@acme.example']]
      ]
    );

    const allFailed = await send(org, [{ emailAddresses: 'a@acme.example', emailBody: 'x' }]);
    assert.equal(allFailed.status, 400, 'no input succeeded');
    assert.equal(allFailed.results[0].errors?.[0].statusCode, 'REQUIRED_FIELD_MISSING');
    assert.equal(org.outbox.messages().length, 2);
  } finally {
    await org.close();
  }
});

test('more than 200 inputs are refused whole; 200 are sent; at most 150 recipients an email', async () => {
  const { org } = await withOrg();
  try {
    const tooMany = Array.from({ length: ACTION_LIMITS.inputsPerRequest + 1 }, (_v, i) => mail(i));
    const refused = await raw(org, 'POST', SEND, { inputs: tooMany });
    assert.equal(refused.status, 400);
    assert.equal((refused.json() as { errorCode: string }[])[0].errorCode, 'LIMIT_EXCEEDED');
    assert.equal(org.outbox.messages().length, 0, 'nothing of a refused request is sent');

    const { status, results } = await send(org, tooMany.slice(0, ACTION_LIMITS.inputsPerRequest));
    assert.equal(status, 200);
    assert.equal(results.length, 200);
    assert.deepEqual(
      org.outbox.messages().map((m) => m.id),
      Array.from({ length: 200 }, (_v, i) => i + 1)
    );

    const addresses = (from: number, n: number) =>
      Array.from({ length: n }, (_v, i) => `p${from + i}@acme.example`);
    // emailAddresses (1) + a collection (139 or 140) + bcc (10): 150 is the most one email may name.
    const wide = await send(org, [
      mail(1, { emailAddressesArray: addresses(0, 140), bccRecipientAddressCollection: addresses(500, 10) }),
      mail(2, { emailAddressesArray: addresses(0, 139), bccRecipientAddressCollection: addresses(500, 10) })
    ]);
    assert.equal(wide.results[0].errors?.[0].statusCode, 'LIMIT_EXCEEDED', '151 recipients');
    assert.equal(wide.results[1].isSuccess, true, '150 recipients');
    const last = org.outbox.messages().at(-1);
    assert.deepEqual([last?.to.length, last?.bcc.length], [140, 10]);
  } finally {
    await org.close();
  }
});

test('Contact.HasOptedOutOfEmail: false by default; an opted-out recipient is refused; logEmailOnSend is kept', async () => {
  const { org, conn } = await withOrg();
  try {
    const { oppId } = await seedPlan(conn);
    const describe = await conn.sobject('Contact').describe();
    const field = describe.fields.find((f) => f.name === 'HasOptedOutOfEmail');
    assert.deepEqual(
      [field?.type, field?.label, field?.createable, field?.updateable, field?.defaultValue],
      ['boolean', 'Email Opt Out', true, true, false]
    );
    const willing = await contact(org, { Email: 'will@acme.example' });
    const optedOut = await contact(org, { Email: 'nope@acme.example', HasOptedOutOfEmail: true });
    const read = (await conn.sobject('Contact').retrieve(willing)) as { HasOptedOutOfEmail: boolean };
    assert.equal(read.HasOptedOutOfEmail, false);

    const { results } = await send(org, [
      { recipientId: optedOut, emailSubject: 'Plan', emailBody: 'Link', emailAddresses: 'cc@acme.example' },
      {
        recipientId: willing,
        relatedRecordId: oppId,
        logEmailOnSend: true,
        emailSubject: 'Plan',
        emailBody: 'Link'
      },
      mail(3, { logEmailOnSend: true }),
      mail(4, { recipientId: oppId })
    ]);
    assert.equal(results[0].isSuccess, false);
    assert.deepEqual(
      [results[0].errors?.[0].statusCode, results[0].errors?.[0].fields],
      ['EMAIL_OPTED_OUT', ['recipientId']]
    );
    assert.equal(results[1].isSuccess, true);
    assert.equal(results[2].isSuccess, true);
    assert.equal(
      results[3].errors?.[0].statusCode,
      'INVALID_CROSS_REFERENCE_KEY',
      'an opportunity is no recipient'
    );
    const [toWilling, unlogged] = org.outbox.messages();
    assert.deepEqual(
      [toWilling.to, toWilling.recipientId, toWilling.relatedRecordId, toWilling.logged],
      [['will@acme.example'], willing, oppId, true]
    );
    assert.equal(unlogged.logged, false, 'logEmailOnSend without a record to log on: sent, not logged');
    assert.equal(org.outbox.messages().length, 2, 'nothing went to the opted-out contact, nor to its cc');

    // Opting back in (an update) lets the email through.
    await conn.sobject('Contact').update({ Id: optedOut, HasOptedOutOfEmail: false });
    const again = await send(org, [
      { recipientId: optedOut.slice(0, 15), emailSubject: 'Plan', emailBody: 'Link' }
    ]);
    assert.equal(again.results[0].isSuccess, true, again.results[0].errors?.[0].message);
    assert.deepEqual(org.outbox.messages().at(-1)?.to, ['nope@acme.example']);
    assert.equal(org.outbox.messages().at(-1)?.recipientId, optedOut, '15-char Ids are read as 18');

    // A row loaded without the checkbox (demo data, insertRaw) holds its default, so filters find it.
    const [loaded] = org.store.insertRaw('Contact', [{ LastName: 'Loaded', Name: 'Loaded' }]);
    const filtered = await conn.query<{ Id: string }>(
      'SELECT Id FROM Contact WHERE HasOptedOutOfEmail = false ORDER BY Id'
    );
    assert.deepEqual(
      filtered.records.map((r) => r.Id),
      [willing, optedOut, loaded]
    );
  } finally {
    await org.close();
  }
});

test('the outbox over HTTP (token only) and in process; reset empties it', async () => {
  const { org } = await withOrg();
  try {
    await send(org, [mail(1), mail(2)]);
    const denied = await raw(org, 'GET', '/__local/outbox', undefined, { Authorization: 'Bearer nope' });
    assert.equal(denied.status, 401);
    const listed = (await raw(org, 'GET', '/__local/outbox')).json() as {
      messages: { id: number; subject: string }[];
    };
    assert.deepEqual(
      listed.messages.map((m) => [m.id, m.subject]),
      [
        [1, 'Subject 1'],
        [2, 'Subject 2']
      ]
    );
    assert.deepEqual(listed.messages, org.outbox.messages());
    const reset = await raw(org, 'POST', '/__local/outbox/reset', {});
    assert.deepEqual(reset.json(), { messages: [] });
    assert.deepEqual(org.outbox.messages(), []);
    await send(org, [mail(3)]);
    assert.deepEqual(
      org.outbox.messages().map((m) => m.id),
      [3],
      'ids keep counting after a reset'
    );
    org.outbox.reset();
    assert.equal(((await raw(org, 'GET', '/__local/outbox')).json() as { messages: [] }).messages.length, 0);
  } finally {
    await org.close();
  }
});

test('a send is one metered API call, refused or not', async () => {
  const { org } = await withOrg();
  try {
    org.meter.reset();
    const used = org.limits.used;
    const res = await raw(org, 'POST', SEND, { inputs: [mail(1), mail(2), mail(3)] });
    assert.equal(res.headers.get('sforce-limit-info'), `api-usage=${used + 1}/100000`);
    const refused = await raw(org, 'POST', SEND, { inputs: Array.from({ length: 201 }, (_v, i) => mail(i)) });
    assert.equal(refused.status, 400);
    const meter = org.meter.snapshot();
    assert.deepEqual(meter.calls, { 'POST /actions/standard/emailSimple': 2 });
    assert.equal(meter.totalCalls, 2);
    assert.equal(meter.rowsWritten, 0, 'no record is written');
    assert.equal(org.limits.used, used + 2);
  } finally {
    await org.close();
  }
});

test("a rep's session sends as the rep", async () => {
  const { org } = await withOrg();
  try {
    const rita = rep(org);
    await send(org, [mail(1)], rita.token);
    await send(org, [mail(2)]);
    assert.deepEqual(
      org.outbox.messages().map((m) => [m.subject, m.fromUserId]),
      [
        ['Subject 1', rita.userId],
        ['Subject 2', org.store.adminUserId]
      ]
    );
  } finally {
    await org.close();
  }
});

test('list and describe; inputs by API version; unknown actions; not inside a composite', async () => {
  const { org } = await withOrg();
  try {
    const list = (await raw(org, 'GET', `${V}/actions/standard`)).json() as {
      actions: { name: string; type: string; url: string }[];
    };
    assert.deepEqual(list.actions, [
      { label: 'Send Email', name: 'emailSimple', type: 'EMAILSIMPLE', url: SEND },
      {
        label: 'Send Custom Notification',
        name: 'customNotificationAction',
        type: 'CUSTOMNOTIFICATIONACTION',
        url: `${V}/actions/standard/customNotificationAction`
      }
    ]);
    const names = async (version: string) =>
      (
        (await raw(org, 'GET', `/services/data/v${version}/actions/standard/emailSimple`)).json() as {
          inputs: { name: string; required: boolean }[];
        }
      ).inputs.map((i) => i.name);
    const v68 = await names('68.0');
    assert.ok(
      ['recipientAddresses', 'ccAddresses', 'recipientId', 'logEmailOnSend'].every((n) => v68.includes(n))
    );
    const v57 = await names('57.0');
    assert.ok(v57.includes('emailAddresses') && !v57.includes('recipientId') && !v57.includes('ccAddresses'));

    // An input of a later version is not read: at 64.0 recipientAddresses names nobody.
    const at64 = await send(
      org,
      [{ recipientAddresses: 'a@acme.example', emailSubject: 's', emailBody: 'b' }],
      org.token,
      '/services/data/v64.0/actions/standard/emailSimple'
    );
    assert.equal(at64.results[0].errors?.[0].statusCode, 'REQUIRED_FIELD_MISSING');
    const at65 = await send(
      org,
      [
        {
          recipientAddresses: ['a@acme.example'],
          ccAddresses: 'b@acme.example',
          emailSubject: 's',
          emailBody: 'b'
        }
      ],
      org.token,
      '/services/data/v65.0/actions/standard/emailSimple'
    );
    assert.equal(at65.results[0].isSuccess, true);
    assert.deepEqual(
      [org.outbox.messages()[0].to, org.outbox.messages()[0].cc],
      [['a@acme.example'], ['b@acme.example']]
    );

    assert.equal((await raw(org, 'POST', `${V}/actions/standard/chatterPost`, { inputs: [{}] })).status, 404);
    assert.equal((await raw(org, 'GET', `${V}/actions/standard/chatterPost`)).status, 404);
    const template = await send(org, [mail(1, { emailTemplateId: '00X5g0000000001AAA' })]);
    assert.equal(template.results[0].errors?.[0].fields[0], 'emailTemplateId', 'templates are not supported');

    const composite = (
      await raw(org, 'POST', `${V}/composite`, {
        compositeRequest: [{ method: 'POST', url: SEND, referenceId: 'mail', body: { inputs: [mail(9)] } }]
      })
    ).json() as { compositeResponse: { httpStatusCode: number }[] };
    assert.equal(composite.compositeResponse[0].httpStatusCode, 400);
    assert.equal(org.outbox.messages().length, 1, 'a composite sends no email');
  } finally {
    await org.close();
  }
});

test('a database file written before HasOptedOutOfEmail existed gains the column, false for old rows', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'localorg-optout-'));
  const dbPath = path.join(dir, 'org.db');
  try {
    const first = await withOrg({ dbPath });
    const oldId = await contact(first.org, { Email: 'old@acme.example' });
    await first.org.close();
    const db = new DatabaseSync(dbPath);
    db.exec('ALTER TABLE "Contact" DROP COLUMN "HasOptedOutOfEmail"');
    db.close();

    const { org, conn } = await withOrg({ dbPath });
    try {
      const newId = await contact(org, { Email: 'new@acme.example', HasOptedOutOfEmail: true });
      const rows = await conn.query<{ Id: string; HasOptedOutOfEmail: boolean }>(
        'SELECT Id, HasOptedOutOfEmail FROM Contact WHERE HasOptedOutOfEmail = false'
      );
      assert.deepEqual(
        rows.records.map((r) => [r.Id, r.HasOptedOutOfEmail]),
        [[oldId, false]]
      );
      assert.equal(
        (await send(org, [{ recipientId: newId, emailSubject: 's', emailBody: 'b' }])).status,
        400
      );
    } finally {
      await org.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
