/**
 * A component's LABELS as a rep reads them: under Jest an `@salesforce/label/c.Name` import is the
 * string 'c.Name', so each is replaced by its value in the package's labels file (a missing label
 * fails the suite).
 */
import { LABELS_FILE, readLabels } from '../../../buyerRoomModel/__tests__/data/words';

export function realLabels<T extends Record<string, string>>(imported: T): T {
  const values = readLabels(LABELS_FILE);
  return Object.fromEntries(
    Object.entries(imported).map(([key, name]) => {
      const value = values.get(name.replace(/^c\./, ''));
      if (value === undefined) throw new Error(`${key} imports ${name}, which ${LABELS_FILE} lacks`);
      return [key, value];
    })
  ) as T;
}
