/**
 * The contract between the buyer room page (c-buyer-room, on the customer's Experience Cloud site,
 * guest access) and its one Apex door, BuyerRoomController; the local preview's bridge keeps the
 * same contract. Types and limits only. Every call names the link's token; the door hashes it
 * (SHA-256, lowercase hex), finds a live Plan_Share__c and answers only for that share's plan,
 * only with Shared steps and the buyer-safe fields below. A wrong, truncated, altered, expired or
 * revoked token, a share whose plan is Abandoned or whose stakeholder is gone: all get the same
 * answer, the Custom Label Buyer_Room_Link_Not_Valid, and no data. See docs/buyer-room.md.
 */
import type { Commitment, IsoDate, PlanStatus, Side, StepStatus } from 'c/planEngine';

export type { Commitment };

/** Plan_Buyer_Action__c.Type__c (the picklist's API names). */
export type BuyerActionType =
  'Done' | 'Committed' | 'Declined' | 'Date Proposed' | 'Comment' | 'Step Proposed';

/** Plan_Buyer_Action__c.Resolution__c: proposals wait (Pending) for the rep; other actions are Recorded. */
export type BuyerActionResolution = 'Pending' | 'Accepted' | 'Declined' | 'Recorded';

/** Limits the door enforces (and the page applies before sending). */
export const BUYER_ROOM_LIMITS = {
  /** Characters of a message (reason, comment, description). */
  maxMessageLength: 1000,
  /** Characters of a proposed step's title (Plan_Step__c.Name). */
  maxTitleLength: 80,
  /** Characters of the action's JSON text. */
  maxRequestLength: 5000,
  /** A proposed date lies within this many days of today, either way. */
  maxDateRangeDays: 730,
  /** A token is 43 characters of base64url (256 random bits, no padding). */
  tokenLength: 43
} as const;

/** What a link's token (and a calendar key) looks like: 43 characters of base64url. */
export const TOKEN_PATTERN = new RegExp(`^[A-Za-z0-9_-]{${BUYER_ROOM_LIMITS.tokenLength}}$`);

/** The plan, as the buyer sees it: no opportunity, amount, stage, value summary or abandon reason. */
export interface BuyerPlanDto {
  name: string;
  status: PlanStatus;
  objective: string | null;
  successCriteria: string | null;
  goLiveDate: IsoDate | null;
  /** The customer's account name (the buyer's own company). */
  accountName: string | null;
}

/** A Shared step. No notes, baseline, slip, template key or internal data. */
export interface BuyerStepDto {
  id: string;
  title: string;
  side: Side | null;
  ownerName: string | null;
  /** The owner is the person the link was given to. */
  isMine: boolean;
  /** The viewer may act on it: they own it, or it is a Joint step (and the plan is not Completed). */
  canAct: boolean;
  dueDate: IsoDate | null;
  status: StepStatus;
  completedDate: IsoDate | null;
  isMilestone: boolean;
  phase: string | null;
  deliverable: string | null;
  /** The predecessor, only when it is a Shared step too (else null). */
  dependsOnId: string | null;
  commitment: Commitment;
  commitmentBy: string | null;
  /** ISO datetime. */
  commitmentAt: string | null;
  /** The step's position in the list (0, 1, 2…), not its stored sort order. */
  sortOrder: number;
}

/** A member of the buying committee: a Buyer-side stakeholder. Name, role and title only. */
export interface BuyerCommitteeMemberDto {
  name: string;
  role: string | null;
  title: string | null;
  isViewer: boolean;
}

/** A buyer update on this plan (from any of its links), newest first, at most 50. */
export interface BuyerActionDto {
  id: string;
  type: BuyerActionType;
  actorName: string | null;
  /** The step's title (Shared steps only; null for a proposed step or a step now Internal). */
  stepTitle: string | null;
  stepId: string | null;
  message: string | null;
  proposedDate: IsoDate | null;
  proposedTitle: string | null;
  resolution: BuyerActionResolution;
  /** The rep's note on accepting or declining. */
  resolutionNote: string | null;
  /** ISO datetime (CreatedDate). */
  createdAt: string;
}

/** What getRoom and act return: everything the buyer page shows, from one call. */
export interface BuyerRoomView {
  plan: BuyerPlanDto;
  /** The person the link was given to. */
  viewer: { name: string };
  /** Shared steps, ordered by Sort_Order__c, Due_Date__c, Name. */
  steps: BuyerStepDto[];
  committee: BuyerCommitteeMemberDto[];
  actions: BuyerActionDto[];
  /** The link's ICS feed (absolute URL with the link's calendar key, not the token), for "Add to calendar". */
  calendarUrl: string;
  /** ISO datetime: when the link stops working. */
  expiresAt: string;
  /** Today in the plan owner's time zone (the seller's calendar, the plan's dates). */
  today: IsoDate;
}

/** act's request (sent as JSON text). Which fields each type needs is in docs/buyer-room.md. */
export interface BuyerActionRequest {
  type: BuyerActionType;
  /** Required for every type but 'Step Proposed'. */
  stepId: string | null;
  /** Required for Declined, Date Proposed and Comment; optional otherwise. Plain text. */
  message: string | null;
  /** Required for Date Proposed (differs from the due date); optional due date for Step Proposed. */
  proposedDate: IsoDate | null;
  /** Required for Step Proposed. */
  title: string | null;
}

/** The door's methods (BuyerRoomController). Errors arrive as the platform's { body: { message } }. */
export interface BuyerRoomControllerApi {
  /** Not cacheable: stamps Last_Opened_At__c and Open_Count__c on the share. */
  getRoom(params: { token: string }): Promise<BuyerRoomView>;
  /** One buyer action, recorded as a Plan_Buyer_Action__c; returns the fresh room. */
  act(params: { token: string; actionJson: string }): Promise<BuyerRoomView>;
}

/**
 * The calendar feed, served by the same door as Apex REST:
 * GET {site}/services/apexrest/buyer-room/calendar?k={calendar key} → text/calendar (RFC 5545), one
 * VEVENT per dated Shared step, all-day, UID '{step Id}@buyer-room.mutual-action-plans' (stable, so a
 * moved step moves in the buyer's calendar). The calendar key is derived from the token (base64url of
 * SHA-256 of the token and ':calendar'): a calendar subscription can read the dates with it, never
 * open the room or act. A bad key (a token included) gets 404 and the not-valid sentence.
 */
export const CALENDAR_PATH = '/services/apexrest/buyer-room/calendar';
export const CALENDAR_UID_SUFFIX = '@buyer-room.mutual-action-plans';
