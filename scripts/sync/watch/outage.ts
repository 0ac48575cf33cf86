import { errorCodeOf, isTransient } from '../../salesforce/errors.ts';

/** Connection-level failures: the org (or the network to it) is down, not the request wrong. */
const NETWORK_CODES: ReadonlySet<string> = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
  'REQUEST_LIMIT_EXCEEDED',
  'API_BUDGET'
]);

function causeCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && typeof current === 'object' && current !== null; depth++) {
    const code = errorCodeOf(current);
    if (code && NETWORK_CODES.has(code)) return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/**
 * Whether waiting cures it: org maintenance (5xx), a refused or dropped connection, an exhausted
 * daily allocation. The watch backs off and tries again; anything else stops it.
 */
export function isOutage(error: unknown): boolean {
  if (isTransient(error) || causeCode(error) !== undefined) return true;
  const status = (error as { status?: unknown } | null)?.status;
  if (typeof status === 'number' && status >= 500) return true;
  const message = error instanceof Error ? error.message : '';
  return /fetch failed|socket hang up|ECONNREFUSED|ECONNRESET/.test(message);
}

export function isExpiredSession(error: unknown): boolean {
  return errorCodeOf(error) === 'INVALID_SESSION_ID';
}
