import type { OrgClient } from '../../salesforce/orgClient.ts';
import { SalesforceApiError } from '../../salesforce/errors.ts';
import type { Row } from '../rollup/records.ts';

/**
 * What `rollup --watch` asks the org each cycle: the opportunities, plans and steps modified since
 * its high-water marks by anyone but itself, as one composite request of three queries (one API
 * call). SOQL refuses semi-joins under OR ("Semi join sub-selects are not allowed with the 'OR'
 * operator"), so one query over the three objects is not possible in a real org.
 */
export const WATCHED = ['Opportunity', 'Mutual_Action_Plan__c', 'Plan_Step__c'] as const;
export type Watched = (typeof WATCHED)[number];

/** Where each watched object leads to its opportunity, and whether deleted rows are read too. */
const SOURCES: Record<Watched, { opportunity: (row: Row) => unknown; field: string; resource: string }> = {
  Opportunity: { opportunity: (row) => row.Id, field: 'Id', resource: 'query' },
  Mutual_Action_Plan__c: {
    opportunity: (row) => row.Opportunity__c,
    field: 'Opportunity__c',
    resource: 'queryAll'
  },
  Plan_Step__c: {
    opportunity: (row) => (row.Plan__r as Row | null | undefined)?.Opportunity__c,
    field: 'Plan__r.Opportunity__c',
    resource: 'queryAll'
  }
};

/**
 * A high-water mark: the latest SystemModstamp seen on an object, and the rows seen at that
 * second (`Id@stamp`). Salesforce stamps to the second and SOQL datetime literals take whole
 * seconds, so the next query asks for `>=` that second and skips the rows already seen.
 */
export interface Mark {
  stamp: string | null;
  seen: string[];
  /**
   * Every row of the stamp's second is accounted for, though too many to list (a bulk load that
   * stamped more than a page of rows in one second): the next query asks for `>` that second.
   */
  past?: boolean;
}
export type Marks = Record<Watched, Mark>;

export interface Changes {
  /** The opportunities to roll up again. */
  opportunityIds: Set<string>;
  /** Modified rows per object (not counting those already seen). */
  rows: Record<Watched, number>;
  next: Marks;
}

interface QueryResult {
  totalSize: number;
  done: boolean;
  records: Row[];
  nextRecordsUrl?: string;
}

interface CompositeResponse {
  compositeResponse: { referenceId: string; httpStatusCode: number; body: unknown }[];
}

const iso = (value: unknown): string => new Date(String(value)).toISOString();
/** A SOQL datetime literal of the stamp's whole second. */
const secondOf = (stamp: string): string => `${stamp.slice(0, 19)}Z`;

/**
 * How old a row's SystemModstamp must be (by the watch's clock) before the mark moves past it. A
 * record is stamped when its transaction writes it but seen only when the transaction commits, and
 * a second can hold two saves of one record (the stamp has no milliseconds, so both read the same
 * `Id@stamp`). A newer row is rolled up now and read again by the next cycle, which rolls it up once
 * more: a save committed up to this long after its stamp, or a second save in the same second, is
 * not lost behind the mark.
 */
export const SETTLE_MS = 5_000;

function changesSoql(object: Watched, userId: string, mark: Mark): string {
  const source = SOURCES[object];
  const since = mark.stamp ? ` AND SystemModstamp ${mark.past ? '>' : '>='} ${secondOf(mark.stamp)}` : '';
  const fields = source.field === 'Id' ? 'Id, SystemModstamp' : `Id, SystemModstamp, ${source.field}`;
  return `SELECT ${fields} FROM ${object} WHERE LastModifiedById != '${userId}'${since} ORDER BY SystemModstamp ASC`;
}

/** Rows read to learn the latest second: one page, enough to hold every row of that second in practice. */
const LATEST_ROWS = 2000;

function latestSoql(object: Watched): string {
  return `SELECT Id, SystemModstamp FROM ${object} ORDER BY SystemModstamp DESC LIMIT ${LATEST_ROWS}`;
}

/** The three queries as one composite request (one API call), each result with all its pages. */
async function queryEach(
  client: OrgClient,
  soql: (object: Watched) => string
): Promise<Record<Watched, Row[]>> {
  const response = await client.requestJson<CompositeResponse>(
    'POST',
    '/composite',
    {
      allOrNone: false,
      compositeRequest: WATCHED.map((object) => ({
        method: 'GET',
        url: `${client.dataPath}/${SOURCES[object].resource}?q=${encodeURIComponent(soql(object))}`,
        referenceId: object
      }))
    },
    'rest:composite'
  );
  const out = {} as Record<Watched, Row[]>;
  for (const object of WATCHED) {
    const sub = response.compositeResponse.find((r) => r.referenceId === object);
    if (!sub || sub.httpStatusCode >= 300) {
      const error = (Array.isArray(sub?.body) ? sub.body[0] : sub?.body) as
        { errorCode?: string; message?: string } | undefined;
      throw new SalesforceApiError(
        error?.errorCode ?? 'UNKNOWN_EXCEPTION',
        error?.message ?? `no answer for ${object}`,
        sub?.httpStatusCode ?? 500
      );
    }
    let page = sub.body as QueryResult;
    const rows = [...page.records];
    while (!page.done && page.nextRecordsUrl) {
      page = await client.queryPage<Row>(page.nextRecordsUrl, true);
      rows.push(...page.records);
    }
    out[object] = rows;
  }
  return out;
}

/**
 * The marks of an org as it stands: each object's latest SystemModstamp and the rows of that
 * second (one API call). Should more than LATEST_ROWS rows share the latest second, the rest are
 * rolled up once more by the next cycle: extra work, never a missed change.
 */
export async function latestMarks(client: OrgClient): Promise<Marks> {
  const latest = await queryEach(client, latestSoql);
  const marks = {} as Marks;
  for (const object of WATCHED) {
    const rows = latest[object];
    const stamp = rows[0] ? iso(rows[0].SystemModstamp) : null;
    const seen = rows
      .map((row) => `${String(row.Id)}@${iso(row.SystemModstamp)}`)
      .filter((key) => stamp !== null && secondOf(key.slice(key.indexOf('@') + 1)) === secondOf(stamp));
    // A full page of one second: more rows may share it, so that second is passed over whole.
    marks[object] = seen.length >= LATEST_ROWS ? { stamp, seen: [], past: true } : { stamp, seen };
  }
  return marks;
}

/** What changed since the marks, by anyone but `userId` (the roll-up's own user), as of `now`. */
export async function readChanges(
  client: OrgClient,
  userId: string,
  marks: Marks,
  now: Date,
  settleMs = SETTLE_MS
): Promise<Changes> {
  const found = await queryEach(client, (object) => changesSoql(object, userId, marks[object]));
  const opportunityIds = new Set<string>();
  const rows = {} as Record<Watched, number>;
  const next = {} as Marks;
  // The latest second taken as settled: rows of later seconds leave the mark where it is.
  const settled = secondOf(new Date(now.getTime() - settleMs).toISOString());
  for (const object of WATCHED) {
    const seen = new Set(marks[object].seen);
    const mark: Mark = { ...marks[object], seen: [...marks[object].seen] };
    rows[object] = 0;
    for (const row of found[object]) {
      const stamp = iso(row.SystemModstamp);
      const key = `${String(row.Id)}@${stamp}`;
      if (seen.has(key)) continue;
      rows[object]++;
      const opportunityId = SOURCES[object].opportunity(row);
      if (typeof opportunityId === 'string') opportunityIds.add(opportunityId);
      // Not settled yet (rows arrive in stamp order, so neither are the rest): read again next cycle.
      if (secondOf(stamp) > settled) continue;
      // Rows arrive in stamp order: a later second starts a new set of rows seen at the mark.
      if (mark.stamp === null || secondOf(stamp) > secondOf(mark.stamp)) {
        mark.seen = [];
        mark.past = false;
      }
      if (mark.stamp === null || stamp > mark.stamp) mark.stamp = stamp;
      mark.seen.push(key);
    }
    const second = mark.stamp === null ? '' : secondOf(mark.stamp);
    const seenAtMark = mark.seen.filter((k) => secondOf(k.slice(k.indexOf('@') + 1)) === second);
    // A full page of one second, all read (a bulk load): passed over whole, as latestMarks does, so
    // that idle cycles do not read those rows again page by page.
    next[object] =
      seenAtMark.length >= LATEST_ROWS
        ? { past: true, stamp: mark.stamp, seen: [] }
        : { ...(mark.past ? { past: true } : {}), stamp: mark.stamp, seen: seenAtMark };
  }
  return { opportunityIds, rows, next };
}
