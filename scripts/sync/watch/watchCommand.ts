import { CallMeter } from '../../salesforce/callMeter.ts';
import { OrgClient, type OrgAuth } from '../../salesforce/orgClient.ts';
import { SyncError } from '../../salesforce/errors.ts';
import type { RollupOptions } from '../rollup/rollup.ts';
import { Reporter } from '../reporter.ts';
import { runRemind, type RemindOptions } from '../remind/remind.ts';
import { defaultStateFile } from './state.ts';
import { DEFAULT_WATCH, Watch, abortableSleep, describeEvent, type WatchEvent } from './watch.ts';

export interface WatchArguments {
  interval: number | undefined;
  fullHour: number | undefined;
  stateFile: string | undefined;
  json: boolean;
  /** `--remind`: remind runs after each pass, with these options (its budget is the cycle's). */
  remind?: RemindOptions | undefined;
}

/**
 * `plan-sync rollup --watch`: wires the watch to the process. A session from the sf CLI's auth
 * store is renewed through it when it expires; an access token from the environment cannot be,
 * so the watch stops with a message saying so. SIGINT/SIGTERM stop it after the current cycle.
 */
export async function runWatchCommand(
  auth: OrgAuth,
  /** Logs in again through the sf CLI's auth store; null for SF_ACCESS_TOKEN. */
  relogin: (() => Promise<OrgAuth>) | null,
  args: WatchArguments,
  rollup: RollupOptions,
  stdout: NodeJS.WritableStream,
  env: NodeJS.ProcessEnv
): Promise<number> {
  if (args.interval !== undefined && args.interval < 1)
    throw new SyncError('--interval takes a number of seconds, at least 1.', {
      errorCode: 'INVALID_ARGUMENT',
      exitCode: 2
    });
  if (args.fullHour !== undefined && args.fullHour > 23)
    throw new SyncError('--full-hour takes an hour from 0 to 23.', {
      errorCode: 'INVALID_ARGUMENT',
      exitCode: 2
    });
  const controller = new AbortController();
  const stop = (): void => controller.abort();
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  let first = true;
  const watch = new Watch(
    {
      ...DEFAULT_WATCH,
      intervalMs: (args.interval ?? DEFAULT_WATCH.intervalMs / 1000) * 1000,
      fullHour: args.fullHour ?? DEFAULT_WATCH.fullHour,
      stateFile: args.stateFile ?? defaultStateFile(auth.instanceUrl, auth.label, env),
      rollup,
      ...(args.remind ? { afterPass: remindAfterPass(args.remind) } : {})
    },
    {
      connect: async () => {
        if (first) {
          first = false;
          return new OrgClient(auth, new CallMeter());
        }
        if (!relogin)
          throw new SyncError(
            'The access token in SF_ACCESS_TOKEN has expired and the watch cannot renew it.',
            {
              errorCode: 'INVALID_SESSION_ID',
              action:
                'Run the watch with --target-org <alias> (an sf CLI login it renews by itself), or restart it with a fresh SF_ACCESS_TOKEN.'
            }
          );
        return new OrgClient(await relogin(), new CallMeter());
      },
      now: () => new Date(),
      sleep: abortableSleep,
      log: (event: WatchEvent) =>
        stdout.write(`${args.json ? JSON.stringify(event) : describeEvent(event)}\n`),
      signal: controller.signal
    }
  );
  try {
    return await watch.run();
  } finally {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
  }
}

/** `rollup --watch --remind`: remind after a pass, its outcome in one line of the watch's log. */
function remindAfterPass(
  options: RemindOptions
): (client: OrgClient, maxApiCalls: number | undefined) => Promise<string> {
  return async (client, maxApiCalls) => {
    const reporter = new Reporter({ json: true });
    const summary = await runRemind(client, { ...options, maxApiCalls }, reporter);
    const t = summary.tasks;
    const warnings = reporter.warnings.length
      ? `; warning: ${[...new Set(reporter.warnings)].join('; ')}`
      : '';
    return `remind: ${t.created ?? 0} Tasks created, ${t.updated ?? 0} updated, ${t.closed ?? 0} closed, ${t.stepsCompleted ?? 0} steps completed; ${summary.notifications.sent} notifications, ${summary.digests.sent} digests sent; ${summary.apiCalls} API calls so far${warnings}`;
  };
}
