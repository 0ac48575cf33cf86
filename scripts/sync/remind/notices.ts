import type { OrgClient } from '../../salesforce/orgClient.ts';
import { text } from '../../salesforce/rowValues.ts';
import { addDays } from './dates.ts';
import type { Claim } from './ledger.ts';
import { readRows, type ReadOptions } from './read.ts';
import type { Outgoing } from './send.ts';
import type { SellerStep } from './taskPlan.ts';
import { buyerUpdateNotice, overdueReviewNotice, overdueStepNotice } from './wording.ts';

/** A notification to send once, with who gets it in words (for --dry-run and --json). */
export interface Notice extends Outgoing {
  recipientName: string;
  title: string;
}

function notice(
  typeId: string,
  claim: Claim,
  recipientId: string,
  recipientName: string,
  targetId: string,
  words: { title: string; body: string }
): Notice {
  return {
    claim: { ...claim, detail: words.title },
    recipientName,
    title: words.title,
    input: {
      customNotifTypeId: typeId,
      recipientIds: [recipientId],
      title: words.title,
      body: words.body,
      targetId
    }
  };
}

/**
 * Seller steps that fell overdue within the lookback: one notice to the owner per due date (a step
 * moved to a later date and overdue again is news again).
 */
export function overdueStepNotices(
  steps: Iterable<SellerStep>,
  today: string,
  lookbackDays: number,
  typeId: string
): Notice[] {
  const since = addDays(today, -lookbackDays);
  const out: Notice[] = [];
  for (const step of steps) {
    if (!step.dueDate || step.dueDate >= today || step.dueDate < since) continue;
    out.push(
      notice(
        typeId,
        {
          key: `overdue:${step.id}:${step.dueDate}`,
          kind: 'Overdue Step',
          recordId: step.id,
          recipientId: step.ownerUserId,
          planId: step.planId,
          detail: ''
        },
        step.ownerUserId,
        step.ownerName,
        step.opportunityId,
        overdueStepNotice(step)
      )
    );
  }
  return out;
}

/**
 * Buyer updates of active plans made within the lookback and not yet seen: one notice to the deal's
 * owner, when that owner is an active user (an inactive one cannot receive it, and the send would
 * fail for good).
 */
export async function buyerUpdateNotices(
  client: OrgClient,
  today: string,
  lookbackDays: number,
  typeId: string,
  read: ReadOptions
): Promise<Notice[]> {
  const out: Notice[] = [];
  const soql = `SELECT Id, Type__c, Actor_Name__c, Message__c, Plan__c, Plan__r.Opportunity__c, Plan__r.Opportunity__r.Name, Plan__r.Opportunity__r.OwnerId, Plan__r.Opportunity__r.Owner.Name, Step__r.Name FROM Plan_Buyer_Action__c WHERE CreatedDate >= ${addDays(today, -lookbackDays)}T00:00:00Z AND Seen_At__c = null AND Plan__r.Status__c = 'Active' AND Plan__r.Opportunity__r.Owner.IsActive = true`;
  await readRows(client, soql, 0, read, (row) => {
    const ownerId = text(row['Plan__r.Opportunity__r.OwnerId']);
    const opportunityId = text(row['Plan__r.Opportunity__c']);
    if (!ownerId || !opportunityId) return;
    const opportunityName = text(row['Plan__r.Opportunity__r.Name']) ?? '';
    out.push(
      notice(
        typeId,
        {
          key: `action:${String(row.Id)}`,
          kind: 'Buyer Update',
          recordId: String(row.Id),
          recipientId: ownerId,
          planId: text(row.Plan__c),
          detail: ''
        },
        ownerId,
        text(row['Plan__r.Opportunity__r.Owner.Name']) ?? ownerId,
        opportunityId,
        buyerUpdateNotice({
          actorName: text(row.Actor_Name__c),
          type: text(row.Type__c),
          stepTitle: text(row['Step__r.Name']),
          opportunityName,
          message: text(row.Message__c)
        })
      )
    );
  });
  return out;
}

/**
 * Active plans whose next review date fell past within the lookback (as for steps: the first run
 * does not notify every review ever missed): one notice to the deal's owner, an active user, per
 * review date.
 */
export async function overdueReviewNotices(
  client: OrgClient,
  today: string,
  lookbackDays: number,
  typeId: string,
  read: ReadOptions
): Promise<Notice[]> {
  const out: Notice[] = [];
  const soql = `SELECT Id, Name, Next_Review_Date__c, Opportunity__c, Opportunity__r.Name, Opportunity__r.OwnerId, Opportunity__r.Owner.Name FROM Mutual_Action_Plan__c WHERE Status__c = 'Active' AND Next_Review_Date__c < ${today} AND Next_Review_Date__c >= ${addDays(today, -lookbackDays)} AND Opportunity__r.Owner.IsActive = true`;
  await readRows(client, soql, 0, read, (row) => {
    const ownerId = text(row['Opportunity__r.OwnerId']);
    const date = text(row.Next_Review_Date__c);
    if (!ownerId || !date) return;
    const opportunityName = text(row['Opportunity__r.Name']) ?? '';
    out.push(
      notice(
        typeId,
        {
          key: `review:${String(row.Id)}:${date}`,
          kind: 'Overdue Review',
          recordId: String(row.Id),
          recipientId: ownerId,
          planId: String(row.Id),
          detail: ''
        },
        ownerId,
        text(row['Opportunity__r.Owner.Name']) ?? ownerId,
        String(row.Opportunity__c),
        overdueReviewNotice({ name: text(row.Name) ?? '', opportunityName, nextReviewDate: date })
      )
    );
  });
  return out;
}
