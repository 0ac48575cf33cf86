// Elements newer than the Metadata API schema jsforce ships (API v47), which our metadata uses.
// Key: `<Type>.<element>`; value: why it is allowed. Keep this list short and explained.
// An allow-listed element is accepted anywhere among its parent's children, and its content is
// not checked (the schema knows nothing about it).
export const SCHEMA_ALLOW_LIST: Readonly<Partial<Record<string, string>>> = {
  // Source format writes <targetConfigs> as XML (targetConfig/objects/property); the WSDL types it
  // as an opaque string.
  'LightningComponentBundle.targetConfigs': 'free-form XML in source format'
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
