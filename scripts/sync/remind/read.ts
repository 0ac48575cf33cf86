import type { OrgClient } from '../../salesforce/orgClient.ts';
import { bulkQuery, type BulkQueryOptions } from '../../salesforce/bulkQuery.ts';
import type { Row } from '../../salesforce/rowValues.ts';

/**
 * Rows read the same way through REST or Bulk API 2.0: flat, parent fields under their dotted
 * path ("Owner__r.User__c"), as Bulk's CSV columns name them.
 */
export type FlatRow = Record<string, unknown>;

export function flatten(row: Row, prefix = '', out: FlatRow = {}): FlatRow {
  for (const [key, value] of Object.entries(row)) {
    if (key === 'attributes') continue;
    if (value && typeof value === 'object' && !Array.isArray(value))
      flatten(value as Row, `${prefix}${key}.`, out);
    else out[`${prefix}${key}`] = value;
  }
  return out;
}

/** Rows a REST query page holds: REST reads cost one call per this many rows. */
export const REST_PAGE_ROWS = 2000;

export interface ReadOptions {
  /** Bulk API 2.0 when more rows than this are expected (fewer calls for large reads). */
  bulkAbove: number;
  bulk: BulkQueryOptions;
}

/** Calls a read of `rows` rows takes on the path readRows picks. */
export function readCalls(rows: number, options: ReadOptions): number {
  return rows > options.bulkAbove
    ? 1 + 4 + Math.max(1, Math.ceil(rows / options.bulk.pageSize))
    : Math.max(1, Math.ceil(rows / REST_PAGE_ROWS));
}

/** The number of rows a `SELECT COUNT() …` query counts (one call). */
export async function countRows(client: OrgClient, soql: string): Promise<number> {
  return (await client.queryPage<Row>(soql)).totalSize;
}

/** Reads every row of `soql` (expected about `expected` rows) through REST or Bulk, row by row. */
export async function readRows(
  client: OrgClient,
  soql: string,
  expected: number,
  options: ReadOptions,
  onRow: (row: FlatRow) => void
): Promise<void> {
  if (expected > options.bulkAbove) {
    await bulkQuery(client, soql, onRow, options.bulk);
    return;
  }
  for await (const page of client.queryPages<Row>(soql)) for (const row of page) onRow(flatten(row));
}

/** Rows whose `field` is one of `values`, a few hundred values a query (they travel in the URL). */
export async function readByValues(
  client: OrgClient,
  values: readonly string[],
  soqlFor: (list: string) => string,
  onRow: (row: FlatRow) => void,
  chunk = 200
): Promise<void> {
  for (let i = 0; i < values.length; i += chunk) {
    const list = `(${values
      .slice(i, i + chunk)
      .map((v) => `'${v.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`)
      .join(', ')})`;
    for await (const page of client.queryPages<Row>(soqlFor(list)))
      for (const row of page) onRow(flatten(row));
  }
}
