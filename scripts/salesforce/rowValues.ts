/**
 * A record as the org returns it, through REST (typed JSON) or Bulk API 2.0 (CSV strings), and its
 * values read the same way whichever of the two it came from.
 */
import type { Commitment } from '../planEngine.ts';

export type Row = Record<string, unknown>;

/** A scalar as text; anything else (never expected from the API) as JSON. */
export function scalarText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

export function text(value: unknown): string | null {
  if (value === undefined || value === null || value === '') return null;
  return scalarText(value);
}

export function flag(value: unknown): boolean {
  return value === true || value === 'true';
}

export function num(value: unknown): number | null {
  if (value === undefined || value === null || value === '') return null;
  const n = Number(value);
  return Number.isFinite(n) ? n : null;
}

const COMMITMENTS: readonly Commitment[] = ['Not Asked', 'Asked', 'Committed', 'Declined'];

/** Plan_Step__c.Commitment__c; blank (a step saved before the field existed) reads as Not Asked. */
export function commitmentOf(value: unknown): Commitment {
  const t = text(value);
  return COMMITMENTS.find((c) => c === t) ?? 'Not Asked';
}
