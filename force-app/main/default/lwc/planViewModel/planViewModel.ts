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
 * | engineInputs.ts | PlanView → engine inputs; assessView |
 * | healthSummary.ts | buildHealthSummary |
 * | stepList.ts | buildStepList; the step editor's options, blank step and check |
 * | pendingChange.ts | one user action ready to preview and save: PendingChange, its empty change set |
 * | changeSets.ts | the step actions' PendingChanges (status, date, add, edit, delete, reorder) |
 * | planChanges.ts | the plan-wide actions' PendingChanges (template, blank plan, stakeholders) |
 * | changeWording.ts | how a change reads in its preview (cascade lines, problems, fields edited) |
 * | planHeader.ts | the plan header: status, lifecycle moves, objective; their change sets |
 * | templateOwners.ts | who a template's owner roles go to (used by applyTemplate) |
 * | stakeholderDraft.ts | a stakeholder being added or edited, field by field |
 * | memo.ts | a getter's answer remembered until its inputs change |
 * | buyerUpdates.ts | the Buyer updates tab: buyers' actions in words, unread and pending ones |
 * | buyerResolutions.ts | buyer updates marked seen, proposals accepted or declined: their change sets |
 * | sharing.ts | the Share tab: the plan's links, who can get one, the share request, the new links |
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
export { blankStep, buildStepList, dependencyOptions, ownerOptions, validateStep } from './stepList';
export type { PendingChange } from './pendingChange';
export { writesAnything } from './pendingChange';
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
export { formatDateTime } from './words';
