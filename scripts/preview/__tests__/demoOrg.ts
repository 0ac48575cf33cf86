import path from 'node:path';
import { DEMO_PRESETS, generateDemoData, loadTemplates } from '../../localorg/demoData.ts';
import { PROJECT_ROOT, startLocalOrg, type LocalOrg } from '../../localorg/index.ts';
import { createPlanController, type PlanControllerBridge } from '../apexBridge/index.ts';
import type { Row } from '../apexBridge/records.ts';

/** The preview tests' org: the small demo data set, same seed and same day every run. */
export const TODAY = '2026-11-24';
export const SEED = 42;
/** The buyer room's site in the tests (an admin's Buyer_Room_Setting__mdt.Site_Base_URL__c). */
export const BUYER_SITE = 'https://buyers.example.test/plans';

export interface DemoOrg {
  org: LocalOrg;
  controller: PlanControllerBridge;
  /** A SOQL query straight against the org (what "persisted" means in the tests). */
  query(soql: string): Promise<Row[]>;
  close(): Promise<void>;
}

export async function startDemoOrg(
  options: { opportunities?: number; stepsPerPlan?: number } = {}
): Promise<DemoOrg> {
  const org = await startLocalOrg({ clock: `${TODAY}T12:00:00Z`, seed: SEED });
  generateDemoData(org.store, {
    ...DEMO_PRESETS.small,
    ...(options.opportunities ? { opportunities: options.opportunities } : {}),
    ...(options.stepsPerPlan ? { stepsPerPlan: options.stepsPerPlan } : {}),
    seed: SEED,
    today: TODAY,
    templates: loadTemplates(path.join(PROJECT_ROOT, 'templates'))
  });
  const controller = createPlanController({
    instanceUrl: org.url,
    accessToken: org.token,
    now: () => org.clock.now(),
    buyerRoomSiteUrl: () => BUYER_SITE
  });
  return {
    org,
    controller,
    query: (soql) => controller.client.queryAll<Row>(soql),
    close: () => org.close()
  };
}
