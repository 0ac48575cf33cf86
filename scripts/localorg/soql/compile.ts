import {
  parseQuery,
  type Query,
  type WhereClause,
  type Condition,
  type OrderByClause
} from '@jetstreamapp/soql-parser-js';
import { ApiError } from '../errors.ts';
import { normalizeId } from '../ids.ts';
import {
  findField,
  findObject,
  type ChildRelationship,
  type FieldDef,
  type ObjectDef,
  type Schema
} from '../schema.ts';
import { isNumberType, isTextType, parseDateTime, type SqlValue } from '../values.ts';
import { dateLiteralRange } from './dates.ts';

/** One selected column: a field reached through zero or more parent relationships. */
export interface FieldColumn {
  kind: 'field';
  /** Relationship names (canonical) from the queried object to the field's object. */
  path: string[];
  /** Object at each step of the path (path.length + 1 entries). */
  objects: ObjectDef[];
  /** SQL alias of the join that holds each parent (path.length entries). */
  joinKeys: string[];
  field: FieldDef;
  key: string;
}

export interface ChildColumn {
  kind: 'child';
  relationship: ChildRelationship;
  query: CompiledQuery;
}

export interface AggregateColumn {
  kind: 'aggregate';
  name: string;
  key: string;
  field?: FieldDef;
}

export type Column = FieldColumn | ChildColumn | AggregateColumn;

export interface CompiledQuery {
  soql: string;
  object: ObjectDef;
  columns: Column[];
  /** SELECT … FROM … WHERE … ORDER BY (without LIMIT/OFFSET); for a child query, `?` binds the parent Id first. */
  sql: string;
  params: SqlValue[];
  countSql: string;
  limit: number | null;
  offset: number;
  countOnly: boolean;
  aggregate: boolean;
  hasChildren: boolean;
  /** Join aliases whose Id is selected (to render null parents and attribute URLs). */
  joinIdKeys: string[];
}

interface Ctx {
  schema: Schema;
  today: string;
  soql: string;
  params: SqlValue[];
  aliasSeq: { n: number };
  includeDeleted: boolean;
}

const q = (name: string) => `"${name}"`;

/** Salesforce's error text: the query, a caret under the offending token, its row and column. */
function located(soql: string, token: string, message: string): string {
  const re = new RegExp(
    `(^|[^A-Za-z0-9_.])(${token.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')})(?![A-Za-z0-9_])`,
    'i'
  );
  const m = re.exec(soql);
  const col = m ? m.index + m[1].length : 0;
  const lines = soql.slice(0, col).split('\n');
  const row = lines.length;
  const column = lines[lines.length - 1].length + 1;
  const line = soql.split('\n')[row - 1] ?? soql;
  return `\n${line}\n${' '.repeat(column - 1)}^\nERROR at Row:${row}:Column:${column}\n${message}`;
}

export function parseSoql(soql: string): Query {
  if (!soql.trim()) throw new ApiError(400, 'MALFORMED_QUERY', 'unexpected token: <EOF>');
  try {
    return parseQuery(soql);
  } catch (error) {
    const text = error instanceof Error ? error.message : '';
    const found = /but found: '([^']*)'/.exec(text)?.[1];
    const token = found && found !== '' ? found : '<EOF>';
    throw new ApiError(
      400,
      'MALFORMED_QUERY',
      found && found !== ''
        ? located(soql, found, `unexpected token: '${token}'`)
        : `unexpected token: ${token}`
    );
  }
}

export interface CompileOptions {
  schema: Schema;
  today: string;
  includeDeleted?: boolean;
}

export function compileSoql(soql: string, options: CompileOptions): CompiledQuery {
  const ast = parseSoql(soql);
  const ctx: Ctx = {
    schema: options.schema,
    today: options.today,
    soql,
    params: [],
    aliasSeq: { n: 0 },
    includeDeleted: options.includeDeleted ?? false
  };
  if (!ast.sObject) throw new ApiError(400, 'MALFORMED_QUERY', 'unexpected token: <EOF>');
  const object = findObject(options.schema, ast.sObject);
  if (!object)
    throw new ApiError(
      400,
      'INVALID_TYPE',
      located(
        soql,
        ast.sObject,
        `sObject type '${ast.sObject}' is not supported. If you are attempting to use a custom object, be sure to append the '__c' after the entity name. Please reference your WSDL or the describe call for the appropriate names.`
      )
    );
  return compileSelect(ast, object, ctx, null);
}

class Joins {
  readonly base: string;
  readonly list: { key: string; sql: string }[] = [];
  private byPath = new Map<string, string>();
  constructor(base: string) {
    this.base = base;
  }
  /** Resolves a dotted path (Plan__r.Opportunity__r.Name) to its column, adding LEFT JOINs as needed. */
  resolve(ctx: Ctx, root: ObjectDef, parts: string[], raw: string): { column: FieldColumn; sql: string } {
    let object = root;
    let alias = this.base;
    const path: string[] = [];
    const objects: ObjectDef[] = [root];
    const joinKeys: string[] = [];
    const names = [...parts];
    // A leading segment naming the queried object itself is allowed (SELECT Opportunity.Name FROM Opportunity).
    if (
      names.length > 1 &&
      names[0].toLowerCase() === root.name.toLowerCase() &&
      !root.parentIndex.has(names[0].toLowerCase())
    )
      names.shift();
    for (let i = 0; i < names.length - 1; i++) {
      const rel = object.parentIndex.get(names[i].toLowerCase());
      const target = rel ? ctx.schema.get(rel.referenceTo ?? '') : undefined;
      if (!rel || !target)
        throw new ApiError(
          400,
          'INVALID_FIELD',
          located(
            ctx.soql,
            raw,
            `Didn't understand relationship '${names[i]}' in field path. If you are attempting to use a custom relationship, be sure to append the '__r' after the custom relationship name. Please reference your WSDL or the describe call for the appropriate names.`
          )
        );
      path.push(rel.relationshipName);
      const key = `${alias}.${rel.name}`;
      let next = this.byPath.get(key);
      if (!next) {
        next = `j${++ctx.aliasSeq.n}`;
        this.byPath.set(key, next);
        this.list.push({
          key: next,
          sql: `LEFT JOIN ${q(target.name)} ${next} ON ${next}."Id" = ${alias}.${q(rel.name)}`
        });
      }
      joinKeys.push(next);
      alias = next;
      object = target;
      objects.push(target);
    }
    const fieldName = names[names.length - 1];
    const field = findField(object, fieldName);
    if (!field)
      throw new ApiError(
        400,
        'INVALID_FIELD',
        located(
          ctx.soql,
          raw,
          `No such column '${fieldName}' on entity '${object.name}'. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name. Please reference your WSDL or the describe call for the appropriate names.`
        )
      );
    const sql = fieldSql(field, alias, ctx.today);
    return { column: { kind: 'field', path, objects, joinKeys, field, key: '' }, sql };
  }
}

export function fieldSql(field: FieldDef, alias: string, today: string): string {
  if (!field.calculated) return `${alias}.${q(field.name)}`;
  if (!field.sql) return 'NULL';
  return field.sql.replaceAll('{t}', alias).replaceAll('{today}', today);
}

function compileSelect(
  ast: Query,
  object: ObjectDef,
  ctx: Ctx,
  parentLink: { field: string } | null
): CompiledQuery {
  const base = `t${++ctx.aliasSeq.n}`;
  const joins = new Joins(base);
  const columns: Column[] = [];
  const selects: string[] = [];
  let countOnly = false;
  const isAggregate =
    (ast.fields ?? []).some((f) => f.type === 'FieldFunctionExpression' && f.isAggregateFn) ||
    Boolean(ast.groupBy);
  let exprN = 0;
  const groupKeys: string[] = [];
  for (const f of ast.fields ?? []) {
    if (f.type === 'Field' || f.type === 'FieldRelationship') {
      const parts = f.type === 'Field' ? [f.field] : [...f.relationships, f.field];
      const raw = parts.join('.');
      const { column, sql } = joins.resolve(ctx, object, parts, raw);
      column.key = `c${columns.length}`;
      if (isAggregate) {
        const alias = f.type === 'Field' && f.alias ? f.alias : column.field.name;
        columns.push({ kind: 'aggregate', name: alias, key: column.key, field: column.field });
        groupKeys.push(sql);
      } else columns.push(column);
      selects.push(`${sql} AS ${q(column.key)}`);
    } else if (f.type === 'FieldSubquery') {
      if (parentLink)
        throw new ApiError(
          400,
          'MALFORMED_QUERY',
          located(ctx.soql, f.subquery.relationshipName, 'Nesting of semi join sub-selects is not supported')
        );
      const relName = f.subquery.relationshipName;
      const rel = object.children.get(relName.toLowerCase());
      const child = rel ? ctx.schema.get(rel.childObject) : undefined;
      if (!rel || !child)
        throw new ApiError(
          400,
          'INVALID_TYPE',
          located(
            ctx.soql,
            relName,
            `Didn't understand relationship '${relName}' in FROM part of query call. If you are attempting to use a custom relationship, be sure to append the '__r' after the custom relationship name. Please reference your WSDL or the describe call for the appropriate names.`
          )
        );
      const childCtx: Ctx = { ...ctx, params: [] };
      const sub = compileSelect({ ...f.subquery, sObject: child.name }, child, childCtx, {
        field: rel.field
      });
      columns.push({ kind: 'child', relationship: rel, query: sub });
    } else if (f.type === 'FieldFunctionExpression' && f.isAggregateFn) {
      const fn = f.functionName.toUpperCase();
      const param = f.parameters.at(0);
      if (fn === 'COUNT' && f.parameters.length === 0) {
        if ((ast.fields ?? []).length > 1)
          throw new ApiError(
            400,
            'MALFORMED_QUERY',
            located(ctx.soql, 'COUNT', "COUNT() and other fields can't be selected together")
          );
        countOnly = true;
        continue;
      }
      if (typeof param !== 'string' || !['COUNT', 'COUNT_DISTINCT', 'SUM', 'MAX', 'MIN', 'AVG'].includes(fn))
        throw new ApiError(
          400,
          'MALFORMED_QUERY',
          located(ctx.soql, f.functionName, `unexpected token: '${f.functionName}'`)
        );
      const { column, sql } = joins.resolve(ctx, object, param.split('.'), param);
      const key = `c${columns.length}`;
      const name = f.alias ?? `expr${exprN++}`;
      const sqlFn = fn === 'COUNT_DISTINCT' ? `COUNT(DISTINCT ${sql})` : `${fn}(${sql})`;
      columns.push({
        kind: 'aggregate',
        name,
        key,
        field: fn.startsWith('COUNT') ? undefined : column.field
      });
      selects.push(`${sqlFn} AS ${q(key)}`);
    } else {
      const raw = (f as { rawValue?: string }).rawValue ?? f.type;
      throw new ApiError(
        400,
        'MALFORMED_QUERY',
        located(ctx.soql, raw.split('(')[0], `unexpected token: '${raw.split('(')[0]}'`)
      );
    }
  }
  if (!columns.length && !countOnly) throw new ApiError(400, 'MALFORMED_QUERY', 'unexpected token: FROM');

  // queryAll without a WHERE of its own still needs one condition for the SQL below.
  const where: string[] = [ctx.includeDeleted ? '1 = 1' : `${base}."IsDeleted" = 0`];
  if (parentLink) where.push(`${base}.${q(parentLink.field)} = ?`);
  const whereParams: SqlValue[] = [];
  if (ast.where) where.push(`(${compileWhere(ast.where, object, joins, ctx, whereParams)})`);

  let orderSql = '';
  if (ast.orderBy) {
    const items = Array.isArray(ast.orderBy) ? ast.orderBy : [ast.orderBy];
    orderSql = ` ORDER BY ${items.map((o: OrderByClause) => orderItem(o, object, joins, ctx)).join(', ')}`;
  }
  if (ast.groupBy) {
    const items = Array.isArray(ast.groupBy) ? ast.groupBy : [ast.groupBy];
    for (const g of items)
      if (!('field' in g) || !g.field)
        throw new ApiError(400, 'MALFORMED_QUERY', 'GROUP BY ROLLUP/CUBE is not supported');
  } else if (groupKeys.length) {
    const first = columns.find((c) => c.kind === 'aggregate' && c.field && !c.name.startsWith('expr')) as
      AggregateColumn | undefined;
    throw new ApiError(
      400,
      'MALFORMED_QUERY',
      located(
        ctx.soql,
        first?.field?.name ?? '',
        `Field must be grouped or aggregated: ${first?.field?.name ?? ''}`
      )
    );
  }
  if (ast.having) throw new ApiError(400, 'MALFORMED_QUERY', 'HAVING is not supported by the local org');
  const offset = ast.offset ?? 0;
  if (offset > 2000)
    throw new ApiError(400, 'NUMBER_OUTSIDE_VALID_RANGE', 'Maximum SOQL offset allowed is 2000');

  const joinIdKeys = joins.list.map((j) => j.key);
  if (!isAggregate && !countOnly) for (const k of joinIdKeys) selects.push(`${k}."Id" AS ${q(`__${k}`)}`);
  if (!isAggregate) selects.unshift(`${base}."Id" AS "__id"`);
  const from = `FROM ${q(object.name)} ${base} ${joins.list.map((j) => j.sql).join(' ')} WHERE ${where.join(' AND ')}`;
  const groupSql = groupKeys.length ? ` GROUP BY ${groupKeys.join(', ')}` : '';
  const hasChildren = columns.some((c) => c.kind === 'child');
  return {
    soql: ctx.soql,
    object,
    columns,
    sql: `SELECT ${countOnly ? '1' : selects.join(', ')} ${from}${groupSql}${orderSql}`,
    params: whereParams,
    countSql: groupKeys.length
      ? `SELECT COUNT(*) AS n FROM (SELECT 1 ${from}${groupSql})`
      : `SELECT COUNT(*) AS n ${from}`,
    limit: ast.limit ?? null,
    offset,
    countOnly,
    aggregate: isAggregate && !countOnly,
    hasChildren,
    joinIdKeys
  };
}

function orderItem(o: OrderByClause, object: ObjectDef, joins: Joins, ctx: Ctx): string {
  if (!('field' in o) || !o.field)
    throw new ApiError(400, 'MALFORMED_QUERY', 'ORDER BY on a function is not supported by the local org');
  const { sql } = joins.resolve(ctx, object, o.field.split('.'), o.field);
  const dir = o.order === 'DESC' ? 'DESC' : 'ASC';
  const nulls = o.nulls ?? (dir === 'ASC' ? 'FIRST' : 'LAST');
  return `${sql} ${dir} NULLS ${nulls}`;
}

function unquote(raw: string): string {
  const inner = raw.replace(/^'(.*)'$/s, '$1');
  return inner.replace(/\\(.)/g, (_m, c: string) =>
    c === 'n' ? '\n' : c === 't' ? '\t' : c === 'r' ? '\r' : c === '%' || c === '_' ? `\\${c}` : c
  );
}

function typeError(ctx: Ctx, field: FieldDef, raw: string, quoted: boolean): ApiError {
  const typeName =
    field.type === 'datetime'
      ? 'dateTime'
      : field.type === 'percent' || field.type === 'currency' || field.type === 'int'
        ? 'double'
        : field.type === 'double'
          ? 'double'
          : field.type;
  return new ApiError(
    400,
    'INVALID_FIELD',
    located(
      ctx.soql,
      raw,
      `value of filter criterion for field '${field.name}' must be of type ${typeName}${quoted ? ' and should not be enclosed in quotes' : ''}`
    )
  );
}

/** A SOQL literal → bound SQL value for this field (type-checked as Salesforce does). */
function literal(ctx: Ctx, field: FieldDef, literalType: string, raw: string): SqlValue {
  const quoted = literalType === 'STRING';
  if (literalType === 'NULL') return null;
  if (field.type === 'boolean') {
    if (literalType !== 'BOOLEAN') throw typeError(ctx, field, raw, quoted);
    return raw.toUpperCase() === 'TRUE' ? 1 : 0;
  }
  if (isNumberType(field)) {
    if (
      literalType !== 'INTEGER' &&
      literalType !== 'DECIMAL' &&
      literalType !== 'INTEGER_WITH_CURRENCY_PREFIX' &&
      literalType !== 'DECIMAL_WITH_CURRENCY_PREFIX'
    )
      throw typeError(ctx, field, raw, quoted);
    return Number(raw.replace(/^[A-Z]{3}/, ''));
  }
  if (field.type === 'date') {
    if (literalType !== 'DATE') throw typeError(ctx, field, raw, quoted);
    return raw;
  }
  if (field.type === 'datetime') {
    if (literalType !== 'DATETIME') throw typeError(ctx, field, raw, quoted);
    const v = parseDateTime(raw);
    if (!v) throw typeError(ctx, field, raw, quoted);
    return v;
  }
  if (field.type === 'id' || field.type === 'reference') {
    if (!quoted)
      throw new ApiError(400, 'MALFORMED_QUERY', located(ctx.soql, raw, `unexpected token: '${raw}'`));
    const value = unquote(raw);
    const id = normalizeId(value);
    if (!id)
      throw new ApiError(
        400,
        'INVALID_QUERY_FILTER_OPERATOR',
        located(ctx.soql, raw, `invalid ID field: ${value}`)
      );
    return id;
  }
  if (!quoted)
    throw new ApiError(400, 'MALFORMED_QUERY', located(ctx.soql, raw, `unexpected token: '${raw}'`));
  return unquote(raw).replace(/\\([%_])/g, '$1');
}

function compileWhere(
  where: WhereClause,
  object: ObjectDef,
  joins: Joins,
  ctx: Ctx,
  params: SqlValue[]
): string {
  let sql = '';
  interface Node {
    left?: Condition | null;
    operator?: string;
    right?: Node;
  }
  let node: Node | undefined = where as Node;
  const opsAtDepth: Set<string>[] = [new Set()];
  while (node) {
    const left = node.left ?? null;
    if (left) {
      const open = (left as { openParen?: number }).openParen ?? 0;
      for (let i = 0; i < open; i++) opsAtDepth.push(new Set());
      sql += '('.repeat(open) + condition(left, object, joins, ctx, params);
      const close = (left as { closeParen?: number }).closeParen ?? 0;
      for (let i = 0; i < close; i++) opsAtDepth.pop();
      sql += ')'.repeat(close);
    }
    const op = node.operator;
    if (op === 'NOT') {
      sql += ' NOT ';
    } else if (op === 'AND' || op === 'OR') {
      const ops = opsAtDepth[opsAtDepth.length - 1] ?? new Set();
      ops.add(op);
      if (ops.size > 1)
        throw new ApiError(400, 'MALFORMED_QUERY', located(ctx.soql, op, `unexpected token: '${op}'`));
      sql += ` ${op} `;
    }
    node = node.right;
  }
  return sql;
}

function condition(c: Condition, object: ObjectDef, joins: Joins, ctx: Ctx, params: SqlValue[]): string {
  const cond = c as Condition & {
    field?: string;
    fn?: unknown;
    literalType?: string | string[];
    value?: string | string[];
    valueQuery?: Query;
    dateLiteralVariable?: number;
  };
  if (!cond.field)
    throw new ApiError(400, 'MALFORMED_QUERY', 'Functions in WHERE are not supported by the local org');
  const { column, sql: col } = joins.resolve(ctx, object, cond.field.split('.'), cond.field);
  const field = column.field;
  const op = String((cond as { operator?: string }).operator).toUpperCase();
  const lt = Array.isArray(cond.literalType) ? cond.literalType[0] : (cond.literalType ?? 'STRING');
  if (op === 'INCLUDES' || op === 'EXCLUDES')
    throw new ApiError(
      400,
      'INVALID_FIELD',
      located(ctx.soql, cond.field, `includes or excludes operator only valid on multipicklist field`)
    );
  if ((op === 'IN' || op === 'NOT IN') && cond.valueQuery) {
    const sub = cond.valueQuery;
    const subObject = findObject(ctx.schema, sub.sObject ?? '');
    if (!subObject)
      throw new ApiError(
        400,
        'INVALID_TYPE',
        located(ctx.soql, sub.sObject ?? '', `sObject type '${sub.sObject}' is not supported.`)
      );
    if (field.type !== 'id' && field.type !== 'reference')
      throw new ApiError(
        400,
        'INVALID_FIELD',
        located(
          ctx.soql,
          cond.field,
          `Field ${field.name} must be an Id or a reference field to use a semi join`
        )
      );
    const subJoins = new Joins(`s${++ctx.aliasSeq.n}`);
    const f = sub.fields?.[0];
    if (!f || sub.fields?.length !== 1 || (f.type !== 'Field' && f.type !== 'FieldRelationship'))
      throw new ApiError(
        400,
        'MALFORMED_QUERY',
        'a semi join sub-select selects exactly one Id or reference field'
      );
    const parts = f.type === 'Field' ? [f.field] : [...f.relationships, f.field];
    const { sql: subCol } = subJoins.resolve(ctx, subObject, parts, parts.join('.'));
    const subWhere: string[] = [`${subJoins.base}."IsDeleted" = 0`];
    if (sub.where) subWhere.push(`(${compileWhere(sub.where, subObject, subJoins, ctx, params)})`);
    const inner = `SELECT ${subCol} FROM ${q(subObject.name)} ${subJoins.base} ${subJoins.list.map((j) => j.sql).join(' ')} WHERE ${subWhere.join(' AND ')}`;
    return op === 'IN' ? `${col} IN (${inner})` : `(${col} IS NULL OR ${col} NOT IN (${inner}))`;
  }
  if (op === 'IN' || op === 'NOT IN') {
    const values = (Array.isArray(cond.value) ? cond.value : [cond.value ?? '']).map((v, i) => {
      const t = Array.isArray(cond.literalType) ? (cond.literalType[i] ?? lt) : lt;
      return literal(ctx, field, t, v);
    });
    if (!values.length) throw new ApiError(400, 'MALFORMED_QUERY', 'unexpected token: )');
    params.push(...values);
    const marks = values.map(() => '?').join(', ');
    return op === 'IN' ? `${col} IN (${marks})` : `(${col} IS NULL OR ${col} NOT IN (${marks}))`;
  }
  const raw = String(cond.value ?? '');
  if (lt === 'DATE_LITERAL' || lt === 'DATE_N_LITERAL') {
    if (field.type !== 'date' && field.type !== 'datetime') throw typeError(ctx, field, raw, false);
    const range = dateLiteralRange(raw, cond.dateLiteralVariable, ctx.today);
    if (!range)
      throw new ApiError(
        400,
        'MALFORMED_QUERY',
        located(ctx.soql, raw.split(':')[0], `unexpected token: '${raw}'`)
      );
    const [start, end] = field.type === 'datetime' ? range.map((d) => `${d}T00:00:00.000Z`) : range;
    switch (op) {
      case '=':
        params.push(start, end);
        return `(${col} >= ? AND ${col} < ?)`;
      case '!=':
        params.push(start, end);
        return `(${col} IS NULL OR ${col} < ? OR ${col} >= ?)`;
      case '<':
        params.push(start);
        return `${col} < ?`;
      case '<=':
        params.push(end);
        return `${col} < ?`;
      case '>':
        params.push(end);
        return `${col} >= ?`;
      case '>=':
        params.push(start);
        return `${col} >= ?`;
      default:
        throw new ApiError(400, 'MALFORMED_QUERY', located(ctx.soql, op, `unexpected token: '${op}'`));
    }
  }
  if (op === 'LIKE') {
    if (!isTextType(field) && field.type !== 'id' && field.type !== 'reference')
      throw new ApiError(
        400,
        'INVALID_FIELD',
        located(ctx.soql, cond.field, `invalid operator on ${field.type} field: ${field.name}`)
      );
    if (lt !== 'STRING') throw typeError(ctx, field, raw, false);
    params.push(unquote(raw));
    return `${col} LIKE ? ESCAPE '\\'`;
  }
  const value = literal(ctx, field, lt, raw);
  if (value === null) {
    if (op === '=') return `${col} IS NULL`;
    if (op === '!=' || op === '<>') return `${col} IS NOT NULL`;
    throw new ApiError(400, 'MALFORMED_QUERY', located(ctx.soql, op, `unexpected token: '${op}'`));
  }
  params.push(value);
  switch (op) {
    case '=':
      return `${col} IS ?`;
    case '!=':
    case '<>':
      return `${col} IS NOT ?`;
    case '<':
    case '>':
    case '<=':
    case '>=':
      if (field.type === 'boolean')
        throw new ApiError(
          400,
          'INVALID_FIELD',
          located(ctx.soql, cond.field, `invalid operator on boolean field: ${field.name}`)
        );
      return `${col} ${op} ?`;
    default:
      throw new ApiError(400, 'MALFORMED_QUERY', located(ctx.soql, op, `unexpected token: '${op}'`));
  }
}
