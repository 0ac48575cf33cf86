import type { OrgClient } from '../api/orgClient.ts';
import { DEFAULT_THRESHOLDS, type HealthThresholds } from '../engine.ts';
import type { Reporter } from '../reporter.ts';
import { flag, num, type Row } from './records.ts';

export interface RollupSettings {
  thresholds: HealthThresholds;
  closedLookbackDays: number;
  writeStandardNextStep: boolean;
}

/** Custom metadata field → engine threshold: the one mapping between the admin's settings and the engine. */
const THRESHOLD_FIELDS: Record<keyof HealthThresholds, string> = {
  atRiskDaysOverdue: 'At_Risk_Days_Overdue__c',
  offTrackDaysOverdue: 'Off_Track_Days_Overdue__c',
  commitmentWindowDays: 'Commitment_Window_Days__c',
  stalePlanDays: 'Stale_Plan_Days__c',
  slipAtRiskDays: 'Slip_At_Risk_Days__c',
  slipOffTrackDays: 'Slip_Off_Track_Days__c'
};

export const SETTING_FIELDS = [
  ...Object.values(THRESHOLD_FIELDS),
  'Closed_Lookback_Days__c',
  'Write_Standard_Next_Step__c'
];

export async function readSettings(client: OrgClient, reporter: Reporter): Promise<RollupSettings> {
  const rows = await client.queryAll<Row>(
    `SELECT DeveloperName, ${SETTING_FIELDS.join(', ')} FROM Plan_Health_Setting__mdt WHERE DeveloperName = 'Default' LIMIT 1`
  );
  const row = rows.at(0);
  if (!row) {
    reporter.warn('No Plan_Health_Setting__mdt record named Default: using the default thresholds.');
    return { thresholds: { ...DEFAULT_THRESHOLDS }, closedLookbackDays: 30, writeStandardNextStep: false };
  }
  const thresholds = { ...DEFAULT_THRESHOLDS };
  for (const [key, field] of Object.entries(THRESHOLD_FIELDS) as [keyof HealthThresholds, string][]) {
    const value = num(row[field]);
    if (value !== null) thresholds[key] = value;
  }
  return {
    thresholds,
    closedLookbackDays: num(row.Closed_Lookback_Days__c) ?? 30,
    writeStandardNextStep: flag(row.Write_Standard_Next_Step__c)
  };
}
