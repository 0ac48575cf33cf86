import { ApiError, RecordError } from '../errors.ts';
import { normalizeId } from '../ids.ts';
import { findField } from '../schema.ts';
import { objectBody } from './body.ts';
import { json, type Handler } from './context.ts';
import { asApiError, requireObject } from './dml.ts';

/** Where a created record lives: the `Location` of a 201 (a composite subrequest's too). */
const recordPath = (version: string, objectName: string, id: string) =>
  `/services/data/v${version}/sobjects/${objectName}/${id}`;

/** POST /sobjects/{Type} */
export const createRecord: Handler = (ctx, req, [type]) => {
  const object = requireObject(ctx, type);
  const body = objectBody(req);
  try {
    const id = ctx.store.atomic(() => ctx.store.insert(object.name, body));
    ctx.meter.wrote(1);
    return json(
      201,
      { id, success: true, errors: [] },
      { Location: recordPath(req.version, object.name, id) }
    );
  } catch (error) {
    return asApiError(error);
  }
};

function liveId(ctx: Parameters<Handler>[0], objectName: string, raw: string): string {
  const object = requireObject(ctx, objectName);
  const id = normalizeId(raw);
  if (id?.slice(0, 3) !== object.keyPrefix)
    throw new ApiError(
      404,
      'NOT_FOUND',
      'Provided external ID field does not exist or is not accessible: ' + raw
    );
  const row = ctx.store.row(object.name, id);
  if (!row) throw new ApiError(404, 'NOT_FOUND', 'The requested resource does not exist');
  if (row.IsDeleted === 1) throw new ApiError(404, 'ENTITY_IS_DELETED', 'entity is deleted');
  return id;
}

/** GET /sobjects/{Type}/{id}[?fields=] */
export const getRecord: Handler = (ctx, req, [type, rawId]) => {
  const object = requireObject(ctx, type);
  const id = liveId(ctx, object.name, rawId);
  const wanted = req.query.get('fields');
  const fields = wanted
    ? wanted
        .split(',')
        .map((f) => f.trim())
        .filter(Boolean)
    : [...object.fields.keys()];
  for (const f of fields)
    if (!findField(object, f))
      throw new ApiError(400, 'INVALID_FIELD', `No such column '${f}' on sobject of type ${object.name}`);
  return json(200, ctx.engine.getRecord(object.name, id, fields, req.version));
};

/** PATCH /sobjects/{Type}/{id} */
export const updateRecord: Handler = (ctx, req, [type, rawId]) => {
  const object = requireObject(ctx, type);
  const id = liveId(ctx, object.name, rawId);
  const body = objectBody(req);
  try {
    ctx.store.atomic(() => ctx.store.update(object.name, id, body));
    ctx.meter.wrote(1);
    return json(204);
  } catch (error) {
    return asApiError(error);
  }
};

/** DELETE /sobjects/{Type}/{id} */
export const deleteRecord: Handler = (ctx, _req, [type, rawId]) => {
  const object = requireObject(ctx, type);
  const id = liveId(ctx, object.name, rawId);
  try {
    ctx.store.atomic(() => ctx.store.delete(object.name, id));
    ctx.meter.wrote(1);
    return json(204);
  } catch (error) {
    return asApiError(error);
  }
};

/** PATCH /sobjects/{Type}/{ExternalIdField}/{value}: upsert; 201 created, 200 updated. */
export const upsertRecord: Handler = (ctx, req, [type, fieldName, value]) => {
  const object = requireObject(ctx, type);
  const field = findField(object, fieldName);
  if (!field || (!field.externalId && field.name !== 'Id'))
    throw new ApiError(
      404,
      'NOT_FOUND',
      `Provided external ID field does not exist or is not accessible: ${fieldName}`
    );
  const body = objectBody(req);
  if (Object.keys(body).some((k) => k.toLowerCase() === field.name.toLowerCase()))
    throw new ApiError(
      400,
      'INVALID_FIELD',
      `The ${field.name} field should not be specified in the sobject data.`
    );
  try {
    const { id, created } = ctx.store.atomic(() =>
      ctx.store.upsert(object.name, field.name, { ...body, [field.name]: decodeURIComponent(value) })
    );
    ctx.meter.wrote(1);
    const result = { id, success: true, errors: [], created };
    return created
      ? json(201, result, { Location: recordPath(req.version, object.name, id) })
      : json(200, result);
  } catch (error) {
    if (error instanceof RecordError && error.statusCode === 'DUPLICATE_EXTERNAL_ID')
      throw new ApiError(300, error.statusCode, error.message, error.fields);
    return asApiError(error);
  }
};

/** GET /sobjects/{Type}/{ExternalIdField}/{value} */
export const getByExternalId: Handler = (ctx, req, [type, fieldName, value]) => {
  const object = requireObject(ctx, type);
  const field = findField(object, fieldName);
  if (!field?.externalId)
    throw new ApiError(
      404,
      'NOT_FOUND',
      `Provided external ID field does not exist or is not accessible: ${fieldName}`
    );
  const hit = ctx.store
    .prepare(`SELECT "Id" FROM "${object.name}" WHERE "${field.name}" = ? AND "IsDeleted" = 0 LIMIT 1`)
    .get(decodeURIComponent(value));
  if (!hit) throw new ApiError(404, 'NOT_FOUND', 'The requested resource does not exist');
  return json(200, ctx.engine.getRecord(object.name, String(hit.Id), [...object.fields.keys()], req.version));
};
