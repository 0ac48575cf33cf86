import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { scheduleTemplate, toDay, type TemplateStepSpec } from '../../planEngine.ts';
import { stepValues, templateValues } from '../../sync/templates/seedTemplates.ts';
import {
  describeProblem,
  loadTemplates as loadTemplateFiles,
  toStepSpec,
  type TemplateFile
} from '../../sync/templates/templateFiles.ts';
import type { FieldValue } from '../../sync/values.ts';
import type { SqlValue } from '../values.ts';

/** A plan template as the project's templates/*.json hold it (the sync CLI's TemplateFile). */
export type DemoTemplate = TemplateFile;

const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
/** The package's own template files. */
export const PACKAGE_TEMPLATES_DIR = path.join(PROJECT_ROOT, 'templates');
const OBJECTS_DIR = path.join(PROJECT_ROOT, 'force-app/main/default/objects');

/**
 * Template files read and checked by the sync CLI's loader (the same UTF-8, strict JSON, schema,
 * picklist, key and cycle checks as `plan-sync seed-templates`). Throws, naming every problem,
 * when a file fails them: demo data is never built from a template the org would refuse.
 */
export function loadTemplates(dir: string = PACKAGE_TEMPLATES_DIR): DemoTemplate[] {
  const { templates, problems } = loadTemplateFiles(dir, OBJECTS_DIR);
  if (problems.length > 0)
    throw new Error(`The template files cannot make demo data:\n${problems.map(describeProblem).join('\n')}`);
  return templates.map((loaded) => loaded.template);
}

const specsByTemplate = new WeakMap<DemoTemplate, TemplateStepSpec[]>();

/**
 * The template's steps as getTemplates hands them to the record page (TemplateStepDto): the
 * engine's step spec keyed by the step's External_Id__c (`<template>.<step>`).
 */
export function templateSpecs(template: DemoTemplate): TemplateStepSpec[] {
  let specs = specsByTemplate.get(template);
  if (!specs) {
    const full = (key: string) => `${template.externalId}.${key}`;
    specs = template.steps.map((step, index) => {
      const spec = toStepSpec(step, index);
      return {
        ...spec,
        key: full(spec.key),
        dependsOnKey: spec.dependsOnKey ? full(spec.dependsOnKey) : null
      };
    });
    specsByTemplate.set(template, specs);
  }
  return specs;
}

const signatureLeads = new WeakMap<DemoTemplate, number>();

/** Days from the template's last Signature-phase step to its go-live date, as scheduleTemplate lays it out (0 without one). */
export function signatureLead(template: DemoTemplate): number {
  let lead = signatureLeads.get(template);
  if (lead === undefined) {
    const origin = '2000-01-01';
    const signed = scheduleTemplate(templateSpecs(template), origin, origin)
      .steps.filter((step) => step.phase === 'Signature')
      .map((step) => toDay(step.dueDate));
    lead = signed.length > 0 ? toDay(origin) - Math.max(...signed) : 0;
    signatureLeads.set(template, lead);
  }
  return lead;
}

function sqlValues(values: Record<string, FieldValue>): Record<string, SqlValue> {
  const row: Record<string, SqlValue> = {};
  for (const [field, value] of Object.entries(values))
    row[field] = typeof value === 'boolean' ? (value ? 1 : 0) : value;
  return row;
}

/** Plan_Template__c and Plan_Template_Step__c rows with the field values `seed-templates` writes. */
export function templateRows(
  template: DemoTemplate,
  templateId: string
): { template: Record<string, SqlValue>; steps: Record<string, SqlValue>[] } {
  const loaded = { file: template.externalId, template };
  const steps = [...stepValues(loaded)].map(([externalId, values]) => ({
    ...sqlValues(values),
    Name: String(values.Name).slice(0, 80),
    Template__c: templateId,
    External_Id__c: externalId
  }));
  return {
    template: { ...sqlValues(templateValues(loaded)), Id: templateId, External_Id__c: template.externalId },
    steps
  };
}
