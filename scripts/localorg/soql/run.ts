import type { StatementSync } from 'node:sqlite';
import { ApiError } from '../errors.ts';
import { makeId } from '../ids.ts';
import { LIMITS } from '../limits.ts';
import type { Meter } from '../meter.ts';
import type { Store } from '../store.ts';
import { toApi, type SqlValue } from '../values.ts';
import { compileSoql, type ChildColumn, type CompiledQuery, type FieldColumn } from './compile.ts';

type Row = Record<string, SqlValue>;
type JsonRecord = Record<string, unknown>;

export interface QueryResult {
  totalSize: number;
  done: boolean;
  nextRecordsUrl?: string;
  records: JsonRecord[];
}

interface MainCursor {
  kind: 'main';
  compiled: CompiledQuery;
  iterator: Iterator<Row, undefined> | null;
  peeked: Row | null;
  position: number;
  total: number;
  batchSize: number;
}

interface ChildCursor {
  kind: 'child';
  compiled: CompiledQuery;
  parentId: string;
  position: number;
  total: number;
}

type Cursor = MainCursor | ChildCursor;

/** Runs compiled SOQL against the store: pages, cursors (query locators), record shapes. */
export class QueryEngine {
  private readonly store: Store;
  private readonly meter: Meter;
  private cursors = new Map<string, Cursor>();
  private seq = 0;

  constructor(store: Store, meter: Meter) {
    this.store = store;
    this.meter = meter;
  }

  compile(soql: string, includeDeleted = false): CompiledQuery {
    return compileSoql(soql, { schema: this.store.schema, today: this.store.clock.today(), includeDeleted });
  }

  /** GET /query and /queryAll. */
  query(
    soql: string,
    options: { includeDeleted?: boolean; batchSize?: number; version: string }
  ): QueryResult {
    const compiled = this.compile(soql, options.includeDeleted);
    const total = this.total(compiled);
    if (compiled.countOnly) return { totalSize: total, done: true, records: [] };
    if (compiled.aggregate) {
      const rows = this.store.db
        .prepare(`${compiled.sql} LIMIT ? OFFSET ?`)
        .all(...compiled.params, compiled.limit ?? -1, compiled.offset) as Row[];
      if (rows.length > LIMITS.maxBatchSize && compiled.limit === null)
        throw new ApiError(
          400,
          'MALFORMED_QUERY',
          'Aggregate query does not support queryMore(), use LIMIT to restrict the results to a single batch'
        );
      this.meter.read(rows.length);
      return {
        totalSize: rows.length,
        done: true,
        records: rows.map((r) => this.shapeAggregate(compiled, r))
      };
    }
    const cursor: MainCursor = {
      kind: 'main',
      compiled,
      iterator: null,
      peeked: null,
      position: 0,
      total,
      batchSize: options.batchSize ?? LIMITS.queryBatchSize
    };
    return this.mainPage(this.newCursorId(), cursor, options.version);
  }

  /** GET /query/<locator>. */
  more(locator: string, version: string): QueryResult {
    const m = /^(01g[A-Za-z0-9]{15})-(\d+)$/.exec(locator);
    const cursor = m ? this.cursors.get(m[1]) : undefined;
    if (!m || !cursor) throw new ApiError(400, 'INVALID_QUERY_LOCATOR', 'invalid query locator');
    const position = Number(m[2]);
    this.cursors.delete(m[1]);
    if (cursor.kind === 'child') {
      cursor.position = position;
      return this.childPage(m[1], cursor, version);
    }
    if (position !== cursor.position) {
      this.closeIterator(cursor);
      cursor.position = position;
    }
    return this.mainPage(m[1], cursor, version);
  }

  private newCursorId(): string {
    return makeId('01g', ++this.seq);
  }

  private keep(id: string, cursor: Cursor): void {
    this.cursors.set(id, cursor);
    while (this.cursors.size > LIMITS.openCursors) {
      const first = this.cursors.entries().next();
      if (first.done) break;
      const [oldest, c] = first.value;
      if (c.kind === 'main') this.closeIterator(c);
      this.cursors.delete(oldest);
    }
  }

  private closeIterator(cursor: MainCursor): void {
    cursor.iterator?.return?.();
    cursor.iterator = null;
    cursor.peeked = null;
  }

  /** Rows the query returns in all (COUNT with LIMIT and OFFSET applied). */
  total(compiled: CompiledQuery, parentId?: string): number {
    const params = parentId === undefined ? compiled.params : [parentId, ...compiled.params];
    const counted = this.store.db.prepare(compiled.countSql).get(...params);
    if (!counted) throw new Error('COUNT query returned no row');
    const n = Number(counted.n);
    const afterOffset = Math.max(0, n - compiled.offset);
    return compiled.limit === null ? afterOffset : Math.min(afterOffset, compiled.limit);
  }

  /** An iterator over the query's stored rows from a position (bounded memory; for pages and Bulk results). */
  iterate(compiled: CompiledQuery, position: number): Iterator<Row, undefined> {
    const limit = compiled.limit === null ? -1 : Math.max(0, compiled.limit - position);
    const stmt: StatementSync = this.store.db.prepare(`${compiled.sql} LIMIT ? OFFSET ?`);
    return stmt.iterate(...compiled.params, limit, compiled.offset + position) as Iterator<Row, undefined>;
  }

  private mainPage(id: string, cursor: MainCursor, version: string): QueryResult {
    cursor.iterator ??= this.iterate(cursor.compiled, cursor.position);
    const records: JsonRecord[] = [];
    let budget = cursor.batchSize;
    let read = 0;
    while (budget > 0) {
      const row = cursor.peeked ?? cursor.iterator.next().value;
      cursor.peeked = null;
      if (!row) break;
      const { record, cost } = this.shape(cursor.compiled, row, version);
      if (records.length > 0 && cost > budget) {
        cursor.peeked = row;
        break;
      }
      records.push(record);
      read += cost;
      budget -= cost;
      cursor.position++;
    }
    this.meter.read(read);
    const done = cursor.position >= cursor.total;
    if (done) {
      this.closeIterator(cursor);
      return { totalSize: cursor.total, done: true, records };
    }
    this.keep(id, cursor);
    return {
      totalSize: cursor.total,
      done: false,
      nextRecordsUrl: `/services/data/v${version}/query/${id}-${cursor.position}`,
      records
    };
  }

  private childPage(id: string, cursor: ChildCursor, version: string): QueryResult {
    const { compiled } = cursor;
    const remaining = cursor.total - cursor.position;
    const take = Math.min(LIMITS.childBatchSize, remaining);
    const rows = this.store.db
      .prepare(`${compiled.sql} LIMIT ? OFFSET ?`)
      .all(cursor.parentId, ...compiled.params, take, compiled.offset + cursor.position) as Row[];
    const records = rows.map((r) => this.shape(compiled, r, version).record);
    this.meter.read(records.length);
    cursor.position += records.length;
    if (cursor.position >= cursor.total || records.length === 0)
      return { totalSize: cursor.total, done: true, records };
    this.keep(id, cursor);
    return {
      totalSize: cursor.total,
      done: false,
      nextRecordsUrl: `/services/data/v${version}/query/${id}-${cursor.position}`,
      records
    };
  }

  /** A stored row → Salesforce's JSON record (parents nested, children as query results); cost = rows on the page. */
  shape(compiled: CompiledQuery, row: Row, version: string): { record: JsonRecord; cost: number } {
    const object = compiled.object;
    const record: JsonRecord = {
      attributes: {
        type: object.name,
        url: `/services/data/v${version}/sobjects/${object.name}/${String(row.__id)}`
      }
    };
    let cost = 1;
    for (const col of compiled.columns) {
      if (col.kind === 'field') this.place(record, col, row, version);
      else if (col.kind === 'child') {
        const result = this.children(col, String(row.__id), version);
        record[col.relationship.name] = result;
        cost += result ? result.records.length : 0;
      }
    }
    return { record, cost };
  }

  private place(record: JsonRecord, col: FieldColumn, row: Row, version: string): void {
    let target = record;
    for (let i = 0; i < col.path.length; i++) {
      const rel = col.path[i];
      const parentId = row[`__${col.joinKeys[i]}`];
      // ?? also catches a join key column absent from the row.
      if ((parentId ?? null) === null) {
        if (!(rel in target)) target[rel] = null;
        return;
      }
      const existing = target[rel] as JsonRecord | null | undefined;
      if (!existing) {
        const type = col.objects[i + 1].name;
        target[rel] = {
          attributes: { type, url: `/services/data/v${version}/sobjects/${type}/${String(parentId)}` }
        };
      }
      target = target[rel] as JsonRecord;
    }
    target[col.field.name] = toApi(col.field, row[col.key]);
  }

  private children(col: ChildColumn, parentId: string, version: string): QueryResult | null {
    const compiled = col.query;
    const cap =
      compiled.limit === null
        ? LIMITS.childBatchSize + 1
        : Math.min(compiled.limit, LIMITS.childBatchSize + 1);
    const rows = this.store
      .prepare(`${compiled.sql} LIMIT ? OFFSET ?`)
      .all(parentId, ...compiled.params, cap, compiled.offset) as Row[];
    if (rows.length === 0) return null;
    if (rows.length <= LIMITS.childBatchSize) {
      return {
        totalSize: rows.length,
        done: true,
        records: rows.map((r) => this.shape(compiled, r, version).record)
      };
    }
    const shown = rows.slice(0, LIMITS.childBatchSize);
    const total = this.total(compiled, parentId);
    const cursor: ChildCursor = { kind: 'child', compiled, parentId, position: shown.length, total };
    const id = this.newCursorId();
    this.keep(id, cursor);
    return {
      totalSize: total,
      done: false,
      nextRecordsUrl: `/services/data/v${version}/query/${id}-${shown.length}`,
      records: shown.map((r) => this.shape(compiled, r, version).record)
    };
  }

  private shapeAggregate(compiled: CompiledQuery, row: Row): JsonRecord {
    const record: JsonRecord = { attributes: { type: 'AggregateResult' } };
    for (const col of compiled.columns) {
      if (col.kind !== 'aggregate') continue;
      const raw = row[col.key];
      record[col.name] = col.field ? toApi(col.field, raw) : raw === null ? null : Number(raw);
    }
    return record;
  }

  /** Reads one record with the given fields (GET /sobjects/X/id); undefined when absent or deleted. */
  getRecord(objectName: string, id: string, fields: string[], version: string): JsonRecord | undefined {
    const compiled = this.compile(`SELECT ${fields.join(', ')} FROM ${objectName} WHERE Id = '${id}'`);
    const row = this.store.db.prepare(compiled.sql).get(...compiled.params) as Row | undefined;
    if (!row) return undefined;
    this.meter.read(1);
    return this.shape(compiled, row, version).record;
  }
}
