import type { OrgClient } from '../../salesforce/orgClient.ts';
import { bulkQuery, type BulkQueryOptions } from '../../salesforce/bulkQuery.ts';
import { ROLLUP_FIELDS } from './opportunityFields.ts';
import { planRanges, RangeSteps } from './stepRanges.ts';
import { COUNTING_ORDER } from '../engine.ts';
import { ChildRows, planChildSubqueries, readRisksAndCommittees } from './planExtras.ts';
import {
  Interner,
  OPPORTUNITY_FACT_FIELDS,
  PLAN_FIELDS,
  STEP_FIELDS,
  countsOverRecord,
  toDeal,
  toPlanRecord,
  toStep,
  type Deal,
  type PlanRecord,
  type Row,
  type StoredStep
} from './records.ts';

/**
 * Where a roll-up reads its deals: REST for small volumes, Bulk API 2.0 for large ones. Rows are
 * turned into the slim records the roll-up keeps (Deal, PlanRecord, StoredStep: the engine's PlanStep) as
 * they arrive, so no source holds the org's rows as they came.
 */
export interface DealSource {
  readonly api: 'rest' | 'bulk';
  opportunities(onDeal: (deal: Deal) => void): Promise<void>;
  /**
   * Each opportunity's plan that counts (the engine's planThatCounts rule), keyed by opportunity Id,
   * with its open risks and, for an Active plan, its buyer stakeholders.
   */
  plans(): Promise<Map<string, PlanRecord>>;
  /** The steps of the given plans (keyed by plan Id), a group of plans at a time. */
  steps(
    plans: ReadonlyMap<string, PlanRecord>
  ): AsyncIterable<Iterable<[string, StoredStep[]]>> | Iterable<Iterable<[string, StoredStep[]]>>;
}

export interface Scope {
  closedLookbackDays: number;
  /** Only these opportunities (the deals `rollup --watch` saw change); every one in scope when absent. */
  opportunityIds?: readonly string[];
}

function opportunityWhere(scope: Scope, prefix = ''): string {
  const inScope = `(${prefix}IsClosed = false OR ${prefix}CloseDate = LAST_N_DAYS:${scope.closedLookbackDays})`;
  if (!scope.opportunityIds) return inScope;
  return `${inScope} AND ${prefix}Id IN (${scope.opportunityIds.map((id) => `'${id}'`).join(', ')})`;
}

export function opportunitySoql(scope: Scope, extraFields: readonly string[]): string {
  const fields = [...new Set([...OPPORTUNITY_FACT_FIELDS, ...ROLLUP_FIELDS, ...extraFields])];
  return `SELECT ${fields.join(', ')} FROM Opportunity WHERE ${opportunityWhere(scope)}`;
}

/** The fields whose current values a deal keeps: those the roll-up may write. */
function writtenFields(extraFields: readonly string[]): string[] {
  return [...ROLLUP_FIELDS, ...extraFields];
}

/** The plan statuses that can count, as a SOQL list: only those plans are read. */
const COUNTING_STATUSES = `(${COUNTING_ORDER.map((status) => `'${status}'`).join(', ')})`;

function planWhere(scope: Scope): string {
  return `Status__c IN ${COUNTING_STATUSES} AND ${opportunityWhere(scope, 'Opportunity__r.')}`;
}

/** The plans in scope as seen from a plan's child (risks, stakeholders): those that can count, and the Active ones. */
function childPlanScope(scope: Scope): { counting: string; active: string } {
  const opportunity = opportunityWhere(scope, 'Plan__r.Opportunity__r.');
  return {
    counting: `Plan__r.Status__c IN ${COUNTING_STATUSES} AND ${opportunity}`,
    active: `Plan__r.Status__c = 'Active' AND ${opportunity}`
  };
}

export function countSoql(scope: Scope): { opportunities: string; steps: string } {
  return {
    opportunities: `SELECT COUNT() FROM Opportunity WHERE ${opportunityWhere(scope)}`,
    steps: `SELECT COUNT() FROM Plan_Step__c WHERE Plan__r.Status__c IN ${COUNTING_STATUSES} AND ${opportunityWhere(scope, 'Plan__r.Opportunity__r.')}`
  };
}

function choose(plans: Map<string, PlanRecord>, candidate: PlanRecord): void {
  if (countsOverRecord(plans.get(candidate.opportunityId), candidate))
    plans.set(candidate.opportunityId, candidate);
}

export class RestDealSource implements DealSource {
  readonly api = 'rest' as const;
  private readonly client: OrgClient;
  private readonly scope: Scope;
  private readonly extraFields: readonly string[];
  /** REST reads steps with their plans (a child subquery); they wait here for steps(). */
  private readonly stepsByPlan = new Map<string, StoredStep[]>();

  constructor(client: OrgClient, scope: Scope, extraFields: readonly string[]) {
    this.client = client;
    this.scope = scope;
    this.extraFields = extraFields;
  }

  async opportunities(onDeal: (deal: Deal) => void): Promise<void> {
    const fields = writtenFields(this.extraFields);
    for await (const page of this.client.queryPages<Row>(opportunitySoql(this.scope, this.extraFields)))
      for (const row of page) onDeal(toDeal(row, fields));
  }

  async plans(): Promise<Map<string, PlanRecord>> {
    const soql = `SELECT ${PLAN_FIELDS.join(', ')}, (SELECT ${STEP_FIELDS.join(', ')} FROM Plan_Steps__r), ${planChildSubqueries()} FROM Mutual_Action_Plan__c WHERE ${planWhere(this.scope)}`;
    const chosen = new Map<string, PlanRecord>();
    const children = new ChildRows();
    for await (const page of this.client.queryPages<Row>(soql)) {
      for (const row of page) {
        const record = toPlanRecord(row);
        const previous = chosen.get(record.opportunityId);
        if (!countsOverRecord(previous, record)) continue;
        if (previous) this.stepsByPlan.delete(previous.plan.id);
        chosen.set(record.opportunityId, record);
        this.stepsByPlan.set(record.plan.id, (await this.allChildRows(row.Plan_Steps__r)).map(toStep));
        children.attach(
          record,
          await this.allChildRows(row.Plan_Risks__r),
          record.plan.status === 'Active' ? await this.allChildRows(row.Plan_Stakeholders__r) : []
        );
      }
    }
    return chosen;
  }

  /** A plan's child rows; when a child result overflows, the rest follows its own nextRecordsUrl. */
  private async allChildRows(child: unknown): Promise<Row[]> {
    if (!child || typeof child !== 'object') return [];
    let result = child as { records: Row[]; done: boolean; nextRecordsUrl?: string };
    const steps = [...result.records];
    while (!result.done && result.nextRecordsUrl) {
      result = await this.client.queryPage<Row>(result.nextRecordsUrl, true);
      steps.push(...result.records);
    }
    return steps;
  }

  *steps(plans: ReadonlyMap<string, PlanRecord>): Generator<Map<string, StoredStep[]>> {
    const byPlan = new Map<string, StoredStep[]>();
    for (const planId of plans.keys()) byPlan.set(planId, this.stepsByPlan.get(planId) ?? []);
    this.stepsByPlan.clear();
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

  async opportunities(onDeal: (deal: Deal) => void): Promise<void> {
    const fields = writtenFields(this.extraFields);
    // Deals share their repeated values (stages, dates, health): held for the whole read.
    const { intern } = new Interner();
    await bulkQuery(
      this.client,
      opportunitySoql(this.scope, this.extraFields),
      (row) => onDeal(toDeal(row, fields, intern)),
      this.options
    );
  }

  async plans(): Promise<Map<string, PlanRecord>> {
    const soql = `SELECT ${PLAN_FIELDS.join(', ')} FROM Mutual_Action_Plan__c WHERE ${planWhere(this.scope)}`;
    const chosen = new Map<string, PlanRecord>();
    const { intern } = new Interner();
    await bulkQuery(this.client, soql, (row) => choose(chosen, toPlanRecord(row, intern)), this.options);
    const byPlanId = new Map<string, PlanRecord>();
    for (const record of chosen.values()) byPlanId.set(record.plan.id, record);
    await readRisksAndCommittees(this.client, byPlanId, childPlanScope(this.scope), this.options);
    return chosen;
  }

  /**
   * Bulk API 2.0 cannot order results, so steps are read in contiguous ranges of plan Ids sized by
   * the plans' step-count roll-up: each range's steps are complete when its job ends. A range is
   * the most the roll-up holds at once; it is held compactly (RangeSteps) until assessed.
   */
  async *steps(plans: ReadonlyMap<string, PlanRecord>): AsyncGenerator<Iterable<[string, StoredStep[]]>> {
    for (const range of planRanges(plans, this.stepsPerRange)) {
      const first = range.planIds[0];
      const last = range.planIds[range.planIds.length - 1];
      const soql = `SELECT ${STEP_FIELDS.join(', ')} FROM Plan_Step__c WHERE Plan__c >= '${first}' AND Plan__c <= '${last}' AND Plan__r.Status__c IN ${COUNTING_STATUSES}`;
      const steps = new RangeSteps(range.planIds, range.steps);
      await bulkQuery(this.client, soql, (row) => steps.add(row), this.options);
      yield steps.byPlan();
    }
  }
}
