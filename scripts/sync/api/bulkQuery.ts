import type { OrgClient } from './orgClient.ts';
import { csvRecords } from './csv.ts';
import { sleep } from './retry.ts';
import { SalesforceApiError } from './syncError.ts';

interface QueryJobInfo {
  id: string;
  state: 'UploadComplete' | 'InProgress' | 'JobComplete' | 'Failed' | 'Aborted';
  errorMessage?: string;
  numberRecordsProcessed?: number;
}

export interface BulkQueryOptions {
  /** Records per results page; fewer pages mean fewer API calls, larger pages more memory. */
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

/**
 * Runs a Bulk API 2.0 query job and yields its results page by page (each page parsed from CSV),
 * so no more than one page is held in memory. Polls back off to spare the API allocation.
 */
export async function* bulkQuery(
  client: OrgClient,
  soql: string,
  options: BulkQueryOptions = DEFAULT_BULK_QUERY
): AsyncGenerator<Record<string, string | undefined>[]> {
  const created = await client.raw('POST', '/jobs/query', {
    body: JSON.stringify({
      operation: 'query',
      query: soql,
      contentType: 'CSV',
      columnDelimiter: 'COMMA',
      lineEnding: 'LF'
    }),
    contentType: 'application/json',
    accept: 'application/json',
    endpoint: 'bulk:query-create'
  });
  const job = JSON.parse(created.text) as QueryJobInfo;
  await waitForQueryJob(client, job.id, options);

  let locator: string | null = null;
  do {
    const params = new URLSearchParams({ maxRecords: String(options.pageSize) });
    if (locator) params.set('locator', locator);
    const page = await client.raw('GET', `/jobs/query/${job.id}/results?${params.toString()}`, {
      accept: 'text/csv',
      endpoint: 'bulk:query-results'
    });
    const next = page.headers.get('sforce-locator');
    locator = next && next !== 'null' ? next : null;
    const { records } = csvRecords(page.text);
    options.onPage?.(records.length);
    yield records;
  } while (locator);
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
