// Every object and field our metadata and code name must exist: in our metadata (objects/ under
// each package directory) or in the declared standard schema (standardSchema.ts).
import fs from 'node:fs';
import path from 'node:path';
import { parseApex } from './apexSource.ts';
import { formulaReferences } from './formula.ts';
import type { FieldInfo, SchemaModel } from './objectModel.ts';
import { lineAndColumn } from './projectFiles.ts';
import type { Finding } from './report.ts';
import { soqlReferences, type QueryRefs } from './soql.ts';
import { childrenNamed, childText, parseXmlTree, type XmlElement } from './xmlTree.ts';

/** Global formula variables whose members we do not model (they are not our schema). */
const UNMODELLED_GLOBALS = new Set([
  '$user',
  '$profile',
  '$userrole',
  '$organization',
  '$api',
  '$label',
  '$permission',
  '$system',
  '$setup',
  '$recordtype'
]);

class ReferenceChecker {
  readonly findings: Finding[] = [];
  private readonly knownNames: Set<string>;
  private readonly model: SchemaModel;

  constructor(model: SchemaModel) {
    this.model = model;
    this.knownNames = model.knownNames();
  }

  private report(file: string, where: { line: number; column: number } | undefined, message: string): void {
    this.findings.push({
      file,
      ...(where ? { line: where.line, column: where.column } : {}),
      check: 'references',
      message
    });
  }

  /** Checks `fieldPath` on `objectName`; `what` says where it was used. */
  field(
    file: string,
    where: { line: number; column: number } | undefined,
    objectName: string,
    fieldPath: string,
    what: string
  ): void {
    const problem = this.model.resolvePath(objectName, fieldPath);
    if (problem) this.report(file, where, `${what} names ${objectName}.${fieldPath}: ${problem}`);
  }

  object(
    file: string,
    where: { line: number; column: number } | undefined,
    objectName: string,
    what: string
  ): void {
    if (!this.model.object(objectName)) {
      this.report(
        file,
        where,
        `${what} names object ${objectName}, which is not defined in our metadata or in the declared standard schema`
      );
    }
  }

  /** `Obj.Field__c` or `Obj.Rel__r.Field__c`: the first segment is the object. */
  qualified(file: string, where: XmlElement | undefined, qualifiedName: string, what: string): void {
    const [objectName, ...rest] = qualifiedName.split('.');
    if (!objectName || rest.length === 0) {
      this.report(file, where, `${what} "${qualifiedName}" is not of the form Object.Field`);
      return;
    }
    this.field(file, where, objectName, rest.join('.'), what);
  }

  formula(file: string, element: XmlElement, objectName: string, formula: string, what: string): void {
    for (const ref of formulaReferences(formula)) {
      const [head = '', ...rest] = ref.path.split('.');
      const lower = head.toLowerCase();
      if (lower === '$source' || lower === '$objecttype') {
        if (lower === '$source') this.field(file, element, objectName, rest.join('.'), `${what} ($Source)`);
        continue;
      }
      if (lower === '$custommetadata') {
        const [type = '', , field] = rest;
        if (field) this.field(file, element, type, field, `${what} ($CustomMetadata)`);
        else this.object(file, element, type, `${what} ($CustomMetadata)`);
        continue;
      }
      if (head.startsWith('$')) {
        if (!UNMODELLED_GLOBALS.has(lower)) this.report(file, element, `${what} uses unknown global ${head}`);
        continue;
      }
      this.field(file, element, objectName, ref.path, what);
    }
  }

  customField(field: FieldInfo): void {
    const { element, file } = field;
    if (!element || !file) return;
    const formula = childText(element, 'formula');
    const formulaElement = element.children.find((child) => child.name === 'formula');
    if (formula && formulaElement)
      this.formula(file, formulaElement, field.object, formula, `formula of ${field.name}`);
    if (field.referenceTo) this.object(file, element, field.referenceTo, `referenceTo of ${field.name}`);
    // Roll-up summary: Child__c.Field__c, and the child's master-detail to this object.
    for (const name of ['summarizedField', 'summaryForeignKey']) {
      const child = element.children.find((c) => c.name === name);
      if (child) this.qualified(file, child, child.text, `${name} of ${field.name}`);
    }
    const foreignKey = childText(element, 'summaryForeignKey');
    if (foreignKey) {
      const [childObject = '', keyField = ''] = foreignKey.split('.');
      const target = this.model.object(childObject)?.fields.get(keyField.toLowerCase())?.referenceTo;
      if (target && target.toLowerCase() !== field.object.toLowerCase()) {
        this.report(
          file,
          element,
          `summaryForeignKey ${foreignKey} of ${field.name} points to ${target}, not ${field.object}`
        );
      }
    }
    for (const item of childrenNamed(element, 'summaryFilterItems')) {
      const filterField = item.children.find((c) => c.name === 'field');
      if (filterField)
        this.qualified(file, filterField, filterField.text, `summaryFilterItems of ${field.name}`);
    }
    // Lookup filters: $Source.Field (this object) and Target__c.Field (the looked-up object).
    for (const lookupFilter of childrenNamed(element, 'lookupFilter')) {
      for (const item of childrenNamed(lookupFilter, 'filterItems')) {
        for (const part of item.children.filter((c) => c.name === 'field' || c.name === 'valueField')) {
          const [head = '', ...rest] = part.text.split('.');
          if (head.toLowerCase() === '$source')
            this.field(file, part, field.object, rest.join('.'), `lookup filter of ${field.name}`);
          else if (!head.startsWith('$'))
            this.qualified(file, part, part.text, `lookup filter of ${field.name}`);
        }
      }
    }
  }

  /** A list-view / layout column: legacy upper-case names (NAME, OWNER.ALIAS) are not API names. */
  column(file: string, element: XmlElement, objectName: string, what: string): void {
    const name = element.text;
    if (name === name.toUpperCase()) return;
    this.field(file, element, objectName, name, what);
  }

  xmlFile(file: string, root: XmlElement): void {
    const base = path.basename(file);
    const objectDirName = path.basename(path.dirname(path.dirname(file)));
    if (base.endsWith('.validationRule-meta.xml')) {
      const formula = root.children.find((c) => c.name === 'errorConditionFormula');
      if (formula) this.formula(file, formula, objectDirName, formula.text, 'validation rule');
      const display = root.children.find((c) => c.name === 'errorDisplayField');
      if (display) this.field(file, display, objectDirName, display.text, 'errorDisplayField');
    } else if (base.endsWith('.listView-meta.xml')) {
      for (const column of childrenNamed(root, 'columns'))
        this.column(file, column, objectDirName, 'list view column');
      for (const filter of childrenNamed(root, 'filters')) {
        const field = filter.children.find((c) => c.name === 'field');
        if (field) this.column(file, field, objectDirName, 'list view filter');
      }
    } else if (base.endsWith('.compactLayout-meta.xml')) {
      for (const field of childrenNamed(root, 'fields'))
        this.field(file, field, objectDirName, field.text, 'compact layout');
    } else if (base.endsWith('.layout-meta.xml')) {
      this.layout(file, root, base.slice(0, base.indexOf('-')));
    } else if (base.endsWith('.permissionset-meta.xml')) {
      this.permissionSet(file, root);
    } else if (base.endsWith('.tab-meta.xml')) {
      if (childText(root, 'customObject') === 'true')
        this.object(file, root, base.replace('.tab-meta.xml', ''), 'custom object tab');
    } else if (base.endsWith('.md-meta.xml')) {
      const typeName = `${base.split('.')[0] ?? ''}__mdt`;
      this.object(file, root, typeName, 'custom metadata record');
      for (const value of childrenNamed(root, 'values')) {
        const field = value.children.find((c) => c.name === 'field');
        if (field) this.field(file, field, typeName, field.text, 'custom metadata value');
      }
    } else if (base.endsWith('.reportType-meta.xml')) {
      this.reportType(file, root);
    } else if (base.endsWith('.report-meta.xml')) {
      this.report_(file, root);
    }
  }

  private layout(file: string, root: XmlElement, objectName: string): void {
    this.object(file, root, objectName, 'layout');
    const walk = (element: XmlElement): void => {
      for (const child of element.children) {
        if (child.name === 'layoutItems') {
          const field = child.children.find((c) => c.name === 'field');
          if (field) this.field(file, field, objectName, field.text, 'layout field');
        } else if (child.name === 'relatedLists') {
          const relatedList = child.children.find((c) => c.name === 'relatedList');
          const [childObject, lookup] = (relatedList?.text ?? '').split('.');
          if (relatedList && childObject && lookup) {
            this.field(file, relatedList, childObject, lookup, 'related list');
            for (const column of childrenNamed(child, 'fields'))
              this.column(file, column, childObject, 'related list column');
          }
        } else {
          walk(child);
        }
      }
    };
    walk(root);
  }

  private permissionSet(file: string, root: XmlElement): void {
    for (const permission of childrenNamed(root, 'fieldPermissions')) {
      const field = permission.children.find((c) => c.name === 'field');
      if (field) this.qualified(file, field, field.text, 'field permission');
    }
    for (const permission of childrenNamed(root, 'objectPermissions')) {
      const object = permission.children.find((c) => c.name === 'object');
      if (object) this.object(file, object, object.text, 'object permission');
    }
    for (const access of childrenNamed(root, 'customMetadataTypeAccesses')) {
      const name = access.children.find((c) => c.name === 'name');
      if (name) this.object(file, name, name.text, 'custom metadata type access');
    }
  }

  /** The object a report-type table path (`Base.Child_Rel__r.Grandchild_Rel__r`) leads to. */
  private tableObject(file: string, where: XmlElement, table: string): string | undefined {
    const [base = '', ...relationships] = table.split('.');
    let current: string | undefined = base;
    if (!this.model.object(base)) {
      this.object(file, where, base, 'report type table');
      return undefined;
    }
    for (const relationship of relationships) {
      const next: string | undefined = this.model.childObject(current, relationship);
      if (!next) {
        this.report(
          file,
          where,
          `report type table ${table}: ${current} has no child relationship ${relationship}`
        );
        return undefined;
      }
      current = next;
    }
    return current;
  }

  private reportType(file: string, root: XmlElement): void {
    const baseObject = root.children.find((c) => c.name === 'baseObject');
    if (baseObject) this.object(file, baseObject, baseObject.text, 'report type baseObject');
    let joinParent = baseObject?.text ?? '';
    let join = root.children.find((c) => c.name === 'join');
    while (join) {
      const relationship = join.children.find((c) => c.name === 'relationship');
      if (relationship) {
        const child = this.model.childObject(joinParent, relationship.text);
        if (!child) {
          this.report(
            file,
            relationship,
            `report type join: ${joinParent} has no child relationship ${relationship.text}`
          );
          break;
        }
        joinParent = child;
      }
      join = join.children.find((c) => c.name === 'join');
    }
    for (const section of childrenNamed(root, 'sections')) {
      for (const column of childrenNamed(section, 'columns')) {
        const field = column.children.find((c) => c.name === 'field');
        const table = column.children.find((c) => c.name === 'table');
        if (!field || !table) continue;
        const objectName = this.tableObject(file, table, table.text);
        if (objectName) this.field(file, field, objectName, field.text, 'report type column');
      }
    }
  }

  private report_(file: string, root: XmlElement): void {
    const walk = (element: XmlElement): void => {
      for (const child of element.children) {
        if ((child.name === 'field' || child.name === 'column') && child.children.length === 0) {
          const text = child.text;
          if (text.includes('$')) {
            const [table = '', field = ''] = text.split('$');
            const objectName = this.tableObject(file, child, table);
            if (objectName) this.field(file, child, objectName, field, 'report column');
          } else if (text.includes('.') && /__[cr]\b/.test(text)) {
            this.qualified(file, child, text, 'report column');
          }
        } else {
          walk(child);
        }
      }
    };
    walk(root);
  }

  query(file: string, source: string, offset: number, refs: QueryRefs, parentObject?: string): void {
    const at = (queryOffset: number): { line: number; column: number } =>
      lineAndColumn(source, offset + queryOffset);
    let objectName: string | undefined = refs.from;
    if (refs.childRelationship && parentObject) {
      objectName = this.model.childObject(parentObject, refs.from);
      if (!objectName) {
        this.report(
          file,
          at(refs.fromOffset),
          `SOQL subquery: ${parentObject} has no child relationship ${refs.from}`
        );
        return;
      }
    } else if (!this.model.object(refs.from)) {
      this.object(file, at(refs.fromOffset), refs.from, 'SOQL FROM');
      return;
    }
    for (const field of refs.fields) this.field(file, at(field.offset), objectName, field.path, 'SOQL');
    for (const sub of refs.subqueries) this.query(file, source, offset, sub, objectName);
  }

  apex(file: string, source: string): void {
    const parsed = parseApex(source, file.endsWith('.trigger'));
    for (const query of parsed.queries) {
      const refs = soqlReferences(query.text);
      if (refs) this.query(file, source, query.offset, refs);
    }
    const code = source.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, (text) => text.replace(/[^\n]/g, ' '));
    for (const match of code.matchAll(/\bSchema\.SObjectType\.(\w+)\.fields\.(\w+)/gi)) {
      this.field(file, lineAndColumn(source, match.index), match[1], match[2], 'Schema.SObjectType token');
    }
    for (const match of code.matchAll(/\b(\w+)\.(\w+__[cr](?:\.\w+)*)\b/g)) {
      const objectName = match[1];
      if (this.model.object(objectName)?.inOurMetadata) {
        this.field(file, lineAndColumn(source, match.index), objectName, match[2], 'SObjectField token');
      }
    }
    this.looseNames(file, code, source, 'Apex');
  }

  /** Any `Name__c` / `Name__r` / `Name__mdt` in code must be one of our fields, relationships or objects. */
  looseNames(file: string, code: string, source: string, what: string): void {
    for (const match of code.matchAll(/\b[A-Za-z]\w*?__(?:c|r|mdt)\b/g)) {
      if (!this.knownNames.has(match[0].toLowerCase())) {
        this.report(
          file,
          lineAndColumn(source, match.index),
          `${what} names ${match[0]}, which no object in our metadata defines`
        );
      }
    }
  }

  lwc(file: string, source: string): void {
    for (const match of source.matchAll(/['"]@salesforce\/schema\/([\w.]+)['"]/g)) {
      const [objectName = '', ...rest] = match[1].split('.');
      const where = lineAndColumn(source, match.index);
      if (rest.length === 0) this.object(file, where, objectName, '@salesforce/schema import');
      else this.field(file, where, objectName, rest.join('.'), '@salesforce/schema import');
    }
    const code = file.endsWith('.html')
      ? source.replace(/<!--[\s\S]*?-->/g, (text) => text.replace(/[^\n]/g, ' '))
      : source.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, (text) => text.replace(/[^\n]/g, ' '));
    this.looseNames(file, code, source, 'LWC');
  }
}

export function checkReferences(files: readonly string[], model: SchemaModel): Finding[] {
  const checker = new ReferenceChecker(model);
  for (const info of model.objects.values())
    for (const field of info.fields.values()) checker.customField(field);
  const fileSet = new Set(files);
  for (const file of files) {
    if (file.endsWith('-meta.xml')) {
      let root: XmlElement;
      try {
        root = parseXmlTree(fs.readFileSync(file, 'utf8'));
      } catch {
        continue; // reported by the well-formedness check
      }
      checker.xmlFile(file, root);
    } else if (/\.(cls|trigger)$/.test(file)) {
      checker.apex(file, fs.readFileSync(file, 'utf8'));
    } else if (/[\\/]lwc[\\/]/.test(file) && /\.(ts|js|html)$/.test(file) && !file.endsWith('.d.ts')) {
      // Compiled .js beside its .ts source is checked through the source.
      if (file.endsWith('.js') && fileSet.has(file.replace(/\.js$/, '.ts'))) continue;
      checker.lwc(file, fs.readFileSync(file, 'utf8'));
    }
  }
  return checker.findings;
}
