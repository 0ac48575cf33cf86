// Elements newer than the Metadata API schema jsforce ships (API v47), which our metadata uses.
// Key: `<Type>.<element>`; value: why it is allowed. Keep this list short and explained.
// An allow-listed element is accepted anywhere among its parent's children, and its content is
// not checked (the schema knows nothing about it).
export const SCHEMA_ALLOW_LIST: Readonly<Partial<Record<string, string>>> = {
  // Source format writes <targetConfigs> as XML (targetConfig/objects/property); the WSDL types it
  // as an opaque string.
  'LightningComponentBundle.targetConfigs': 'free-form XML in source format'
};

/** A field of a Metadata API type that jsforce's v47 schema lacks; `after` keeps the API's order. */
export interface SchemaAdditionField {
  name: string;
  /** A complex type (in the schema or in SCHEMA_NEW_TYPES), or string / number / boolean. */
  type: string;
  /** The field it follows in the API's element order; null puts it first. */
  after: string | null;
  repeated?: boolean;
}

/**
 * Elements newer than the v47 schema, typed so that their content is checked too (unlike the allow
 * list). FlexiPage regions hold itemInstances since API 48 (componentInstances is refused from API
 * 49), each a componentInstance or a fieldInstance; component instances carry an identifier, which
 * the Lightning App Builder writes and API 53+ expects.
 */
export const SCHEMA_ADDITIONS: Readonly<Partial<Record<string, readonly SchemaAdditionField[]>>> = {
  FlexiPageRegion: [
    { name: 'itemInstances', type: 'ItemInstance', after: 'componentInstances', repeated: true }
  ],
  ComponentInstance: [{ name: 'identifier', type: 'string', after: 'componentName' }]
};

/** Types newer than the v47 schema, with their fields in API order (all optional). */
export const SCHEMA_NEW_TYPES: Readonly<
  Partial<Record<string, readonly Omit<SchemaAdditionField, 'after'>[]>>
> = {
  ItemInstance: [
    { name: 'componentInstance', type: 'ComponentInstance' },
    { name: 'fieldInstance', type: 'FieldInstance' }
  ],
  FieldInstance: [
    { name: 'fieldInstanceProperties', type: 'FieldInstanceProperty', repeated: true },
    { name: 'fieldItem', type: 'string' },
    { name: 'identifier', type: 'string' },
    { name: 'visibilityRule', type: 'UiFormulaRule' }
  ],
  FieldInstanceProperty: [
    { name: 'name', type: 'string' },
    { name: 'value', type: 'string' }
  ]
};

/** Types whose source files may not contain these children: they are decomposed into folders. */
export const DECOMPOSED_CHILDREN: Readonly<Partial<Record<string, readonly string[]>>> = {
  CustomObject: [
    'fields',
    'validationRules',
    'listViews',
    'compactLayouts',
    'recordTypes',
    'webLinks',
    'businessProcesses',
    'fieldSets',
    'sharingReasons',
    'indexes'
  ]
};

/**
 * Types whose source files the platform reads without the SOAP schema's element order: the LWC
 * configuration file (js-meta.xml) is read by the LWC compiler, and Salesforce's own examples put
 * <description> after <masterLabel>. Elements and values are still checked.
 */
export const ORDER_FREE_TYPES: ReadonlySet<string> = new Set(['LightningComponentBundle']);
