/**
 * The stakeholder map's words as the org holds them: read from the package's CustomLabels file, so
 * the tests read what a rep reads (and fail when a label the map imports is missing).
 */
import { MAP_WORD_KEYS, mapLabelName, type MapWordKey, type StakeholderMapWords } from 'c/planViewModel';
import { LABELS_FILE, readLabels } from '../../../buyerRoomModel/__tests__/data/words';

export function readMapWords(file: string = LABELS_FILE): StakeholderMapWords {
  const labels = readLabels(file);
  const words: Partial<Record<MapWordKey, string>> = {};
  for (const key of MAP_WORD_KEYS) {
    const value = labels.get(mapLabelName(key));
    if (value === undefined) throw new Error(`${file} has no label ${mapLabelName(key)}`);
    words[key] = value;
  }
  return words as StakeholderMapWords;
}
