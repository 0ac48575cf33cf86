/**
 * The step list's words kept as Custom Labels, so a translation reaches them (the list's other
 * words come from the view model). A label's {0} is filled with fill().
 */
import details from '@salesforce/label/c.Plan_Step_List_Details';

/** "Details of {0}": the button of a compact row (a narrow region) that shows or hides the step's details. */
export const DETAILS_LABEL: string = details;

/** A label with its {0} replaced by the value (taken as it is: no $ patterns). */
export function fill(template: string, value: string): string {
  return template.replace('{0}', () => value);
}
