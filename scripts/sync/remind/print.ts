import type { Reporter } from '../reporter.ts';
import { longDate } from './wording.ts';
import type { RemindSummary } from './remind.ts';

const n = (value: number) => value.toLocaleString('en-US');
const LINES = 20;

/** What a remind run did (or, with --dry-run, would do), for the person who ran it. */
export function printRemind(summary: RemindSummary, reporter: Reporter): void {
  const t = summary.tasks;
  const s = summary.settings;
  const would = summary.dryRun ? 'would ' : '';
  if (!s.createTasks) reporter.step('Tasks: off (Plan_Reminder_Setting__mdt.Default).');
  else if (summary.dryRun) {
    reporter.step(
      `Tasks: ${n(t.toCreate)} to create (or reopen), ${n(t.toUpdate)} to update, ${n(t.toComplete)} steps to complete (their Task was completed), ${n(t.toClose)} to check and close.`
    );
    for (const p of t.planned.filter((x) => x.action === 'create').slice(0, LINES))
      reporter.step(`  Task for ${p.owner}: ${p.step}${p.dueDate ? ` (due ${longDate(p.dueDate)})` : ''}`);
    if (t.toCreate > LINES)
      reporter.step(`  … and ${n(t.toCreate - LINES)} more (--json lists the first 1,000).`);
  } else
    reporter.step(
      `Tasks: ${n(t.created ?? 0)} created, ${n(t.updated ?? 0)} updated, ${n(t.reopened ?? 0)} reopened, ${n(t.closed ?? 0)} closed; ${n(t.stepsCompleted ?? 0)} steps completed from their Task${t.dismissed ? `; ${n(t.dismissed)} deleted by their owner, not made again` : ''}${t.failures?.length ? `; ${n(t.failures.length)} failed` : ''}${t.notSent ? `; ${n(t.notSent)} not sent (API budget)` : ''}.`
    );

  const no = summary.notifications;
  if (!s.sendNotifications) reporter.step('Notifications: off (Plan_Reminder_Setting__mdt.Default).');
  else {
    reporter.step(
      summary.dryRun
        ? `Notifications: ${n(no.planned)} would be sent.`
        : `Notifications: ${n(no.sent)} sent, ${n(no.alreadySent)} sent before, ${n(no.failed)} failed${no.unconfirmed ? `, ${n(no.unconfirmed)} with no answer` : ''}${no.notSent ? `, ${n(no.notSent)} not sent (API budget)` : ''}.`
    );
    if (summary.dryRun)
      for (const item of no.items.slice(0, LINES)) reporter.step(`  ${item.to}: ${item.title}`);
    if (summary.dryRun && no.planned > LINES) reporter.step(`  … and ${n(no.planned - LINES)} more.`);
  }

  const d = summary.digests;
  if (!s.sendDigests) reporter.step('Buyer digests: off (Plan_Reminder_Setting__mdt.Default).');
  else {
    const skipped = `${d.optedOut ? `; ${n(d.optedOut)} opted out of email, ${would}get none` : ''}${d.noEmail ? `; ${n(d.noEmail)} without an email address` : ''}${d.recent ? `; ${n(d.recent)} sent one within the last ${n(s.digestPeriodDays)} days` : ''}`;
    reporter.step(
      summary.dryRun
        ? `Buyer digests: ${n(d.planned)} would be sent${skipped}.`
        : `Buyer digests: ${n(d.sent)} sent, ${n(d.alreadySent)} sent this period before, ${n(d.failed)} failed${d.unconfirmed ? `, ${n(d.unconfirmed)} with no answer` : ''}${skipped}.`
    );
    if (summary.dryRun)
      for (const item of d.items.slice(0, LINES))
        reporter.step(
          `  ${item.to} <${item.email}>: "${item.subject}" (${item.steps} ${item.steps === 1 ? 'step' : 'steps'})`
        );
    if (summary.dryRun && d.planned > LINES) reporter.step(`  … and ${n(d.planned - LINES)} more.`);
  }
  const failures = [...(t.failures ?? []), ...no.failures, ...d.failures];
  for (const failure of failures.slice(0, LINES))
    reporter.step(`  ${failure.key}: ${failure.errorCode} ${failure.message}`);
  reporter.step(
    `${summary.dryRun ? 'Dry run: nothing sent or written. ' : ''}${n(summary.apiCalls)} API calls in ${(summary.elapsedMs / 1000).toFixed(1)} s.`
  );
}

/** Whether a run left work undone (exit code 1). */
export function remindFailed(summary: RemindSummary): boolean {
  return (
    summary.stoppedEarly ||
    (summary.tasks.failures?.length ?? 0) > 0 ||
    summary.notifications.failures.length > 0 ||
    summary.digests.failures.length > 0
  );
}
