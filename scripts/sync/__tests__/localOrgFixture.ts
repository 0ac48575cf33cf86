import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startLocalOrg, PROJECT_ROOT } from '../../localorg/index.ts';
import { generateDemoData, loadTemplates } from '../../localorg/demoData.ts';

/** A local org with demo data, and the few controls the sync tests use. */
export interface DemoOrg {
  url: string;
  token: string;
  opportunityIds(): Promise<string[]>;
  /**
   * Refuses writes to `id` with UNABLE_TO_LOCK_ROW, `times` times (Infinity: always), after letting
   * the first `after` writes through (0 unless given). A write to a master-detail child (a health
   * history row of the opportunity) is a write to `id` too, as the platform locks the master.
   */
  lock(id: string, times: number, after?: number): void;
  leaveApiCalls(remaining: number): void;
  expireSession(): void;
  rowsWritten(): number;
  count(objectName: string): Promise<number>;
  close(): Promise<void>;
}

export async function startDemoOrg(options: {
  opportunities: number;
  today?: string;
  withoutFields?: string[];
  seed?: number;
}): Promise<DemoOrg> {
  let projectRoot = PROJECT_ROOT;
  let scratch: string | undefined;
  if (options.withoutFields?.length) {
    // An org on an older package version: the same metadata without some fields.
    scratch = mkdtempSync(path.join(tmpdir(), 'older-org-'));
    cpSync(path.join(PROJECT_ROOT, 'force-app'), path.join(scratch, 'force-app'), { recursive: true });
    for (const qualified of options.withoutFields) {
      const [objectName, fieldName] = qualified.split('.') as [string, string];
      rmSync(
        path.join(
          scratch,
          'force-app/main/default/objects',
          objectName,
          'fields',
          `${fieldName}.field-meta.xml`
        )
      );
    }
    projectRoot = scratch;
  }
  const org = await startLocalOrg({
    projectRoot,
    ...(options.today ? { clock: `${options.today}T12:00:00Z` } : {})
  });
  if (options.opportunities > 0) {
    generateDemoData(org.store, {
      opportunities: options.opportunities,
      seed: options.seed ?? 7,
      templates: loadTemplates(path.join(PROJECT_ROOT, 'templates')),
      insertTemplates: false,
      ...(options.today ? { today: options.today } : {})
    });
  }
  const locks = new Map<string, { times: number; after: number }>();
  const shouldLock = org.faults.shouldLock.bind(org.faults);
  org.faults.shouldLock = (ids) => {
    for (const id of ids) {
      const lock = id ? locks.get(id) : undefined;
      if (!id || !lock) continue;
      if (lock.after > 0) {
        lock.after--;
        continue;
      }
      if (lock.times > 0) {
        lock.times--;
        return id;
      }
    }
    return shouldLock(ids);
  };
  const written = org.meter.snapshot().rowsWritten;
  return {
    url: org.url,
    token: org.token,
    opportunityIds: () => {
      const rows = org.store.db.prepare('SELECT Id FROM "Opportunity" ORDER BY Id').all() as { Id: string }[];
      return Promise.resolve(rows.map((r) => r.Id));
    },
    lock: (id, times, after = 0) => locks.set(id, { times, after }),
    leaveApiCalls: (remaining) => {
      org.limits.setRemaining(remaining);
    },
    expireSession: () => {
      org.faults.revokeSession();
    },
    rowsWritten: () => org.meter.snapshot().rowsWritten - written,
    count: (objectName) => Promise.resolve(org.store.count(objectName)),
    close: async () => {
      await org.close();
      if (scratch) rmSync(scratch, { recursive: true, force: true });
    }
  };
}
