import { findField, type FieldDef, type ObjectDef, type Schema } from '../schema.ts';
import { evaluate, checkbox, type FormulaEnv } from './evaluate.ts';
import { formulon, isError, type AstNode, type Literal } from './formulon.ts';
import { toLiteral } from './values.ts';

/** An identifier of a formula and the SQL (over the record's row, alias `{t}`) that reads it. */
export interface FormulaInput {
  name: string;
  sql: string;
  field: FieldDef;
}

export interface CompiledFormula {
  /** What start-up errors name: `Plan_Step__c.Days_Late__c`, `validation rule Opportunity.X`. */
  label: string;
  tree: AstNode;
  inputs: FormulaInput[];
  /** `$Permission.X` names (validation rules only). */
  permissions: string[];
  /** Fields read by ISCHANGED / PRIORVALUE (validation rules only). */
  priorFields: FieldDef[];
  usesNow: boolean;
  blankAsZero: boolean;
}

/** A formula the local org cannot evaluate: the org does not start. */
export class FormulaError extends Error {}

const q = (name: string) => `"${name}"`;
const sqlText = (s: string) => `'${s.replaceAll("'", "''")}'`;

export interface CompileOptions {
  label: string;
  /** Validation rules may use ISNEW, ISCHANGED, PRIORVALUE and $Permission. */
  rule: boolean;
  blankAsZero: boolean;
  /** The SQL of a formula field, compiled on demand (formulas may read formulas). */
  formulaSql: (object: ObjectDef, field: FieldDef) => string;
}

let aliases = 0;

/** Parses a formula with formulon and binds its identifiers to the schema; throws FormulaError. */
export function compileFormula(
  schema: Schema,
  object: ObjectDef,
  text: string,
  options: CompileOptions
): CompiledFormula {
  const fail = (reason: string): never => {
    throw new FormulaError(`${options.label}: ${reason} (formula: ${text.replace(/\s+/g, ' ').trim()})`);
  };
  const tree = formulon.ast(text);
  if (isError(tree)) fail(`formulon cannot parse it: ${tree.message}`);
  const inputs = new Map<string, FormulaInput>();
  const permissions = new Set<string>();
  const prior = new Map<string, FieldDef>();
  let usesNow = false;

  const fieldSql = (owner: ObjectDef, field: FieldDef, alias: string): string => {
    if (!field.calculated) return `${alias}.${q(field.name)}`;
    const sql = field.formula ? options.formulaSql(owner, field) : field.sql;
    if (!sql) return fail(`${owner.name}.${field.name} is a calculated field the local org cannot compute`);
    return sql.replaceAll('{t}', alias);
  };
  const resolvePath = (
    owner: ObjectDef,
    head: string,
    rest: string[],
    alias: string,
    name: string
  ): FormulaInput => {
    if (rest.length === 0) {
      const field = findField(owner, head);
      if (!field) return fail(`unknown field ${name} (no ${head} on ${owner.name})`);
      return { name, sql: fieldSql(owner, field, alias), field };
    }
    const ref = owner.parentIndex.get(head.toLowerCase());
    const parent = ref && schema.get(ref.referenceTo ?? '');
    if (!ref || !parent) return fail(`unknown relationship ${head} on ${owner.name} in ${name}`);
    const inner = `_f${++aliases}`;
    const target = resolvePath(parent, rest[0] ?? '', rest.slice(1), inner, name);
    return {
      name,
      field: target.field,
      sql: `(SELECT ${target.sql} FROM ${q(parent.name)} ${inner} WHERE ${inner}."Id" = ${alias}.${q(ref.name)} AND ${inner}."IsDeleted" = 0)`
    };
  };
  const resolve = (name: string): void => {
    if (inputs.has(name)) return;
    const parts = name.split('.');
    if (parts[0] === '$Permission' && parts.length === 2) {
      if (!options.rule) fail(`${name}: the local org evaluates $Permission in validation rules only`);
      permissions.add(parts[1] ?? '');
      return;
    }
    if (parts[0] === '$CustomMetadata') {
      const [, typeName = '', record = '', fieldName = ''] = parts;
      const type = schema.get(typeName);
      const field = type && findField(type, fieldName);
      if (parts.length !== 4 || !type || !field || !record)
        fail(
          `unknown custom metadata reference ${name} (expected $CustomMetadata.Type__mdt.Record.Field__c)`
        );
      else
        inputs.set(name, {
          name,
          field,
          sql: `(SELECT ${q(field.name)} FROM ${q(type.name)} WHERE "DeveloperName" = ${sqlText(record)} AND "IsDeleted" = 0 LIMIT 1)`
        });
      return;
    }
    if (name.startsWith('$')) fail(`the global variable ${parts[0]} is not supported by the local org`);
    inputs.set(name, resolvePath(object, parts[0] ?? '', parts.slice(1), '{t}', name));
  };
  const walk = (node: AstNode): void => {
    if (node.type === 'identifier') return resolve(node.name);
    if (node.type !== 'callExpression') return;
    const id = node.id;
    if (id === 'isnew' || id === 'ischanged' || id === 'priorvalue') {
      if (!options.rule) fail(`${id.toUpperCase()}() is only available in validation rules`);
      if (id !== 'isnew') {
        const arg = node.arguments.at(0);
        const field = arg?.type === 'identifier' ? findField(object, arg.name) : undefined;
        if (node.arguments.length !== 1 || !field || field.calculated)
          fail(`${id.toUpperCase()}() takes one field of ${object.name} itself`);
        else prior.set(field.name, field);
      }
    } else if (id === 'now') usesNow = true;
    else if (id !== 'today') {
      const probe = formulon.dispatch(id, []);
      if (isError(probe) && probe.errorType === 'NoFunctionError')
        fail(`formulon does not implement ${id.toUpperCase()}()`);
    }
    node.arguments.forEach(walk);
  };
  walk(tree);
  return {
    label: options.label,
    tree,
    inputs: [...inputs.values()],
    permissions: [...permissions],
    priorFields: [...prior.values()],
    usesNow,
    blankAsZero: options.blankAsZero
  };
}

const SAMPLE: Partial<Record<string, string | number>> = {
  date: '2000-01-03',
  datetime: '2000-01-03T10:00:00.000Z',
  double: 1,
  percent: 1,
  currency: 1,
  int: 1,
  boolean: 0,
  id: '001000000000001AAA',
  reference: '001000000000001AAA'
};

/**
 * Evaluates every branch once with sample values of the inputs' types: a call formulon rejects
 * (wrong argument types or count) or a result that does not fit the field fails start-up.
 */
export function checkFormula(formula: CompiledFormula, resultType: string | undefined): void {
  const values = new Map<string, Literal>();
  for (const input of formula.inputs) {
    const sample = input.field.picklistValues?.[0] ?? SAMPLE[input.field.type] ?? 'x';
    values.set(input.name, toLiteral(input.field, sample, formula.blankAsZero));
  }
  const today = toLiteral({ type: 'date' }, '2000-01-03', false);
  const env: FormulaEnv = {
    value: (name) => values.get(name) ?? checkbox(false),
    today: () => today,
    now: () => toLiteral({ type: 'datetime' }, '2000-01-03T10:00:00.000Z', false),
    isNew: () => false,
    prior: (name) => values.get(name) ?? checkbox(false)
  };
  const result = evaluate(formula.tree, env, true);
  if (isError(result)) throw new FormulaError(`${formula.label}: formulon rejects it: ${result.message}`);
  if (resultType && result.dataType !== 'null' && result.dataType !== resultType)
    throw new FormulaError(
      `${formula.label}: the formula returns ${result.dataType}, the field is ${resultType}`
    );
}
