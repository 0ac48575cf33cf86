/** Counts what a client cost the org: calls per endpoint, rows read and rows written. */
export interface MeterSnapshot {
  calls: Record<string, number>;
  totalCalls: number;
  rowsRead: number;
  rowsWritten: number;
}

export class Meter {
  private calls = new Map<string, number>();
  private total = 0;
  rowsRead = 0;
  rowsWritten = 0;

  /** `endpoint` is a method plus a path pattern, e.g. `GET /query`, `PATCH /composite/sobjects`. */
  call(endpoint: string): void {
    this.calls.set(endpoint, (this.calls.get(endpoint) ?? 0) + 1);
    this.total++;
  }
  read(rows: number): void {
    this.rowsRead += rows;
  }
  wrote(rows: number): void {
    this.rowsWritten += rows;
  }
  snapshot(): MeterSnapshot {
    return {
      calls: Object.fromEntries([...this.calls].sort(([a], [b]) => a.localeCompare(b))),
      totalCalls: this.total,
      rowsRead: this.rowsRead,
      rowsWritten: this.rowsWritten
    };
  }
  reset(): void {
    this.calls.clear();
    this.total = 0;
    this.rowsRead = 0;
    this.rowsWritten = 0;
  }
}
