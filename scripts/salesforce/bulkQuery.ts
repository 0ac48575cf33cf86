import type { OrgClient } from './orgClient.ts';
import { createJob } from './bulkJobs.ts';
import { CsvStreamParser, toRecord } from './csv.ts';
import { sleep } from './retry.ts';
import { SalesforceApiError } from './errors.ts';

interface QueryJobInfo {
  id: string;
  state: 'UploadComplete' | 'InProgress' | 'JobComplete' | 'Failed' | 'Aborted';
  errorMessage?: string;
  numberRecordsProcessed?: number;
}

export interface BulkQueryOptions {
  /**
   * Records per results page (maxRecords). Pages are parsed as they stream in, so their size costs
   * no memory: fewer, larger pages mean fewer API calls but longer downloads, which Salesforce
   * recommends bounding to avoid timeouts.
   */
  pageSize: number;
  pollIntervalMs: number;
  pollTimeoutMs: number;
  onPage?: (rows: number) => void;
}

export const DEFAULT_BULK_QUERY: BulkQueryOptions = {
  pageSize: 250_000,
  pollIntervalMs: 1_000,
  pollTimeoutMs: 600_000
};

/** One result row, keyed by column name (Bulk's null is an empty string). */
export type BulkRecord = Record<string, string>;

/**
 * Runs a Bulk API 2.0 query job and hands each result row to `onRecord` as its page streams in:
 * neither a page's text nor its rows are ever held whole, so memory is what the caller keeps.
 * Polls back off to spare the API allocation.
 */
export async function bulkQuery(
  client: OrgClient,
  soql: string,
  onRecord: (record: BulkRecord) => void,
  options: BulkQueryOptions = DEFAULT_BULK_QUERY
): Promise<void> {
  // The create is retried where safe (bulkJobs.ts); polls and result pages are GETs, which
  // OrgClient retries. A page is retried only before its first row arrives.
  const { job } = await createJob<QueryJobInfo>(client, 'query', {
    operation: 'query',
    query: soql,
    contentType: 'CSV',
    columnDelimiter: 'COMMA',
    lineEnding: 'LF'
  });
  await waitForQueryJob(client, job.id, options);

  let locator: string | null = null;
  do {
    const params = new URLSearchParams({ maxRecords: String(options.pageSize) });
    if (locator) params.set('locator', locator);
    const page = await client.stream(`/jobs/query/${job.id}/results?${params.toString()}`, {
      accept: 'text/csv',
      endpoint: 'bulk:query-results'
    });
    const next = page.headers.get('sforce-locator');
    locator = next && next !== 'null' ? next : null;
    const rows = await readPage(page.body, onRecord);
    options.onPage?.(rows);
  } while (locator);
}

/** Parses one results page (its own header row first) as it streams; returns its row count. */
async function readPage(
  body: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  onRecord: (record: BulkRecord) => void
): Promise<number> {
  let header: string[] | undefined;
  let rows = 0;
  const parser = new CsvStreamParser((cells) => {
    if (!header) {
      header = cells;
      return;
    }
    rows++;
    onRecord(toRecord(header, cells));
  });
  for await (const chunk of body) parser.push(chunk);
  parser.end();
  return rows;
}

async function waitForQueryJob(client: OrgClient, jobId: string, options: BulkQueryOptions): Promise<void> {
  const started = Date.now();
  let interval = Math.min(options.pollIntervalMs, 250);
  for (;;) {
    const response = await client.raw('GET', `/jobs/query/${jobId}`, {
      accept: 'application/json',
      endpoint: 'bulk:query-poll'
    });
    const info = JSON.parse(response.text) as QueryJobInfo;
    if (info.state === 'JobComplete') return;
    if (info.state === 'Failed' || info.state === 'Aborted') {
      throw new SalesforceApiError(
        'BULK_QUERY_FAILED',
        `Bulk query job ${jobId} ${info.state.toLowerCase()}: ${info.errorMessage ?? 'no reason given'}`,
        400
      );
    }
    if (Date.now() - started > options.pollTimeoutMs) {
      throw new SalesforceApiError(
        'QUERY_TIMEOUT',
        `Bulk query job ${jobId} did not finish within ${options.pollTimeoutMs / 1000} s.`,
        408
      );
    }
    await sleep(interval);
    interval = Math.min(options.pollIntervalMs * 8, interval * 2);
  }
}
