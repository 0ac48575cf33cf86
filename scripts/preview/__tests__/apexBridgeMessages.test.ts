import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { MESSAGES, MESSAGE_KEYS, fillMessage } from '../apexBridge/errors.ts';
import { errorLabelName, errorMessages, readLabels } from '../apexBridge/labels.ts';

test('it_should_read_every_sentence_from_the_custom_labels_PlanErrors_cls_reads', () => {
  const labels = readLabels();
  for (const key of MESSAGE_KEYS) {
    assert.equal(MESSAGES[key], labels.get(errorLabelName(key)), `MESSAGES.${key}`);
  }
  assert.equal(errorLabelName('dependencyCycle'), 'Plan_Error_Dependency_Cycle');
});

test('it_should_refuse_to_start_when_a_label_is_missing', () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'labels-'));
  const file = path.join(folder, 'CustomLabels.labels-meta.xml');
  fs.writeFileSync(
    file,
    `<?xml version="1.0" encoding="UTF-8"?>
<CustomLabels xmlns="http://soap.sforce.com/2006/04/metadata">
  <labels><fullName>Plan_Error_Locked</fullName><value>Someone else is saving. Don&apos;t wait.</value></labels>
</CustomLabels>`
  );
  assert.deepEqual(errorMessages(['locked'], file), { locked: "Someone else is saving. Don't wait." });
  assert.throws(() => errorMessages(['locked', 'noRecord'], file), /no label Plan_Error_No_Record/);
});

test('it_should_fill_placeholders_as_String_format_does_and_keep_templates_free_of_apostrophes', () => {
  assert.equal(fillMessage('{1} after {0}, {0} again', ['a', 'b']), 'b after a, a again');
  for (const [name, sentence] of Object.entries(MESSAGES)) {
    // String.format (MessageFormat) reads an apostrophe as quoting in a template with placeholders.
    if (/\{\d+\}/.test(sentence)) assert.doesNotMatch(sentence, /'/, `MESSAGES.${name}`);
    assert.doesNotMatch(sentence, /\n/, `MESSAGES.${name} is one line`);
  }
});
