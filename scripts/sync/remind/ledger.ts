import type { OrgClient } from '../../salesforce/orgClient.ts';
import { saveCollection, type RecordFailure, type SaveRecord } from '../../salesforce/collections.ts';
import type { RetryPolicy } from '../../salesforce/retry.ts';
import { text } from '../../salesforce/rowValues.ts';
import { readByValues } from './read.ts';

/**
 * The ledger (Plan_Reminder__c): a row per thing sent once, claimed under a unique key before it is
 * sent. The claim is an insert, not an upsert: an upsert of an existing key would overwrite the
 * row's status, while an insert of it fails with DUPLICATE_VALUE, which is the answer wanted here
 * ("claimed already, by an earlier run or one running now").
 */
export type ReminderKind = 'Task' | 'Overdue Step' | 'Buyer Update' | 'Overdue Review' | 'Buyer Digest';

export interface Claim {
  key: string;
  kind: ReminderKind;
  recordId: string;
  recipientId: string | null;
  planId: string | null;
  detail: string;
}

/** A claim this run holds: its ledger row's Id, to settle it once the send is answered. */
export interface HeldClaim<T extends Claim = Claim> {
  claim: T;
  rowId: string;
}

export function claimRow(item: Claim, runId: string): SaveRecord {
  return {
    attributes: { type: 'Plan_Reminder__c' },
    Reminder_Key__c: item.key,
    Kind__c: item.kind,
    Status__c: 'Claimed',
    Record_Id__c: item.recordId,
    Recipient_Id__c: item.recipientId,
    Plan__c: item.planId,
    Run_Id__c: runId,
    Detail__c: item.detail.slice(0, 255)
  };
}

/** The keys among `keys` the ledger holds already (a few hundred keys a query). */
export async function claimedKeys(client: OrgClient, keys: readonly string[]): Promise<Set<string>> {
  const found = new Set<string>();
  await readByValues(
    client,
    keys,
    (list) => `SELECT Reminder_Key__c FROM Plan_Reminder__c WHERE Reminder_Key__c IN ${list}`,
    (row) => {
      const key = text(row.Reminder_Key__c);
      if (key) found.add(key);
    }
  );
  return found;
}

/**
 * Claims each key: the ones this run now holds, the ones another run (or an earlier one) holds, and
 * the ones the org refused. A create whose answer was lost is sent again by saveCollection; its
 * second answer is DUPLICATE_VALUE, so duplicates are read back and those carrying this run's Id
 * are this run's.
 */
export async function claim<T extends Claim>(
  client: OrgClient,
  claims: readonly T[],
  runId: string,
  retry: RetryPolicy
): Promise<{ held: HeldClaim<T>[]; taken: T[]; failures: RecordFailure[] }> {
  const outcome = await saveCollection(
    client,
    { kind: 'create' },
    claims.map((c) => claimRow(c, runId)),
    { allOrNone: false, retry, keyOf: (record) => String(record.Reminder_Key__c) }
  );
  const held: HeldClaim<T>[] = [];
  const duplicate = new Set<string>();
  const failures: RecordFailure[] = [];
  for (const failure of outcome.failures)
    if (failure.errorCode === 'DUPLICATE_VALUE') duplicate.add(failure.key);
    else failures.push(failure);
  claims.forEach((c, i) => {
    const id = outcome.ids[i];
    if (id) held.push({ claim: c, rowId: id });
  });
  const taken: T[] = [];
  if (duplicate.size > 0) {
    const mine = new Map<string, string>();
    await readByValues(
      client,
      [...duplicate],
      (list) =>
        `SELECT Id, Reminder_Key__c, Run_Id__c, Status__c FROM Plan_Reminder__c WHERE Reminder_Key__c IN ${list}`,
      (row) => {
        if (text(row.Run_Id__c) === runId && text(row.Status__c) === 'Claimed')
          mine.set(String(row.Reminder_Key__c), String(row.Id));
      }
    );
    for (const c of claims) {
      if (!duplicate.has(c.key)) continue;
      const rowId = mine.get(c.key);
      if (rowId) held.push({ claim: c, rowId });
      else taken.push(c);
    }
  }
  return { held, taken, failures };
}

export interface Settlement {
  rowId: string;
  sent: boolean;
  /** What was sent, or why the org refused it. */
  detail: string;
}

/** Writes how each held claim's send went: Sent (with the time) or Failed (with the reason). */
export async function settle(
  client: OrgClient,
  settlements: readonly Settlement[],
  sentAt: string,
  retry: RetryPolicy
): Promise<RecordFailure[]> {
  if (settlements.length === 0) return [];
  const outcome = await saveCollection(
    client,
    { kind: 'update' },
    settlements.map((s) => ({
      attributes: { type: 'Plan_Reminder__c' },
      Id: s.rowId,
      Status__c: s.sent ? 'Sent' : 'Failed',
      Sent_At__c: s.sent ? sentAt : null,
      Detail__c: s.detail.slice(0, 255)
    })),
    { allOrNone: false, retry, keyOf: (record) => String(record.Id) }
  );
  return outcome.failures;
}
