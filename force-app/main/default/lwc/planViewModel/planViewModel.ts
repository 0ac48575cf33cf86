/**
 * The plan components' view models and change sets. Pure TypeScript (no DOM, no Apex): it maps the
 * PlanView that getPlan returns to the plan engine's inputs, turns the engine's assessment into what
 * the health summary and the step list show, and turns each user action into the one PlanChangeSet
 * that savePlan takes. Every health, overdue and cascade rule comes from c/planEngine; this module
 * only words and arranges the engine's answers.
 *
 * | file | holds |
 * | --- | --- |
 * | words.ts | picklist values, dates in words |
 * | picklists.ts | the picklist options offered: the org's (PlanView.picklists), else the compiled ones |
 * | engineInputs.ts | PlanView → engine inputs; assessView |
 * | healthSummary.ts | buildHealthSummary |
 * | stepList.ts | buildStepList; the step editor's options, blank step and check |
 * | pendingChange.ts | one user action ready to preview and save: PendingChange, its empty change set |
 * | changeSets.ts | the step actions' PendingChanges (status, date, add, edit, delete, reorder) |
 * | planChanges.ts | the plan-wide actions' PendingChanges (template, blank plan, stakeholders) |
 * | changeWording.ts | how a change reads in its preview (cascade lines, problems, fields edited) |
 * | dealImpact.ts | what a change does to the deal: projected close and health before → after, committed dates moved |
 * | planHeader.ts | the plan header: status, lifecycle moves, objective; their change sets |
 * | templateOwners.ts | who a template's owner roles go to, through the admin's role mapping (used by applyTemplate) |
 * | templatePreview.ts | the template picker's owner column: who each step goes to, or why no one |
 * | planStart.ts | starting a plan: the default go-live date, the blank plan form's check |
 * | stakeholderDraft.ts | a stakeholder being added or edited, field by field |
 * | memo.ts | a getter's answer remembered until its inputs change |
 * | buyerUpdates.ts | the Buyer updates tab: buyers' actions in words, unread and pending ones |
 * | buyerResolutions.ts | buyer updates marked seen, proposals accepted or declined: their change sets |
 * | sharing.ts | the Share tab: the plan's links, who can get one, the share request, the new links |
 * | risks.ts | the Risks tab: rows by severity, the form's options, a risk added, edited, closed |
 * | review.ts | the plan's review rhythm in words, and its last changes of health |
 * | stakeholderGrid.ts | the stakeholder map: influence × stance grid, stacked by stance, the seller's team |
 */
export type { Option } from './words';
export {
  DEFAULT_LOCALE,
  PHASE_OPTIONS,
  SIDE_OPTIONS,
  STATUS_OPTIONS,
  STEP_STATUSES,
  COMMITMENT_OPTIONS,
  VISIBILITY_OPTIONS,
  formatDate,
  wordDates
} from './words';
export { assessView, stakeholderKey, stepKey, toAssessInput } from './engineInputs';
export type { HealthSummaryView, NextStepView, TextItem } from './healthSummary';
export { buildHealthSummary, factsById } from './healthSummary';
export type { Grouping, StepGroupView, StepListView, StepRowView } from './stepList';
export {
  blankStep,
  buildStepList,
  dependencyOptions,
  ownerOptions,
  stepCountText,
  validateStep
} from './stepList';
export type { PendingChange } from './pendingChange';
export { writesAnything } from './pendingChange';
export type { CommittedMove, DealImpact } from './dealImpact';
export { withDealImpact } from './dealImpact';
export type { PreviewLine } from './changeWording';
export { addStep, changeStatus, deleteStep, editStep, moveStep, reorderStep } from './changeSets';
export type { StakeholderAction, TemplateApplication } from './planChanges';
export { applyTemplate, changeStakeholder, startBlankPlan } from './planChanges';
export type { PlanActionView, PlanDetailView, PlanDetails, PlanHeaderView } from './planHeader';
export {
  buildPlanHeader,
  changePlanStatus,
  editPlanDetails,
  planActions,
  savedMessage,
  savedToast,
  statusAfter
} from './planHeader';
export type { PlanAction, PlanDetailField } from './words';
export { memo } from './memo';
export type { DraftFieldChange, StakeholderDraft } from './stakeholderDraft';
export { newStakeholderDraft, stakeholderDraftOf, withDraftField } from './stakeholderDraft';
export type { BuyerUpdateItem, BuyerUpdateOptions, BuyerUpdatesView } from './buyerUpdates';
export { buildBuyerUpdates, buyerUpdateText, unreadCount } from './buyerUpdates';
export { acceptProposal, declineProposal, proposedStepKey, seenChangeSet } from './buyerResolutions';
export type {
  ShareCandidateView,
  ShareDraft,
  ShareLinkView,
  ShareRowView,
  SharingOptions,
  SharingView
} from './sharing';
export { SHARING_NOT_SET_UP, buildShareLinks, buildSharing, checkShareDraft, sharedToast } from './sharing';
export { daysText, dueText, formatDateTime, lateText, quoted, withNote } from './words';
export type { Picklists } from './picklists';
export { optionLabel, optionsFor } from './picklists';
export type {
  GridCellView,
  GridRowView,
  MapWordKey,
  OwnedStepView,
  PersonCardView,
  StakeholderMapView,
  StakeholderMapWords,
  StanceColumnView,
  StanceGroupView
} from './stakeholderGrid';
export { MAP_WORD_KEYS, UNKNOWN, buildStakeholderMap } from './stakeholderGrid';
export type { OwnerMatch, OwnerSource, TemplateOwner } from './templateOwners';
export { contactRolesFor, templateOwners } from './templateOwners';
export type { OwnerCell, OwnerPreview } from './templatePreview';
export { eitherOf, ownerPreview } from './templatePreview';
export type { BlankPlanCheck, BlankPlanDetails } from './planStart';
export { blankPlanDetails, checkBlankPlan, defaultGoLiveDate } from './planStart';
export type { RiskOption, RiskRowView, RisksView } from './risks';
export {
  RISK_CATEGORIES,
  RISK_LEVELS,
  RISK_STATUSES,
  blankRisk,
  buildRisks,
  changeRiskStatus,
  saveRisk
} from './risks';
export type { HealthChangeView, ReviewView } from './review';
export { buildHealthHistory, buildReview, changeReviewCadence } from './review';
export { riskKey } from './engineInputs';
