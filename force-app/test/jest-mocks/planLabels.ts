/**
 * c/planLabels in Jest (jest.config.js maps it here): the real module, with each Custom Label it
 * imports read from the package's labels file, so the tests read the words a rep reads. Under Jest
 * an `@salesforce/label/c.Name` import is the string 'c.Name'; a name the labels file lacks fails
 * every suite that loads the record page's words.
 *
 * LABELS is one shared object: a test may change a value before rendering to show that a component
 * reads its words from the labels (and put it back after).
 */
import type * as PlanLabelsModule from '../../main/default/lwc/planLabels/planLabels';
import { LABELS_FILE, readLabels } from '../../main/default/lwc/buyerRoomModel/__tests__/data/words';

const actual = jest.requireActual<typeof PlanLabelsModule>('../../main/default/lwc/planLabels/planLabels');
const values = readLabels(LABELS_FILE);

function valueOf(key: string, imported: string): string {
  const name = imported.replace(/^c\./, '');
  const value = values.get(name);
  if (value === undefined) throw new Error(`c/planLabels ${key} imports ${name}, which ${LABELS_FILE} lacks`);
  return value;
}

export const LABELS = Object.fromEntries(
  Object.entries(actual.LABELS).map(([key, imported]) => [key, valueOf(key, imported)])
) as PlanLabelsModule.PlanLabels;

export const format = actual.format;
