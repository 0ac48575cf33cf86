/**
 * Bulk API 2.0 reads of plan steps: which plans each query job covers, and how a job's steps are
 * held until it ends (Bulk cannot order results, so a plan's steps are complete only then).
 */
import type { BulkRecord } from '../../salesforce/bulkQuery.ts';
import { CompactRows, grown } from './compactRows.ts';
import { STEP_FIELDS, toStep, type PlanRecord, type StoredStep } from './records.ts';

export interface PlanRange {
  /** Plan Ids in Id order. */
  planIds: string[];
  /** The steps expected in the range, from the plans' Step_Count__c. */
  steps: number;
}

/** The plan Ids in Id order, cut into contiguous ranges of about `stepsPerRange` steps each. */
export function planRanges(plans: ReadonlyMap<string, PlanRecord>, stepsPerRange: number): PlanRange[] {
  const sorted = [...plans.values()]
    .map((record) => ({ id: record.plan.id, steps: record.stepCount ?? 20 }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const ranges: PlanRange[] = [];
  let range: PlanRange = { planIds: [], steps: 0 };
  for (const plan of sorted) {
    if (range.planIds.length > 0 && range.steps + plan.steps > stepsPerRange) {
      ranges.push(range);
      range = { planIds: [], steps: 0 };
    }
    range.planIds.push(plan.id);
    range.steps += plan.steps;
  }
  if (range.planIds.length > 0) ranges.push(range);
  return ranges;
}

/**
 * Step fields that may be distinct from step to step (see CompactRows): Ids, edit times, and titles
 * (repeated when plans come from templates, but a rep's own steps are free text). The rest repeat.
 */
const DISTINCT_STEP_FIELDS: readonly string[] = ['Id', 'Name', 'Depends_On__c', 'LastModifiedDate'];

/** One range's step rows, held compactly, then handed out plan by plan as the engine's steps. */
export class RangeSteps {
  private readonly planIds: readonly string[];
  private readonly planIndex: Map<string, number>;
  private rows: CompactRows;
  /** The range plan index of each row. */
  private planOfRow: Uint32Array;

  constructor(planIds: readonly string[], expectedSteps: number) {
    this.planIds = planIds;
    this.planIndex = new Map(planIds.map((id, index) => [id, index]));
    this.rows = new CompactRows(
      {
        packed: DISTINCT_STEP_FIELDS,
        shared: STEP_FIELDS.filter((field) => !DISTINCT_STEP_FIELDS.includes(field))
      },
      expectedSteps
    );
    this.planOfRow = new Uint32Array(Math.max(16, expectedSteps));
  }

  /** Keeps a step of one of the range's plans (an Id range can hold other plans: they are skipped). */
  add(row: BulkRecord): void {
    const plan = this.planIndex.get(row.Plan__c);
    if (plan === undefined) return;
    const index = this.rows.add(row);
    this.planOfRow = grown(this.planOfRow, index + 1);
    this.planOfRow[index] = plan;
  }

  /**
   * Every plan of the range (in Id order) with its steps in the order they came, built one plan at
   * a time; the range's buffers are let go at the end.
   */
  *byPlan(): Generator<[string, StoredStep[]]> {
    const count = this.rows.length;
    // A counting sort of the rows by plan: starts[p] is where plan p's rows begin in `order`.
    const starts = new Uint32Array(this.planIds.length + 1);
    for (let i = 0; i < count; i++) starts[this.planOfRow[i] + 1]++;
    for (let p = 0; p < this.planIds.length; p++) starts[p + 1] += starts[p];
    const order = new Uint32Array(count);
    const next = starts.slice(0, this.planIds.length);
    for (let i = 0; i < count; i++) order[next[this.planOfRow[i]]++] = i;
    try {
      for (let p = 0; p < this.planIds.length; p++) {
        const steps: StoredStep[] = [];
        for (let k = starts[p]; k < starts[p + 1]; k++) steps.push(toStep(this.rows.row(order[k])));
        yield [this.planIds[p], steps];
      }
    } finally {
      this.rows = new CompactRows({ packed: [], shared: [] }, 0);
      this.planOfRow = new Uint32Array(0);
    }
  }
}
