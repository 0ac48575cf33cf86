/**
 * The health summary's recent changes of health: its words, one Custom Label each (Plan_History_<Words>; the key is the same words in
 * camel case), so an admin's translation is what the rep reads.
 */
import heading from '@salesforce/label/c.Plan_History_Heading';
import empty from '@salesforce/label/c.Plan_History_Empty';
import status from '@salesforce/label/c.Plan_History_Status';
import health from '@salesforce/label/c.Plan_History_Health';
import score from '@salesforce/label/c.Plan_History_Score';

export const LABELS = {
  heading,
  empty,
  status,
  health,
  score
} as const;

/** A label with its {0}, {1}, … filled in. */
export function fill(label: string, ...values: readonly (string | number)[]): string {
  return label.replace(/\{(\d+)\}/g, (placeholder, index: string) => {
    const at = Number(index);
    return at < values.length ? String(values[at]) : placeholder;
  });
}
