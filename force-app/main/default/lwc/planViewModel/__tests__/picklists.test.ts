import type { PlanView } from 'c/planContract';
import { PICKLIST_VALUES } from 'c/planFormat';
import { optionLabel, optionsFor } from 'c/planViewModel';

const ORG: PlanView['picklists'] = {
  'Plan_Step__c.Phase__c': [
    { value: 'Discovery', label: 'Entdeckung' },
    { value: 'Pilot', label: 'Pilotphase' }
  ],
  'Plan_Step__c.Status__c': []
};

describe('picklist options', () => {
  it('it_should_offer_the_orgs_options_in_their_order_and_words', () => {
    expect(optionsFor('Plan_Step__c.Phase__c', ORG)).toEqual([
      { value: 'Discovery', label: 'Entdeckung' },
      { value: 'Pilot', label: 'Pilotphase' }
    ]);
    expect(optionLabel('Plan_Step__c.Phase__c', 'Pilot', ORG)).toBe('Pilotphase');
  });

  it('it_should_fall_back_to_the_compiled_options_before_the_load_or_for_an_empty_list', () => {
    const compiled = PICKLIST_VALUES['Plan_Step__c.Status__c'].map((value) => ({ value, label: value }));
    expect(optionsFor('Plan_Step__c.Status__c')).toEqual(compiled);
    expect(optionsFor('Plan_Step__c.Status__c', ORG)).toEqual(compiled);
    expect(optionLabel('Plan_Stakeholder__c.Stance__c', 'Blocker', undefined)).toBe('Blocker');
    expect(optionLabel('Plan_Step__c.Side__c', null, ORG)).toBe('');
  });

  it('it_should_keep_a_value_the_org_no_longer_offers_when_a_record_holds_it', () => {
    const options = optionsFor('Plan_Step__c.Phase__c', ORG, 'Adoption');
    expect(options.map((option) => option.value)).toEqual(['Discovery', 'Pilot', 'Adoption']);
    expect(optionsFor('Plan_Step__c.Phase__c', ORG, 'Pilot')).toHaveLength(2);
    expect(optionLabel('Plan_Step__c.Phase__c', 'Retired phase', ORG)).toBe('Retired phase');
  });
});
