import type {
  PersonDto,
  PlanView,
  TemplateDto
} from '../../../force-app/main/default/lwc/planContract/planContract.ts';
import type { OrgClient } from '../../salesforce/orgClient.ts';
import type { BuyerRoomView } from '../../../force-app/main/default/lwc/buyerRoomContract/buyerRoomContract.ts';
import type { ShareResult } from '../../../force-app/main/default/lwc/planContract/planContract.ts';
import { act, calendar, getRoom, type CalendarResponse } from './buyerRoom.ts';
import { BuyerRoomError, BUYER_ROOM_MESSAGES } from './buyerRoomErrors.ts';
import { asApexError, ApexError as Refusal } from './errors.ts';
import { revokeShare, shareWithBuyers } from './shares.ts';
import { getTemplates, searchPeople } from './library.ts';
import { getPlan } from './readPlan.ts';
import { markReviewed } from './review.ts';
import { savePlan } from './savePlan.ts';
import { BridgeSession, type BridgeOptions } from './session.ts';

export { ApexError, MESSAGES } from './errors.ts';
export type { BridgeOptions } from './session.ts';

/** The preview's Apex: "Class.method" → an implementation that keeps the Apex contract. */
export type ApexBridge = Record<string, (params: Record<string, unknown>) => Promise<unknown>>;

/** PlanController's methods, typed as the contract (docs/plan-ui.md) gives them. */
export interface PlanControllerBridge {
  getPlan(params: { recordId: unknown }): Promise<PlanView>;
  savePlan(params: { changeSetJson: unknown }): Promise<PlanView>;
  getTemplates(): Promise<TemplateDto[]>;
  searchPeople(params: { opportunityId: unknown; searchTerm: unknown }): Promise<PersonDto[]>;
  shareWithBuyers(params: { requestJson: unknown }): Promise<ShareResult>;
  revokeShare(params: { shareId: unknown }): Promise<PlanView>;
  markReviewed(params: { planId: unknown; note: unknown }): Promise<PlanView>;
  /** BuyerRoomController, the guest door: getRoom, act and the calendar feed. */
  buyerRoom: {
    getRoom(params: { token: unknown }): Promise<BuyerRoomView>;
    act(params: { token: unknown; actionJson: unknown }): Promise<BuyerRoomView>;
    /** The feed, by the link's calendar key (never its token). */
    calendar(key: unknown): Promise<CalendarResponse>;
  };
  /** The REST client the methods use (the preview's index queries the org through it too). */
  readonly client: OrgClient;
}

/** PlanController implemented in TypeScript against an org's REST API (the local org, or a real one). */
export function createPlanController(options: BridgeOptions): PlanControllerBridge {
  const session = new BridgeSession(options);
  return {
    getPlan: (params) => asApexError(() => getPlan(session, params.recordId), false),
    savePlan: (params) => asApexError(() => savePlan(session, params.changeSetJson), true),
    getTemplates: () => asApexError(() => getTemplates(session), false),
    searchPeople: (params) =>
      asApexError(() => searchPeople(session, params.opportunityId, params.searchTerm), false),
    shareWithBuyers: (params) => asApexError(() => shareWithBuyers(session, params.requestJson), true),
    revokeShare: (params) => asApexError(() => revokeShare(session, params.shareId), true),
    markReviewed: (params) => asApexError(() => markReviewed(session, params.planId, params.note), true),
    buyerRoom: {
      getRoom: (params) => asDoorError(() => getRoom(session, params.token)),
      act: (params) => asDoorError(() => act(session, params.token, params.actionJson)),
      calendar: (key) => calendar(session, key)
    },
    client: session.client
  };
}

/** What the door's catch does: its own refusals as they are, anything else behind one generic sentence. */
async function asDoorError<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof Refusal) throw error;
    throw new BuyerRoomError(BUYER_ROOM_MESSAGES.unexpected);
  }
}

/** The bridge as the preview server serves it: POST /apex/PlanController.<method>. */
export function createApexBridge(controller: PlanControllerBridge): ApexBridge {
  return {
    'PlanController.getPlan': (params) => controller.getPlan({ recordId: params.recordId }),
    'PlanController.savePlan': (params) => controller.savePlan({ changeSetJson: params.changeSetJson }),
    'PlanController.getTemplates': () => controller.getTemplates(),
    'PlanController.searchPeople': (params) =>
      controller.searchPeople({ opportunityId: params.opportunityId, searchTerm: params.searchTerm }),
    'PlanController.shareWithBuyers': (params) =>
      controller.shareWithBuyers({ requestJson: params.requestJson }),
    'PlanController.revokeShare': (params) => controller.revokeShare({ shareId: params.shareId }),
    'PlanController.markReviewed': (params) =>
      controller.markReviewed({ planId: params.planId, note: params.note }),
    'BuyerRoomController.getRoom': (params) => controller.buyerRoom.getRoom({ token: params.token }),
    'BuyerRoomController.act': (params) =>
      controller.buyerRoom.act({ token: params.token, actionJson: params.actionJson })
  };
}
