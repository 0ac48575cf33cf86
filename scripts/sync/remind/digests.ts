import type { OrgClient } from '../../salesforce/orgClient.ts';
import { flag, text } from '../../salesforce/rowValues.ts';
import { addDays, periodStart } from './dates.ts';
import { readByValues, readRows, type ReadOptions } from './read.ts';
import type { Outgoing } from './send.ts';
import type { ReminderSettings } from './settings.ts';
import { digestEmail, type DigestPlan } from './wording.ts';

/** A digest to send once, with who gets it and what it lists (for --dry-run and --json). */
export interface Digest extends Outgoing {
  contactId: string;
  name: string;
  email: string;
  subject: string;
  steps: number;
}

export interface DigestSkips {
  /** Buyer owners whose contact opted out of email: nothing is sent to them. */
  optedOut: number;
  /** Buyer owners with no email address. */
  noEmail: number;
  /** Buyer owners sent a digest within the last Digest Period Days (after the period was changed). */
  recent: number;
}

/**
 * The buyer steps a digest may list: open Shared steps of active plans, owned by a buyer
 * stakeholder with a contact, overdue or due within the window. Internal steps are never read.
 */
export function digestStepSoql(today: string, dueSoonDays: number): string {
  return `SELECT Id, Name, Due_Date__c, Visibility__c, Plan__c, Plan__r.Name, Plan__r.Opportunity__c, Owner__r.Name, Owner__r.Email__c, Owner__r.Contact__c, Owner__r.Contact__r.Email, Owner__r.Contact__r.FirstName, Owner__r.Contact__r.HasOptedOutOfEmail FROM Plan_Step__c WHERE Visibility__c = 'Shared' AND Owner__r.Side__c = 'Buyer' AND Owner__r.Contact__c != null AND Plan__r.Status__c = 'Active' AND Status__c NOT IN ('Done', 'Skipped') AND Due_Date__c != null AND Due_Date__c <= ${addDays(today, dueSoonDays)}`;
}

interface Person {
  contactId: string;
  name: string;
  firstName: string | null;
  /** The contact's email (then the org's Send Email action addresses the contact itself), else the stakeholder's. */
  contactEmail: string | null;
  stakeholderEmail: string | null;
  optedOut: boolean;
  plans: Map<string, { name: string; opportunityId: string; steps: DigestPlan['steps'] }>;
}

/** Each buyer owner's digest for this period, built from the org's rows; opted-out contacts get none. */
export async function buildDigests(
  client: OrgClient,
  settings: ReminderSettings,
  today: string,
  now: Date,
  expected: number,
  read: ReadOptions
): Promise<{ digests: Digest[]; skips: DigestSkips }> {
  const people = new Map<string, Person>();
  await readRows(client, digestStepSoql(today, settings.dueSoonDays), expected, read, (row) => {
    // Read with the filter, checked again: an Internal step is in no email, whatever the query did.
    if (text(row.Visibility__c) === 'Internal') return;
    const contactId = String(row['Owner__r.Contact__c']);
    let person = people.get(contactId);
    if (!person) {
      person = {
        contactId,
        name: text(row['Owner__r.Name']) ?? '',
        firstName: text(row['Owner__r.Contact__r.FirstName']),
        contactEmail: text(row['Owner__r.Contact__r.Email']),
        stakeholderEmail: text(row['Owner__r.Email__c']),
        optedOut: flag(row['Owner__r.Contact__r.HasOptedOutOfEmail']),
        plans: new Map()
      };
      people.set(contactId, person);
    }
    const planId = String(row.Plan__c);
    const plan = person.plans.get(planId) ?? {
      name: text(row['Plan__r.Name']) ?? '',
      opportunityId: String(row['Plan__r.Opportunity__c']),
      steps: []
    };
    const dueDate = String(row.Due_Date__c);
    plan.steps.push({ title: text(row.Name) ?? '', dueDate, overdue: dueDate < today });
    person.plans.set(planId, plan);
  });

  const skips: DigestSkips = { optedOut: 0, noEmail: 0, recent: 0 };
  const emailable = [...people.values()].filter((p) => {
    if (p.optedOut) skips.optedOut++;
    else if (!p.contactEmail && !p.stakeholderEmail) skips.noEmail++;
    return !p.optedOut && (p.contactEmail ?? p.stakeholderEmail) !== null;
  });
  const recent = await recentlyDigested(
    client,
    emailable.map((p) => p.contactId),
    addDays(today, 1 - settings.digestPeriodDays)
  );
  const reachable = emailable.filter((p) => !recent.has(p.contactId));
  skips.recent = emailable.length - reachable.length;
  const links = await liveLinks(
    client,
    reachable.map((p) => p.contactId),
    now
  );
  const period = periodStart(today, settings.digestPeriodDays);
  const digests = reachable.map((person): Digest => {
    const plans: DigestPlan[] = [...person.plans.entries()].map(([planId, plan]) => ({
      planName: plan.name,
      steps: plan.steps.sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.title.localeCompare(b.title)),
      link: links.get(`${person.contactId}:${planId}`) ?? null
    }));
    const email = digestEmail(person, plans);
    const only = person.plans.size === 1 ? [...person.plans.values()][0] : undefined;
    const input: Record<string, unknown> = {
      emailSubject: email.subject,
      emailBody: email.body,
      ...(settings.digestSenderAddress
        ? { senderType: 'OrgWideEmailAddress', senderAddress: settings.digestSenderAddress }
        : { senderType: 'CurrentUser' }),
      // Addressed to the contact: the org's own opt-out, bounce and deliverability rules apply.
      ...(person.contactEmail
        ? { recipientId: person.contactId }
        : { emailAddresses: person.stakeholderEmail }),
      ...(only ? { relatedRecordId: only.opportunityId, logEmailOnSend: true } : {})
    };
    return {
      claim: {
        key: `digest:${person.contactId}:${period}`,
        kind: 'Buyer Digest',
        recordId: person.contactId,
        recipientId: person.contactId,
        planId: person.plans.size === 1 ? [...person.plans.keys()][0] : null,
        detail: email.subject
      },
      input,
      contactId: person.contactId,
      name: person.name,
      email: person.contactEmail ?? person.stakeholderEmail ?? '',
      subject: email.subject,
      steps: plans.reduce((n, p) => n + p.steps.length, 0)
    };
  });
  return { digests, skips };
}

/**
 * The contacts sent a digest on or after `since` (the ledger's Sent rows, claimed that day or
 * later). The period key alone allows one digest per period; this keeps a change of Digest Period
 * Days (which moves the periods) from sending a second digest within one period's days.
 */
async function recentlyDigested(
  client: OrgClient,
  contactIds: readonly string[],
  since: string
): Promise<Set<string>> {
  const found = new Set<string>();
  await readByValues(
    client,
    contactIds,
    (list) =>
      `SELECT Record_Id__c FROM Plan_Reminder__c WHERE Kind__c = 'Buyer Digest' AND Status__c = 'Sent' AND CreatedDate >= ${since}T00:00:00Z AND Record_Id__c IN ${list}`,
    (row) => {
      const id = text(row.Record_Id__c);
      if (id) found.add(id);
    }
  );
  return found;
}

/** The live link each contact holds per plan (the newest), keyed `contact:plan`. */
async function liveLinks(
  client: OrgClient,
  contactIds: readonly string[],
  now: Date
): Promise<Map<string, { sentOn: string; expiresOn: string }>> {
  const links = new Map<string, { sentOn: string; expiresOn: string; created: string }>();
  await readByValues(
    client,
    contactIds,
    (list) =>
      `SELECT Contact__c, Plan__c, CreatedDate, Expires_At__c FROM Plan_Share__c WHERE Contact__c IN ${list} AND Revoked_At__c = null AND Expires_At__c > ${now.toISOString().replace(/\.\d{3}Z$/, 'Z')}`,
    (row) => {
      const key = `${String(row.Contact__c)}:${String(row.Plan__c)}`;
      const created = String(row.CreatedDate);
      const known = links.get(key);
      if (known && known.created >= created) return;
      links.set(key, {
        sentOn: created.slice(0, 10),
        expiresOn: String(row.Expires_At__c).slice(0, 10),
        created
      });
    }
  );
  return new Map([...links].map(([key, { sentOn, expiresOn }]) => [key, { sentOn, expiresOn }]));
}
