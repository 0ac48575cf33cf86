// The picklist values compiled into the record page (c/planFormat PICKLIST_VALUES, the page's
// fallback before the org's options arrive and the values the engine names) must be the fields'
// active values in the fields' order, as the field XML holds them.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { packageDirs } from './projectFiles.ts';
import type { Finding } from './report.ts';
import { childrenNamed, childText, parseXmlTree, type XmlElement } from './xmlTree.ts';

export const PLAN_FORMAT = path.join('main', 'default', 'lwc', 'planFormat', 'planFormat.ts');
const CONSTANT = 'PICKLIST_VALUES';

/** `'Object.Field'` → values, as written in PICKLIST_VALUES; null when the source has no such constant. */
export function compiledPicklists(source: string): Map<string, string[]> | null {
  const file = ts.createSourceFile('planFormat.ts', source, ts.ScriptTarget.Latest, true);
  let found: Map<string, string[]> | null = null;
  const visit = (node: ts.Node): void => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.name.text === CONSTANT) {
      let value = node.initializer;
      while (value && (ts.isAsExpression(value) || ts.isSatisfiesExpression(value))) value = value.expression;
      if (value && ts.isObjectLiteralExpression(value)) {
        found = new Map();
        for (const property of value.properties) {
          if (!ts.isPropertyAssignment(property) || !ts.isArrayLiteralExpression(property.initializer))
            continue;
          const key = ts.isStringLiteral(property.name) ? property.name.text : property.name.getText(file);
          found.set(
            key,
            property.initializer.elements.filter(ts.isStringLiteral).map((element) => element.text)
          );
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/** The active values of a picklist field's XML, in its order. */
export function fieldValues(field: XmlElement): string[] {
  const definition = field.children
    .find((child) => child.name === 'valueSet')
    ?.children.find((child) => child.name === 'valueSetDefinition');
  if (!definition) return [];
  return childrenNamed(definition, 'value')
    .filter((value) => childText(value, 'isActive') !== 'false')
    .map((value) => childText(value, 'fullName') ?? '');
}

/** Where a compiled list differs from its field: values missing on either side, or another order. */
export function picklistProblems(
  compiled: ReadonlyMap<string, readonly string[]>,
  fieldOf: (key: string) => string[] | null
): string[] {
  const problems: string[] = [];
  for (const [key, values] of compiled) {
    const actual = fieldOf(key);
    if (actual === null) {
      problems.push(`${key} is not a picklist field of our metadata`);
      continue;
    }
    const missing = actual.filter((value) => !values.includes(value));
    const extra = values.filter((value) => !actual.includes(value));
    if (missing.length > 0) problems.push(`${key} lacks the field's value(s) ${missing.join(', ')}`);
    if (extra.length > 0) problems.push(`${key} has value(s) the field lacks: ${extra.join(', ')}`);
    if (missing.length === 0 && extra.length === 0 && values.join('\n') !== actual.join('\n'))
      problems.push(`${key} is in another order than the field: ${actual.join(', ')}`);
  }
  return problems;
}

export function checkPicklistParity(root: string): Finding[] {
  const dirs = packageDirs(root);
  const source = dirs.map((dir) => path.join(dir, PLAN_FORMAT)).find((file) => fs.existsSync(file));
  if (!source) return [];
  const compiled = compiledPicklists(fs.readFileSync(source, 'utf8'));
  if (!compiled) {
    return [{ file: source, check: 'picklists', message: `${CONSTANT} is not an object of value lists` }];
  }
  const fieldOf = (key: string): string[] | null => {
    const [object = '', field = ''] = key.split('.');
    for (const dir of dirs) {
      const file = path.join(dir, 'main', 'default', 'objects', object, 'fields', `${field}.field-meta.xml`);
      if (!fs.existsSync(file)) continue;
      const xml = parseXmlTree(fs.readFileSync(file, 'utf8'));
      return childText(xml, 'type') === 'Picklist' ? fieldValues(xml) : null;
    }
    return null;
  };
  return picklistProblems(compiled, fieldOf).map((message) => ({
    file: source,
    check: 'picklists',
    message: `${CONSTANT}: ${message}`
  }));
}
