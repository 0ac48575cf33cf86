import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { PROJECT_ROOT } from '../../localorg/index.ts';
import { MESSAGES, fillMessage } from '../apexBridge/errors.ts';

/** The sentences of PlanErrors.cls by constant name (NO_PLAN_YET → noPlanYet), as Apex reads them. */
function apexMessages(): Map<string, string> {
  const source = fs.readFileSync(
    path.join(PROJECT_ROOT, 'force-app/main/default/classes/PlanErrors.cls'),
    'utf8'
  );
  const messages = new Map<string, string>();
  for (const match of source.matchAll(/static final String (\w+)\s*=\s*'((?:[^'\\]|\\.)*)';/g)) {
    const camel = match[1].toLowerCase().replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());
    messages.set(camel, match[2].replace(/\\(.)/g, '$1'));
  }
  return messages;
}

test('it_should_give_the_bridge_every_sentence_of_PlanErrors_cls_word_for_word', () => {
  const apex = apexMessages();
  assert.ok(apex.size >= 15, `read ${apex.size} sentences from PlanErrors.cls`);
  for (const [name, sentence] of Object.entries(MESSAGES)) {
    assert.equal(sentence, apex.get(name), `MESSAGES.${name} and PlanErrors.cls`);
  }
});

test('it_should_fill_placeholders_as_String_format_does_and_keep_templates_free_of_apostrophes', () => {
  assert.equal(fillMessage('{1} after {0}, {0} again', ['a', 'b']), 'b after a, a again');
  for (const [name, sentence] of Object.entries(MESSAGES)) {
    // String.format (MessageFormat) reads an apostrophe as quoting in a template with placeholders.
    if (/\{\d+\}/.test(sentence)) assert.doesNotMatch(sentence, /'/, `MESSAGES.${name}`);
  }
});
