/** The org's clock: real time by default; tests set or advance it (TODAY, LAST_N_DAYS, CreatedDate, ...). */
export class Clock {
  private fixed: number | null;
  constructor(start?: Date | string | number) {
    this.fixed = start === undefined ? null : new Date(start).getTime();
  }
  now(): Date {
    return new Date(this.fixed ?? Date.now());
  }
  /** now() in epoch milliseconds, without a Date (read per row by formula fields). */
  nowMs(): number {
    return this.fixed ?? Date.now();
  }
  /** Freezes the clock at a moment. */
  set(at: Date | string | number): void {
    const t = new Date(at).getTime();
    if (Number.isNaN(t)) throw new Error(`Not a date: ${String(at)}`);
    this.fixed = t;
  }
  /** Moves a frozen clock (or freezes a running one) forward by ms. */
  advance(ms: number): void {
    this.fixed = (this.fixed ?? Date.now()) + ms;
  }
  /** Back to real time. */
  release(): void {
    this.fixed = null;
  }
  /** Today's date in the org's time zone (UTC), 'YYYY-MM-DD'. */
  today(): string {
    return this.now().toISOString().slice(0, 10);
  }
  get frozen(): boolean {
    return this.fixed !== null;
  }
}
