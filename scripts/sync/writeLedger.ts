/**
 * What a run has written, kept as it writes, so that a run stopped by a fatal error (an expired
 * session, an org that keeps failing) can still say what it wrote and what it did not: the next
 * run writes the rest (writes are idempotent), but a person needs the figures now.
 */
export interface LedgerEntry {
  /** What is written, in words ("opportunities", "plan steps", "templates"). */
  label: string;
  /** Records the run set out to write. */
  planned: number;
  written: number;
  /** Refused by the org, record by record (a validation rule, a deleted record). */
  rejected: number;
  /** Sent, but no answer came back: a Bulk job the org may still finish, or a request cut off. */
  unconfirmed: number;
}

export class WriteLedger {
  private readonly entries = new Map<string, LedgerEntry>();

  private entry(label: string): LedgerEntry {
    let entry = this.entries.get(label);
    if (!entry) {
      entry = { label, planned: 0, written: 0, rejected: 0, unconfirmed: 0 };
      this.entries.set(label, entry);
    }
    return entry;
  }

  plan(label: string, count: number): void {
    this.entry(label).planned += count;
  }
  wrote(label: string, count: number): void {
    this.entry(label).written += count;
  }
  rejected(label: string, count: number): void {
    this.entry(label).rejected += count;
  }
  unconfirmed(label: string, count: number): void {
    this.entry(label).unconfirmed += count;
  }

  /** Each kind of record the run set out to write, with what became of it. */
  report(): (LedgerEntry & { notWritten: number })[] {
    return [...this.entries.values()]
      .filter((e) => e.planned > 0)
      .map((e) => ({ ...e, notWritten: Math.max(0, e.planned - e.written - e.rejected - e.unconfirmed) }));
  }

  /** One line per kind of record, for the person who ran the command. */
  lines(): string[] {
    const n = (value: number) => value.toLocaleString('en-US');
    return this.report().map(
      (e) =>
        `${e.label}: ${n(e.written)} written, ${n(e.notWritten)} not written${e.rejected ? `, ${n(e.rejected)} refused by the org` : ''}${e.unconfirmed ? `, ${n(e.unconfirmed)} sent with no answer (the org may still have written them)` : ''} (of ${n(e.planned)}).`
    );
  }
}
