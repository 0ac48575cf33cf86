import { scheduleTemplate } from 'c/planEngine';
import type { PersonDto, PlanView, RoleMappingDto, TemplateDto } from 'c/planContract';
import {
  applyTemplate,
  checkBlankPlan,
  contactRolesFor,
  defaultGoLiveDate,
  eitherOf,
  ownerPreview,
  startBlankPlan,
  templateOwners
} from 'c/planViewModel';
import planViewJson from '../../planContract/__tests__/data/planView.json';
import templatesJson from '../../planContract/__tests__/data/templates.json';

const loadView = (): PlanView => JSON.parse(JSON.stringify(planViewJson)) as PlanView;
const templates = (): TemplateDto[] => JSON.parse(JSON.stringify(templatesJson)) as TemplateDto[];

const TECH_BUYER: RoleMappingDto = { templateRole: 'Technical Evaluator', contactRole: 'Technical Buyer' };

function contact(id: string, name: string, role: string, isPrimary = false): PersonDto {
  return { kind: 'ContactRole', id, name, title: null, email: null, role, isPrimary };
}

/** An opportunity without a plan: no stakeholders yet, the given contact roles and mapping. */
function newPlanView(contactRoles: PersonDto[], roleMappings: RoleMappingDto[]): PlanView {
  const view = loadView();
  view.plan = null;
  view.steps = [];
  view.stakeholders = [];
  view.contactRoles = contactRoles;
  view.roleMappings = roleMappings;
  return view;
}

const step = (ownerRole: string | null, side: 'Buyer' | 'Seller' | 'Joint' = 'Buyer') => ({
  ownerRole,
  side
});

describe('contactRolesFor', () => {
  it('it_should_look_for_the_role_itself_then_each_mapped_contact_role_once', () => {
    const mappings: RoleMappingDto[] = [
      TECH_BUYER,
      { templateRole: 'technical evaluator ', contactRole: 'Evaluator' },
      { templateRole: 'Technical Evaluator', contactRole: 'technical buyer' },
      { templateRole: 'Technical Evaluator', contactRole: 'Technical Evaluator' },
      { templateRole: 'Economic Buyer', contactRole: 'Economic Decision Maker' }
    ];
    expect(contactRolesFor('Technical Evaluator', mappings)).toEqual([
      'Technical Evaluator',
      'Technical Buyer',
      'Evaluator'
    ]);
    expect(contactRolesFor('Legal', mappings)).toEqual(['Legal']);
    expect(contactRolesFor('Legal', undefined)).toEqual(['Legal']);
  });
});

describe('templateOwners with the admin’s role mapping', () => {
  it('it_should_give_a_technical_evaluator_step_to_the_technical_buyer_when_the_admin_maps_them', () => {
    const view = newPlanView([contact('003A', 'Terry Tech', 'Technical Buyer', true)], [TECH_BUYER]);
    const result = templateOwners(view, [step('Technical Evaluator'), step('Technical Evaluator')]);
    expect(result.inserts.map((s) => [s.key, s.name, s.side, s.role, s.contactId])).toEqual([
      ['tpl-owner-1', 'Terry Tech', 'Buyer', 'Technical Evaluator', '003A']
    ]);
    expect(result.owners).toEqual([
      { id: null, key: 'tpl-owner-1', name: 'Terry Tech' },
      { id: null, key: 'tpl-owner-1', name: 'Terry Tech' }
    ]);
    expect(result.matches[0]).toMatchObject({
      role: 'Technical Evaluator',
      source: 'contactRole',
      contactRole: 'Technical Buyer',
      isNew: true
    });
  });

  it('it_should_leave_the_step_unassigned_without_the_mapping', () => {
    const view = newPlanView([contact('003A', 'Terry Tech', 'Technical Buyer', true)], []);
    const result = templateOwners(view, [step('Technical Evaluator')]);
    expect(result.inserts).toEqual([]);
    expect(result.owners).toEqual([undefined]);
    expect(result.matches[0]).toMatchObject({
      owner: null,
      source: null,
      contactRolesSought: ['Technical Evaluator']
    });
  });

  it('it_should_still_match_an_unmapped_role_by_its_own_name_and_prefer_the_view_order', () => {
    const view = newPlanView(
      [contact('003L', 'Lee Legal', 'Legal', true), contact('003T', 'Terry Tech', 'Technical Buyer')],
      [TECH_BUYER]
    );
    const result = templateOwners(view, [step('Legal'), step('Technical Evaluator')]);
    expect(result.owners.map((owner) => owner?.name)).toEqual(['Lee Legal', 'Terry Tech']);
    expect(result.matches.map((match) => match.contactRole)).toEqual(['Legal', 'Technical Buyer']);
  });

  it('it_should_prefer_a_stakeholder_already_in_the_role_to_any_contact', () => {
    const view = loadView();
    view.roleMappings = [{ templateRole: 'Security', contactRole: 'Technical Buyer' }];
    const result = templateOwners(view, [step('Security'), step('Account Executive', 'Seller')]);
    expect(result.inserts).toEqual([]);
    expect(result.matches.map((match) => [match.owner?.id, match.source, match.isNew])).toEqual([
      ['sh-dana', 'stakeholder', false],
      ['sh-sam', 'stakeholder', false]
    ]);
  });
});

describe('ownerPreview', () => {
  it('it_should_say_who_each_step_goes_to_and_how_they_were_found', () => {
    const view = newPlanView(
      [contact('003T', 'Terry Tech', 'Technical Buyer', true), contact('003L', 'Lee Legal', 'Legal')],
      [TECH_BUYER]
    );
    const preview = ownerPreview(view, [
      step('Technical Evaluator'),
      step('Legal'),
      step('Account Executive', 'Seller')
    ]);
    expect(preview.cells).toEqual([
      {
        name: 'Terry Tech',
        detail: 'Contact role Technical Buyer, mapped to Technical Evaluator; joins the plan',
        isAssigned: true
      },
      { name: 'Lee Legal', detail: 'Contact role Legal; joins the plan', isAssigned: true },
      { name: 'Sam Seller', detail: 'The opportunity’s owner; joins the plan', isAssigned: true }
    ]);
    expect(preview.addsText).toBe(
      'Adds Terry Tech (Technical Evaluator), Lee Legal (Legal), Sam Seller (Account Executive) to the plan as step owners.'
    );
    expect(preview.unassignedText).toBe('');
  });

  it('it_should_say_why_a_step_is_unassigned_naming_every_contact_role_looked_for', () => {
    const view = newPlanView(
      [contact('003E', 'Eli Budget', 'Economic Buyer', true)],
      [TECH_BUYER, { templateRole: 'Technical Evaluator', contactRole: 'Evaluator' }]
    );
    const preview = ownerPreview(view, [
      step('Technical Evaluator'),
      step('Security'),
      step(null, 'Joint'),
      step('Sales Engineer', 'Seller')
    ]);
    expect(preview.cells).toEqual([
      {
        name: 'Unassigned',
        detail:
          'No contact has the role Technical Evaluator, Technical Buyer or Evaluator on this opportunity.',
        isAssigned: false
      },
      {
        name: 'Unassigned',
        detail: 'No contact has the role Security on this opportunity.',
        isAssigned: false
      },
      { name: 'Unassigned', detail: 'The template names no owner for this step.', isAssigned: false },
      {
        name: 'Unassigned',
        detail: 'No one on your team has the role Sales Engineer yet: add them to the plan as a stakeholder.',
        isAssigned: false
      }
    ]);
    expect(preview.unassignedCount).toBe(4);
    expect(preview.unassignedText).toBe('4 steps are unassigned: assign them once the plan is created.');
    expect(preview.addsText).toBe('');
  });

  it('it_should_name_stakeholders_too_when_the_plan_has_them', () => {
    const view = loadView();
    view.roleMappings = [];
    const preview = ownerPreview(view, [step('Legal'), step('Security')]);
    expect(preview.cells[0]).toEqual({
      name: 'Unassigned',
      detail: 'No stakeholder or contact has the role Legal on this opportunity.',
      isAssigned: false
    });
    expect(preview.cells[1]).toEqual({
      name: 'Dana Buyer',
      detail: 'On the plan as Security',
      isAssigned: true
    });
    expect(preview.unassignedText).toBe('1 step is unassigned: assign it once the plan is created.');
  });

  it('it_should_join_the_roles_looked_for_in_words', () => {
    expect(eitherOf([])).toBe('');
    expect(eitherOf(['Legal'])).toBe('Legal');
    expect(eitherOf(['A', 'B'])).toBe('A or B');
    expect(eitherOf(['A', 'B', 'C'])).toBe('A, B or C');
  });
});

describe('applyTemplate through the mapping, in one confirmation', () => {
  it('it_should_give_the_mapped_contact_the_steps_and_save_without_a_second_confirmation', () => {
    const view = newPlanView([contact('003T', 'Terry Tech', 'Technical Buyer', true)], [TECH_BUYER]);
    const [template] = templates();
    template.steps = template.steps.map((s) => ({ ...s, ownerRole: 'Technical Evaluator' }));
    const { steps } = scheduleTemplate(template.steps, '2027-03-01', view.today);
    const change = applyTemplate(view, {
      template,
      planName: 'Acme rollout',
      goLiveDate: '2027-03-01',
      skipWeekends: false,
      steps
    });
    expect(change.changeSet.stakeholders.inserts.map((s) => [s.name, s.role, s.contactId])).toEqual([
      ['Terry Tech', 'Technical Evaluator', '003T']
    ]);
    expect(change.changeSet.steps.inserts.every((s) => s.ownerKey === 'tpl-owner-1')).toBe(true);
    expect(change.canSave).toBe(true);
    expect(change.needsConfirmation).toBe(false);
  });
});

describe('starting a blank plan', () => {
  it('it_should_offer_the_close_date_plus_30_days_or_today_plus_90_as_the_go_live_date', () => {
    expect(defaultGoLiveDate('2026-12-31', '2026-12-01')).toBe('2027-01-30');
    expect(defaultGoLiveDate(null, '2026-12-01')).toBe('2027-03-01');
    expect(defaultGoLiveDate(null, null)).toBeNull();
  });

  it('it_should_ask_for_a_name_and_a_go_live_date_from_today_on', () => {
    expect(checkBlankPlan({ name: '  ', goLiveDate: '' }, '2026-12-01', 'en-US')).toEqual({
      nameError: 'Enter a name for the plan.',
      goLiveError: 'Enter the buyer’s go-live date.',
      isValid: false
    });
    expect(checkBlankPlan({ name: 'Acme rollout', goLiveDate: '2026-11-30' }, '2026-12-01', 'en-US')).toEqual(
      {
        nameError: '',
        goLiveError: 'Choose a go-live date from today (Dec 1, 2026) on.',
        isValid: false
      }
    );
    expect(checkBlankPlan({ name: 'Acme rollout', goLiveDate: '2026-12-01' }, '2026-12-01')).toEqual({
      nameError: '',
      goLiveError: '',
      isValid: true
    });
  });

  it('it_should_create_the_plan_with_the_name_and_go_live_date_the_rep_gave', () => {
    const view = loadView();
    view.plan = null;
    const change = startBlankPlan(view, 'en-US', { name: 'Acme – pilot first', goLiveDate: '2027-04-01' });
    expect(change.changeSet.plan).toMatchObject({
      id: null,
      name: 'Acme – pilot first',
      goLiveDate: '2027-04-01',
      status: 'Draft'
    });
    expect(change.needsConfirmation).toBe(false);
    expect(change.canSave).toBe(true);
  });
});
