import { ApiError } from '../errors.ts';
import { makeId } from '../ids.ts';
import type { CompiledQuery } from '../soql/compile.ts';
import type { SqlValue } from '../values.ts';

export type JobState = 'Open' | 'UploadComplete' | 'InProgress' | 'JobComplete' | 'Failed' | 'Aborted';

export interface QueryJob {
  kind: 'query';
  id: string;
  operation: 'query' | 'queryAll';
  object: string;
  query: string;
  compiled: CompiledQuery;
  state: JobState;
  createdDate: string;
  systemModstamp: string;
  numberRecordsProcessed: number;
  columnDelimiter: string;
  lineEnding: 'LF' | 'CRLF';
  apiVersion: number;
  errorMessage?: string;
  /** Sequential reader state: next locator position and its open row iterator. */
  reader: { position: number; iterator: Iterator<Record<string, SqlValue>, undefined> } | null;
  pollsUntilDone: number;
}

export interface IngestJob {
  kind: 'ingest';
  id: string;
  /** The user whose session created the job: its records are written as this user. */
  createdById: string;
  operation: 'insert' | 'update' | 'upsert' | 'delete' | 'hardDelete';
  object: string;
  externalIdFieldName?: string;
  state: JobState;
  createdDate: string;
  systemModstamp: string;
  columnDelimiter: string;
  lineEnding: 'LF' | 'CRLF';
  apiVersion: number;
  uploads: string[];
  uploadedBytes: number;
  header: string[] | null;
  numberRecordsProcessed: number;
  numberRecordsFailed: number;
  success: string[];
  failed: string[];
  unprocessed: string[];
  errorMessage?: string;
  totalProcessingTime: number;
}

/** The org's Bulk API 2.0 jobs (kept in memory for the life of the server). */
export class BulkJobs {
  readonly jobs = new Map<string, QueryJob | IngestJob>();
  private seq = 0;
  /** Status polls a job answers InProgress before JobComplete (0 = done on the first poll). */
  pollsInProgress = 1;

  nextId(): string {
    return makeId('750', ++this.seq);
  }

  query(id: string): QueryJob {
    const job = this.jobs.get(id);
    if (job?.kind !== 'query') throw new ApiError(404, 'NOT_FOUND', 'The requested resource does not exist');
    return job;
  }

  ingest(id: string): IngestJob {
    const job = this.jobs.get(id);
    if (job?.kind !== 'ingest') throw new ApiError(404, 'NOT_FOUND', 'The requested resource does not exist');
    return job;
  }
}
