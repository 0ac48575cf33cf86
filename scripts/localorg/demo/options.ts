import type { DemoTemplate } from './templates.ts';

export interface DemoOptions {
  /** Same seed, same data (default 42). */
  seed?: number;
  opportunities: number;
  /** Default: opportunities / 2 (at least 1). */
  accounts?: number;
  /** Sellers; default: max(5, opportunities / 250). */
  users?: number;
  /** The size of each account's buying committee (default: all of it, 8 people). */
  contactsPerAccount?: number;
  /** Share of opportunities with a plan (default 0.85). */
  planShare?: number;
  /** Steps per plan; default: the chosen template's. More templates are applied to reach it, the last one cut short. */
  stepsPerPlan?: number;
  /** Plan templates (default: the package's templates/*.json, read by the sync CLI's loader). */
  templates?: DemoTemplate[];
  /** Also create Plan_Template__c / Plan_Template_Step__c records (default true). */
  insertTemplates?: boolean;
  /** 'YYYY-MM-DD' (default: the org clock's today). */
  today?: string;
  /** Opportunities per transaction (default 1,000). */
  batchSize?: number;
  onProgress?: (done: number, total: number) => void;
}

/**
 * Sizes of the one demo data set: `small` for `npm start`, the preview and tests; `large` for the
 * scale benchmarks (100,000 opportunities, 2,000,000 steps); `ui` for the browser benchmark (plans
 * of 100 steps).
 */
export const DEMO_PRESETS = {
  small: { opportunities: 60, planShare: 0.85 },
  large: { opportunities: 100_000, planShare: 1, stepsPerPlan: 20, users: 400, contactsPerAccount: 3 },
  ui: { opportunities: 12, planShare: 1, stepsPerPlan: 100, seed: 5 }
} as const satisfies Record<string, DemoOptions>;
