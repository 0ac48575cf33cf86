import type { Store } from './store.ts';
import { demoRecords, type DemoPlan } from './demo/generate.ts';
import type { DemoOptions } from './demo/options.ts';

export { DEMO_PRESETS, type DemoOptions } from './demo/options.ts';
export { loadTemplates, type DemoTemplate } from './demo/templates.ts';
export type { DemoPlan } from './demo/generate.ts';
export type { PlanEvent } from './demo/history.ts';

export interface DemoSummary {
  counts: Record<string, number>;
  ms: number;
}

/**
 * Fills the org with the demo data (scripts/localorg/demo, see docs/local-org.md, "Demo data"):
 * sellers, accounts with buying committees, opportunities across the stages with contact roles,
 * the plan templates, and plans made from the templates as the record page makes them, then moved
 * forward to today through the plan engine. Loads in SQL transactions with prepared statements,
 * `batchSize` opportunities at a time; memory stays bounded at any size. `onPlan` sees each plan
 * with the history that shaped it.
 */
export function generateDemoData(
  store: Store,
  options: DemoOptions & { onPlan?: (plan: DemoPlan) => void }
): DemoSummary {
  const started = Date.now();
  const counts: Record<string, number> = {};
  const insert = (objectName: string, rows: Record<string, string | number | null>[]) => {
    store.insertRaw(objectName, rows);
    counts[objectName] = (counts[objectName] ?? 0) + rows.length;
  };
  const findTemplate = store.prepare(
    'SELECT "Id" FROM "Plan_Template__c" WHERE "External_Id__c" = ? AND "IsDeleted" = 0'
  );
  const { base, batches } = demoRecords(
    options,
    {
      ids: (objectName) => store.nextId(objectName, false),
      nowIso: store.clock.now().toISOString(),
      existingTemplate: (externalId) => {
        const row = findTemplate.get(externalId) as { Id: string } | undefined;
        return row?.Id;
      }
    },
    store.clock.today()
  );
  insert('User', base.users);
  insert(
    'Plan_Template__c',
    base.templates.map((row) => ({ ...row, OwnerId: store.adminUserId }))
  );
  insert('Plan_Template_Step__c', base.templateSteps);
  insert('Account', base.accounts);
  insert('Contact', base.contacts);
  for (const batch of batches) {
    store.atomic(() => {
      insert('Opportunity', batch.opportunities);
      insert('OpportunityContactRole', batch.contactRoles);
      insert(
        'Mutual_Action_Plan__c',
        batch.plans.map((p) => p.plan)
      );
      insert(
        'Plan_Stakeholder__c',
        batch.plans.flatMap((p) => p.stakeholders)
      );
      insert(
        'Plan_Step__c',
        batch.plans.flatMap((p) => p.steps)
      );
    });
    if (options.onPlan) for (const plan of batch.plans) options.onPlan(plan);
    options.onProgress?.(batch.done, options.opportunities);
  }
  store.persistCounters();
  return { counts, ms: Date.now() - started };
}
