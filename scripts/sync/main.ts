import { parseArgs } from 'node:util';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CallMeter } from '../salesforce/callMeter.ts';
import { OrgClient } from '../salesforce/orgClient.ts';
import { DEFAULT_RETRY } from '../salesforce/retry.ts';
import { SyncError, explain } from '../salesforce/errors.ts';
import { resolveOrg } from './connect.ts';
import { DEFAULT_API_VERSION } from '../salesforce/orgClient.ts';
import { Reporter } from './reporter.ts';
import { DEFAULT_ROLLUP, runRollup, type RollupOptions, type RollupSummary } from './rollup/rollup.ts';
import { migrateCommitment } from './migrate/migrateCommitment.ts';
import { seedTemplates } from './templates/seedTemplates.ts';
import { runWatchCommand } from './watch/watchCommand.ts';
import { DEFAULT_REMIND, runRemind, type RemindOptions } from './remind/remind.ts';
import { printRemind, remindFailed } from './remind/print.ts';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const HELP = `plan-sync — Mutual Action Plans sync for Salesforce

Usage:
  plan-sync seed-templates [--dir <folder>] [--prune] [--dry-run] [--target-org <alias>] [--json]
  plan-sync rollup [--dry-run] [--api auto|rest|bulk] [--max-api-calls <n>] [--closed-days <n>]
                   [--today YYYY-MM-DD] [--target-org <alias>] [--json]
  plan-sync rollup --watch [--interval <seconds>] [--full-hour <0-23>] [--state-file <path>]
                   [--max-api-calls <n per cycle>] [--remind] [--target-org <alias>] [--json]
  plan-sync remind [--dry-run] [--max-api-calls <n>] [--today YYYY-MM-DD] [--target-org <alias>] [--json]
  plan-sync migrate-commitment [--dry-run] [--target-org <alias>] [--json]

Org: --target-org (an sf CLI alias or username), else SF_INSTANCE_URL + SF_ACCESS_TOKEN,
else the project's default org (sf config set target-org).

seed-templates  Validates every template file, then upserts templates and steps by external ID,
                writing only what changed. --prune deletes templates/steps that are not in the files.
rollup          Assesses every open opportunity (and those closed in the last N days) with the plan
                engine and writes plan health to Opportunity fields, only where a value changed.
rollup --watch  Keeps running: every --interval seconds (30) rolls up only the opportunities whose
                plans, steps or fields changed (one API call when nothing did); a full pass daily
                after --full-hour (2, local time). One log line per cycle that did work.
                --remind: runs remind after each pass.
remind          Seller steps owned by users as their Salesforce Tasks (two-way: a completed Task
                completes its step), notifications of newly overdue seller steps, new buyer updates
                and overdue reviews, and buyer digest emails; each sent once (Plan_Reminder__c).
                --dry-run prints who would get what and sends nothing.
migrate-commitment  Once, after upgrading to the version with the buyer room: steps whose old Buyer
                Committed box is checked and whose commitment is not set become Committed.

Exit codes: 0 done; 1 failed or records left unwritten; 2 bad input or an org that lacks the package.`;

interface Parsed {
  command: string | undefined;
  values: Record<string, string | boolean | undefined>;
}

function parse(argv: readonly string[]): Parsed {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      'target-org': { type: 'string', short: 'o' },
      'api-version': { type: 'string' },
      json: { type: 'boolean' },
      'dry-run': { type: 'boolean' },
      dir: { type: 'string' },
      prune: { type: 'boolean' },
      api: { type: 'string' },
      'max-api-calls': { type: 'string' },
      'closed-days': { type: 'string' },
      today: { type: 'string' },
      watch: { type: 'boolean' },
      interval: { type: 'string' },
      'full-hour': { type: 'string' },
      'state-file': { type: 'string' },
      remind: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' }
    }
  });
  return { command: positionals[0], values };
}

function wholeNumber(name: string, value: string | boolean | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0)
    throw new SyncError(`--${name} takes a whole number, not "${String(value)}".`, {
      errorCode: 'INVALID_ARGUMENT',
      exitCode: 2
    });
  return n;
}

function printRollup(summary: RollupSummary, reporter: Reporter): void {
  const h = summary.health;
  reporter.step(
    `Health: ${h['On Track']} on track, ${h['At Risk']} at risk, ${h['Off Track']} off track, ${h['No Plan']} no plan, ${h.Complete} complete.`
  );
  reporter.step(
    `${summary.changed} changed, ${summary.unchanged} unchanged; ${summary.written} written${summary.retried ? ` (${summary.retried} retried)` : ''}, ${summary.failed} failed${summary.notSent ? `, ${summary.notSent} not sent` : ''}. ${summary.apiCalls} API calls in ${(summary.elapsedMs / 1000).toFixed(1)} s.`
  );
  if (summary.steps.changed > 0)
    reporter.step(
      `Plan steps: ${summary.steps.changed} caused-slip changes, ${summary.steps.written} written, ${summary.steps.failed} failed${summary.steps.notSent ? `, ${summary.steps.notSent} not sent` : ''}.`
    );
  for (const failure of summary.steps.failures.slice(0, 20))
    reporter.step(`  step ${failure.key}: ${failure.errorCode} ${failure.message}`);
  if (summary.history.changed > 0)
    reporter.step(
      `Plan health changes: ${summary.history.changed} recorded, ${summary.history.written} written, ${summary.history.failed} failed${summary.history.notSent ? `, ${summary.history.notSent} not sent` : ''}.`
    );
  for (const failure of summary.history.failures.slice(0, 20))
    reporter.step(`  health change ${failure.key}: ${failure.errorCode} ${failure.message}`);
  for (const failure of summary.failures.slice(0, 20))
    reporter.step(`  ${failure.key}: ${failure.errorCode} ${failure.message}`);
  if (summary.failures.length > 20)
    reporter.step(`  … and ${summary.failures.length - 20} more (--json lists them all).`);
}

/** Runs one command; returns the process exit code. */
export async function main(
  argv: readonly string[],
  stdout: NodeJS.WritableStream = process.stdout,
  env: NodeJS.ProcessEnv = process.env
): Promise<number> {
  let parsed: Parsed;
  try {
    parsed = parse(argv);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${HELP}\n`);
    return 2;
  }
  const json = parsed.values.json === true;
  const reporter = new Reporter({ json });
  if (
    parsed.values.help ||
    !parsed.command ||
    !['seed-templates', 'rollup', 'remind', 'migrate-commitment'].includes(parsed.command)
  ) {
    (parsed.values.help ? process.stdout : process.stderr).write(`${HELP}\n`);
    return parsed.values.help ? 0 : 2;
  }
  try {
    const apiVersion =
      typeof parsed.values['api-version'] === 'string' ? parsed.values['api-version'] : DEFAULT_API_VERSION;
    const auth = await resolveOrg(parsed.values['target-org'] as string | undefined, apiVersion, env);
    const client = new OrgClient(auth, new CallMeter());
    const dryRun = parsed.values['dry-run'] === true;
    if (parsed.command === 'seed-templates') {
      const dir = path.resolve(
        typeof parsed.values.dir === 'string' ? parsed.values.dir : path.join(projectRoot, 'templates')
      );
      const summary = await seedTemplates(
        client,
        {
          dir,
          objectsDir: path.join(projectRoot, 'force-app/main/default/objects'),
          prune: parsed.values.prune === true,
          dryRun,
          retry: DEFAULT_RETRY
        },
        reporter
      );
      if (json)
        stdout.write(
          `${JSON.stringify({ status: 0, result: { ...summary, apiCalls: client.meter.calls }, warnings: reporter.warnings }, null, 2)}\n`
        );
      return 0;
    }
    if (parsed.command === 'migrate-commitment') {
      const summary = await migrateCommitment(client, { dryRun, retry: DEFAULT_RETRY }, reporter);
      const status = summary.failed > 0 ? 1 : 0;
      if (json)
        stdout.write(
          `${JSON.stringify({ status, result: summary, warnings: reporter.warnings }, null, 2)}\n`
        );
      else
        reporter.step(
          dryRun
            ? `Dry run: ${summary.found} would become Committed.`
            : `${summary.written} marked Committed, ${summary.failed} failed. ${summary.apiCalls} API calls.`
        );
      for (const failure of summary.failures.slice(0, 20))
        reporter.step(`  ${failure.key}: ${failure.errorCode} ${failure.message}`);
      return status;
    }
    const remindOptions: RemindOptions = {
      ...DEFAULT_REMIND,
      dryRun,
      maxApiCalls: wholeNumber('max-api-calls', parsed.values['max-api-calls']),
      today: typeof parsed.values.today === 'string' ? parsed.values.today : undefined
    };
    if (parsed.command === 'remind') {
      const summary = await runRemind(client, remindOptions, reporter);
      const status = remindFailed(summary) ? 1 : 0;
      if (json)
        stdout.write(
          `${JSON.stringify({ status, result: summary, warnings: reporter.warnings }, null, 2)}\n`
        );
      else printRemind(summary, reporter);
      return status;
    }
    const api = parsed.values.api ?? 'auto';
    if (api !== 'auto' && api !== 'rest' && api !== 'bulk')
      throw new SyncError(`--api takes auto, rest or bulk, not "${String(api)}".`, {
        errorCode: 'INVALID_ARGUMENT',
        exitCode: 2
      });
    const rollupOptions: RollupOptions = {
      ...DEFAULT_ROLLUP,
      api,
      dryRun,
      maxApiCalls: wholeNumber('max-api-calls', parsed.values['max-api-calls']),
      closedDays: wholeNumber('closed-days', parsed.values['closed-days']),
      today: typeof parsed.values.today === 'string' ? parsed.values.today : undefined
    };
    if (parsed.values.watch === true) {
      const targetOrg = parsed.values['target-org'] as string | undefined;
      return await runWatchCommand(
        auth,
        auth.label === 'SF_INSTANCE_URL' ? null : () => resolveOrg(targetOrg, apiVersion, env),
        {
          interval: wholeNumber('interval', parsed.values.interval),
          fullHour: wholeNumber('full-hour', parsed.values['full-hour']),
          stateFile:
            typeof parsed.values['state-file'] === 'string'
              ? path.resolve(parsed.values['state-file'])
              : undefined,
          json,
          remind: parsed.values.remind === true ? { ...remindOptions, today: undefined } : undefined
        },
        rollupOptions,
        stdout,
        env
      );
    }
    const summary = await runRollup(client, rollupOptions, reporter);
    const status =
      summary.failed > 0 || summary.steps.failed > 0 || summary.history.failed > 0 || summary.stoppedEarly
        ? 1
        : 0;
    if (json)
      stdout.write(`${JSON.stringify({ status, result: summary, warnings: reporter.warnings }, null, 2)}\n`);
    else printRollup(summary, reporter);
    return status;
  } catch (error) {
    const problem = explain(error);
    // A fatal error part-way: what was written before it, and what was not (the next run writes it).
    const written = reporter.ledger.report();
    const status = Math.max(1, problem.exitCode);
    if (json) {
      // The watch logs one JSON object a line, and its last line (the error that stopped it) is one too.
      const indent = parsed.values.watch === true ? undefined : 2;
      stdout.write(
        `${JSON.stringify({ status, name: problem.errorCode, message: problem.message, action: problem.action ?? null, written, warnings: reporter.warnings }, null, indent)}\n`
      );
    } else {
      const stopped = written.length
        ? `Stopped part-way:\n${reporter.ledger
            .lines()
            .map((line) => `  ${line}\n`)
            .join('')}`
        : '';
      process.stderr.write(
        `Error (${problem.errorCode}): ${problem.message}\n${stopped}${problem.action ? `What to do: ${problem.action}\n` : ''}`
      );
    }
    return status;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}
