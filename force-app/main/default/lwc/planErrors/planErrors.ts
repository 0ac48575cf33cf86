/**
 * reduceErrors: what went wrong, as sentences a rep can act on. Takes whatever an Apex call or a
 * wire adapter rejects with (an AuraHandledException's { body: { message } }, a DML failure's page
 * and field errors, UI API error arrays, a JavaScript Error, a network failure) and never throws.
 * Its own sentences (no connection, nothing readable) are Custom Labels (c/planLabels).
 */
import { LABELS } from 'c/planLabels';

type Loose = Record<string, unknown>;

function isObject(value: unknown): value is Loose {
  return typeof value === 'object' && value !== null;
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

/** Messages of a list of { message } objects (page errors, UI API errors, field errors). */
function messagesOf(list: unknown): string[] {
  if (!Array.isArray(list)) return [];
  const out: string[] = [];
  for (const item of list) {
    const message = isObject(item) ? text(item.message) : text(item);
    if (message) out.push(message);
  }
  return out;
}

/** Messages of a { field: [{ message }] } map. */
function fieldMessages(map: unknown): string[] {
  if (!isObject(map)) return [];
  return Object.values(map).flatMap((list) => messagesOf(list));
}

/** Messages in one error's body, in the shapes Apex and the UI API use. */
function bodyMessages(body: unknown): string[] {
  if (Array.isArray(body)) return messagesOf(body);
  const single = text(body);
  if (single) return [single];
  if (!isObject(body)) return [];
  const out = [
    ...messagesOf(body.pageErrors),
    ...fieldMessages(body.fieldErrors),
    ...(isObject(body.output)
      ? [...messagesOf(body.output.errors), ...fieldMessages(body.output.fieldErrors)]
      : [])
  ];
  const message = text(body.message);
  if (out.length === 0 && message) out.push(message);
  return out;
}

function messagesOfOne(error: unknown): string[] {
  const single = text(error);
  if (single) return [single];
  if (!isObject(error)) return [];
  if ('body' in error && error.body !== undefined && error.body !== null) {
    const fromBody = bodyMessages(error.body);
    if (fromBody.length > 0) return fromBody;
  }
  // fetch failures and a lost connection reach the component with status 0 and no body.
  if (error.status === 0) return [LABELS.problemOffline];
  const message = text(error.message);
  if (message) return [message];
  const statusText = text(error.statusText);
  return statusText ? [statusText] : [];
}

/** Ends a message as a sentence (Apex messages often lack the final stop). */
function asSentence(message: string): string {
  return /[.!?]$/.test(message) ? message : `${message}.`;
}

/**
 * The readable sentences in an error (or a list of errors), each once, in order. Always at least
 * one sentence.
 */
export function reduceErrors(error: unknown): string[] {
  const errors: unknown[] = Array.isArray(error) ? error : [error];
  const seen = new Set<string>();
  const out: string[] = [];
  for (const one of errors) {
    for (const message of messagesOfOne(one)) {
      const sentence = asSentence(message);
      if (!seen.has(sentence)) {
        seen.add(sentence);
        out.push(sentence);
      }
    }
  }
  return out.length > 0 ? out : [LABELS.problemFallback];
}

/** reduceErrors as one line, for a toast or an error panel. */
export function errorSentence(error: unknown): string {
  return reduceErrors(error).join(' ');
}
