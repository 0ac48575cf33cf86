// Least privilege around the roll-up: only the integration user's permission set edits the Opportunity
// fields the roll-up owns, and that set grants what the sync CLI reads and writes and nothing more
// (no delete, no View All / Modify All). The field lists come from the CLI's own modules, so a field
// added to the roll-up or to seeding is covered without touching this check.
import fs from 'node:fs';
import path from 'node:path';
import { LAST_ROLLUP_FIELD, ROLLUP_FIELDS } from '../sync/rollup/opportunityFields.ts';
import {
  COMMITTEE_FIELDS,
  OPPORTUNITY_FACT_FIELDS,
  PLAN_FIELDS,
  RISK_FIELDS,
  STEP_FIELDS
} from '../sync/rollup/records.ts';
import { HISTORY_FIELDS } from '../sync/rollup/healthHistory.ts';
import { TEMPLATE_FIELDS, TEMPLATE_STEP_VALUE_FIELDS } from '../salesforce/templateFields.ts';
import { MIGRATION_READS, MIGRATION_WRITES } from '../sync/migrate/migrateCommitment.ts';
import {
  REMIND_OBJECTS,
  REMIND_READS,
  REMIND_STANDARD_FIELD_READS,
  REMIND_WRITES,
  REVIEW_FIELDS
} from '../sync/remind/schema.ts';
import type { SchemaModel } from './objectModel.ts';
import type { Finding } from './report.ts';
import { childrenNamed, childText, parseXmlTree, type XmlElement } from './xmlTree.ts';

export const INTEGRATION_SET = 'Mutual_Action_Plans_Integration';

export interface PrivilegeRules {
  /** The permission set of the integration user the sync CLI runs as. */
  integrationSet: string;
  /** Opportunity fields the roll-up owns: no other permission set may edit them. */
  rollupOwned: readonly string[];
  /** Fields (Object.Field) the integration set must edit: the roll-up's and what seeding writes. */
  edits: readonly string[];
  /** Fields (Object.Field) the integration set must read. */
  reads: readonly string[];
  /** Object → the object permissions the integration set must hold (allowRead etc.). */
  objects: Readonly<Record<string, readonly string[]>>;
}

// The roll-up writes the standard Next Step too when asked (rollupValues' writeStandardNextStep); reps
// edit it as well, so it is the integration set's to edit but not the roll-up's alone.
const STANDARD_WRITES = ['Opportunity.NextStep'];
// Standard fields with field-level security that remind reads (a digest's contact): the set must grant them.
const STANDARD_READS: readonly string[] = REMIND_STANDARD_FIELD_READS;
const FORBIDDEN_OBJECT_FLAGS = ['allowDelete', 'viewAllRecords', 'modifyAllRecords'];
const FORBIDDEN_USER_PERMISSIONS = new Set([
  'ViewAllData',
  'ModifyAllData',
  'ModifyMetadata',
  'CustomizeApplication'
]);

const qualified = (object: string, fields: readonly string[]): string[] =>
  fields.map((f) => `${object}.${f}`);

/** The rules as the sync CLI needs them today (ROLLUP_FIELDS, the roll-up's reads, seeding's writes). */
export function syncCliRules(): PrivilegeRules {
  const rollupOwned = [...ROLLUP_FIELDS, LAST_ROLLUP_FIELD];
  return {
    integrationSet: INTEGRATION_SET,
    rollupOwned,
    edits: [
      ...qualified('Opportunity', rollupOwned),
      ...STANDARD_WRITES,
      ...qualified('Plan_Template__c', TEMPLATE_FIELDS),
      ...qualified('Plan_Template_Step__c', TEMPLATE_STEP_VALUE_FIELDS),
      ...qualified('Plan_Health_History__c', HISTORY_FIELDS),
      ...MIGRATION_WRITES
    ],
    reads: [
      ...qualified('Opportunity', OPPORTUNITY_FACT_FIELDS),
      ...qualified('Mutual_Action_Plan__c', PLAN_FIELDS),
      ...qualified('Plan_Step__c', STEP_FIELDS),
      ...qualified('Plan_Risk__c', RISK_FIELDS),
      ...qualified('Plan_Stakeholder__c', COMMITTEE_FIELDS),
      ...MIGRATION_READS
    ],
    objects: {
      Opportunity: ['allowRead', 'allowEdit'],
      Mutual_Action_Plan__c: ['allowRead'],
      Plan_Step__c: ['allowRead'],
      Plan_Risk__c: ['allowRead'],
      Plan_Stakeholder__c: ['allowRead'],
      // Upserted on Change_Key__c: a new row is created, a rerun's row is updated in place.
      Plan_Health_History__c: ['allowRead', 'allowCreate', 'allowEdit'],
      Plan_Template__c: ['allowRead', 'allowCreate', 'allowEdit'],
      Plan_Template_Step__c: ['allowRead', 'allowCreate', 'allowEdit']
    }
  };
}

/** The sync CLI's rules with what `plan-sync remind` reads and writes added (scripts/sync/remind/schema.ts). */
export function withRemind(rules: PrivilegeRules): PrivilegeRules {
  const fields = (byObject: Readonly<Record<string, readonly string[]>>) =>
    Object.entries(byObject).flatMap(([object, names]) => qualified(object, names));
  const objects: Record<string, readonly string[]> = { ...rules.objects };
  for (const [object, flags] of Object.entries(REMIND_OBJECTS))
    objects[object] = [...new Set([...(objects[object] ?? []), ...flags])];
  return {
    ...rules,
    edits: [...rules.edits, ...fields(REMIND_WRITES)],
    reads: [...rules.reads, ...fields(REMIND_READS), ...qualified('Mutual_Action_Plan__c', REVIEW_FIELDS)],
    objects
  };
}

/** Whether a permission set can grant field-level access to the field (a custom field, not required or master-detail). */
function hasFieldSecurity(model: SchemaModel, name: string): boolean {
  if (STANDARD_READS.includes(name)) return true;
  const [objectName = '', fieldName = ''] = name.split('.');
  const field = model.object(objectName)?.fields.get(fieldName.toLowerCase());
  if (!field) return false;
  if (field.file) return !field.required && field.type !== 'MasterDetail';
  return STANDARD_WRITES.includes(name);
}

interface FieldGrant {
  element: XmlElement;
  readable: boolean;
  editable: boolean;
}

function fieldGrants(root: XmlElement): Map<string, FieldGrant> {
  const grants = new Map<string, FieldGrant>();
  for (const element of childrenNamed(root, 'fieldPermissions')) {
    grants.set((childText(element, 'field') ?? '').toLowerCase(), {
      element,
      readable: childText(element, 'readable') === 'true',
      editable: childText(element, 'editable') === 'true'
    });
  }
  return grants;
}

export function checkLeastPrivilege(
  files: readonly string[],
  model: SchemaModel,
  rules: PrivilegeRules = withRemind(syncCliRules())
): Finding[] {
  const findings: Finding[] = [];
  const report = (file: string, where: XmlElement | undefined, message: string): void => {
    findings.push({
      file,
      ...(where ? { line: where.line, column: where.column } : {}),
      check: 'privilege',
      message
    });
  };
  const sets = files.filter((file) => file.endsWith('.permissionset-meta.xml'));
  const setName = (file: string) => path.basename(file).replace('.permissionset-meta.xml', '');
  const owned = new Set(rules.rollupOwned.map((f) => `opportunity.${f}`.toLowerCase()));
  const integration = sets.find((file) => setName(file) === rules.integrationSet);
  if (!integration && sets.length > 0)
    report(
      sets[0],
      undefined,
      `no permission set ${rules.integrationSet} for the integration user the sync CLI runs as`
    );

  for (const file of sets) {
    let root: XmlElement;
    try {
      root = parseXmlTree(fs.readFileSync(file, 'utf8'));
    } catch {
      continue; // reported by the well-formedness check
    }
    if (file === integration) {
      checkIntegrationSet(root, file, model, rules, report);
      continue;
    }
    for (const [field, grant] of fieldGrants(root))
      if (grant.editable && owned.has(field))
        report(
          file,
          grant.element,
          `${setName(file)} is for people, yet edits ${childText(grant.element, 'field')}, which only the roll-up writes (${rules.integrationSet}): set editable to false`
        );
  }
  return findings;
}

function checkIntegrationSet(
  root: XmlElement,
  file: string,
  model: SchemaModel,
  rules: PrivilegeRules,
  report: (file: string, where: XmlElement | undefined, message: string) => void
): void {
  const grants = fieldGrants(root);
  const edits = new Set(rules.edits.map((f) => f.toLowerCase()));
  for (const name of rules.edits.filter((f) => hasFieldSecurity(model, f)))
    if (!grants.get(name.toLowerCase())?.editable)
      report(file, undefined, `${rules.integrationSet} must edit ${name}: the sync CLI writes it`);
  for (const name of rules.reads.filter((f) => hasFieldSecurity(model, f)))
    if (!grants.get(name.toLowerCase())?.readable)
      report(file, undefined, `${rules.integrationSet} must read ${name}: the sync CLI reads it`);
  for (const [field, grant] of grants)
    if (grant.editable && !edits.has(field))
      report(
        file,
        grant.element,
        `${rules.integrationSet} edits ${childText(grant.element, 'field')}, which the sync CLI never writes: set editable to false`
      );

  const objectGrants = new Map(
    childrenNamed(root, 'objectPermissions').map((p) => [childText(p, 'object') ?? '', p] as const)
  );
  for (const [object, permission] of objectGrants) {
    const needed = rules.objects[object] ?? [];
    for (const flag of ['allowCreate', 'allowEdit', ...FORBIDDEN_OBJECT_FLAGS])
      if (childText(permission, flag) === 'true' && !needed.includes(flag))
        report(file, permission, `${rules.integrationSet} must not have ${flag} on ${object}`);
  }
  for (const [object, flags] of Object.entries(rules.objects)) {
    const permission = objectGrants.get(object);
    for (const flag of flags)
      if (!permission || childText(permission, flag) !== 'true')
        report(file, permission, `${rules.integrationSet} needs ${flag} on ${object}`);
  }
  for (const permission of childrenNamed(root, 'userPermissions')) {
    const name = childText(permission, 'name') ?? '';
    if (childText(permission, 'enabled') === 'true' && FORBIDDEN_USER_PERMISSIONS.has(name))
      report(file, permission, `${rules.integrationSet} must not have the user permission ${name}`);
  }
}
