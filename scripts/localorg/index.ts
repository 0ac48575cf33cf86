import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BulkJobs } from './bulk/jobs.ts';
import { Clock } from './clock.ts';
import { Faults } from './faults.ts';
import { ApiLimits } from './limits.ts';
import { Meter } from './meter.ts';
import { NotificationOutbox } from './notifications.ts';
import { Outbox } from './outbox.ts';
import type { OrgContext } from './rest/context.ts';
import { loadSchema, type Schema } from './schema.ts';
import { createOrgServer } from './server.ts';
import { Sessions } from './sessions.ts';
import { QueryEngine } from './soql/run.ts';
import { Store } from './store.ts';

/** The org's own access token: `<15-char org Id>!<secret>`, the shape of a Salesforce session Id. */
export const DEFAULT_TOKEN = '00D5g00000LoCaL!LocalOrgAccessToken';
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface LocalOrgOptions {
  /** TCP port; 0 (default) picks a free one. */
  port?: number;
  /** Host to bind (default 127.0.0.1). */
  host?: string;
  /** SQLite file, or ':memory:' (default). */
  dbPath?: string;
  /** The bearer token clients must send (default DEFAULT_TOKEN). */
  token?: string;
  /** Freeze the org clock at this moment (default: real time). */
  clock?: Date | string | number;
  /** Seed for injected-fault randomness (lock rate). */
  seed?: number;
  /** Project root whose force-app metadata defines the schema (default: this repository). */
  projectRoot?: string;
  /** Organization.FiscalYearStartMonth, 1–12 (default 1, January; kept in the database file). */
  fiscalYearStartMonth?: number;
  /** Daily API request allocation (default 100,000). */
  dailyApiRequests?: number;
  /** Log each request line. */
  log?: (line: string) => void;
}

export interface LocalOrg {
  url: string;
  port: number;
  token: string;
  store: Store;
  schema: Schema;
  engine: QueryEngine;
  faults: Faults;
  meter: Meter;
  limits: ApiLimits;
  clock: Clock;
  bulk: BulkJobs;
  /** The email the org sent through the Send Email action: `outbox.messages()` (oldest first), `outbox.reset()`. */
  outbox: Outbox;
  /** The custom notifications the org sent (Custom Notification action): `notifications.messages()`, `notifications.reset()`. */
  notifications: NotificationOutbox;
  /** Tokens and their users: `sessions.issue(userId)` logs a user in, `sessions.expire(token)` ends it. */
  sessions: Sessions;
  username: string;
  close(): Promise<void>;
}

/** Starts a local org on an HTTP port: the Salesforce REST and Bulk API 2.0 surface over SQLite. */
export async function startLocalOrg(options: LocalOrgOptions = {}): Promise<LocalOrg> {
  const { schema, metadataRecords } = loadSchema(options.projectRoot ?? PROJECT_ROOT);
  const clock = new Clock(options.clock);
  const faults = new Faults();
  if (options.seed !== undefined) faults.setLockRate(0, options.seed);
  const meter = new Meter();
  const limits = new ApiLimits(options.dailyApiRequests);
  const store = new Store({ dbPath: options.dbPath ?? ':memory:', schema, clock, faults, metadataRecords });
  if (options.fiscalYearStartMonth !== undefined) store.setFiscalYearStartMonth(options.fiscalYearStartMonth);
  const engine = new QueryEngine(store, meter);
  const bulk = new BulkJobs();
  const outbox = new Outbox();
  const notifications = new NotificationOutbox();
  const token = options.token ?? DEFAULT_TOKEN;
  const sessions = new Sessions(token, store.adminUserId);
  let baseUrl = '';
  const ctx: OrgContext = {
    store,
    engine,
    meter,
    faults,
    limits,
    clock,
    bulk,
    outbox,
    notifications,
    baseUrl: () => baseUrl,
    username: 'admin@local.org'
  };
  const server = createOrgServer({ ctx, token: () => token, sessions, faults, log: options.log });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  baseUrl = `http://${host}:${port}`;
  return {
    url: baseUrl,
    port,
    token,
    store,
    schema,
    engine,
    faults,
    meter,
    limits,
    clock,
    bulk,
    outbox,
    notifications,
    sessions,
    username: 'admin@local.org',
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          store.close();
          resolve();
        });
      })
  };
}
