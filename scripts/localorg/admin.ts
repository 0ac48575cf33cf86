import { ApiError } from './errors.ts';
import type { Faults } from './faults.ts';
import type { ApiResponse, OrgContext } from './rest/context.ts';
import { scalarText } from './values.ts';

function parse(body: string): Record<string, unknown> {
  if (!body.trim()) return {};
  try {
    const v = JSON.parse(body) as unknown;
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
  } catch {
    throw new ApiError(400, 'JSON_PARSER_ERROR', 'The request body is not valid JSON.');
  }
}

/**
 * Admin endpoints (need the org's token, never counted or metered):
 *   GET  /__local/meter            POST /__local/meter/reset
 *   GET  /__local/faults           POST /__local/faults {lockIds?, unlockIds?, lockRate?, seed?, failNthCall?: {n, status, afterHandling?}, reset?}
 *   POST /__local/limits {remaining?, max?, reset?}     GET /__local/limits
 *   POST /__local/session/revoke   POST /__local/session/restore
 *   GET  /__local/clock            POST /__local/clock {now?, advanceMs?, release?}
 *   GET  /__local/outbox           POST /__local/outbox/reset   (email sent by the Send Email action: {messages}, oldest first)
 *   GET  /__local/notifications    POST /__local/notifications/reset   (sent by the Custom Notification action: {notifications})
 */
export function handleAdmin(
  ctx: OrgContext,
  faults: Faults,
  method: string,
  path: string,
  _query: URLSearchParams,
  raw: string
): ApiResponse {
  const body = method === 'POST' ? parse(raw) : {};
  const ok = (payload: unknown): ApiResponse => ({ status: 200, body: payload });
  switch (`${method} ${path.replace(/\/$/, '')}`) {
    case 'GET /meter':
      return ok(ctx.meter.snapshot());
    case 'POST /meter/reset':
      ctx.meter.reset();
      return ok(ctx.meter.snapshot());
    case 'GET /faults':
      return ok(faults.describe());
    case 'POST /faults': {
      if (body.reset === true) faults.reset();
      if (Array.isArray(body.lockIds)) faults.lockRecords(body.lockIds.map(String));
      if (Array.isArray(body.unlockIds)) faults.unlockRecords(body.unlockIds.map(String));
      if (typeof body.lockRate === 'number')
        faults.setLockRate(body.lockRate, typeof body.seed === 'number' ? body.seed : 1);
      const nth = body.failNthCall as { n?: number; status?: number; afterHandling?: boolean } | undefined;
      if (nth && typeof nth.n === 'number')
        faults.failNthCall(nth.n, nth.status ?? 500, { afterHandling: nth.afterHandling === true });
      return ok(faults.describe());
    }
    case 'GET /limits':
      return ok({ max: ctx.limits.max, used: ctx.limits.used, remaining: ctx.limits.remaining });
    case 'POST /limits':
      if (body.reset === true) ctx.limits.reset();
      if (typeof body.max === 'number') ctx.limits.max = body.max;
      if (typeof body.remaining === 'number') ctx.limits.setRemaining(body.remaining);
      return ok({ max: ctx.limits.max, used: ctx.limits.used, remaining: ctx.limits.remaining });
    case 'POST /session/revoke':
      faults.revokeSession();
      return ok({ revoked: true });
    case 'POST /session/restore':
      faults.restoreSession();
      return ok({ revoked: false });
    case 'GET /clock':
      return ok({ now: ctx.clock.now().toISOString(), frozen: ctx.clock.frozen });
    case 'POST /clock':
      try {
        if (body.release === true) ctx.clock.release();
        if (body.now !== undefined) ctx.clock.set(scalarText(body.now));
        if (typeof body.advanceMs === 'number') ctx.clock.advance(body.advanceMs);
      } catch (error) {
        throw new ApiError(400, 'INVALID_INPUT', (error as Error).message);
      }
      return ok({ now: ctx.clock.now().toISOString(), frozen: ctx.clock.frozen });
    case 'GET /outbox':
      return ok({ messages: ctx.outbox.messages() });
    case 'POST /outbox/reset':
      ctx.outbox.reset();
      return ok({ messages: ctx.outbox.messages() });
    case 'GET /notifications':
      return ok({ notifications: ctx.notifications.messages() });
    case 'POST /notifications/reset':
      ctx.notifications.reset();
      return ok({ notifications: ctx.notifications.messages() });
    default:
      throw new ApiError(404, 'NOT_FOUND', 'The requested resource does not exist');
  }
}
