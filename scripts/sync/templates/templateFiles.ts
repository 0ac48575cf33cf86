import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { scheduleTemplate, type TemplateStepSpec } from '../engine.ts';
import { validateAgainstSchema, type SchemaNode } from './jsonSchema.ts';
import { readPicklistValues } from './packagePicklists.ts';
import { parseStrictJson } from './strictJson.ts';

/**
 * The package's own template schema. Files are always checked against it, never against a schema
 * that happens to sit in the folder being seeded (which could loosen the rules).
 */
export const PACKAGE_TEMPLATE_SCHEMA = fileURLToPath(
  new URL('../../../templates/plan-template.schema.json', import.meta.url)
);

export interface TemplateStepFile {
  key: string;
  title: string;
  side: 'Buyer' | 'Seller' | 'Joint';
  ownerRole?: string | null;
  phase?: string | null;
  offsetDays: number;
  durationDays?: number;
  lagDays?: number;
  dependsOn?: string | null;
  milestone?: boolean;
  visibility?: 'Shared' | 'Internal';
  deliverable?: string | null;
  description?: string | null;
}

export interface TemplateFile {
  externalId: string;
  name: string;
  planType: string;
  description?: string;
  active?: boolean;
  steps: TemplateStepFile[];
}

export interface LoadedTemplate {
  file: string;
  template: TemplateFile;
}

export interface TemplateProblem {
  file: string;
  path: string;
  message: string;
  /** Where in the file, for problems of its bytes or syntax (line and column from 1). */
  position?: { line: number; column: number };
}

/** One problem as a line: `file:line:column $.path: message`. */
export function describeProblem(problem: TemplateProblem): string {
  const at = problem.position ? `:${problem.position.line}:${problem.position.column}` : '';
  return `${problem.file}${at}${problem.path ? ` ${problem.path}` : ''}: ${problem.message}`;
}

const PICKLIST_FIELDS = [
  'Plan_Template__c.Plan_Type__c',
  'Plan_Template_Step__c.Side__c',
  'Plan_Template_Step__c.Owner_Role__c',
  'Plan_Template_Step__c.Phase__c',
  'Plan_Template_Step__c.Visibility__c'
] as const;

/** The engine's view of a template step, for scheduling and its dependency checks. */
export function toStepSpec(step: TemplateStepFile, index: number): TemplateStepSpec {
  return {
    key: step.key,
    title: step.title,
    side: step.side,
    ownerRole: step.ownerRole ?? null,
    phase: step.phase ?? null,
    offsetDays: step.offsetDays,
    durationDays: step.durationDays ?? 1,
    lagDays: step.lagDays ?? 0,
    dependsOnKey: step.dependsOn ?? null,
    isMilestone: step.milestone ?? false,
    visibility: step.visibility ?? 'Shared',
    deliverable: step.deliverable ?? null,
    description: step.description ?? null,
    sortOrder: (index + 1) * 10
  };
}

function semanticProblems(file: string, template: TemplateFile): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  const keys = new Map<string, number>();
  template.steps.forEach((step, index) => {
    const previous = keys.get(step.key);
    if (previous !== undefined) {
      problems.push({
        file,
        path: `$.steps[${index}].key`,
        message: `"${step.key}" is already the key of $.steps[${previous}]; keys must be unique`
      });
    } else {
      keys.set(step.key, index);
    }
  });
  template.steps.forEach((step, index) => {
    if (step.dependsOn && !keys.has(step.dependsOn)) {
      problems.push({
        file,
        path: `$.steps[${index}].dependsOn`,
        message: `"${step.dependsOn}" is not the key of a step in this template`
      });
    }
    if (step.dependsOn === step.key) {
      problems.push({ file, path: `$.steps[${index}].dependsOn`, message: `a step cannot depend on itself` });
    }
  });
  if (problems.length > 0) return problems;
  // Cycles and other dependency faults: the plan engine's own scheduling checks, not a second copy.
  const scheduled = scheduleTemplate(template.steps.map(toStepSpec), '2030-01-01', '2000-01-01');
  for (const problem of scheduled.problems) {
    if (problem.severity !== 'error') continue;
    const index = template.steps.findIndex((s) => s.key === problem.stepId);
    problems.push({ file, path: index >= 0 ? `$.steps[${index}]` : '$.steps', message: problem.message });
  }
  return problems;
}

/**
 * Reads every *.json template in `dir` (*.schema.json files excepted) and validates all of them
 * before anything is written: UTF-8, strict JSON syntax (no repeated member), the package's
 * schema, picklist values, keys, dependencies and cycles.
 */
export function loadTemplates(
  dir: string,
  objectsDir: string,
  schemaFile: string = PACKAGE_TEMPLATE_SCHEMA
): { templates: LoadedTemplate[]; problems: TemplateProblem[] } {
  let names: string[];
  try {
    if (!statSync(dir).isDirectory()) throw new Error('not a folder');
    names = readdirSync(dir)
      .filter((name) => name.endsWith('.json') && !name.endsWith('.schema.json'))
      .sort();
  } catch {
    return {
      templates: [],
      problems: [{ file: dir, path: '', message: 'is not a readable folder of template files' }]
    };
  }
  const schema = JSON.parse(readFileSync(schemaFile, 'utf8')) as SchemaNode;
  const picklists = readPicklistValues(objectsDir, PICKLIST_FIELDS);
  const templates: LoadedTemplate[] = [];
  const problems: TemplateProblem[] = [];
  const owners = new Map<string, string>();
  if (names.length === 0) problems.push({ file: dir, path: '', message: 'holds no template files (*.json)' });
  for (const name of names) {
    const file = path.join(dir, name);
    const read = parseStrictJson(readFileSync(file));
    if (!read.ok) {
      const { line, column, message } = read.problem;
      problems.push({ file, path: '', message, position: { line, column } });
      continue;
    }
    const parsed = read.value;
    const schemaErrors = validateAgainstSchema(parsed, schema, picklists);
    if (schemaErrors.length > 0) {
      problems.push(...schemaErrors.map((e) => ({ file, ...e })));
      continue;
    }
    const template = parsed as TemplateFile;
    const semantic = semanticProblems(file, template);
    problems.push(...semantic);
    const owner = owners.get(template.externalId);
    if (owner)
      problems.push({
        file,
        path: '$.externalId',
        message: `"${template.externalId}" is also the externalId of ${owner}`
      });
    owners.set(template.externalId, file);
    if (semantic.length === 0) templates.push({ file, template });
  }
  return { templates, problems };
}
