import type { OrgClient } from '../../salesforce/orgClient.ts';
import type { RecordFailure } from '../../salesforce/collections.ts';
import type { RetryPolicy } from '../../salesforce/retry.ts';
import { explain, isTransient, toApiError, type SyncError } from '../../salesforce/errors.ts';
import type { WriteLedger } from '../writeLedger.ts';
import { claim, settle, type Claim, type Settlement } from './ledger.ts';

/** Inputs a standard action takes in one request. */
export const ACTION_BATCH = 200;

export type StandardAction = 'customNotificationAction' | 'emailSimple';

export interface Outgoing {
  claim: Claim;
  /** The action's input for it. */
  input: Record<string, unknown>;
}

export interface SendTally {
  sent: number;
  /** Claimed already by an earlier or a concurrent run: not sent again. */
  alreadySent: number;
  /** Refused by the org (the reason is in the ledger row and in failures). */
  failed: number;
  /** Claimed, sent, and no answer came back: the org may have sent them; they are not sent again. */
  unconfirmed: number;
  /** Not claimed: the API budget ran out first (the next run sends them). */
  notSent: number;
  failures: RecordFailure[];
}

export const emptyTally = (): SendTally => ({
  sent: 0,
  alreadySent: 0,
  failed: 0,
  unconfirmed: 0,
  notSent: 0,
  failures: []
});

interface ActionResult {
  isSuccess: boolean;
  errors: { statusCode?: string; message?: string }[] | null;
}

/** Calls a batch takes when nothing is retried: the claim, a read-back of duplicates, the send, the settlement. */
export const CALLS_PER_BATCH = 4;

/**
 * The most calls a batch can take: the claim and the settlement each retried up to the retry
 * policy's attempts (locks, lost answers), the read-back and the send once (a send is never retried).
 */
export const batchCallsAtMost = (retry: RetryPolicy): number => 2 * Math.max(1, retry.attempts) + 2;

/**
 * Sends each item at most once: claims a batch in the ledger, sends only what this run now holds,
 * then settles each claim as Sent or Failed. A batch starts only when its most calls (retries
 * included) fit in the budget, so the budget never stops a run between a claim and its send: a
 * claimed row is always sent and settled, never stranded unsent.
 */
export async function sendOnce(
  client: OrgClient,
  action: StandardAction,
  items: readonly Outgoing[],
  context: { runId: string; retry: RetryPolicy; now: () => Date; ledger: WriteLedger; label: string }
): Promise<SendTally> {
  const tally = emptyTally();
  context.ledger.plan(context.label, items.length);
  for (let start = 0; start < items.length; start += ACTION_BATCH) {
    const batch = items.slice(start, start + ACTION_BATCH);
    if (!client.meter.allows(batchCallsAtMost(context.retry))) {
      tally.notSent += items.length - start;
      break;
    }
    const byKey = new Map(batch.map((item) => [item.claim.key, item]));
    const claimed = await claim(
      client,
      batch.map((item) => item.claim),
      context.runId,
      context.retry
    );
    tally.alreadySent += claimed.taken.length;
    context.ledger.rejected(context.label, claimed.taken.length + claimed.failures.length);
    tally.failures.push(...claimed.failures);
    tally.failed += claimed.failures.length;
    if (claimed.held.length === 0) continue;
    const inputs = claimed.held.map((h) => byKey.get(h.claim.key)?.input ?? {});
    const answer = await invoke(client, action, inputs);
    if (answer.kind === 'lost') {
      // No answer: the org may have sent them. Their claims stay Claimed and are never sent again.
      tally.unconfirmed += claimed.held.length;
      context.ledger.unconfirmed(context.label, claimed.held.length);
      tally.failures.push(
        ...claimed.held.map((h) => ({
          key: h.claim.key,
          errorCode: answer.error.errorCode,
          message: `sent with no answer: ${answer.error.message}`
        }))
      );
      continue;
    }
    const results = answer.results;
    const settlements: Settlement[] = claimed.held.map((h, i) => {
      const result = results.at(i);
      const error = result?.errors?.at(0);
      if (result?.isSuccess) return { rowId: h.rowId, sent: true, detail: h.claim.detail };
      const reason = `${error?.statusCode ?? 'UNKNOWN_ERROR'}: ${error?.message ?? 'no result'}`;
      tally.failures.push({
        key: h.claim.key,
        errorCode: error?.statusCode ?? 'UNKNOWN_ERROR',
        message: error?.message ?? 'no result'
      });
      return { rowId: h.rowId, sent: false, detail: reason };
    });
    const sent = settlements.filter((s) => s.sent).length;
    tally.sent += sent;
    tally.failed += settlements.length - sent;
    context.ledger.wrote(context.label, sent);
    context.ledger.rejected(context.label, settlements.length - sent);
    tally.failures.push(...(await settle(client, settlements, context.now().toISOString(), context.retry)));
  }
  return tally;
}

type Answer = { kind: 'results'; results: ActionResult[] } | { kind: 'lost'; error: SyncError };

/**
 * Posts the inputs to the action. Its answer is one result per input, also when the org answers 400
 * because none succeeded (jsforce then throws with the results as the error's data). An error
 * before any input was read (a bad session, a 4xx of the whole request) sent nothing and is thrown
 * or failed per input; a 5xx or a dropped connection may have sent them: "lost".
 */
async function invoke(client: OrgClient, action: StandardAction, inputs: unknown[]): Promise<Answer> {
  client.meter.count(`rest:action ${action}`);
  try {
    const results = await client.conn.request<ActionResult[]>({
      method: 'POST',
      url: `${client.dataPath}/actions/standard/${action}`,
      body: JSON.stringify({ inputs }),
      headers: { 'Content-Type': 'application/json' }
    });
    return { kind: 'results', results };
  } catch (error) {
    const data = (error as { data?: unknown }).data;
    const perInput = Array.isArray(data)
      ? data
      : parsedArray((data as { message?: unknown } | undefined)?.message);
    if (perInput?.every((r) => typeof r === 'object' && r !== null && 'isSuccess' in r))
      return { kind: 'results', results: perInput as ActionResult[] };
    const apiError = toApiError(error);
    if (isTransient(apiError)) return { kind: 'lost', error: explain(apiError) };
    if (apiError.errorCode === 'INVALID_SESSION_ID' || apiError.errorCode === 'REQUEST_LIMIT_EXCEEDED')
      throw apiError;
    const problem = explain(apiError);
    return {
      kind: 'results',
      results: inputs.map(() => ({
        isSuccess: false,
        errors: [{ statusCode: problem.errorCode, message: problem.message }]
      }))
    };
  }
}

function parsedArray(value: unknown): unknown[] | null {
  if (typeof value !== 'string' || !value.startsWith('[')) return null;
  try {
    const parsed = JSON.parse(value) as unknown;
    return Array.isArray(parsed) ? parsed : null;
  } catch {
    return null;
  }
}
