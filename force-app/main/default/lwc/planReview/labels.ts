/**
 * The plan's review rhythm (c-plan-review): its words, one Custom Label each (Plan_Review_<Words>;
 * the key is the same words in camel case), so an admin's translation is what the rep reads.
 */
import heading from '@salesforce/label/c.Plan_Review_Heading';
import cadence from '@salesforce/label/c.Plan_Review_Cadence';
import noCadence from '@salesforce/label/c.Plan_Review_No_Cadence';
import last from '@salesforce/label/c.Plan_Review_Last';
import never from '@salesforce/label/c.Plan_Review_Never';
import next from '@salesforce/label/c.Plan_Review_Next';
import notScheduled from '@salesforce/label/c.Plan_Review_Not_Scheduled';
import overdueOne from '@salesforce/label/c.Plan_Review_Overdue_One';
import overdueMany from '@salesforce/label/c.Plan_Review_Overdue_Many';
import lastNote from '@salesforce/label/c.Plan_Review_Last_Note';
import mark from '@salesforce/label/c.Plan_Review_Mark';
import note from '@salesforce/label/c.Plan_Review_Note';
import confirm from '@salesforce/label/c.Plan_Review_Confirm';
import cancel from '@salesforce/label/c.Plan_Review_Cancel';
import noteTooLong from '@salesforce/label/c.Plan_Review_Note_Too_Long';
import recorded from '@salesforce/label/c.Plan_Review_Recorded';
import recordedNext from '@salesforce/label/c.Plan_Review_Recorded_Next';
import recordedNoNext from '@salesforce/label/c.Plan_Review_Recorded_No_Next';
import notRecorded from '@salesforce/label/c.Plan_Review_Not_Recorded';

export const LABELS = {
  heading,
  cadence,
  noCadence,
  last,
  never,
  next,
  notScheduled,
  overdueOne,
  overdueMany,
  lastNote,
  mark,
  note,
  confirm,
  cancel,
  noteTooLong,
  recorded,
  recordedNext,
  recordedNoNext,
  notRecorded
} as const;

/** A label with its {0}, {1}, … filled in. */
export function fill(label: string, ...values: readonly (string | number)[]): string {
  return label.replace(/\{(\d+)\}/g, (placeholder, index: string) => {
    const at = Number(index);
    return at < values.length ? String(values[at]) : placeholder;
  });
}
