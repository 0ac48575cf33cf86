import { ApiError, RecordError } from '../errors.ts';
import { normalizeId } from '../ids.ts';
import { LIMITS } from '../limits.ts';
import { findField, findObject, type ObjectDef } from '../schema.ts';
import { scalarText } from '../values.ts';
import { objectBody } from '../rest/body.ts';
import { toRecordError } from '../rest/dml.ts';
import { json, type Handler, type OrgContext } from '../rest/context.ts';
import { csvLine, DELIMITERS, parseCsv } from './csv.ts';
import type { IngestJob } from './jobs.ts';

const OPERATIONS = ['insert', 'update', 'upsert', 'delete', 'hardDelete'] as const;
const stamp = (ctx: OrgContext) => ctx.clock.now().toISOString().replace('Z', '+0000');

function info(job: IngestJob, full: boolean): Record<string, unknown> {
  const base: Record<string, unknown> = {
    id: job.id,
    operation: job.operation,
    object: job.object,
    createdById: job.createdById,
    createdDate: job.createdDate,
    systemModstamp: job.systemModstamp,
    state: job.state,
    concurrencyMode: 'Parallel',
    contentType: 'CSV',
    apiVersion: job.apiVersion,
    contentUrl: `services/data/v${job.apiVersion.toFixed(1)}/jobs/ingest/${job.id}/batches`,
    lineEnding: job.lineEnding,
    columnDelimiter: job.columnDelimiter
  };
  if (job.externalIdFieldName) base.externalIdFieldName = job.externalIdFieldName;
  if (job.errorMessage) base.errorMessage = job.errorMessage;
  if (full)
    Object.assign(base, {
      jobType: 'V2Ingest',
      numberRecordsProcessed: job.numberRecordsProcessed,
      numberRecordsFailed: job.numberRecordsFailed,
      retries: 0,
      totalProcessingTime: job.totalProcessingTime,
      apiActiveProcessingTime: job.totalProcessingTime,
      apexProcessingTime: 0
    });
  return base;
}

/** POST /jobs/ingest */
export const createIngestJob: Handler = (ctx, req) => {
  const body = objectBody(req);
  const operation = scalarText(body.operation ?? '');
  if (!(OPERATIONS as readonly string[]).includes(operation))
    throw new ApiError(400, 'INVALIDJOB', `InvalidJob : Invalid job operation: ${operation}`);
  const object = findObject(ctx.store.schema, scalarText(body.object ?? ''));
  if (!object)
    throw new ApiError(400, 'INVALIDJOB', `InvalidJob : Invalid object: ${scalarText(body.object ?? '')}`);
  if (object.readOnly)
    throw new ApiError(
      400,
      'INVALIDJOB',
      `InvalidJob : Entity '${object.name}' is not supported by the Bulk API.`
    );
  let externalIdFieldName: string | undefined;
  if (operation === 'upsert') {
    const field = body.externalIdFieldName
      ? findField(object, scalarText(body.externalIdFieldName))
      : undefined;
    if (!field || (!field.externalId && field.name !== 'Id'))
      throw new ApiError(
        400,
        'INVALIDJOB',
        `InvalidJob : External ID was blank for ${object.name}. An External ID must be specified for upsert.`
      );
    externalIdFieldName = field.name;
  }
  const delimiter = scalarText(body.columnDelimiter ?? 'COMMA');
  if (!DELIMITERS[delimiter])
    throw new ApiError(400, 'INVALIDJOB', `InvalidJob : Invalid columnDelimiter: ${delimiter}`);
  if (body.contentType !== undefined && body.contentType !== 'CSV')
    throw new ApiError(
      400,
      'INVALIDJOB',
      `InvalidJob : Invalid contentType: ${scalarText(body.contentType)}`
    );
  const job: IngestJob = {
    kind: 'ingest',
    id: ctx.bulk.nextId(),
    createdById: ctx.store.actingUserId,
    operation: operation as IngestJob['operation'],
    object: object.name,
    externalIdFieldName,
    state: 'Open',
    createdDate: stamp(ctx),
    systemModstamp: stamp(ctx),
    columnDelimiter: delimiter,
    lineEnding: body.lineEnding === 'CRLF' ? 'CRLF' : 'LF',
    apiVersion: Number(req.version),
    uploads: [],
    uploadedBytes: 0,
    header: null,
    numberRecordsProcessed: 0,
    numberRecordsFailed: 0,
    success: [],
    failed: [],
    unprocessed: [],
    totalProcessingTime: 0
  };
  ctx.bulk.jobs.set(job.id, job);
  return json(200, info(job, false));
};

/** PUT /jobs/ingest/{id}/batches (text/csv) */
export const uploadBatch: Handler = (ctx, req, [id]) => {
  const job = ctx.bulk.ingest(id);
  if (job.state !== 'Open')
    throw new ApiError(
      409,
      'INVALIDJOB',
      `InvalidJob : Job state is ${job.state}; data can only be uploaded to an Open job.`
    );
  const type = String(req.headers['content-type'] ?? '');
  if (!type.startsWith('text/csv'))
    throw new ApiError(400, 'INVALIDJOB', 'InvalidJob : Content-Type must be text/csv');
  const size = Buffer.byteLength(req.body);
  if (job.uploadedBytes + size > LIMITS.ingestMaxBytes)
    throw new ApiError(400, 'INVALIDJOB', 'InvalidJob : The upload exceeds 150 MB.');
  job.uploadedBytes += size;
  job.uploads.push(req.body);
  return json(201);
};

/** PATCH /jobs/ingest/{id} {state: UploadComplete | Aborted} */
export const patchIngestJob: Handler = (ctx, req, [id]) => {
  const job = ctx.bulk.ingest(id);
  const body = objectBody(req);
  if (body.state === 'Aborted') {
    if (job.state === 'JobComplete' || job.state === 'Failed')
      throw new ApiError(400, 'INVALIDJOB', `InvalidJob : Job is already ${job.state}`);
    job.state = 'Aborted';
  } else if (body.state === 'UploadComplete') {
    if (job.state !== 'Open')
      throw new ApiError(
        409,
        'INVALIDJOB',
        `InvalidJob : Job state is ${job.state}; only an Open job can be closed.`
      );
    job.state = 'UploadComplete';
    setImmediate(() => processJob(ctx, job));
  } else throw new ApiError(400, 'INVALIDJOB', `InvalidJob : Invalid state: ${String(body.state)}`);
  job.systemModstamp = stamp(ctx);
  return json(200, info(job, false));
};

export const getIngestJob: Handler = (ctx, _req, [id]) => json(200, info(ctx.bulk.ingest(id), true));

export const listIngestJobs: Handler = (ctx) =>
  json(200, {
    done: true,
    records: [...ctx.bulk.jobs.values()]
      .filter((j): j is IngestJob => j.kind === 'ingest')
      .map((j) => info(j, false)),
    nextRecordsUrl: null
  });

export const deleteIngestJob: Handler = (ctx, _req, [id]) => {
  const job = ctx.bulk.ingest(id);
  if (job.state === 'InProgress' || job.state === 'UploadComplete')
    throw new ApiError(400, 'INVALIDJOB', 'InvalidJob : A job in progress cannot be deleted.');
  ctx.bulk.jobs.delete(job.id);
  return json(204);
};

function resultsHandler(kind: 'success' | 'failed' | 'unprocessed'): Handler {
  return (ctx, _req, [id]) => {
    const job = ctx.bulk.ingest(id);
    const eol = job.lineEnding === 'CRLF' ? '\r\n' : '\n';
    const delimiter = DELIMITERS[job.columnDelimiter] ?? ',';
    const cols = job.header ?? [];
    if (kind === 'unprocessed' && !job.header && job.uploads.length)
      return { status: 200, contentType: 'text/csv', text: job.uploads.join('') };
    const head =
      kind === 'success'
        ? ['sf__Id', 'sf__Created', ...cols]
        : kind === 'failed'
          ? ['sf__Id', 'sf__Error', ...cols]
          : cols;
    const lines = kind === 'success' ? job.success : kind === 'failed' ? job.failed : job.unprocessed;
    return {
      status: 200,
      contentType: 'text/csv',
      text: (head.length ? csvLine(head, delimiter, eol) : '') + lines.join('')
    };
  };
}

export const successfulResults = resultsHandler('success');
export const failedResults = resultsHandler('failed');
export const unprocessedRecords = resultsHandler('unprocessed');

interface Column {
  name: string;
  /** Plain field, or a parent reached by external ID (Template__r.External_Id__c). */
  field?: string;
  parent?: { field: string; object: ObjectDef; key: string };
}

function columnsOf(object: ObjectDef, header: string[], ctx: OrgContext): Column[] {
  return header.map((name) => {
    const dot = name.indexOf('.');
    if (dot < 0) {
      const field = findField(object, name);
      if (!field) throw new Error(`InvalidBatch : Field name not found : ${name}`);
      return { name, field: field.name };
    }
    const rel = object.parentIndex.get(name.slice(0, dot).toLowerCase());
    const parent = rel ? ctx.store.schema.get(rel.referenceTo ?? '') : undefined;
    const key = parent ? findField(parent, name.slice(dot + 1)) : undefined;
    if (!rel || !parent || !key || (!key.externalId && key.name !== 'Id'))
      throw new Error(`InvalidBatch : Field name not found : ${name}`);
    return { name, parent: { field: rel.name, object: parent, key: key.name } };
  });
}

function errorText(e: RecordError): string {
  return `${e.statusCode}:${e.message}:${e.fields.join(',')} --`;
}

/** Processes the uploaded CSV in chunks (each record on its own, as Bulk API does), yielding between chunks. */
function processJob(ctx: OrgContext, job: IngestJob): void {
  if (job.state !== 'UploadComplete') return;
  job.state = 'InProgress';
  const started = Date.now();
  const object = ctx.store.object(job.object);
  const delimiter = DELIMITERS[job.columnDelimiter] ?? ',';
  const eol = job.lineEnding === 'CRLF' ? '\r\n' : '\n';
  const rows: string[][] = [];
  let columns: Column[] = [];
  try {
    for (const upload of job.uploads) {
      let first = true;
      for (const row of parseCsv(upload, delimiter)) {
        if (first) {
          first = false;
          if (!job.header) {
            job.header = row;
            columns = columnsOf(object, row, ctx);
          }
          continue;
        }
        rows.push(row);
      }
    }
    job.uploads = [];
    if (!job.header) throw new Error('InvalidBatch : Empty CSV');
  } catch (error) {
    job.state = 'Failed';
    job.errorMessage = (error as Error).message;
    job.systemModstamp = stamp(ctx);
    return;
  }
  let index = 0;
  const step = () => {
    if ((job.state as string) === 'Aborted') {
      for (; index < rows.length; index++) job.unprocessed.push(csvLine(rows[index], delimiter, eol));
      return;
    }
    const end = Math.min(rows.length, index + LIMITS.ingestChunk);
    try {
      // Records are written as the user who created the job, as Salesforce does.
      ctx.store.as(job.createdById, () => {
        for (; index < end; index++) processRow(ctx, job, object, columns, rows[index], delimiter, eol);
      });
    } catch (error) {
      job.state = 'Failed';
      job.errorMessage = `InternalError : ${(error as Error).message}`;
      for (index++; index < rows.length; index++) job.unprocessed.push(csvLine(rows[index], delimiter, eol));
      return;
    }
    if (index < rows.length) {
      setImmediate(step);
      return;
    }
    job.state = 'JobComplete';
    job.totalProcessingTime = Date.now() - started;
    job.systemModstamp = stamp(ctx);
  };
  step();
}

function processRow(
  ctx: OrgContext,
  job: IngestJob,
  object: ObjectDef,
  columns: Column[],
  row: string[],
  delimiter: string,
  eol: string
): void {
  job.numberRecordsProcessed++;
  let id = '';
  try {
    const values: Record<string, string | null> = {};
    columns.forEach((col, i) => {
      const raw = row[i] ?? '';
      if (raw === '') return;
      const value = raw === '#N/A' ? null : raw;
      if (col.field) values[col.field] = value;
      else if (col.parent) {
        if (value === null) values[col.parent.field] = null;
        else {
          const hit = ctx.store
            .prepare(
              `SELECT "Id" FROM "${col.parent.object.name}" WHERE "${col.parent.key}" = ? AND "IsDeleted" = 0 LIMIT 1`
            )
            .get(value);
          if (!hit)
            throw new RecordError(
              'INVALID_FIELD',
              `Foreign key external ID: ${value} not found for field ${col.parent.key} in entity ${col.parent.object.name}`,
              [col.parent.field]
            );
          values[col.parent.field] = String(hit.Id);
        }
      }
    });
    const idKey = Object.keys(values).find((k) => k === 'Id');
    const rawId = idKey ? values[idKey] : undefined;
    const created = ctx.store.atomic((): boolean => {
      switch (job.operation) {
        case 'insert':
          id = ctx.store.insert(object.name, values);
          return true;
        case 'update': {
          if (!rawId) throw new RecordError('MISSING_ARGUMENT', 'Id not specified in an update call', ['Id']);
          id = normalizeId(rawId) ?? rawId;
          const rest = Object.fromEntries(Object.entries(values).filter(([k]) => k !== 'Id'));
          ctx.store.update(object.name, id, rest);
          return false;
        }
        case 'upsert': {
          if (job.externalIdFieldName === undefined)
            throw new Error('upsert job without externalIdFieldName');
          const r = ctx.store.upsert(object.name, job.externalIdFieldName, values);
          id = r.id;
          return r.created;
        }
        default: {
          if (!rawId) throw new RecordError('MISSING_ARGUMENT', 'Id not specified in a delete call', ['Id']);
          id = normalizeId(rawId) ?? rawId;
          ctx.store.delete(object.name, id);
          return false;
        }
      }
    });
    ctx.meter.wrote(1);
    job.success.push(csvLine([id, created ? 'true' : 'false', ...row], delimiter, eol));
  } catch (error) {
    const e = toRecordError(error);
    job.numberRecordsFailed++;
    job.failed.push(csvLine([job.operation === 'insert' ? '' : id, errorText(e), ...row], delimiter, eol));
  }
}
