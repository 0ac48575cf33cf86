import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import { CALENDAR_PATH } from '../../force-app/main/default/lwc/buyerRoomContract/buyerRoomContract.ts';
import { ApexError, type ApexBridge } from './apexBridge/index.ts';
import { buyerBundleOf } from './build.ts';
import type { DemoLinks } from './demoLinks.ts';
import { renderIndexPage } from './indexPage.ts';
import { checkHost, checkWrite, readLimitedBody, type Refusal } from './requestGuard.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const projectRoot = path.resolve(here, '../..');
const sldsAssets = path.join(projectRoot, 'node_modules/@salesforce-ux/design-system/assets');

export type { ApexBridge };

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.png': 'image/png'
};
const JSON_TYPE = 'application/json; charset=utf-8';

function send(
  response: ServerResponse,
  status: number,
  type: string,
  body: string | Buffer,
  headers: Record<string, string> = {}
): void {
  response.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', ...headers });
  response.end(body);
}

function refuse(response: ServerResponse, refusal: Refusal): void {
  send(response, refusal.status, JSON_TYPE, JSON.stringify({ message: refusal.message }));
}

/** Apex calls the server answered, by method (the page counts its own in window.__apexCalls). */
export interface ApexCallCounts {
  total: number;
  byMethod: Record<string, number>;
}

export interface PreviewServer {
  url: string;
  server: Server;
  calls: ApexCallCounts;
  resetCalls(): void;
  close(): Promise<void>;
}

/**
 * Serves the preview on loopback: the page that mounts c-plan-workspace (`/?recordId=006…`), an
 * index of demo opportunities (`/`), the bundle, SLDS styles, fonts and icons, and the Apex bridge
 * (`POST /apex/PlanController.getPlan` …) whose errors reach the page as an AuraHandledException
 * does: HTTP 400 with `{message}`. It listens on 127.0.0.1 only, answers only to its own Host
 * (127.0.0.1 or localhost on its port), and takes Apex calls only as JSON of at most 1 MB from its
 * own origin (requestGuard.ts): a web page the user has open elsewhere cannot write to the org.
 */
export async function startPreviewServer(options: {
  bundleFile: string;
  bridge: ApexBridge;
  links?: () => Promise<DemoLinks>;
  /** The buyer room's calendar feed (BuyerRoomController's Apex REST GET). */
  calendar?: (key: string | null) => Promise<{ status: number; contentType: string; body: string }>;
  port?: number;
}): Promise<PreviewServer> {
  const calls: ApexCallCounts = { total: 0, byMethod: {} };
  // Known once listening (a port of 0 picks a free one); no request arrives before.
  let port = options.port ?? 0;
  const apex = async (method: string, request: IncomingMessage, response: ServerResponse) => {
    const implementation = Object.hasOwn(options.bridge, method) ? options.bridge[method] : undefined;
    if (!implementation)
      return send(response, 404, JSON_TYPE, JSON.stringify({ message: `No Apex method ${method}` }));
    calls.total += 1;
    calls.byMethod[method] = (calls.byMethod[method] ?? 0) + 1;
    let params: Record<string, unknown>;
    try {
      const raw = await readLimitedBody(request);
      if (typeof raw !== 'string') return refuse(response, raw);
      params = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
    } catch {
      return send(response, 400, JSON_TYPE, JSON.stringify({ message: 'The request could not be read.' }));
    }
    try {
      const result = await implementation(params);
      return send(response, 200, JSON_TYPE, JSON.stringify(result ?? null));
    } catch (error) {
      const status = error instanceof ApexError ? 400 : 500;
      return send(response, status, JSON_TYPE, JSON.stringify({ message: (error as Error).message }));
    }
  };
  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const hostRefusal = checkHost(request, port);
    if (hostRefusal) return refuse(response, hostRefusal);
    if (url.pathname.startsWith('/apex/')) {
      if (request.method !== 'POST')
        return refuse(response, { status: 405, message: 'Apex calls are POSTs.' });
      const writeRefusal = checkWrite(request, port);
      if (writeRefusal) return refuse(response, writeRefusal);
      return apex(decodeURIComponent(url.pathname.slice('/apex/'.length)), request, response);
    }
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return refuse(response, { status: 405, message: 'Only Apex calls (POST /apex/…) write.' });
    if (url.pathname === '/' || url.pathname === '/index.html') {
      if (url.searchParams.get('recordId') || !options.links)
        return send(response, 200, TYPES['.html'], await readFile(path.join(here, 'app/index.html')));
      return send(response, 200, TYPES['.html'], renderIndexPage(await options.links()));
    }
    // The buyer room, as the customer's site serves it: the page (Buyer_Page_Path__c) and the feed.
    if (url.pathname === '/plan')
      return send(response, 200, TYPES['.html'], await readFile(path.join(here, 'app/buyer.html')), {
        'Referrer-Policy': 'no-referrer'
      });
    if (url.pathname === CALENDAR_PATH && options.calendar) {
      const feed = await options.calendar(url.searchParams.get('k'));
      return send(response, feed.status, feed.contentType, feed.body);
    }
    if (url.pathname === '/favicon.ico') return send(response, 204, 'image/x-icon', '');
    if (url.pathname === '/app.js')
      return send(response, 200, TYPES['.js'], await readFile(options.bundleFile));
    if (url.pathname === '/buyer.js')
      return send(response, 200, TYPES['.js'], await readFile(buyerBundleOf(options.bundleFile)));
    if (url.pathname.startsWith('/slds/') || url.pathname.startsWith('/assets/')) {
      const relative = path.normalize(decodeURIComponent(url.pathname).replace(/^\/(slds|assets)\//, ''));
      if (relative.startsWith('..') || path.isAbsolute(relative))
        return send(response, 403, 'text/plain', 'forbidden');
      const file = path.join(sldsAssets, relative);
      return send(
        response,
        200,
        TYPES[path.extname(file)] ?? 'application/octet-stream',
        await readFile(file)
      );
    }
    return send(response, 404, 'text/plain', 'not found');
  };
  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
      if (!response.headersSent)
        send(response, missing ? 404 : 500, 'text/plain', missing ? 'not found' : (error as Error).message);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  ({ port } = server.address() as AddressInfo);
  return {
    url: `http://127.0.0.1:${port}`,
    server,
    calls,
    resetCalls: () => {
      calls.total = 0;
      calls.byMethod = {};
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      })
  };
}
