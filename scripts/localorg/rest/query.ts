import { ApiError } from '../errors.ts';
import { LIMITS } from '../limits.ts';
import type { CompiledQuery } from '../soql/compile.ts';
import { isNumberType, isTextType } from '../values.ts';
import { json, type ApiRequest, type Handler } from './context.ts';

/** `Sforce-Query-Options: batchSize=N` (200–2000; other values fall back to the default as Salesforce does). */
function batchSize(req: ApiRequest): number {
  const header = req.headers['sforce-query-options'];
  const raw = Array.isArray(header) ? header[0] : header;
  const m = raw ? /batchSize\s*=\s*(\d+)/i.exec(raw) : null;
  if (!m) return LIMITS.queryBatchSize;
  const n = Number(m[1]);
  return Math.min(LIMITS.maxBatchSize, Math.max(LIMITS.minBatchSize, n));
}

function run(includeDeleted: boolean): Handler {
  return (ctx, req) => {
    const q = req.query.get('q');
    if (q === null) throw new ApiError(400, 'MALFORMED_QUERY', 'A query string has to be specified');
    if (req.query.get('columns') === 'true')
      return json(200, columnMetadata(ctx.engine.compile(q, includeDeleted)));
    return json(
      200,
      ctx.engine.query(q, { includeDeleted, batchSize: batchSize(req), version: req.version })
    );
  };
}

export const query = run(false);
export const queryAll = run(true);

/** GET /query/{locator} and /queryAll/{locator} (queryMore). */
export const queryMore: Handler = (ctx, req, [locator]) => json(200, ctx.engine.more(locator, req.version));

interface ColumnMeta {
  aggregate: boolean;
  apexType: string | null;
  booleanType: boolean;
  columnName: string;
  custom: boolean;
  displayName: string;
  foreignKeyName: string | null;
  insertable: boolean;
  joinColumns: ColumnMeta[];
  numberType: boolean;
  textType: boolean;
  updatable: boolean;
}

function meta(name: string, extra: Partial<ColumnMeta> = {}): ColumnMeta {
  return {
    aggregate: false,
    apexType: null,
    booleanType: false,
    columnName: name,
    custom: name.endsWith('__c') || name.endsWith('__r'),
    displayName: name,
    foreignKeyName: null,
    insertable: false,
    joinColumns: [],
    numberType: false,
    textType: false,
    updatable: false,
    ...extra
  };
}

/** The column description `GET /query?q=…&columns=true` answers (the sf CLI's `data query` asks for it). */
export function columnMetadata(compiled: CompiledQuery): Record<string, unknown> {
  const top: ColumnMeta[] = [];
  for (const col of compiled.columns) {
    if (col.kind === 'child') {
      const child = columnMetadata(col.query).columnMetadata as ColumnMeta[];
      top.push(meta(col.relationship.name, { aggregate: true, joinColumns: child }));
    } else if (col.kind === 'aggregate') {
      top.push(meta(col.name, { aggregate: true, numberType: !col.field }));
    } else {
      const f = col.field;
      const leaf = meta(f.name, {
        booleanType: f.type === 'boolean',
        numberType: isNumberType(f),
        textType: isTextType(f),
        insertable: f.createable,
        updatable: f.updateable
      });
      if (!col.path.length) {
        top.push(leaf);
        continue;
      }
      let list = top;
      col.path.forEach((rel, i) => {
        let node = list.find((c) => c.columnName === rel && !c.aggregate);
        if (!node) {
          node = meta(rel, {
            foreignKeyName: col.objects[i].parentIndex.get(rel.toLowerCase())?.name ?? null
          });
          list.push(node);
        }
        list = node.joinColumns;
      });
      list.push(leaf);
    }
  }
  return {
    columnMetadata: top,
    entityName: compiled.object.name,
    groupBy: compiled.aggregate,
    idSelected: compiled.columns.some((c) => c.kind === 'field' && !c.path.length && c.field.name === 'Id'),
    keyPrefix: compiled.object.keyPrefix
  };
}
