import type { OrgClient } from '../../salesforce/orgClient.ts';
import { SyncError } from '../../salesforce/errors.ts';

/** What remind reads and writes, object by object (the integration permission set grants exactly this). */
export const REMIND_READS: Readonly<Record<string, readonly string[]>> = {
  Plan_Step__c: [
    'Name',
    'Plan__c',
    'Side__c',
    'Status__c',
    'Due_Date__c',
    'Is_Milestone__c',
    'Owner__c',
    'Visibility__c'
  ],
  Plan_Stakeholder__c: ['Name', 'Side__c', 'User__c', 'Contact__c', 'Email__c'],
  Mutual_Action_Plan__c: ['Name', 'Status__c', 'Opportunity__c'],
  Plan_Buyer_Action__c: ['Type__c', 'Actor_Name__c', 'Message__c', 'Plan__c', 'Step__c', 'Seen_At__c'],
  Plan_Share__c: ['Plan__c', 'Contact__c', 'Expires_At__c', 'Revoked_At__c'],
  Plan_Reminder__c: ['Reminder_Key__c', 'Run_Id__c', 'Status__c', 'Kind__c', 'Record_Id__c'],
  Task: ['Plan_Step_Key__c', 'Plan_Step_Status__c'],
  // A digest is addressed to its buyer owner's contact: email, first name and Email Opt Out.
  Contact: ['Email', 'FirstName', 'HasOptedOutOfEmail']
};

/** Standard fields remind reads that a permission set grants field by field (FirstName comes with the name). */
export const REMIND_STANDARD_FIELD_READS: readonly string[] = ['Contact.Email', 'Contact.HasOptedOutOfEmail'];

export const REMIND_WRITES: Readonly<Record<string, readonly string[]>> = {
  // A Task completed in Salesforce completes its step.
  Plan_Step__c: ['Status__c', 'Completed_Date__c'],
  Plan_Reminder__c: [
    'Reminder_Key__c',
    'Kind__c',
    'Status__c',
    'Record_Id__c',
    'Recipient_Id__c',
    'Plan__c',
    'Sent_At__c',
    'Run_Id__c',
    'Detail__c'
  ],
  Task: ['Plan_Step_Key__c', 'Plan_Step_Status__c']
};

/** The object permissions remind needs (read what it reads; create and edit only what it writes). */
export const REMIND_OBJECTS: Readonly<Record<string, readonly string[]>> = {
  Plan_Step__c: ['allowRead', 'allowEdit'],
  Plan_Stakeholder__c: ['allowRead'],
  Mutual_Action_Plan__c: ['allowRead'],
  Plan_Buyer_Action__c: ['allowRead'],
  Plan_Share__c: ['allowRead'],
  Plan_Reminder__c: ['allowRead', 'allowCreate', 'allowEdit'],
  Contact: ['allowRead']
};

/** Read only when the org has them (the review cadence came with a later package version). */
export const REVIEW_FIELDS = ['Next_Review_Date__c'] as const;

interface Describe {
  fields: { name: string; createable: boolean; updateable: boolean }[];
}

interface CompositeAnswer {
  compositeResponse: { body: unknown; httpStatusCode: number; referenceId: string }[];
}

/** What the org offers beyond what remind needs: whether plans have a review date. */
export interface OrgSchema {
  hasReviews: boolean;
}

/**
 * Describes every object remind touches in one composite call and names, in one message, all that
 * an org on an older package version lacks, or what the running user cannot read or write (a
 * describe leaves out the fields the user cannot read, and an object it cannot read answers 404),
 * before anything is claimed or sent.
 */
export async function checkRemindSchema(client: OrgClient): Promise<OrgSchema> {
  const objects = [
    ...new Set([...Object.keys(REMIND_READS), ...Object.keys(REMIND_WRITES), 'Plan_Reminder_Setting__mdt'])
  ];
  const answer = await client.requestJson<CompositeAnswer>(
    'POST',
    '/composite',
    {
      allOrNone: false,
      compositeRequest: objects.map((name) => ({
        method: 'GET',
        url: `${client.dataPath}/sobjects/${name}/describe`,
        referenceId: name
      }))
    },
    'rest:composite-describe'
  );
  const missing: string[] = [];
  const readOnly: string[] = [];
  let hasReviews = false;
  for (const part of answer.compositeResponse) {
    const sobject = part.referenceId;
    if (part.httpStatusCode >= 400) {
      const code = Array.isArray(part.body)
        ? (part.body[0] as { errorCode?: string } | undefined)?.errorCode
        : undefined;
      if (code === 'INVALID_SESSION_ID' || part.httpStatusCode === 401)
        throw new SyncError('The session has expired or is invalid.', {
          errorCode: 'INVALID_SESSION_ID',
          action:
            'Log in again (sf org login web --alias <alias>) or refresh the access token in SF_ACCESS_TOKEN.'
        });
      missing.push(`${sobject} (the whole object)`);
      continue;
    }
    const fields = new Map((part.body as Describe).fields.map((f) => [f.name, f]));
    for (const name of [...(REMIND_READS[sobject] ?? []), ...(REMIND_WRITES[sobject] ?? [])])
      if (!fields.has(name)) missing.push(`${sobject}.${name}`);
    for (const name of REMIND_WRITES[sobject] ?? []) {
      const field = fields.get(name);
      if (field && !field.updateable && !field.createable) readOnly.push(`${sobject}.${name}`);
    }
    if (sobject === 'Mutual_Action_Plan__c') hasReviews = REVIEW_FIELDS.every((name) => fields.has(name));
  }
  if (missing.length > 0)
    throw new SyncError(
      `The org lacks, or the running user cannot read, ${missing.length} object(s) or field(s) remind needs: ${missing.join(', ')}.`,
      {
        errorCode: 'MISSING_FIELDS',
        action:
          'Deploy (or upgrade to) the Mutual Action Plans package version that includes reminders (Plan Reminder, Plan Reminder Setting, the Plan Step Key and Plan Step Status activity fields), run as the integration user holding the Mutual Action Plans Integration permission set (it reads Contact for the digests), then run again. Nothing was sent.',
        exitCode: 2
      }
    );
  if (readOnly.length > 0)
    throw new SyncError(`The running user cannot write ${readOnly.join(', ')}.`, {
      errorCode: 'FIELD_NOT_EDITABLE',
      action:
        'Run as the integration user holding the Mutual Action Plans Integration permission set (docs/admin-guide.md, "Reminders"). Nothing was sent.',
      exitCode: 2
    });
  return { hasReviews };
}

/** The package's notification type's Id (looked up by DeveloperName). */
export const NOTIFICATION_TYPE = 'Plan_Reminder';

export async function notificationTypeId(client: OrgClient): Promise<string> {
  const rows = await client.queryAll<{ Id: string }>(
    `SELECT Id FROM CustomNotificationType WHERE DeveloperName = '${NOTIFICATION_TYPE}' LIMIT 1`
  );
  const id = rows.at(0)?.Id;
  if (!id)
    throw new SyncError(`The org has no custom notification type ${NOTIFICATION_TYPE}.`, {
      errorCode: 'MISSING_FIELDS',
      action:
        'Deploy (or upgrade to) the Mutual Action Plans package version that includes reminders, or turn notifications off in Plan_Reminder_Setting__mdt.Default, then run again.',
      exitCode: 2
    });
  return id;
}
