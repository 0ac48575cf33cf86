import type { FieldDef } from '../schema.ts';
import type { SqlValue } from '../values.ts';
import { formulon, type Literal } from './formulon.ts';
import { NULL_LITERAL } from './evaluate.ts';

type Typed = Pick<FieldDef, 'type'> & Partial<Pick<FieldDef, 'picklistValues' | 'scale'>>;

const text = (value: string): Literal => ({
  type: 'literal',
  value,
  dataType: 'text',
  options: { length: value.length }
});

/**
 * A stored value as formulon reads it, with Salesforce's blank rules: blank text and picklists are
 * the empty string, blank numbers zero when the formula treats blanks as zeroes; Ids and lookups read
 * as 15-character Ids (CASESAFEID gives the 18); percent fields as fractions (50% is 0.5).
 */
export function toLiteral(field: Typed, raw: SqlValue | bigint | undefined, blankAsZero: boolean): Literal {
  const value = raw === undefined || raw === null ? null : typeof raw === 'bigint' ? Number(raw) : raw;
  switch (field.type) {
    case 'boolean':
      return { type: 'literal', value: value === 1 || value === '1', dataType: 'checkbox', options: {} };
    case 'double':
    case 'percent':
    case 'currency':
    case 'int': {
      const n =
        value === null ? (blankAsZero ? 0 : null) : Number(value) / (field.type === 'percent' ? 100 : 1);
      if (n === null) return NULL_LITERAL;
      return formulon.coerceLiteral({
        type: 'literal',
        value: n,
        dataType: 'number',
        options: {
          length: 18,
          scale: field.type === 'percent' ? (field.scale ?? 0) + 2 : (field.scale ?? 18)
        }
      });
    }
    case 'date':
      return value === null
        ? NULL_LITERAL
        : {
            type: 'literal',
            value: new Date(`${String(value).slice(0, 10)}T00:00:00Z`),
            dataType: 'date',
            options: {}
          };
    case 'datetime':
      return value === null
        ? NULL_LITERAL
        : { type: 'literal', value: new Date(String(value)), dataType: 'datetime', options: {} };
    case 'picklist':
      return {
        type: 'literal',
        value: value === null ? '' : String(value),
        dataType: 'picklist',
        options: { values: field.picklistValues ?? [] }
      };
    case 'id':
    case 'reference':
      return text(value === null ? '' : String(value).slice(0, 15));
    default:
      return text(value === null ? '' : String(value));
  }
}

const roundHalfUp = (n: number, scale: number) => {
  const f = 10 ** scale;
  return (Math.sign(n) * Math.round(Math.abs(n) * f)) / f;
};

/** A formula's result as the field stores it (what SOQL filters on and returns). */
export function fromLiteral(field: FieldDef, result: Literal): SqlValue {
  const v = result.value;
  if (field.type === 'boolean') return v === true ? 1 : 0;
  if (v === null || v === undefined) return null;
  switch (field.type) {
    case 'double':
    case 'currency':
    case 'int':
      return roundHalfUp(Number(v), field.scale ?? 0);
    case 'percent':
      return roundHalfUp(Number(v) * 100, field.scale ?? 0);
    case 'date':
      return v instanceof Date ? v.toISOString().slice(0, 10) : null;
    case 'datetime':
      return v instanceof Date ? v.toISOString() : null;
    default: {
      const s = typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : '';
      return s === '' ? null : s;
    }
  }
}
