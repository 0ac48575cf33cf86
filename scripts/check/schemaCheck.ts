// Every element of every metadata file must be one the Metadata API defines for its type, in the
// order the API expects, with boolean / number / enumeration values it accepts. `sf project convert`
// accepts all of these mistakes; the deploy rejects them.
import fs from 'node:fs';
import path from 'node:path';
import { loadMetadataSchema, type FieldDef, type MetadataSchema, type TypeDef } from './metadataSchema.ts';
import type { Finding } from './report.ts';
import { DECOMPOSED_CHILDREN, ORDER_FREE_TYPES, SCHEMA_ALLOW_LIST } from './schemaAllowList.ts';
import { parseXmlTree, type XmlElement } from './xmlTree.ts';

/** Source-format file suffix → Metadata API type. */
export const SOURCE_SUFFIX_TYPES: readonly (readonly [string, string])[] = [
  ['.object-meta.xml', 'CustomObject'],
  ['.field-meta.xml', 'CustomField'],
  ['.validationRule-meta.xml', 'ValidationRule'],
  ['.listView-meta.xml', 'ListView'],
  ['.compactLayout-meta.xml', 'CompactLayout'],
  ['.recordType-meta.xml', 'RecordType'],
  ['.webLink-meta.xml', 'WebLink'],
  ['.fieldSet-meta.xml', 'FieldSet'],
  ['.businessProcess-meta.xml', 'BusinessProcess'],
  ['.permissionset-meta.xml', 'PermissionSet'],
  ['.permissionsetgroup-meta.xml', 'PermissionSetGroup'],
  ['.tab-meta.xml', 'CustomTab'],
  ['.app-meta.xml', 'CustomApplication'],
  ['.layout-meta.xml', 'Layout'],
  ['.md-meta.xml', 'CustomMetadata'],
  ['.js-meta.xml', 'LightningComponentBundle'],
  ['.cls-meta.xml', 'ApexClass'],
  ['.trigger-meta.xml', 'ApexTrigger'],
  ['.report-meta.xml', 'Report'],
  ['.reportType-meta.xml', 'ReportType'],
  ['.dashboard-meta.xml', 'Dashboard'],
  ['.reportFolder-meta.xml', 'ReportFolder'],
  ['.dashboardFolder-meta.xml', 'DashboardFolder'],
  ['.flexipage-meta.xml', 'FlexiPage'],
  ['.labels-meta.xml', 'CustomLabels'],
  ['.globalValueSet-meta.xml', 'GlobalValueSet'],
  ['.customPermission-meta.xml', 'CustomPermission'],
  ['.quickAction-meta.xml', 'QuickAction'],
  ['.resource-meta.xml', 'StaticResource'],
  ['.messageChannel-meta.xml', 'LightningMessageChannel'],
  ['.notiftype-meta.xml', 'CustomNotificationType']
];

export function metadataTypeOf(file: string): string | undefined {
  return SOURCE_SUFFIX_TYPES.find(([suffix]) => file.endsWith(suffix))?.[1];
}

const NUMBER = /^-?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;

class ElementChecker {
  readonly findings: Finding[] = [];
  private readonly schema: MetadataSchema;
  private readonly file: string;
  constructor(schema: MetadataSchema, file: string) {
    this.schema = schema;
    this.file = file;
  }

  private report(element: XmlElement, message: string): void {
    this.findings.push({
      file: this.file,
      line: element.line,
      column: element.column,
      check: 'schema',
      message
    });
  }

  checkComplex(
    element: XmlElement,
    type: TypeDef,
    pathLabel: string,
    excluded: readonly string[] = []
  ): void {
    if (element.children.length === 0 && element.text !== '') {
      this.report(element, `<${element.name}> (${type.name}) must hold child elements, not text`);
      return;
    }
    let lastIndex = -1;
    let lastName = '';
    const seen = new Set<string>();
    for (const child of element.children) seen.add(child.name);
    for (const child of element.children) {
      const key = `${type.name}.${child.name}`;
      if (excluded.includes(child.name)) {
        this.report(
          child,
          `<${child.name}> does not belong in this file: source format keeps each one in its own file under ${child.name}/`
        );
        continue;
      }
      const index = type.fields.findIndex((field) => field.name === child.name);
      const field = type.fields[index] as FieldDef | undefined;
      if (!field) {
        if (SCHEMA_ALLOW_LIST[key] === undefined) {
          const hint = closest(
            child.name,
            type.fields.map((f) => f.name)
          );
          this.report(
            child,
            `<${child.name}> is not an element of ${type.name}${hint ? ` (did you mean <${hint}>?)` : ''}`
          );
        }
        continue;
      }
      if (index < lastIndex && !ORDER_FREE_TYPES.has(type.name)) {
        this.report(
          child,
          `<${child.name}> is out of order in ${type.name}: the API expects it before <${lastName}>`
        );
      } else if (index === lastIndex && !field.repeated) {
        this.report(child, `<${child.name}> appears more than once in ${type.name}`);
      }
      if (index > lastIndex) {
        lastIndex = index;
        lastName = child.name;
      }
      if (SCHEMA_ALLOW_LIST[key] === undefined)
        this.checkValue(child, field, type, `${pathLabel}.${child.name}`);
    }
    const missing = type.fields.filter(
      (field) => field.required && !seen.has(field.name) && !excluded.includes(field.name)
    );
    for (const field of missing)
      this.report(element, `<${element.name}> (${type.name}) lacks the required <${field.name}>`);
  }

  private checkValue(element: XmlElement, field: FieldDef, parent: TypeDef, pathLabel: string): void {
    const nested = this.schema.getType(field.type);
    if (nested) {
      this.checkComplex(element, nested, pathLabel);
      return;
    }
    if (field.type === 'any') return;
    if (element.children.length > 0) {
      this.report(
        element,
        `<${element.name}> of ${parent.name} holds a ${field.type} value, not child elements`
      );
      return;
    }
    const value = element.text;
    if (field.type === 'boolean' && value !== 'true' && value !== 'false') {
      this.report(element, `<${element.name}> of ${parent.name} must be true or false, not "${value}"`);
    } else if (field.type === 'number' && !NUMBER.test(value)) {
      this.report(element, `<${element.name}> of ${parent.name} must be a number, not "${value}"`);
    } else if (field.enumValues && !field.enumValues.includes(value)) {
      const hint = closest(value, field.enumValues);
      this.report(
        element,
        `<${element.name}>${value}</${element.name}> is not a valid ${parent.name}.${field.name} value${hint ? ` (did you mean ${hint}?)` : ''}; allowed: ${field.enumValues.join(', ')}`
      );
    }
  }
}

/** A close spelling from `candidates` (case-insensitive prefix / edit distance ≤ 2), for hints. */
function closest(word: string, candidates: readonly string[]): string | undefined {
  const lower = word.toLowerCase();
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of candidates) {
    const distance = editDistance(lower, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return (
    best ?? candidates.find((candidate) => candidate.toLowerCase().startsWith(lower) && lower.length >= 3)
  );
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j] ?? 0;
      row[j] = Math.min((row[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length] ?? 0;
}

export function checkSchema(files: readonly string[], root: string): Finding[] {
  const schema = loadMetadataSchema();
  const findings: Finding[] = [];
  for (const file of files.filter((name) => name.endsWith('-meta.xml'))) {
    const typeName = metadataTypeOf(file);
    if (!typeName) {
      findings.push({
        file,
        check: 'schema',
        message: `no Metadata API type is mapped for this file's suffix: add it to SOURCE_SUFFIX_TYPES in ${path.relative(root, import.meta.filename)}`
      });
      continue;
    }
    const type = schema.getType(typeName);
    if (!type) {
      findings.push({ file, check: 'schema', message: `the Metadata API schema has no type ${typeName}` });
      continue;
    }
    let rootElement: XmlElement;
    try {
      rootElement = parseXmlTree(fs.readFileSync(file, 'utf8'));
    } catch (error) {
      findings.push({ file, check: 'schema', message: `cannot read: ${(error as Error).message}` });
      continue;
    }
    const checker = new ElementChecker(schema, file);
    if (rootElement.name !== typeName) {
      findings.push({
        file,
        line: rootElement.line,
        column: rootElement.column,
        check: 'schema',
        message: `root element is <${rootElement.name}>; a ${path.basename(file)} file holds <${typeName}>`
      });
      continue;
    }
    checker.checkComplex(rootElement, type, typeName, DECOMPOSED_CHILDREN[typeName] ?? []);
    findings.push(...checker.findings);
  }
  return findings;
}
