import type { OrgClient } from '../../salesforce/orgClient.ts';
import { SyncError } from '../../salesforce/errors.ts';
import { ROLLUP_FIELDS, LAST_ROLLUP_FIELD } from './opportunityFields.ts';
import { OPPORTUNITY_FACT_FIELDS, PLAN_FIELDS, STEP_FIELDS } from './records.ts';
import { STEP_ROLLUP_FIELDS } from './stepFields.ts';

interface Describe {
  fields: { name: string; updateable: boolean }[];
}

/**
 * Checks, before any work, that the org has every object and field the roll-up reads and writes,
 * so an org on an older package version gets one message naming all that is missing.
 */
export async function checkOrgSchema(client: OrgClient): Promise<void> {
  const needs: Record<string, { read: readonly string[]; write: readonly string[] }> = {
    Opportunity: { read: OPPORTUNITY_FACT_FIELDS, write: [...ROLLUP_FIELDS, LAST_ROLLUP_FIELD] },
    Mutual_Action_Plan__c: { read: PLAN_FIELDS, write: [] },
    Plan_Step__c: { read: STEP_FIELDS, write: STEP_ROLLUP_FIELDS }
  };
  const missing: string[] = [];
  const readOnly: string[] = [];
  for (const [sobject, need] of Object.entries(needs)) {
    let describe: Describe;
    try {
      describe = await client.requestJson<Describe>(
        'GET',
        `/sobjects/${sobject}/describe`,
        undefined,
        'rest:describe'
      );
    } catch (error) {
      const code = (error as { errorCode?: string }).errorCode;
      if (code === 'NOT_FOUND' || code === 'INVALID_TYPE') {
        missing.push(`${sobject} (the whole object)`);
        continue;
      }
      throw error;
    }
    const fields = new Map(describe.fields.map((f) => [f.name, f]));
    for (const name of [...need.read, ...need.write])
      if (!fields.has(name)) missing.push(`${sobject}.${name}`);
    for (const name of need.write)
      if (fields.get(name)?.updateable === false) readOnly.push(`${sobject}.${name}`);
  }
  if (missing.length > 0) {
    throw new SyncError(
      `The org lacks ${missing.length} field(s) the roll-up needs: ${missing.join(', ')}.`,
      {
        errorCode: 'MISSING_FIELDS',
        action:
          'Upgrade the Mutual Action Plans package in this org to the version this CLI ships with, then run again. Nothing was written.',
        exitCode: 2
      }
    );
  }
  if (readOnly.length > 0) {
    throw new SyncError(`The running user cannot edit ${readOnly.join(', ')}.`, {
      errorCode: 'FIELD_NOT_EDITABLE',
      action:
        'Run as the integration user holding the Mutual Action Plans Integration permission set (docs/admin-guide.md). Nothing was written.',
      exitCode: 2
    });
  }
}
