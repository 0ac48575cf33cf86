/**
 * planWorkspace — the container of the plan on the Opportunity (and plan) record page.
 *
 * Loads the whole plan with one Apex call (getPlan, wired), runs the plan engine on it, and hands
 * view models (c/planViewModel) to presentational children: health summary, step list, timeline,
 * stakeholder map, template picker, empty state, cascade preview and step editor. Each user action
 * becomes one PlanChangeSet, previewed first when the engine's cascade reaches other steps (or the
 * change deletes something or has problems), and saved with one imperative savePlan call. The
 * PlanView savePlan returns is shown at once: a save is one server call. Lightning keeps getPlan's
 * answer in its cache, so a later visit to a plan saved in this session refreshes the wire once.
 * Templates are loaded (getTemplates) only when the template picker is opened. After a save, the
 * page's other components are told the records changed (notifyRecordUpdateAvailable), so the
 * Opportunity's highlights show the new roll-up values without a reload. The tabs are c-plan-tabs;
 * saveTracking.ts and eventDetails.ts hold what the container tracks between saves and reads from events;
 * focusReturn.ts keeps the rep's place (the focus and the scroll) through a save, a preview or a dialog.
 *
 * The buyer room (docs/buyer-room.md): the Buyer updates tab (c-plan-buyer-updates) marks unread
 * updates seen when it opens, and a proposal's answer is one change set like any other (a date
 * accepted goes through the cascade preview). The Share tab (c-plan-sharing) makes and revokes buyer
 * links through buyerRoomCalls.ts; tabs.ts lists the tabs.
 */
import { LightningElement, api, wire } from 'lwc';
import getPlan from '@salesforce/apex/PlanController.getPlan';
import savePlan from '@salesforce/apex/PlanController.savePlan';
import getTemplates from '@salesforce/apex/PlanController.getTemplates';
import { refreshApex } from '@salesforce/apex';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import { notifyRecordUpdateAvailable } from 'lightning/uiRecordApi';
import type { PlanAssessment } from 'c/planEngine';
import type { PlanView, ShareRequest, StakeholderDto, StepDto, TemplateDto } from 'c/planContract';
import { errorSentence, reduceErrors } from 'c/planErrors';
import { LABELS, format } from 'c/planLabels';
import {
  DEFAULT_LOCALE,
  acceptProposal,
  addStep,
  applyTemplate,
  assessView,
  blankStep,
  buildBuyerUpdates,
  buildHealthSummary,
  buildPlanHeader,
  buildSharing,
  buildStepList,
  changePlanStatus,
  changeStakeholder,
  changeStatus,
  declineProposal,
  deleteStep,
  editPlanDetails,
  editStep,
  moveStep,
  reorderStep,
  savedMessage,
  savedToast,
  seenChangeSet,
  startBlankPlan,
  stepKey,
  withDealImpact,
  writesAnything,
  type BuyerUpdatesView,
  type HealthSummaryView,
  type PendingChange,
  type PlanDetails,
  type PlanHeaderView,
  type ShareLinkView,
  type SharingView,
  type StakeholderAction,
  type StepListView,
  type TemplateApplication
} from 'c/planViewModel';
import type { TabChoice } from 'c/planTabs';
import { createLinks, revokeLink, type BuyerRoomOutcome } from './buyerRoomCalls';
import { recordReview, riskChange, riskViews, type RiskViews } from './riskCalls';
import { detailOf, isPlanAction, isStepStatus, stringOf } from './eventDetails';
import { recordsChangedBy, rememberSave, takeEarlierSave } from './saveTracking';
import { isTab, tabFlags, tabsWithCounts, type Tab } from './tabs';
import { FocusReturn } from './focusReturn';

/** Something that reports an element's size as it changes (ResizeObserver where the browser has it). */
type SizeObserver = Pick<ResizeObserver, 'observe' | 'disconnect'>;

/** Below this width (px) the children stack their content, whatever region the page put us in. */
const NARROW_WIDTH = 600;

interface WiredPlan {
  data?: PlanView;
  error?: unknown;
}

/** The user's language as the browser reports it (Salesforce sets it from the user's locale). */
const LOCALE = typeof navigator !== 'undefined' && navigator.language ? navigator.language : DEFAULT_LOCALE;

export default class PlanWorkspace extends LightningElement {
  /** The Opportunity or Mutual_Action_Plan__c record the page shows. */
  @api recordId: string | undefined;
  @api objectApiName: string | undefined;
  /** SMALL, MEDIUM or LARGE: set by the Lightning page from the region the component sits in. */
  @api flexipageRegionWidth: string | undefined;

  view: PlanView | undefined;
  assessment: PlanAssessment | undefined;
  healthSummary: HealthSummaryView | undefined;
  /** Set with each view (not a getter), so the header's open form survives re-renders until a save answers. */
  planHeader: PlanHeaderView | null = null;
  stepList: StepListView | undefined;
  buyerUpdates: BuyerUpdatesView | undefined;
  sharing: SharingView | undefined;
  /** The links just made: shown until the rep is done with them (they are never shown again). */
  shareLinks: ShareLinkView[] = [];
  /** The Risks tab, the review rhythm, the recent changes of health (riskCalls.ts). */
  riskViews: RiskViews = { risks: undefined, review: null, history: [] };

  isLoading = true;
  isSaving = false;
  loadErrors: string[] = [];
  saveErrors: string[] = [];
  /** Said to screen readers (and shown briefly) after a save. */
  statusMessage = '';

  pending: PendingChange | undefined;
  editorStep: StepDto | undefined;
  editorMode: 'add' | 'edit' = 'edit';

  pickerOpen = false;
  templates: TemplateDto[] = [];
  templatesLoading = false;
  templateErrors: string[] = [];
  private templatesLoaded = false;

  activeTab: Tab = 'steps';
  /** Bumped to draw the step rows afresh (an inline edit cancelled or refused). */
  private revision = 0;
  private wiredResult: WiredPlan | undefined;
  /** The component measured itself narrower than NARROW_WIDTH (a ResizeObserver reports its width). */
  private measuredNarrow = false;
  private sizeObserver: SizeObserver | undefined;
  /** The control the rep used when a flow began, focused again when it ends (focusReturn.ts). */
  private readonly focusReturn = new FocusReturn();
  /** The page's words (Custom Labels), for the template. */
  readonly labels = LABELS;

  @wire(getPlan, { recordId: '$recordId' })
  wiredPlan(result: WiredPlan): void {
    this.wiredResult = result;
    if (result.data) {
      this.showView(result.data);
      this.loadErrors = [];
      this.isLoading = false;
      // Possibly served from Lightning's cache from before this session's save: fetch it afresh once.
      if (takeEarlierSave(this.recordId)) this.refreshWire().catch(() => undefined);
    } else if (result.error !== undefined && result.error !== null) {
      this.loadErrors = reduceErrors(result.error);
      this.isLoading = false;
    }
  }

  override connectedCallback(): void {
    // Put back into the page after a disconnect: watch the width again (before the first render
    // there is nothing to watch yet; renderedCallback starts it then).
    if (!this.sizeObserver) this.observeWidth();
  }

  override disconnectedCallback(): void {
    this.sizeObserver?.disconnect();
    this.sizeObserver = undefined;
  }

  override renderedCallback(): void {
    if (!this.sizeObserver) this.observeWidth();
    this.focusReturn.afterRender(this.template);
  }

  /**
   * Watches the component's width without reading layout on each render (a read forces the
   * browser to lay out the page at once): the observer reports sizes after the browser's own layout.
   */
  private observeWidth(): void {
    const article = this.template?.querySelector('article');
    if (!article || typeof ResizeObserver === 'undefined') return;
    this.sizeObserver = new ResizeObserver((entries) => {
      const width = entries.at(-1)?.contentRect.width ?? 0;
      const narrow = width > 0 && width < NARROW_WIDTH;
      if (narrow !== this.measuredNarrow) this.measuredNarrow = narrow;
    });
    this.sizeObserver.observe(article);
  }

  // ---- what the template shows ---------------------------------------------------------------

  get hasView(): boolean {
    return this.view !== undefined;
  }

  get hasPlan(): boolean {
    return this.view?.plan !== null && this.view?.plan !== undefined;
  }

  get showEmptyState(): boolean {
    return this.hasView && !this.hasPlan && !this.pickerOpen;
  }

  get showPlan(): boolean {
    return this.hasPlan && !this.pickerOpen;
  }

  get canEdit(): boolean {
    return this.view?.canEdit === true;
  }

  get readOnly(): boolean {
    return !this.canEdit;
  }

  get canApplyTemplate(): boolean {
    return this.canEdit && this.hasPlan && !this.pickerOpen;
  }

  /** A SMALL page region, or too little room measured (a console's side panel, a phone). */
  get isNarrow(): boolean {
    return this.flexipageRegionWidth === 'SMALL' || this.measuredNarrow;
  }

  get busy(): boolean {
    return this.isSaving || this.isLoading;
  }

  get showSpinner(): boolean {
    return this.isLoading || this.isSaving;
  }

  get spinnerText(): string {
    return this.isSaving ? LABELS.workspaceSaving : LABELS.workspaceLoading;
  }

  get planName(): string {
    return this.view?.plan?.name ?? LABELS.workspaceDefaultName;
  }

  get planMeta(): string {
    const plan = this.view?.plan;
    if (!plan) return this.view?.opportunity.name ?? '';
    return [plan.status, plan.planType, this.view?.opportunity.name ?? '']
      .filter((part) => part !== '')
      .join(' · ');
  }

  get errors(): string[] {
    return [...this.loadErrors, ...this.saveErrors];
  }

  get hasErrors(): boolean {
    return this.errors.length > 0;
  }

  get errorHeading(): string {
    return this.loadErrors.length > 0 ? LABELS.workspaceLoadFailed : LABELS.workspaceNotSaved;
  }

  get errorItems(): { key: string; text: string }[] {
    return this.errors.map((text, i) => ({ key: `error-${i}`, text }));
  }

  get hasTemplateErrors(): boolean {
    return this.templateErrors.length > 0;
  }

  get templateErrorText(): string {
    return format(LABELS.workspaceTemplatesFailed, this.templateErrors.join(' '));
  }

  get opportunityId(): string {
    return this.view?.opportunity.id ?? '';
  }

  get opportunityName(): string {
    return this.view?.opportunity.name ?? '';
  }

  get closeDate(): string | null {
    return this.view?.opportunity.closeDate ?? null;
  }

  get today(): string {
    return this.view?.today ?? '';
  }

  /** The org's picklist options (PlanView.picklists) for the step editor, the timeline and the stakeholder map. */
  get picklists(): PlanView['picklists'] {
    return this.view?.picklists;
  }

  get planId(): string | null {
    return this.view?.plan?.id ?? null;
  }

  get steps(): StepDto[] {
    return this.view?.steps ?? [];
  }

  get stakeholders(): StakeholderDto[] {
    return this.view?.stakeholders ?? [];
  }

  get contactRoles(): PlanView['contactRoles'] {
    return this.view?.contactRoles ?? [];
  }

  /** Which view the tab panel shows (the template's lwc:if per tab). */
  get shownTab(): Record<Tab, boolean> {
    return tabFlags(this.activeTab);
  }

  get tabs(): TabChoice[] {
    return tabsWithCounts(this.buyerUpdates?.unreadCount ?? 0, this.riskViews.risks?.openCount ?? 0);
  }

  get editorOpen(): boolean {
    return this.editorStep !== undefined;
  }

  // ---- loading ---------------------------------------------------------------------------------

  private showView(view: PlanView): void {
    this.view = view;
    this.assessment = assessView(view);
    this.healthSummary = buildHealthSummary(view, this.assessment, LOCALE);
    this.planHeader = buildPlanHeader(view);
    this.buyerUpdates = buildBuyerUpdates(view, { locale: LOCALE });
    this.sharing = buildSharing(view, { locale: LOCALE });
    this.riskViews = riskViews(view, LOCALE);
    this.buildRows();
  }

  private buildRows(): void {
    if (!this.view) return;
    this.stepList = buildStepList(this.view, this.assessment ?? null, {
      locale: LOCALE,
      revision: this.revision,
      picklists: this.view.picklists
    });
  }

  /** Draws the inline fields afresh, so a cancelled or refused edit shows the saved value again. */
  private resetRows(): void {
    this.revision += 1;
    this.buildRows();
  }

  handleReload(): void {
    this.saveErrors = [];
    this.loadErrors = [];
    this.pending = undefined;
    this.isLoading = true;
    const done = (): void => {
      this.isLoading = false;
      this.focusReturn.returnAfterRender();
    };
    this.refreshWire().then(done, done);
  }

  private refreshWire(): Promise<void> {
    if (!this.wiredResult) return Promise.resolve();
    // A failed refresh leaves the view savePlan returned in place; the next load shows the truth.
    return refreshApex(this.wiredResult).catch(() => undefined);
  }

  // ---- one user action → one change set → one savePlan ----------------------------------------

  private propose(proposed: PendingChange): void {
    this.focusReturn.remember(this.template);
    this.saveErrors = [];
    // What the change does to the deal: the held assessment is "before", one assessment is "after".
    const change =
      this.view && this.assessment ? withDealImpact(proposed, this.view, this.assessment, LOCALE) : proposed;
    if (change.canSave && !writesAnything(change)) {
      this.statusMessage = change.successMessage;
      this.resetRows();
      this.focusReturn.returnAfterRender();
      return;
    }
    if (change.needsConfirmation) {
      this.pending = change;
    } else {
      this.save(change).catch(() => undefined);
    }
  }

  private async save(change: PendingChange): Promise<void> {
    if (this.isSaving || !change.canSave) return;
    this.isSaving = true;
    this.saveErrors = [];
    this.statusMessage = '';
    try {
      const saved = await savePlan({ changeSetJson: JSON.stringify(change.changeSet) });
      this.pending = undefined;
      this.showView(saved);
      this.statusMessage = savedMessage(change, saved);
      // A lifecycle move is news to the whole page: said in a toast too (activation: the baselines recorded).
      const toast = savedToast(change, saved);
      if (toast) this.dispatchEvent(new ShowToastEvent({ ...toast, variant: 'success' }));
      rememberSave(this.recordId);
      // The record page's other components (the Opportunity's highlights) show the saved values.
      notifyRecordUpdateAvailable(recordsChangedBy(this.recordId, saved)).catch(() => undefined);
    } catch (error) {
      this.pending = undefined;
      this.saveErrors = reduceErrors(error);
      this.resetRows();
      this.dispatchEvent(
        new ShowToastEvent({
          title: LABELS.workspaceNotSaved,
          message: errorSentence(error),
          variant: 'error'
        })
      );
    } finally {
      this.isSaving = false;
      this.focusReturn.returnAfterRender();
    }
  }

  handlePreviewConfirm(): void {
    if (this.pending) this.save(this.pending).catch(() => undefined);
  }

  handlePreviewCancel(): void {
    this.pending = undefined;
    this.resetRows();
    this.focusReturn.returnAfterRender();
  }

  // ---- step list -------------------------------------------------------------------------------

  handleStepStatusChange(event: Event): void {
    const detail = detailOf(event);
    const status = stringOf(detail.status);
    if (!this.view || !isStepStatus(status)) return;
    this.propose(changeStatus(this.view, stringOf(detail.stepId), status, LOCALE));
  }

  handleStepDateChange(event: Event): void {
    const detail = detailOf(event);
    const dueDate = stringOf(detail.dueDate);
    if (!this.view) return;
    this.propose(moveStep(this.view, stringOf(detail.stepId), dueDate === '' ? null : dueDate, LOCALE));
  }

  handleStepDelete(event: Event): void {
    if (!this.view) return;
    this.propose(deleteStep(this.view, stringOf(detailOf(event).stepId), LOCALE));
  }

  handleStepMove(event: Event): void {
    const detail = detailOf(event);
    if (!this.view) return;
    this.propose(reorderStep(this.view, stringOf(detail.stepId), stringOf(detail.targetStepId), LOCALE));
  }

  handleStepAdd(event: Event): void {
    if (!this.view || !this.canEdit) return;
    const phase = stringOf(detailOf(event).phase);
    this.focusReturn.remember(this.template);
    this.editorMode = 'add';
    this.editorStep = blankStep(this.view, phase === '' ? null : phase);
  }

  handleStepEdit(event: Event): void {
    this.openEditor(stringOf(detailOf(event).stepId));
  }

  /** The timeline's stepselect: edit the step when the rep may, else show it in the step list. */
  handleStepSelect(event: Event): void {
    const stepId = stringOf(detailOf(event).stepId);
    if (this.canEdit) this.openEditor(stepId);
    else this.activeTab = 'steps';
  }

  private openEditor(stepId: string): void {
    if (!this.view || !this.canEdit) return;
    const step = this.view.steps.find((s) => stepKey(s) === stepId);
    if (!step) return;
    this.focusReturn.remember(this.template);
    this.editorMode = 'edit';
    this.editorStep = { ...step };
  }

  handleEditorSave(event: Event): void {
    const step = detailOf(event).step as StepDto | undefined;
    if (!this.view || !step) return;
    const change =
      this.editorMode === 'add' ? addStep(this.view, step, LOCALE) : editStep(this.view, step, LOCALE);
    this.editorStep = undefined;
    this.propose(change);
  }

  handleEditorCancel(): void {
    this.editorStep = undefined;
    this.focusReturn.returnAfterRender();
  }

  // ---- plan header -----------------------------------------------------------------------------

  handlePlanAction(event: Event): void {
    const detail = detailOf(event);
    const action = stringOf(detail.action);
    if (!this.view || !this.canEdit || !isPlanAction(action)) return;
    const reason = typeof detail.reason === 'string' ? detail.reason : null;
    this.propose(changePlanStatus(this.view, action, reason, LOCALE));
  }

  handlePlanDetailsSave(event: Event): void {
    const details = detailOf(event).details as Partial<PlanDetails> | undefined;
    if (!this.view || !this.canEdit || !details) return;
    this.propose(editPlanDetails(this.view, details, LOCALE));
  }

  // ---- stakeholders, templates, empty state ----------------------------------------------------

  handleStakeholderAdd(event: Event): void {
    this.stakeholderAction('add', event);
  }

  handleStakeholderUpdate(event: Event): void {
    this.stakeholderAction('update', event);
  }

  handleStakeholderRemove(event: Event): void {
    this.stakeholderAction('remove', event);
  }

  private stakeholderAction(action: StakeholderAction, event: Event): void {
    const stakeholder = detailOf(event).stakeholder as StakeholderDto | undefined;
    if (!this.view || !stakeholder) return;
    this.propose(changeStakeholder(this.view, action, stakeholder, LOCALE));
  }

  handleChooseTemplate(): void {
    this.openTemplatePicker();
  }

  /** The blank plan form's Create: the plan with the name and go-live date the rep gave it. */
  handleStartBlank(event: Event): void {
    const detail = detailOf(event);
    const details = { name: stringOf(detail.name), goLiveDate: stringOf(detail.goLiveDate) };
    if (this.view) this.propose(startBlankPlan(this.view, LOCALE, details));
  }

  handleOpenTemplatePicker(): void {
    this.openTemplatePicker();
  }

  private openTemplatePicker(): void {
    this.focusReturn.remember(this.template);
    this.pickerOpen = true;
    if (this.templatesLoaded || this.templatesLoading) return;
    this.templatesLoading = true;
    this.templateErrors = [];
    getTemplates()
      .then((templates) => {
        this.templates = templates;
        this.templatesLoaded = true;
      })
      .catch((error: unknown) => {
        this.templateErrors = reduceErrors(error);
      })
      .finally(() => {
        this.templatesLoading = false;
      });
  }

  handleRetryTemplates(): void {
    this.pickerOpen = false;
    this.openTemplatePicker();
  }

  handleTemplateApply(event: Event): void {
    const detail = detailOf(event) as Partial<TemplateApplication>;
    if (!this.view || !detail.template || !Array.isArray(detail.steps)) return;
    const application: TemplateApplication = {
      template: detail.template,
      planName: stringOf(detail.planName),
      goLiveDate: stringOf(detail.goLiveDate),
      skipWeekends: detail.skipWeekends === true,
      steps: detail.steps
    };
    this.pickerOpen = false;
    this.propose(applyTemplate(this.view, application, LOCALE));
  }

  handleTemplateCancel(): void {
    this.pickerOpen = false;
    this.focusReturn.returnAfterRender();
  }

  // ---- tabs ------------------------------------------------------------------------------------

  handleTabSelect(event: Event): void {
    const tab = detailOf(event).tab;
    if (!isTab(tab)) return;
    this.activeTab = tab;
    if (tab === 'buyerUpdates') this.markBuyerUpdatesSeen();
  }

  // ---- buyer room: updates and links -------------------------------------------------------------

  /** The tab opened: its unread updates are marked seen with one save (quietly: nothing to undo). */
  private markBuyerUpdatesSeen(): void {
    const changeSet = this.view && this.canEdit ? seenChangeSet(this.view) : null;
    if (!changeSet || this.isSaving) return;
    this.isSaving = true;
    savePlan({ changeSetJson: JSON.stringify(changeSet) })
      .then((saved) => {
        this.showView(saved);
        rememberSave(this.recordId);
      })
      // Still unread: nothing the rep must act on; the next visit to the tab tries again.
      .catch(() => undefined)
      .finally(() => {
        this.isSaving = false;
      });
  }

  /** A proposal accepted (a date: through the cascade preview) or declined. */
  handleProposalAnswer(event: Event): void {
    const detail = detailOf(event);
    if (!this.view || !this.canEdit) return;
    const answer = detail.resolution === 'Accepted' ? acceptProposal : declineProposal;
    const note = typeof detail.note === 'string' ? detail.note : null;
    this.propose(answer(this.view, stringOf(detail.updateId), note, LOCALE));
  }

  handleShare(event: Event): void {
    const request = detailOf(event).request as ShareRequest | undefined;
    if (request && this.canEdit) this.callBuyerRoom(() => createLinks(request)).catch(() => undefined);
  }

  handleRevoke(event: Event): void {
    const shareId = stringOf(detailOf(event).shareId);
    const view = this.view;
    if (view && this.canEdit && shareId !== '') {
      this.callBuyerRoom(() => revokeLink(view, shareId)).catch(() => undefined);
    }
  }

  // ---- risks and the review rhythm (riskCalls.ts) -------------------------------------------------

  /** c-plan-risks' risksave and riskstatus, c-plan-review's plancadence: one change set each. */
  handleRiskChange(event: Event): void {
    const change = this.view && this.canEdit ? riskChange(this.view, event, LOCALE) : null;
    if (change) this.propose(change);
  }

  /** c-plan-review's planreview: markReviewed, then the fresh view and a toast. */
  handlePlanReview(event: Event): void {
    const view = this.view;
    if (view && this.canEdit)
      this.callBuyerRoom(() => recordReview(view, event, LOCALE)).catch(() => undefined);
  }

  handleLinksDone(): void {
    this.shareLinks = [];
  }

  private async callBuyerRoom(call: () => Promise<BuyerRoomOutcome>): Promise<void> {
    if (this.isSaving) return;
    this.isSaving = true;
    const outcome = await call();
    this.isSaving = false;
    if (outcome.view) {
      this.showView(outcome.view);
      rememberSave(this.recordId);
    }
    if (outcome.links) this.shareLinks = outcome.links;
    this.dispatchEvent(new ShowToastEvent(outcome.toast));
  }
}
