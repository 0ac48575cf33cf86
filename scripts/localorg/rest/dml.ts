import { ApiError, RecordError } from '../errors.ts';
import { findObject, type ObjectDef } from '../schema.ts';
import type { OrgContext } from './context.ts';

export interface RecordResult {
  id?: string | null;
  success: boolean;
  errors: { statusCode: string; message: string; fields: string[] }[];
  created?: boolean;
}

export const ROLLED_BACK = {
  statusCode: 'ALL_OR_NONE_OPERATION_ROLLED_BACK',
  message: 'Record rolled back because not all records were valid and the request was using AllOrNone header',
  fields: [] as string[]
};

export function toRecordError(error: unknown): RecordError {
  if (error instanceof RecordError) return error;
  if (error instanceof ApiError) return new RecordError(error.errorCode, error.message, error.fields ?? []);
  throw error;
}

export function failure(error: unknown, id?: string | null): RecordResult {
  const e = toRecordError(error);
  const result: RecordResult = {
    success: false,
    errors: [{ statusCode: e.statusCode, message: e.message, fields: e.fields }]
  };
  if (id !== undefined) result.id = id;
  return result;
}

/** A record failure raised as a whole-request error (single-record REST resources answer 400). */
export function asApiError(error: unknown, status = 400): never {
  if (error instanceof RecordError) throw new ApiError(status, error.statusCode, error.message, error.fields);
  throw error;
}

export function requireObject(ctx: OrgContext, name: string | undefined): ObjectDef {
  const object = name ? findObject(ctx.store.schema, name) : undefined;
  if (!object) throw new ApiError(404, 'NOT_FOUND', `The requested resource does not exist`);
  return object;
}

/**
 * Runs per-record operations as Salesforce collections do: results in request order; with
 * allOrNone every record rolls back when one fails (the others report ALL_OR_NONE_OPERATION_ROLLED_BACK).
 */
export function runRecords<T>(
  ctx: OrgContext,
  items: T[],
  allOrNone: boolean,
  op: (item: T, index: number) => RecordResult
): RecordResult[] {
  const store = ctx.store;
  if (!allOrNone) {
    const results = items.map((item, i) => {
      try {
        return store.atomic(() => op(item, i));
      } catch (error) {
        return failure(error, undefined);
      }
    });
    ctx.meter.wrote(results.filter((r) => r.success).length);
    return results;
  }
  const results: RecordResult[] = [];
  const Abort = class extends Error {};
  try {
    store.atomic(() => {
      let anyFailed = false;
      for (const [i, item] of items.entries()) {
        try {
          results.push(store.atomic(() => op(item, i)));
        } catch (error) {
          anyFailed = true;
          results.push(failure(error, undefined));
        }
      }
      if (anyFailed) throw new Abort();
    });
  } catch (error) {
    if (!(error instanceof Abort)) throw error;
    return results.map((r) => (r.success ? { success: false, errors: [ROLLED_BACK] } : r));
  }
  ctx.meter.wrote(results.length);
  return results;
}
