import type { OrgClient } from '../../salesforce/orgClient.ts';
import { bulkUpdate } from '../../salesforce/bulkIngest.ts';
import {
  saveCollection,
  COLLECTION_SIZE,
  NOT_SENT,
  type RecordFailure,
  type SaveRecord
} from '../../salesforce/collections.ts';
import { csvCell } from '../../salesforce/csv.ts';
import { backoffDelay, sleep, type RetryPolicy } from '../../salesforce/retry.ts';
import { isTransient, SalesforceApiError } from '../../salesforce/errors.ts';
import type { Reporter } from '../reporter.ts';
import type { FieldValue } from '../values.ts';

/** One record's changed fields (an Opportunity's roll-up fields, or a plan step's caused slip). */
export interface RecordChange {
  id: string;
  name: string;
  fields: Record<string, FieldValue>;
}

export type OpportunityChange = RecordChange;

/** The objects the roll-up writes. */
export type WrittenObject = 'Opportunity' | 'Plan_Step__c' | 'Plan_Health_History__c';

const PLURAL: Record<WrittenObject, string> = {
  Opportunity: 'opportunities',
  Plan_Step__c: 'plan steps',
  Plan_Health_History__c: 'plan health changes'
};

/**
 * The field a change's `id` is: Id for updates, an external ID for objects the roll-up upserts
 * (a history row is new once, then found by its key).
 */
const KEY_FIELD: Record<WrittenObject, string> = {
  Opportunity: 'Id',
  Plan_Step__c: 'Id',
  Plan_Health_History__c: 'Change_Key__c'
};

export interface WriteOutcome {
  api: 'rest' | 'bulk' | 'none';
  written: number;
  retried: number;
  failures: RecordFailure[];
  /** Changes not sent because the API budget ran out; the next run writes them. */
  notSent: number;
}

/** Calls a Bulk API 2.0 update takes: create, upload, close, a few polls, failed results. */
export const BULK_WRITE_CALLS = 8;

export function restWriteCalls(changes: number): number {
  return Math.ceil(changes / COLLECTION_SIZE);
}

function toRecord(sobject: WrittenObject, change: RecordChange): SaveRecord {
  return { attributes: { type: sobject }, [KEY_FIELD[sobject]]: change.id, ...change.fields };
}

/**
 * One CSV for a Bulk update, as the bytes to upload: a blank cell leaves a field as it is, #N/A
 * clears it. Measured first, then written into one buffer of that size, so a large update is never
 * also held as its lines, their joined text and that text's encoding at once.
 */
export function changesToCsv(changes: readonly RecordChange[], keyField = 'Id'): Buffer {
  const names = new Set<string>();
  for (const change of changes) for (const name of Object.keys(change.fields)) names.add(name);
  const columns = [...names].sort();
  const header = [keyField, ...columns].join(',') + '\n';
  const line = (change: RecordChange): string => {
    const cells = [change.id];
    for (const column of columns)
      cells.push(column in change.fields ? csvCell(change.fields[column] ?? null) : '');
    return cells.join(',') + '\n';
  };
  let size = Buffer.byteLength(header);
  for (const change of changes) size += Buffer.byteLength(line(change));
  const csv = Buffer.allocUnsafe(size);
  let offset = csv.write(header);
  for (const change of changes) offset += csv.write(line(change), offset);
  return csv;
}

async function writeRest(
  client: OrgClient,
  sobject: WrittenObject,
  changes: readonly RecordChange[],
  retry: RetryPolicy,
  reporter: Reporter
): Promise<WriteOutcome> {
  const affordable = Math.max(0, client.meter.remaining) * COLLECTION_SIZE;
  const sending = changes.slice(0, Math.min(changes.length, affordable));
  const records = sending.map((change) => toRecord(sobject, change));
  const label = PLURAL[sobject];
  let settled = 0;
  let outcome: Awaited<ReturnType<typeof saveCollection>>;
  try {
    const keyField = KEY_FIELD[sobject];
    const mode =
      keyField === 'Id'
        ? ({ kind: 'update' } as const)
        : ({ kind: 'upsert', sobject, externalIdField: keyField } as const);
    outcome = await saveCollection(client, mode, records, {
      allOrNone: false,
      retry,
      keyOf: (record) => String(record[KEY_FIELD[sobject]]),
      onBatch: (done) => reporter.progress(`Writing ${label}`, done, sending.length),
      onSaved: (saved, refused) => {
        settled += saved + refused;
        reporter.ledger.wrote(label, saved);
        reporter.ledger.rejected(label, refused);
      }
    });
  } catch (error) {
    // A request that failed for want of an answer (5xx, cut off) may have been carried out.
    if (isTransient(error))
      reporter.ledger.unconfirmed(label, Math.min(COLLECTION_SIZE, sending.length - settled));
    throw error;
  }
  const unsent = outcome.failures.filter((f) => f.errorCode === NOT_SENT).length;
  return {
    api: 'rest',
    written: sending.length - outcome.failures.length,
    retried: outcome.retried,
    failures: outcome.failures.filter((f) => f.errorCode !== NOT_SENT),
    notSent: changes.length - sending.length + unsent
  };
}

async function writeBulk(
  client: OrgClient,
  sobject: WrittenObject,
  changes: readonly RecordChange[],
  retry: RetryPolicy,
  reporter: Reporter,
  pollIntervalMs: number,
  restWriteMax: number
): Promise<WriteOutcome> {
  let pending = [...changes];
  const result: WriteOutcome = { api: 'bulk', written: 0, retried: 0, failures: [], notSent: 0 };
  for (let attempt = 1; pending.length > 0; attempt++) {
    if (pending.length <= restWriteMax && attempt > 1) {
      // A few locked rows left: a REST collection retry is cheaper than another Bulk job.
      const rest = await writeRest(client, sobject, pending, retry, reporter);
      result.written += rest.written;
      result.retried += rest.retried;
      result.failures.push(...rest.failures);
      result.notSent += rest.notSent;
      return result;
    }
    if (!client.meter.allows(BULK_WRITE_CALLS)) {
      result.notSent += pending.length;
      return result;
    }
    reporter.step(
      `Writing ${pending.length.toLocaleString('en-US')} ${PLURAL[sobject]} through a Bulk API 2.0 job…`
    );
    const sent = { closed: false };
    let job: Awaited<ReturnType<typeof bulkUpdate>>;
    try {
      const keyField = KEY_FIELD[sobject];
      job = await bulkUpdate(
        client,
        sobject,
        changesToCsv(pending, keyField),
        pollIntervalMs,
        () => {
          sent.closed = true;
        },
        keyField === 'Id' ? undefined : keyField
      );
    } catch (error) {
      // Once closed, the job is the org's: its rows may be written yet, so they are not "not written".
      if (sent.closed) reporter.ledger.unconfirmed(PLURAL[sobject], pending.length);
      throw error;
    }
    const refusedBefore = result.failures.length;
    const byId = new Map(pending.map((c) => [c.id, c]));
    const retryable: RecordChange[] = [];
    const failedIds = new Set<string>();
    for (const failure of job.failures) {
      failedIds.add(failure.id);
      const change = byId.get(failure.id);
      if (
        change &&
        isTransient(new SalesforceApiError(failure.errorCode, failure.message, 400)) &&
        attempt < retry.attempts
      )
        retryable.push(change);
      else result.failures.push({ key: failure.id, errorCode: failure.errorCode, message: failure.message });
    }
    for (const id of job.unprocessed) {
      failedIds.add(id);
      const change = byId.get(id);
      if (change) retryable.push(change);
    }
    result.written += pending.length - failedIds.size;
    reporter.ledger.wrote(PLURAL[sobject], pending.length - failedIds.size);
    reporter.ledger.rejected(PLURAL[sobject], result.failures.length - refusedBefore);
    result.retried += retryable.length;
    pending = retryable;
    if (pending.length > 0) await sleep(backoffDelay(retry, attempt));
  }
  return result;
}

/**
 * Writes each changed record once, in Id order (fewer lock collisions on shared parents):
 * opportunities unless `sobject` says otherwise; history rows are upserted on their key.
 */
export async function writeChanges(
  client: OrgClient,
  changes: RecordChange[],
  options: {
    api: 'rest' | 'bulk';
    retry: RetryPolicy;
    pollIntervalMs: number;
    restWriteMax: number;
    sobject?: WrittenObject;
  },
  reporter: Reporter
): Promise<WriteOutcome> {
  if (changes.length === 0) return { api: 'none', written: 0, retried: 0, failures: [], notSent: 0 };
  const sobject = options.sobject ?? 'Opportunity';
  reporter.ledger.plan(PLURAL[sobject], changes.length);
  changes.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return options.api === 'rest'
    ? writeRest(client, sobject, changes, options.retry, reporter)
    : writeBulk(
        client,
        sobject,
        changes,
        options.retry,
        reporter,
        options.pollIntervalMs,
        options.restWriteMax
      );
}
