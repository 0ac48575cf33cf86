/** Field values compared the way Salesforce stores them, whether they came from REST JSON or Bulk CSV. */
export type FieldValue = string | number | boolean | null;

export function sameValue(current: unknown, next: FieldValue): boolean {
  const a = current === undefined || current === '' ? null : current;
  const b = next === '' ? null : next;
  if (a === null || b === null) return a === b;
  if (typeof b === 'number') return Number(a) === b;
  if (typeof b === 'boolean') return (a === true || a === 'true') === b;
  return (
    (typeof a === 'string' || typeof a === 'number' || typeof a === 'boolean'
      ? String(a)
      : JSON.stringify(a)) === b
  );
}

/** The fields of `next` whose values differ from `current`. */
export function changedFields(
  current: Record<string, unknown> | undefined,
  next: Record<string, FieldValue>
): Record<string, FieldValue> {
  const changes: Record<string, FieldValue> = {};
  for (const [field, value] of Object.entries(next)) {
    if (!current || !sameValue(current[field], value)) changes[field] = value;
  }
  return changes;
}

export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
