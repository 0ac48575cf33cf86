import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { ApiError, invalidSession } from './errors.ts';
import type { Faults } from './faults.ts';
import type { OrgContext, ApiRequest, ApiResponse } from './rest/context.ts';
import { dispatch } from './rest/routes.ts';
import { identity, userinfo, versions, API_VERSIONS } from './rest/identity.ts';
import { handleAdmin } from './admin.ts';
import type { Sessions } from './sessions.ts';

const MAX_JSON_BYTES = 50 * 1024 * 1024;
const MAX_CSV_BYTES = 150 * 1024 * 1024 + 1024;

function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > limit) {
        reject(new ApiError(413, 'REQUEST_ENTITY_TOO_LARGE', 'The request body exceeds the size limit.'));
        req.destroy();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export interface ServerOptions {
  ctx: OrgContext;
  token: () => string;
  /** Which user each API token belongs to (the org's own token: the admin). */
  sessions: Sessions;
  faults: Faults;
  log?: (line: string) => void;
}

function bearer(req: IncomingMessage): string | null {
  const h = req.headers.authorization;
  const m = h ? /^(?:Bearer|OAuth)\s+(.+)$/i.exec(h) : null;
  return m ? m[1].trim() : null;
}

/** The HTTP front: auth, daily API counting, injected faults, routing, Salesforce-shaped errors. */
export function createOrgServer(options: ServerOptions): Server {
  const { ctx } = options;
  const server = createServer((req, res) => {
    handle(options, req, res).catch((error: unknown) => {
      const e =
        error instanceof ApiError
          ? error
          : new ApiError(
              500,
              'UNKNOWN_EXCEPTION',
              'An unexpected error occurred. Please include this ErrorId if you contact support: 0000000000-00000 (0)'
            );
      if (!(error instanceof ApiError))
        options.log?.(`internal error: ${(error as Error).stack ?? String(error)}`);
      if (res.headersSent) {
        res.destroy();
        return;
      }
      send(res, { status: e.status, body: e.toBody() }, ctx);
    });
  });
  // Salesforce keeps idle connections open far longer than Node's 5 s default; a short timeout
  // races clients that reuse a kept-alive socket just as the server closes it.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  return server;
}

function send(res: ServerResponse, response: ApiResponse, ctx: OrgContext): void {
  const headers: Record<string, string> = {
    'Sforce-Limit-Info': ctx.limits.header(),
    ...(response.headers ?? {})
  };
  if (response.status === 204) {
    res.writeHead(204, headers);
    res.end();
    return;
  }
  if (response.text !== undefined) {
    res.writeHead(response.status, {
      ...headers,
      'Content-Type': `${response.contentType ?? 'text/csv'}; charset=UTF-8`
    });
    res.end(response.text);
    return;
  }
  const body = response.body === undefined ? '' : JSON.stringify(response.body);
  res.writeHead(response.status, { ...headers, 'Content-Type': 'application/json;charset=UTF-8' });
  res.end(body);
}

async function handle(options: ServerOptions, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const { ctx, faults } = options;
  // Salesforce tolerates doubled slashes (the sf CLI stores instance URLs with a trailing one).
  const url = new URL(
    `http://local${(req.url ?? '/').replace(/^\/{2,}/, '/').replace(/([^:])\/{2,}/g, '$1/')}`
  );
  const method = (req.method ?? 'GET').toUpperCase();
  options.log?.(`${method} ${url.pathname}${url.search}`);
  const path = url.pathname;

  if (path.startsWith('/__local/')) {
    const body = await readBody(req, MAX_JSON_BYTES);
    if (bearer(req) !== options.token()) throw invalidSession();
    send(res, handleAdmin(ctx, faults, method, path.slice('/__local'.length), url.searchParams, body), ctx);
    return;
  }
  if (method === 'GET' && (path === '/services/data' || path === '/services/data/')) {
    send(
      res,
      versions(
        ctx,
        { method, path, version: '', query: url.searchParams, headers: req.headers, body: '' },
        []
      ),
      ctx
    );
    return;
  }
  const data = /^\/services\/data\/v(\d+\.\d)(\/.*)?$/.exec(path);
  const isUserinfo = path === '/services/oauth2/userinfo';
  const isIdentity = /^\/id\/[^/]+\/[^/]+\/?$/.test(path);
  if (!data && !isUserinfo && !isIdentity) {
    await readBody(req, MAX_JSON_BYTES).catch(() => '');
    throw new ApiError(404, 'NOT_FOUND', 'The requested resource does not exist');
  }
  const body = await readBody(req, data && method === 'PUT' ? MAX_CSV_BYTES : MAX_JSON_BYTES);
  // The identity URL also takes the token as `oauth_token` (jsforce's identity() sends both).
  const token = bearer(req) ?? (isIdentity ? url.searchParams.get('oauth_token') : null);
  const userId = faults.revoked ? undefined : options.sessions.userFor(token);
  if (userId === undefined) throw invalidSession();
  if (data && !API_VERSIONS.includes(data[1]))
    throw new ApiError(404, 'NOT_FOUND', 'The requested resource does not exist');
  if (!ctx.limits.take()) throw new ApiError(403, 'REQUEST_LIMIT_EXCEEDED', 'TotalRequests Limit exceeded.');
  const apiReq: ApiRequest = {
    method,
    path: data ? (data.at(2) ?? '/') : path,
    version: data ? data[1] : '68.0',
    query: url.searchParams,
    headers: req.headers,
    body
  };
  let name = `${method} ${path}`;
  try {
    const fault = faults.onCall();
    if (fault && !fault.afterHandling) throw new ApiError(fault.status, fault.errorCode, fault.message);
    let response: ApiResponse;
    // Handlers run synchronously: the session's user is the writer of every record they touch.
    if (isUserinfo) {
      name = 'GET /oauth2/userinfo';
      response = ctx.store.as(userId, () => userinfo(ctx, apiReq, []));
    } else if (isIdentity) {
      name = 'GET /id';
      response = ctx.store.as(userId, () => identity(ctx, apiReq, []));
    } else {
      const routed = ctx.store.as(userId, () => dispatch(ctx, apiReq));
      name = routed.name;
      response = routed.response;
    }
    if (fault) throw new ApiError(fault.status, fault.errorCode, fault.message);
    ctx.meter.call(name);
    if (response.stream) {
      res.writeHead(response.status, {
        'Sforce-Limit-Info': ctx.limits.header(),
        'Content-Type': 'text/csv; charset=UTF-8',
        ...(response.headers ?? {})
      });
      await response.stream(res);
      return;
    }
    send(res, response, ctx);
  } catch (error) {
    if (error instanceof ApiError)
      ctx.meter.call(apiReq.routeName ?? name.replace(/\/[a-zA-Z0-9]{15,18}(?=\/|$)/g, '/{id}'));
    throw error;
  }
}
