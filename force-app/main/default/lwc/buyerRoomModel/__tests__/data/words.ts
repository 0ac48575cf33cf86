/**
 * The buyer room's words as the org holds them: read from the package's CustomLabels file, so the
 * tests read the sentences a buyer reads (and fail when a label the page imports is missing).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { WORD_KEYS, labelName, type BuyerRoomWords } from 'c/buyerRoomModel';

export const LABELS_FILE = path.resolve(__dirname, '../../../../labels/CustomLabels.labels-meta.xml');

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Every Custom Label of the package, by name. */
export function readLabels(file: string = LABELS_FILE): Map<string, string> {
  const labels = new Map<string, string>();
  for (const block of readFileSync(file, 'utf8').matchAll(/<labels>([\s\S]*?)<\/labels>/g)) {
    const name = /<fullName\s*>([\s\S]*?)<\/fullName>/.exec(block[1])?.[1].trim();
    const value = /<value\s*>([\s\S]*?)<\/value>/.exec(block[1])?.[1];
    if (name && value !== undefined) {
      labels.set(
        name,
        value.replace(/&(amp|lt|gt|quot|apos);/g, (_, entity: string) => ENTITIES[entity] ?? '')
      );
    }
  }
  return labels;
}

/** The buyer room's words from the labels file; throws when one is missing. */
export function readWords(file: string = LABELS_FILE): BuyerRoomWords {
  const labels = readLabels(file);
  const words: Partial<Record<(typeof WORD_KEYS)[number], string>> = {};
  for (const key of WORD_KEYS) {
    const value = labels.get(labelName(key));
    if (value === undefined) throw new Error(`${file} has no label ${labelName(key)}`);
    words[key] = value;
  }
  return words as BuyerRoomWords;
}
