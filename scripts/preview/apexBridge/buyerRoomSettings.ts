import { CALENDAR_PATH } from '../../../force-app/main/default/lwc/buyerRoomContract/buyerRoomContract.ts';
import type { OrgClient } from '../../salesforce/orgClient.ts';
import { calendarKey } from './buyerTokens.ts';
import { num, text, type Row } from './records.ts';

/** Buyer_Room_Setting__mdt 'Default', defaults filling its gaps (as the Apex settings reader does). */
export interface BuyerRoomSettings {
  /** The site's base URL without a trailing slash; null: the buyer room is not set up. */
  siteBaseUrl: string | null;
  pagePath: string;
  defaultExpiryDays: number;
  maxExpiryDays: number;
  maxActionsPerDay: number;
}

export const BUYER_ROOM_DEFAULTS: Omit<BuyerRoomSettings, 'siteBaseUrl'> = {
  pagePath: '/plan',
  defaultExpiryDays: 90,
  maxExpiryDays: 365,
  maxActionsPerDay: 200
};

/**
 * Reads the setting. `siteBaseUrl` overrides the record's site URL: the local preview serves the
 * buyer page itself, so it is the "site" (an admin sets the real one in Setup).
 */
export async function readBuyerRoomSettings(
  client: OrgClient,
  siteBaseUrl?: string
): Promise<BuyerRoomSettings> {
  const rows = await client.queryAll<Row>(
    `SELECT Site_Base_URL__c, Buyer_Page_Path__c, Default_Expiry_Days__c, Max_Expiry_Days__c, Max_Actions_Per_Day__c
     FROM Buyer_Room_Setting__mdt WHERE DeveloperName = 'Default' LIMIT 1`
  );
  const row = rows.at(0) ?? {};
  const site = siteBaseUrl ?? text(row.Site_Base_URL__c);
  const path = text(row.Buyer_Page_Path__c) ?? BUYER_ROOM_DEFAULTS.pagePath;
  const positive = (value: unknown, fallback: number) => {
    const n = num(value);
    return n !== null && n > 0 ? Math.floor(n) : fallback;
  };
  return {
    siteBaseUrl: site ? site.replace(/\/+$/, '') : null,
    pagePath: path.startsWith('/') ? path : `/${path}`,
    defaultExpiryDays: positive(row.Default_Expiry_Days__c, BUYER_ROOM_DEFAULTS.defaultExpiryDays),
    maxExpiryDays: positive(row.Max_Expiry_Days__c, BUYER_ROOM_DEFAULTS.maxExpiryDays),
    maxActionsPerDay: positive(row.Max_Actions_Per_Day__c, BUYER_ROOM_DEFAULTS.maxActionsPerDay)
  };
}

/** A link's calendar feed: the site's Apex REST path with the link's calendar key (never the token). */
export function calendarUrlOf(settings: BuyerRoomSettings, token: string): string {
  return `${settings.siteBaseUrl ?? ''}${CALENDAR_PATH}?k=${encodeURIComponent(calendarKey(token))}`;
}
