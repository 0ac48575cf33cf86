import type { StepStatus } from '../engine.ts';
import { flag, text } from '../../salesforce/rowValues.ts';
import type { FlatRow } from './read.ts';
import { taskDescription } from './wording.ts';

/**
 * Which Tasks to create, update, close or reopen, and which steps a completed Task completes: a
 * pure function of the seller steps and the sync's Tasks. The Task's Plan_Step_Status__c (the step
 * status at the last sync) is the base of a three-way merge: it tells which side moved since.
 */
export interface SellerStep {
  id: string;
  title: string;
  planId: string;
  planName: string;
  opportunityId: string;
  opportunityName: string;
  /** The deal's owner: only that user's Task and notification name the plan and the deal. */
  opportunityOwnerId: string | null;
  status: StepStatus;
  dueDate: string | null;
  isMilestone: boolean;
  ownerUserId: string;
  ownerName: string;
}

export interface SyncTask {
  id: string;
  stepId: string;
  subject: string | null;
  status: string;
  isClosed: boolean;
  activityDate: string | null;
  ownerId: string;
  whatId: string | null;
  /** Plan_Step_Status__c: the step's status when the sync last wrote this Task. */
  stepStatus: string | null;
  completedAt: string | null;
}

export const SELLER_STEP_FIELDS = [
  'Id',
  'Name',
  'Plan__c',
  'Plan__r.Name',
  'Plan__r.Opportunity__c',
  'Plan__r.Opportunity__r.Name',
  'Plan__r.Opportunity__r.OwnerId',
  'Status__c',
  'Due_Date__c',
  'Is_Milestone__c',
  'Owner__r.User__c',
  'Owner__r.Name'
];

/** Open seller and joint steps of active plans, owned by an active user: each has one Task. */
export const SELLER_STEP_WHERE =
  "Side__c IN ('Seller', 'Joint') AND Owner__r.User__c != null AND Owner__r.User__r.IsActive = true AND Plan__r.Status__c = 'Active' AND Status__c NOT IN ('Done', 'Skipped')";

export const OPEN_STEP_STATUSES: readonly StepStatus[] = ['Not Started', 'In Progress', 'Blocked'];

export const TASK_FIELDS = [
  'Id',
  'Subject',
  'Status',
  'IsClosed',
  'ActivityDate',
  'OwnerId',
  'WhatId',
  'Plan_Step_Key__c',
  'Plan_Step_Status__c',
  'CompletedDateTime'
];

/** The sync's Tasks that may need work: open ones, and closed ones whose step was open at the last sync. */
export const TASK_WHERE = `Plan_Step_Key__c != null AND (IsClosed = false OR Plan_Step_Status__c IN (${OPEN_STEP_STATUSES.map((s) => `'${s}'`).join(', ')}))`;

/** A Task status as the org's TaskStatus rows describe it (Setup → Task → Status picklist). */
export interface TaskStatusRow {
  apiName: string;
  isClosed: boolean;
  isDefault: boolean;
}

/** The org's Task statuses as remind writes them: a step's status as a Task status. */
export interface TaskStatuses {
  /** The status of a new Task (the org's default status, else its first open one). */
  open: string;
  /** The status that closes a Task (Completed when the org has it as a closed status). */
  closed: string;
  byStep: Record<StepStatus, string>;
}

/** The statuses of a new org (TaskStatus: only Completed is closed; Not Started is the default). */
export const NEW_ORG_TASK_STATUSES: readonly TaskStatusRow[] = [
  { apiName: 'Not Started', isClosed: false, isDefault: true },
  { apiName: 'In Progress', isClosed: false, isDefault: false },
  { apiName: 'Completed', isClosed: true, isDefault: false },
  { apiName: 'Waiting on someone else', isClosed: false, isDefault: false },
  { apiName: 'Deferred', isClosed: false, isDefault: false }
];

/**
 * Maps step statuses to the org's Task statuses (rows in the org's sort order): Not Started → the
 * default, In Progress and Blocked → In Progress and Waiting on someone else when the org has them
 * open (else the default), Done and Skipped → Completed when closed, else the first closed status.
 * Null when the org has no open or no closed status (remind cannot mirror steps then).
 */
export function taskStatuses(rows: readonly TaskStatusRow[]): TaskStatuses | null {
  const openRows = rows.filter((r) => !r.isClosed);
  const open = (openRows.find((r) => r.isDefault) ?? openRows.at(0))?.apiName;
  const closedRows = rows.filter((r) => r.isClosed);
  const closed = (closedRows.find((r) => r.apiName === 'Completed') ?? closedRows.at(0))?.apiName;
  if (open === undefined || closed === undefined) return null;
  const openNamed = (name: string): string => (openRows.some((r) => r.apiName === name) ? name : open);
  return {
    open,
    closed,
    byStep: {
      'Not Started': open,
      'In Progress': openNamed('In Progress'),
      Blocked: openNamed('Waiting on someone else'),
      Done: closed,
      Skipped: closed
    }
  };
}

/** The marker of a Task closed because its step left the plan (deleted, plan closed, owner not a user). */
export const CLOSED_MARKER = 'Closed';

export function toSellerStep(row: FlatRow): SellerStep {
  return {
    id: String(row.Id),
    title: text(row.Name) ?? '',
    planId: String(row.Plan__c),
    planName: text(row['Plan__r.Name']) ?? '',
    opportunityId: String(row['Plan__r.Opportunity__c']),
    opportunityName: text(row['Plan__r.Opportunity__r.Name']) ?? '',
    opportunityOwnerId: text(row['Plan__r.Opportunity__r.OwnerId']),
    status: (text(row.Status__c) ?? 'Not Started') as StepStatus,
    dueDate: text(row.Due_Date__c),
    isMilestone: flag(row.Is_Milestone__c),
    ownerUserId: String(row['Owner__r.User__c']),
    ownerName: text(row['Owner__r.Name']) ?? ''
  };
}

export function toSyncTask(row: FlatRow): SyncTask {
  return {
    id: String(row.Id),
    stepId: String(row.Plan_Step_Key__c),
    subject: text(row.Subject),
    status: text(row.Status) ?? 'Not Started',
    isClosed: flag(row.IsClosed),
    activityDate: text(row.ActivityDate),
    ownerId: String(row.OwnerId),
    whatId: text(row.WhatId),
    stepStatus: text(row.Plan_Step_Status__c),
    completedAt: text(row.CompletedDateTime)
  };
}

/** A Task's subject: the step's title (Task subjects hold 255 characters). */
export const subjectOf = (step: SellerStep): string => step.title.slice(0, 255);

export interface TaskChange {
  taskId: string;
  stepId: string;
  fields: Record<string, unknown>;
  /** In words, for --dry-run. */
  why: string;
}

export interface StepCompletion {
  stepId: string;
  taskId: string;
  completedDate: string;
}

export interface TaskPlan {
  /** Steps with no Task the sync can see: a Task is created (or a closed one found and reopened). */
  create: SellerStep[];
  update: TaskChange[];
  /** Steps whose Task was completed in Salesforce. */
  complete: StepCompletion[];
  /** Tasks whose step is not an open seller step of an active plan any more: looked up, then closed. */
  orphans: SyncTask[];
}

/**
 * The fields of a step's Task that follow the step (its status only when the step's status moved).
 * A Task given to another owner gets the description for that owner (the deal is named only to the
 * deal's owner).
 */
export function followFields(
  step: SellerStep,
  task: SyncTask | null,
  statuses: TaskStatuses
): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  if (task?.subject !== subjectOf(step)) fields.Subject = subjectOf(step);
  if (task?.activityDate !== step.dueDate) fields.ActivityDate = step.dueDate;
  if (task?.ownerId !== step.ownerUserId) {
    fields.OwnerId = step.ownerUserId;
    fields.Description = taskDescription(step);
  }
  if (task?.whatId !== step.opportunityId) fields.WhatId = step.opportunityId;
  if (task?.stepStatus !== step.status) {
    fields.Status = statuses.byStep[step.status];
    fields.Plan_Step_Status__c = step.status;
  }
  return fields;
}

export function planTasks(
  steps: ReadonlyMap<string, SellerStep>,
  tasks: readonly SyncTask[],
  completedDate: (task: SyncTask) => string,
  statuses: TaskStatuses
): TaskPlan {
  const plan: TaskPlan = { create: [], update: [], complete: [], orphans: [] };
  const seen = new Set<string>();
  for (const task of tasks) {
    const step = steps.get(task.stepId);
    if (!step || seen.has(task.stepId)) {
      // A second Task of the same step (made by hand with the key) is left alone.
      if (!step) plan.orphans.push(task);
      continue;
    }
    seen.add(task.stepId);
    if (task.isClosed && task.ownerId === step.ownerUserId) {
      // Closed in Salesforce by the step's owner while the step was open at the last sync: done.
      plan.complete.push({ stepId: step.id, taskId: task.id, completedDate: completedDate(task) });
      continue;
    }
    // A Task closed by someone the step no longer belongs to (reassigned on the plan) does not
    // complete the step: it is opened again for the step's owner.
    const fields = followFields(step, task.isClosed ? { ...task, stepStatus: null } : task, statuses);
    if (Object.keys(fields).length > 0)
      plan.update.push({ taskId: task.id, stepId: step.id, fields, why: Object.keys(fields).join(', ') });
  }
  for (const step of steps.values()) if (!seen.has(step.id)) plan.create.push(step);
  return plan;
}
