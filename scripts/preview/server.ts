import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';

const here = path.dirname(fileURLToPath(import.meta.url));
const projectRoot = path.resolve(here, '../..');
const sldsAssets = path.join(projectRoot, 'node_modules/@salesforce-ux/design-system/assets');

/** The preview's Apex: "Class.method" → an implementation that keeps the Apex contract. */
export type ApexBridge = Record<string, (params: Record<string, unknown>) => Promise<unknown>>;

/** An error the bridge throws the way an AuraHandledException reaches a component. */
export class ApexError extends Error {}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.png': 'image/png'
};

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function send(response: ServerResponse, status: number, type: string, body: string | Buffer): void {
  response.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
  response.end(body);
}

/** Serves the preview page, its bundle, SLDS assets and the Apex bridge, on loopback only. */
export async function startPreviewServer(options: {
  bundleFile: string;
  bridge: ApexBridge;
  port?: number;
}): Promise<{ url: string; server: Server; close: () => Promise<void> }> {
  const server = createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? '/', 'http://localhost');
      try {
        if (request.method === 'POST' && url.pathname.startsWith('/apex/')) {
          const method = decodeURIComponent(url.pathname.slice('/apex/'.length));
          const implementation = Object.hasOwn(options.bridge, method) ? options.bridge[method] : undefined;
          if (!implementation)
            return send(
              response,
              404,
              'application/json',
              JSON.stringify({ message: `No Apex method ${method}` })
            );
          const raw = await readBody(request);
          const params = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
          try {
            const result = await implementation(params);
            return send(response, 200, 'application/json', JSON.stringify(result ?? null));
          } catch (error) {
            const status = error instanceof ApexError ? 400 : 500;
            return send(
              response,
              status,
              'application/json',
              JSON.stringify({ message: (error as Error).message })
            );
          }
        }
        if (url.pathname === '/' || url.pathname === '/index.html') {
          return send(response, 200, TYPES['.html'], await readFile(path.join(here, 'app/index.html')));
        }
        if (url.pathname === '/app.js')
          return send(response, 200, TYPES['.js'], await readFile(options.bundleFile));
        if (url.pathname.startsWith('/slds/') || url.pathname.startsWith('/assets/')) {
          const relative = path.normalize(url.pathname.replace(/^\/(slds|assets)\//, ''));
          if (relative.startsWith('..')) return send(response, 403, 'text/plain', 'forbidden');
          const file = path.join(sldsAssets, relative);
          return send(
            response,
            200,
            TYPES[path.extname(file)] ?? 'application/octet-stream',
            await readFile(file)
          );
        }
        return send(response, 404, 'text/plain', 'not found');
      } catch (error) {
        return send(response, 500, 'text/plain', (error as Error).message);
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    server,
    close: () => new Promise<void>((resolve) => server.close(() => resolve()))
  };
}
