import type { ServerResponse } from 'node:http';
import { once } from 'node:events';
import { ApiError } from '../errors.ts';
import { LIMITS } from '../limits.ts';
import { scalarText, toApi } from '../values.ts';
import type { FieldColumn } from '../soql/compile.ts';
import { objectBody } from '../rest/body.ts';
import { json, type Handler, type OrgContext } from '../rest/context.ts';
import { csvLine, DELIMITERS } from './csv.ts';
import type { QueryJob } from './jobs.ts';

function info(job: QueryJob, ctx: OrgContext, full: boolean): Record<string, unknown> {
  const base: Record<string, unknown> = {
    id: job.id,
    operation: job.operation,
    object: job.object,
    createdById: ctx.store.adminUserId,
    createdDate: job.createdDate,
    systemModstamp: job.systemModstamp,
    state: job.state,
    concurrencyMode: 'Parallel',
    contentType: 'CSV',
    apiVersion: job.apiVersion,
    lineEnding: job.lineEnding,
    columnDelimiter: job.columnDelimiter
  };
  if (job.errorMessage) base.errorMessage = job.errorMessage;
  if (full)
    Object.assign(base, {
      jobType: 'V2Query',
      numberRecordsProcessed: job.numberRecordsProcessed,
      retries: 0,
      totalProcessingTime: 0,
      isPkChunkingSupported: true
    });
  return base;
}

const stamp = (ctx: OrgContext) => ctx.clock.now().toISOString().replace('Z', '+0000');

/** POST /jobs/query */
export const createQueryJob: Handler = (ctx, req) => {
  const body = objectBody(req);
  const operation = body.operation ?? 'query';
  if (operation !== 'query' && operation !== 'queryAll')
    throw new ApiError(400, 'INVALIDJOB', `Invalid operation: ${scalarText(operation)}`);
  if (typeof body.query !== 'string' || !body.query.trim())
    throw new ApiError(400, 'INVALIDJOB', 'query: a SOQL query is required');
  const delimiter = scalarText(body.columnDelimiter ?? 'COMMA');
  if (!DELIMITERS[delimiter]) throw new ApiError(400, 'INVALIDJOB', `Invalid columnDelimiter: ${delimiter}`);
  const lineEnding = body.lineEnding === 'CRLF' ? 'CRLF' : 'LF';
  const compiled = ctx.engine.compile(body.query, operation === 'queryAll');
  if (compiled.hasChildren)
    throw new ApiError(
      400,
      'FEATURENOTENABLED',
      'Aggregate Relationships not supported in Bulk V2 Query with CSV content type.'
    );
  if (compiled.aggregate || compiled.countOnly)
    throw new ApiError(400, 'FEATURENOTENABLED', 'Aggregate functions are not supported in Bulk V2 Query.');
  if (compiled.offset)
    throw new ApiError(400, 'FEATURENOTENABLED', 'OFFSET clause is not supported in Bulk V2 Query.');
  ctx.limits.bulkQueryJobsUsed++;
  const job: QueryJob = {
    kind: 'query',
    id: ctx.bulk.nextId(),
    operation,
    object: compiled.object.name,
    query: body.query,
    compiled,
    state: 'UploadComplete',
    createdDate: stamp(ctx),
    systemModstamp: stamp(ctx),
    numberRecordsProcessed: 0,
    columnDelimiter: delimiter,
    lineEnding,
    apiVersion: Number(req.version),
    reader: null,
    pollsUntilDone: ctx.bulk.pollsInProgress
  };
  ctx.bulk.jobs.set(job.id, job);
  return json(200, info(job, ctx, false));
};

/** GET /jobs/query/{id}: UploadComplete → InProgress → JobComplete across polls. */
export const getQueryJob: Handler = (ctx, _req, [id]) => {
  const job = ctx.bulk.query(id);
  advance(ctx, job);
  return json(200, info(job, ctx, true));
};

function advance(ctx: OrgContext, job: QueryJob): void {
  if (job.state === 'UploadComplete') job.state = 'InProgress';
  if (job.state === 'InProgress') {
    if (job.pollsUntilDone > 0) {
      job.pollsUntilDone--;
      return;
    }
    job.numberRecordsProcessed = ctx.engine.total(job.compiled);
    job.state = 'JobComplete';
    job.systemModstamp = stamp(ctx);
  }
}

/** GET /jobs/query: the org's query jobs. */
export const listQueryJobs: Handler = (ctx) =>
  json(200, {
    done: true,
    records: [...ctx.bulk.jobs.values()]
      .filter((j): j is QueryJob => j.kind === 'query')
      .map((j) => info(j, ctx, false)),
    nextRecordsUrl: null
  });

/** PATCH /jobs/query/{id} {state: Aborted} */
export const abortQueryJob: Handler = (ctx, req, [id]) => {
  const job = ctx.bulk.query(id);
  const body = objectBody(req);
  if (body.state !== 'Aborted') throw new ApiError(400, 'INVALIDJOB', `Invalid state: ${String(body.state)}`);
  if (job.state === 'JobComplete' || job.state === 'Failed')
    throw new ApiError(400, 'INVALIDJOB', `Job is already in state ${job.state}`);
  job.state = 'Aborted';
  return json(200, info(job, ctx, false));
};

export const deleteQueryJob: Handler = (ctx, _req, [id]) => {
  const job = ctx.bulk.query(id);
  job.reader?.iterator.return?.();
  ctx.bulk.jobs.delete(job.id);
  return json(204);
};

function header(column: FieldColumn): string {
  return [...column.path, column.field.name].join('.');
}

/**
 * GET /jobs/query/{id}/results[?locator=&maxRecords=]: a CSV page streamed from SQLite with
 * Sforce-Locator (or "null" on the last page) and Sforce-NumberOfRecords.
 */
export const queryResults: Handler = (ctx, req, [id]) => {
  const job = ctx.bulk.query(id);
  if (job.state !== 'JobComplete')
    throw new ApiError(400, 'INVALIDJOB', `Results are not available for a job in state ${job.state}`);
  const locator = req.query.get('locator');
  let position = 0;
  if (locator && locator !== 'null') {
    const decoded = /^[A-Za-z0-9+/=]+$/.test(locator)
      ? Number(Buffer.from(locator, 'base64').toString('utf8'))
      : NaN;
    if (!Number.isInteger(decoded) || decoded < 0)
      throw new ApiError(400, 'INVALIDLOCATOR', `Invalid locator: ${locator}`);
    position = decoded;
  }
  const maxRaw = req.query.get('maxRecords');
  const max = maxRaw === null ? LIMITS.bulkDefaultPage : Number(maxRaw);
  if (!Number.isInteger(max) || max <= 0)
    throw new ApiError(400, 'INVALIDJOB', `Invalid maxRecords: ${maxRaw}`);
  const total = job.numberRecordsProcessed;
  const count = Math.max(0, Math.min(max, total - position));
  const next = position + count < total ? Buffer.from(String(position + count)).toString('base64') : 'null';
  const columns = job.compiled.columns.filter((c): c is FieldColumn => c.kind === 'field');
  const delimiter = DELIMITERS[job.columnDelimiter] ?? ',';
  const eol = job.lineEnding === 'CRLF' ? '\r\n' : '\n';
  if (job.reader?.position !== position) {
    job.reader?.iterator.return?.();
    job.reader = { position, iterator: ctx.engine.iterate(job.compiled, position) };
  }
  const reader = job.reader;
  ctx.meter.read(count);
  return {
    status: 200,
    contentType: 'text/csv',
    headers: { 'Sforce-Locator': next, 'Sforce-NumberOfRecords': String(count) },
    stream: async (res: ServerResponse) => {
      let chunk = csvLine(columns.map(header), delimiter, eol);
      for (let i = 0; i < count; i++) {
        const row = reader.iterator.next().value;
        if (!row) break;
        reader.position++;
        chunk += csvLine(
          columns.map((c) => {
            for (const key of c.joinKeys) if (row[`__${key}`] === null) return null;
            const v = toApi(c.field, row[c.key]);
            return c.field.type === 'datetime' && typeof v === 'string' ? v.replace('+0000', 'Z') : v;
          }),
          delimiter,
          eol
        );
        if (chunk.length > 65536) {
          if (!res.write(chunk)) await once(res, 'drain');
          chunk = '';
        }
      }
      res.end(chunk);
    }
  };
};
