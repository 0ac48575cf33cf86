import type { OrgClient } from '../api/orgClient.ts';
import { bulkQuery, type BulkQueryOptions } from '../api/bulkQuery.ts';
import { ROLLUP_FIELDS } from './opportunityFields.ts';
import { OPPORTUNITY_FACT_FIELDS, PLAN_FIELDS, STEP_FIELDS, num, preferPlan, type Row } from './records.ts';

/** Where a roll-up reads its deals: REST for small volumes, Bulk API 2.0 for large ones. */
export interface DealSource {
  readonly api: 'rest' | 'bulk';
  opportunities(onRow: (row: Row) => void): Promise<void>;
  /** Each opportunity's chosen plan (Active first, then Completed). */
  plans(): Promise<Map<string, Row>>;
  /** The steps of the chosen plans, a group of plans at a time, keyed by plan Id. */
  steps(chosen: Map<string, Row>): AsyncIterable<Map<string, Row[]>> | Iterable<Map<string, Row[]>>;
}

export interface Scope {
  closedLookbackDays: number;
}

function opportunityWhere(scope: Scope, prefix = ''): string {
  return `(${prefix}IsClosed = false OR ${prefix}CloseDate = LAST_N_DAYS:${scope.closedLookbackDays})`;
}

export function opportunitySoql(scope: Scope, extraFields: readonly string[]): string {
  const fields = [...new Set([...OPPORTUNITY_FACT_FIELDS, ...ROLLUP_FIELDS, ...extraFields])];
  return `SELECT ${fields.join(', ')} FROM Opportunity WHERE ${opportunityWhere(scope)}`;
}

function planWhere(scope: Scope): string {
  return `Status__c IN ('Active', 'Completed') AND ${opportunityWhere(scope, 'Opportunity__r.')}`;
}

export function countSoql(scope: Scope): { opportunities: string; steps: string } {
  return {
    opportunities: `SELECT COUNT() FROM Opportunity WHERE ${opportunityWhere(scope)}`,
    steps: `SELECT COUNT() FROM Plan_Step__c WHERE Plan__r.Status__c IN ('Active', 'Completed') AND ${opportunityWhere(scope, 'Plan__r.Opportunity__r.')}`
  };
}

function choose(plans: Map<string, Row>, row: Row): void {
  const opportunityId = String(row.Opportunity__c);
  if (preferPlan(plans.get(opportunityId), row)) plans.set(opportunityId, row);
}

export class RestDealSource implements DealSource {
  readonly api = 'rest' as const;
  private readonly client: OrgClient;
  private readonly scope: Scope;
  private readonly extraFields: readonly string[];

  constructor(client: OrgClient, scope: Scope, extraFields: readonly string[]) {
    this.client = client;
    this.scope = scope;
    this.extraFields = extraFields;
  }

  async opportunities(onRow: (row: Row) => void): Promise<void> {
    for await (const page of this.client.queryPages<Row>(opportunitySoql(this.scope, this.extraFields)))
      page.forEach(onRow);
  }

  async plans(): Promise<Map<string, Row>> {
    const soql = `SELECT ${PLAN_FIELDS.join(', ')}, (SELECT ${STEP_FIELDS.join(', ')} FROM Plan_Steps__r) FROM Mutual_Action_Plan__c WHERE ${planWhere(this.scope)}`;
    const chosen = new Map<string, Row>();
    for await (const page of this.client.queryPages<Row>(soql)) {
      for (const row of page) {
        row.__steps = await this.allChildSteps(row.Plan_Steps__r);
        delete row.Plan_Steps__r;
        choose(chosen, row);
      }
    }
    return chosen;
  }

  /** A plan's steps; when a child result overflows, the rest follows its own nextRecordsUrl. */
  private async allChildSteps(child: unknown): Promise<Row[]> {
    if (!child || typeof child !== 'object') return [];
    let result = child as { records: Row[]; done: boolean; nextRecordsUrl?: string };
    const steps = [...result.records];
    while (!result.done && result.nextRecordsUrl) {
      result = await this.client.queryPage<Row>(result.nextRecordsUrl, true);
      steps.push(...result.records);
    }
    return steps;
  }

  *steps(chosen: Map<string, Row>): Generator<Map<string, Row[]>> {
    const byPlan = new Map<string, Row[]>();
    for (const plan of chosen.values())
      byPlan.set(String(plan.Id), (plan.__steps as Row[] | undefined) ?? []);
    yield byPlan;
  }
}

export class BulkDealSource implements DealSource {
  readonly api = 'bulk' as const;
  private readonly client: OrgClient;
  private readonly scope: Scope;
  private readonly extraFields: readonly string[];
  private readonly options: BulkQueryOptions;
  /** Steps held in memory at once: the plans are read in Id ranges of about this many steps. */
  private readonly stepsPerRange: number;

  constructor(
    client: OrgClient,
    scope: Scope,
    extraFields: readonly string[],
    options: BulkQueryOptions,
    stepsPerRange: number
  ) {
    this.client = client;
    this.scope = scope;
    this.extraFields = extraFields;
    this.options = options;
    this.stepsPerRange = stepsPerRange;
  }

  async opportunities(onRow: (row: Row) => void): Promise<void> {
    for await (const page of bulkQuery(
      this.client,
      opportunitySoql(this.scope, this.extraFields),
      this.options
    ))
      page.forEach(onRow);
  }

  async plans(): Promise<Map<string, Row>> {
    const soql = `SELECT ${PLAN_FIELDS.join(', ')} FROM Mutual_Action_Plan__c WHERE ${planWhere(this.scope)}`;
    const chosen = new Map<string, Row>();
    for await (const page of bulkQuery(this.client, soql, this.options))
      page.forEach((row) => choose(chosen, row));
    return chosen;
  }

  /**
   * Bulk API 2.0 cannot order results, so steps are read in contiguous ranges of plan Ids sized by
   * the plans' step-count roll-up: each range's steps are complete when its job ends.
   */
  async *steps(chosen: Map<string, Row>): AsyncGenerator<Map<string, Row[]>> {
    const planIds = [...chosen.values()]
      .map((plan) => ({ id: String(plan.Id), steps: num(plan.Step_Count__c) ?? 20 }))
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    let start = 0;
    while (start < planIds.length) {
      let end = start;
      let steps = 0;
      while (end < planIds.length && (end === start || steps + planIds[end].steps <= this.stepsPerRange))
        steps += planIds[end++].steps;
      const first = planIds[start].id;
      const last = planIds[end - 1].id;
      const wanted = new Set(planIds.slice(start, end).map((p) => p.id));
      const soql = `SELECT ${STEP_FIELDS.join(', ')} FROM Plan_Step__c WHERE Plan__c >= '${first}' AND Plan__c <= '${last}' AND Plan__r.Status__c IN ('Active', 'Completed')`;
      const byPlan = new Map<string, Row[]>([...wanted].map((id) => [id, []]));
      for await (const page of bulkQuery(this.client, soql, this.options)) {
        for (const row of page) byPlan.get(String(row.Plan__c))?.push(row);
      }
      yield byPlan;
      start = end;
    }
  }
}
