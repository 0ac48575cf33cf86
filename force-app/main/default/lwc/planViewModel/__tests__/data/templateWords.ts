/**
 * The template picker's and the blank plan form's words as the org holds them: read from the
 * package's CustomLabels file, so the tests read the sentences a rep reads (and fail when a label
 * the components import is missing).
 */
import {
  BLANK_PLAN_LABELS,
  TEMPLATE_OWNER_LABELS,
  type BlankPlanWords,
  type TemplateOwnerWords
} from 'c/planViewModel';
import { readLabels } from '../../../buyerRoomModel/__tests__/data/words';

function wordsOf<K extends string>(names: Readonly<Record<K, string>>): Record<K, string> {
  const labels = readLabels();
  const words = {} as Record<K, string>;
  for (const key of Object.keys(names) as K[]) {
    const value = labels.get(names[key]);
    if (value === undefined) throw new Error(`the labels file has no label ${names[key]}`);
    words[key] = value;
  }
  return words;
}

export function ownerWords(): TemplateOwnerWords {
  return wordsOf(TEMPLATE_OWNER_LABELS);
}

export function blankPlanWords(): BlankPlanWords {
  return wordsOf(BLANK_PLAN_LABELS);
}
