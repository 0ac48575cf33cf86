import type { OrgClient } from '../../salesforce/orgClient.ts';
import { DEFAULT_BULK_QUERY, type BulkQueryOptions } from '../../salesforce/bulkQuery.ts';
import type { RecordFailure } from '../../salesforce/collections.ts';
import type { RetryPolicy } from '../../salesforce/retry.ts';
import { SyncError } from '../../salesforce/errors.ts';
import { assessPlan, isValidIsoDate, type HealthStatus } from '../engine.ts';
import type { Reporter } from '../reporter.ts';
import { changedFields } from '../values.ts';
import { BulkDealSource, RestDealSource, countSoql, type DealSource } from './dealSource.ts';
import { LAST_ROLLUP_FIELD, rollupValues } from './opportunityFields.ts';
import { checkOrgSchema } from './preflight.ts';
import { orgToday, readOrgCalendar } from './organization.ts';
import type { Deal, PlanRecord, Row, StoredStep } from './records.ts';
import { asWritten, causedSlipChanges } from './stepFields.ts';
import { healthChange } from './healthHistory.ts';
import { bulkJobCalls } from './planExtras.ts';
import { readSettings } from '../../salesforce/healthSettings.ts';
import {
  BULK_WRITE_CALLS,
  restWriteCalls,
  writeChanges,
  type OpportunityChange,
  type RecordChange
} from './writeChanges.ts';

export interface RollupOptions {
  api: 'auto' | 'rest' | 'bulk';
  dryRun: boolean;
  maxApiCalls: number | undefined;
  /** Overrides Closed_Lookback_Days__c. */
  closedDays: number | undefined;
  /** Overrides today's date in the org's time zone (YYYY-MM-DD). */
  today: string | undefined;
  retry: RetryPolicy;
  bulk: BulkQueryOptions;
  stepsPerRange: number;
  /** Up to this many changed rows are written through REST collections; more through Bulk. */
  restWriteMax: number;
  /** Share of the org's daily allocation left untouched for other integrations. */
  reserveShare: number;
  /** Only these opportunities (`rollup --watch`'s changed deals); all in scope when absent. */
  opportunityIds?: readonly string[];
  /** Whether to describe the objects first (default true; the watch checks once, then at each full pass). */
  checkSchema?: boolean;
  /**
   * Whether to write each step's Caused_Slip_Days__c where it changed. Default: on for a full pass,
   * off when `opportunityIds` narrows the run (the watch's minute-by-minute cycles), because a step
   * write moves the LastModifiedDate a rep's open page holds as that step's version (stepFields.ts).
   */
  stepSlip?: boolean;
}

export const DEFAULT_ROLLUP: RollupOptions = {
  api: 'auto',
  dryRun: false,
  maxApiCalls: undefined,
  closedDays: undefined,
  today: undefined,
  retry: { attempts: 5, baseDelayMs: 500, maxDelayMs: 15_000 },
  bulk: DEFAULT_BULK_QUERY,
  stepsPerRange: 500_000,
  restWriteMax: 2_000,
  reserveShare: 0.05
};

export interface RollupSummary {
  dryRun: boolean;
  api: 'rest' | 'bulk';
  writeApi: 'rest' | 'bulk' | 'none';
  today: string;
  opportunities: number;
  withPlan: number;
  health: Record<HealthStatus, number>;
  changed: number;
  unchanged: number;
  written: number;
  retried: number;
  failed: number;
  failures: RecordFailure[];
  notSent: number;
  stoppedEarly: boolean;
  apiCalls: number;
  apiCallsByEndpoint: Record<string, number>;
  dailyApiRemaining: number | null;
  elapsedMs: number;
  /** The first changes, for --dry-run and --json readers. */
  changes: OpportunityChange[];
  /** Plan steps whose Caused_Slip_Days__c changed, and how their writes went (the counts above are opportunities). */
  steps: { changed: number; written: number; failed: number; notSent: number; failures: RecordFailure[] };
  /** Plan_Health_History__c rows: one per opportunity whose plan status, health or score changed. */
  history: { changed: number; written: number; failed: number; notSent: number; failures: RecordFailure[] };
}

const FIXED_CALLS = 6; // limits, describes (one composite call), settings, organization (time zone, fiscal year), 2 counts
/** Open risks and Active plans' committees on the Bulk path: a first REST page each, then a job at worst. */
const CHILD_READ_CALLS = (pageSize: number) => 2 * (1 + bulkJobCalls(1, pageSize));

/** API calls a run is expected to take on each path, reads plus the writes of a worst case. */
export function estimateCalls(
  opportunities: number,
  steps: number,
  options: Pick<RollupOptions, 'bulk' | 'stepsPerRange' | 'restWriteMax'>
): { rest: number; bulk: number } {
  const restReads =
    Math.max(1, Math.ceil(opportunities / 2000)) + Math.max(1, Math.ceil((opportunities + steps) / 2000));
  const writes = Math.min(
    restWriteCalls(opportunities),
    Math.max(BULK_WRITE_CALLS, restWriteCalls(options.restWriteMax))
  );
  const ranges = Math.max(1, Math.ceil(steps / options.stepsPerRange));
  const bulkReads =
    bulkJobCalls(opportunities, options.bulk.pageSize) * 2 +
    ranges * bulkJobCalls(Math.ceil(steps / ranges), options.bulk.pageSize) +
    CHILD_READ_CALLS(options.bulk.pageSize);
  // At worst every opportunity changes health too: its history row is a write of its own.
  return { rest: FIXED_CALLS + restReads + 2 * writes, bulk: FIXED_CALLS + bulkReads + 2 * writes };
}

/** The chosen plans of the deals in scope, keyed by plan Id (steps arrive by plan). */
function plansOfDeals(
  chosen: Map<string, PlanRecord>,
  deals: ReadonlyMap<string, Deal>
): Map<string, PlanRecord> {
  const byPlanId = new Map<string, PlanRecord>();
  for (const record of chosen.values())
    if (deals.has(record.opportunityId)) byPlanId.set(record.plan.id, record);
  return byPlanId;
}

async function countOf(client: OrgClient, soql: string): Promise<number> {
  const page = await client.queryPage<Row>(soql);
  return page.totalSize;
}

/**
 * Rolls plan health up to Opportunity fields: reads every opportunity in scope with its plan and
 * steps, assesses each with the plan engine, and writes only the fields whose values changed.
 */
export async function runRollup(
  client: OrgClient,
  options: RollupOptions,
  reporter: Reporter
): Promise<RollupSummary> {
  const started = Date.now();
  const todayArgument: unknown = options.today;
  if (typeof todayArgument === 'string' && !isValidIsoDate(todayArgument)) {
    throw new SyncError(`--today ${JSON.stringify(todayArgument)} is not a date (YYYY-MM-DD).`, {
      errorCode: 'INVALID_ARGUMENT',
      exitCode: 2
    });
  }

  // The budget guard: this run's calls stay under --max-api-calls and leave a reserve of the day's allocation.
  const limits = await client.requestJson<{ DailyApiRequests?: { Max: number; Remaining: number } }>(
    'GET',
    '/limits',
    undefined,
    'rest:limits'
  );
  const daily = limits.DailyApiRequests;
  const reserve = daily ? Math.ceil(daily.Max * options.reserveShare) : 0;
  const dailyBudget = daily ? daily.Remaining - reserve : Number.POSITIVE_INFINITY;
  client.meter.budget = Math.min(
    options.maxApiCalls ?? Number.POSITIVE_INFINITY,
    client.meter.calls + dailyBudget
  );
  if (client.meter.remaining < FIXED_CALLS) {
    throw new SyncError(
      `Not starting: ${daily ? `${daily.Remaining} of ${daily.Max} daily API calls remain (${reserve} kept in reserve)` : 'the API budget is too small'}${options.maxApiCalls !== undefined ? `, --max-api-calls ${options.maxApiCalls}` : ''}.`,
      {
        errorCode: 'API_BUDGET',
        action: 'Run again when the daily allocation has rolled over, or raise --max-api-calls.'
      }
    );
  }

  if (options.checkSchema !== false) await checkOrgSchema(client);
  const settings = await readSettings(client, reporter);
  const scope = {
    closedLookbackDays: options.closedDays ?? settings.closedLookbackDays,
    opportunityIds: options.opportunityIds
  };
  const calendar = await readOrgCalendar(client);
  const today = options.today ?? orgToday(calendar, reporter);
  const counts = countSoql(scope);
  const opportunityCount = await countOf(client, counts.opportunities);
  const stepCount = await countOf(client, counts.steps);
  const estimate = estimateCalls(opportunityCount, stepCount, options);
  const api = options.api === 'auto' ? (estimate.rest <= estimate.bulk ? 'rest' : 'bulk') : options.api;
  const expected = estimate[api];
  reporter.step(
    `Rolling up ${opportunityCount.toLocaleString('en-US')} opportunities with ${stepCount.toLocaleString('en-US')} plan steps through ${api === 'rest' ? 'REST' : 'Bulk API 2.0'} (about ${expected} API calls; today is ${today}).`
  );
  // The estimate counts the fixed calls already made; what is left to spend is the rest.
  if (client.meter.calls + expected - FIXED_CALLS > client.meter.budget) {
    throw new SyncError(
      `Not starting: this run needs about ${expected - FIXED_CALLS} more API calls and only ${client.meter.remaining} fit in the budget.`,
      {
        errorCode: 'API_BUDGET',
        action: 'Run again when the daily allocation has rolled over, or raise --max-api-calls.'
      }
    );
  }

  const extraFields = settings.writeStandardNextStep ? ['NextStep'] : [];
  const source: DealSource =
    api === 'rest'
      ? new RestDealSource(client, scope, extraFields)
      : new BulkDealSource(client, scope, extraFields, options.bulk, options.stepsPerRange);

  const summary: RollupSummary = {
    dryRun: options.dryRun,
    api,
    writeApi: 'none',
    today,
    opportunities: 0,
    withPlan: 0,
    health: { 'On Track': 0, 'At Risk': 0, 'Off Track': 0, 'No Plan': 0, Complete: 0 },
    changed: 0,
    unchanged: 0,
    written: 0,
    retried: 0,
    failed: 0,
    failures: [],
    notSent: 0,
    stoppedEarly: false,
    apiCalls: 0,
    apiCallsByEndpoint: {},
    dailyApiRemaining: null,
    elapsedMs: 0,
    changes: [],
    steps: { changed: 0, written: 0, failed: 0, notSent: 0, failures: [] },
    history: { changed: 0, written: 0, failed: 0, notSent: 0, failures: [] }
  };
  const changes: OpportunityChange[] = [];
  const historyChanges: RecordChange[] = [];
  // The run's start: every history row it writes carries it as Changed_At__c.
  const changedAt = new Date(started).toISOString();

  const stepChanges: RecordChange[] = [];
  const writeStepSlip = options.stepSlip ?? options.opportunityIds === undefined;

  const assess = (deal: Deal, record: PlanRecord | null, steps: readonly StoredStep[]) => {
    const plan = record?.plan ?? null;
    const input = {
      plan,
      steps,
      risks: record?.risks,
      // An Active plan's committee was read whole: none read means none named.
      stakeholders: record?.plan.status === 'Active' ? (record.committee ?? []) : undefined,
      opportunity: deal.facts,
      today,
      thresholds: settings.thresholds,
      healthWeights: settings.healthWeights
    };
    let assessment = assessPlan(input);
    const slipChanges = writeStepSlip ? causedSlipChanges(steps, assessment) : [];
    if (slipChanges.length > 0) {
      for (const change of slipChanges) stepChanges.push(change);
      assessment = assessPlan({ ...input, steps: asWritten(steps, slipChanges, today) });
    }
    summary.opportunities++;
    if (plan) summary.withPlan++;
    summary.health[assessment.health.status]++;
    const values = rollupValues(assessment, plan, settings.writeStandardNextStep, {
      opportunity: deal.facts,
      amount: deal.amount,
      weights: settings.forecastWeights,
      fiscalYearStartMonth: calendar.fiscalYearStartMonth
    });
    const fields = changedFields(deal.current, values);
    if (Object.keys(fields).length === 0) {
      summary.unchanged++;
      return;
    }
    changes.push({ id: deal.id, name: deal.name, fields });
    const history = healthChange(deal, plan?.id ?? null, values, fields, today, changedAt);
    if (history) historyChanges.push(history);
  };

  try {
    // Deals wait here for their plan's steps; each is assessed once and let go.
    const deals = new Map<string, Deal>();
    await source.opportunities((deal) => {
      deals.set(deal.id, deal);
      reporter.progress('Reading opportunities', deals.size, opportunityCount);
    });
    const plans = plansOfDeals(await source.plans(), deals);
    for await (const group of source.steps(plans)) {
      for (const [planId, steps] of group) {
        const record = plans.get(planId);
        const deal = record ? deals.get(record.opportunityId) : undefined;
        if (!record || !deal) continue;
        assess(deal, record, steps);
        deals.delete(deal.id);
      }
      reporter.progress('Assessing plans', summary.withPlan, plans.size);
    }
    for (const deal of deals.values()) assess(deal, null, []);
    deals.clear();

    summary.changed = changes.length;
    summary.changes = changes.slice(0, 1000);
    summary.steps.changed = stepChanges.length;
    summary.history.changed = historyChanges.length;
    if (options.dryRun) {
      reporter.step(
        `Dry run: ${changes.length.toLocaleString('en-US')} opportunities (${historyChanges.length.toLocaleString('en-US')} with a change of plan health) and ${stepChanges.length.toLocaleString('en-US')} plan steps' caused slip would change; nothing written.`
      );
      for (const change of changes.slice(0, 50)) {
        reporter.step(
          `  ${change.id} ${change.name}: ${Object.entries(change.fields)
            .map(([f, v]) => `${f}=${JSON.stringify(v)}`)
            .join(', ')}`
        );
      }
      if (changes.length > 50)
        reporter.step(`  … and ${changes.length - 50} more (--json lists the first 1,000).`);
    } else {
      // History first: were the run cut off between the two, the rerun finds the same changes and
      // upserts the same keys, where history written after could be lost with the changes written.
      const historyOutcome = await writeChanges(
        client,
        historyChanges,
        {
          api: api === 'rest' || historyChanges.length <= options.restWriteMax ? 'rest' : 'bulk',
          retry: options.retry,
          pollIntervalMs: options.bulk.pollIntervalMs,
          restWriteMax: options.restWriteMax,
          sobject: 'Plan_Health_History__c'
        },
        reporter
      );
      summary.history.written = historyOutcome.written;
      summary.history.failed = historyOutcome.failures.length;
      summary.history.notSent = historyOutcome.notSent;
      summary.history.failures = historyOutcome.failures;
      summary.stoppedEarly ||= historyOutcome.notSent > 0;
      const stamp = new Date().toISOString();
      for (const change of changes) change.fields[LAST_ROLLUP_FIELD] = stamp;
      const writeApi = api === 'rest' || changes.length <= options.restWriteMax ? 'rest' : 'bulk';
      const outcome = await writeChanges(
        client,
        changes,
        {
          api: writeApi,
          retry: options.retry,
          pollIntervalMs: options.bulk.pollIntervalMs,
          restWriteMax: options.restWriteMax
        },
        reporter
      );
      summary.writeApi = outcome.api;
      summary.written = outcome.written;
      summary.retried = outcome.retried;
      summary.failures = outcome.failures;
      summary.failed = outcome.failures.length;
      summary.notSent = outcome.notSent;
      summary.stoppedEarly ||= outcome.notSent > 0;
      // Then each step's caused slip, where it changed (the same careful writes, on Plan_Step__c).
      const stepOutcome = await writeChanges(
        client,
        stepChanges,
        {
          api: api === 'rest' || stepChanges.length <= options.restWriteMax ? 'rest' : 'bulk',
          retry: options.retry,
          pollIntervalMs: options.bulk.pollIntervalMs,
          restWriteMax: options.restWriteMax,
          sobject: 'Plan_Step__c'
        },
        reporter
      );
      summary.steps.written = stepOutcome.written;
      summary.steps.failed = stepOutcome.failures.length;
      summary.steps.notSent = stepOutcome.notSent;
      summary.steps.failures = stepOutcome.failures;
      summary.stoppedEarly ||= stepOutcome.notSent > 0;
    }
  } catch (error) {
    if (!(error instanceof SyncError && error.errorCode === 'API_BUDGET')) throw error;
    summary.stoppedEarly = true;
    reporter.warn(`${error.message} ${error.action ?? ''}`.trim());
  }

  summary.apiCalls = client.meter.calls;
  summary.apiCallsByEndpoint = client.meter.summary();
  summary.dailyApiRemaining = client.apiUsage ? client.apiUsage.limit - client.apiUsage.used : null;
  summary.elapsedMs = Date.now() - started;
  return summary;
}
