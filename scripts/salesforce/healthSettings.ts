import type { OrgClient } from './orgClient.ts';
import {
  DEFAULT_FORECAST_WEIGHTS,
  DEFAULT_HEALTH_WEIGHTS,
  DEFAULT_THRESHOLDS,
  type ForecastWeights,
  type HealthThresholds,
  type HealthWeights
} from '../planEngine.ts';
import { flag, num, type Row } from './rowValues.ts';

/** Where a missing settings record is told (the sync CLI's Reporter, or a collector). */
export interface SettingsWarnings {
  warn(message: string): void;
}

export interface RollupSettings {
  thresholds: HealthThresholds;
  closedLookbackDays: number;
  writeStandardNextStep: boolean;
  /** Percent of the Amount counted in Plan_Adjusted_Amount__c per plan health. */
  forecastWeights: ForecastWeights;
  /** Score points of the risk, review and stakeholder coverage reasons. */
  healthWeights: HealthWeights;
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

/** Custom metadata field → forecast weight (Percent fields: 70 means 70%). */
const WEIGHT_FIELDS: Record<keyof ForecastWeights, string> = {
  onTrack: 'On_Track_Forecast_Weight__c',
  atRisk: 'At_Risk_Forecast_Weight__c',
  offTrack: 'Off_Track_Forecast_Weight__c',
  noPlan: 'No_Plan_Forecast_Weight__c',
  complete: 'Complete_Forecast_Weight__c',
  draftPlan: 'Draft_Plan_Forecast_Weight__c'
};

/** Custom metadata field → health points (risks, the review, stakeholder coverage). */
const POINT_FIELDS: Record<keyof HealthWeights, string> = {
  noEconomicBuyer: 'No_Economic_Buyer_Points__c',
  noSigner: 'No_Signer_Points__c',
  vetoAgainst: 'Veto_Against_Points__c',
  noChampion: 'No_Champion_Points__c',
  unmitigatedHighRisk: 'Unmitigated_High_Risk_Points__c',
  overdueMitigation: 'Overdue_Mitigation_Points__c',
  overdueReview: 'Overdue_Review_Points__c'
};

const SETTING_FIELDS = [
  ...Object.values(THRESHOLD_FIELDS),
  ...Object.values(WEIGHT_FIELDS),
  ...Object.values(POINT_FIELDS),
  'Closed_Lookback_Days__c',
  'Write_Standard_Next_Step__c'
];

/** The org's Plan_Health_Setting__mdt Default record as the engine's inputs, defaults filling gaps. */
export async function readSettings(client: OrgClient, reporter: SettingsWarnings): Promise<RollupSettings> {
  const rows = await client.queryAll<Row>(
    `SELECT DeveloperName, ${SETTING_FIELDS.join(', ')} FROM Plan_Health_Setting__mdt WHERE DeveloperName = 'Default' LIMIT 1`
  );
  const row = rows.at(0);
  if (!row) {
    reporter.warn('No Plan_Health_Setting__mdt record named Default: using the default thresholds.');
    return {
      thresholds: { ...DEFAULT_THRESHOLDS },
      closedLookbackDays: 30,
      writeStandardNextStep: false,
      forecastWeights: { ...DEFAULT_FORECAST_WEIGHTS },
      healthWeights: { ...DEFAULT_HEALTH_WEIGHTS }
    };
  }
  const thresholds = { ...DEFAULT_THRESHOLDS };
  for (const [key, field] of Object.entries(THRESHOLD_FIELDS) as [keyof HealthThresholds, string][]) {
    const value = num(row[field]);
    if (value !== null) thresholds[key] = value;
  }
  const forecastWeights = { ...DEFAULT_FORECAST_WEIGHTS };
  for (const [key, field] of Object.entries(WEIGHT_FIELDS) as [keyof ForecastWeights, string][]) {
    const value = num(row[field]);
    if (value !== null) forecastWeights[key] = value;
  }
  const healthWeights = { ...DEFAULT_HEALTH_WEIGHTS };
  for (const [key, field] of Object.entries(POINT_FIELDS) as [keyof HealthWeights, string][]) {
    const value = num(row[field]);
    if (value !== null) healthWeights[key] = value;
  }
  return {
    thresholds,
    closedLookbackDays: num(row.Closed_Lookback_Days__c) ?? 30,
    writeStandardNextStep: flag(row.Write_Standard_Next_Step__c),
    forecastWeights,
    healthWeights
  };
}
