import type { SqlValue } from '../values.ts';
import type { DemoRandom } from './random.ts';

export type Row = Record<string, SqlValue>;

/** The object names the demo makes records of. */
export type DemoObject =
  | 'User'
  | 'Account'
  | 'Contact'
  | 'Opportunity'
  | 'OpportunityContactRole'
  | 'Plan_Template__c'
  | 'Mutual_Action_Plan__c'
  | 'Plan_Stakeholder__c'
  | 'Plan_Step__c';

/** A new record Id of an object (the org's own sequence, or any unique text without an org). */
export type IdSource = (objectName: DemoObject) => string;

/** What every generator shares: the seeded chance, the Ids, the day the data is "today". */
export interface DemoContext {
  rnd: DemoRandom;
  ids: IdSource;
  /** The engine's day number of today. */
  todayDay: number;
  /** Audit fields of a record created `createdDaysAgo` and last modified `modifiedDaysAgo` days ago. */
  stamp: (createdDaysAgo: number, modifiedDaysAgo?: number) => Row;
}

const DAY_MS = 86_400_000;

/** Audit stamps counted back from the org clock's now (whole days, so each pair is made once). */
export function stamper(nowIso: string): DemoContext['stamp'] {
  const now = Date.parse(nowIso);
  const made = new Map<number, Row>();
  return (createdDaysAgo, modifiedDaysAgo = createdDaysAgo) => {
    const modifiedAgo = Math.min(createdDaysAgo, modifiedDaysAgo);
    const key = createdDaysAgo * 100_000 + modifiedAgo;
    let stamp = made.get(key);
    if (!stamp) {
      const created = new Date(now - createdDaysAgo * DAY_MS).toISOString();
      const modified = new Date(now - modifiedAgo * DAY_MS).toISOString();
      stamp = { CreatedDate: created, LastModifiedDate: modified, SystemModstamp: modified };
      made.set(key, stamp);
    }
    return stamp;
  };
}
