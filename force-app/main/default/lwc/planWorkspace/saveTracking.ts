/**
 * What a save changes beyond the workspace's own view: Lightning's cached getPlan answer for the
 * record (refreshed on the next visit in this browser session) and the records other components of
 * the page show (told through notifyRecordUpdateAvailable).
 */
import type { PlanView } from 'c/planContract';

/** Records whose plan was saved in this browser session: their cached getPlan may predate the save. */
const savedThisSession = new Set<string>();

export function rememberSave(recordId: string | undefined): void {
  if (recordId !== undefined) savedThisSession.add(recordId);
}

/** True once for a record saved earlier in this session (its wire should be refreshed once). */
export function takeEarlierSave(recordId: string | undefined): boolean {
  return recordId !== undefined && savedThisSession.delete(recordId);
}

/**
 * The records a save changed that other components may show: the page's record, the opportunity
 * (its roll-up summaries and stage gate move with the plan's status) and the plan; each once.
 */
export function recordsChangedBy(recordId: string | undefined, saved: PlanView): { recordId: string }[] {
  const ids = [recordId, saved.opportunity.id, saved.plan?.id].filter(
    (id): id is string => typeof id === 'string' && id !== ''
  );
  return [...new Set(ids)].map((id) => ({ recordId: id }));
}
