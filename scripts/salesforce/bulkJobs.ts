import type { OrgClient } from './orgClient.ts';
import { backoffDelay, sleep } from './retry.ts';
import { isTransient } from './errors.ts';

/**
 * The Bulk API 2.0 job calls that are not GETs, each made safe to repeat after a 5xx or a dropped
 * connection. (GETs — polls, result pages, failed and unprocessed records — are repeated by
 * OrgClient itself: reading twice changes nothing.)
 *
 * - **Create (POST).** A create whose answer was lost may still have made a job. Sending it again
 *   cannot write twice: a job does nothing until its data is uploaded and it is closed, which only
 *   this run would do with the id it was given, and a query job only reads. So the create is sent
 *   again, and the stray job it may have left is then aborted: the jobs listed by the org that this
 *   user created on the same object with the same operation, still open, in the seconds between
 *   the first try and the job that answered.
 * - **Upload (PUT).** Whether a failed upload's data was taken is unknowable, and a second upload
 *   to the same job could add the rows twice. The job (still Open: nothing in it has been
 *   processed) is aborted and the whole job made again.
 * - **Close (PATCH UploadComplete).** The job's state says whether the close took: still Open,
 *   it is sent again; otherwise the job is on its way and is polled.
 */

export type JobKind = 'query' | 'ingest';

export interface JobInfo {
  id: string;
  state: string;
  object?: string;
  operation?: string;
  createdById?: string;
  createdDate?: string;
  errorMessage?: string;
}

/** States in which a job has not run yet (or, for a query, is still running) and can be aborted. */
const NOT_STARTED: Record<JobKind, readonly string[]> = {
  ingest: ['Open'],
  query: ['UploadComplete', 'InProgress']
};

/** Slack for the org's clock against this machine's measure of the time between two tries. */
const CLOCK_SLACK_MS = 2_000;
/** Pages of the org's job list read when looking for a stray job. */
const MAX_LIST_PAGES = 5;

export interface CreatedJob<T extends JobInfo> {
  job: T;
  /** Stray jobs left by a create whose answer was lost, aborted. */
  strayAborted: string[];
}

/** Creates a job, sending the create again after a transient failure (see above). */
export async function createJob<T extends JobInfo>(
  client: OrgClient,
  kind: JobKind,
  body: Record<string, unknown>
): Promise<CreatedJob<T>> {
  const firstTry = performance.now();
  for (let attempt = 1; ; attempt++) {
    try {
      const created = await client.raw('POST', `/jobs/${kind}`, {
        body: JSON.stringify(body),
        contentType: 'application/json',
        accept: 'application/json',
        endpoint: `bulk:${kind}-create`
      });
      const job = JSON.parse(created.text) as T;
      const strayAborted =
        attempt > 1 ? await abortStrayJobs(client, kind, job, performance.now() - firstTry) : [];
      return { job, strayAborted };
    } catch (error) {
      if (!isTransient(error) || attempt >= client.retry.attempts) throw error;
      await sleep(backoffDelay(client.retry, attempt));
    }
  }
}

/** Aborts the jobs a lost create may have made: same user, object, operation, not started, just before `job`. */
async function abortStrayJobs(
  client: OrgClient,
  kind: JobKind,
  job: JobInfo,
  sinceFirstTryMs: number
): Promise<string[]> {
  const madeAt = Date.parse(job.createdDate ?? '');
  if (!job.createdById || Number.isNaN(madeAt)) return [];
  const earliest = madeAt - sinceFirstTryMs - CLOCK_SLACK_MS;
  const strays: string[] = [];
  let path: string | null = `/jobs/${kind}`;
  for (let page = 0; path && page < MAX_LIST_PAGES; page++) {
    const listed = await client.raw('GET', path, {
      accept: 'application/json',
      endpoint: `bulk:${kind}-list`
    });
    const answer = JSON.parse(listed.text) as { records?: JobInfo[]; nextRecordsUrl?: string | null };
    for (const other of answer.records ?? []) {
      const at = Date.parse(other.createdDate ?? '');
      if (
        other.id !== job.id &&
        other.createdById === job.createdById &&
        other.object === job.object &&
        other.operation === job.operation &&
        NOT_STARTED[kind].includes(other.state) &&
        at >= earliest &&
        at <= madeAt
      )
        strays.push(other.id);
    }
    path = answer.nextRecordsUrl ?? null;
  }
  const aborted: string[] = [];
  for (const id of strays) {
    // Best effort: a stray that finished or went meanwhile needs nothing more.
    try {
      await abortJob(client, kind, id);
      aborted.push(id);
    } catch {
      // left for the org to expire
    }
  }
  return aborted;
}

export async function abortJob(client: OrgClient, kind: JobKind, id: string): Promise<void> {
  await client.raw('PATCH', `/jobs/${kind}/${id}`, {
    body: JSON.stringify({ state: 'Aborted' }),
    contentType: 'application/json',
    accept: 'application/json',
    endpoint: `bulk:${kind}-abort`
  });
}

/** Closes an ingest job for processing; a transient failure is settled by reading the job's state. */
export async function closeIngestJob(client: OrgClient, id: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await client.raw('PATCH', `/jobs/ingest/${id}`, {
        body: JSON.stringify({ state: 'UploadComplete' }),
        contentType: 'application/json',
        accept: 'application/json',
        endpoint: 'bulk:ingest-close'
      });
      return;
    } catch (error) {
      if (!isTransient(error) || attempt >= client.retry.attempts) throw error;
      await sleep(backoffDelay(client.retry, attempt));
      const info = await client.raw('GET', `/jobs/ingest/${id}`, {
        accept: 'application/json',
        endpoint: 'bulk:ingest-poll'
      });
      if ((JSON.parse(info.text) as JobInfo).state !== 'Open') return;
    }
  }
}
