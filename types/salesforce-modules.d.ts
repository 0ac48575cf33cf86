/**
 * Salesforce-only modules the plan components import, which @salesforce/lightning-types does not
 * cover. The Apex methods keep the contract in c/planContract (PlanController, docs/plan-ui.md); a
 * cacheable one is callable imperatively and usable with @wire (its `adapter`).
 * A script file (no top-level import) so each `declare module` declares, not augments.
 */

declare module '@salesforce/apex/PlanController.getPlan' {
  import type { WireAdapterConstructor } from 'lwc';
  import type { PlanView } from 'c/planContract';

  interface Params {
    recordId: string | undefined;
  }
  const getPlan: {
    (params: Params): Promise<PlanView>;
    adapter: WireAdapterConstructor<Params, { data?: PlanView; error?: unknown }>;
  };
  export default getPlan;
}

declare module '@salesforce/apex/PlanController.savePlan' {
  import type { PlanView } from 'c/planContract';

  /** changeSetJson: JSON.stringify(PlanChangeSet). Returns the plan as saved. */
  const savePlan: (params: { changeSetJson: string }) => Promise<PlanView>;
  export default savePlan;
}

declare module '@salesforce/apex/PlanController.getTemplates' {
  import type { WireAdapterConstructor } from 'lwc';
  import type { TemplateDto } from 'c/planContract';

  const getTemplates: {
    (): Promise<TemplateDto[]>;
    adapter: WireAdapterConstructor<Record<string, never>, { data?: TemplateDto[]; error?: unknown }>;
  };
  export default getTemplates;
}

declare module '@salesforce/apex/PlanController.searchPeople' {
  import type { WireAdapterConstructor } from 'lwc';
  import type { PersonDto } from 'c/planContract';

  interface Params {
    opportunityId: string;
    searchTerm: string;
  }
  const searchPeople: {
    (params: Params): Promise<PersonDto[]>;
    adapter: WireAdapterConstructor<Params, { data?: PersonDto[]; error?: unknown }>;
  };
  export default searchPeople;
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
