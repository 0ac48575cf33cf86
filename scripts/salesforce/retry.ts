import { isTransient } from './errors.ts';

export interface RetryPolicy {
  /** Attempts in all, the first included. */
  attempts: number;
  /** Delay before the first retry; doubles each time, with jitter. */
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 5, baseDelayMs: 500, maxDelayMs: 15_000 };

export function backoffDelay(policy: RetryPolicy, retryNumber: number): number {
  const exponential = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (retryNumber - 1));
  // Full jitter keeps parallel writers from retrying in lock-step against the same parents.
  return Math.round(exponential / 2 + Math.random() * (exponential / 2));
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Runs `operation`, retrying transient failures (locks, 5xx, timeouts) with backoff. */
export async function withRetry<T>(
  operation: () => Promise<T>,
  policy: RetryPolicy,
  onRetry?: (error: unknown, retryNumber: number) => void
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await operation();
    } catch (error) {
      if (attempt >= policy.attempts || !isTransient(error)) throw error;
      onRetry?.(error, attempt);
      await sleep(backoffDelay(policy, attempt));
    }
  }
}
