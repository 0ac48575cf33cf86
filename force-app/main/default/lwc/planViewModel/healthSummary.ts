/** The health summary's view model: the engine's assessment in words (Custom Labels, Plan_Health_…). */
import type { HealthStatus, PlanAssessment, StepFacts } from 'c/planEngine';
import type { OpportunityDto, PlanView, StepDto } from 'c/planContract';
import { healthLook } from 'c/planFormat';
import { LABELS, format } from 'c/planLabels';
import { stakeholderKey, stepKey } from './engineInputs';
import { DEFAULT_LOCALE, countText, daysText, formatDate, lateText, wordDates } from './words';

export interface TextItem {
  key: string;
  text: string;
}

export interface NextStepView {
  side: 'Buyer' | 'Seller';
  heading: string;
  hasStep: boolean;
  title: string;
  ownerName: string;
  dueLabel: string;
  isOverdue: boolean;
  overdueLabel: string;
  /** What a screen reader and a narrow layout say in one line. */
  summary: string;
}

export interface HealthSummaryView {
  status: HealthStatus;
  statusClass: string;
  score: number;
  scoreLabel: string;
  reasons: TextItem[];
  hasReasons: boolean;
  percentComplete: number;
  progressLabel: string;
  nextSteps: NextStepView[];
  closeDateLabel: string;
  projectedCloseLabel: string;
  slipDays: number | null;
  slipLabel: string;
  slipClass: string;
}

export function ownerNameOf(view: Pick<PlanView, 'stakeholders'>, step: StepDto | undefined): string {
  if (!step) return '';
  if (step.ownerName) return step.ownerName;
  const ownerKey = step.ownerId ?? step.ownerKey;
  if (!ownerKey) return '';
  return view.stakeholders.find((s) => stakeholderKey(s) === ownerKey)?.name ?? '';
}

/** The engine's facts of each step by its id (none without an assessment). */
export function factsById(
  assessment: Pick<PlanAssessment, 'steps'> | null | undefined
): Map<string, StepFacts> {
  return new Map((assessment?.steps ?? []).map((facts) => [facts.id, facts]));
}

function slipWords(slipDays: number | null, opportunity: OpportunityDto): { label: string; cls: string } {
  if (opportunity.isClosed) return { label: LABELS.healthClosed, cls: 'slds-text-color_weak' };
  if (!opportunity.closeDate) return { label: LABELS.healthNoCloseDate, cls: 'slds-text-color_weak' };
  if (slipDays === null) return { label: LABELS.healthNoProjection, cls: 'slds-text-color_weak' };
  if (slipDays > 0)
    return { label: format(LABELS.impactAfterClose, daysText(slipDays)), cls: 'slds-text-color_error' };
  if (slipDays < 0)
    return { label: format(LABELS.impactBeforeClose, daysText(slipDays)), cls: 'slds-text-color_success' };
  return { label: LABELS.healthOnCloseDate, cls: 'slds-text-color_success' };
}

export function buildHealthSummary(
  view: PlanView,
  assessment: PlanAssessment,
  locale: string = DEFAULT_LOCALE
): HealthSummaryView {
  const { health } = assessment;
  const facts = factsById(assessment);
  const byKey = new Map(view.steps.map((step) => [stepKey(step), step]));
  const nextSteps = (['Buyer', 'Seller'] as const).map((side): NextStepView => {
    const ref = assessment.nextStepBySide[side];
    const heading = side === 'Buyer' ? LABELS.healthNextBuyer : LABELS.healthNextSeller;
    if (!ref) {
      const none = side === 'Buyer' ? LABELS.healthNoOpenBuyer : LABELS.healthNoOpenSeller;
      return {
        side,
        heading,
        hasStep: false,
        title: none,
        ownerName: '',
        dueLabel: '',
        isOverdue: false,
        overdueLabel: '',
        summary: format(LABELS.healthNextSummary, heading, none)
      };
    }
    const stepFacts = facts.get(ref.id);
    const ownerName = ownerNameOf(view, byKey.get(ref.id));
    const dueLabel = ref.dueDate
      ? format(LABELS.healthDue, formatDate(ref.dueDate, locale))
      : LABELS.healthNoDueDate;
    const isOverdue = stepFacts?.isOverdue === true;
    const overdueLabel = isOverdue ? lateText(stepFacts.daysLate) : '';
    const owner = ownerName ? format(LABELS.healthOwnerPart, ownerName) : LABELS.healthNoOwnerPart;
    const parts = [ref.title, owner, dueLabel, overdueLabel].filter((part) => part !== '');
    return {
      side,
      heading,
      hasStep: true,
      title: ref.title,
      ownerName: ownerName || LABELS.healthNoOwner,
      dueLabel,
      isOverdue,
      overdueLabel,
      summary: format(LABELS.healthNextSummary, heading, parts.join(', '))
    };
  });
  const slip = slipWords(assessment.slipDays, view.opportunity);
  return {
    status: health.status,
    statusClass: healthLook(health.status).badgeClass,
    score: health.score,
    scoreLabel: format(LABELS.healthScore, health.score),
    reasons: health.reasons.map((text, i) => ({ key: `reason-${i}`, text: wordDates(text, locale) })),
    hasReasons: health.reasons.length > 0,
    percentComplete: assessment.percentComplete,
    progressLabel: format(
      LABELS.healthProgress,
      assessment.percentComplete,
      assessment.completedCount,
      countText(assessment.stepCount, LABELS.stepListStepsOne, LABELS.stepListStepsMany)
    ),
    nextSteps,
    closeDateLabel: view.opportunity.closeDate
      ? formatDate(view.opportunity.closeDate, locale)
      : LABELS.healthNoClose,
    projectedCloseLabel: assessment.projectedCloseDate
      ? formatDate(assessment.projectedCloseDate, locale)
      : LABELS.healthNotProjected,
    slipDays: assessment.slipDays,
    slipLabel: slip.label,
    slipClass: slip.cls
  };
}
