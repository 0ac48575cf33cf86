import type { OrgClient } from '../../salesforce/orgClient.ts';
import { saveCollection, type RecordFailure, type SaveRecord } from '../../salesforce/collections.ts';
import { withRetry, type RetryPolicy } from '../../salesforce/retry.ts';
import { SyncError } from '../../salesforce/errors.ts';
import { flag, text, type Row } from '../../salesforce/rowValues.ts';
import type { WriteLedger } from '../writeLedger.ts';
import { claimRow, type Claim } from './ledger.ts';
import { readByValues } from './read.ts';
import {
  CLOSED_MARKER,
  OPEN_STEP_STATUSES,
  followFields,
  subjectOf,
  taskStatuses,
  toSyncTask,
  type SellerStep,
  type StepCompletion,
  type SyncTask,
  type TaskChange,
  type TaskPlan,
  type TaskStatuses
} from './taskPlan.ts';
import { taskDescription } from './wording.ts';

export interface TaskTally {
  created: number;
  updated: number;
  reopened: number;
  closed: number;
  /** Steps completed because their Task was completed in Salesforce. */
  stepsCompleted: number;
  /** Steps whose Task a user deleted: not made again. */
  dismissed: number;
  notSent: number;
  failures: RecordFailure[];
}

interface Context {
  runId: string;
  retry: RetryPolicy;
  ledger: WriteLedger;
  today: string;
  /** The org's Task statuses (TaskStatus), read once per run. */
  statuses: TaskStatuses;
}

/** Pairs of (claim, Task) a create request carries: 200 records. */
const PAIRS_PER_REQUEST = 100;

interface SaveResult {
  id?: string;
  success: boolean;
  errors: { statusCode: string; message: string }[];
}

/** The org's Task statuses (one query a run): which one a new Task takes, which one closes a Task. */
export async function readTaskStatuses(client: OrgClient): Promise<TaskStatuses> {
  const rows = await client.queryAll<Row>(
    'SELECT ApiName, MasterLabel, IsClosed, IsDefault FROM TaskStatus ORDER BY SortOrder'
  );
  const statuses = taskStatuses(
    rows.map((row) => ({
      apiName: text(row.ApiName) ?? text(row.MasterLabel) ?? '',
      isClosed: flag(row.IsClosed),
      isDefault: flag(row.IsDefault)
    }))
  );
  if (!statuses)
    throw new SyncError('The org has no open or no closed Task status (Setup → Task → Fields → Status).', {
      errorCode: 'MISSING_FIELDS',
      action:
        'Give the Task Status picklist an open and a closed value, or turn Create Tasks off in Plan_Reminder_Setting__mdt.Default, then run again. Nothing was sent.',
      exitCode: 2
    });
  return statuses;
}

function taskClaim(step: SellerStep): Claim {
  return {
    key: `task:${step.id}`,
    kind: 'Task',
    recordId: step.id,
    recipientId: step.ownerUserId,
    planId: step.planId,
    detail: subjectOf(step)
  };
}

function newTask(step: SellerStep, statuses: TaskStatuses): SaveRecord {
  return {
    attributes: { type: 'Task' },
    ...followFields(step, null, statuses),
    Priority: step.isMilestone ? 'High' : 'Normal',
    Description: taskDescription(step),
    Plan_Step_Key__c: step.id
  };
}

/**
 * Creates each step's Task together with its claim row, in one all-or-none request of up to 100
 * pairs: a Task exists only with its claim, and a claim key is unique, so the sync never makes two
 * Tasks for a step (a rerun, a crash, two runs at once). A pair whose claim exists already is taken
 * out and the rest sent again; those steps are returned, to find their Task (closed, or deleted).
 */
async function createPairs(
  client: OrgClient,
  steps: readonly SellerStep[],
  context: Context,
  tally: TaskTally
): Promise<SellerStep[]> {
  const taken: SellerStep[] = [];
  for (let start = 0; start < steps.length; start += PAIRS_PER_REQUEST) {
    let pending = steps.slice(start, start + PAIRS_PER_REQUEST);
    while (pending.length > 0) {
      if (!client.meter.allows(2)) {
        tally.notSent += steps.length - start;
        return taken;
      }
      const records = [
        ...pending.map((s) => claimRow(taskClaim(s), context.runId)),
        ...pending.map((s) => newTask(s, context.statuses))
      ];
      const results = await withRetry(
        () =>
          client.requestJson<SaveResult[]>(
            'POST',
            '/composite/sobjects',
            { allOrNone: true, records },
            'rest:collections-create'
          ),
        context.retry
      );
      if (results.every((r) => r.success)) {
        tally.created += pending.length;
        context.ledger.wrote('Tasks', pending.length);
        break;
      }
      const keep: SellerStep[] = [];
      const duplicates: SellerStep[] = [];
      pending.forEach((step, i) => {
        const errors = [results.at(i), results.at(pending.length + i)].flatMap((r) => r?.errors ?? []);
        const real = errors.find((e) => e.statusCode !== 'ALL_OR_NONE_OPERATION_ROLLED_BACK');
        if (!real) keep.push(step);
        else if (real.statusCode === 'DUPLICATE_VALUE') duplicates.push(step);
        else tally.failures.push({ key: step.id, errorCode: real.statusCode, message: real.message });
      });
      // A lost answer sent again: the claims are this run's own, made with their Tasks.
      const own = await ownClaims(client, duplicates, context.runId);
      tally.created += own.size;
      for (const step of duplicates) if (!own.has(step.id)) taken.push(step);
      if (keep.length === pending.length) {
        // Nothing identifiable to take out: report the whole batch rather than loop.
        for (const step of keep)
          tally.failures.push({
            key: step.id,
            errorCode: 'UNKNOWN_ERROR',
            message: 'the org refused the batch'
          });
        break;
      }
      context.ledger.rejected('Tasks', pending.length - keep.length - own.size);
      pending = keep;
    }
  }
  return taken;
}

async function ownClaims(
  client: OrgClient,
  steps: readonly SellerStep[],
  runId: string
): Promise<Set<string>> {
  const own = new Set<string>();
  if (steps.length === 0) return own;
  await readByValues(
    client,
    steps.map((s) => `task:${s.id}`),
    (list) => `SELECT Record_Id__c, Run_Id__c FROM Plan_Reminder__c WHERE Reminder_Key__c IN ${list}`,
    (row) => {
      if (text(row.Run_Id__c) === runId) own.add(String(row.Record_Id__c));
    }
  );
  return own;
}

/** Steps whose Task was claimed before: a closed Task is opened again; a deleted one is left deleted. */
async function reopen(
  client: OrgClient,
  steps: readonly SellerStep[],
  statuses: TaskStatuses,
  tally: TaskTally
): Promise<TaskChange[]> {
  const byId = new Map(steps.map((s) => [s.id, s]));
  const found = new Map<string, SyncTask>();
  await readByValues(
    client,
    [...byId.keys()],
    (list) =>
      `SELECT Id, Subject, Status, IsClosed, ActivityDate, OwnerId, WhatId, Plan_Step_Key__c, Plan_Step_Status__c, CompletedDateTime FROM Task WHERE Plan_Step_Key__c IN ${list}`,
    (row) => {
      const task = toSyncTask(row);
      found.set(task.stepId, task);
    }
  );
  const changes: TaskChange[] = [];
  for (const step of steps) {
    const task = found.get(step.id);
    if (!task) {
      tally.dismissed++;
      continue;
    }
    const fields = { ...followFields(step, { ...task, stepStatus: null }, statuses) };
    changes.push({ taskId: task.id, stepId: step.id, fields, why: 'step open again' });
  }
  return changes;
}

/**
 * Orphans: a Task whose step is done, deleted, in a closed plan or no longer a user's is closed. A
 * closed one completes its open step only when its owner is still the step's owner user.
 */
async function orphanChanges(
  client: OrgClient,
  orphans: readonly SyncTask[],
  completedDate: (task: SyncTask) => string,
  statuses: TaskStatuses
): Promise<{ close: TaskChange[]; complete: StepCompletion[] }> {
  const steps = new Map<
    string,
    { status: string | null; planStatus: string | null; ownerUserId: string | null }
  >();
  await readByValues(
    client,
    [...new Set(orphans.map((t) => t.stepId))],
    (list) =>
      `SELECT Id, Status__c, Plan__r.Status__c, Owner__r.User__c FROM Plan_Step__c WHERE Id IN ${list}`,
    (row) =>
      steps.set(String(row.Id), {
        status: text(row.Status__c),
        planStatus: text(row['Plan__r.Status__c']),
        ownerUserId: text(row['Owner__r.User__c'])
      })
  );
  const close: TaskChange[] = [];
  const complete: StepCompletion[] = [];
  for (const task of orphans) {
    const step = steps.get(task.stepId);
    const stepOpen =
      step !== undefined && OPEN_STEP_STATUSES.some((s) => s === (step.status ?? 'Not Started'));
    const marker = step && !stepOpen ? (step.status ?? CLOSED_MARKER) : CLOSED_MARKER;
    if (task.isClosed && stepOpen && step.planStatus === 'Active' && step.ownerUserId === task.ownerId) {
      complete.push({ stepId: task.stepId, taskId: task.id, completedDate: completedDate(task) });
      continue;
    }
    const fields: Record<string, unknown> = { Plan_Step_Status__c: marker };
    if (!task.isClosed) fields.Status = statuses.closed;
    close.push({
      taskId: task.id,
      stepId: task.stepId,
      fields,
      why: task.isClosed ? 'marked' : 'step closed'
    });
  }
  return { close, complete };
}

async function updateTasks(
  client: OrgClient,
  changes: readonly TaskChange[],
  context: Context
): Promise<RecordFailure[]> {
  if (changes.length === 0) return [];
  const outcome = await saveCollection(
    client,
    { kind: 'update' },
    changes.map((c) => ({ attributes: { type: 'Task' }, Id: c.taskId, ...c.fields })),
    { allOrNone: false, retry: context.retry, keyOf: (record) => String(record.Id) }
  );
  context.ledger.wrote('Tasks', changes.length - outcome.failures.length);
  context.ledger.rejected('Tasks', outcome.failures.length);
  return outcome.failures;
}

/** Completes the steps whose Task was completed, then marks those Tasks (so they are not read again). */
async function completeSteps(
  client: OrgClient,
  completions: readonly StepCompletion[],
  context: Context,
  tally: TaskTally
): Promise<void> {
  if (completions.length === 0) return;
  const outcome = await saveCollection(
    client,
    { kind: 'update' },
    completions.map((c) => ({
      attributes: { type: 'Plan_Step__c' },
      Id: c.stepId,
      Status__c: 'Done',
      Completed_Date__c: c.completedDate
    })),
    { allOrNone: false, retry: context.retry, keyOf: (record) => String(record.Id) }
  );
  tally.failures.push(...outcome.failures);
  const done = completions.filter((_, i) => outcome.ids[i]);
  tally.stepsCompleted += done.length;
  context.ledger.wrote('plan steps', done.length);
  context.ledger.rejected('plan steps', outcome.failures.length);
  tally.failures.push(
    ...(await updateTasks(
      client,
      done.map((c) => ({
        taskId: c.taskId,
        stepId: c.stepId,
        fields: { Plan_Step_Status__c: 'Done' },
        why: 'step completed'
      })),
      context
    ))
  );
}

/** Carries out a task plan (not in a dry run): creates, reopens, updates, closes, completes. */
export async function applyTaskPlan(
  client: OrgClient,
  plan: TaskPlan,
  completedDate: (task: SyncTask) => string,
  context: Context
): Promise<TaskTally> {
  const tally: TaskTally = {
    created: 0,
    updated: 0,
    reopened: 0,
    closed: 0,
    stepsCompleted: 0,
    dismissed: 0,
    notSent: 0,
    failures: []
  };
  const orphans = await orphanChanges(client, plan.orphans, completedDate, context.statuses);
  context.ledger.plan('Tasks', plan.create.length + plan.update.length + orphans.close.length);
  context.ledger.plan('plan steps', plan.complete.length + orphans.complete.length);
  await completeSteps(client, [...plan.complete, ...orphans.complete], context, tally);
  const taken = await createPairs(client, plan.create, context, tally);
  const reopened = await reopen(client, taken, context.statuses, tally);
  const failures = await updateTasks(client, [...plan.update, ...reopened, ...orphans.close], context);
  tally.failures.push(...failures);
  const failed = new Set(failures.map((f) => f.key));
  tally.updated = plan.update.filter((c) => !failed.has(c.taskId)).length;
  tally.reopened = reopened.filter((c) => !failed.has(c.taskId)).length;
  tally.closed = orphans.close.filter((c) => !failed.has(c.taskId) && c.fields.Status !== undefined).length;
  return tally;
}
