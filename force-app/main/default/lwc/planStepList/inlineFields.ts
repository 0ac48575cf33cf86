/**
 * The step row's inline fields (a native status select and date input, drawn for one row at a time):
 * their options, and what a field sends. A status picked from the list is sent at once; one reached
 * with the keys on the closed select, and a date, only on Enter or when the field loses the focus.
 */
import { STATUS_OPTIONS, type Option } from 'c/planViewModel';

export interface StatusOptionItem extends Option {
  selected: boolean;
}

/** Keys that change a closed select's value in place (as do typed letters): its value is not final yet. */
const NAVIGATION_KEYS = new Set([
  'ArrowUp',
  'ArrowDown',
  'ArrowLeft',
  'ArrowRight',
  'Home',
  'End',
  'PageUp',
  'PageDown'
]);

/**
 * The status field's options (the list's: the org's, else the compiled ones), the step's status
 * selected; a status the field no longer offers stays offered while the step holds it.
 */
export function statusOptions(
  status: string | undefined,
  options: readonly Option[] = STATUS_OPTIONS
): StatusOptionItem[] {
  const items = options.map((option) => ({ ...option, selected: option.value === status }));
  if (status && !items.some((item) => item.selected))
    items.push({ label: status, value: status, selected: true });
  return items;
}

/** A key that steps a closed select through its values (an arrow, Home, End, a typed letter). */
export function stepsThroughValues(event: KeyboardEvent): boolean {
  return !event.altKey && (NAVIGATION_KEYS.has(event.key) || (event.key.length === 1 && event.key !== ' '));
}

/** The date a date field sends: a date typed only in part is not a cleared date, the saved one stays. */
export function dateToSend(input: HTMLInputElement, saved: string): string {
  return input.validity.badInput ? saved : input.value;
}
