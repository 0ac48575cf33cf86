import { ApiError, RecordError } from '../errors.ts';
import { normalizeId } from '../ids.ts';
import { LIMITS } from '../limits.ts';
import { findField, findObject } from '../schema.ts';
import { scalarText } from '../values.ts';
import { objectBody } from './body.ts';
import { json, type Handler, type OrgContext } from './context.ts';
import { requireObject, runRecords } from './dml.ts';

type InRecord = Record<string, unknown> & { attributes?: { type?: string } };

function tooMany(): ApiError {
  return new ApiError(
    400,
    'EXCEEDED_ID_LIMIT',
    `record limit reached. cannot submit more than ${LIMITS.collectionRecords} records into this call`
  );
}

function recordsOf(req: Parameters<Handler>[1]): { records: InRecord[]; allOrNone: boolean } {
  const body = objectBody(req);
  if (!Array.isArray(body.records))
    throw new ApiError(400, 'JSON_PARSER_ERROR', 'records: a list of records is required');
  if (body.records.length > LIMITS.collectionRecords) throw tooMany();
  return { records: body.records as InRecord[], allOrNone: body.allOrNone === true };
}

function typeOf(ctx: OrgContext, record: InRecord): string {
  const type = record.attributes?.type;
  if (!type) throw new RecordError('INVALID_TYPE', 'Must send a concrete entity type.');
  const object = findObject(ctx.store.schema, type);
  if (!object) throw new RecordError('INVALID_TYPE', `sObject type '${type}' is not supported.`);
  return object.name;
}

function withoutAttributes(record: InRecord): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([k]) => k !== 'attributes'));
}

/** The record's first Id key (any case) and its value. */
function idEntry(record: InRecord): [string, unknown] | undefined {
  return Object.entries(record).find(([k]) => k.toLowerCase() === 'id');
}

function idOf(record: InRecord): unknown {
  return idEntry(record)?.[1];
}

/** POST /composite/sobjects: create up to 200 records (mixed types allowed). */
export const createCollection: Handler = (ctx, req) => {
  const { records, allOrNone } = recordsOf(req);
  const results = runRecords(ctx, records, allOrNone, (record) => {
    const type = typeOf(ctx, record);
    if (idOf(record) !== undefined)
      throw new RecordError('INVALID_FIELD', 'cannot specify Id in an insert call', ['Id']);
    return { id: ctx.store.insert(type, withoutAttributes(record)), success: true, errors: [] };
  });
  return json(200, results);
};

/** PATCH /composite/sobjects: update by Id. */
export const updateCollection: Handler = (ctx, req) => {
  const { records, allOrNone } = recordsOf(req);
  const results = runRecords(ctx, records, allOrNone, (record) => {
    const type = typeOf(ctx, record);
    const [idKey, raw] = idEntry(record) ?? ['', undefined];
    if (raw === undefined || raw === null || raw === '')
      throw new RecordError('MISSING_ARGUMENT', 'Id not specified in an update call', ['Id']);
    const id = normalizeId(scalarText(raw));
    if (!id)
      throw new RecordError('MALFORMED_ID', `${type} ID: id value of incorrect type: ${scalarText(raw)}`, [
        'Id'
      ]);
    const values = Object.fromEntries(Object.entries(withoutAttributes(record)).filter(([k]) => k !== idKey));
    ctx.store.update(type, id, values);
    return { id, success: true, errors: [] };
  });
  return json(200, results);
};

/** PATCH /composite/sobjects/{Type}/{ExternalIdField}: upsert; results carry `created`. */
export const upsertCollection: Handler = (ctx, req, [type, fieldName]) => {
  const object = requireObject(ctx, type);
  const field = findField(object, fieldName);
  if (!field || (!field.externalId && field.name !== 'Id'))
    throw new ApiError(
      400,
      'INVALID_FIELD',
      `Provided external ID field does not exist or is not accessible: ${fieldName}`
    );
  const { records, allOrNone } = recordsOf(req);
  const results = runRecords(ctx, records, allOrNone, (record) => {
    const recordType = typeOf(ctx, record);
    if (recordType !== object.name)
      throw new RecordError(
        'INVALID_TYPE',
        `Record type ${recordType} does not match the request type ${object.name}`
      );
    const { id, created } = ctx.store.upsert(object.name, field.name, withoutAttributes(record));
    return { id, success: true, errors: [], created };
  });
  return json(200, results);
};

/** DELETE /composite/sobjects?ids=…&allOrNone= */
export const deleteCollection: Handler = (ctx, req) => {
  const ids = (req.query.get('ids') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (!ids.length) throw new ApiError(400, 'MISSING_ARGUMENT', 'ids: a list of record Ids is required');
  if (ids.length > LIMITS.collectionRecords) throw tooMany();
  const allOrNone = req.query.get('allOrNone') === 'true';
  const results = runRecords(ctx, ids, allOrNone, (raw) => {
    const id = normalizeId(raw);
    const object = id ? ctx.store.objectForId(id) : undefined;
    if (!id || !object) throw new RecordError('MALFORMED_ID', `malformed id ${raw}`);
    ctx.store.delete(object.name, id);
    return { id, success: true, errors: [] };
  });
  // Delete results always name the Id, failed or not.
  return json(
    200,
    results.map((r, i) => ({
      id: r.success ? r.id : (normalizeId(ids[i]) ?? ids[i]),
      success: r.success,
      errors: r.errors
    }))
  );
};

/** GET /composite/sobjects/{Type}?ids=…&fields=… */
export const retrieveCollection: Handler = (ctx, req, [type]) => {
  const object = requireObject(ctx, type);
  const ids = (req.query.get('ids') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const fields = (req.query.get('fields') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (!ids.length || !fields.length)
    throw new ApiError(400, 'MISSING_ARGUMENT', 'ids and fields are required');
  if (ids.length > 2000) throw tooMany();
  for (const f of fields)
    if (!findField(object, f))
      throw new ApiError(400, 'INVALID_FIELD', `No such column '${f}' on sobject of type ${object.name}`);
  return json(
    200,
    ids.map((raw) => {
      const id = normalizeId(raw);
      return id?.startsWith(object.keyPrefix)
        ? (ctx.engine.getRecord(object.name, id, fields, req.version) ?? null)
        : null;
    })
  );
};
