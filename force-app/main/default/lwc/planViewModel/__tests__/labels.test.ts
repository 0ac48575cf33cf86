import { LABELS, type PlanLabels } from 'c/planLabels';
import type { PlanView } from 'c/planContract';
import {
  assessView,
  buildPlanHeader,
  buildStakeholderMap,
  buildStepList,
  checkBlankPlan,
  moveStep,
  optionsFor,
  ownerPreview
} from 'c/planViewModel';
import { closeWords } from '../dealImpact';
import { pastStepsWarning } from '../changeWording';
import planViewJson from '../../planContract/__tests__/data/planView.json';

const loadView = (): PlanView => JSON.parse(JSON.stringify(planViewJson)) as PlanView;

/** Runs `check` with some of the page's Custom Labels changed (as a translation would), then puts them back. */
function withLabels(changed: Partial<PlanLabels>, check: () => void): void {
  const saved = { ...LABELS };
  Object.assign(LABELS, changed);
  try {
    check();
  } finally {
    Object.assign(LABELS, saved);
  }
}

describe('the view models read the Custom Labels when they build a view', () => {
  it('it_should_word_the_step_list_with_the_labels', () => {
    withLabels({ stepListNoOwner: 'Niemand', stepListGroupCount: '{0} ({1} erledigt)' }, () => {
      const view = loadView();
      view.steps[0].ownerId = null;
      view.steps[0].ownerKey = null;
      view.steps[0].ownerName = null;
      const list = buildStepList(view, assessView(view));
      const rows = list.byPhase.flatMap((group) => group.rows);
      expect(rows.find((row) => row.id === view.steps[0].id)?.ownerName).toBe('Niemand');
      expect(list.byPhase[0].countLabel).toMatch(/^\d+ steps? \(\d+ erledigt\)$/);
    });
  });

  it('it_should_word_a_cascade_and_the_deal_with_the_labels', () => {
    withLabels(
      { changeMoves: '{0}: {1} → {2}', impactCloseMoves: 'Abschluss {0} → {1}', impactAgainst: '{0} [{1}]' },
      () => {
        const change = moveStep(loadView(), 'step-review', '2026-12-10');
        expect(change.lines[0].text).toBe('“Security review”: Dec 3, 2026 → Dec 10, 2026');
        expect(closeWords('2026-12-14', '2026-12-21', '2026-12-31', 'en-US')).toBe(
          'Abschluss Dec 14, 2026 → Dec 21, 2026 [10 days before the close date]'
        );
      }
    );
  });

  it('it_should_word_the_template_preview_the_blank_plan_and_the_header_with_the_labels', () => {
    withLabels(
      {
        templateOwnerUnassigned: 'Offen',
        blankNameMissing: 'Name fehlt.',
        changePastOne: 'Ein Schritt liegt in der Vergangenheit.',
        headerStatusDraftHelp: 'Entwurf.'
      },
      () => {
        const view = loadView();
        view.stakeholders = [];
        view.contactRoles = [];
        const preview = ownerPreview(view, [{ ownerRole: 'Legal', side: 'Buyer' }]);
        expect(preview.cells[0].name).toBe('Offen');
        expect(checkBlankPlan({ name: '', goLiveDate: '2027-01-01' }, '2026-12-01').nameError).toBe(
          'Name fehlt.'
        );
        expect(pastStepsWarning(1)).toBe('Ein Schritt liegt in der Vergangenheit.');
        if (view.plan) view.plan.status = 'Draft';
        expect(buildPlanHeader(view)?.statusHelp).toBe('Entwurf.');
      }
    );
  });

  it('it_should_word_the_stakeholder_map_with_the_labels_and_the_org_labels_of_its_values', () => {
    withLabels({ mapNoRole: 'Ohne Rolle', mapPeopleMany: '{0} Personen' }, () => {
      const view = loadView();
      const picklists = {
        'Plan_Stakeholder__c.Role__c': [{ value: 'Economic Buyer', label: 'Wirtschaftlicher Käufer' }]
      };
      const map = buildStakeholderMap({
        stakeholders: [
          { ...view.stakeholders[0], side: 'Buyer', role: 'Economic Buyer', stance: 'Champion' },
          { ...view.stakeholders[0], id: 'other', key: null, side: 'Buyer', role: null, stance: 'Champion' }
        ],
        steps: [],
        assessment: null,
        influences: optionsFor('Plan_Stakeholder__c.Influence__c'),
        stances: optionsFor('Plan_Stakeholder__c.Stance__c'),
        picklists
      });
      const cards = map.groups.flatMap((group) => group.people);
      expect(cards.map((card) => card.roleText)).toEqual(['Wirtschaftlicher Käufer', 'Ohne Rolle']);
      expect(map.groups.find((group) => group.key === 'Champion')?.countText).toBe('2 Personen');
    });
  });
});
