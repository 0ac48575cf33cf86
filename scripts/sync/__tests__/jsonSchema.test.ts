import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateAgainstSchema, type SchemaNode } from '../templates/jsonSchema.ts';

const schema: SchemaNode = {
  type: 'object',
  required: ['name', 'steps'],
  additionalProperties: false,
  properties: {
    name: { type: 'string', minLength: 1, maxLength: 5 },
    steps: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          side: { type: 'string', 'x-picklist': 'Side' },
          days: { type: 'integer', minimum: -10 }
        }
      }
    }
  }
};
const picklists = new Map([['Side', ['Buyer', 'Seller']]]);

test('a valid document has no errors', () => {
  assert.deepEqual(
    validateAgainstSchema({ name: 'ok', steps: [{ side: 'Buyer', days: -3 }] }, schema, picklists),
    []
  );
});

test('each error names its JSON path and what is wrong', () => {
  const errors = validateAgainstSchema(
    { name: 'too long', extra: 1, steps: [{ side: 'Vendor', days: 1.5 }] },
    schema,
    picklists
  );
  assert.deepEqual(
    errors.map((e) => `${e.path}: ${e.message}`),
    [
      '$.name: is 8 characters; at most 5 fit',
      '$.extra: is not a known property',
      '$.steps[0].side: "Vendor" is not a value of Side; use one of: Buyer, Seller',
      '$.steps[0].days: must be integer, found number'
    ]
  );
});

test('a missing required property is reported on its parent', () => {
  const errors = validateAgainstSchema({ name: 'x' }, schema, picklists);
  assert.deepEqual(errors, [{ path: '$', message: 'is missing the required property "steps"' }]);
});
