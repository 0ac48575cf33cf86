import type { OrgClient } from '../../salesforce/orgClient.ts';
import { flag, num, text, type Row } from '../../salesforce/rowValues.ts';

/** What `plan-sync remind` does: the Plan_Reminder_Setting__mdt record named Default. */
export interface ReminderSettings {
  createTasks: boolean;
  sendNotifications: boolean;
  sendDigests: boolean;
  /** A buyer contact gets at most one digest per period of this many days. */
  digestPeriodDays: number;
  /** A buyer's step due within this many days is "due soon". */
  dueSoonDays: number;
  /** An overdue step or a buyer update older than this many days is not news. */
  overdueLookbackDays: number;
  /** An org-wide address to send digests from (else the running user). */
  digestSenderAddress: string | null;
}

/** Used for a field the record leaves blank, or when there is no Default record. */
export const DEFAULT_REMINDER_SETTINGS: ReminderSettings = {
  createTasks: true,
  sendNotifications: true,
  sendDigests: true,
  digestPeriodDays: 7,
  dueSoonDays: 3,
  overdueLookbackDays: 7,
  digestSenderAddress: null
};

export const SETTING_FIELDS = [
  'Create_Tasks__c',
  'Send_Notifications__c',
  'Send_Buyer_Digests__c',
  'Digest_Period_Days__c',
  'Due_Soon_Days__c',
  'Overdue_Lookback_Days__c',
  'Digest_Sender_Address__c'
] as const;

const positive = (value: unknown, fallback: number): number => {
  const n = num(value);
  return n !== null && n >= 1 ? Math.floor(n) : fallback;
};

export async function readReminderSettings(
  client: OrgClient,
  warnings: { warn(message: string): void }
): Promise<ReminderSettings> {
  const rows = await client.queryAll<Row>(
    `SELECT DeveloperName, ${SETTING_FIELDS.join(', ')} FROM Plan_Reminder_Setting__mdt WHERE DeveloperName = 'Default' LIMIT 1`
  );
  const row = rows.at(0);
  if (!row) {
    warnings.warn('No Plan_Reminder_Setting__mdt record named Default: using the default reminder settings.');
    return { ...DEFAULT_REMINDER_SETTINGS };
  }
  const d = DEFAULT_REMINDER_SETTINGS;
  return {
    createTasks: flag(row.Create_Tasks__c),
    sendNotifications: flag(row.Send_Notifications__c),
    sendDigests: flag(row.Send_Buyer_Digests__c),
    digestPeriodDays: positive(row.Digest_Period_Days__c, d.digestPeriodDays),
    dueSoonDays: positive(row.Due_Soon_Days__c, d.dueSoonDays),
    overdueLookbackDays: positive(row.Overdue_Lookback_Days__c, d.overdueLookbackDays),
    digestSenderAddress: text(row.Digest_Sender_Address__c)
  };
}
