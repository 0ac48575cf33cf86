import { DatabaseSync, type StatementSync } from 'node:sqlite';
import type { Clock } from './clock.ts';
import type { Faults } from './faults.ts';
import { RecordError } from './errors.ts';
import { makeId, normalizeId } from './ids.ts';
import {
  findField,
  isWhatTarget,
  type FieldDef,
  type MetadataRecords,
  type ObjectDef,
  type Schema
} from './schema.ts';
import { STAGE_PROBABILITY, TASK_CLOSED_STATUSES } from './standardObjects.ts';
import { formulaRuntime, type FormulaRuntime } from './formula/runtime.ts';
import { isNumberType, isTextType, parseDate, parseDateTime, scalarText, type SqlValue } from './values.ts';

/** Extra indexes (beyond Ids, references, unique and external-ID fields, SystemModstamp) the product's filters use. */
const EXTRA_INDEXES: Record<string, string[]> = {
  Opportunity: ['StageName', 'CloseDate', 'IsClosed'],
  Mutual_Action_Plan__c: ['Status__c'],
  Plan_Step__c: ['Due_Date__c']
};

/** The org's Id: 18 characters, key prefix 00D, with its case-safe suffix (the token's prefix is its 15-char form). */
export const ORG_ID = '00D5g00000LoCaLEAV';

export function storedColumns(object: ObjectDef): FieldDef[] {
  return [...object.fields.values()].filter((f) => !f.calculated);
}

const q = (name: string) => `"${name}"`;

/** Records in per-object SQLite tables with real columns; DML with Salesforce's validation. */
export class Store {
  readonly db: DatabaseSync;
  readonly schema: Schema;
  readonly clock: Clock;
  readonly faults: Faults;
  readonly adminUserId: string;
  /** The user whose session is writing: CreatedById / LastModifiedById of what it writes. */
  private actingUser: string | undefined;
  private counters = new Map<string, number>();
  private statements = new Map<string, StatementSync>();
  private depth = 0;
  /** The package's formula fields and validation rules (formula/runtime.ts). */
  readonly formulas: FormulaRuntime | undefined;

  constructor(options: {
    dbPath: string;
    schema: Schema;
    clock: Clock;
    faults: Faults;
    metadataRecords?: MetadataRecords;
  }) {
    this.db = new DatabaseSync(options.dbPath);
    this.schema = options.schema;
    this.clock = options.clock;
    this.faults = options.faults;
    this.db.exec(
      'PRAGMA journal_mode = WAL; PRAGMA synchronous = OFF; PRAGMA temp_store = MEMORY; PRAGMA cache_size = -65536;'
    );
    this.db.exec('CREATE TABLE IF NOT EXISTS "_counters" ("object" TEXT PRIMARY KEY, "n" INTEGER NOT NULL)');
    for (const row of this.db.prepare('SELECT "object", "n" FROM "_counters"').all())
      this.counters.set(String(row.object), Number(row.n));
    for (const object of this.schema.values()) this.createTable(object);
    this.formulas = formulaRuntime(this.schema);
    this.formulas?.attach(this.db, this.clock);
    this.adminUserId = makeId('005', 1);
    if (!this.exists('User', this.adminUserId))
      this.seedOrg(options.metadataRecords ?? new Map<string, Record<string, unknown>[]>());
    // A database file written before the org Id had its checksum keeps one Organization row.
    else this.db.prepare('UPDATE "Organization" SET "Id" = ? WHERE "Id" != ?').run(ORG_ID, ORG_ID);
  }

  private createTable(object: ObjectDef): void {
    const cols = storedColumns(object).map((f) => {
      const type =
        f.type === 'boolean' || isNumberType(f) ? (f.type === 'boolean' ? 'INTEGER' : 'REAL') : 'TEXT';
      return f.name === 'Id'
        ? `"Id" TEXT PRIMARY KEY`
        : `${q(f.name)} ${type}${isTextType(f) ? ' COLLATE NOCASE' : ''}`;
    });
    this.db.exec(`CREATE TABLE IF NOT EXISTS ${q(object.name)} (${cols.join(', ')})`);
    // A database file written before a field existed gains its column (a checkbox reads its default).
    const present = new Set(
      this.db
        .prepare(`PRAGMA table_info(${q(object.name)})`)
        .all()
        .map((c) => String(c.name))
    );
    storedColumns(object).forEach((f, i) => {
      if (present.has(f.name)) return;
      const dflt =
        f.type === 'boolean' && f.defaultValue !== undefined ? ` DEFAULT ${f.defaultValue ? 1 : 0}` : '';
      this.db.exec(`ALTER TABLE ${q(object.name)} ADD COLUMN ${cols[i]}${dflt}`);
    });
    const indexed = new Set<string>(['SystemModstamp', ...(EXTRA_INDEXES[object.name] ?? [])]);
    for (const f of object.fields.values()) {
      if (f.calculated || f.name === 'Id') continue;
      if (
        (f.type === 'reference' && f.name !== 'CreatedById' && f.name !== 'LastModifiedById') ||
        f.unique ||
        f.externalId
      )
        indexed.add(f.name);
    }
    for (const name of indexed) {
      if (!object.fields.has(name)) continue;
      this.db.exec(
        `CREATE INDEX IF NOT EXISTS ${q(`${object.name}_${name}`)} ON ${q(object.name)} (${q(name)})`
      );
    }
  }

  /** Setup → Fiscal Year (standard): the month, 1–12, the org's fiscal year starts in. */
  setFiscalYearStartMonth(month: number): void {
    if (!Number.isInteger(month) || month < 1 || month > 12)
      throw new RangeError(`The fiscal year start month must be 1–12 (got ${month}).`);
    this.db.prepare('UPDATE "Organization" SET "FiscalYearStartMonth" = ?').run(month);
  }

  private seedOrg(metadataRecords: MetadataRecords): void {
    const now = this.clock.now().toISOString();
    this.nextId('User');
    this.insertRaw('User', [
      {
        Id: this.adminUserId,
        FirstName: 'Local',
        LastName: 'Admin',
        Name: 'Local Admin',
        Username: 'admin@local.org',
        Email: 'admin@local.org',
        Alias: 'ladmin',
        Title: 'System Administrator',
        IsActive: 1,
        UserType: 'Standard',
        TimeZoneSidKey: 'GMT',
        LanguageLocaleKey: 'en_US',
        LocaleSidKey: 'en_US'
      }
    ]);
    this.insertRaw('Organization', [
      {
        Id: ORG_ID,
        Name: 'Local Org',
        TimeZoneSidKey: 'GMT',
        InstanceName: 'LOCAL',
        IsSandbox: 0,
        NamespacePrefix: null,
        OrganizationType: 'Enterprise Edition',
        LanguageLocaleKey: 'en_US',
        FiscalYearStartMonth: 1,
        CreatedDate: now
      }
    ]);
    for (const [type, records] of metadataRecords) {
      const object = this.schema.get(type);
      if (!object) continue;
      this.insertRaw(
        type,
        records.map((r) => {
          const row: Record<string, SqlValue> = {};
          for (const [k, v] of Object.entries(r)) {
            const f = object.fields.get(k);
            if (!f) continue;
            row[k] =
              v === null || v === undefined
                ? null
                : f.type === 'boolean'
                  ? v === true || v === 'true'
                    ? 1
                    : 0
                  : isNumberType(f)
                    ? Number(v)
                    : scalarText(v);
          }
          return row;
        })
      );
    }
  }

  get actingUserId(): string {
    return this.actingUser ?? this.adminUserId;
  }

  /** Runs fn (synchronous) as a user: the records it writes carry that user as their modifier. */
  as<T>(userId: string, fn: () => T): T {
    const previous = this.actingUser;
    this.actingUser = userId;
    try {
      return fn();
    } finally {
      this.actingUser = previous;
    }
  }

  object(name: string): ObjectDef {
    const o = this.schema.get(name);
    if (!o) throw new Error(`unknown object ${name}`);
    return o;
  }

  prepare(sql: string): StatementSync {
    let s = this.statements.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      this.statements.set(sql, s);
    }
    return s;
  }

  nextId(objectName: string, persist = true): string {
    const object = this.object(objectName);
    const n = (this.counters.get(objectName) ?? 0) + 1;
    this.counters.set(objectName, n);
    if (persist)
      this.prepare('INSERT OR REPLACE INTO "_counters" ("object", "n") VALUES (?, ?)').run(objectName, n);
    return makeId(object.keyPrefix, n);
  }

  persistCounters(): void {
    for (const [object, n] of this.counters)
      this.prepare('INSERT OR REPLACE INTO "_counters" ("object", "n") VALUES (?, ?)').run(object, n);
  }

  /** Runs fn atomically (nested calls become savepoints). */
  atomic<T>(fn: () => T): T {
    const name = `sp${++this.depth}`;
    this.db.exec(`SAVEPOINT ${name}`);
    try {
      const result = fn();
      this.db.exec(`RELEASE ${name}`);
      return result;
    } catch (error) {
      this.db.exec(`ROLLBACK TO ${name}`);
      this.db.exec(`RELEASE ${name}`);
      throw error;
    } finally {
      this.depth--;
    }
  }

  /**
   * Bulk load without validation (demo data, seeding): rows carry stored values; Ids and audit
   * fields are filled in when missing. Runs in one transaction with one prepared statement.
   */
  insertRaw(objectName: string, rows: Iterable<Record<string, SqlValue>>): string[] {
    const object = this.object(objectName);
    const cols = storedColumns(object).map((f) => f.name);
    const stmt = this.prepare(
      `INSERT INTO ${q(objectName)} (${cols.map(q).join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`
    );
    const now = this.clock.now().toISOString();
    // A checkbox the row leaves out holds its default (false unless the field says), as in Salesforce.
    const checkboxDefaults: Record<string, SqlValue> = {};
    for (const f of storedColumns(object))
      if (f.type === 'boolean' && f.defaultValue !== undefined)
        checkboxDefaults[f.name] = f.defaultValue ? 1 : 0;
    const ids: string[] = [];
    this.atomic(() => {
      for (const row of rows) {
        const id = (row.Id as string | undefined) ?? this.nextId(objectName, false);
        const full: Record<string, SqlValue> = {
          ...checkboxDefaults,
          IsDeleted: 0,
          CreatedDate: now,
          LastModifiedDate: now,
          SystemModstamp: now,
          CreatedById: this.actingUserId,
          LastModifiedById: this.actingUserId,
          ...(object.fields.has('OwnerId') ? { OwnerId: this.actingUserId } : {}),
          ...row,
          Id: id
        };
        if (objectName === 'Opportunity')
          Object.assign(full, this.opportunityDerived(String(full.StageName ?? ''), full));
        stmt.run(...cols.map((c) => full[c] ?? null));
        ids.push(id);
      }
      this.persistCounters();
    });
    return ids;
  }

  /** Reads one stored row (deleted ones too), or undefined. */
  row(objectName: string, id: string): Record<string, SqlValue> | undefined {
    return this.prepare(`SELECT * FROM ${q(objectName)} WHERE "Id" = ?`).get(id) as
      Record<string, SqlValue> | undefined;
  }

  exists(objectName: string, id: string): boolean {
    return (
      this.prepare(`SELECT 1 FROM ${q(objectName)} WHERE "Id" = ? AND "IsDeleted" = 0`).get(id) !== undefined
    );
  }

  /** Which object an Id belongs to (by key prefix). */
  objectForId(id: string): ObjectDef | undefined {
    const prefix = id.slice(0, 3);
    for (const o of this.schema.values()) if (o.keyPrefix === prefix) return o;
    return undefined;
  }

  private readonly autoNumbers = new Map<string, number>();

  /** The next value of an auto-number Name: 'SH-{00000}' → 'SH-00001', counting per object. */
  private nextAutoNumber(objectName: string, format: string): string {
    const next = (this.autoNumbers.get(objectName) ?? 0) + 1;
    this.autoNumbers.set(objectName, next);
    return format.replace(/\{(0+)\}/, (_, zeros: string) => String(next).padStart(zeros.length, '0'));
  }

  count(objectName: string): number {
    const counted = this.prepare(`SELECT COUNT(*) AS n FROM ${q(objectName)} WHERE "IsDeleted" = 0`).get();
    if (!counted) throw new Error('COUNT query returned no row');
    return Number(counted.n);
  }

  // ---- DML ---------------------------------------------------------------------------------

  insert(objectName: string, input: Record<string, unknown>): string {
    const object = this.object(objectName);
    if (object.readOnly)
      throw new RecordError('INVALID_TYPE_FOR_OPERATION', `entity type cannot be inserted: ${object.label}`);
    const values = this.coerceAll(object, input, 'insert');
    // Holds only the fields given (or defaulted, or derived): a field may be absent.
    const given: Partial<Record<string, SqlValue>> = values;
    for (const f of object.fields.values()) {
      if (given[f.name] === undefined && f.defaultValue !== undefined && f.createable)
        values[f.name] = f.type === 'boolean' ? (f.defaultValue ? 1 : 0) : (f.defaultValue as SqlValue);
    }
    const name = object.fields.get('Name');
    if (name?.autoNumber) values.Name = this.nextAutoNumber(object.name, name.autoNumber);
    // As in Salesforce, a record with an owner that names none is owned by the user who creates it.
    if (object.fields.has('OwnerId') && (given.OwnerId ?? null) === null) values.OwnerId = this.actingUserId;
    this.derive(object, values, undefined);
    const missing = [...object.fields.values()]
      .filter((f) => f.required && f.createable && (given[f.name] ?? null) === null)
      .map((f) => f.name);
    if (missing.length)
      throw new RecordError(
        'REQUIRED_FIELD_MISSING',
        `Required fields are missing: [${missing.join(', ')}]`,
        missing
      );
    this.checkReferences(object, values, undefined);
    this.checkUnique(object, values, undefined);
    const masters = [...object.fields.values()]
      .filter((f) => f.masterDetail)
      .map((f) => values[f.name] as string | null);
    const locked = this.faults.shouldLock(masters);
    if (locked) throw lockError(locked);
    const now = this.clock.now().toISOString();
    const id = this.nextId(objectName);
    const row: Record<string, SqlValue> = {
      ...values,
      Id: id,
      IsDeleted: 0,
      CreatedDate: now,
      LastModifiedDate: now,
      SystemModstamp: now,
      CreatedById: this.actingUserId,
      LastModifiedById: this.actingUserId
    };
    const touchMasters = this.summaryWatch(object, [row]);
    const cols = Object.keys(row);
    // Validation rules see the record as written; a failing rule undoes the write.
    this.atomic(() => {
      this.prepare(
        `INSERT INTO ${q(objectName)} (${cols.map(q).join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`
      ).run(...cols.map((c) => row[c] ?? null));
      this.formulas?.checkRules((sql) => this.prepare(sql), object, id, undefined, this.actingUserId);
    });
    touchMasters(now);
    return id;
  }

  update(objectName: string, id: string, input: Record<string, unknown>): void {
    const object = this.object(objectName);
    if (object.readOnly)
      throw new RecordError('INVALID_TYPE_FOR_OPERATION', `entity type cannot be updated: ${object.label}`);
    const current = this.requireLive(object, id);
    const values = this.coerceAll(object, input, 'update', current);
    this.derive(object, values, current);
    const cleared = Object.keys(values).filter((k) => fieldOf(object, k).required && values[k] === null);
    if (cleared.length)
      throw new RecordError(
        'REQUIRED_FIELD_MISSING',
        `Required fields are missing: [${cleared.join(', ')}]`,
        cleared
      );
    this.checkReferences(object, values, id);
    this.checkUnique(object, values, id);
    const masters = [...object.fields.values()]
      .filter((f) => f.masterDetail)
      .map((f) => current[f.name] as string | null);
    const locked = this.faults.shouldLock([id, ...masters]);
    if (locked) throw lockError(locked);
    const now = this.clock.now().toISOString();
    const row: Record<string, SqlValue> = {
      ...values,
      LastModifiedDate: now,
      SystemModstamp: now,
      LastModifiedById: this.actingUserId
    };
    // A reparented record moves both its old and its new master's summaries.
    const touchMasters = this.summaryWatch(object, [current, { ...current, ...values }]);
    const cols = Object.keys(row);
    this.atomic(() => {
      this.prepare(
        `UPDATE ${q(objectName)} SET ${cols.map((c) => `${q(c)} = ?`).join(', ')} WHERE "Id" = ?`
      ).run(...cols.map((c) => row[c] ?? null), id);
      this.formulas?.checkRules((sql) => this.prepare(sql), object, id, current, this.actingUserId);
    });
    touchMasters(now);
  }

  /**
   * Reads the roll-up summaries of a record's masters (and of theirs) before a write, and returns
   * what to call after it: each master whose summaries moved is modified, as Salesforce saves the
   * master when a roll-up summary changes (SystemModstamp, LastModifiedDate and LastModifiedById
   * move; the writer of the child is the modifier).
   */
  private summaryWatch(object: ObjectDef, rows: Partial<Record<string, SqlValue>>[]): (now: string) => void {
    const before = new Map<string, { object: ObjectDef; values: string }>();
    const visit = (child: ObjectDef, row: Partial<Record<string, SqlValue>>): void => {
      for (const field of child.fields.values()) {
        const parentId = field.masterDetail ? row[field.name] : null;
        const parent = this.schema.get(field.referenceTo ?? '');
        if (typeof parentId !== 'string' || !parent || before.has(parentId)) continue;
        const values = this.summaryValues(parent, parentId);
        if (values === undefined) continue;
        before.set(parentId, { object: parent, values });
        const parentRow = this.row(parent.name, parentId);
        if (parentRow) visit(parent, parentRow);
      }
    };
    for (const row of rows) visit(object, row);
    return (now) => {
      for (const [id, master] of before) {
        if (this.summaryValues(master.object, id) === master.values) continue;
        this.prepare(
          `UPDATE ${q(master.object.name)} SET "SystemModstamp" = ?, "LastModifiedDate" = ?, "LastModifiedById" = ? WHERE "Id" = ? AND "IsDeleted" = 0`
        ).run(now, now, this.actingUserId, id);
      }
    };
  }

  /** A record's roll-up summary values as one string, or undefined when its object has none. */
  private summaryValues(object: ObjectDef, id: string): string | undefined {
    const sums = [...object.fields.values()].filter((f) => f.summary && f.sql);
    if (sums.length === 0) return undefined;
    const columns = sums.map((f) => `${(f.sql ?? 'NULL').replaceAll('{t}', '_m')} AS ${q(f.name)}`);
    const row = this.prepare(`SELECT ${columns.join(', ')} FROM ${q(object.name)} _m WHERE _m."Id" = ?`).get(
      id
    );
    return JSON.stringify(row ?? null);
  }

  /** Upsert on an external-ID field (or Id): returns the Id and whether a record was created. */
  upsert(
    objectName: string,
    externalField: string,
    input: Record<string, unknown>
  ): { id: string; created: boolean } {
    const object = this.object(objectName);
    const field = findField(object, externalField);
    if (!field || (!field.externalId && field.name !== 'Id'))
      throw new RecordError(
        'INVALID_FIELD',
        `Provided external ID field does not exist or is not accessible: ${externalField}`,
        [externalField]
      );
    const entry = Object.entries(input).find(([k]) => k.toLowerCase() === field.name.toLowerCase());
    const key = entry?.[1];
    if (key === undefined || key === null || key === '')
      throw new RecordError('MISSING_ARGUMENT', `${field.name} not specified`, [field.name]);
    const matches = this.prepare(
      `SELECT "Id" FROM ${q(objectName)} WHERE ${q(field.name)} = ? AND "IsDeleted" = 0 LIMIT 2`
    ).all(scalarText(key));
    if (matches.length > 1)
      throw new RecordError(
        'DUPLICATE_EXTERNAL_ID',
        `${field.label}: more than one record found for external id field: [${matches.map((m) => m.Id).join(', ')}]`,
        [field.name]
      );
    if (matches.length === 1) {
      const id = String(matches[0].Id);
      const rest = Object.fromEntries(Object.entries(input).filter(([k]) => k.toLowerCase() !== 'id'));
      this.update(objectName, id, rest);
      return { id, created: false };
    }
    if (field.name === 'Id')
      throw new RecordError(
        'NOT_FOUND',
        'Provided external ID field does not exist or is not accessible: Id',
        ['Id']
      );
    return { id: this.insert(objectName, input), created: true };
  }

  delete(objectName: string, id: string): void {
    const object = this.object(objectName);
    if (object.readOnly)
      throw new RecordError('INVALID_TYPE_FOR_OPERATION', `entity type cannot be deleted: ${object.label}`);
    const current = this.requireLive(object, id);
    const masters = [...object.fields.values()]
      .filter((f) => f.masterDetail)
      .map((f) => current[f.name] as string | null);
    const locked = this.faults.shouldLock([id, ...masters]);
    if (locked) throw lockError(locked);
    const touchMasters = this.summaryWatch(object, [current]);
    this.cascadeDelete(object, [id]);
    touchMasters(this.clock.now().toISOString());
  }

  private cascadeDelete(object: ObjectDef, ids: string[]): void {
    if (!ids.length) return;
    const now = this.clock.now().toISOString();
    for (let i = 0; i < ids.length; i += 500) {
      const chunk = ids.slice(i, i + 500);
      const marks = chunk.map(() => '?').join(', ');
      this.db
        .prepare(
          `UPDATE ${q(object.name)} SET "IsDeleted" = 1, "SystemModstamp" = ?, "LastModifiedDate" = ?, "LastModifiedById" = ? WHERE "Id" IN (${marks})`
        )
        .run(now, now, this.actingUserId, ...chunk);
      for (const child of this.schema.values()) {
        for (const f of child.fields.values()) {
          // A polymorphic "what" lookup (Task.WhatId) points at any such object: its Tasks go with the record.
          const pointsHere = f.polymorphic ? isWhatTarget(object) : f.referenceTo === object.name;
          if (
            f.type !== 'reference' ||
            !pointsHere ||
            f.calculated ||
            f.name === 'CreatedById' ||
            f.name === 'LastModifiedById'
          )
            continue;
          if (f.masterDetail || f.deleteConstraint === 'Cascade') {
            const childIds = this.db
              .prepare(
                `SELECT "Id" FROM ${q(child.name)} WHERE ${q(f.name)} IN (${marks}) AND "IsDeleted" = 0`
              )
              .all(...chunk)
              .map((r) => String(r.Id));
            this.cascadeDelete(child, childIds);
          } else if (f.deleteConstraint === 'Restrict') {
            const hit = this.db
              .prepare(
                `SELECT "Id" FROM ${q(child.name)} WHERE ${q(f.name)} IN (${marks}) AND "IsDeleted" = 0 LIMIT 1`
              )
              .get(...chunk);
            if (hit)
              throw new RecordError(
                'DELETE_FAILED',
                `Your attempt to delete ${object.label} could not be completed because it is associated with the following ${child.labelPlural}.: ${String(hit.Id)}`
              );
          } else {
            this.db
              .prepare(
                `UPDATE ${q(child.name)} SET ${q(f.name)} = NULL, "SystemModstamp" = ? WHERE ${q(f.name)} IN (${marks}) AND "IsDeleted" = 0`
              )
              .run(now, ...chunk);
          }
        }
      }
    }
  }

  private requireLive(object: ObjectDef, rawId: string): Record<string, SqlValue> {
    const id = normalizeId(rawId);
    if (id?.slice(0, 3) !== object.keyPrefix)
      throw new RecordError('MALFORMED_ID', `${object.label} ID: id value of incorrect type: ${rawId}`, [
        'Id'
      ]);
    const current = this.row(object.name, id);
    if (!current) throw new RecordError('INVALID_CROSS_REFERENCE_KEY', 'invalid cross reference id');
    if (current.IsDeleted === 1) throw new RecordError('ENTITY_IS_DELETED', 'entity is deleted');
    return current;
  }

  /** Validates and converts the client's values to stored values, field by field. */
  private coerceAll(
    object: ObjectDef,
    input: Record<string, unknown>,
    mode: 'insert' | 'update',
    current?: Record<string, SqlValue>
  ): Record<string, SqlValue> {
    const out: Record<string, SqlValue> = {};
    const notWritable: string[] = [];
    for (const [key, value] of Object.entries(input)) {
      if (key === 'attributes') continue;
      const field = findField(object, key);
      if (!field)
        throw new RecordError('INVALID_FIELD', `No such column '${key}' on sobject of type ${object.name}`, [
          key
        ]);
      if (field.name === 'Id') {
        if (mode === 'insert')
          throw new RecordError('INVALID_FIELD_FOR_INSERT_UPDATE', 'cannot specify Id in an insert call', [
            'Id'
          ]);
        continue;
      }
      const writable = mode === 'insert' ? field.createable : field.updateable;
      if (!writable) {
        // A non-reparentable master-detail may be sent unchanged on update.
        const same =
          mode === 'update' && field.masterDetail && normalizeId(String(value)) === current?.[field.name];
        if (!same) notWritable.push(field.name);
        continue;
      }
      out[field.name] = coerce(field, value);
    }
    if (notWritable.length)
      throw new RecordError(
        'INVALID_FIELD_FOR_INSERT_UPDATE',
        `Unable to ${mode === 'insert' ? 'create' : 'update'} fields: ${notWritable.join(', ')}. Please check the security settings of this field and verify that it is read/write for your profile or permission set.`,
        notWritable
      );
    return out;
  }

  /** Sets derived fields; values hold only the fields being written (a field may be absent). */
  private derive(
    object: ObjectDef,
    values: Partial<Record<string, SqlValue>>,
    current: Record<string, SqlValue> | undefined
  ): void {
    if (object.name === 'Opportunity' && values.StageName !== undefined) {
      Object.assign(values, this.opportunityDerived(String(values.StageName ?? ''), values));
      if (!current && values.Probability === undefined)
        values.Probability = STAGE_PROBABILITY[String(values.StageName)] ?? null;
    }
    if (
      (object.name === 'Contact' || object.name === 'User') &&
      (values.FirstName !== undefined || values.LastName !== undefined)
    ) {
      const first = values.FirstName !== undefined ? values.FirstName : (current?.FirstName ?? null);
      const last = values.LastName !== undefined ? values.LastName : (current?.LastName ?? null);
      values.Name = [first, last].filter((x) => x).join(' ');
    }
    if (object.name === 'Task') this.deriveTask(values, current);
  }

  /**
   * Task's derived fields, as Salesforce keeps them: IsClosed from the status (TaskStatus.IsClosed),
   * CompletedDateTime when it closes (cleared when it reopens), IsHighPriority, and AccountId from
   * the related record (an opportunity's account, or the account itself).
   */
  private deriveTask(
    values: Partial<Record<string, SqlValue>>,
    current: Record<string, SqlValue> | undefined
  ): void {
    if (values.Status !== undefined) {
      const closed = TASK_CLOSED_STATUSES.has(String(values.Status));
      values.IsClosed = closed ? 1 : 0;
      if (!closed) values.CompletedDateTime = null;
      else if (current?.IsClosed !== 1) values.CompletedDateTime = this.clock.now().toISOString();
    }
    if (values.Priority !== undefined) values.IsHighPriority = values.Priority === 'High' ? 1 : 0;
    if (values.WhatId !== undefined) {
      const what = typeof values.WhatId === 'string' ? values.WhatId : null;
      const object = what ? this.objectForId(what) : undefined;
      values.AccountId =
        object?.name === 'Account'
          ? what
          : object?.name === 'Opportunity' && what
            ? (this.row('Opportunity', what)?.AccountId ?? null)
            : null;
    }
  }

  private opportunityDerived(
    stage: string,
    _values: Partial<Record<string, SqlValue>>
  ): Record<string, SqlValue> {
    return {
      IsClosed: stage === 'Closed Won' || stage === 'Closed Lost' ? 1 : 0,
      IsWon: stage === 'Closed Won' ? 1 : 0
    };
  }

  private checkReferences(
    object: ObjectDef,
    values: Record<string, SqlValue>,
    _selfId: string | undefined
  ): void {
    for (const [name, value] of Object.entries(values)) {
      const field = fieldOf(object, name);
      if (field.type !== 'reference' || value === null) continue;
      const target = field.polymorphic
        ? this.objectForId(String(value))
        : this.schema.get(field.referenceTo ?? '');
      if (String(value).slice(0, 3) !== target?.keyPrefix || (field.polymorphic && !isWhatTarget(target)))
        throw new RecordError(
          'FIELD_INTEGRITY_EXCEPTION',
          `${field.label}: id value of incorrect type: ${String(value)}`,
          [name]
        );
      const row = this.prepare(`SELECT "IsDeleted" FROM ${q(target.name)} WHERE "Id" = ?`).get(value);
      if (!row)
        throw new RecordError(
          'INVALID_CROSS_REFERENCE_KEY',
          `${field.label}: id value of incorrect type: ${String(value)}`,
          [name]
        );
      if (row.IsDeleted === 1) throw new RecordError('ENTITY_IS_DELETED', 'entity is deleted', [name]);
      // A Task (any owned activity) cannot be given to a deactivated user.
      if (object.name === 'Task' && name === 'OwnerId' && this.row('User', String(value))?.IsActive !== 1)
        throw new RecordError(
          'INACTIVE_OWNER_OR_USER',
          `operation performed with inactive user [${String(value)}] as owner of task`,
          [name]
        );
    }
  }

  private checkUnique(object: ObjectDef, values: Record<string, SqlValue>, selfId: string | undefined): void {
    for (const [name, value] of Object.entries(values)) {
      const field = fieldOf(object, name);
      if (!(field.unique || field.externalId) || value === null) continue;
      const hit = this.prepare(
        `SELECT "Id" FROM ${q(object.name)} WHERE ${q(name)} = ? AND "IsDeleted" = 0 AND "Id" != ? LIMIT 1`
      ).get(value, selfId ?? '');
      if (hit && field.unique)
        throw new RecordError(
          'DUPLICATE_VALUE',
          `duplicate value found: ${name} duplicates value on record with id: ${String(hit.Id)}`,
          [name]
        );
    }
  }

  close(): void {
    this.db.close();
  }
}

/** A field of the object that the values being written name (coerceAll and derive only set real fields). */
function fieldOf(object: ObjectDef, name: string): FieldDef {
  const field = object.fields.get(name);
  if (!field) throw new Error(`unknown field ${object.name}.${name}`);
  return field;
}

export function lockError(id: string): RecordError {
  return new RecordError(
    'UNABLE_TO_LOCK_ROW',
    `unable to obtain exclusive access to this record or 1 records: ${id}`
  );
}

/** One client value → stored value, with Salesforce's type, length, range and picklist checks. */
export function coerce(field: FieldDef, value: unknown): SqlValue {
  const bad = () =>
    new RecordError(
      'INVALID_TYPE_ON_FIELD_IN_RECORD',
      `${field.label}: value not of required type: ${String(value)}`,
      [field.name]
    );
  if (value === null || value === undefined || value === '') {
    if (field.type === 'boolean') return 0;
    return null;
  }
  if (!isScalar(value)) throw bad();
  switch (field.type) {
    case 'boolean': {
      if (value === true || value === 'true' || value === 1 || value === '1') return 1;
      if (value === false || value === 'false' || value === 0 || value === '0') return 0;
      throw bad();
    }
    case 'double':
    case 'percent':
    case 'currency':
    case 'int': {
      const n =
        typeof value === 'number'
          ? value
          : typeof value === 'string' && value.trim() !== ''
            ? Number(value)
            : NaN;
      if (!Number.isFinite(n)) throw bad();
      const scale = field.scale ?? 0;
      const rounded = Math.round(n * 10 ** scale) / 10 ** scale;
      const intDigits = (field.precision ?? 18) - scale;
      if (Math.abs(Math.trunc(rounded)) >= 10 ** intDigits)
        throw new RecordError(
          'NUMBER_OUTSIDE_VALID_RANGE',
          `${field.label}: value outside of valid range on numeric field: ${String(value)}`,
          [field.name]
        );
      return rounded;
    }
    case 'date': {
      const d = parseDate(String(value));
      if (!d) throw bad();
      return d;
    }
    case 'datetime': {
      const d = parseDateTime(String(value));
      if (!d) throw bad();
      return d;
    }
    case 'reference':
    case 'id': {
      const id = normalizeId(String(value));
      if (!id)
        throw new RecordError(
          'MALFORMED_ID',
          `${field.label}: id value of incorrect type: ${String(value)}`,
          [field.name]
        );
      return id;
    }
    default: {
      const s = String(value);
      if (field.length !== undefined && s.length > field.length)
        throw new RecordError(
          'STRING_TOO_LONG',
          `${field.label}: data value too large: ${s.length > 100 ? `${s.slice(0, 100)}...` : s} (max length=${field.length})`,
          [field.name]
        );
      if (field.type === 'email' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(s))
        throw new RecordError('INVALID_EMAIL_ADDRESS', `${field.label}: invalid email address: ${s}`, [
          field.name
        ]);
      if (field.type === 'picklist' && field.restricted && !field.picklistValues?.includes(s))
        throw new RecordError(
          'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST',
          `${field.label}: bad value for restricted picklist field: ${s}`,
          [field.name]
        );
      return s;
    }
  }
}

/** What a client may send for a field (JSON scalars, CSV text): anything else is not of the field's type. */
function isScalar(value: unknown): value is string | number | boolean | bigint {
  return (
    typeof value === 'string' ||
    typeof value === 'number' ||
    typeof value === 'boolean' ||
    typeof value === 'bigint'
  );
}
