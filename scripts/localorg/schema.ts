import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { STANDARD_OBJECTS, taskStatusRows } from './standardObjects.ts';
import { loadFormulas } from './formula/runtime.ts';

export type FieldType =
  | 'id'
  | 'string'
  | 'textarea'
  | 'picklist'
  | 'boolean'
  | 'double'
  | 'percent'
  | 'currency'
  | 'int'
  | 'date'
  | 'datetime'
  | 'reference'
  | 'email';

/** A field as the local org knows it: enough to describe it and to enforce what our metadata says. */
export interface FieldDef {
  name: string;
  label: string;
  type: FieldType;
  length?: number;
  precision?: number;
  scale?: number;
  required: boolean;
  unique: boolean;
  externalId: boolean;
  picklistValues?: string[];
  /** Each picklist value's label and whether it is active, as the field's XML says (describe's picklistValues). */
  picklistEntries?: { value: string; label: string; active: boolean }[];
  restricted?: boolean;
  referenceTo?: string;
  relationshipName?: string;
  masterDetail?: boolean;
  reparentable?: boolean;
  /** Lookup behaviour when the parent is deleted (master-detail always cascades). */
  deleteConstraint?: 'SetNull' | 'Restrict' | 'Cascade';
  /** Formula or roll-up: read-only. `sql` computes it (formulas: see formula/runtime.ts). */
  calculated?: boolean;
  formula?: string;
  /** The formula's formulaTreatBlanksAs: blank numbers read as zero. */
  formulaBlankAsZero?: boolean;
  /** A roll-up summary: when its value moves, the parent record is modified (SystemModstamp). */
  summary?: boolean;
  sql?: string;
  defaultValue?: string | number | boolean;
  createable: boolean;
  updateable: boolean;
  /** Derived by the local org on write (Opportunity.IsClosed / IsWon): stored, not writable. */
  derived?: boolean;
  /** An auto-number Name's display format ('SH-{00000}'): set by the org on insert, never writable. */
  autoNumber?: string;
  /**
   * A polymorphic "what" lookup (Task.WhatId): it may name a record of any object but people
   * (User, Contact) and setup objects; `referenceTo` is only what describe lists first.
   */
  polymorphic?: boolean;
}

/** Whether a polymorphic "what" lookup (Task.WhatId) may name a record of this object. */
export function isWhatTarget(object: ObjectDef): boolean {
  return !object.readOnly && !['User', 'Contact', 'Task', 'Organization'].includes(object.name);
}

export interface ChildRelationship {
  name: string;
  childObject: string;
  field: string;
  cascadeDelete: boolean;
}

export interface ObjectDef {
  name: string;
  label: string;
  labelPlural: string;
  keyPrefix: string;
  custom: boolean;
  /** Custom metadata types are queryable but not writable through the data APIs. */
  readOnly: boolean;
  fields: Map<string, FieldDef>;
  /** Lower-cased field name → field. */
  fieldIndex: Map<string, FieldDef>;
  /** Lower-cased relationship name (Account, Plan__r) → reference field. */
  parentIndex: Map<string, ParentField>;
  /** Lower-cased child relationship name (Plan_Steps__r) → relationship. */
  children: Map<string, ChildRelationship>;
}

export type Schema = Map<string, ObjectDef>;

/** Looks an object up the way Salesforce does (case-insensitive API name). */
export function findObject(schema: Schema, name: string): ObjectDef | undefined {
  const exact = schema.get(name);
  if (exact) return exact;
  const lower = name.toLowerCase();
  for (const o of schema.values()) if (o.name.toLowerCase() === lower) return o;
  return undefined;
}

export function findField(object: ObjectDef, name: string): FieldDef | undefined {
  return object.fieldIndex.get(name.toLowerCase());
}

const TYPE_MAP: Record<string, FieldType> = {
  Text: 'string',
  TextArea: 'textarea',
  LongTextArea: 'textarea',
  Html: 'textarea',
  Picklist: 'picklist',
  Checkbox: 'boolean',
  Number: 'double',
  Percent: 'percent',
  Currency: 'currency',
  Date: 'date',
  DateTime: 'datetime',
  Lookup: 'reference',
  MasterDetail: 'reference',
  Email: 'email',
  Summary: 'double'
};

/** Standard child relationships: parent, relationship name, child object, field, cascade delete. */
const STANDARD_CHILDREN: [string, string, string, string, boolean][] = [
  ['Account', 'Contacts', 'Contact', 'AccountId', false],
  ['Account', 'Opportunities', 'Opportunity', 'AccountId', false],
  ['Opportunity', 'OpportunityContactRoles', 'OpportunityContactRole', 'OpportunityId', true],
  ['Contact', 'OpportunityContactRoles', 'OpportunityContactRole', 'ContactId', true]
];

const sys = { required: false, unique: false, externalId: false, createable: false, updateable: false };

function systemFields(): FieldDef[] {
  return [
    { ...sys, name: 'Id', label: 'Record ID', type: 'id', length: 18 },
    { ...sys, name: 'IsDeleted', label: 'Deleted', type: 'boolean' },
    { ...sys, name: 'CreatedDate', label: 'Created Date', type: 'datetime' },
    {
      ...sys,
      name: 'CreatedById',
      label: 'Created By ID',
      type: 'reference',
      length: 18,
      referenceTo: 'User',
      relationshipName: 'CreatedBy'
    },
    { ...sys, name: 'LastModifiedDate', label: 'Last Modified Date', type: 'datetime' },
    {
      ...sys,
      name: 'LastModifiedById',
      label: 'Last Modified By ID',
      type: 'reference',
      length: 18,
      referenceTo: 'User',
      relationshipName: 'LastModifiedBy'
    },
    { ...sys, name: 'SystemModstamp', label: 'System Modstamp', type: 'datetime' }
  ];
}

interface XmlField {
  fullName: string;
  label?: string;
  type?: string;
  length?: number;
  precision?: number;
  scale?: number;
  required?: boolean;
  unique?: boolean;
  externalId?: boolean;
  referenceTo?: string;
  relationshipName?: string;
  reparentableMasterDetail?: boolean;
  deleteConstraint?: string;
  formula?: string;
  formulaTreatBlanksAs?: string;
  summaryOperation?: string;
  summaryForeignKey?: string;
  summarizedField?: string;
  summaryFilterItems?: { field: string; operation: string; value?: string | number | boolean }[];
  defaultValue?: string | number | boolean;
  valueSet?: {
    restricted?: boolean;
    valueSetDefinition?: {
      value?: { fullName: string | number; default?: boolean; label?: string | number; isActive?: boolean }[];
    };
  };
}

function newObject(
  name: string,
  label: string,
  labelPlural: string,
  keyPrefix: string,
  custom: boolean,
  readOnly = false
): ObjectDef {
  return {
    name,
    label,
    labelPlural,
    keyPrefix,
    custom,
    readOnly,
    fields: new Map(),
    fieldIndex: new Map(),
    parentIndex: new Map(),
    children: new Map()
  };
}

/** A reference field with a relationship name: one that parent paths (Account.Name, Plan__r.Name) follow. */
export type ParentField = FieldDef & { relationshipName: string };

const isParentField = (field: FieldDef): field is ParentField =>
  field.type === 'reference' && Boolean(field.relationshipName);

export function putField(object: ObjectDef, field: FieldDef): void {
  object.fields.set(field.name, field);
  object.fieldIndex.set(field.name.toLowerCase(), field);
  if (isParentField(field)) object.parentIndex.set(field.relationshipName.toLowerCase(), field);
}

/** Custom metadata records found under force-app (type → records), served read-only. */
export type MetadataRecords = Map<string, Record<string, unknown>[]>;

/** Reads our objects from force-app (SFDX source format) and adds the standard objects we depend on. */
export function loadSchema(projectRoot: string): { schema: Schema; metadataRecords: MetadataRecords } {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    isArray: (name) => ['value', 'summaryFilterItems', 'values'].includes(name),
    parseTagValue: true
  });
  const schema: Schema = new Map();
  for (const std of STANDARD_OBJECTS) {
    const object = newObject(
      std.name,
      std.label,
      std.labelPlural ?? `${std.label}s`,
      std.keyPrefix,
      false,
      std.readOnly ?? false
    );
    for (const f of [...systemFields(), ...std.fields]) putField(object, { ...f });
    schema.set(std.name, object);
  }
  const defaultDir = path.join(projectRoot, 'force-app/main/default');
  const objectsDir = path.join(defaultDir, 'objects');
  const pending: { object: ObjectDef; field: XmlField }[] = [];
  let prefix = 1;
  const objectNames = existsSync(objectsDir) ? readdirSync(objectsDir).sort() : [];
  for (const objectName of objectNames) {
    // Custom activity fields live under objects/Activity and belong to Task (the local org has no Event).
    let object = schema.get(objectName === 'Activity' ? 'Task' : objectName);
    if (!object) {
      const file = path.join(objectsDir, objectName, `${objectName}.object-meta.xml`);
      const xml = existsSync(file)
        ? (parser.parse(readFileSync(file, 'utf8')) as {
            CustomObject?: {
              label?: string;
              pluralLabel?: string;
              nameField?: { label?: string; type?: string; displayFormat?: string };
            };
          })
        : {};
      const label = String(xml.CustomObject?.label ?? objectName);
      const mdt = objectName.endsWith('__mdt');
      object = newObject(
        objectName,
        label,
        String(xml.CustomObject?.pluralLabel ?? `${label}s`),
        mdt ? `m${String(prefix).padStart(2, '0')}` : `a${String(prefix).padStart(2, '0')}`,
        true,
        mdt
      );
      prefix++;
      for (const f of systemFields()) putField(object, f);
      if (mdt) {
        for (const [name, label2] of [
          ['DeveloperName', 'Custom Metadata Record Name'],
          ['MasterLabel', 'Label'],
          ['Label', 'Label'],
          ['QualifiedApiName', 'Qualified API Name']
        ] as const)
          putField(object, { ...sys, name, label: label2, type: 'string', length: 80 });
      } else {
        const nameField = xml.CustomObject?.nameField;
        const autoNumber =
          nameField?.type === 'AutoNumber' ? String(nameField.displayFormat ?? '{0}') : undefined;
        putField(object, {
          name: 'Name',
          label: String(nameField?.label ?? 'Name'),
          type: 'string',
          length: 80,
          required: autoNumber === undefined,
          unique: false,
          externalId: false,
          createable: autoNumber === undefined,
          updateable: autoNumber === undefined,
          ...(autoNumber === undefined ? {} : { autoNumber })
        });
      }
      schema.set(objectName, object);
    }
    const fieldsDir = path.join(objectsDir, objectName, 'fields');
    if (!existsSync(fieldsDir)) continue;
    for (const file of readdirSync(fieldsDir).sort()) {
      if (!file.endsWith('.field-meta.xml')) continue;
      const parsed = parser.parse(readFileSync(path.join(fieldsDir, file), 'utf8')) as {
        CustomField: XmlField;
      };
      pending.push({ object, field: parsed.CustomField });
    }
  }
  // Plain fields first, then roll-ups (they name child objects), then formulas (they name roll-ups).
  const rank = (f: XmlField) => (f.formula ? 2 : f.type === 'Summary' ? 1 : 0);
  pending.sort((a, b) => rank(a.field) - rank(b.field));
  for (const { object, field } of pending) addField(schema, object, field);
  // Custom objects without a master-detail parent have an owner.
  for (const object of schema.values()) {
    if (!object.custom || object.readOnly) continue;
    if (![...object.fields.values()].some((f) => f.masterDetail))
      putField(object, {
        name: 'OwnerId',
        label: 'Owner ID',
        type: 'reference',
        length: 18,
        referenceTo: 'User',
        relationshipName: 'Owner',
        required: false,
        unique: false,
        externalId: false,
        createable: true,
        updateable: true
      });
  }
  for (const [parentName, childName, childObject, field, cascade] of STANDARD_CHILDREN) {
    const parent = schema.get(parentName);
    if (parent && schema.has(childObject))
      parent.children.set(childName.toLowerCase(), {
        name: childName,
        childObject,
        field,
        cascadeDelete: cascade
      });
  }
  // Formula fields get their SQL, validation rules are compiled: a formula that cannot be evaluated stops here.
  loadFormulas(schema, projectRoot);
  const metadataRecords = loadCustomMetadata(parser, path.join(defaultDir, 'customMetadata'), schema);
  metadataRecords.set(
    'CustomNotificationType',
    loadNotificationTypes(parser, path.join(defaultDir, 'notificationtypes'))
  );
  metadataRecords.set('TaskStatus', taskStatusRows());
  return { schema, metadataRecords };
}

/** The package's custom notification types (notificationtypes/*.notiftype-meta.xml), as CustomNotificationType rows. */
function loadNotificationTypes(parser: XMLParser, dir: string): Record<string, unknown>[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((file) => {
      const m = /^(.+)\.notiftype-meta\.xml$/.exec(file);
      if (!m) return [];
      const xml = parser.parse(readFileSync(path.join(dir, file), 'utf8')) as {
        CustomNotificationType?: Record<string, string | number | boolean | undefined>;
      };
      const type = xml.CustomNotificationType ?? {};
      const label = String(type.masterLabel ?? type.customNotifTypeName ?? m[1]);
      return [
        {
          DeveloperName: m[1],
          MasterLabel: label,
          CustomNotifTypeName: String(type.customNotifTypeName ?? label),
          Description: type.description === undefined ? null : String(type.description),
          Desktop: type.desktop === true,
          Mobile: type.mobile === true
        }
      ];
    });
}

function addField(schema: Schema, object: ObjectDef, xml: XmlField): void {
  const xmlType = xml.type ?? 'Text';
  const summary = xmlType === 'Summary';
  const calculated = Boolean(xml.formula) || summary;
  let type = TYPE_MAP[xmlType] ?? 'string';
  if (summary && (xml.summaryOperation === 'max' || xml.summaryOperation === 'min') && xml.summarizedField) {
    const parts = xml.summarizedField.split('.');
    const fieldName = parts.at(1);
    type = (fieldName ? schema.get(parts[0])?.fields.get(fieldName)?.type : undefined) ?? 'double';
  }
  const values = xml.valueSet?.valueSetDefinition?.value ?? [];
  const def: FieldDef = {
    name: xml.fullName,
    label: String(xml.label ?? xml.fullName),
    type,
    required: !calculated && (xml.required === true || xmlType === 'MasterDetail'),
    unique: xml.unique === true,
    externalId: xml.externalId === true,
    createable: !calculated && !object.readOnly,
    updateable:
      !calculated &&
      !object.readOnly &&
      (xmlType !== 'MasterDetail' || xml.reparentableMasterDetail === true),
    calculated
  };
  if (xmlType === 'Text' || xmlType === 'LongTextArea' || xmlType === 'TextArea' || xmlType === 'Html')
    def.length = xml.length ?? (xmlType === 'TextArea' ? 255 : 255);
  if (xmlType === 'Text' && xml.formula) def.length = 1300;
  if (xmlType === 'Email') def.length = 80;
  if (xmlType === 'Picklist') def.length = 255;
  if (type === 'double' || type === 'percent' || type === 'currency') {
    def.precision = xml.precision ?? 18;
    def.scale = xml.scale ?? 0;
  }
  if (xmlType === 'Picklist') {
    def.picklistValues = values.map((v) => String(v.fullName));
    def.picklistEntries = values.map((v) => ({
      value: String(v.fullName),
      label: String(v.label ?? v.fullName),
      active: v.isActive !== false
    }));
    def.restricted = xml.valueSet?.restricted === true;
    const dflt = values.find((v) => v.default === true);
    if (dflt) def.defaultValue = String(dflt.fullName);
  }
  if (xml.defaultValue !== undefined && xmlType !== 'Picklist' && !calculated) {
    const raw = String(xml.defaultValue).replace(/^"(.*)"$/, '$1');
    def.defaultValue =
      xmlType === 'Checkbox'
        ? raw === 'true'
        : type === 'double' || type === 'percent' || type === 'currency'
          ? Number(raw)
          : raw;
  }
  if (type === 'boolean' && def.defaultValue === undefined && !calculated) def.defaultValue = false;
  if (xml.referenceTo) {
    def.referenceTo = xml.referenceTo;
    def.length = 18;
    // The parent path in SOQL (Plan__r.Name) comes from the field's name; the metadata's relationshipName names the child relationship.
    def.relationshipName = xml.fullName.replace(/__c$/, '__r');
    def.masterDetail = xmlType === 'MasterDetail';
    def.reparentable = xml.reparentableMasterDetail === true;
    def.deleteConstraint = def.masterDetail
      ? 'Cascade'
      : xml.deleteConstraint === 'Restrict'
        ? 'Restrict'
        : 'SetNull';
    const parent = schema.get(xml.referenceTo);
    if (parent && xml.relationshipName) {
      const name = `${xml.relationshipName}__r`;
      parent.children.set(name.toLowerCase(), {
        name,
        childObject: object.name,
        field: xml.fullName,
        cascadeDelete: def.masterDetail
      });
    }
  }
  if (summary) {
    def.summary = true;
    def.sql = summarySql(xml);
  }
  if (xml.formula) {
    def.formula = String(xml.formula);
    def.formulaBlankAsZero = xml.formulaTreatBlanksAs !== 'BlankAsBlank';
  }
  putField(object, def);
}

/** Roll-up summaries (count / max / min / sum with "equals" filters) as correlated subqueries. */
function summarySql(xml: XmlField): string | undefined {
  const [childObject, fk] = (xml.summaryForeignKey ?? '').split('.');
  if (!childObject || !fk) return undefined;
  const filters: string[] = [];
  for (const item of xml.summaryFilterItems ?? []) {
    const field = item.field.slice(item.field.lastIndexOf('.') + 1);
    const values = String(item.value ?? '')
      .split(',')
      .map((v) => v.trim());
    if (item.operation !== 'equals') return undefined;
    if (values.length === 1 && /^(true|false)$/i.test(values[0]))
      filters.push(`_rc."${field}" = ${/^true$/i.test(values[0]) ? 1 : 0}`);
    else filters.push(`_rc."${field}" IN (${values.map((v) => `'${v.replaceAll("'", "''")}'`).join(', ')})`);
  }
  const where = [`_rc."${fk}" = {t}."Id"`, '_rc."IsDeleted" = 0', ...filters].join(' AND ');
  const summarized = xml.summarizedField?.split('.').pop();
  switch (xml.summaryOperation) {
    case 'count':
      return `(SELECT COUNT(*) FROM "${childObject}" _rc WHERE ${where})`;
    case 'max':
    case 'min':
      return summarized
        ? `(SELECT ${xml.summaryOperation.toUpperCase()}(_rc."${summarized}") FROM "${childObject}" _rc WHERE ${where})`
        : undefined;
    case 'sum':
      return summarized
        ? `(SELECT COALESCE(SUM(_rc."${summarized}"), 0) FROM "${childObject}" _rc WHERE ${where})`
        : undefined;
    default:
      return undefined;
  }
}

function loadCustomMetadata(parser: XMLParser, dir: string, schema: Schema): MetadataRecords {
  const out: MetadataRecords = new Map();
  if (!existsSync(dir)) return out;
  for (const file of readdirSync(dir).sort()) {
    const m = /^(.+)\.(.+)\.md-meta\.xml$/.exec(file);
    if (!m) continue;
    const typeName = `${m[1]}__mdt`;
    if (!schema.has(typeName)) continue;
    const xml = parser.parse(readFileSync(path.join(dir, file), 'utf8')) as {
      CustomMetadata?: { label?: string; values?: { field: string; value?: unknown }[] };
    };
    const record: Record<string, unknown> = {
      DeveloperName: m[2],
      MasterLabel: xml.CustomMetadata?.label ?? m[2],
      Label: xml.CustomMetadata?.label ?? m[2],
      QualifiedApiName: m[2]
    };
    for (const v of xml.CustomMetadata?.values ?? []) {
      const raw = Array.isArray(v.value) ? (v.value[0] as unknown) : v.value;
      record[v.field] =
        raw && typeof raw === 'object'
          ? ((raw as Record<string, unknown>)['#text'] ?? null)
          : raw === ''
            ? null
            : (raw ?? null);
    }
    const list = out.get(typeName) ?? [];
    list.push(record);
    out.set(typeName, list);
  }
  return out;
}
