import * as bq from '../bulk/query.ts';
import * as bi from '../bulk/ingest.ts';
import { ApiError, notFound } from '../errors.ts';
import * as act from './actions.ts';
import * as col from './collections.ts';
import { compositeHandler } from './composite.ts';
import type { ApiRequest, ApiResponse, Handler, OrgContext } from './context.ts';
import { json } from './context.ts';
import * as d from './describe.ts';
import { resources } from './identity.ts';
import * as qr from './query.ts';
import * as rec from './records.ts';

interface Route {
  method: string;
  pattern: RegExp;
  /** The meter's endpoint name. */
  name: string;
  handler: Handler;
}

const SEG = '([^/]+)';
const routes: Route[] = [];
const add = (method: string, path: string, handler: Handler) =>
  routes.push({
    method,
    pattern: new RegExp(`^${path.replace(/\{[a-zA-Z]+\}/g, SEG)}/?$`),
    name: `${method} ${path}`,
    handler
  });

add('GET', '', resources);
add('GET', '/limits', (ctx) => json(200, ctx.limits.body()));
add('GET', '/sobjects', d.describeGlobal);
add('GET', '/sobjects/{type}', d.sobjectInfo);
add('POST', '/sobjects/{type}', rec.createRecord);
add('GET', '/sobjects/{type}/describe', d.describeSObject);
add('GET', '/sobjects/{type}/{id}', rec.getRecord);
add('PATCH', '/sobjects/{type}/{id}', rec.updateRecord);
add('DELETE', '/sobjects/{type}/{id}', rec.deleteRecord);
add('GET', '/sobjects/{type}/{field}/{value}', rec.getByExternalId);
add('PATCH', '/sobjects/{type}/{field}/{value}', rec.upsertRecord);
add('GET', '/query', qr.query);
add('GET', '/queryAll', qr.queryAll);
add('GET', '/query/{locator}', qr.queryMore);
add('GET', '/queryAll/{locator}', qr.queryMore);
add('POST', '/composite/sobjects', col.createCollection);
add('PATCH', '/composite/sobjects', col.updateCollection);
add('DELETE', '/composite/sobjects', col.deleteCollection);
add('GET', '/composite/sobjects/{type}', col.retrieveCollection);
add('PATCH', '/composite/sobjects/{type}/{field}', col.upsertCollection);
add(
  'POST',
  '/composite',
  compositeHandler((ctx, req) => dispatch(ctx, req).response)
);
add('GET', '/actions/standard', act.listStandardActions);
// The Send Email action by name, so the meter counts it as `POST /actions/standard/emailSimple`.
add('POST', '/actions/standard/emailSimple', (ctx, req) =>
  act.invokeStandardAction(ctx, req, ['emailSimple'])
);
// The Custom Notification action likewise: `POST /actions/standard/customNotificationAction`.
add('POST', '/actions/standard/customNotificationAction', (ctx, req) =>
  act.invokeStandardAction(ctx, req, ['customNotificationAction'])
);
add('GET', '/actions/standard/{action}', act.describeStandardAction);
add('POST', '/actions/standard/{action}', act.invokeStandardAction);
add('POST', '/jobs/query', bq.createQueryJob);
add('GET', '/jobs/query', bq.listQueryJobs);
add('GET', '/jobs/query/{id}', bq.getQueryJob);
add('PATCH', '/jobs/query/{id}', bq.abortQueryJob);
add('DELETE', '/jobs/query/{id}', bq.deleteQueryJob);
add('GET', '/jobs/query/{id}/results', bq.queryResults);
add('POST', '/jobs/ingest', bi.createIngestJob);
add('GET', '/jobs/ingest', bi.listIngestJobs);
add('GET', '/jobs/ingest/{id}', bi.getIngestJob);
add('PATCH', '/jobs/ingest/{id}', bi.patchIngestJob);
add('DELETE', '/jobs/ingest/{id}', bi.deleteIngestJob);
add('PUT', '/jobs/ingest/{id}/batches', bi.uploadBatch);
add('GET', '/jobs/ingest/{id}/successfulResults', bi.successfulResults);
add('GET', '/jobs/ingest/{id}/failedResults', bi.failedResults);
add('GET', '/jobs/ingest/{id}/unprocessedrecords', bi.unprocessedRecords);

/** Routes a request under /services/data/vXX.X; returns the response and the meter's endpoint name. */
export function dispatch(ctx: OrgContext, req: ApiRequest): { response: ApiResponse; name: string } {
  const path = req.path === '/' ? '' : req.path.replace(/\/$/, '');
  let methodMismatch = false;
  for (const route of routes) {
    const m = route.pattern.exec(path);
    if (!m) continue;
    if (route.method !== req.method) {
      methodMismatch = true;
      continue;
    }
    req.routeName = route.name;
    const params = m.slice(1).map((p) => decodeURIComponent(p));
    return { response: route.handler(ctx, req, params), name: route.name };
  }
  if (methodMismatch)
    throw new ApiError(
      405,
      'METHOD_NOT_ALLOWED',
      `HTTP Method '${req.method}' not allowed. Allowed are GET,PATCH,POST,DELETE,HEAD`
    );
  throw notFound();
}
