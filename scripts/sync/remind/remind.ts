import { randomUUID } from 'node:crypto';
import type { OrgClient } from '../../salesforce/orgClient.ts';
import { DEFAULT_BULK_QUERY } from '../../salesforce/bulkQuery.ts';
import { SyncError } from '../../salesforce/errors.ts';
import type { RetryPolicy } from '../../salesforce/retry.ts';
import { isValidIsoDate } from '../engine.ts';
import type { Reporter } from '../reporter.ts';
import { orgToday, readOrgCalendar } from '../rollup/organization.ts';
import { dateIn } from './dates.ts';
import { buildDigests, digestStepSoql, type Digest } from './digests.ts';
import { claimedKeys } from './ledger.ts';
import { buyerUpdateNotices, overdueReviewNotices, overdueStepNotices, type Notice } from './notices.ts';
import { countRows, readCalls, readRows, type ReadOptions } from './read.ts';
import { checkRemindSchema, notificationTypeId } from './schema.ts';
import { emptyTally, sendOnce, type SendTally } from './send.ts';
import { readReminderSettings, type ReminderSettings } from './settings.ts';
import {
  SELLER_STEP_FIELDS,
  SELLER_STEP_WHERE,
  TASK_FIELDS,
  TASK_WHERE,
  planTasks,
  toSellerStep,
  toSyncTask,
  type SellerStep,
  type SyncTask,
  type TaskPlan
} from './taskPlan.ts';
import { applyTaskPlan, readTaskStatuses, type TaskTally } from './tasks.ts';

export interface RemindOptions {
  dryRun: boolean;
  maxApiCalls: number | undefined;
  /** Overrides today's date in the org's time zone (YYYY-MM-DD). */
  today: string | undefined;
  retry: RetryPolicy;
  read: ReadOptions;
  /** Share of the org's daily allocation left untouched for other integrations. */
  reserveShare: number;
}

export const DEFAULT_REMIND: RemindOptions = {
  dryRun: false,
  maxApiCalls: undefined,
  today: undefined,
  retry: { attempts: 5, baseDelayMs: 500, maxDelayMs: 15_000 },
  read: { bulkAbove: 20_000, bulk: DEFAULT_BULK_QUERY },
  reserveShare: 0.05
};

export interface RemindSummary {
  dryRun: boolean;
  today: string;
  settings: ReminderSettings;
  tasks: {
    sellerSteps: number;
    toCreate: number;
    toUpdate: number;
    toComplete: number;
    toClose: number;
    /** The first ones, for --dry-run and --json readers. */
    planned: { owner: string; step: string; dueDate: string | null; action: string }[];
  } & Partial<TaskTally>;
  notifications: SendTally & { planned: number; items: { to: string; title: string }[] };
  digests: SendTally & {
    planned: number;
    optedOut: number;
    noEmail: number;
    /** Sent a digest within the last Digest Period Days: none again yet. */
    recent: number;
    items: { to: string; email: string; subject: string; steps: number }[];
  };
  stoppedEarly: boolean;
  apiCalls: number;
  apiCallsByEndpoint: Record<string, number>;
  dailyApiRemaining: number | null;
  elapsedMs: number;
}

/** Calls made before the reads: limits, describe (composite), settings, organization, notification type, Task statuses, counts. */
const FIXED_CALLS = 9;
const SHOWN = 1000;

async function budget(client: OrgClient, options: RemindOptions): Promise<void> {
  const limits = await client.requestJson<{ DailyApiRequests?: { Max: number; Remaining: number } }>(
    'GET',
    '/limits',
    undefined,
    'rest:limits'
  );
  const daily = limits.DailyApiRequests;
  const reserve = daily ? Math.ceil(daily.Max * options.reserveShare) : 0;
  client.meter.budget = Math.min(
    options.maxApiCalls ?? Number.POSITIVE_INFINITY,
    client.meter.calls + (daily ? daily.Remaining - reserve : Number.POSITIVE_INFINITY)
  );
  if (client.meter.remaining < FIXED_CALLS)
    throw new SyncError(
      `Not starting: ${daily ? `${daily.Remaining} of ${daily.Max} daily API calls remain (${reserve} kept in reserve)` : 'the API budget is too small'}${options.maxApiCalls !== undefined ? `, --max-api-calls ${options.maxApiCalls}` : ''}.`,
      {
        errorCode: 'API_BUDGET',
        action: 'Run again when the daily allocation has rolled over, or raise --max-api-calls.'
      }
    );
}

/** Drops what the ledger holds already (sent by an earlier run): a dry run shows only what is new. */
async function unclaimed<T extends { claim: { key: string } }>(client: OrgClient, items: T[]): Promise<T[]> {
  if (items.length === 0) return items;
  const claimed = await claimedKeys(
    client,
    items.map((i) => i.claim.key)
  );
  return items.filter((i) => !claimed.has(i.claim.key));
}

/**
 * `plan-sync remind`: seller steps as Tasks (two-way), notifications of newly overdue seller steps,
 * new buyer updates and overdue reviews, and buyer digests; each sent once, through the ledger.
 */
export async function runRemind(
  client: OrgClient,
  options: RemindOptions,
  reporter: Reporter
): Promise<RemindSummary> {
  const started = Date.now();
  if (options.today !== undefined && !isValidIsoDate(options.today))
    throw new SyncError(`--today ${JSON.stringify(options.today)} is not a date (YYYY-MM-DD).`, {
      errorCode: 'INVALID_ARGUMENT',
      exitCode: 2
    });
  await budget(client, options);
  const schema = await checkRemindSchema(client);
  const settings = await readReminderSettings(client, reporter);
  const calendar = await readOrgCalendar(client);
  const today = options.today ?? orgToday(calendar, reporter);
  const now = new Date();
  const runId = randomUUID();
  const context = { runId, retry: options.retry, now: () => new Date(), ledger: reporter.ledger };
  const summary: RemindSummary = {
    dryRun: options.dryRun,
    today,
    settings,
    tasks: { sellerSteps: 0, toCreate: 0, toUpdate: 0, toComplete: 0, toClose: 0, planned: [] },
    notifications: { ...emptyTally(), planned: 0, items: [] },
    digests: { ...emptyTally(), planned: 0, optedOut: 0, noEmail: 0, recent: 0, items: [] },
    stoppedEarly: false,
    apiCalls: 0,
    apiCallsByEndpoint: {},
    dailyApiRemaining: null,
    elapsedMs: 0
  };

  const needSteps = settings.createTasks || settings.sendNotifications;
  const typeId = settings.sendNotifications ? await notificationTypeId(client) : '';
  const statuses = settings.createTasks ? await readTaskStatuses(client) : null;
  const stepCount = needSteps
    ? await countRows(client, `SELECT COUNT() FROM Plan_Step__c WHERE ${SELLER_STEP_WHERE}`)
    : 0;
  const taskCount = settings.createTasks
    ? await countRows(client, `SELECT COUNT() FROM Task WHERE ${TASK_WHERE}`)
    : 0;
  const digestCount = settings.sendDigests
    ? await countRows(
        client,
        digestStepSoql(today, settings.dueSoonDays).replace(/^SELECT .+? FROM/, 'SELECT COUNT() FROM')
      )
    : 0;
  const reads = [stepCount, taskCount, digestCount].reduce((n, rows) => n + readCalls(rows, options.read), 0);
  reporter.step(
    `Reminding for ${stepCount.toLocaleString('en-US')} open seller steps owned by users, ${taskCount.toLocaleString('en-US')} synced Tasks to check and ${digestCount.toLocaleString('en-US')} buyer steps due (today is ${today}; about ${reads} API calls to read).`
  );
  if (client.meter.calls + reads > client.meter.budget)
    throw new SyncError(
      `Not starting: reading takes about ${reads} API calls and only ${client.meter.remaining} fit in the budget.`,
      {
        errorCode: 'API_BUDGET',
        action: 'Run again when the daily allocation has rolled over, or raise --max-api-calls.'
      }
    );

  try {
    const steps = new Map<string, SellerStep>();
    if (needSteps)
      await readRows(
        client,
        `SELECT ${SELLER_STEP_FIELDS.join(', ')} FROM Plan_Step__c WHERE ${SELLER_STEP_WHERE}`,
        stepCount,
        options.read,
        (row) => {
          const step = toSellerStep(row);
          steps.set(step.id, step);
          reporter.progress('Reading seller steps', steps.size, stepCount);
        }
      );
    summary.tasks.sellerSteps = steps.size;

    if (statuses) {
      const tasks: SyncTask[] = [];
      await readRows(
        client,
        `SELECT ${TASK_FIELDS.join(', ')} FROM Task WHERE ${TASK_WHERE}`,
        taskCount,
        options.read,
        (row) => {
          tasks.push(toSyncTask(row));
          reporter.progress('Reading Tasks', tasks.length, taskCount);
        }
      );
      const completedDate = (task: SyncTask): string => {
        const date = task.completedAt ? dateIn(task.completedAt, calendar.timeZone) : today;
        return date > today ? today : date;
      };
      const plan = planTasks(steps, tasks, completedDate, statuses);
      describeTaskPlan(summary, plan);
      if (!options.dryRun)
        Object.assign(
          summary.tasks,
          await applyTaskPlan(client, plan, completedDate, { ...context, today, statuses })
        );
    }

    if (settings.sendNotifications) {
      const notices: Notice[] = [
        ...overdueStepNotices(steps.values(), today, settings.overdueLookbackDays, typeId),
        ...(await buyerUpdateNotices(client, today, settings.overdueLookbackDays, typeId, options.read)),
        ...(schema.hasReviews
          ? await overdueReviewNotices(client, today, settings.overdueLookbackDays, typeId, options.read)
          : [])
      ];
      const fresh = await unclaimed(client, notices);
      summary.notifications.planned = fresh.length;
      summary.notifications.items = fresh
        .slice(0, SHOWN)
        .map((n) => ({ to: n.recipientName, title: n.title }));
      if (!options.dryRun)
        Object.assign(
          summary.notifications,
          await sendOnce(client, 'customNotificationAction', fresh, { ...context, label: 'notifications' })
        );
    }
    steps.clear();

    if (settings.sendDigests) {
      const { digests, skips } = await buildDigests(client, settings, today, now, digestCount, options.read);
      const fresh: Digest[] = await unclaimed(client, digests);
      summary.digests.planned = fresh.length;
      summary.digests.optedOut = skips.optedOut;
      summary.digests.noEmail = skips.noEmail;
      summary.digests.recent = skips.recent;
      summary.digests.items = fresh
        .slice(0, SHOWN)
        .map((d) => ({ to: d.name, email: d.email, subject: d.subject, steps: d.steps }));
      if (!options.dryRun)
        Object.assign(
          summary.digests,
          await sendOnce(client, 'emailSimple', fresh, { ...context, label: 'buyer digests' })
        );
    }
  } catch (error) {
    if (!(error instanceof SyncError && error.errorCode === 'API_BUDGET')) throw error;
    summary.stoppedEarly = true;
    reporter.warn(`${error.message} ${error.action ?? ''}`.trim());
  }
  summary.stoppedEarly ||=
    (summary.tasks.notSent ?? 0) > 0 || summary.notifications.notSent > 0 || summary.digests.notSent > 0;
  summary.apiCalls = client.meter.calls;
  summary.apiCallsByEndpoint = client.meter.summary();
  summary.dailyApiRemaining = client.apiUsage ? client.apiUsage.limit - client.apiUsage.used : null;
  summary.elapsedMs = Date.now() - started;
  return summary;
}

function describeTaskPlan(summary: RemindSummary, plan: TaskPlan): void {
  summary.tasks.toCreate = plan.create.length;
  summary.tasks.toUpdate = plan.update.length;
  summary.tasks.toComplete = plan.complete.length;
  summary.tasks.toClose = plan.orphans.length;
  summary.tasks.planned = [
    ...plan.create.map((s) => ({ owner: s.ownerName, step: s.title, dueDate: s.dueDate, action: 'create' })),
    ...plan.complete.map((c) => ({ owner: '', step: c.stepId, dueDate: null, action: 'complete step' }))
  ].slice(0, SHOWN);
}
