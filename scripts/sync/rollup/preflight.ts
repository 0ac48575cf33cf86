import type { OrgClient } from '../../salesforce/orgClient.ts';
import { SalesforceApiError, SyncError } from '../../salesforce/errors.ts';
import { ROLLUP_FIELDS, LAST_ROLLUP_FIELD } from './opportunityFields.ts';
import {
  COMMITTEE_FIELDS,
  OPPORTUNITY_FACT_FIELDS,
  PLAN_FIELDS,
  RISK_FIELDS,
  STEP_FIELDS
} from './records.ts';
import { HISTORY_FIELDS, HISTORY_MASTER_FIELD } from './healthHistory.ts';
import { STEP_ROLLUP_FIELDS } from './stepFields.ts';

interface Describe {
  fields: { name: string; createable: boolean; updateable: boolean }[];
}

interface CompositeAnswer {
  compositeResponse: { body: unknown; httpStatusCode: number; referenceId: string }[];
}

/**
 * Checks, before any work, that the org has every object and field the roll-up reads and writes,
 * so an org on an older package version gets one message naming all that is missing. The objects
 * are described in one composite request: one API call, however many objects.
 */
export async function checkOrgSchema(client: OrgClient): Promise<void> {
  const needs: Record<string, { read: readonly string[]; write: readonly string[] }> = {
    Opportunity: { read: OPPORTUNITY_FACT_FIELDS, write: [...ROLLUP_FIELDS, LAST_ROLLUP_FIELD] },
    Mutual_Action_Plan__c: { read: PLAN_FIELDS, write: [] },
    Plan_Step__c: { read: STEP_FIELDS, write: STEP_ROLLUP_FIELDS },
    Plan_Risk__c: { read: RISK_FIELDS, write: [] },
    Plan_Stakeholder__c: { read: COMMITTEE_FIELDS, write: [] },
    Plan_Health_History__c: { read: [], write: HISTORY_FIELDS }
  };
  const answer = await client.requestJson<CompositeAnswer>(
    'POST',
    '/composite',
    {
      allOrNone: false,
      compositeRequest: Object.keys(needs).map((sobject) => ({
        method: 'GET',
        url: `${client.dataPath}/sobjects/${sobject}/describe`,
        referenceId: sobject
      }))
    },
    'rest:composite-describe'
  );
  const missing: string[] = [];
  const readOnly: string[] = [];
  const needed = new Map(Object.entries(needs));
  for (const part of answer.compositeResponse) {
    const sobject = part.referenceId;
    const need = needed.get(sobject);
    if (!need) continue;
    if (part.httpStatusCode >= 400) {
      const code = Array.isArray(part.body)
        ? (part.body[0] as { errorCode?: string } | undefined)?.errorCode
        : undefined;
      if (code !== 'NOT_FOUND' && code !== 'INVALID_TYPE')
        throw new SalesforceApiError(
          code ?? 'UNKNOWN_ERROR',
          `Describing ${sobject} failed (HTTP ${part.httpStatusCode}).`,
          part.httpStatusCode
        );
      missing.push(`${sobject} (the whole object)`);
      continue;
    }
    const fields = new Map((part.body as Describe).fields.map((f) => [f.name, f]));
    for (const name of [...need.read, ...need.write])
      if (!fields.has(name)) missing.push(`${sobject}.${name}`);
    // A history row is created, then updated in place on a rerun (its master-detail, sent unchanged,
    // is only created); the other writes are updates.
    const history = sobject === 'Plan_Health_History__c';
    for (const name of need.write) {
      const field = fields.get(name);
      const createOnly = history && name === HISTORY_MASTER_FIELD;
      if (field && ((!createOnly && !field.updateable) || (history && !field.createable)))
        readOnly.push(`${sobject}.${name}`);
    }
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
