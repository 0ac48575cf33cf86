// The Metadata API's type definitions, from the jsforce package: `lib/api/metadata/schema.js`
// (every type with its fields in WSDL order and its base type) and, for enumerations, the WSDL
// that schema was generated from (`src/api/metadata/wsdl.xml`; schema.js keeps only "string").
// Both are Metadata API v47-era: newer elements we use are added, typed, from SCHEMA_ADDITIONS and
// SCHEMA_NEW_TYPES, or allow-listed (content unchecked), all in schemaAllowList.ts.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { SCHEMA_ADDITIONS, SCHEMA_NEW_TYPES } from './schemaAllowList.ts';

const require = createRequire(import.meta.url);

type PropSpec = string | [string];
interface RawType {
  type: string;
  props: Record<string, PropSpec>;
  extends?: string;
}

export interface FieldDef {
  name: string;
  /** Type name: a complex type in the schema, or string / number / boolean / any. */
  type: string;
  /** 'string'-typed fields the WSDL restricts to an enumeration. */
  enumValues?: readonly string[];
  repeated: boolean;
  /** The WSDL's minOccurs=1: the API rejects the parent without it. */
  required: boolean;
}

export interface TypeDef {
  name: string;
  /** Fields in the order the API expects them (base type's fields first). */
  fields: FieldDef[];
}

export interface MetadataSchema {
  getType(name: string): TypeDef | undefined;
}

function jsforceDir(): string {
  return path.dirname(require.resolve('jsforce/package.json'));
}

/** complexType → element → simpleType name, and simpleType → enumeration values, from the WSDL. */
function readWsdlEnums(): { elementTypes: Map<string, Map<string, string>>; enums: Map<string, string[]> } {
  const wsdl = fs.readFileSync(path.join(jsforceDir(), 'src/api/metadata/wsdl.xml'), 'utf8');
  const enums = new Map<string, string[]>();
  for (const match of wsdl.matchAll(/<xsd:simpleType name="(\w+)">([\s\S]*?)<\/xsd:simpleType>/g)) {
    const values = [...match[2].matchAll(/<xsd:enumeration value="([^"]*)"\/>/g)].map((v) => v[1]);
    if (values.length > 0) enums.set(match[1], values);
  }
  const elementTypes = new Map<string, Map<string, string>>();
  for (const match of wsdl.matchAll(/<xsd:complexType name="(\w+)">([\s\S]*?)<\/xsd:complexType>/g)) {
    const elements = new Map<string, string>();
    for (const element of match[2].matchAll(/<xsd:element name="(\w+)"[^>]*?type="tns:(\w+)"/g)) {
      elements.set(element[1], element[2]);
    }
    elementTypes.set(match[1], elements);
  }
  return { elementTypes, enums };
}

let cached: MetadataSchema | undefined;

export function loadMetadataSchema(): MetadataSchema {
  if (cached) return cached;
  const { ApiSchemas } = require(path.join(jsforceDir(), 'lib/api/metadata/schema.js')) as {
    ApiSchemas: Record<string, RawType>;
  };
  const { elementTypes, enums } = readWsdlEnums();
  const resolved = new Map<string, TypeDef>();

  const resolve = (name: string): TypeDef | undefined => {
    const known = resolved.get(name);
    if (known) return known;
    const newType = SCHEMA_NEW_TYPES[name];
    if (newType) {
      const def: TypeDef = {
        name,
        fields: newType.map((field) => ({ ...field, repeated: field.repeated === true, required: false }))
      };
      resolved.set(name, def);
      return def;
    }
    const rawType = ApiSchemas[name] as RawType | undefined;
    if (!rawType) return undefined;
    const base = rawType.extends ? resolve(rawType.extends) : undefined;
    const own = Object.entries(rawType.props).map(([field, spec]): FieldDef => {
      const repeated = Array.isArray(spec);
      const spelled = repeated ? spec[0] : spec;
      const type = spelled.replace(/^\?/, '');
      const required = !repeated && !spelled.startsWith('?') && field !== 'fullName';
      const enumType = elementTypes.get(name)?.get(field);
      const enumValues = enumType === undefined ? undefined : enums.get(enumType);
      return { name: field, type, repeated, required, ...(enumValues ? { enumValues } : {}) };
    });
    const def: TypeDef = { name, fields: [...(base?.fields ?? []), ...own] };
    for (const addition of SCHEMA_ADDITIONS[name] ?? []) {
      const afterIndex = def.fields.findIndex((f) => f.name === addition.after);
      const at = addition.after === null ? 0 : afterIndex >= 0 ? afterIndex + 1 : def.fields.length;
      const field: FieldDef = {
        name: addition.name,
        type: addition.type,
        repeated: addition.repeated === true,
        required: false
      };
      def.fields.splice(at, 0, field);
    }
    resolved.set(name, def);
    return def;
  };

  cached = { getType: resolve };
  return cached;
}
