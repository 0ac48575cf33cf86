import type { OrgClient } from '../../salesforce/orgClient.ts';
import {
  deleteCollection,
  saveCollection,
  type RecordFailure,
  type SaveRecord
} from '../../salesforce/collections.ts';
import type { RetryPolicy } from '../../salesforce/retry.ts';
import { SyncError } from '../../salesforce/errors.ts';
import { TEMPLATE_FIELDS, TEMPLATE_STEP_VALUE_FIELDS } from '../../salesforce/templateFields.ts';
import { changedFields, type FieldValue } from '../values.ts';
import type { Reporter } from '../reporter.ts';
import { describeProblem, loadTemplates, toStepSpec, type LoadedTemplate } from './templateFiles.ts';

export interface SeedOptions {
  dir: string;
  objectsDir: string;
  prune: boolean;
  dryRun: boolean;
  retry: RetryPolicy;
}

interface Counts {
  created: number;
  updated: number;
  unchanged: number;
  deleted: number;
  notInFiles: number;
}

export interface SeedSummary {
  dryRun: boolean;
  files: number;
  templates: Counts;
  steps: Counts;
  failures: RecordFailure[];
}

interface OrgRow {
  Id: string;
  External_Id__c: string;
  [field: string]: unknown;
}

/** A template file's Plan_Template__c field values (also what the local org's demo data writes). */
export function templateValues(loaded: LoadedTemplate): Record<string, FieldValue> {
  const t = loaded.template;
  return {
    Name: t.name,
    Plan_Type__c: t.planType,
    Description__c: t.description ?? null,
    Is_Active__c: t.active ?? true
  };
}

/** A template file's Plan_Template_Step__c field values by External_Id__c (also the demo data's). */
export function stepValues(loaded: LoadedTemplate): Map<string, Record<string, FieldValue>> {
  const t = loaded.template;
  const steps = new Map<string, Record<string, FieldValue>>();
  t.steps.forEach((step, index) => {
    const spec = toStepSpec(step, index);
    steps.set(`${t.externalId}.${step.key}`, {
      Name: spec.title,
      Side__c: spec.side,
      Owner_Role__c: spec.ownerRole,
      Phase__c: spec.phase,
      Offset_Days__c: spec.offsetDays,
      Duration_Days__c: spec.durationDays,
      Lag_Days__c: spec.lagDays,
      Depends_On_Key__c: spec.dependsOnKey ? `${t.externalId}.${spec.dependsOnKey}` : null,
      Is_Milestone__c: spec.isMilestone,
      Visibility__c: spec.visibility,
      Deliverable__c: spec.deliverable,
      Description__c: spec.description,
      Sort_Order__c: spec.sortOrder
    });
  });
  return steps;
}

const zero = (): Counts => ({ created: 0, updated: 0, unchanged: 0, deleted: 0, notInFiles: 0 });

/**
 * Upserts templates and their steps by external ID. Every file is validated before anything is
 * written; only new or changed records are sent; nothing absent from the files is deleted unless
 * `prune` is set.
 */
export async function seedTemplates(
  client: OrgClient,
  options: SeedOptions,
  reporter: Reporter
): Promise<SeedSummary> {
  const { templates, problems } = loadTemplates(options.dir, options.objectsDir);
  if (problems.length > 0) {
    const lines = problems.map((p) => `  ${describeProblem(p)}`);
    throw new SyncError(
      `${problems.length} problem(s) in the template files; nothing was written:\n${lines.join('\n')}`,
      {
        errorCode: 'INVALID_TEMPLATE',
        action: 'Fix the files named above and run again.',
        exitCode: 2
      }
    );
  }
  reporter.step(`Validated ${templates.length} template file(s) in ${options.dir}`);

  const fieldList = (fields: readonly string[]) => fields.join(', ');
  const orgTemplates = await client.queryAll<OrgRow>(
    `SELECT Id, External_Id__c, ${fieldList(TEMPLATE_FIELDS)} FROM Plan_Template__c`
  );
  const orgSteps = await client.queryAll<OrgRow & { Template__c: string }>(
    `SELECT Id, External_Id__c, Template__c, ${fieldList(TEMPLATE_STEP_VALUE_FIELDS)} FROM Plan_Template_Step__c`
  );
  const templateByKey = new Map(orgTemplates.map((row) => [row.External_Id__c, row]));
  const stepByKey = new Map(orgSteps.map((row) => [row.External_Id__c, row]));

  const summary: SeedSummary = {
    dryRun: options.dryRun,
    files: templates.length,
    templates: zero(),
    steps: zero(),
    failures: []
  };
  const templateWrites: SaveRecord[] = [];
  for (const loaded of templates) {
    const existing = templateByKey.get(loaded.template.externalId);
    const changes = changedFields(existing, templateValues(loaded));
    if (Object.keys(changes).length === 0) summary.templates.unchanged++;
    else {
      if (existing) summary.templates.updated++;
      else summary.templates.created++;
      templateWrites.push({
        attributes: { type: 'Plan_Template__c' },
        External_Id__c: loaded.template.externalId,
        ...changes
      });
    }
  }

  const fileTemplateKeys = new Set(templates.map((t) => t.template.externalId));
  const fileStepKeys = new Set<string>();
  const stepWrites: { templateKey: string; record: SaveRecord }[] = [];
  for (const loaded of templates) {
    for (const [key, values] of stepValues(loaded)) {
      fileStepKeys.add(key);
      const existing = stepByKey.get(key);
      const changes = changedFields(existing, values);
      if (Object.keys(changes).length === 0) summary.steps.unchanged++;
      else {
        if (existing) summary.steps.updated++;
        else summary.steps.created++;
        stepWrites.push({
          templateKey: loaded.template.externalId,
          record: { attributes: { type: 'Plan_Template_Step__c' }, External_Id__c: key, ...changes }
        });
      }
    }
  }
  const staleSteps = orgSteps.filter((row) => !fileStepKeys.has(row.External_Id__c));
  const staleTemplates = orgTemplates.filter((row) => !fileTemplateKeys.has(row.External_Id__c));
  summary.steps.notInFiles = staleSteps.length;
  summary.templates.notInFiles = staleTemplates.length;

  const nothingToWrite =
    templateWrites.length === 0 &&
    stepWrites.length === 0 &&
    (!options.prune || (staleSteps.length === 0 && staleTemplates.length === 0));
  if (nothingToWrite) {
    reporter.step('Templates are up to date: nothing to write.');
    return summary;
  }
  if (options.dryRun) {
    reporter.step(
      `Dry run: would write ${templateWrites.length} template(s) and ${stepWrites.length} step(s)${options.prune ? `, delete ${staleTemplates.length} template(s) and ${staleSteps.length} step(s)` : ''}.`
    );
    return summary;
  }

  // Templates first (their Ids parent the steps), all or none per request.
  const ledger = reporter.ledger;
  ledger.plan('templates', templateWrites.length);
  ledger.plan('template steps', stepWrites.length);
  const goingTemplates = new Set(options.prune ? staleTemplates.map((row) => row.Id) : []);
  const goingStepIds = options.prune
    ? staleSteps.filter((row) => !goingTemplates.has(row.Template__c)).map((row) => row.Id)
    : [];
  ledger.plan('deletions', goingTemplates.size + goingStepIds.length);
  const track = (label: string) => (saved: number, refused: number) => {
    ledger.wrote(label, saved);
    ledger.rejected(label, refused);
  };
  const templateIds = new Map(orgTemplates.map((row) => [row.External_Id__c, row.Id]));
  if (templateWrites.length > 0) {
    const outcome = await saveCollection(
      client,
      { kind: 'upsert', sobject: 'Plan_Template__c', externalIdField: 'External_Id__c' },
      templateWrites,
      {
        allOrNone: true,
        retry: options.retry,
        keyOf: (r) => String(r.External_Id__c),
        onSaved: track('templates')
      }
    );
    summary.failures.push(...outcome.failures);
    outcome.ids.forEach((id, index) => {
      if (id) templateIds.set(String(templateWrites[index].External_Id__c), id);
    });
  }
  if (summary.failures.length === 0 && stepWrites.length > 0) {
    const records = stepWrites.map(({ templateKey, record }) =>
      stepByKey.has(String(record.External_Id__c))
        ? record
        : { ...record, Template__c: templateIds.get(templateKey) }
    );
    const outcome = await saveCollection(
      client,
      { kind: 'upsert', sobject: 'Plan_Template_Step__c', externalIdField: 'External_Id__c' },
      records,
      {
        allOrNone: true,
        retry: options.retry,
        keyOf: (r) => String(r.External_Id__c),
        onSaved: track('template steps')
      }
    );
    summary.failures.push(...outcome.failures);
  }
  if (summary.failures.length === 0 && options.prune) {
    // Steps of templates that go are deleted with them (master-detail); delete the rest one by one.
    for (const ids of [goingStepIds, [...goingTemplates]]) {
      const failures = await deleteCollection(client, ids);
      track('deletions')(ids.length - failures.length, failures.length);
      summary.failures.push(...failures);
    }
    summary.steps.deleted = staleSteps.length;
    summary.templates.deleted = staleTemplates.length;
  }
  if (summary.failures.length > 0) {
    const lines = summary.failures.map((f) => `  ${f.key}: ${f.errorCode} ${f.message}`);
    throw new SyncError(`${summary.failures.length} record(s) could not be saved:\n${lines.join('\n')}`, {
      errorCode: 'SEED_FAILED',
      action: 'Fix the cause above and run again; records already saved are not written twice.'
    });
  }
  const t = summary.templates;
  const s = summary.steps;
  reporter.step(
    `Templates: ${t.created} created, ${t.updated} updated, ${t.unchanged} unchanged. Steps: ${s.created} created, ${s.updated} updated, ${s.unchanged} unchanged.`
  );
  if (!options.prune && (s.notInFiles > 0 || t.notInFiles > 0)) {
    reporter.warn(
      `${t.notInFiles} template(s) and ${s.notInFiles} step(s) in the org are not in the files; kept (--prune deletes them).`
    );
  }
  return summary;
}
