import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { toRoleMappings } from '../apexBridge/roleMappings.ts';
import { startDemoOrg, type DemoOrg } from './demoOrg.ts';

let demo: DemoOrg;
before(async () => {
  demo = await startDemoOrg({ opportunities: 4 });
});
after(() => demo.close());

test('it_should_keep_each_pair_once_trimmed_and_ordered_as_the_Apex_reader_does', () => {
  assert.deepEqual(
    toRoleMappings([
      { Template_Role__c: 'Technical Evaluator', Contact_Role__c: 'Technical Buyer' },
      { Template_Role__c: ' Economic Buyer ', Contact_Role__c: 'Economic Decision Maker' },
      { Template_Role__c: 'technical evaluator', Contact_Role__c: 'TECHNICAL BUYER' },
      { Template_Role__c: 'Technical Evaluator', Contact_Role__c: 'Evaluator' },
      { Template_Role__c: 'End User', Contact_Role__c: '  ' },
      { Template_Role__c: null, Contact_Role__c: 'Business User' }
    ]),
    [
      { templateRole: 'Economic Buyer', contactRole: 'Economic Decision Maker' },
      { templateRole: 'Technical Evaluator', contactRole: 'Evaluator' },
      { templateRole: 'Technical Evaluator', contactRole: 'Technical Buyer' }
    ]
  );
});

test('it_should_carry_the_packaged_mapping_in_the_page_load', async () => {
  const [opportunity] = await demo.query('SELECT Id FROM Opportunity ORDER BY Name LIMIT 1');
  assert.ok(opportunity);
  const view = await demo.controller.getPlan({ recordId: opportunity.Id });
  // The records shipped in force-app/main/default/customMetadata, as the local org deploys them.
  assert.deepEqual(view.roleMappings, [
    { templateRole: 'Economic Buyer', contactRole: 'Economic Decision Maker' },
    { templateRole: 'End User', contactRole: 'Business User' },
    { templateRole: 'Technical Evaluator', contactRole: 'Evaluator' },
    { templateRole: 'Technical Evaluator', contactRole: 'Technical Buyer' }
  ]);
});
