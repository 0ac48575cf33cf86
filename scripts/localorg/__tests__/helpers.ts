import assert from 'node:assert/strict';
import { Connection } from 'jsforce';
import { startLocalOrg, type LocalOrg, type LocalOrgOptions } from '../index.ts';
import { addUser } from '../users.ts';

export const TODAY = '2026-11-24';

export async function withOrg(options: LocalOrgOptions = {}): Promise<{ org: LocalOrg; conn: Connection }> {
  const org = await startLocalOrg({ clock: `${TODAY}T12:00:00Z`, ...options });
  const conn = new Connection({ instanceUrl: org.url, accessToken: org.token, version: '68.0' });
  return { org, conn };
}

/** Minimal plan fixture through the API: account, opportunity, plan. */
export async function seedPlan(
  conn: Connection,
  name = 'Acme'
): Promise<{ accountId: string; oppId: string; planId: string }> {
  const acc = (await conn.sobject('Account').create({ Name: name })) as { id: string };
  const opp = (await conn.sobject('Opportunity').create({
    Name: `${name} deal`,
    AccountId: acc.id,
    StageName: 'Prospecting',
    CloseDate: '2026-12-31',
    Amount: 50000
  })) as { id: string };
  const plan = (await conn
    .sobject('Mutual_Action_Plan__c')
    .create({ Name: `${name} plan`, Opportunity__c: opp.id, Status__c: 'Active' })) as { id: string };
  return { accountId: acc.id, oppId: opp.id, planId: plan.id };
}

/** The Salesforce error a jsforce call rejected with. */
export async function sfError(
  promise: PromiseLike<unknown>
): Promise<{ errorCode: string; message: string; name?: string }> {
  try {
    await promise;
  } catch (error) {
    const e = error as { errorCode?: string; name?: string; message: string };
    return { errorCode: e.errorCode ?? e.name ?? '', message: e.message, name: e.name };
  }
  throw new Error('expected the call to fail');
}

/** The value, asserted present (a failed assertion names what was missing). */
export function defined<T>(value: T | null | undefined, what = 'value'): T {
  assert.ok(value !== undefined && value !== null, `${what} is missing`);
  return value;
}

export async function raw(
  org: LocalOrg,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {}
): Promise<{ status: number; headers: Headers; text: string; json: () => unknown }> {
  const res = await fetch(`${org.url}${path}`, {
    method,
    headers: {
      Authorization: `Bearer ${org.token}`,
      ...(body !== undefined && typeof body !== 'string' ? { 'Content-Type': 'application/json' } : {}),
      ...headers
    },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body)
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, text, json: () => JSON.parse(text) as unknown };
}

/** A second user with a session of their own, as a rep logged in beside the admin. */
export function rep(org: LocalOrg): { userId: string; token: string; conn: Connection } {
  const userId = addUser(org.store, { firstName: 'Rita', lastName: 'Rep', username: 'rita@local.org' });
  const token = org.sessions.issue(userId);
  return {
    userId,
    token,
    conn: new Connection({ instanceUrl: org.url, accessToken: token, version: '68.0' })
  };
}
