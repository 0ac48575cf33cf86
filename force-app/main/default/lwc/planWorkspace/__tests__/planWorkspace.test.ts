import { createElement } from 'lwc';
import { LABELS, type PlanLabels } from 'c/planLabels';
import PlanWorkspace from 'c/planWorkspace';
import getPlan from '@salesforce/apex/PlanController.getPlan';
import savePlan from '@salesforce/apex/PlanController.savePlan';
import getTemplates from '@salesforce/apex/PlanController.getTemplates';
import shareWithBuyers from '@salesforce/apex/PlanController.shareWithBuyers';
import revokeShare from '@salesforce/apex/PlanController.revokeShare';
import { refreshApex } from '@salesforce/apex';
import { notifyRecordUpdateAvailable } from 'lightning/uiRecordApi';
import type * as SfdxLwcJest from '@salesforce/sfdx-lwc-jest';
import type { ApexTestWireAdapter } from '@salesforce/sfdx-lwc-jest';
import { scheduleTemplate } from 'c/planEngine';
import type {
  PlanChangeSet,
  PlanView,
  ShareRequest,
  ShareResult,
  StakeholderDto,
  StepDto,
  TemplateDto
} from 'c/planContract';
import type {
  BuyerUpdatesView,
  HealthSummaryView,
  PendingChange,
  ShareLinkView,
  SharingView,
  StepListView
} from 'c/planViewModel';
import planViewJson from '../../planContract/__tests__/data/planView.json';
import templatesJson from '../../planContract/__tests__/data/templates.json';

jest.mock(
  '@salesforce/apex/PlanController.getPlan',
  () => {
    const { createApexTestWireAdapter } = jest.requireActual<typeof SfdxLwcJest>('@salesforce/sfdx-lwc-jest');
    return { default: createApexTestWireAdapter(jest.fn()) };
  },
  { virtual: true }
);
jest.mock('@salesforce/apex/PlanController.savePlan', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/PlanController.getTemplates', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/PlanController.shareWithBuyers', () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock('@salesforce/apex/PlanController.revokeShare', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex', () => ({ refreshApex: jest.fn(() => Promise.resolve()) }), { virtual: true });

const getPlanAdapter = getPlan as unknown as ApexTestWireAdapter;
const savePlanMock = savePlan as unknown as jest.Mock<Promise<PlanView>, [{ changeSetJson: string }]>;
const getTemplatesMock = getTemplates as unknown as jest.Mock<Promise<TemplateDto[]>, []>;
const shareWithBuyersMock = shareWithBuyers as unknown as jest.Mock<
  Promise<ShareResult>,
  [{ requestJson: string }]
>;
const revokeShareMock = revokeShare as unknown as jest.Mock<Promise<PlanView>, [{ shareId: string }]>;
const refreshApexMock = refreshApex as unknown as jest.Mock<Promise<void>, [unknown]>;
const notifyMock = notifyRecordUpdateAvailable as unknown as jest.Mock<
  Promise<void>,
  [{ recordId: string }[]]
>;

type WorkspaceElement = HTMLElement & { recordId?: string; flexipageRegionWidth?: string };
type Child<P> = HTMLElement & P;

const loadView = (): PlanView => JSON.parse(JSON.stringify(planViewJson)) as PlanView;
const templates = (): TemplateDto[] => JSON.parse(JSON.stringify(templatesJson)) as TemplateDto[];

/** Lets promises (Apex calls) settle and the component re-render. */
// eslint-disable-next-line @lwc/lwc/no-async-operation -- a test waits a macrotask for Apex promises to settle
const flush = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

function render(props: Partial<WorkspaceElement> = {}): WorkspaceElement {
  const element = createElement('c-plan-workspace', { is: PlanWorkspace }) as WorkspaceElement;
  element.recordId = '006000000000001AAA';
  Object.assign(element, props);
  document.body.appendChild(element);
  return element;
}

async function renderWith(
  view: PlanView | null,
  props: Partial<WorkspaceElement> = {}
): Promise<WorkspaceElement> {
  const element = render(props);
  if (view) getPlanAdapter.emit(view);
  await flush();
  return element;
}

function root(element: HTMLElement): ShadowRoot {
  if (!element.shadowRoot) throw new Error('no shadow root');
  return element.shadowRoot;
}

function child<P>(element: HTMLElement, selector: string): Child<P> {
  const found = root(element).querySelector<Child<P>>(selector);
  if (!found) throw new Error(`${selector} is not rendered`);
  return found;
}

function fire(target: Element, name: string, detail?: unknown): void {
  target.dispatchEvent(new CustomEvent(name, { detail }));
}

function stepList(
  element: HTMLElement
): Child<{ list: StepListView; readOnly: boolean; disabled: boolean; narrow: boolean }> {
  return child(element, 'c-plan-step-list');
}

function preview(element: HTMLElement): Child<{ change: PendingChange; saving: boolean }> {
  return child(element, 'c-plan-cascade-preview');
}

function sentChangeSet(call = 0): PlanChangeSet {
  return JSON.parse(savePlanMock.mock.calls[call][0].changeSetJson) as PlanChangeSet;
}

/** What savePlan returns: the view after the save, with the given steps' fields changed. */
function savedView(changes: Record<string, Partial<StepDto>> = {}): PlanView {
  const view = loadView();
  view.steps = view.steps.map((step) => ({ ...step, ...(changes[step.id ?? ''] ?? {}) }));
  return view;
}

/** The tabs (c-plan-tabs draws them; the workspace fills their panel). */
function tabs(element: HTMLElement): HTMLElement & { active: string; label: string } {
  return child(element, 'c-plan-tabs');
}

function tab(element: HTMLElement, label: string): HTMLElement {
  const found = Array.from(root(tabs(element)).querySelectorAll<HTMLElement>('[role="tab"]')).find(
    (t) => t.textContent.trim() === label
  );
  if (!found) throw new Error(`no ${label} tab`);
  return found;
}

function selectTab(element: HTMLElement, label: string): void {
  tab(element, label).click();
}

describe('c-plan-workspace', () => {
  afterEach(() => {
    while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
    jest.clearAllMocks();
  });

  describe('loading', () => {
    it('it_should_ask_getPlan_for_the_record_and_show_a_spinner_until_it_answers', async () => {
      const element = render();
      await Promise.resolve();
      expect(getPlanAdapter.getLastConfig()).toEqual({ recordId: '006000000000001AAA' });
      const spinner = child<{ alternativeText: string }>(element, 'lightning-spinner');
      expect(spinner.alternativeText).toBe('Loading the plan');
    });

    it('it_should_show_the_plan_with_the_engine_health_and_step_rows', async () => {
      const element = await renderWith(loadView());
      expect(root(element).querySelector('lightning-spinner')).toBeNull();
      expect(child(element, '[data-id="plan-name"]').textContent).toBe('Acme – 2027 rollout plan');
      expect(child(element, '[data-id="plan-meta"]').textContent).toBe(
        'Active · Sales · Acme – 2027 rollout'
      );
      const summary = child<{ summary: HealthSummaryView }>(element, 'c-plan-health-summary').summary;
      expect(summary.status).toBe('At Risk');
      // The buying committee counts too: the fixture names no economic buyer, signer or champion.
      expect(summary.reasons.map((r) => r.text)).toEqual([
        '1 buyer step overdue by 5 days',
        'no economic buyer named',
        'no signer named',
        'no champion named',
        '1 open step without an owner'
      ]);
      const list = stepList(element).list;
      expect(list.byPhase.map((g) => g.label)).toEqual([
        'Discovery',
        'Security and Legal',
        'Procurement',
        'Signature',
        'Onboarding'
      ]);
      expect(list.byPhase[1].rows[0].overdueLabel).toBe('Overdue, 5 days late');
      expect(stepList(element).readOnly).toBe(false);
      expect(savePlanMock).not.toHaveBeenCalled();
      expect(getTemplatesMock).not.toHaveBeenCalled();
    });

    it('it_should_show_a_load_error_a_rep_can_act_on_and_reload', async () => {
      const element = render();
      getPlanAdapter.error({ message: 'You do not have access to this opportunity.' }, 403, 'Forbidden');
      await flush();
      const panel = child(element, '[data-id="error-panel"]');
      expect(panel.getAttribute('role')).toBe('alert');
      expect(panel.querySelector('h2')?.textContent).toBe('The plan could not be loaded');
      expect(panel.querySelector('li')?.textContent).toBe('You do not have access to this opportunity.');
      expect(root(element).querySelector('lightning-spinner')).toBeNull();
      child(element, 'lightning-button[data-id="reload"]').click();
      expect(refreshApexMock).toHaveBeenCalledTimes(1);
    });

    it('it_should_stack_when_it_measures_too_little_room', async () => {
      // jsdom has no ResizeObserver: a stand-in that reports the width the test gives it.
      const observed: { report: (width: number) => void }[] = [];
      const globals = globalThis as { ResizeObserver?: unknown };
      const original = globals.ResizeObserver;
      globals.ResizeObserver = class {
        private readonly callback: (entries: { contentRect: { width: number } }[]) => void;
        constructor(callback: (entries: { contentRect: { width: number } }[]) => void) {
          this.callback = callback;
        }
        observe(): void {
          observed.push({ report: (width) => this.callback([{ contentRect: { width } }]) });
        }
        disconnect(): void {
          observed.length = 0;
        }
      };
      try {
        const element = await renderWith(loadView());
        expect(observed).toHaveLength(1);
        expect(stepList(element).narrow).toBe(false);
        observed[0].report(420);
        await flush();
        expect(stepList(element).narrow).toBe(true);
        observed[0].report(900);
        await flush();
        expect(stepList(element).narrow).toBe(false);
      } finally {
        globals.ResizeObserver = original;
      }
    });

    it('it_should_use_the_wide_layout_in_a_wide_region', async () => {
      const element = await renderWith(loadView(), { flexipageRegionWidth: 'LARGE' });
      expect(stepList(element).narrow).toBe(false);
    });

    it('it_should_fit_a_narrow_region', async () => {
      const element = await renderWith(loadView(), { flexipageRegionWidth: 'SMALL' });
      expect(stepList(element).narrow).toBe(true);
      expect(child<{ narrow: boolean }>(element, 'c-plan-health-summary').narrow).toBe(true);
    });
  });

  describe('inline changes', () => {
    it('it_should_preview_the_cascade_of_a_date_change_before_saving', async () => {
      const element = await renderWith(loadView());
      fire(stepList(element), 'stepdatechange', { stepId: 'step-review', dueDate: '2026-12-10' });
      await flush();
      const lines = preview(element).change.lines.map((l) => l.text);
      expect(lines).toEqual([
        '“Security review” moves from Dec 3, 2026 to Dec 10, 2026',
        '“Legal redlines” moves from Dec 8, 2026 to Dec 14, 2026: it starts the day after “Security review” is due (now Dec 10, 2026) and takes 3 days',
        '“Contract signed” moves from Dec 14, 2026 to Dec 15, 2026: it starts the day “Legal redlines” is due (now Dec 14, 2026) and takes 1 day'
      ]);
      expect(savePlanMock).not.toHaveBeenCalled();
    });

    it('it_should_save_the_confirmed_change_with_one_call_and_show_the_returned_plan', async () => {
      const element = await renderWith(loadView());
      fire(stepList(element), 'stepdatechange', { stepId: 'step-review', dueDate: '2026-12-10' });
      await flush();
      const saved = savedView({
        'step-review': { dueDate: '2026-12-10' },
        'step-redlines': { dueDate: '2026-12-14' },
        'step-signature': { dueDate: '2026-12-15' }
      });
      saved.plan = { ...(saved.plan ?? loadView().plan), name: 'Acme plan (saved)' } as PlanView['plan'];
      savePlanMock.mockResolvedValue(saved);
      fire(preview(element), 'confirm');
      await flush();
      expect(savePlanMock).toHaveBeenCalledTimes(1);
      const changeSet = sentChangeSet();
      expect(changeSet.opportunityId).toBe('006000000000001AAA');
      expect(changeSet.steps.updates.map((s) => [s.id, s.dueDate])).toEqual([
        ['step-review', '2026-12-10'],
        ['step-redlines', '2026-12-14'],
        ['step-signature', '2026-12-15']
      ]);
      expect(root(element).querySelector('c-plan-cascade-preview')).toBeNull();
      expect(child(element, '[data-id="plan-name"]').textContent).toBe('Acme plan (saved)');
      const review = stepList(element).list.byPhase[1].rows[1];
      expect(review.dueDate).toBe('2026-12-10');
      // The returned view is the truth: no second server call for the save.
      expect(refreshApexMock).not.toHaveBeenCalled();
      // The record page's other components are told the opportunity and the plan changed.
      expect(notifyMock).toHaveBeenCalledTimes(1);
      expect(notifyMock).toHaveBeenCalledWith([
        { recordId: '006000000000001AAA' },
        { recordId: saved.plan?.id ?? 'no plan' }
      ]);
      expect(child(element, '[data-id="status-message"]').textContent).toBe(
        '“Security review” is due Dec 10, 2026 (2 dependent steps moved).'
      );

      // A later visit may get getPlan from Lightning's cache, from before the save: it refreshes once.
      document.body.removeChild(element);
      const revisit = await renderWith(loadView());
      expect(refreshApexMock).toHaveBeenCalledTimes(1);
      getPlanAdapter.emit(saved);
      await flush();
      expect(refreshApexMock).toHaveBeenCalledTimes(1);
      expect(child(revisit, '[data-id="plan-name"]').textContent).toBe('Acme plan (saved)');
    });

    it('it_should_save_a_change_without_a_cascade_at_once', async () => {
      const element = await renderWith(loadView());
      savePlanMock.mockResolvedValue(savedView({ 'step-pricing': { dueDate: '2026-12-11' } }));
      fire(stepList(element), 'stepdatechange', { stepId: 'step-pricing', dueDate: '2026-12-11' });
      await flush();
      expect(root(element).querySelector('c-plan-cascade-preview')).toBeNull();
      expect(savePlanMock).toHaveBeenCalledTimes(1);
      expect(sentChangeSet().steps.updates.map((s) => [s.id, s.dueDate])).toEqual([
        ['step-pricing', '2026-12-11']
      ]);
    });

    it('it_should_show_the_spinner_and_disable_the_rows_while_saving', async () => {
      const element = await renderWith(loadView());
      let resolve: (view: PlanView) => void = () => undefined;
      savePlanMock.mockReturnValue(new Promise<PlanView>((r) => (resolve = r)));
      fire(stepList(element), 'stepstatuschange', { stepId: 'step-review', status: 'In Progress' });
      await Promise.resolve();
      expect(child<{ alternativeText: string }>(element, 'lightning-spinner').alternativeText).toBe(
        'Saving the plan'
      );
      expect(stepList(element).disabled).toBe(true);
      resolve(savedView({ 'step-review': { status: 'In Progress' } }));
      await flush();
      expect(root(element).querySelector('lightning-spinner')).toBeNull();
      expect(stepList(element).disabled).toBe(false);
    });

    it('it_should_complete_a_step_today_when_its_status_is_set_to_done', async () => {
      const element = await renderWith(loadView());
      savePlanMock.mockResolvedValue(savedView());
      fire(stepList(element), 'stepstatuschange', { stepId: 'step-questionnaire', status: 'Done' });
      await flush();
      expect(savePlanMock).toHaveBeenCalledTimes(1);
      expect(sentChangeSet().steps.updates).toEqual([
        expect.objectContaining({ id: 'step-questionnaire', status: 'Done', completedDate: '2026-12-01' })
      ]);
    });

    it('it_should_cancel_a_preview_without_saving_and_redraw_the_rows', async () => {
      const element = await renderWith(loadView());
      const before = stepList(element).list.byPhase[1].rows[1].rowKey;
      fire(stepList(element), 'stepdatechange', { stepId: 'step-review', dueDate: '2026-12-10' });
      await flush();
      fire(preview(element), 'cancel');
      await flush();
      expect(root(element).querySelector('c-plan-cascade-preview')).toBeNull();
      expect(savePlanMock).not.toHaveBeenCalled();
      const row = stepList(element).list.byPhase[1].rows[1];
      expect(row.dueDate).toBe('2026-12-03');
      expect(row.rowKey).not.toBe(before);
    });

    it('it_should_show_a_save_error_inline_and_as_a_toast', async () => {
      const element = await renderWith(loadView());
      const toast = jest.fn<undefined, [Event]>();
      element.addEventListener('lightning__showtoast', toast);
      savePlanMock.mockRejectedValue({
        status: 500,
        body: {
          message: 'This plan was changed by someone else since you opened it. Reload to see their changes.'
        }
      });
      fire(stepList(element), 'stepdatechange', { stepId: 'step-pricing', dueDate: '2026-12-11' });
      await flush();
      const panel = child(element, '[data-id="error-panel"]');
      expect(panel.querySelector('h2')?.textContent).toBe('Your change was not saved');
      expect(panel.querySelector('li')?.textContent).toBe(
        'This plan was changed by someone else since you opened it. Reload to see their changes.'
      );
      expect(toast).toHaveBeenCalledTimes(1);
      expect((toast.mock.calls[0][0] as CustomEvent<unknown>).detail).toEqual({
        title: 'Your change was not saved',
        message: 'This plan was changed by someone else since you opened it. Reload to see their changes.',
        variant: 'error'
      });
      expect(stepList(element).list.byPhase[2].rows[0].dueDate).toBe('2026-12-10');
      // Nothing was saved: the page's other components have nothing new to show.
      expect(notifyMock).not.toHaveBeenCalled();
      child(element, 'lightning-button[data-id="reload"]').click();
      await flush();
      expect(refreshApexMock).toHaveBeenCalledTimes(1);
      expect(root(element).querySelector('[data-id="error-panel"]')).toBeNull();
    });

    it('it_should_ask_before_deleting_and_send_the_delete', async () => {
      const element = await renderWith(loadView());
      fire(stepList(element), 'stepdelete', { stepId: 'step-review' });
      await flush();
      expect(preview(element).change.title).toBe('Delete “Security review”?');
      expect(savePlanMock).not.toHaveBeenCalled();
      savePlanMock.mockResolvedValue(savedView());
      fire(preview(element), 'confirm');
      await flush();
      expect(sentChangeSet().steps.deletes.map((s) => s.id)).toEqual(['step-review']);
    });

    it('it_should_reorder_with_one_save', async () => {
      const element = await renderWith(loadView());
      savePlanMock.mockResolvedValue(savedView());
      fire(stepList(element), 'stepmove', {
        stepId: 'step-redlines',
        targetStepId: 'step-review',
        direction: 'up'
      });
      await flush();
      expect(savePlanMock).toHaveBeenCalledTimes(1);
      expect(sentChangeSet().steps.updates.map((s) => [s.id, s.sortOrder])).toEqual([
        ['step-redlines', 30],
        ['step-review', 40]
      ]);
    });
  });

  describe('step editor', () => {
    it('it_should_open_the_editor_for_a_new_step_in_the_chosen_phase_and_save_the_insert', async () => {
      const element = await renderWith(loadView());
      fire(stepList(element), 'stepadd', { phase: 'Procurement' });
      await flush();
      const editor = child<{ step: StepDto; mode: string; steps: StepDto[]; planId: string }>(
        element,
        'c-plan-step-editor'
      );
      expect(editor.mode).toBe('add');
      expect(editor.step).toMatchObject({ id: null, phase: 'Procurement', status: 'Not Started' });
      expect(editor.steps).toHaveLength(7);
      expect(editor.planId).toBe('a00000000000001AAA');
      savePlanMock.mockResolvedValue(savedView());
      fire(editor, 'save', {
        step: { ...editor.step, title: 'Order form review', dueDate: '2026-12-12', ownerId: 'sh-sam' }
      });
      await flush();
      expect(root(element).querySelector('c-plan-step-editor')).toBeNull();
      expect(savePlanMock).toHaveBeenCalledTimes(1);
      const changeSet = sentChangeSet();
      expect(changeSet.plan).toBeNull();
      expect(changeSet.steps.inserts).toEqual([
        expect.objectContaining({
          id: null,
          key: 'new-step',
          title: 'Order form review',
          phase: 'Procurement'
        })
      ]);
    });

    it('it_should_edit_a_step_and_close_on_cancel', async () => {
      const element = await renderWith(loadView());
      fire(stepList(element), 'stepedit', { stepId: 'step-review' });
      await flush();
      const editor = child<{ step: StepDto; mode: string }>(element, 'c-plan-step-editor');
      expect(editor.mode).toBe('edit');
      expect(editor.step.title).toBe('Security review');
      fire(editor, 'cancel');
      await flush();
      expect(root(element).querySelector('c-plan-step-editor')).toBeNull();
      expect(savePlanMock).not.toHaveBeenCalled();
    });

    it('it_should_preview_the_cascade_of_a_date_changed_in_the_editor', async () => {
      const element = await renderWith(loadView());
      fire(stepList(element), 'stepedit', { stepId: 'step-review' });
      await flush();
      const editor = child<{ step: StepDto }>(element, 'c-plan-step-editor');
      fire(editor, 'save', { step: { ...editor.step, dueDate: '2026-12-10', notes: 'Pen test included' } });
      await flush();
      expect(preview(element).change.lines.map((l) => l.text)).toEqual([
        '“Security review”: due date, notes changed',
        '“Legal redlines” moves from Dec 8, 2026 to Dec 14, 2026: it starts the day after “Security review” is due (now Dec 10, 2026) and takes 3 days',
        '“Contract signed” moves from Dec 14, 2026 to Dec 15, 2026: it starts the day “Legal redlines” is due (now Dec 14, 2026) and takes 1 day'
      ]);
      expect(savePlanMock).not.toHaveBeenCalled();
    });
  });

  describe('tabs', () => {
    it('it_should_show_only_the_active_tab_and_move_between_tabs_with_the_arrow_keys', async () => {
      const element = await renderWith(loadView());
      expect(tabs(element).label).toBe('Plan views');
      expect(tabs(element).active).toBe('steps');
      const list = root(tabs(element)).querySelector('[role="tablist"]');
      expect(list?.getAttribute('aria-label')).toBe('Plan views');
      const steps = tab(element, 'Steps');
      expect(steps.getAttribute('aria-selected')).toBe('true');
      expect(steps.getAttribute('tabindex')).toBe('0');
      expect(tab(element, 'Timeline').getAttribute('tabindex')).toBe('-1');
      const panel = child(tabs(element), '[role="tabpanel"]');
      expect(panel.getAttribute('aria-labelledby')).toBe(steps.getAttribute('id'));
      expect(root(element).querySelector('c-plan-timeline')).toBeNull();
      expect(root(element).querySelector('c-plan-stakeholder-map')).toBeNull();

      steps.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
      await flush();
      expect(tab(element, 'Timeline').getAttribute('aria-selected')).toBe('true');
      expect(root(tabs(element)).activeElement).toBe(tab(element, 'Timeline'));
      expect(root(element).querySelector('c-plan-timeline')).not.toBeNull();
      expect(root(element).querySelector('c-plan-step-list')).toBeNull();

      tab(element, 'Timeline').dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }));
      await flush();
      expect(tab(element, 'Share').getAttribute('aria-selected')).toBe('true');
      expect(root(element).querySelector('c-plan-sharing')).not.toBeNull();
      tab(element, 'Share').dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
      await flush();
      expect(tab(element, 'Steps').getAttribute('aria-selected')).toBe('true');
      expect(root(element).querySelector('c-plan-step-list')).not.toBeNull();
    });

    it('it_should_pass_the_plan_to_the_timeline_and_edit_a_selected_step', async () => {
      const element = await renderWith(loadView());
      expect(root(element).querySelector('c-plan-timeline')).toBeNull();
      selectTab(element, 'Timeline');
      await flush();
      const timeline = child<{
        steps: StepDto[];
        assessment: { health: { status: string } };
        today: string;
        closeDate: string;
      }>(element, 'c-plan-timeline');
      expect(timeline.steps).toHaveLength(7);
      expect(timeline.assessment.health.status).toBe('At Risk');
      expect(timeline.today).toBe('2026-12-01');
      expect(timeline.closeDate).toBe('2026-12-31');
      expect(root(element).querySelector('c-plan-step-list')).toBeNull();
      fire(timeline, 'stepselect', { stepId: 'step-pricing' });
      await flush();
      expect(child<{ step: StepDto }>(element, 'c-plan-step-editor').step.title).toBe(
        'Internal pricing approval'
      );
    });

    it('it_should_save_a_stakeholder_added_in_the_map', async () => {
      const element = await renderWith(loadView());
      selectTab(element, 'Stakeholders');
      await flush();
      const map = child<{
        stakeholders: StakeholderDto[];
        contactRoles: unknown[];
        opportunityId: string;
        readOnly: boolean;
      }>(element, 'c-plan-stakeholder-map');
      expect(map.stakeholders.map((s) => s.name)).toEqual(['Dana Buyer', 'Sam Seller']);
      expect(map.contactRoles).toHaveLength(1);
      expect(map.opportunityId).toBe('006000000000001AAA');
      expect(map.readOnly).toBe(false);
      savePlanMock.mockResolvedValue(savedView());
      const stakeholder: StakeholderDto = {
        ...loadView().stakeholders[0],
        id: null,
        key: 'new-sh-1',
        name: 'Pat Procurement',
        role: 'Procurement',
        lastModified: null
      };
      fire(map, 'stakeholderadd', { stakeholder });
      await flush();
      expect(savePlanMock).toHaveBeenCalledTimes(1);
      expect(sentChangeSet().stakeholders.inserts).toEqual([
        expect.objectContaining({ key: 'new-sh-1', name: 'Pat Procurement' })
      ]);
    });

    it('it_should_ask_before_removing_a_stakeholder_who_owns_steps', async () => {
      const element = await renderWith(loadView());
      selectTab(element, 'Stakeholders');
      await flush();
      fire(child(element, 'c-plan-stakeholder-map'), 'stakeholderremove', {
        stakeholder: loadView().stakeholders[0]
      });
      await flush();
      expect(preview(element).change.lines.map((l) => l.text)).toContain(
        '“Security questionnaire” will have no owner'
      );
      expect(savePlanMock).not.toHaveBeenCalled();
    });
  });

  describe('no plan yet', () => {
    function noPlan(): PlanView {
      const view = loadView();
      view.plan = null;
      view.steps = [];
      view.stakeholders = [];
      return view;
    }

    it('it_should_show_the_empty_state_and_start_a_blank_plan', async () => {
      const element = await renderWith(noPlan());
      const empty = child<{ opportunityName: string; canEdit: boolean; today: string; closeDate: string }>(
        element,
        'c-plan-empty-state'
      );
      expect(empty.opportunityName).toBe('Acme – 2027 rollout');
      expect(empty.canEdit).toBe(true);
      expect([empty.today, empty.closeDate]).toEqual(['2026-12-01', '2026-12-31']);
      expect(root(element).querySelector('c-plan-step-list')).toBeNull();
      savePlanMock.mockResolvedValue(loadView());
      // The blank plan form's Create: the name and go-live date the rep gave.
      fire(empty, 'startblank', { name: 'Acme pilot plan', goLiveDate: '2027-03-15' });
      await flush();
      expect(savePlanMock).toHaveBeenCalledTimes(1);
      expect(sentChangeSet().plan).toMatchObject({
        id: null,
        status: 'Draft',
        name: 'Acme pilot plan',
        goLiveDate: '2027-03-15'
      });
      expect(root(element).querySelector('c-plan-empty-state')).toBeNull();
      expect(root(element).querySelector('c-plan-step-list')).not.toBeNull();
    });

    it('it_should_load_templates_only_when_the_picker_opens_and_apply_one_with_one_save', async () => {
      const element = await renderWith(noPlan());
      expect(getTemplatesMock).not.toHaveBeenCalled();
      getTemplatesMock.mockResolvedValue(templates());
      fire(child(element, 'c-plan-empty-state'), 'choosetemplate');
      await flush();
      expect(getTemplatesMock).toHaveBeenCalledTimes(1);
      const picker = child<{ templates: TemplateDto[]; today: string; closeDate: string; loading: boolean }>(
        element,
        'c-plan-template-picker'
      );
      expect(picker.templates.map((t) => t.name)).toEqual(['Enterprise sales']);
      expect(picker.loading).toBe(false);
      expect(picker.today).toBe('2026-12-01');
      expect(picker.closeDate).toBe('2026-12-31');
      // The picker reads the view for its owner column (stakeholders, contact roles, role mapping).
      expect(
        child<{ planView: PlanView | null }>(element, 'c-plan-template-picker').planView?.opportunity.id
      ).toBe('006000000000001AAA');
      const [template] = templates();
      const { steps } = scheduleTemplate(template.steps, '2027-03-01', '2026-12-01');
      savePlanMock.mockResolvedValue(loadView());
      fire(picker, 'templateapply', {
        template,
        planName: 'Acme rollout',
        goLiveDate: '2027-03-01',
        skipWeekends: false,
        steps
      });
      await flush();
      expect(savePlanMock).toHaveBeenCalledTimes(1);
      const changeSet = sentChangeSet();
      expect(changeSet.plan).toMatchObject({
        id: null,
        name: 'Acme rollout',
        templateId: 'a03000000000001AAA'
      });
      expect(changeSet.steps.inserts.map((s) => [s.key, s.dependsOnKey])).toEqual([
        ['tpl-1', null],
        ['tpl-2', 'tpl-1'],
        ['tpl-3', null]
      ]);
      expect(root(element).querySelector('c-plan-template-picker')).toBeNull();
    });

    it('it_should_save_a_template_with_steps_before_today_without_a_second_confirmation', async () => {
      const element = await renderWith(noPlan());
      getTemplatesMock.mockResolvedValue(templates());
      fire(child(element, 'c-plan-empty-state'), 'choosetemplate');
      await flush();
      const [template] = templates();
      const { steps } = scheduleTemplate(template.steps, '2026-12-20', '2026-12-01');
      expect(steps.some((step) => step.inPast)).toBe(true);
      savePlanMock.mockResolvedValue(loadView());
      fire(child(element, 'c-plan-template-picker'), 'templateapply', {
        template,
        planName: 'Acme rollout',
        goLiveDate: '2026-12-20',
        skipWeekends: false,
        steps
      });
      await flush();
      // The picker flagged the steps before today: its preview was the one confirmation.
      expect(root(element).querySelector('c-plan-cascade-preview')).toBeNull();
      expect(savePlanMock).toHaveBeenCalledTimes(1);
      expect(sentChangeSet().steps.inserts).toHaveLength(3);
    });

    it('it_should_fetch_templates_once_and_close_the_picker_on_cancel', async () => {
      const element = await renderWith(loadView());
      getTemplatesMock.mockResolvedValue(templates());
      child(element, 'button[data-id="open-templates"]').click();
      await flush();
      fire(child(element, 'c-plan-template-picker'), 'cancel');
      await flush();
      expect(root(element).querySelector('c-plan-template-picker')).toBeNull();
      child(element, 'button[data-id="open-templates"]').click();
      await flush();
      expect(root(element).querySelector('c-plan-template-picker')).not.toBeNull();
      expect(getTemplatesMock).toHaveBeenCalledTimes(1);
    });

    it('it_should_say_when_templates_cannot_be_loaded_and_retry', async () => {
      const element = await renderWith(noPlan());
      getTemplatesMock.mockRejectedValueOnce({
        body: { message: 'You need the Mutual Action Plans permission set' }
      });
      fire(child(element, 'c-plan-empty-state'), 'choosetemplate');
      await flush();
      expect(child(element, '[data-id="template-error"]').textContent).toContain(
        'The templates could not be loaded. You need the Mutual Action Plans permission set.'
      );
      getTemplatesMock.mockResolvedValue(templates());
      child(element, 'lightning-button[data-id="retry-templates"]').click();
      await flush();
      expect(getTemplatesMock).toHaveBeenCalledTimes(2);
      expect(root(element).querySelector('c-plan-template-picker')).not.toBeNull();
    });
  });

  describe('plan header', () => {
    interface HeaderProps {
      header: { status: string; actions: { name: string }[] } | null;
      disabled: boolean;
    }

    it('it_should_activate_a_draft_plan_in_one_save_and_say_how_many_baselines_were_recorded', async () => {
      const draft = loadView();
      if (!draft.plan) throw new Error('the fixture has a plan');
      draft.plan.status = 'Draft';
      draft.steps = draft.steps.map((step) => ({ ...step, baselineDate: null }));
      const element = await renderWith(draft);
      const header = child<HeaderProps>(element, 'c-plan-header');
      expect(header.header?.status).toBe('Draft');
      expect(header.header?.actions.map((a) => a.name)).toEqual(['activate', 'abandon']);
      const saved = loadView();
      saved.steps = saved.steps.map((step) => ({ ...step, baselineDate: step.dueDate }));
      const baselined = saved.steps.filter((step) => step.dueDate !== null).length;
      savePlanMock.mockResolvedValue(saved);
      const toasts: unknown[] = [];
      element.addEventListener('lightning__showtoast', (event) => toasts.push((event as CustomEvent).detail));
      fire(header, 'planaction', { action: 'activate', reason: null });
      await flush();
      expect(savePlanMock).toHaveBeenCalledTimes(1);
      const sent = sentChangeSet();
      expect(sent.plan).toEqual({ ...draft.plan, status: 'Active', abandonReason: null });
      expect(sent.steps).toEqual({ inserts: [], updates: [], deletes: [] });
      expect(toasts).toEqual([
        expect.objectContaining({
          title: 'Plan activated',
          message: `Baselines recorded for ${baselined} steps.`,
          variant: 'success'
        })
      ]);
      expect(child<HeaderProps>(element, 'c-plan-header').header?.status).toBe('Active');
      expect(child(element, '[data-id="status-message"]').textContent).toBe(
        `Plan activated: baselines recorded for ${baselined} steps.`
      );
    });

    it('it_should_save_the_abandon_reason_and_the_objective_from_the_header', async () => {
      const element = await renderWith(loadView());
      savePlanMock.mockResolvedValue(loadView());
      fire(child(element, 'c-plan-header'), 'planaction', { action: 'abandon', reason: 'Budget frozen' });
      await flush();
      expect(sentChangeSet(0).plan).toEqual(
        expect.objectContaining({ status: 'Abandoned', abandonReason: 'Budget frozen' })
      );
      fire(child(element, 'c-plan-header'), 'plandetailssave', {
        details: { objective: 'Roll out to 500 agents', successCriteria: '', valueSummary: '' }
      });
      await flush();
      expect(savePlanMock).toHaveBeenCalledTimes(2);
      expect(sentChangeSet(1).plan).toEqual(expect.objectContaining({ objective: 'Roll out to 500 agents' }));
    });

    it('it_should_offer_no_moves_and_save_nothing_when_the_rep_cannot_edit', async () => {
      const view = loadView();
      view.canEdit = false;
      const element = await renderWith(view);
      expect(child<HeaderProps>(element, 'c-plan-header').header?.actions).toEqual([]);
      fire(child(element, 'c-plan-header'), 'planaction', { action: 'complete', reason: null });
      await flush();
      expect(savePlanMock).not.toHaveBeenCalled();
    });
  });

  describe('read only', () => {
    it('it_should_show_the_plan_without_edit_controls_when_the_rep_cannot_edit', async () => {
      const view = loadView();
      view.canEdit = false;
      const element = await renderWith(view);
      expect(child(element, '[data-id="read-only"]').textContent.trim()).toBe(
        'You can view this plan but not change it.'
      );
      expect(stepList(element).readOnly).toBe(true);
      expect(root(element).querySelector('[data-id="open-templates"]')).toBeNull();
      fire(stepList(element), 'stepadd', { phase: null });
      await flush();
      expect(root(element).querySelector('c-plan-step-editor')).toBeNull();
      selectTab(element, 'Stakeholders');
      await flush();
      expect(child<{ readOnly: boolean }>(element, 'c-plan-stakeholder-map').readOnly).toBe(true);
    });
  });

  describe('buyer room', () => {
    const DATE_PROPOSAL = 'a06000000000003AAA';
    const STEP_PROPOSAL = 'a06000000000004AAA';

    function buyerUpdatesTab(element: HTMLElement): HTMLElement {
      return child(tabs(element), '[data-tab="buyerUpdates"]');
    }

    function updatesPanel(element: HTMLElement): Child<{ updates: BuyerUpdatesView; disabled: boolean }> {
      return child(element, 'c-plan-buyer-updates');
    }

    function sharingPanel(
      element: HTMLElement
    ): Child<{ sharing: SharingView; links: ShareLinkView[]; disabled: boolean }> {
      return child(element, 'c-plan-sharing');
    }

    /** The view after the rep has seen every buyer update. */
    function seenView(): PlanView {
      const view = loadView();
      view.buyerUpdates = view.buyerUpdates.map((update) => ({ ...update, seen: true }));
      return view;
    }

    function toasts(element: HTMLElement): unknown[] {
      const seen: unknown[] = [];
      element.addEventListener('lightning__showtoast', (event) => seen.push((event as CustomEvent).detail));
      return seen;
    }

    async function openBuyerUpdates(element: HTMLElement): Promise<void> {
      savePlanMock.mockResolvedValueOnce(seenView());
      buyerUpdatesTab(element).click();
      await flush();
    }

    it('it_should_count_unread_updates_on_the_tab_and_mark_them_seen_once_when_it_opens', async () => {
      const element = await renderWith(loadView());
      const label = buyerUpdatesTab(element);
      expect(label.textContent).toContain('Buyer updates(2)');
      expect(label.closest('li')?.getAttribute('title')).toBe('Buyer updates (2 unread)');
      expect(savePlanMock).not.toHaveBeenCalled();

      await openBuyerUpdates(element);
      expect(savePlanMock).toHaveBeenCalledTimes(1);
      const sent = sentChangeSet();
      expect(sent.buyerUpdates).toEqual({ seen: [STEP_PROPOSAL, DATE_PROPOSAL], resolutions: [] });
      expect(sent.plan).toBeNull();
      expect(sent.steps).toEqual({ inserts: [], updates: [], deletes: [] });
      expect(sent.stakeholders).toEqual({ inserts: [], updates: [], deletes: [] });
      expect(buyerUpdatesTab(element).textContent.trim()).toBe('Buyer updates');
      const updates = updatesPanel(element).updates;
      expect(updates.unreadCount).toBe(0);
      expect(updates.items.map((item) => item.id)).toEqual([
        STEP_PROPOSAL,
        DATE_PROPOSAL,
        'a06000000000002AAA',
        'a06000000000001AAA'
      ]);
      // Seen while the tab stays open: still highlighted, so the rep can tell what is new.
      expect(root(updatesPanel(element)).querySelectorAll('.buyer-update_unread')).toHaveLength(2);

      selectTab(element, 'Steps');
      await flush();
      buyerUpdatesTab(element).click();
      await flush();
      expect(savePlanMock).toHaveBeenCalledTimes(1);
    });

    it('it_should_not_mark_updates_seen_for_a_rep_who_cannot_edit', async () => {
      const view = loadView();
      view.canEdit = false;
      const element = await renderWith(view);
      buyerUpdatesTab(element).click();
      await flush();
      expect(savePlanMock).not.toHaveBeenCalled();
      expect(updatesPanel(element).updates.items.every((item) => !item.canAnswer)).toBe(true);
    });

    it('it_should_preview_an_accepted_date_and_save_its_cascade_with_the_resolution', async () => {
      const element = await renderWith(loadView());
      await openBuyerUpdates(element);
      fire(updatesPanel(element), 'proposalanswer', {
        updateId: DATE_PROPOSAL,
        resolution: 'Accepted',
        note: 'Works for us'
      });
      await flush();
      const change = preview(element).change;
      expect(change.title).toBe('Accept Dana Buyer’s date for “Legal redlines”: Dec 16, 2026');
      expect(change.lines.map((line) => line.text)).toEqual([
        '“Legal redlines” moves from Dec 8, 2026 to Dec 16, 2026',
        '“Contract signed” moves from Dec 14, 2026 to Dec 17, 2026: it starts the day “Legal redlines” is due (now Dec 16, 2026) and takes 1 day',
        'Dana Buyer is recorded as committed to Dec 16, 2026'
      ]);
      expect(savePlanMock).toHaveBeenCalledTimes(1);

      savePlanMock.mockResolvedValueOnce(seenView());
      fire(preview(element), 'confirm');
      await flush();
      expect(savePlanMock).toHaveBeenCalledTimes(2);
      const sent = sentChangeSet(1);
      expect(sent.steps.updates.map((step) => [step.id, step.dueDate])).toEqual([
        ['step-redlines', '2026-12-16'],
        ['step-signature', '2026-12-17']
      ]);
      expect(sent.buyerUpdates).toEqual({
        seen: [],
        resolutions: [{ id: DATE_PROPOSAL, resolution: 'Accepted', note: 'Works for us', stepKey: null }]
      });
      expect(root(element).querySelector('c-plan-cascade-preview')).toBeNull();
      expect(child(element, '[data-id="status-message"]').textContent).toBe(
        'Dana Buyer’s date is accepted: “Legal redlines” is due Dec 16, 2026 (1 dependent step moved).'
      );
    });

    it('it_should_add_an_accepted_step_proposal_as_the_buyers_shared_step', async () => {
      const element = await renderWith(loadView());
      await openBuyerUpdates(element);
      savePlanMock.mockResolvedValueOnce(seenView());
      fire(updatesPanel(element), 'proposalanswer', {
        updateId: STEP_PROPOSAL,
        resolution: 'Accepted',
        note: null
      });
      await flush();
      expect(savePlanMock).toHaveBeenCalledTimes(2);
      const sent = sentChangeSet(1);
      expect(sent.steps.inserts).toEqual([
        expect.objectContaining({
          id: null,
          key: `proposal-${STEP_PROPOSAL}`,
          title: 'IT security sign-off',
          side: 'Buyer',
          ownerId: 'sh-dana',
          dueDate: '2026-12-12',
          visibility: 'Shared',
          notes: 'Our IT lead signs off before legal starts.'
        })
      ]);
      expect(sent.buyerUpdates?.resolutions).toEqual([
        { id: STEP_PROPOSAL, resolution: 'Accepted', note: null, stepKey: `proposal-${STEP_PROPOSAL}` }
      ]);
    });

    it('it_should_decline_a_proposal_with_its_note_and_no_step_change', async () => {
      const element = await renderWith(loadView());
      await openBuyerUpdates(element);
      savePlanMock.mockResolvedValueOnce(seenView());
      fire(updatesPanel(element), 'proposalanswer', {
        updateId: DATE_PROPOSAL,
        resolution: 'Declined',
        note: 'Legal needs the 8th.'
      });
      await flush();
      expect(root(element).querySelector('c-plan-cascade-preview')).toBeNull();
      expect(savePlanMock).toHaveBeenCalledTimes(2);
      const sent = sentChangeSet(1);
      expect(sent.steps).toEqual({ inserts: [], updates: [], deletes: [] });
      expect(sent.buyerUpdates).toEqual({
        seen: [],
        resolutions: [
          { id: DATE_PROPOSAL, resolution: 'Declined', note: 'Legal needs the 8th.', stepKey: null }
        ]
      });
    });

    it('it_should_share_with_the_chosen_buyers_and_hand_the_new_links_to_the_tab', async () => {
      const element = await renderWith(loadView());
      const shown = toasts(element);
      selectTab(element, 'Share');
      await flush();
      const sharing = sharingPanel(element).sharing;
      expect(sharing.canShare).toBe(true);
      expect(sharing.candidates.map((c) => [c.id, c.canShare])).toEqual([['sh-dana', true]]);
      expect(sharing.rows.map((row) => row.statusLabel)).toEqual(['Live', 'Revoked']);

      const after = loadView();
      const result: ShareResult = {
        view: after,
        links: [
          {
            shareId: 'a05000000000003AAA',
            stakeholderId: 'sh-dana',
            name: 'Dana Buyer',
            email: 'dana@acme.example',
            url: 'https://acme.example.site/plan?t=AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_abcde',
            calendarUrl: 'https://acme.example.site/services/apexrest/buyer-room/calendar?k=AbC',
            emailed: true,
            notEmailedReason: null
          }
        ]
      };
      shareWithBuyersMock.mockResolvedValue(result);
      const request: ShareRequest = {
        planId: 'a00000000000001AAA',
        stakeholderIds: ['sh-dana'],
        expiryDays: 30,
        sendEmail: true,
        note: 'Here is our plan.'
      };
      fire(sharingPanel(element), 'share', { request });
      await flush();
      expect(shareWithBuyersMock).toHaveBeenCalledTimes(1);
      expect(JSON.parse(shareWithBuyersMock.mock.calls[0][0].requestJson)).toEqual(request);
      expect(savePlanMock).not.toHaveBeenCalled();
      const links = sharingPanel(element).links;
      expect(links.map((link) => [link.name, link.url, link.emailText])).toEqual([
        [
          'Dana Buyer',
          'https://acme.example.site/plan?t=AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_abcde',
          'Emailed to dana@acme.example'
        ]
      ]);
      expect(shown).toEqual([
        {
          title: 'Link created',
          message: 'Copy it now: a link is shown only once. 1 was emailed.',
          variant: 'success'
        }
      ]);
      fire(sharingPanel(element), 'linksdone');
      await flush();
      expect(sharingPanel(element).links).toEqual([]);
    });

    it('it_should_say_why_the_links_were_not_created_and_keep_none', async () => {
      const element = await renderWith(loadView());
      const shown = toasts(element);
      selectTab(element, 'Share');
      await flush();
      shareWithBuyersMock.mockRejectedValue({ body: { message: 'Dana Buyer has no email address' } });
      fire(sharingPanel(element), 'share', {
        request: {
          planId: 'a00000000000001AAA',
          stakeholderIds: ['sh-dana'],
          expiryDays: 90,
          sendEmail: false,
          note: null
        }
      });
      await flush();
      expect(sharingPanel(element).links).toEqual([]);
      expect(shown).toEqual([
        {
          title: 'The links were not created',
          message: 'Dana Buyer has no email address.',
          variant: 'error'
        }
      ]);
    });

    it('it_should_revoke_a_link_and_show_the_returned_view', async () => {
      const element = await renderWith(loadView());
      const shown = toasts(element);
      selectTab(element, 'Share');
      await flush();
      const after = loadView();
      after.shares[0] = { ...after.shares[0], status: 'Revoked', revokedAt: '2026-12-01T10:00:00.000Z' };
      revokeShareMock.mockResolvedValue(after);
      fire(sharingPanel(element), 'revoke', { shareId: 'a05000000000001AAA' });
      await flush();
      expect(revokeShareMock).toHaveBeenCalledWith({ shareId: 'a05000000000001AAA' });
      expect(sharingPanel(element).sharing.rows.map((row) => [row.statusLabel, row.canRevoke])).toEqual([
        ['Revoked', false],
        ['Revoked', false]
      ]);
      expect(shown).toEqual([
        { title: 'Link revoked', message: 'Dana Buyer’s link no longer opens the plan.', variant: 'success' }
      ]);
    });

    it('it_should_share_nothing_for_a_rep_who_cannot_edit', async () => {
      const view = loadView();
      view.canEdit = false;
      const element = await renderWith(view);
      selectTab(element, 'Share');
      await flush();
      expect(sharingPanel(element).sharing.canShare).toBe(false);
      fire(sharingPanel(element), 'revoke', { shareId: 'a05000000000001AAA' });
      fire(sharingPanel(element), 'share', {
        request: {
          planId: 'a00000000000001AAA',
          stakeholderIds: ['sh-dana'],
          expiryDays: 90,
          sendEmail: false,
          note: null
        }
      });
      await flush();
      expect(revokeShareMock).not.toHaveBeenCalled();
      expect(shareWithBuyersMock).not.toHaveBeenCalled();
    });
  });

  describe('accessibility', () => {
    it('it_should_be_accessible_with_a_plan', async () => {
      const element = await renderWith(loadView());
      await expect(element).toBeAccessible();
    });

    it('it_should_be_accessible_with_a_cascade_preview', async () => {
      const element = await renderWith(loadView());
      fire(stepList(element), 'stepdatechange', { stepId: 'step-review', dueDate: '2026-12-10' });
      await flush();
      expect(root(element).querySelector('c-plan-cascade-preview')).not.toBeNull();
      await expect(element).toBeAccessible();
    });

    it('it_should_be_accessible_with_a_save_error', async () => {
      const element = await renderWith(loadView());
      savePlanMock.mockRejectedValue({
        body: { message: 'Someone else is saving this plan right now. Try again in a moment.' }
      });
      fire(stepList(element), 'stepdatechange', { stepId: 'step-pricing', dueDate: '2026-12-11' });
      await flush();
      expect(root(element).querySelector('[data-id="error-panel"]')).not.toBeNull();
      await expect(element).toBeAccessible();
    });

    it('it_should_be_accessible_with_the_buyer_updates_and_share_tabs_open', async () => {
      const element = await renderWith(loadView());
      savePlanMock.mockResolvedValueOnce(loadView());
      child(tabs(element), '[data-tab="buyerUpdates"]').click();
      await flush();
      expect(root(element).querySelector('c-plan-buyer-updates')).not.toBeNull();
      await expect(element).toBeAccessible();
      selectTab(element, 'Share');
      await flush();
      expect(root(element).querySelector('c-plan-sharing')).not.toBeNull();
      await expect(element).toBeAccessible();
    });

    it('it_should_be_accessible_with_the_step_editor_open', async () => {
      const element = await renderWith(loadView());
      fire(stepList(element), 'stepedit', { stepId: 'step-review' });
      await flush();
      expect(root(element).querySelector('c-plan-step-editor')).not.toBeNull();
      await expect(element).toBeAccessible();
    });
  });
});

/** Runs `check` with some of the page's Custom Labels changed (as a translation would), then puts them back. */
function withLabels(changed: Partial<PlanLabels>, check: () => void | Promise<void>): Promise<void> {
  const saved = { ...LABELS };
  Object.assign(LABELS, changed);
  return Promise.resolve()
    .then(check)
    .finally(() => Object.assign(LABELS, saved));
}

describe('c-plan-workspace words and picklists', () => {
  afterEach(() => {
    while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
    jest.clearAllMocks();
  });

  it('it_should_read_its_words_and_its_tabs_from_the_custom_labels', () =>
    withLabels(
      {
        workspacePlanViews: 'Planansichten',
        tabsStakeholders: 'Beteiligte',
        workspaceReadOnly: 'Nur lesen.'
      },
      async () => {
        const view = loadView();
        view.canEdit = false;
        const element = await renderWith(view);
        expect(tabs(element).label).toBe('Planansichten');
        expect(root(element).querySelector('[data-id="read-only"]')?.textContent.trim()).toBe('Nur lesen.');
        selectTab(element, 'Beteiligte');
        await flush();
        expect(root(element).querySelector('c-plan-stakeholder-map')).not.toBeNull();
      }
    ));

  it('it_should_hand_the_org_picklists_to_the_stakeholder_map_and_the_step_list', async () => {
    const view = loadView();
    view.picklists = { 'Plan_Step__c.Status__c': [{ value: 'Done', label: 'Erledigt' }] };
    const element = await renderWith(view);
    const list = child<{ list: { statusOptions: unknown } }>(element, 'c-plan-step-list');
    expect(list.list.statusOptions).toEqual([{ value: 'Done', label: 'Erledigt' }]);
    selectTab(element, 'Stakeholders');
    await flush();
    const map = child<{ picklists: unknown }>(element, 'c-plan-stakeholder-map');
    expect(map.picklists).toEqual(view.picklists);
  });
});
