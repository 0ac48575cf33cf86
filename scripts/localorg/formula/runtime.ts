import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { DatabaseSync, StatementSync } from 'node:sqlite';
import { XMLParser } from 'fast-xml-parser';
import { RecordError } from '../errors.ts';
import type { Clock } from '../clock.ts';
import { findField, type FieldDef, type ObjectDef, type Schema } from '../schema.ts';
import type { SqlValue } from '../values.ts';
import { checkFormula, compileFormula, FormulaError, type CompiledFormula } from './compile.ts';
import { checkbox, evaluate, type FormulaEnv } from './evaluate.ts';
import { isError, type Literal } from './formulon.ts';
import { fromLiteral, toLiteral } from './values.ts';

interface ValidationRule {
  name: string;
  formula: CompiledFormula;
  message: string;
  displayField: string | undefined;
}

/** Above this many distinct inputs a formula's cache of results starts again. */
const CACHE_LIMIT = 200_000;

/**
 * The package's formula fields and validation rules, evaluated by formulon (see formulon.ts).
 * Formula fields are computed when a query reads them: their SQL is `sf_formula(n, inputs…)`, an
 * SQLite function that evaluates formula n for the row's inputs (results cached by input values and
 * today's date, so millions of rows cost a few thousand evaluations). Validation rules run after
 * each insert and update, inside its savepoint, against the record as written.
 */
export class FormulaRuntime {
  private readonly fields: { formula: CompiledFormula; field: FieldDef; cache: Map<string, SqlValue> }[] = [];
  private readonly rules = new Map<string, ValidationRule[]>();
  /** Permission set → the custom permissions it enables (from force-app/main/default/permissionsets). */
  private readonly permissionSets = new Map<string, Set<string>>();
  /** User Id → permission set names assigned in this org. */
  private readonly assignments = new Map<string, Set<string>>();
  private clock: Clock | undefined;

  constructor(schema: Schema, projectRoot: string) {
    const defaultDir = path.join(projectRoot, 'force-app/main/default');
    const parser = new XMLParser({ parseTagValue: false, isArray: (name) => name === 'customPermissions' });
    const compiled = new Map<string, string>();
    const compiling = new Set<string>();
    const formulaSql = (object: ObjectDef, field: FieldDef): string => {
      const key = `${object.name}.${field.name}`;
      const done = compiled.get(key);
      if (done) return done;
      if (compiling.has(key))
        throw new FormulaError(`${key}: the formula refers to itself through ${[...compiling].join(' → ')}`);
      compiling.add(key);
      const formula = compileFormula(schema, object, field.formula ?? '', {
        label: key,
        rule: false,
        blankAsZero: field.formulaBlankAsZero ?? true,
        formulaSql
      });
      checkFormula(formula, resultType(field));
      compiling.delete(key);
      const index = this.fields.push({ formula, field, cache: new Map() }) - 1;
      const sql = `sf_formula(${[index, ...formula.inputs.map((i) => i.sql)].join(', ')})`;
      compiled.set(key, sql);
      return sql;
    };
    for (const object of schema.values())
      for (const field of object.fields.values()) if (field.formula) field.sql = formulaSql(object, field);

    const objectsDir = path.join(defaultDir, 'objects');
    for (const objectName of existsSync(objectsDir) ? readdirSync(objectsDir).sort() : []) {
      const dir = path.join(objectsDir, objectName, 'validationRules');
      const object = schema.get(objectName);
      if (!object || !existsSync(dir)) continue;
      for (const file of readdirSync(dir).sort()) {
        if (!file.endsWith('.validationRule-meta.xml')) continue;
        const xml = (
          parser.parse(readFileSync(path.join(dir, file), 'utf8')) as {
            ValidationRule: {
              fullName?: string;
              active?: string;
              errorConditionFormula?: string;
              errorMessage?: string;
              errorDisplayField?: string;
            };
          }
        ).ValidationRule;
        if (xml.active !== 'true') continue;
        const name = xml.fullName ?? file.replace(/\.validationRule-meta\.xml$/, '');
        const formula = compileFormula(schema, object, xml.errorConditionFormula ?? '', {
          label: `validation rule ${objectName}.${name}`,
          rule: true,
          blankAsZero: false,
          formulaSql
        });
        checkFormula(formula, 'checkbox');
        const list = this.rules.get(objectName) ?? [];
        list.push({ name, formula, message: xml.errorMessage ?? name, displayField: xml.errorDisplayField });
        this.rules.set(objectName, list);
      }
    }

    const setsDir = path.join(defaultDir, 'permissionsets');
    for (const file of existsSync(setsDir) ? readdirSync(setsDir) : []) {
      const m = /^(.+)\.permissionset-meta\.xml$/.exec(file);
      if (!m?.[1]) continue;
      const xml = parser.parse(readFileSync(path.join(setsDir, file), 'utf8')) as {
        PermissionSet?: { customPermissions?: { name?: string; enabled?: string }[] };
      };
      const granted = (xml.PermissionSet?.customPermissions ?? [])
        .filter((p) => p.enabled === 'true' && p.name)
        .map((p) => String(p.name));
      this.permissionSets.set(m[1], new Set(granted));
    }
  }

  /** Registers `sf_formula` on the org's database; formulas read TODAY()/NOW() from its clock. */
  attach(db: DatabaseSync, clock: Clock): void {
    this.clock = clock;
    db.function('sf_formula', { varargs: true }, (index, ...args) =>
      this.fieldValue(Number(index), args as (SqlValue | bigint)[])
    );
  }

  /** Assigns one of the package's permission sets to a user (its custom permissions feed $Permission). */
  assignPermissionSet(userId: string, name: string): void {
    if (!this.permissionSets.has(name))
      throw new Error(`No permission set ${name} in force-app/main/default/permissionsets`);
    const sets = this.assignments.get(userId) ?? new Set<string>();
    sets.add(name);
    this.assignments.set(userId, sets);
  }

  unassignPermissionSet(userId: string, name: string): void {
    this.assignments.get(userId)?.delete(name);
  }

  hasCustomPermission(userId: string, permission: string): boolean {
    for (const set of this.assignments.get(userId) ?? [])
      if (this.permissionSets.get(set)?.has(permission)) return true;
    return false;
  }

  private fieldValue(index: number, args: (SqlValue | bigint)[]): SqlValue {
    const entry = this.fields.at(index);
    if (!entry) throw new Error(`sf_formula: no formula ${index}`);
    const { formula, field, cache } = entry;
    // Per row: no Date formatting on a cache hit (the day number, or the instant for NOW()).
    const ms = this.clock?.nowMs() ?? Date.now();
    let key = String(formula.usesNow ? ms : Math.floor(ms / 86_400_000));
    for (const a of args) key += a === null ? '\u0001' : `\u0002${String(a)}`;
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    const now = new Date(ms);
    const values = new Map<string, Literal>();
    formula.inputs.forEach((input, i) =>
      values.set(input.name, toLiteral(input.field, args[i], formula.blankAsZero))
    );
    const result = evaluate(formula.tree, this.env(values, now, undefined, undefined));
    // A formula that fails on a row reads as blank, as Salesforce's #Error! does through the API.
    const value = isError(result) ? null : fromLiteral(field, result);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(key, value);
    return value;
  }

  /**
   * Runs the object's active validation rules against a record just written (inside the write's
   * savepoint); `prior` is the stored row before an update, undefined on insert. The first rule
   * whose condition is true fails the write with Salesforce's FIELD_CUSTOM_VALIDATION_EXCEPTION.
   */
  checkRules(
    prepare: (sql: string) => StatementSync,
    object: ObjectDef,
    id: string,
    prior: Record<string, SqlValue> | undefined,
    userId: string
  ): void {
    const rules = this.rules.get(object.name);
    if (!rules) return;
    const now = this.now();
    for (const rule of rules) {
      const { inputs } = rule.formula;
      const row = inputs.length
        ? (prepare(
            `SELECT ${inputs.map((input, i) => `${input.sql.replaceAll('{t}', '_v')} AS "i${i}"`).join(', ')} FROM "${object.name}" _v WHERE _v."Id" = ?`
          ).get(id) as Record<string, SqlValue> | undefined)
        : {};
      const values = new Map<string, Literal>();
      inputs.forEach((input, i) => values.set(input.name, toLiteral(input.field, row?.[`i${i}`], false)));
      for (const permission of rule.formula.permissions)
        values.set(`$Permission.${permission}`, checkbox(this.hasCustomPermission(userId, permission)));
      const result = evaluate(rule.formula.tree, this.env(values, now, prior, object));
      if (isError(result)) throw new Error(`${rule.formula.label}: ${result.message}`);
      if (result.value === true)
        throw new RecordError(
          'FIELD_CUSTOM_VALIDATION_EXCEPTION',
          rule.message,
          rule.displayField ? [rule.displayField] : []
        );
    }
  }

  private now(): Date {
    return this.clock?.now() ?? new Date();
  }

  private env(
    values: Map<string, Literal>,
    now: Date,
    prior: Record<string, SqlValue> | undefined,
    object: ObjectDef | undefined
  ): FormulaEnv {
    const blank = checkbox(false);
    return {
      value: (name) => values.get(name) ?? blank,
      today: () => toLiteral({ type: 'date' }, now.toISOString().slice(0, 10), false),
      now: () => toLiteral({ type: 'datetime' }, now.toISOString(), false),
      isNew: () => prior === undefined,
      prior: (name) => {
        const field = object && findField(object, name);
        return field ? toLiteral(field, prior?.[field.name], false) : blank;
      }
    };
  }
}

function resultType(field: FieldDef): string {
  switch (field.type) {
    case 'boolean':
      return 'checkbox';
    case 'double':
    case 'percent':
    case 'currency':
    case 'int':
      return 'number';
    case 'date':
    case 'datetime':
      return field.type;
    default:
      return 'text';
  }
}

const runtimes = new WeakMap<Schema, FormulaRuntime>();

/** Compiles the formulas and validation rules of the project behind a schema (at load). */
export function loadFormulas(schema: Schema, projectRoot: string): FormulaRuntime {
  const runtime = new FormulaRuntime(schema, projectRoot);
  runtimes.set(schema, runtime);
  return runtime;
}

export function formulaRuntime(schema: Schema): FormulaRuntime | undefined {
  return runtimes.get(schema);
}
