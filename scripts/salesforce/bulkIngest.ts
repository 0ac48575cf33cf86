import type { OrgClient } from './orgClient.ts';
import { csvRecords } from './csv.ts';
import { abortJob, closeIngestJob, createJob } from './bulkJobs.ts';
import { backoffDelay, sleep } from './retry.ts';
import { isTransient, SalesforceApiError } from './errors.ts';

interface IngestJobInfo {
  id: string;
  state: 'Open' | 'UploadComplete' | 'InProgress' | 'JobComplete' | 'Failed' | 'Aborted';
  errorMessage?: string;
  numberRecordsProcessed?: number;
  numberRecordsFailed?: number;
}

export interface IngestFailure {
  id: string;
  errorCode: string;
  message: string;
}

export interface IngestResult {
  jobId: string;
  succeeded: number;
  failures: IngestFailure[];
  /** Ids the job never processed (a job that failed part-way). */
  unprocessed: string[];
}

/**
 * Updates records through one Bulk API 2.0 ingest job from a CSV whose first column is Id (or,
 * given `upsertOn`, upserts them on that external ID, the CSV's first column). Each job call is
 * retried where that is safe (bulkJobs.ts); `onClosed` hears the moment the job is the org's to
 * process, after which a failure leaves its outcome unknown, not undone. Failures and unprocessed
 * rows are named by Id, or by the external ID for an upsert.
 */
export async function bulkUpdate(
  client: OrgClient,
  sobject: string,
  csv: string | Uint8Array,
  pollIntervalMs: number,
  onClosed?: (jobId: string) => void,
  upsertOn?: string
): Promise<IngestResult> {
  let job: IngestJobInfo;
  const keyField = upsertOn ?? 'Id';
  for (let attempt = 1; ; attempt++) {
    ({ job } = await createJob<IngestJobInfo>(client, 'ingest', {
      object: sobject,
      contentType: 'CSV',
      columnDelimiter: 'COMMA',
      lineEnding: 'LF',
      ...(upsertOn ? { operation: 'upsert', externalIdFieldName: upsertOn } : { operation: 'update' })
    }));
    try {
      await client.raw('PUT', `/jobs/ingest/${job.id}/batches`, {
        body: csv,
        contentType: 'text/csv',
        endpoint: 'bulk:ingest-upload'
      });
      break;
    } catch (error) {
      // The job is still Open, so nothing in it has run: abort it, and make the job again.
      await abortJob(client, 'ingest', job.id).catch(() => undefined);
      if (!isTransient(error) || attempt >= client.retry.attempts) throw error;
      await sleep(backoffDelay(client.retry, attempt));
    }
  }
  await closeIngestJob(client, job.id);
  onClosed?.(job.id);

  let interval = Math.min(pollIntervalMs, 250);
  let info: IngestJobInfo;
  for (;;) {
    const response = await client.raw('GET', `/jobs/ingest/${job.id}`, {
      accept: 'application/json',
      endpoint: 'bulk:ingest-poll'
    });
    info = JSON.parse(response.text) as IngestJobInfo;
    if (info.state === 'JobComplete' || info.state === 'Failed' || info.state === 'Aborted') break;
    await sleep(interval);
    interval = Math.min(pollIntervalMs * 8, interval * 2);
  }

  const failures: IngestFailure[] = [];
  if ((info.numberRecordsFailed ?? 0) > 0 || info.state !== 'JobComplete') {
    const failed = await client.raw('GET', `/jobs/ingest/${job.id}/failedResults`, {
      accept: 'text/csv',
      endpoint: 'bulk:ingest-failed'
    });
    for (const record of csvRecords(failed.text).records) {
      const error = record.sf__Error ?? '';
      const colon = error.indexOf(':');
      failures.push({
        id: (upsertOn ? record[keyField] : undefined) ?? record.sf__Id ?? record.Id ?? '',
        errorCode: colon > 0 ? error.slice(0, colon).trim() : 'UNKNOWN_ERROR',
        message: colon > 0 ? error.slice(colon + 1).trim() : error
      });
    }
  }
  const unprocessed: string[] = [];
  if (info.state !== 'JobComplete') {
    const rest = await client.raw('GET', `/jobs/ingest/${job.id}/unprocessedrecords`, {
      accept: 'text/csv',
      endpoint: 'bulk:ingest-unprocessed'
    });
    for (const record of csvRecords(rest.text).records) {
      const key = record[keyField];
      if (key) unprocessed.push(key);
    }
    if (unprocessed.length === 0 && failures.length === 0) {
      throw new SalesforceApiError(
        'BULK_INGEST_FAILED',
        `Bulk ingest job ${job.id} ${info.state.toLowerCase()}: ${info.errorMessage ?? 'no reason given'}`,
        400
      );
    }
  }
  const processed = info.numberRecordsProcessed ?? 0;
  return { jobId: job.id, succeeded: Math.max(0, processed - failures.length), failures, unprocessed };
}
