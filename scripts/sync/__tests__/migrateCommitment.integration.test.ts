import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { test } from 'node:test';
import { startLocalOrg } from '../../localorg/index.ts';
import { main } from '../main.ts';

/**
 * plan-sync migrate-commitment against the local org: the deprecated Buyer Committed checkbox
 * becomes the Committed state, a commitment set since is kept, a rerun finds nothing, a dry run
 * writes nothing.
 */
async function run(url: string, token: string, args: string[]) {
  const out = new PassThrough();
  let text = '';
  out.on('data', (chunk: Buffer) => (text += chunk.toString()));
  const status = await main(['migrate-commitment', '--json', ...args], out, {
    SF_INSTANCE_URL: url,
    SF_ACCESS_TOKEN: token
  });
  return { status, result: (JSON.parse(text) as { result: { found: number; written: number } }).result };
}

test('migrate-commitment carries the checkbox over, once, without overwriting a newer state', async () => {
  const org = await startLocalOrg({});
  try {
    const account = org.store.insert('Account', { Name: 'Acme' });
    const opportunity = org.store.insert('Opportunity', {
      Name: 'Acme deal',
      AccountId: account,
      StageName: 'Prospecting',
      CloseDate: '2026-12-31'
    });
    const plan = org.store.insert('Mutual_Action_Plan__c', { Name: 'Plan', Opportunity__c: opportunity });
    const step = (title: string, checked: boolean, commitment: string | null) =>
      org.store.insert('Plan_Step__c', {
        Name: title,
        Plan__c: plan,
        Buyer_Committed__c: checked,
        Commitment__c: commitment
      });
    const blank = step('blank, checked', true, null);
    const notAsked = step('not asked, checked', true, 'Not Asked');
    const declined = step('declined since, checked', true, 'Declined');
    const unchecked = step('unchecked', false, null);
    const commitmentOf = (id: string) => org.store.row('Plan_Step__c', id)?.Commitment__c ?? null;

    const dry = await run(org.url, org.token, ['--dry-run']);
    assert.equal(dry.status, 0);
    assert.equal(dry.result.found, 2);
    assert.equal(dry.result.written, 0);
    assert.equal(commitmentOf(blank), null, 'a dry run writes nothing');

    const first = await run(org.url, org.token, []);
    assert.deepEqual([first.status, first.result.found, first.result.written], [0, 2, 2]);
    assert.equal(commitmentOf(blank), 'Committed');
    assert.equal(commitmentOf(notAsked), 'Committed');
    assert.equal(commitmentOf(declined), 'Declined', 'a state set since is kept');
    assert.equal(commitmentOf(unchecked), null);

    const again = await run(org.url, org.token, []);
    assert.deepEqual([again.result.found, again.result.written], [0, 0]);
  } finally {
    await org.close();
  }
});
