import type { OrgClient } from '../../salesforce/orgClient.ts';
import { SyncError, explain } from '../../salesforce/errors.ts';
import { Reporter } from '../reporter.ts';
import { runRollup, type RollupOptions, type RollupSummary } from '../rollup/rollup.ts';
import { latestMarks, readChanges, WATCHED, type Marks, type Watched } from './changes.ts';
import { isExpiredSession, isOutage } from './outage.ts';
import { readState, writeState, type WatchState } from './state.ts';

export interface WatchOptions {
  /** Between the starts of two cycles. */
  intervalMs: number;
  /** The hour (0–23, local time of the machine running the watch) after which the daily full pass runs. */
  fullHour: number;
  stateFile: string;
  /** The roll-up's options (api, dry run, budget, …), shared by full and incremental passes. */
  rollup: RollupOptions;
  /** More changed opportunities than this in a cycle: a full pass instead (cheaper than long Id lists). */
  maxScoped: number;
  /** Back-off after an outage: doubles from base up to max. */
  backoffBaseMs: number;
  backoffMaxMs: number;
  /** Stop after this many cycles (tests and benchmarks); unbounded when absent. */
  maxCycles?: number;
  /**
   * Runs after each pass that rolled up (`--remind`: the reminders), within the cycle's budget
   * (the meter's count the cycle may reach, as RollupOptions.maxApiCalls); its line goes to the log.
   */
  afterPass?: (client: OrgClient, maxApiCalls: number | undefined) => Promise<string>;
}

export const DEFAULT_WATCH = {
  intervalMs: 30_000,
  fullHour: 2,
  maxScoped: 2_000,
  backoffBaseMs: 5_000,
  backoffMaxMs: 300_000
};

/** One line of the watch's log: a cycle that did work, or an event (start, back-off, re-login, stop). */
export interface WatchEvent {
  at: string;
  event: 'start' | 'cycle' | 'backoff' | 'session' | 'stop' | 'remind';
  pass?: 'full' | 'incremental';
  /** Why a full pass ran: first run, daily, or too many changes. */
  reason?: string;
  changedRows?: Partial<Record<Watched, number>>;
  opportunities?: number;
  changed?: number;
  written?: number;
  failed?: number;
  apiCalls?: number;
  elapsedMs?: number;
  delayMs?: number;
  message?: string;
  /** What the roll-up warned of in this cycle (a missing settings record, a stop on the budget). */
  warnings?: string[];
}

export interface WatchDeps {
  /** A client with a fresh session: called at start and after an expired session. */
  connect(): Promise<OrgClient>;
  now(): Date;
  /** Waits ms, or less when the signal aborts. */
  sleep(ms: number, signal: AbortSignal): Promise<void>;
  log(event: WatchEvent): void;
  /** Aborted by SIGINT/SIGTERM: the current cycle finishes, then the watch stops. */
  signal: AbortSignal;
}

export interface CycleOutcome {
  pass: 'idle' | 'incremental' | 'full';
  apiCalls: number;
  elapsedMs: number;
  opportunities: number;
  summary?: PassTotals;
}

/** What the roll-up runs of a cycle did, added up. */
export type PassTotals = Pick<
  RollupSummary,
  'opportunities' | 'changed' | 'written' | 'failed' | 'stoppedEarly'
> & { warnings?: string[] };

/** Opportunity Ids in one scoped roll-up: about 8 KB of a query URL. */
export const SCOPED_CHUNK = 300;

/** The start of the daily window the last full pass must fall in: today at fullHour, or yesterday's. */
export function fullPassDue(now: Date, lastFullPass: string | null, fullHour: number): boolean {
  if (!lastFullPass) return true;
  const boundary = new Date(now);
  boundary.setHours(fullHour, 0, 0, 0);
  if (boundary > now) boundary.setDate(boundary.getDate() - 1);
  return new Date(lastFullPass) < boundary;
}

export function backoffMs(
  options: Pick<WatchOptions, 'backoffBaseMs' | 'backoffMaxMs'>,
  failures: number
): number {
  return Math.min(options.backoffMaxMs, options.backoffBaseMs * 2 ** Math.max(0, failures - 1));
}

async function runningUserId(client: OrgClient): Promise<string> {
  if (client.auth.userId) return client.auth.userId;
  const info = await client.requestJson<{ user_id?: string }>(
    'GET',
    '/services/oauth2/userinfo',
    undefined,
    'rest:userinfo'
  );
  if (!info.user_id) throw new SyncError('The org did not say which user this session belongs to.');
  return info.user_id;
}

/**
 * `plan-sync rollup --watch`: every interval, asks the org what changed since the stored marks
 * (one API call when nothing did) and rolls up only the opportunities concerned, with the same
 * roll-up as a full run; once a day, after fullHour, a full pass (health moves when days pass).
 */
export class Watch {
  private client: OrgClient | undefined;
  private userId = '';
  private state: WatchState | null = null;
  private readonly options: WatchOptions;
  private readonly deps: WatchDeps;

  constructor(options: WatchOptions, deps: WatchDeps) {
    this.options = options;
    this.deps = deps;
  }

  /** Runs until the signal aborts (or maxCycles); throws what waiting cannot cure. */
  async run(): Promise<number> {
    await this.connect();
    this.deps.log({
      at: this.deps.now().toISOString(),
      event: 'start',
      message: `watching every ${this.options.intervalMs / 1000} s; full pass daily after ${String(this.options.fullHour).padStart(2, '0')}:00; marks in ${this.options.stateFile}`
    });
    let failures = 0;
    let cycles = 0;
    while (!this.finished(cycles)) {
      const started = Date.now();
      let delay: number;
      try {
        await this.cycleRenewingSession();
        failures = 0;
        delay = Math.max(0, this.options.intervalMs - (Date.now() - started));
      } catch (error) {
        if (!isOutage(error)) throw error;
        failures++;
        delay = backoffMs(this.options, failures);
        this.deps.log({
          at: this.deps.now().toISOString(),
          event: 'backoff',
          delayMs: delay,
          message: `the org did not answer (${explain(error).message}); trying again in ${Math.round(delay / 1000)} s (failure ${failures} in a row)`
        });
      }
      cycles++;
      if (this.finished(cycles)) break;
      await this.deps.sleep(delay, this.deps.signal);
    }
    this.deps.log({
      at: this.deps.now().toISOString(),
      event: 'stop',
      message: `stopped after ${cycles} cycles`
    });
    return 0;
  }

  /** Stopped by a signal, or done with the cycles asked for. */
  private finished(cycles: number): boolean {
    return (
      this.deps.signal.aborted || (this.options.maxCycles !== undefined && cycles >= this.options.maxCycles)
    );
  }

  private async connect(): Promise<void> {
    this.client = await this.deps.connect();
    this.userId = await runningUserId(this.client);
  }

  /** One cycle; an expired session is renewed once and the cycle run again. */
  async cycleRenewingSession(): Promise<CycleOutcome> {
    if (!this.client) await this.connect();
    try {
      return await this.cycle();
    } catch (error) {
      if (!isExpiredSession(error)) throw error;
      await this.connect();
      this.deps.log({
        at: this.deps.now().toISOString(),
        event: 'session',
        message: 'the session had expired; logged in again'
      });
      return this.cycle();
    }
  }

  private requireClient(): OrgClient {
    if (!this.client) throw new Error('the watch is not connected');
    return this.client;
  }

  private loadState(): WatchState | null {
    const client = this.requireClient();
    this.state ??= readState(this.options.stateFile);
    // A state file of another org or user says nothing about this one.
    if (
      this.state &&
      (this.state.instanceUrl !== client.auth.instanceUrl || this.state.userId !== this.userId)
    )
      this.state = null;
    return this.state;
  }

  private save(marks: Marks, lastFullPass: string | null): void {
    const state: WatchState = {
      version: 1,
      instanceUrl: this.requireClient().auth.instanceUrl,
      userId: this.userId,
      marks,
      lastFullPass
    };
    writeState(this.options.stateFile, state);
    this.state = state;
  }

  /** --max-api-calls bounds each cycle, not the life of the watch (the meter counts since start). */
  private rollupOptions(overrides: Partial<RollupOptions>): RollupOptions {
    const client = this.requireClient();
    const perCycle = this.options.rollup.maxApiCalls;
    return {
      ...this.options.rollup,
      ...overrides,
      maxApiCalls: perCycle === undefined ? undefined : client.meter.calls + perCycle
    };
  }

  private async cycle(): Promise<CycleOutcome> {
    const client = this.requireClient();
    client.meter.budget = Number.POSITIVE_INFINITY;
    const startCalls = client.meter.calls;
    const started = Date.now();
    const state = this.loadState();
    const now = this.deps.now();
    if (!state || fullPassDue(now, state.lastFullPass, this.options.fullHour)) {
      return this.fullPass(state ? 'daily' : 'first run', now, startCalls, started);
    }
    const changes = await readChanges(client, this.userId, state.marks, now);
    if (changes.opportunityIds.size === 0) {
      if (JSON.stringify(changes.next) !== JSON.stringify(state.marks))
        this.save(changes.next, state.lastFullPass);
      return {
        pass: 'idle',
        apiCalls: client.meter.calls - startCalls,
        elapsedMs: Date.now() - started,
        opportunities: 0
      };
    }
    if (changes.opportunityIds.size > this.options.maxScoped) {
      return this.fullPass(`${changes.opportunityIds.size} changed opportunities`, now, startCalls, started);
    }
    const summary = await this.scopedRollups([...changes.opportunityIds].sort());
    // Stopped on the budget: the marks stay, so the next cycle sees the same changes again.
    if (!summary.stoppedEarly) this.save(changes.next, state.lastFullPass);
    const outcome: CycleOutcome = {
      pass: 'incremental',
      apiCalls: client.meter.calls - startCalls,
      elapsedMs: Date.now() - started,
      opportunities: changes.opportunityIds.size,
      summary
    };
    this.logCycle(outcome, undefined, changes.rows);
    await this.afterPass();
    return outcome;
  }

  /** The after-pass hook (reminders), within what is left of the cycle's budget. */
  private async afterPass(): Promise<void> {
    if (!this.options.afterPass) return;
    const client = this.requireClient();
    const budget = client.meter.budget;
    const message = await this.options.afterPass(client, Number.isFinite(budget) ? budget : undefined);
    this.deps.log({ at: this.deps.now().toISOString(), event: 'remind', message });
  }

  /**
   * The roll-up of the changed opportunities, SCOPED_CHUNK Ids a run: the Ids travel in the query
   * URL, which Salesforce (and the local org) cap at about 16 KB.
   */
  private async scopedRollups(ids: readonly string[]): Promise<PassTotals> {
    const totals: PassTotals = { opportunities: 0, changed: 0, written: 0, failed: 0, stoppedEarly: false };
    // A reporter per cycle: its warnings go to the cycle's log line, and do not pile up for the life of the watch.
    const reporter = new Reporter({ json: true });
    for (let i = 0; i < ids.length && !totals.stoppedEarly; i += SCOPED_CHUNK) {
      const summary = await runRollup(
        this.requireClient(),
        this.rollupOptions({
          api: 'rest',
          opportunityIds: ids.slice(i, i + SCOPED_CHUNK),
          checkSchema: false
        }),
        reporter
      );
      totals.opportunities += summary.opportunities;
      totals.changed += summary.changed;
      totals.written += summary.written;
      totals.failed += summary.failed;
      totals.stoppedEarly = summary.stoppedEarly;
    }
    if (reporter.warnings.length) totals.warnings = [...new Set(reporter.warnings)];
    return totals;
  }

  private async fullPass(
    reason: string,
    now: Date,
    startCalls: number,
    started: number
  ): Promise<CycleOutcome> {
    const client = this.requireClient();
    // Marks first: what changes while the pass reads is seen again by the next cycle.
    const marks = await latestMarks(client);
    const reporter = new Reporter({ json: true });
    const summary = await runRollup(client, this.rollupOptions({ checkSchema: true }), reporter);
    if (!summary.stoppedEarly) this.save(marks, now.toISOString());
    const outcome: CycleOutcome = {
      pass: 'full',
      apiCalls: client.meter.calls - startCalls,
      elapsedMs: Date.now() - started,
      opportunities: summary.opportunities,
      summary: {
        ...summary,
        ...(reporter.warnings.length ? { warnings: [...new Set(reporter.warnings)] } : {})
      }
    };
    this.logCycle(outcome, reason);
    await this.afterPass();
    return outcome;
  }

  private logCycle(outcome: CycleOutcome, reason?: string, rows?: Record<Watched, number>): void {
    const summary = outcome.summary;
    this.deps.log({
      at: this.deps.now().toISOString(),
      event: 'cycle',
      pass: outcome.pass === 'full' ? 'full' : 'incremental',
      ...(reason ? { reason } : {}),
      ...(rows
        ? { changedRows: Object.fromEntries(WATCHED.filter((o) => rows[o] > 0).map((o) => [o, rows[o]])) }
        : {}),
      opportunities: outcome.opportunities,
      changed: summary?.changed ?? 0,
      written: summary?.written ?? 0,
      failed: summary?.failed ?? 0,
      apiCalls: outcome.apiCalls,
      elapsedMs: outcome.elapsedMs,
      ...(summary?.warnings?.length ? { warnings: summary.warnings } : {})
    });
  }
}

/** A log line for people: what a cycle did, in one line. */
export function describeEvent(event: WatchEvent): string {
  if (event.event !== 'cycle') return `${event.at} ${event.event}: ${event.message ?? ''}`;
  const rows = Object.entries(event.changedRows ?? {})
    .map(([object, n]) => `${n} ${object}`)
    .join(', ');
  return `${event.at} ${event.pass} pass${event.reason ? ` (${event.reason})` : ''}: ${event.opportunities} opportunities${rows ? ` after changes to ${rows}` : ''}; ${event.changed} changed, ${event.written} written, ${event.failed} failed; ${event.apiCalls} API calls in ${((event.elapsedMs ?? 0) / 1000).toFixed(1)} s${(event.warnings ?? []).map((w) => `; warning: ${w}`).join('')}`;
}

/** The watch's wait between cycles: `ms`, cut short when the signal aborts (a stop request). */
export function abortableSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) {
      resolve();
      return;
    }
    const timer = setTimeout(done, ms);
    function done(): void {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done);
  });
}
