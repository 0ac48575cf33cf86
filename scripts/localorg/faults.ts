/** Fault injection: lock errors, 5xx on the nth call, revoked sessions. Limits and clock live beside it. */
export interface ServerFault {
  status: number;
  errorCode: string;
  message: string;
  /** The call is carried out, then its answer replaced by the fault: a lost answer to a write. */
  afterHandling?: boolean;
}

/** Seeded PRNG (mulberry32): the same seed gives the same sequence of lock failures. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Faults {
  /** Record Ids whose writes (and writes to their children under master-detail) fail with UNABLE_TO_LOCK_ROW. */
  readonly lockedIds = new Set<string>();
  private lockRate = 0;
  private random: () => number = prng(1);
  private calls = 0;
  private pending: { at: number; fault: ServerFault }[] = [];
  /** When true, every API request gets 401 INVALID_SESSION_ID (the admin endpoints still work). */
  revoked = false;

  lockRecords(ids: Iterable<string>): void {
    for (const id of ids) this.lockedIds.add(id);
  }
  unlockRecords(ids?: Iterable<string>): void {
    if (!ids) this.lockedIds.clear();
    else for (const id of ids) this.lockedIds.delete(id);
  }
  /** Each record write fails with UNABLE_TO_LOCK_ROW with this probability (0..1), from a seeded sequence. */
  setLockRate(rate: number, seed = 1): void {
    this.lockRate = Math.max(0, Math.min(1, rate));
    this.random = prng(seed);
  }
  /** Is this record write (touching these Ids) to fail with a lock error? */
  shouldLock(ids: (string | null | undefined)[]): string | null {
    for (const id of ids) if (id && this.lockedIds.has(id)) return id;
    if (this.lockRate > 0 && this.random() < this.lockRate) return ids.find((x) => x) ?? 'new record';
    return null;
  }
  /**
   * The nth API request from now (1 = the next one) fails with this HTTP status (500 or 503 shaped
   * as Salesforce does); with `afterHandling`, only after the org has carried it out.
   */
  failNthCall(n: number, status = 500, options: { afterHandling?: boolean } = {}): void {
    const fault: ServerFault =
      status === 503
        ? {
            status,
            errorCode: 'SERVER_UNAVAILABLE',
            message: 'Server temporarily unavailable; try again later.'
          }
        : {
            status,
            errorCode: 'UNKNOWN_EXCEPTION',
            message:
              'An unexpected error occurred. Please include this ErrorId if you contact support: 1234567890-12345 (-1234567890)'
          };
    this.pending.push({
      at: this.calls + n,
      fault: { ...fault, afterHandling: options.afterHandling === true }
    });
  }
  /** Called once per API request: the injected server fault for this call, if any. */
  onCall(): ServerFault | null {
    this.calls++;
    const i = this.pending.findIndex((p) => p.at === this.calls);
    if (i < 0) return null;
    const [hit] = this.pending.splice(i, 1);
    return hit.fault;
  }
  revokeSession(): void {
    this.revoked = true;
  }
  restoreSession(): void {
    this.revoked = false;
  }
  reset(): void {
    this.lockedIds.clear();
    this.lockRate = 0;
    this.pending = [];
    this.revoked = false;
  }
  describe(): Record<string, unknown> {
    return {
      lockedIds: [...this.lockedIds],
      lockRate: this.lockRate,
      pendingServerErrors: this.pending.map((p) => ({ call: p.at - this.calls, status: p.fault.status })),
      revoked: this.revoked
    };
  }
}
