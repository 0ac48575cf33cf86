import { ApiError } from '../errors.ts';
import { LIMITS } from '../limits.ts';
import { json, type ApiRequest, type Handler } from './context.ts';

/** `Sforce-Query-Options: batchSize=N` (200–2000; other values fall back to the default as Salesforce does). */
function batchSize(req: ApiRequest): number {
  const header = req.headers['sforce-query-options'];
  const raw = Array.isArray(header) ? header[0] : header;
  const m = raw ? /batchSize\s*=\s*(\d+)/i.exec(raw) : null;
  if (!m) return LIMITS.queryBatchSize;
  const n = Number(m[1]);
  return Math.min(LIMITS.maxBatchSize, Math.max(LIMITS.minBatchSize, n));
}

function run(includeDeleted: boolean): Handler {
  return (ctx, req) => {
    const q = req.query.get('q');
    if (q === null) throw new ApiError(400, 'MALFORMED_QUERY', 'A query string has to be specified');
    return json(200, ctx.engine.query(q, { includeDeleted, batchSize: batchSize(req), version: req.version }));
  };
}

export const query = run(false);
export const queryAll = run(true);

/** GET /query/{locator} and /queryAll/{locator} (queryMore). */
export const queryMore: Handler = (ctx, req, [locator]) => json(200, ctx.engine.more(locator!, req.version));
