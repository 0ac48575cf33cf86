/**
 * Salesforce-only modules the plan components import, which @salesforce/lightning-types does not
 * cover. The Apex methods are typed by the contract's PlanControllerApi (c/planContract,
 * docs/plan-ui.md); a cacheable one is callable imperatively and usable with @wire (its `adapter`).
 * A script file (no top-level import) so each `declare module` declares, not augments.
 */

declare module '@salesforce/apex/PlanController.getPlan' {
  import type { WireAdapterConstructor } from 'lwc';
  import type { PlanControllerApi, PlanView } from 'c/planContract';

  /** As wired: `recordId: '$recordId'` is undefined until the record page sets it. */
  interface WireParams {
    recordId: string | undefined;
  }
  const getPlan: PlanControllerApi['getPlan'] & {
    adapter: WireAdapterConstructor<WireParams, { data?: PlanView; error?: unknown }>;
  };
  export default getPlan;
}

declare module '@salesforce/apex/PlanController.savePlan' {
  import type { PlanControllerApi } from 'c/planContract';

  const savePlan: PlanControllerApi['savePlan'];
  export default savePlan;
}

declare module '@salesforce/apex/PlanController.getTemplates' {
  import type { WireAdapterConstructor } from 'lwc';
  import type { PlanControllerApi, TemplateDto } from 'c/planContract';

  const getTemplates: PlanControllerApi['getTemplates'] & {
    adapter: WireAdapterConstructor<Record<string, never>, { data?: TemplateDto[]; error?: unknown }>;
  };
  export default getTemplates;
}

declare module '@salesforce/apex/PlanController.searchPeople' {
  import type { WireAdapterConstructor } from 'lwc';
  import type { PersonDto, PlanControllerApi } from 'c/planContract';

  const searchPeople: PlanControllerApi['searchPeople'] & {
    adapter: WireAdapterConstructor<
      Parameters<PlanControllerApi['searchPeople']>[0],
      { data?: PersonDto[]; error?: unknown }
    >;
  };
  export default searchPeople;
}

declare module '@salesforce/apex/PlanController.shareWithBuyers' {
  import type { PlanControllerApi } from 'c/planContract';

  const shareWithBuyers: PlanControllerApi['shareWithBuyers'];
  export default shareWithBuyers;
}

declare module '@salesforce/apex/PlanController.revokeShare' {
  import type { PlanControllerApi } from 'c/planContract';

  const revokeShare: PlanControllerApi['revokeShare'];
  export default revokeShare;
}

declare module '@salesforce/apex/PlanController.markReviewed' {
  import type { PlanControllerApi } from 'c/planContract';

  const markReviewed: PlanControllerApi['markReviewed'];
  export default markReviewed;
}

declare module '@salesforce/apex' {
  /** Asks the wire that provisioned `value` (the whole { data, error } object) to fetch again. */
  export function refreshApex(value: unknown): Promise<void>;
}

declare module 'lightning/platformShowToastEvent' {
  export interface ShowToastEventInit {
    title?: string;
    message: string;
    variant?: 'info' | 'success' | 'warning' | 'error';
    mode?: 'dismissible' | 'pester' | 'sticky';
  }
  export class ShowToastEvent extends CustomEvent<ShowToastEventInit> {
    constructor(toast: ShowToastEventInit);
  }
}

declare module 'lightning/uiRecordApi' {
  /** Tells Lightning Data Service these records changed on the server: components showing them refresh. */
  export function notifyRecordUpdateAvailable(records: readonly { recordId: string }[]): Promise<void>;
}

declare module '@salesforce/apex/BuyerRoomController.getRoom' {
  import type { BuyerRoomControllerApi } from 'c/buyerRoomContract';

  const getRoom: BuyerRoomControllerApi['getRoom'];
  export default getRoom;
}

declare module '@salesforce/apex/BuyerRoomController.act' {
  import type { BuyerRoomControllerApi } from 'c/buyerRoomContract';

  const act: BuyerRoomControllerApi['act'];
  export default act;
}

/** A Custom Label's value in the running user's language (`@salesforce/label/c.Name`). */
declare module '@salesforce/label/*' {
  const label: string;
  export default label;
}

declare module 'lightning/navigation' {
  import type { WireAdapterConstructor } from 'lwc';

  /** Where the page is; on an Experience Cloud page, `state` holds the URL's query parameters. */
  export interface PageReference {
    type: string;
    attributes?: Record<string, unknown>;
    state?: Record<string, string | undefined>;
  }
  /** Wire adapter (no config): the current page's reference, again whenever it changes. */
  export const CurrentPageReference: WireAdapterConstructor<Record<string, never>, PageReference | null>;
}
