import type { FieldDef } from './schema.ts';

/** SQLite storage of field values: booleans 0/1, numbers REAL, dates 'YYYY-MM-DD', datetimes ISO UTC ('…Z'). */
export type SqlValue = string | number | null;

/**
 * A value that should be a scalar (a JSON body's field, a CSV cell, a stored value) as text: String() of a
 * primitive; a JSON object or array, which no field accepts, as its JSON text.
 */
export function scalarText(value: unknown): string {
  if (typeof value === 'object' && value !== null) return JSON.stringify(value);
  return String(value);
}

/** Stored value → the JSON value Salesforce returns. */
export function toApi(
  field: FieldDef,
  raw: SqlValue | bigint | boolean | undefined
): string | number | boolean | null {
  if (raw === null || raw === undefined) return field.type === 'boolean' ? false : null;
  switch (field.type) {
    case 'boolean':
      return raw === 1 || raw === 1n || raw === true || raw === '1';
    case 'double':
    case 'percent':
    case 'currency':
    case 'int':
      return typeof raw === 'bigint' ? Number(raw) : Number(raw);
    case 'datetime':
      return formatDateTime(String(raw));
    default:
      return typeof raw === 'bigint' ? String(raw) : raw;
  }
}

/** '2026-11-24T06:46:25.000Z' → '2026-11-24T06:46:25.000+0000' (Salesforce's form). */
export function formatDateTime(iso: string): string {
  return iso.endsWith('Z') ? `${iso.slice(0, -1)}+0000` : iso;
}

/** Any ISO-8601 datetime Salesforce accepts → stored form, or null when unparseable. */
export function parseDateTime(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(value))
    return null;
  const normalized = value.replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
  const d = new Date(
    normalized.length === 10
      ? `${normalized}T00:00:00Z`
      : /Z|[+-]\d{2}:\d{2}$/.test(normalized)
        ? normalized
        : `${normalized}Z`
  );
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

export function parseDate(value: string): string | null {
  const m = /^(\d{4}-\d{2}-\d{2})(T.*)?$/.exec(value);
  if (!m) return null;
  const d = new Date(`${m[1]}T00:00:00Z`);
  return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== m[1] ? null : m[1];
}

export function isTextType(field: FieldDef): boolean {
  return (
    field.type === 'string' ||
    field.type === 'textarea' ||
    field.type === 'picklist' ||
    field.type === 'email'
  );
}

export function isNumberType(field: FieldDef): boolean {
  return (
    field.type === 'double' || field.type === 'percent' || field.type === 'currency' || field.type === 'int'
  );
}
