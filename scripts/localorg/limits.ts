/** Salesforce limits the local org enforces, and the daily API request counter. */
export const LIMITS = {
  /** REST query page size without Sforce-Query-Options (and its bounds). */
  queryBatchSize: 2000,
  minBatchSize: 200,
  maxBatchSize: 2000,
  /** Child rows returned inline per parent record before the child result pages (nextRecordsUrl). */
  childBatchSize: 200,
  collectionRecords: 200,
  compositeSubrequests: 25,
  /** Of a composite's subrequests, how many may be sObject Collections or query operations. */
  compositeCollectionsOrQueries: 5,
  /** Open query cursors kept (Salesforce keeps a bounded number per user; older ones expire). */
  openCursors: 50,
  /** Bulk 2.0 result page when maxRecords is not given. */
  bulkDefaultPage: 50000,
  /** Bulk 2.0 ingest: upload size (150 MB) and records processed per chunk. */
  ingestMaxBytes: 150 * 1024 * 1024,
  ingestChunk: 10000,
  /** Enterprise Edition base allocation. */
  dailyApiRequests: 100000,
  dailyBulkV2QueryJobs: 10000
};

export class ApiLimits {
  max: number;
  used = 0;
  bulkQueryJobsUsed = 0;
  constructor(max = LIMITS.dailyApiRequests) {
    this.max = max;
  }
  get remaining(): number {
    return Math.max(0, this.max - this.used);
  }
  /** Sets what remains of the daily allocation (fault injection: 0 exhausts it). */
  setRemaining(remaining: number): void {
    this.used = Math.max(0, this.max - remaining);
  }
  /** Counts one request; false when the allocation is already spent. */
  take(): boolean {
    if (this.used >= this.max) return false;
    this.used++;
    return true;
  }
  header(): string {
    return `api-usage=${this.used}/${this.max}`;
  }
  reset(): void {
    this.used = 0;
    this.bulkQueryJobsUsed = 0;
  }
  /** The body of GET /limits. */
  body(): Record<string, { Max: number; Remaining: number }> {
    const mk = (Max: number, Remaining = Max) => ({ Max, Remaining });
    return {
      ConcurrentAsyncGetReportInstances: mk(200),
      ConcurrentSyncReportRuns: mk(20),
      DailyApiRequests: mk(this.max, this.remaining),
      DailyAsyncApexExecutions: mk(250000),
      DailyBulkApiBatches: mk(15000),
      DailyBulkV2QueryFileStorageMB: mk(976562),
      DailyBulkV2QueryJobs: mk(
        LIMITS.dailyBulkV2QueryJobs,
        Math.max(0, LIMITS.dailyBulkV2QueryJobs - this.bulkQueryJobsUsed)
      ),
      DataStorageMB: mk(1024),
      FileStorageMB: mk(20480),
      HourlyTimeBasedWorkflow: mk(1000),
      SingleEmail: mk(5000),
      MassEmail: mk(5000)
    };
  }
}
