import { ApexError } from './errors.ts';
import { readLabels } from './labels.ts';

/**
 * What the buyer reads when the door refuses: the Custom Labels BuyerRoomController.cls throws, read
 * from the same file, so the preview answers what the site answers. A BuyerRoomError reaches the page
 * the way an AuraHandledException does (HTTP 400, `{message}`).
 */
export class BuyerRoomError extends ApexError {}

/** Message key → Custom Label name. */
export const BUYER_ROOM_LABELS = {
  linkNotValid: 'Buyer_Room_Link_Not_Valid',
  cannotChangeStep: 'Buyer_Room_Error_Cannot_Change_Step',
  planReadOnly: 'Buyer_Room_Error_Plan_Read_Only',
  stepNotOpen: 'Buyer_Room_Error_Step_Already_Done',
  stepNotDated: 'Buyer_Room_Error_Step_Not_Dated',
  reasonRequired: 'Buyer_Room_Error_Reason_Required',
  messageRequired: 'Buyer_Room_Error_Message_Required',
  messageTooLong: 'Buyer_Room_Error_Message_Too_Long',
  dateRequired: 'Buyer_Room_Error_Date_Required',
  dateOutOfRange: 'Buyer_Room_Error_Date_Out_Of_Range',
  dateUnchanged: 'Buyer_Room_Error_Date_Same_As_Due',
  titleRequired: 'Buyer_Room_Error_Title_Required',
  titleTooLong: 'Buyer_Room_Error_Title_Too_Long',
  unreadable: 'Buyer_Room_Error_Request_Unreadable',
  requestTooLong: 'Buyer_Room_Error_Request_Too_Long',
  tooManyActions: 'Buyer_Room_Error_Too_Many_Actions',
  unexpected: 'Buyer_Room_Error_Unexpected'
} as const;

export type BuyerRoomMessageKey = keyof typeof BUYER_ROOM_LABELS;

function load(): Record<BuyerRoomMessageKey, string> {
  const labels = readLabels();
  const messages = {} as Record<BuyerRoomMessageKey, string>;
  for (const [key, name] of Object.entries(BUYER_ROOM_LABELS) as [BuyerRoomMessageKey, string][]) {
    const value = labels.get(name);
    if (value === undefined) throw new Error(`CustomLabels has no label ${name} (BuyerRoomController)`);
    messages[key] = value;
  }
  return messages;
}

export const BUYER_ROOM_MESSAGES: Readonly<Record<BuyerRoomMessageKey, string>> = load();
