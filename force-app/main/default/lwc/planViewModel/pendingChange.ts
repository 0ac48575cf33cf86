/**
 * One user action ready to preview and save (PendingChange): its change set, its preview lines and
 * problems, and whether the rep is asked first. Also the change set's empty shape, the plan header a
 * first save inserts, and which of the engine's problems a preview shows.
 */
import type { PlanProblem } from 'c/planEngine';
import type { PlanChangeSet, PlanDto, PlanView, TemplateDto } from 'c/planContract';
import { problemItems, type PreviewLine } from './changeWording';
import type { DealImpact } from './dealImpact';
import type { TextItem } from './healthSummary';
import { LABELS } from 'c/planLabels';
import { PLAN_NAME_MAX } from './words';

export type ActionKind =
  | 'status'
  | 'move'
  | 'add'
  | 'edit'
  | 'delete'
  | 'reorder'
  | 'template'
  | 'blank'
  | 'stakeholderAdd'
  | 'stakeholderUpdate'
  | 'stakeholderRemove'
  // The plan header (planHeader.ts): a lifecycle move, or the objective and its companions edited.
  | 'activate'
  | 'complete'
  | 'reopen'
  | 'abandon'
  | 'planDetails'
  // A buyer's proposal answered (buyerResolutions.ts).
  | 'acceptProposal'
  | 'declineProposal'
  // The Risks tab (risks.ts): a risk added, edited, or closed, reopened or mitigated.
  | 'riskAdd'
  | 'riskEdit'
  | 'riskStatus';

/** One user action, ready to preview and save. */
export interface PendingChange {
  kind: ActionKind;
  /** What the action does, e.g. 'Move “Security review” to Dec 10, 2026'. */
  title: string;
  lines: PreviewLine[];
  errors: TextItem[];
  warnings: TextItem[];
  canSave: boolean;
  /** Ask before saving: the change reaches other steps, deletes something, or has problems. */
  needsConfirmation: boolean;
  confirmLabel: string;
  /** Said after a successful save. */
  successMessage: string;
  changeSet: PlanChangeSet;
  /** What it does to the deal (close, health, the buyer's committed dates); set by withDealImpact. */
  impact?: DealImpact;
}

export function emptyChangeSet(view: Pick<PlanView, 'opportunity' | 'plan'>): PlanChangeSet {
  return {
    opportunityId: view.opportunity.id,
    planId: view.plan?.id ?? null,
    plan: null,
    steps: { inserts: [], updates: [], deletes: [] },
    stakeholders: { inserts: [], updates: [], deletes: [] }
  };
}

/** Whether saving the change would write anything (an edit that changed nothing does not). */
export function writesAnything(change: PendingChange): boolean {
  const { plan, steps, stakeholders, buyerUpdates, risks } = change.changeSet;
  return (
    plan !== null ||
    [steps, stakeholders].some(
      (rows) => rows.inserts.length + rows.updates.length + rows.deletes.length > 0
    ) ||
    (buyerUpdates !== undefined && buyerUpdates.seen.length + buyerUpdates.resolutions.length > 0) ||
    (risks !== undefined && risks.inserts.length + risks.updates.length > 0)
  );
}

/** The plan header to insert for an opportunity without a plan. */
export function newPlan(
  view: Pick<PlanView, 'opportunity'>,
  name?: string | null,
  template?: TemplateDto | null
): PlanDto {
  const fallback = `${view.opportunity.name} – Mutual Action Plan`;
  const chosen = name && name.trim() !== '' ? name.trim() : fallback;
  return {
    id: null,
    name: chosen.length > PLAN_NAME_MAX ? chosen.slice(0, PLAN_NAME_MAX).trimEnd() : chosen,
    status: 'Draft',
    abandonReason: null,
    planType: template?.planType ?? 'Sales',
    goLiveDate: null,
    objective: null,
    successCriteria: null,
    valueSummary: null,
    templateId: template?.id ?? null,
    reviewCadence: null,
    nextReviewDate: null,
    lastReviewDate: null,
    lastReviewNote: null,
    lastModified: null
  };
}

/** A change set for the view, with a plan header to insert when the opportunity has none yet. */
export function changeSetFor(view: PlanView): PlanChangeSet {
  const changeSet = emptyChangeSet(view);
  if (!view.plan) changeSet.plan = newPlan(view);
  return changeSet;
}

export interface DraftOptions {
  kind: ActionKind;
  title: string;
  changeSet: PlanChangeSet;
  lines?: PreviewLine[];
  problems?: readonly PlanProblem[];
  forceConfirm?: boolean;
  confirmLabel?: string;
  successMessage: string;
  locale: string;
}

export function pending(options: DraftOptions): PendingChange {
  const problems = options.problems ?? [];
  const errors = problemItems(problems, 'error', options.locale);
  const warnings = problemItems(problems, 'warning', options.locale);
  const lines = options.lines ?? [];
  const reachesOthers = lines.some((line) => !line.isEdited);
  return {
    kind: options.kind,
    title: options.title,
    lines,
    errors,
    warnings,
    canSave: errors.length === 0,
    needsConfirmation:
      options.forceConfirm === true || reachesOthers || errors.length > 0 || warnings.length > 0,
    confirmLabel: options.confirmLabel ?? LABELS.previewSave,
    successMessage: options.successMessage,
    changeSet: options.changeSet
  };
}

export function refused(
  kind: ActionKind,
  title: string,
  view: PlanView,
  message: string,
  locale: string
): PendingChange {
  return pending({
    kind,
    title,
    changeSet: emptyChangeSet(view),
    problems: [{ code: 'UNKNOWN_STEP', stepId: null, message, severity: 'error' }],
    successMessage: '',
    locale
  });
}

function problemKey(problem: PlanProblem): string {
  return `${problem.code}|${problem.stepId ?? ''}|${problem.message}`;
}

/** Problems in `after` that `before` did not have. */
export function newProblems(before: readonly PlanProblem[], after: readonly PlanProblem[]): PlanProblem[] {
  const known = new Set(before.map(problemKey));
  return after.filter((problem) => !known.has(problemKey(problem)));
}

/** Hygiene warnings the step editor has already shown; they need no second confirmation. */
const EDITOR_WARNINGS = new Set(['MISSING_OWNER', 'MISSING_DATE', 'DONE_WITHOUT_DATE']);

export function notShownInEditor(problem: PlanProblem): boolean {
  return !(problem.severity === 'warning' && EDITOR_WARNINGS.has(problem.code));
}

/** The problems without repeats (the same code, step and message once). */
export function dedupe(problems: readonly PlanProblem[]): PlanProblem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = problemKey(problem);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
