import { saveCollection, type RecordFailure, type SaveRecord } from '../../salesforce/collections.ts';
import type { OrgClient } from '../../salesforce/orgClient.ts';
import type { RetryPolicy } from '../../salesforce/retry.ts';
import type { Reporter } from '../reporter.ts';

/**
 * Carries the deprecated Buyer Committed checkbox over to the commitment state: every step with the
 * box checked whose Commitment__c is still blank or Not Asked becomes Committed. Idempotent (a rerun
 * finds nothing left) and never overwrites a commitment set since (Asked, Committed, Declined).
 */
export interface MigrationSummary {
  found: number;
  written: number;
  failed: number;
  failures: RecordFailure[];
  dryRun: boolean;
  apiCalls: number;
}

/** What the migration reads and writes (Object.Field), for the integration set's least privilege. */
export const MIGRATION_READS = ['Plan_Step__c.Buyer_Committed__c'];
export const MIGRATION_WRITES = ['Plan_Step__c.Commitment__c'];

export const MIGRATION_QUERY = `SELECT Id FROM Plan_Step__c WHERE Buyer_Committed__c = true AND (Commitment__c = null OR Commitment__c = 'Not Asked')`;

export async function migrateCommitment(
  client: OrgClient,
  options: { dryRun: boolean; retry: RetryPolicy },
  reporter: Reporter
): Promise<MigrationSummary> {
  const rows = await client.queryAll<{ Id: string }>(MIGRATION_QUERY);
  reporter.step(
    `${rows.length} step${rows.length === 1 ? '' : 's'} with Buyer Committed checked and no commitment state.`
  );
  const summary: MigrationSummary = {
    found: rows.length,
    written: 0,
    failed: 0,
    failures: [],
    dryRun: options.dryRun,
    apiCalls: 0
  };
  if (!options.dryRun && rows.length) {
    const records: SaveRecord[] = rows.map((row) => ({
      attributes: { type: 'Plan_Step__c' },
      Id: row.Id,
      Commitment__c: 'Committed'
    }));
    const outcome = await saveCollection(client, { kind: 'update' }, records, {
      allOrNone: false,
      retry: options.retry,
      keyOf: (record) => String(record.Id),
      onSaved: (saved) => reporter.step(`  ${saved} marked Committed…`)
    });
    summary.failures = outcome.failures;
    summary.failed = outcome.failures.length;
    summary.written = rows.length - summary.failed;
  }
  summary.apiCalls = client.meter.calls;
  return summary;
}
