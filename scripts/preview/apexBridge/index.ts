import type {
  PersonDto,
  PlanView,
  TemplateDto
} from '../../../force-app/main/default/lwc/planContract/planContract.ts';
import type { OrgClient } from '../../salesforce/orgClient.ts';
import { asApexError } from './errors.ts';
import { getTemplates, searchPeople } from './library.ts';
import { getPlan } from './readPlan.ts';
import { savePlan } from './savePlan.ts';
import { BridgeSession, type BridgeOptions } from './session.ts';

export { ApexError, MESSAGES } from './errors.ts';
export type { BridgeOptions } from './session.ts';

/** The preview's Apex: "Class.method" → an implementation that keeps the Apex contract. */
export type ApexBridge = Record<string, (params: Record<string, unknown>) => Promise<unknown>>;

/** PlanController's four methods, typed as the contract (docs/plan-ui.md) gives them. */
export interface PlanControllerBridge {
  getPlan(params: { recordId: unknown }): Promise<PlanView>;
  savePlan(params: { changeSetJson: unknown }): Promise<PlanView>;
  getTemplates(): Promise<TemplateDto[]>;
  searchPeople(params: { opportunityId: unknown; searchTerm: unknown }): Promise<PersonDto[]>;
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
    client: session.client
  };
}

/** The bridge as the preview server serves it: POST /apex/PlanController.<method>. */
export function createApexBridge(controller: PlanControllerBridge): ApexBridge {
  return {
    'PlanController.getPlan': (params) => controller.getPlan({ recordId: params.recordId }),
    'PlanController.savePlan': (params) => controller.savePlan({ changeSetJson: params.changeSetJson }),
    'PlanController.getTemplates': () => controller.getTemplates(),
    'PlanController.searchPeople': (params) =>
      controller.searchPeople({ opportunityId: params.opportunityId, searchTerm: params.searchTerm })
  };
}
