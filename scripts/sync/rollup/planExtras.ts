import type { OrgClient } from '../../salesforce/orgClient.ts';
import { bulkQuery, type BulkQueryOptions } from '../../salesforce/bulkQuery.ts';
import type { PlanRisk, PlanStakeholder } from '../engine.ts';
import {
  COMMITTEE_FIELDS,
  RISK_FIELDS,
  SharedValues,
  addTo,
  toCommitteeMember,
  toRisk,
  type PlanRecord,
  type Row
} from './records.ts';

/**
 * A plan's open risks and its buying committee (buyer stakeholders), read beside its steps: the
 * engine judges them for health (docs/plan-engine.md). Only open risks are read, and only the
 * committees of Active plans (a Draft's committee is not judged).
 */

/** Risks that count: not Mitigated or Closed (the engine's isOpenRisk; a blank status is open). */
export const OPEN_RISK = `Status__c NOT IN ('Mitigated', 'Closed')`;
export const BUYER_SIDE = `Side__c = 'Buyer'`;

/** The child subqueries the REST plans query carries. */
export function planChildSubqueries(): string {
  return `(SELECT ${RISK_FIELDS.join(', ')} FROM Plan_Risks__r WHERE ${OPEN_RISK}), (SELECT ${COMMITTEE_FIELDS.join(', ')} FROM Plan_Stakeholders__r WHERE ${BUYER_SIDE})`;
}

/** Turns the child rows a REST plans query returned into the plan's risks and committee. */
export class ChildRows {
  private readonly risks = new SharedValues<PlanRisk>();
  private readonly members = new SharedValues<PlanStakeholder>();

  attach(record: PlanRecord, risks: readonly Row[], committee: readonly Row[]): void {
    for (const row of risks) record.risks = addTo(record.risks, toRisk(row, this.risks));
    for (const row of committee)
      record.committee = addTo(record.committee, toCommitteeMember(row, this.members));
  }
}

/** Polls a Bulk query job is expected to take. */
export const POLLS_PER_JOB = 4;

/** API calls a Bulk API 2.0 query job of `rows` rows takes: create, polls, result pages. */
export function bulkJobCalls(rows: number, pageSize: number): number {
  return 1 + POLLS_PER_JOB + Math.max(1, Math.ceil(rows / pageSize));
}

/** REST pages a query of `rows` rows takes. */
function restPages(rows: number): number {
  return Math.max(1, Math.ceil(rows / 2000));
}

/**
 * Reads a query's rows the cheaper way: its first REST page tells how many there are, and all of
 * them when they fit (one call, the usual case for risks); otherwise the rest comes through more
 * REST pages or one Bulk API 2.0 job, whichever takes fewer calls.
 */
export async function readRows(
  client: OrgClient,
  soql: string,
  onRow: (row: Row) => void,
  bulk: BulkQueryOptions
): Promise<void> {
  let page = await client.queryPage<Row>(soql);
  if (!page.done && restPages(page.totalSize) - 1 > bulkJobCalls(page.totalSize, bulk.pageSize)) {
    await bulkQuery(client, soql, onRow, bulk);
    return;
  }
  for (const row of page.records) onRow(row);
  while (!page.done && page.nextRecordsUrl) {
    page = await client.queryPage<Row>(page.nextRecordsUrl, true);
    for (const row of page.records) onRow(row);
  }
}

/** Reads the open risks and the Active plans' committees of the chosen plans (keyed by plan Id). */
export async function readRisksAndCommittees(
  client: OrgClient,
  plans: ReadonlyMap<string, PlanRecord>,
  planScope: { counting: string; active: string },
  bulk: BulkQueryOptions
): Promise<void> {
  const sharedRisks = new SharedValues<PlanRisk>();
  await readRows(
    client,
    `SELECT ${RISK_FIELDS.join(', ')} FROM Plan_Risk__c WHERE ${OPEN_RISK} AND ${planScope.counting}`,
    (row) => {
      const record = plans.get(String(row.Plan__c));
      if (record) record.risks = addTo(record.risks, toRisk(row, sharedRisks));
    },
    bulk
  );
  const sharedMembers = new SharedValues<PlanStakeholder>();
  await readRows(
    client,
    `SELECT ${COMMITTEE_FIELDS.join(', ')} FROM Plan_Stakeholder__c WHERE ${BUYER_SIDE} AND ${planScope.active}`,
    (row) => {
      const record = plans.get(String(row.Plan__c));
      if (record) record.committee = addTo(record.committee, toCommitteeMember(row, sharedMembers));
    },
    bulk
  );
}
