/**
 * The small part of JSON Schema the template schema uses (type, required, properties,
 * additionalProperties, items, enum, pattern, min/max, lengths), with errors as JSON paths.
 * `x-picklist` names a Salesforce picklist whose values the caller supplies.
 */
export interface SchemaNode {
  type?: string | string[];
  required?: string[];
  properties?: Record<string, SchemaNode>;
  additionalProperties?: boolean;
  items?: SchemaNode;
  enum?: readonly unknown[];
  pattern?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  'x-picklist'?: string;
}

export interface SchemaError {
  path: string;
  message: string;
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function matchesType(value: unknown, expected: string): boolean {
  const actual = typeOf(value);
  return actual === expected || (expected === 'number' && actual === 'integer');
}

export function validateAgainstSchema(
  value: unknown,
  schema: SchemaNode,
  picklists: ReadonlyMap<string, readonly string[]>,
  path = '$'
): SchemaError[] {
  const errors: SchemaError[] = [];
  if (schema.type !== undefined) {
    const types = Array.isArray(schema.type) ? schema.type : [schema.type];
    if (!types.some((t) => matchesType(value, t))) {
      return [{ path, message: `must be ${types.join(' or ')}, found ${typeOf(value)}` }];
    }
  }
  if (value === null) return errors;
  if (typeof value === 'string') {
    if (schema.minLength !== undefined && value.length < schema.minLength)
      errors.push({ path, message: `must not be empty` });
    if (schema.maxLength !== undefined && value.length > schema.maxLength)
      errors.push({ path, message: `is ${value.length} characters; at most ${schema.maxLength} fit` });
    if (schema.pattern !== undefined && !new RegExp(schema.pattern).test(value))
      errors.push({ path, message: `"${value}" does not match ${schema.pattern}` });
    const picklist = schema['x-picklist'] ? picklists.get(schema['x-picklist']) : undefined;
    if (picklist && !picklist.includes(value)) {
      errors.push({
        path,
        message: `"${value}" is not a value of ${schema['x-picklist']}; use one of: ${picklist.join(', ')}`
      });
    }
  }
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum)
      errors.push({ path, message: `must be at least ${schema.minimum}` });
    if (schema.maximum !== undefined && value > schema.maximum)
      errors.push({ path, message: `must be at most ${schema.maximum}` });
  }
  if (schema.enum && !schema.enum.includes(value))
    errors.push({ path, message: `must be one of ${schema.enum.map(String).join(', ')}` });
  if (Array.isArray(value)) {
    if (schema.minItems !== undefined && value.length < schema.minItems)
      errors.push({ path, message: `needs at least ${schema.minItems} item(s)` });
    if (schema.maxItems !== undefined && value.length > schema.maxItems)
      errors.push({ path, message: `has ${value.length} items; at most ${schema.maxItems} allowed` });
    const items = schema.items;
    if (items)
      value.forEach((item, index) =>
        errors.push(...validateAgainstSchema(item, items, picklists, `${path}[${index}]`))
      );
  } else if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    for (const name of schema.required ?? []) {
      if (!(name in record)) errors.push({ path, message: `is missing the required property "${name}"` });
    }
    for (const [name, child] of Object.entries(record)) {
      const childSchema = schema.properties?.[name];
      if (childSchema)
        errors.push(...validateAgainstSchema(child, childSchema, picklists, `${path}.${name}`));
      else if (schema.additionalProperties === false)
        errors.push({ path: `${path}.${name}`, message: `is not a known property` });
    }
  }
  return errors;
}
