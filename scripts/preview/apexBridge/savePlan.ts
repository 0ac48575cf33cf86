import type {
  PlanChangeSet,
  PlanView,
  StepDto
} from '../../../force-app/main/default/lwc/planContract/planContract.ts';
import { SalesforceApiError } from '../../salesforce/errors.ts';
import { checkSize, parseChangeSet, resolveKeys, type NewKeys } from './changeSet.ts';
import { commitmentOf } from '../../salesforce/rowValues.ts';
import { checkBuyerUpdates, type BuyerUpdateWrites } from './buyerUpdates.ts';
import { checkDependencies } from './dependencies.ts';
import { ApexError, MESSAGES, fillMessage, messageForRecordError } from './errors.ts';
import { becomesActive, checkLifecycle, lifecycleOf, withBaselines, type StepDates } from './lifecycle.ts';
import { choosePlan, getPlan } from './readPlan.ts';
import { checkRisks } from './risks.ts';
import {
  children,
  isId,
  isoDateTime,
  planFields,
  riskFields,
  soqlIdList,
  soqlString,
  stakeholderFields,
  text,
  stepFields,
  type Fields,
  type Row
} from './records.ts';
import type { BridgeSession } from './session.ts';

/**
 * PlanController.savePlan over the REST API: one change set (its steps, stakeholders, buyer
 * updates and risks), saved atomically as ONE composite request with allOrNone=true. New rows' temporary keys become `@{ref[i].id}` references, so a
 * step can name a new predecessor or a new owner in the same save. Before it, one read compares
 * the versions the user saw (optimistic concurrency on LastModifiedDate), and a change that writes
 * steps reads the plan's dependencies (no loop, none outside the plan). A fixed number of
 * requests whatever the size of the change: read, write, read the fresh view.
 */
const COLLECTION_LIMIT = 200;
const SUBREQUEST_LIMIT = 25;
/** Salesforce takes at most 5 sObject Collections (or query) subrequests in one composite. */
const COLLECTIONS_PER_COMPOSITE = 5;

interface SubRequest {
  method: 'POST' | 'PATCH' | 'DELETE';
  url: string;
  referenceId: string;
  body?: unknown;
}

interface SubResponse {
  body: unknown;
  httpStatusCode: number;
  referenceId: string;
}

interface RecordError {
  statusCode?: string;
  errorCode?: string;
  message?: string;
}

type SObjectRecord = Record<string, Fields[string] | { type: string }>;

function chunks<T>(list: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += COLLECTION_LIMIT) out.push(list.slice(i, i + COLLECTION_LIMIT));
  return out;
}

/** `@{newSteps0[3].id}`: the Id of the i-th new row of a kind, once the composite has inserted it. */
function newRowRef(base: string, index: number): string {
  return `@{${base}${Math.floor(index / COLLECTION_LIMIT)}[${index % COLLECTION_LIMIT}].id}`;
}

/** Same instant, whatever the format (Apex's 'Z' or the REST API's '+0000'). */
function sameVersion(seen: string | null, current: unknown): boolean {
  const a = isoDateTime(seen);
  const b = isoDateTime(current);
  return a !== null && a === b;
}

interface CurrentVersions {
  plans: Row[];
  steps: Map<string, Row>;
  stakeholders: Map<string, Row>;
}

/** The opportunity's plans, and the steps and stakeholders the change touches as they are now. */
async function readVersions(session: BridgeSession, changes: PlanChangeSet): Promise<CurrentVersions> {
  const opportunity = soqlString(changes.opportunityId);
  const ids = (list: { id: string | null }[]) => list.map((r) => r.id).filter(isId);
  const stepIds = ids([...changes.steps.updates, ...changes.steps.deletes]);
  const holderIds = ids([...changes.stakeholders.updates, ...changes.stakeholders.deletes]);
  const byId = (rows: Row[]) => new Map(rows.map((r) => [String(r.Id), r]));
  const [plans, steps, stakeholders] = await Promise.all([
    // The opportunity must exist (and be visible) for anything to be saved under it.
    session.client
      .queryAll<Row>(
        `SELECT Id, (SELECT Id, Status__c, CreatedDate, LastModifiedDate FROM Mutual_Action_Plans__r
           ORDER BY CreatedDate DESC, Id DESC)
         FROM Opportunity WHERE Id = ${opportunity}`
      )
      .then((rows) => {
        const row = rows.at(0);
        if (!row) throw new ApexError(MESSAGES.opportunityNotFound);
        return children(row, 'Mutual_Action_Plans__r');
      }),
    stepIds.length
      ? session.client.queryAll<Row>(
          `SELECT Id, LastModifiedDate, Due_Date__c, Baseline_Date__c, Commitment__c FROM Plan_Step__c WHERE Id IN ${soqlIdList(stepIds)}
           AND Plan__r.Opportunity__c = ${opportunity}`
        )
      : Promise.resolve([]),
    holderIds.length
      ? session.client.queryAll<Row>(
          `SELECT Id, LastModifiedDate FROM Plan_Stakeholder__c WHERE Id IN ${soqlIdList(holderIds)}
           AND Plan__r.Opportunity__c = ${opportunity}`
        )
      : Promise.resolve([])
  ]);
  return { plans, steps: byId(steps), stakeholders: byId(stakeholders) };
}

/** Refuses a change to a row that is gone or was changed since the user read it. */
function checkVersions(changes: PlanChangeSet, current: CurrentVersions): void {
  if (changes.plan?.id) {
    const plan = current.plans.find((p) => p.Id === changes.plan?.id);
    if (!plan) throw new ApexError(MESSAGES.planDeleted);
    if (!sameVersion(changes.plan.lastModified, plan.LastModifiedDate))
      throw new ApexError(MESSAGES.changedByOthers);
  }
  for (const step of [...changes.steps.updates, ...changes.steps.deletes]) {
    const row = step.id ? current.steps.get(step.id) : undefined;
    if (!row) throw new ApexError(MESSAGES.stepDeleted);
    if (!sameVersion(step.lastModified, row.LastModifiedDate)) throw new ApexError(MESSAGES.changedByOthers);
  }
  for (const holder of [...changes.stakeholders.updates, ...changes.stakeholders.deletes]) {
    const row = holder.id ? current.stakeholders.get(holder.id) : undefined;
    if (!row) throw new ApexError(MESSAGES.stakeholderDeleted);
    if (!sameVersion(holder.lastModified, row.LastModifiedDate))
      throw new ApexError(MESSAGES.changedByOthers);
  }
}

/**
 * The stored dates of the steps the change set updates and, when the save makes a stored plan
 * Active, of all its steps (one more query, as PlanLifecycle.recordBaselines makes).
 */
async function storedStepDates(
  session: BridgeSession,
  current: CurrentVersions,
  lifecycle: ReturnType<typeof lifecycleOf>
): Promise<Map<string, StepDates>> {
  const datesOf = (row: Row): StepDates => ({
    dueDate: text(row.Due_Date__c),
    baselineDate: text(row.Baseline_Date__c)
  });
  const stored = new Map([...current.steps].map(([id, row]) => [id, datesOf(row)]));
  if (becomesActive(lifecycle) && lifecycle.targetPlanId) {
    const rows = await session.client.queryAll<Row>(
      `SELECT Id, Due_Date__c, Baseline_Date__c FROM Plan_Step__c WHERE Plan__c = ${soqlString(lifecycle.targetPlanId)}`
    );
    for (const row of rows) stored.set(String(row.Id), datesOf(row));
  }
  return stored;
}

/** The plan on the rep's screen, which must still be one of the opportunity's plans. */
function onScreen(plans: Row[], planId: string): string {
  if (!plans.some((p) => p.Id === planId)) throw new ApexError(MESSAGES.planDeleted);
  return planId;
}

/** A step set to Done without a completed date gets today's. */
function withCompletedDate(step: StepDto, today: string): StepDto {
  return step.status === 'Done' && !step.completedDate ? { ...step, completedDate: today } : step;
}

/** The subrequests of one save, in dependency order: plan, new stakeholders, new steps, updates, deletes. */
function buildRequests(
  changes: PlanChangeSet,
  keys: NewKeys,
  planId: string | null,
  dataPath: string,
  baselines = new Map<string, string>(),
  extra: ExtraWrites = { updateFields: new Map(), insertFields: new Map(), buyerUpdates: [] }
): SubRequest[] {
  const requests: SubRequest[] = [];
  const collection = `${dataPath}/composite/sobjects`;
  let planRef = planId;
  if (changes.plan && !changes.plan.id) {
    requests.push({
      method: 'POST',
      url: `${dataPath}/sobjects/Mutual_Action_Plan__c`,
      referenceId: 'newPlan',
      body: { ...planFields(changes.plan), Opportunity__c: changes.opportunityId }
    });
    planRef = '@{newPlan.id}';
  }
  const ownerOf = (step: StepDto) =>
    step.ownerKey ? newRowRef('newStakeholders', keys.stakeholders.get(step.ownerKey) ?? 0) : step.ownerId;
  const record = (type: string, fields: Fields): SObjectRecord => ({ attributes: { type }, ...fields });

  const holderInserts = changes.stakeholders.inserts.map((h) =>
    record('Plan_Stakeholder__c', { ...stakeholderFields(h), Plan__c: planRef })
  );
  // New steps first without a new predecessor (it has no Id yet); those links follow as updates.
  const stepInserts = changes.steps.inserts.map((s, i) =>
    record('Plan_Step__c', {
      ...stepFields(s),
      ...extra.insertFields.get(i),
      Plan__c: planRef,
      Owner__c: ownerOf(s),
      Depends_On__c: s.dependsOnKey ? null : s.dependsOnId
    })
  );
  const updates: SObjectRecord[] = [];
  if (changes.plan?.id)
    updates.push(record('Mutual_Action_Plan__c', { Id: changes.plan.id, ...planFields(changes.plan) }));
  for (const h of changes.stakeholders.updates)
    updates.push(record('Plan_Stakeholder__c', { Id: h.id, ...stakeholderFields(h) }));
  for (const s of changes.steps.updates)
    updates.push(
      record('Plan_Step__c', {
        Id: s.id,
        ...stepFields(s),
        ...(s.id ? extra.updateFields.get(s.id) : undefined),
        Owner__c: ownerOf(s),
        Depends_On__c: s.dependsOnKey
          ? newRowRef('newSteps', keys.steps.get(s.dependsOnKey) ?? 0)
          : s.dependsOnId
      })
    );
  // Baselines an activation records on steps the change set does not otherwise touch.
  for (const [id, baseline] of baselines)
    updates.push(record('Plan_Step__c', { Id: id, Baseline_Date__c: baseline }));
  changes.steps.inserts.forEach((s, i) => {
    if (s.dependsOnKey)
      updates.push(
        record('Plan_Step__c', {
          Id: newRowRef('newSteps', i),
          Depends_On__c: newRowRef('newSteps', keys.steps.get(s.dependsOnKey) ?? 0)
        })
      );
  });
  for (const r of changes.risks?.updates ?? [])
    updates.push(record('Plan_Risk__c', { Id: r.id, ...riskFields(r) }));
  for (const update of extra.buyerUpdates)
    updates.push(
      record('Plan_Buyer_Action__c', {
        ...update.fields,
        ...(update.createdStepIndex === null
          ? {}
          : { Created_Step__c: newRowRef('newSteps', update.createdStepIndex) })
      })
    );
  // One sObject Collections subrequest per 200 records, named `<name><chunk>` for the references.
  const writeCollections = (method: 'POST' | 'PATCH', name: string, rows: SObjectRecord[]) =>
    chunks(rows).forEach((records, c) =>
      requests.push({
        method,
        url: collection,
        referenceId: `${name}${c}`,
        body: { allOrNone: true, records }
      })
    );
  writeCollections('POST', 'newStakeholders', holderInserts);
  writeCollections('POST', 'newSteps', stepInserts);
  writeCollections(
    'POST',
    'newRisks',
    (changes.risks?.inserts ?? []).map((r) => record('Plan_Risk__c', { ...riskFields(r), Plan__c: planRef }))
  );
  writeCollections('PATCH', 'updates', updates);
  // Deletes last: the org clears the lookups that point at them (steps' owner and predecessor).
  const deleteIds = [...changes.steps.deletes, ...changes.stakeholders.deletes]
    .map((r) => r.id)
    .filter((id): id is string => id !== null);
  chunks(deleteIds).forEach((ids, c) =>
    requests.push({
      method: 'DELETE',
      url: `${collection}?ids=${ids.join(',')}&allOrNone=true`,
      referenceId: `deletes${c}`
    })
  );
  return requests;
}

function errorsOf(body: unknown): RecordError[] {
  if (Array.isArray(body)) {
    return body.flatMap((item: unknown) => {
      if (!item || typeof item !== 'object') return [];
      const entry = item as { success?: boolean; errors?: RecordError[] } & RecordError;
      if (entry.success === false) return entry.errors ?? [];
      return entry.errorCode ? [entry] : [];
    });
  }
  return body && typeof body === 'object' && 'errorCode' in body ? [body as RecordError] : [];
}

const NOT_THE_CAUSE = new Set(['PROCESSING_HALTED', 'ALL_OR_NONE_OPERATION_ROLLED_BACK']);

/** The first real error of a rolled-back composite, as the sentence a rep reads; null when it saved. */
function failureOf(responses: SubResponse[]): string | null {
  let failed = false;
  for (const response of responses) {
    const errors = errorsOf(response.body);
    if (response.httpStatusCode >= 400 || errors.length) failed = true;
    const cause = errors.find((e) => !NOT_THE_CAUSE.has(e.statusCode ?? e.errorCode ?? ''));
    if (cause) return messageForRecordError(cause.statusCode ?? cause.errorCode ?? '', cause.message ?? '');
  }
  return failed ? fillMessage(MESSAGES.unexpected, ['the save was rolled back.']) : null;
}

/** What a save writes beyond the rows' own fields: commitment stamps and the buyer updates. */
interface ExtraWrites {
  updateFields: Map<string, Fields>;
  insertFields: Map<number, Fields>;
  buyerUpdates: BuyerUpdateWrites['updates'];
}

/**
 * A commitment a change sets or changes is stamped with the running user and now (the page's values
 * are ignored), then an accepted date proposal's commitment goes to the buyer who proposed it.
 */
async function extraWrites(
  session: BridgeSession,
  changes: PlanChangeSet,
  current: CurrentVersions,
  planId: string | null
): Promise<ExtraWrites> {
  const user = await session.user();
  const buyer = await checkBuyerUpdates(session, changes, planId, user.id);
  const now = session.currentTime().toISOString();
  const stamp = { Commitment_By__c: user.name, Commitment_At__c: now };
  const insertFields = new Map<number, Fields>();
  changes.steps.inserts.forEach((s, i) => {
    if (commitmentOf(s.commitment) !== 'Not Asked') insertFields.set(i, stamp);
  });
  const updateFields = new Map<string, Fields>();
  for (const s of changes.steps.updates) {
    const stored = s.id ? text(current.steps.get(s.id)?.Commitment__c) : null;
    if (s.id && commitmentOf(s.commitment) !== commitmentOf(stored)) updateFields.set(s.id, stamp);
  }
  for (const [id, fields] of buyer.stepFields) updateFields.set(id, { ...updateFields.get(id), ...fields });
  return { updateFields, insertFields, buyerUpdates: buyer.updates };
}

/** PlanController.savePlan: saves one change set atomically and returns the fresh view. */
export async function savePlan(session: BridgeSession, changeSetJson: unknown): Promise<PlanView> {
  const changes = parseChangeSet(changeSetJson);
  checkSize(changes);
  const keys = resolveKeys(changes);
  return session.exclusive(`save:${String(changes.opportunityId)}`, () => saveLocked(session, changes, keys));
}

/** savePlan once no other save of the same opportunity runs (BridgeSession.exclusive). */
async function saveLocked(session: BridgeSession, changes: PlanChangeSet, keys: NewKeys): Promise<PlanView> {
  const current = await readVersions(session, changes);
  checkVersions(changes, current);
  const inserting =
    changes.steps.inserts.length > 0 ||
    changes.stakeholders.inserts.length > 0 ||
    (changes.risks?.inserts.length ?? 0) > 0;
  // The plan on the rep's screen (planId), else the one the opportunity shows; a plan header in the
  // change set names its own.
  const shownPlanId = changes.planId ? onScreen(current.plans, changes.planId) : choosePlan(current.plans);
  await checkDependencies(session, changes, shownPlanId);
  const planId = changes.plan ? changes.plan.id : shownPlanId;
  if (inserting && !planId && !changes.plan) throw new ApexError(MESSAGES.noPlanYet);
  const lifecycle = lifecycleOf(changes, current.plans, shownPlanId);
  checkLifecycle(changes, current.plans, lifecycle);
  const baselines = withBaselines(changes, lifecycle, await storedStepDates(session, current, lifecycle));
  changes.steps.inserts = baselines.inserts;
  changes.steps.updates = baselines.updates;
  const needsToday = [...changes.steps.inserts, ...changes.steps.updates].some(
    (s) => s.status === 'Done' && !s.completedDate
  );
  if (needsToday) {
    const today = await session.today();
    changes.steps.inserts = changes.steps.inserts.map((s) => withCompletedDate(s, today));
    changes.steps.updates = changes.steps.updates.map((s) => withCompletedDate(s, today));
  }
  const extra = await extraWrites(session, changes, current, planId ?? shownPlanId);
  await checkRisks(session, changes, planId);
  const requests = buildRequests(changes, keys, planId, session.client.dataPath, baselines.others, extra);
  // Within MAX_ROWS a change set needs at most one collection of each kind; only the baselines an
  // activation adds to a plan of more than ~200 steps can pass Salesforce's limits: a guard,
  // reported as unexpected (Apex, with no such limit, saves it).
  const collections = requests.filter((r) => r.url.includes('/composite/sobjects')).length;
  if (requests.length > SUBREQUEST_LIMIT || collections > COLLECTIONS_PER_COMPOSITE)
    throw new Error(
      `${requests.length} composite subrequests (${collections} sObject Collections), more than one composite takes (${SUBREQUEST_LIMIT}, ${COLLECTIONS_PER_COMPOSITE})`
    );
  let savedPlanId = planId;
  if (requests.length) {
    let responses: SubResponse[];
    try {
      const result = await session.client.requestJson<{ compositeResponse: SubResponse[] }>(
        'POST',
        '/composite',
        { allOrNone: true, compositeRequest: requests }
      );
      responses = result.compositeResponse;
    } catch (error) {
      if (error instanceof SalesforceApiError)
        throw new ApexError(
          messageForRecordError(error.errorCode, fillMessage(MESSAGES.unexpected, [error.message]))
        );
      throw error;
    }
    const failure = failureOf(responses);
    if (failure) throw new ApexError(failure);
    const newPlan = responses.find((r) => r.referenceId === 'newPlan')?.body as { id?: string } | undefined;
    if (newPlan?.id) savedPlanId = newPlan.id;
  }
  return getPlan(session, savedPlanId ?? changes.opportunityId);
}
