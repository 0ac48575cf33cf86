/**
 * The picklist options the page offers: the org's (PlanView.picklists, read from the fields'
 * metadata in the rep's language with the one load), else the options compiled into c/planFormat
 * (before the data arrives, or from a view made without them). The values the engine's rules name
 * ('Done', 'Buyer', 'Shared', 'Committed', …) stay constants; only the offered list and its labels
 * come from the org, so an admin's new value or a translated label reaches the page.
 */
import type { PicklistOptionDto, PlanView } from 'c/planContract';
import { compiledOptions, type PicklistField, type PicklistOption } from 'c/planFormat';

/** PlanView.picklists: 'Object.Field' → options. */
export type Picklists = PlanView['picklists'];

/**
 * The options of a picklist field: the org's when the load has them, else the compiled ones. With
 * `current`, a value the field no longer offers (made inactive by an admin) is kept at the end, so
 * a record that holds it still shows it.
 */
export function optionsFor(
  field: PicklistField,
  picklists?: Picklists | null,
  current?: string | null
): readonly PicklistOption[] {
  const fromOrg: readonly PicklistOptionDto[] | undefined = picklists?.[field];
  const options = fromOrg && fromOrg.length > 0 ? fromOrg : compiledOptions(field);
  if (!current || options.some((option) => option.value === current)) return options;
  return [...options, { label: current, value: current }];
}

/** The label of a value of a picklist field in the rep's language; the value itself when unknown, '' for none. */
export function optionLabel(
  field: PicklistField,
  value: string | null | undefined,
  picklists?: Picklists | null
): string {
  if (value === null || value === undefined || value === '') return '';
  return optionsFor(field, picklists).find((option) => option.value === value)?.label ?? value;
}
