import type { Clock } from '../clock.ts';
import type { Faults } from '../faults.ts';
import type { ApiLimits } from '../limits.ts';
import type { Meter } from '../meter.ts';
import type { NotificationOutbox } from '../notifications.ts';
import type { Outbox } from '../outbox.ts';
import type { QueryEngine } from '../soql/run.ts';
import type { Store } from '../store.ts';
import type { BulkJobs } from '../bulk/jobs.ts';
import type { ServerResponse } from 'node:http';

/** Everything a handler may touch. */
export interface OrgContext {
  store: Store;
  engine: QueryEngine;
  meter: Meter;
  faults: Faults;
  limits: ApiLimits;
  clock: Clock;
  bulk: BulkJobs;
  /** The email the org sent (the Send Email action). */
  outbox: Outbox;
  /** The custom notifications the org sent (the Custom Notification action). */
  notifications: NotificationOutbox;
  /** http://127.0.0.1:PORT */
  baseUrl: () => string;
  username: string;
}

export interface ApiRequest {
  method: string;
  /** Path after /services/data/vXX.X (e.g. /sobjects/Account), or the full path outside it. */
  path: string;
  version: string;
  query: URLSearchParams;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  /** Set by the router: the meter's endpoint name. */
  routeName?: string;
}

export interface ApiResponse {
  status: number;
  body?: unknown;
  /** Raw text body (CSV) instead of JSON. */
  text?: string;
  contentType?: string;
  headers?: Record<string, string>;
  /** Streams the body (Bulk 2.0 results): bounded memory for large pages. */
  stream?: (res: ServerResponse) => Promise<void>;
}

export type Handler = (ctx: OrgContext, req: ApiRequest, params: string[]) => ApiResponse;

export function json(status: number, body?: unknown, headers?: Record<string, string>): ApiResponse {
  return { status, body, headers };
}
