import type {
  BuyerResolutionDto,
  PlanChangeSet
} from '../../../force-app/main/default/lwc/planContract/planContract.ts';
import { ApexError, MESSAGES, fillMessage } from './errors.ts';
import { soqlIdList, text, type Fields, type Row } from './records.ts';
import type { BridgeSession } from './session.ts';

/**
 * The buyer updates of one change set, as PlanBuyerUpdates.cls checks and writes them: seen marks,
 * and the rep's answers to Pending proposals — an accepted date needs its step update moving the
 * step to the proposed date in the same change set (the step's commitment becomes Committed by the
 * buyer who proposed it), an accepted step its step insert (linked as Created_Step__c).
 */
export const MAX_NOTE_LENGTH = 255;

export interface BuyerUpdateWrites {
  /** Extra fields of step updates by step Id (an accepted date's commitment). */
  stepFields: Map<string, Fields>;
  /** Plan_Buyer_Action__c updates; `createdStepIndex` is the insert an accepted step proposal became. */
  updates: { fields: Fields; createdStepIndex: number | null }[];
}

const NONE: BuyerUpdateWrites = { stepFields: new Map(), updates: [] };

export async function checkBuyerUpdates(
  session: BridgeSession,
  changes: PlanChangeSet,
  planId: string | null,
  userId: string
): Promise<BuyerUpdateWrites> {
  const group = changes.buyerUpdates;
  if (!group || (group.seen.length === 0 && group.resolutions.length === 0)) return NONE;
  const ids = new Set([...group.seen, ...group.resolutions.map((a) => a.id)].filter(Boolean));
  const rows = ids.size
    ? await session.client.queryAll<Row>(
        `SELECT Id, Plan__c, Type__c, Step__c, Stakeholder__c, Proposed_Date__c, Actor_Name__c, Resolution__c, Seen_At__c
         FROM Plan_Buyer_Action__c WHERE Id IN ${soqlIdList(ids)}`
      )
    : [];
  const stored = new Map(rows.map((r) => [String(r.Id), r]));
  const find = (id: string | null | undefined): Row => {
    const row = id ? stored.get(id) : undefined;
    if (!row || !planId || text(row.Plan__c) !== planId) throw new ApexError(MESSAGES.buyerUpdateNotFound);
    return row;
  };
  group.seen.forEach(find);
  const now = session.currentTime().toISOString();
  const stepFields = new Map<string, Fields>();
  const createdStep = new Map<string, number>();
  const answered = new Set<string>();
  // The wire's rows: a null one is an update not found, as in Apex.
  for (const answer of group.resolutions as (BuyerResolutionDto | null)[]) {
    const row = find(answer?.id);
    if (!answer) continue;
    checkAnswer(answer, row, answered);
    if (answer.resolution !== 'Accepted') continue;
    const type = text(row.Type__c);
    if (type === 'Date Proposed') {
      const stepId = text(row.Step__c);
      const date = text(row.Proposed_Date__c);
      const moves = changes.steps.updates.some(
        (s) => stepId !== null && s.id === stepId && s.dueDate === date
      );
      if (!stepId || !date || !moves) throw new ApexError(MESSAGES.buyerDateNotChanged);
      stepFields.set(stepId, {
        Commitment__c: 'Committed',
        Commitment_By__c: text(row.Actor_Name__c),
        Commitment_At__c: now
      });
    } else if (type === 'Step Proposed') {
      // The step it becomes: the buyer's own, on the buyer's side, shared with them.
      const index = answer.stepKey ? changes.steps.inserts.findIndex((s) => s.key === answer.stepKey) : -1;
      const insert = index < 0 ? undefined : changes.steps.inserts[index];
      if (
        insert?.side !== 'Buyer' ||
        insert.visibility !== 'Shared' ||
        insert.ownerId !== text(row.Stakeholder__c) ||
        insert.ownerKey
      )
        throw new ApexError(MESSAGES.buyerStepNotAdded);
      createdStep.set(String(row.Id), index);
    } else {
      throw new ApexError(MESSAGES.buyerResolutionNotValid);
    }
  }
  const updates = new Map<string, { fields: Fields; createdStepIndex: number | null }>();
  const markSeen = (id: string) => {
    let entry = updates.get(id);
    if (!entry) {
      entry = { fields: { Id: id }, createdStepIndex: null };
      updates.set(id, entry);
    }
    if (text(stored.get(id)?.Seen_At__c) === null) entry.fields.Seen_At__c = now;
    return entry;
  };
  group.seen.forEach(markSeen);
  for (const answer of group.resolutions) {
    const entry = markSeen(answer.id);
    Object.assign(entry.fields, {
      Resolution__c: answer.resolution,
      Resolution_Note__c: answer.note?.trim() ? answer.note.trim() : null,
      Resolved_At__c: now,
      Resolved_By__c: userId
    });
    entry.createdStepIndex = createdStep.get(answer.id) ?? null;
  }
  // The Id alone: an update already seen and not answered now has nothing to write.
  return { stepFields, updates: [...updates.values()].filter((u) => Object.keys(u.fields).length > 1) };
}

function checkAnswer(answer: BuyerResolutionDto, row: Row, answered: Set<string>): void {
  const resolution: string = answer.resolution;
  if (resolution !== 'Accepted' && resolution !== 'Declined')
    throw new ApexError(MESSAGES.buyerResolutionNotValid);
  if (text(row.Resolution__c) !== 'Pending' || answered.has(String(row.Id)))
    throw new ApexError(MESSAGES.buyerUpdateNotPending);
  answered.add(String(row.Id));
  if (answer.note && answer.note.trim().length > MAX_NOTE_LENGTH)
    throw new ApexError(fillMessage(MESSAGES.buyerNoteTooLong, [String(MAX_NOTE_LENGTH)]));
}
