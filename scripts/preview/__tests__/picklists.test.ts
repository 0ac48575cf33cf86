// The bridge's PlanView.picklists: the org's describe of each field the page offers (the local org
// builds it from the field XML), active values with their labels in the field's order.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { PICKLIST_VALUES } from '../../../force-app/main/default/lwc/planFormat/planFormat.ts';
import { findDemoLinks, type DemoLinks } from '../demoLinks.ts';
import { startDemoOrg, type DemoOrg } from './demoOrg.ts';

let demo: DemoOrg;
let links: DemoLinks;

before(async () => {
  demo = await startDemoOrg();
  links = await findDemoLinks(demo.controller);
});
after(() => demo.close());

describe('getPlan picklists', () => {
  test('it_should_carry_every_offered_field_with_its_values_and_labels_in_the_field_order', async () => {
    assert.ok(links.overdue, 'the demo data has an opportunity with a plan');
    const view = await demo.controller.getPlan({ recordId: links.overdue.id });
    const picklists = view.picklists ?? {};
    assert.deepEqual(Object.keys(picklists).sort(), Object.keys(PICKLIST_VALUES).sort());
    for (const [key, values] of Object.entries(PICKLIST_VALUES)) {
      assert.deepEqual(
        picklists[key].map((option) => option.value),
        [...values],
        `${key}: the field's values, in order`
      );
    }
    // The field XML labels Commitment's values as it names them.
    assert.deepEqual(picklists['Plan_Step__c.Commitment__c'].at(0), {
      value: 'Not Asked',
      label: 'Not Asked'
    });
  });
});
