import { invalidType } from '../errors.ts';
import { findObject, type FieldDef, type ObjectDef } from '../schema.ts';
import type { Handler } from './context.ts';
import { json } from './context.ts';

const SOAP: Record<string, string> = {
  id: 'tns:ID',
  reference: 'tns:ID',
  string: 'xsd:string',
  textarea: 'xsd:string',
  picklist: 'xsd:string',
  email: 'xsd:string',
  boolean: 'xsd:boolean',
  double: 'xsd:double',
  percent: 'xsd:double',
  currency: 'xsd:double',
  int: 'xsd:int',
  date: 'xsd:date',
  datetime: 'xsd:dateTime'
};

function urls(object: ObjectDef, version: string): Record<string, string> {
  const base = `/services/data/v${version}/sobjects/${object.name}`;
  return { sobject: base, describe: `${base}/describe`, rowTemplate: `${base}/{ID}` };
}

function objectSummary(object: ObjectDef, version: string): Record<string, unknown> {
  const writable = !object.readOnly;
  return {
    activateable: false,
    createable: writable,
    custom: object.custom,
    customSetting: false,
    deletable: writable,
    deprecatedAndHidden: false,
    feedEnabled: false,
    hasSubtypes: false,
    isSubtype: false,
    keyPrefix: object.keyPrefix,
    label: object.label,
    labelPlural: object.labelPlural,
    layoutable: writable,
    mergeable: false,
    mruEnabled: false,
    name: object.name,
    queryable: true,
    replicateable: true,
    retrieveable: true,
    searchable: writable,
    triggerable: writable,
    undeletable: writable,
    updateable: writable,
    urls: urls(object, version)
  };
}

export function describeField(field: FieldDef): Record<string, unknown> {
  const nillable =
    !field.required &&
    field.type !== 'boolean' &&
    field.name !== 'Id' &&
    ![
      'IsDeleted',
      'CreatedDate',
      'LastModifiedDate',
      'SystemModstamp',
      'CreatedById',
      'LastModifiedById',
      'OwnerId'
    ].includes(field.name);
  const text = ['string', 'textarea', 'picklist', 'email', 'id', 'reference'].includes(field.type);
  return {
    aggregatable: field.type !== 'textarea',
    autoNumber: false,
    byteLength: text ? (field.length ?? 0) * 3 : 0,
    calculated: field.calculated ?? false,
    calculatedFormula: field.formula ?? null,
    cascadeDelete: false,
    caseSensitive: false,
    createable: field.createable,
    custom: field.name.endsWith('__c'),
    defaultValue: field.defaultValue ?? null,
    defaultedOnCreate:
      field.defaultValue !== undefined ||
      [
        'Id',
        'IsDeleted',
        'CreatedDate',
        'LastModifiedDate',
        'SystemModstamp',
        'CreatedById',
        'LastModifiedById',
        'OwnerId'
      ].includes(field.name),
    dependentPicklist: false,
    deprecatedAndHidden: false,
    digits: 0,
    externalId: field.externalId,
    filterable: field.type !== 'textarea',
    groupable: !['textarea', 'double', 'percent', 'currency', 'datetime'].includes(field.type),
    htmlFormatted: false,
    idLookup: field.name === 'Id' || field.externalId || (field.name === 'Name' && !field.calculated),
    label: field.label,
    length: text ? (field.length ?? 0) : 0,
    name: field.name,
    nameField: field.name === 'Name',
    namePointing: false,
    nillable,
    permissionable: nillable && field.name.endsWith('__c'),
    picklistValues: (
      field.picklistEntries ?? (field.picklistValues ?? []).map((v) => ({ value: v, label: v, active: true }))
    ).map((entry) => ({
      active: entry.active,
      defaultValue: entry.value === field.defaultValue,
      label: entry.label,
      validFor: null,
      value: entry.value
    })),
    polymorphicForeignKey: field.polymorphic === true,
    precision: field.precision ?? 0,
    referenceTo: field.referenceTo ? [field.referenceTo] : [],
    relationshipName: field.relationshipName ?? null,
    relationshipOrder: field.masterDetail ? 0 : null,
    restrictedDelete: false,
    restrictedPicklist: field.restricted ?? false,
    scale: field.scale ?? 0,
    soapType: SOAP[field.type] ?? 'xsd:string',
    sortable: field.type !== 'textarea',
    type: field.type,
    unique: field.unique,
    updateable: field.updateable,
    writeRequiresMasterRead: false
  };
}

export const describeGlobal: Handler = (ctx, req) =>
  json(200, {
    encoding: 'UTF-8',
    maxBatchSize: 200,
    sobjects: [...ctx.store.schema.values()].map((o) => objectSummary(o, req.version))
  });

export const sobjectInfo: Handler = (ctx, req, [name]) => {
  const object = findObject(ctx.store.schema, name);
  if (!object) throw invalidType(name);
  return json(200, { objectDescribe: objectSummary(object, req.version), recentItems: [] });
};

export const describeSObject: Handler = (ctx, req, [name]) => {
  const object = findObject(ctx.store.schema, name);
  if (!object) throw invalidType(name);
  const childRelationships: Record<string, unknown>[] = [];
  for (const rel of object.children.values())
    childRelationships.push({
      cascadeDelete: rel.cascadeDelete,
      childSObject: rel.childObject,
      deprecatedAndHidden: false,
      field: rel.field,
      junctionIdListNames: [],
      junctionReferenceTo: [],
      relationshipName: rel.name,
      restrictedDelete: false
    });
  return json(200, {
    ...objectSummary(object, req.version),
    actionOverrides: [],
    childRelationships,
    compactLayoutable: !object.readOnly,
    fields: [...object.fields.values()].map(describeField),
    listviewable: null,
    lookupLayoutable: null,
    namedLayoutInfos: [],
    networkScopeFieldName: null,
    recordTypeInfos: [],
    searchLayoutable: !object.readOnly,
    supportedScopes: [{ label: 'All', name: 'everything' }],
    urls: { ...urls(object, req.version), uiDetailTemplate: null, uiEditTemplate: null, uiNewRecord: null }
  });
};
