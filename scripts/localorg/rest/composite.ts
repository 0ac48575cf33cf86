import { ApiError } from '../errors.ts';
import { LIMITS } from '../limits.ts';
import { scalarText } from '../values.ts';
import { objectBody } from './body.ts';
import { json, type ApiRequest, type ApiResponse, type Handler, type OrgContext } from './context.ts';

interface SubRequest {
  method: string;
  url: string;
  referenceId: string;
  body?: unknown;
  httpHeaders?: Record<string, string>;
}

const isComplete = (s: Partial<SubRequest>): s is SubRequest => Boolean(s.referenceId && s.url && s.method);

interface SubResponse {
  body: unknown;
  httpHeaders: Record<string, string>;
  httpStatusCode: number;
  referenceId: string;
}

export type Dispatch = (ctx: OrgContext, req: ApiRequest) => ApiResponse;

const HALTED = [
  {
    errorCode: 'PROCESSING_HALTED',
    message: 'The transaction was rolled back since another operation in the same transaction failed.'
  }
];

/** sObject Collections, Query, QueryAll and query-more subrequests: at most 5 of them in a composite. */
const COLLECTION_OR_QUERY = /^\/services\/data\/v\d+\.\d\/(composite\/sobjects|query|queryAll)(\/|$)/;

/** Resolves @{ref.path} against earlier results (ref.id, ref.records[0].Id, …). */
function resolveRefs(value: string, results: Map<string, unknown>): string {
  return value.replace(
    /@\{([A-Za-z0-9_]+)((?:\.[A-Za-z0-9_]+|\[\d+\])*)\}/g,
    (_match, ref: string, path: string) => {
      if (!results.has(ref))
        throw new ApiError(
          400,
          'PROCESSING_HALTED',
          `Invalid reference specified. No value for ${ref}${path} found in ${ref}. Provided referenceId ('${ref}') doesn't exist or the request referenced hasn't been processed yet.`
        );
      let cur: unknown = results.get(ref);
      for (const step of path.match(/\.[A-Za-z0-9_]+|\[\d+\]/g) ?? []) {
        const key = step.startsWith('[') ? Number(step.slice(1, -1)) : step.slice(1);
        cur = cur && typeof cur === 'object' ? (cur as Record<string | number, unknown>)[key] : undefined;
      }
      if (cur === undefined || cur === null)
        throw new ApiError(
          400,
          'PROCESSING_HALTED',
          `Invalid reference specified. No value for ${ref}${path} found in ${ref}. Provided referenceId ('${ref}') doesn't exist or the request referenced hasn't been processed yet.`
        );
      return scalarText(cur);
    }
  );
}

/** POST /composite: up to 25 subrequests, `@{ref.…}` references, allOrNone in one transaction. */
export function compositeHandler(dispatch: Dispatch): Handler {
  return (ctx, req) => {
    const body = objectBody(req);
    const subs = body.compositeRequest;
    if (!Array.isArray(subs) || subs.length === 0)
      throw new ApiError(400, 'JSON_PARSER_ERROR', 'compositeRequest: a list of subrequests is required');
    if (subs.length > LIMITS.compositeSubrequests)
      throw new ApiError(
        400,
        'LIMIT_EXCEEDED',
        `Composite API only supports ${LIMITS.compositeSubrequests} subrequests but ${subs.length} were provided.`
      );
    const allOrNone = body.allOrNone === true;
    const results = new Map<string, unknown>();
    const out: SubResponse[] = [];
    const refs = new Set<string>();
    const requests: SubRequest[] = [];
    for (const s of subs as Partial<SubRequest>[]) {
      if (!isComplete(s))
        throw new ApiError(400, 'JSON_PARSER_ERROR', 'Each subrequest needs method, url and referenceId');
      if (refs.has(s.referenceId))
        throw new ApiError(
          400,
          'DUPLICATE_VALUE',
          `Duplicate referenceId provided in the request: ${s.referenceId}`
        );
      refs.add(s.referenceId);
      requests.push(s);
    }
    const heavy = requests.filter((s) => COLLECTION_OR_QUERY.test(s.url.split('?')[0])).length;
    if (heavy > LIMITS.compositeCollectionsOrQueries)
      throw new ApiError(
        400,
        'LIMIT_EXCEEDED',
        `Composite API only supports ${LIMITS.compositeCollectionsOrQueries} sObject Collections or query subrequests but ${heavy} were provided.`
      );
    const Abort = class extends Error {};
    const runAll = () => {
      let failedAt = -1;
      requests.forEach((s, i) => {
        if (failedAt >= 0 && allOrNone) {
          out.push({ body: HALTED, httpHeaders: {}, httpStatusCode: 400, referenceId: s.referenceId });
          return;
        }
        let response: ApiResponse;
        try {
          const url = new URL(resolveRefs(s.url, results), 'http://local');
          const m = /^\/services\/data\/v(\d+\.\d)(\/.*)?$/.exec(url.pathname);
          if (!m)
            throw new ApiError(
              400,
              'INVALID_URL',
              `The URL ${s.url} is not supported in a composite request`
            );
          const method = s.method.toUpperCase();
          const path = m.at(2) ?? '/';
          // Composite serves sObject, query and collection resources; not actions (an email sent in a
          // transaction that rolls back would stay sent).
          if (/^\/actions(\/|$)/.test(path))
            throw new ApiError(
              400,
              'INVALID_URL',
              `The URL ${s.url} is not supported in a composite request`
            );
          let subBody = s.body === undefined ? '' : resolveRefs(JSON.stringify(s.body), results);
          // The composite's allOrNone applies to its sObject Collections subrequests too, overriding
          // theirs (Salesforce: "allOrNone Parameters in Composite and Collections Requests").
          if (allOrNone && path === '/composite/sobjects') {
            if (method === 'DELETE') url.searchParams.set('allOrNone', 'true');
            else if (subBody !== '') subBody = JSON.stringify({ ...JSON.parse(subBody), allOrNone: true });
          }
          response = dispatch(ctx, {
            method,
            path,
            version: m[1],
            query: url.searchParams,
            headers: {},
            body: subBody
          });
        } catch (error) {
          if (!(error instanceof ApiError)) throw error;
          response = { status: error.status, body: error.toBody() };
        }
        out.push({
          body: response.status === 204 ? null : (response.body ?? null),
          // The subrequest's own headers: a created record's Location names its object.
          httpHeaders: { ...(response.headers ?? {}) },
          httpStatusCode: response.status,
          referenceId: s.referenceId
        });
        // A collection reports its failure per record (HTTP 200, success: false on each record once
        // all-or-none rolled it back): with allOrNone that fails the whole composite request.
        const recordFailed =
          allOrNone &&
          Array.isArray(response.body) &&
          response.body.some(
            (r: unknown) =>
              typeof r === 'object' && r !== null && (r as { success?: unknown }).success === false
          );
        if (response.status < 300 && !recordFailed) results.set(s.referenceId, response.body);
        else if (failedAt < 0) failedAt = i;
      });
      if (failedAt >= 0 && allOrNone) {
        // Everything before the failure rolls back too.
        for (let i = 0; i < failedAt; i++)
          out[i] = { ...out[i], body: HALTED, httpStatusCode: 400, httpHeaders: {} };
        throw new Abort();
      }
    };
    try {
      ctx.store.atomic(runAll);
    } catch (error) {
      if (!(error instanceof Abort)) throw error;
    }
    return json(200, { compositeResponse: out });
  };
}
