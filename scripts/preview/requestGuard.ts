import type { IncomingMessage } from 'node:http';

/** The largest request body the preview reads (an Apex call's JSON is a few kilobytes). */
export const MAX_BODY_BYTES = 1024 * 1024;

export interface Refusal {
  status: number;
  message: string;
}

/**
 * The names the preview answers to: loopback on its own port. Any other Host is a page on another
 * site whose name was pointed at 127.0.0.1 (DNS rebinding) and is refused on every route.
 */
function ownAuthorities(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
}

export function checkHost(request: IncomingMessage, port: number): Refusal | null {
  const host = (request.headers.host ?? '').toLowerCase();
  if (ownAuthorities(port).has(host)) return null;
  return { status: 403, message: `The preview answers only as 127.0.0.1:${port} or localhost:${port}.` };
}

/**
 * A write (an Apex call) is taken only from the preview's own page: an Origin, when the browser
 * sends one, must be the preview's; a browser's Sec-Fetch-Site must not name another site; and the
 * body must be declared JSON (an HTML form cannot send that without a CORS preflight, which the
 * preview never answers).
 */
export function checkWrite(request: IncomingMessage, port: number): Refusal | null {
  const origin = request.headers.origin;
  if (origin !== undefined) {
    const own = [...ownAuthorities(port)].map((authority) => `http://${authority}`);
    if (!own.includes(origin.toLowerCase()))
      return { status: 403, message: `Requests from ${origin} are not accepted.` };
  }
  const site = request.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none')
    return { status: 403, message: 'Requests from another site are not accepted.' };
  const type = (request.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  if (type !== 'application/json')
    return { status: 415, message: 'Send the request body as JSON (Content-Type: application/json).' };
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > MAX_BODY_BYTES) return tooLarge();
  return null;
}

function tooLarge(): Refusal {
  return { status: 413, message: `The request body is larger than ${MAX_BODY_BYTES / 1024 / 1024} MB.` };
}

/** Reads the body as UTF-8 text, or a 413 refusal once it passes MAX_BODY_BYTES (chunked bodies too). */
export async function readLimitedBody(request: IncomingMessage): Promise<string | Refusal> {
  const chunks: Buffer[] = [];
  let size = 0;
  // Past the cap the rest is read and dropped, not kept, so that the answer reaches the client.
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size <= MAX_BODY_BYTES) chunks.push(chunk as Buffer);
  }
  return size > MAX_BODY_BYTES ? tooLarge() : Buffer.concat(chunks).toString('utf8');
}
