import type { OrgClient } from './orgClient.ts';
import { backoffDelay, sleep, type RetryPolicy } from './retry.ts';
import { SalesforceApiError, isTransient } from './errors.ts';

/** The errorCode of a record left unsent because the run's API budget ran out. */
export const NOT_SENT = 'API_BUDGET';

/** sObject Collections take at most 200 records a request. */
export const COLLECTION_SIZE = 200;

export interface SaveRecord {
  attributes: { type: string };
  [field: string]: unknown;
}

interface SaveResult {
  id?: string;
  success: boolean;
  created?: boolean;
  errors: { statusCode: string; message: string; fields?: string[] }[];
}

export interface RecordFailure {
  /** The record's Id, or its external ID for an upsert. */
  key: string;
  errorCode: string;
  message: string;
}

export interface SaveOutcome {
  ids: (string | null)[];
  created: boolean[];
  failures: RecordFailure[];
  retried: number;
}

/**
 * Saves records through sObject Collections, 200 a request. Row-lock and transient failures are
 * retried with backoff (jsforce never retries a PATCH or POST); other per-record errors are
 * returned, in request order, for the caller to report.
 */
export async function saveCollection(
  client: OrgClient,
  mode:
    { kind: 'update' } | { kind: 'upsert'; sobject: string; externalIdField: string } | { kind: 'create' },
  records: readonly SaveRecord[],
  options: {
    allOrNone: boolean;
    retry: RetryPolicy;
    keyOf: (record: SaveRecord) => string;
    onBatch?: (done: number) => void;
    /** Each request's outcome as it comes: records saved, and records the org refused. */
    onSaved?: (saved: number, refused: number) => void;
  }
): Promise<SaveOutcome> {
  const outcome: SaveOutcome = { ids: [], created: [], failures: [], retried: 0 };
  for (let start = 0; start < records.length; start += COLLECTION_SIZE) {
    const batch = records.slice(start, start + COLLECTION_SIZE);
    const results = await saveBatchWithRetry(client, mode, batch, options, outcome);
    options.onSaved?.(
      results.filter((r) => r.success).length,
      results.filter((r) => !r.success && r.errors.at(0)?.statusCode !== NOT_SENT).length
    );
    results.forEach((result, index) => {
      outcome.ids.push(result.success ? (result.id ?? null) : null);
      outcome.created.push(result.created === true);
      if (!result.success) {
        const first = result.errors.at(0);
        outcome.failures.push({
          key: options.keyOf(batch[index]),
          errorCode: first?.statusCode ?? 'UNKNOWN_ERROR',
          message: first?.message ?? 'no message'
        });
      }
    });
    options.onBatch?.(Math.min(records.length, start + COLLECTION_SIZE));
  }
  return outcome;
}

async function saveBatchWithRetry(
  client: OrgClient,
  mode:
    { kind: 'update' } | { kind: 'upsert'; sobject: string; externalIdField: string } | { kind: 'create' },
  batch: readonly SaveRecord[],
  options: { allOrNone: boolean; retry: RetryPolicy },
  outcome: SaveOutcome
): Promise<SaveResult[]> {
  const results: (SaveResult | undefined)[] = new Array<SaveResult | undefined>(batch.length).fill(undefined);
  let pending = batch.map((_, index) => index);
  for (let attempt = 1; pending.length > 0; attempt++) {
    if (!client.meter.allows(1)) {
      // Out of API budget: what is still pending is reported as not sent, never half-known.
      for (const index of pending)
        results[index] = {
          success: false,
          errors: [{ statusCode: NOT_SENT, message: 'not sent: the API budget ran out' }]
        };
      break;
    }
    let answer: SaveResult[];
    try {
      answer = await send(
        client,
        mode,
        pending.map((index) => batch[index]),
        options.allOrNone
      );
    } catch (error) {
      // A transient failure of the whole request (5xx, timeout): the save is idempotent, send it again.
      if (!isTransient(error) || attempt >= options.retry.attempts) throw error;
      outcome.retried += pending.length;
      await sleep(backoffDelay(options.retry, attempt));
      continue;
    }
    const stillLocked: number[] = [];
    answer.forEach((result, position) => {
      const index = pending[position];
      const lockedOrBusy =
        !result.success &&
        result.errors.some((e) => isTransient(new SalesforceApiError(e.statusCode, e.message, 400)));
      if (lockedOrBusy && attempt < options.retry.attempts) stillLocked.push(index);
      else results[index] = result;
    });
    if (stillLocked.length > 0) {
      outcome.retried += stillLocked.length;
      await sleep(backoffDelay(options.retry, attempt));
    }
    pending = stillLocked;
  }
  return results.map(
    (result) => result ?? { success: false, errors: [{ statusCode: 'UNKNOWN_ERROR', message: 'no result' }] }
  );
}

async function send(
  client: OrgClient,
  mode:
    { kind: 'update' } | { kind: 'upsert'; sobject: string; externalIdField: string } | { kind: 'create' },
  records: readonly SaveRecord[],
  allOrNone: boolean
): Promise<SaveResult[]> {
  if (mode.kind === 'update') {
    return client.requestJson<SaveResult[]>(
      'PATCH',
      '/composite/sobjects',
      { allOrNone, records },
      'rest:collections-update'
    );
  }
  if (mode.kind === 'create') {
    return client.requestJson<SaveResult[]>(
      'POST',
      '/composite/sobjects',
      { allOrNone, records },
      'rest:collections-create'
    );
  }
  return client.requestJson<SaveResult[]>(
    'PATCH',
    `/composite/sobjects/${mode.sobject}/${mode.externalIdField}`,
    { allOrNone, records },
    'rest:collections-upsert'
  );
}

/** Deletes records by Id through sObject Collections, 200 a request, all or none per request. */
export async function deleteCollection(client: OrgClient, ids: readonly string[]): Promise<RecordFailure[]> {
  const failures: RecordFailure[] = [];
  for (let start = 0; start < ids.length; start += COLLECTION_SIZE) {
    const batch = ids.slice(start, start + COLLECTION_SIZE);
    const results = await client.requestJson<SaveResult[]>(
      'DELETE',
      `/composite/sobjects?ids=${batch.join(',')}&allOrNone=true`,
      undefined,
      'rest:collections-delete'
    );
    results.forEach((result, index) => {
      if (!result.success)
        failures.push({
          key: batch[index],
          errorCode: result.errors[0]?.statusCode ?? 'UNKNOWN_ERROR',
          message: result.errors[0]?.message ?? ''
        });
    });
  }
  return failures;
}
