import type { PicklistOptionDto } from '../../../force-app/main/default/lwc/planContract/planContract.ts';
import { PICKLIST_VALUES } from '../../../force-app/main/default/lwc/planFormat/planFormat.ts';
import type { BridgeSession } from './session.ts';

interface DescribedField {
  name: string;
  picklistValues?: { value: string; label: string; active: boolean }[];
}

/** The fields the page offers, by object ('Plan_Step__c' → ['Status__c', …]): PlanPicklists.RECORD_PAGE_FIELDS. */
function fieldsByObject(): Map<string, string[]> {
  const byObject = new Map<string, string[]>();
  for (const key of Object.keys(PICKLIST_VALUES)) {
    const [object = '', field = ''] = key.split('.');
    byObject.set(object, [...(byObject.get(object) ?? []), field]);
  }
  return byObject;
}

const read = new WeakMap<BridgeSession, Promise<Record<string, PicklistOptionDto[]>>>();

/**
 * PlanPicklists.recordPage(): each field's active values with their labels, in the field's order,
 * from the org's describe (the local org builds it from the field XML). Described once per session,
 * as Apex's describe is cached per transaction.
 */
export function readPicklists(session: BridgeSession): Promise<Record<string, PicklistOptionDto[]>> {
  let pending = read.get(session);
  if (!pending) {
    pending = describePicklists(session);
    read.set(session, pending);
    // A failed describe is asked again with the next load.
    pending.catch(() => read.delete(session));
  }
  return pending;
}

async function describePicklists(session: BridgeSession): Promise<Record<string, PicklistOptionDto[]>> {
  const picklists: Record<string, PicklistOptionDto[]> = {};
  await Promise.all(
    [...fieldsByObject()].map(async ([object, fields]) => {
      const described = await session.client.requestJson<{ fields: DescribedField[] }>(
        'GET',
        `/sobjects/${object}/describe`
      );
      for (const field of fields) {
        const entries = described.fields.find((f) => f.name === field)?.picklistValues ?? [];
        picklists[`${object}.${field}`] = entries
          .filter((entry) => entry.active)
          .map((entry) => ({ value: entry.value, label: entry.label }));
      }
    })
  );
  return picklists;
}
