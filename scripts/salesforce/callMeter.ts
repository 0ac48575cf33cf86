import { SyncError } from './errors.ts';

/**
 * Counts every API request this run makes (each counts against the org's daily allocation,
 * Bulk status polls included) and stops the run cleanly before it would pass its budget.
 */
export class CallMeter {
  private readonly byEndpoint = new Map<string, number>();
  private total = 0;
  budget: number;

  constructor(budget = Number.POSITIVE_INFINITY) {
    this.budget = budget;
  }

  get calls(): number {
    return this.total;
  }

  get remaining(): number {
    return this.budget - this.total;
  }

  /** Whether `n` more calls fit in the budget. */
  allows(n: number): boolean {
    return this.total + n <= this.budget;
  }

  /** Records one call; throws API_BUDGET before a call that would pass the budget. */
  count(endpoint: string): void {
    if (!this.allows(1)) {
      throw new SyncError(`Stopped before passing the API budget of ${this.budget} calls.`, {
        errorCode: 'API_BUDGET',
        action:
          'Run again when the daily allocation allows it, or raise --max-api-calls; the next run finishes the job.'
      });
    }
    this.total += 1;
    this.byEndpoint.set(endpoint, (this.byEndpoint.get(endpoint) ?? 0) + 1);
  }

  summary(): Record<string, number> {
    return Object.fromEntries([...this.byEndpoint.entries()].sort(([a], [b]) => a.localeCompare(b)));
  }
}
