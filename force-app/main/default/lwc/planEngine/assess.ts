/**
 * assessPlan: everything the record page and the roll-up show about a plan, in one O(steps) pass
 * after the analysis and projection passes. Dates are read into day numbers once.
 */
import { NO_DAY, dayAt, fromDay, isBlank, toDay } from './dates';
import { measureCoverage } from './coverage';
import { assessHealth, type HealthMeasures } from './health';
import { comesBefore, percentOf, stepRef } from './progress';
import { projectPlan } from './projection';
import { attributeSlip, slipBySide } from './slip';
import { resolveHealthWeights, resolveThresholds } from './thresholds';
import type { AssessInput, IsoDate, PlanAssessment, PlanStep, Side, StepFacts, StepRef } from './types';
import { analyzePlan } from './validation';

function isPhase(phase: unknown, name: string, lower: string): boolean {
  if (phase === name) return true;
  return typeof phase === 'string' && phase.length === name.length && phase.toLowerCase() === lower;
}

/** Phase Signature: the steps whose projected finish is the projected close. */
export function isSignatureStep(step: PlanStep): boolean {
  return isPhase(step.phase, 'Signature', 'signature');
}

/** Phases Onboarding and Adoption: post-sale work, not part of getting to signature. */
export function isPostSaleStep(step: PlanStep): boolean {
  return isPhase(step.phase, 'Onboarding', 'onboarding') || isPhase(step.phase, 'Adoption', 'adoption');
}

function lastModifiedDay(value: string | null | undefined): number {
  return typeof value === 'string' && value.length >= 10 ? dayAt(value, 0) : NO_DAY;
}

function dateOrNull(day: number): IsoDate | null {
  return day === NO_DAY ? null : fromDay(day);
}

/** Assesses one plan. Never throws on bad step data (see problems); `today` must be a real date. */
export function assessPlan(input: AssessInput): PlanAssessment {
  const today = toDay(input.today);
  if (today === NO_DAY)
    throw new RangeError(`assessPlan: today ${String(input.today)} is not a date (YYYY-MM-DD).`);
  const thresholds = resolveThresholds(input.thresholds);
  const steps = input.steps;
  const plan = input.plan;
  const opportunity = input.opportunity;
  const analyzed = analyzePlan(steps, plan ? plan.id : null, today);
  const { projected } = projectPlan(analyzed, today);
  const slip = attributeSlip(analyzed);
  const { due, completed, open, link } = analyzed;
  const n = steps.length;
  const windowEnd = today + thresholds.commitmentWindowDays;

  const facts: StepFacts[] = new Array<StepFacts>(n);
  let completedCount = 0;
  let milestones = 0;
  let milestonesDone = 0;
  let overdueCount = 0;
  let overdueBuyerCount = 0;
  let longestOverdueDays = 0;
  let blockedCount = 0;
  let buyerDated = 0;
  let buyerCommitted = 0;
  let uncommittedBuyerCount = 0;
  let uncommittedPastCount = 0;
  let declinedCount = 0;
  let projectedEnd = NO_DAY;
  let signatureEnd = NO_DAY;
  let preSaleEnd = NO_DAY;
  let lastUpdate = plan ? lastModifiedDay(plan.lastModified) : NO_DAY;
  const stepsWithoutOwner: string[] = [];
  const stepsWithoutDate: string[] = [];
  let next = -1;
  let nextBuyer = -1;
  let nextSeller = -1;
  let nextJoint = -1;

  for (let i = 0; i < n; i++) {
    const step = steps[i];
    const isOpen = open[i];
    const dueDay = due[i];
    const proj = projected[i];
    const modified = lastModifiedDay(step.lastModified);
    if (modified > lastUpdate) lastUpdate = modified;
    if (step.isMilestone) {
      milestones++;
      if (!isOpen) milestonesDone++;
    }
    if (proj > projectedEnd) projectedEnd = proj;
    if (proj !== NO_DAY && isSignatureStep(step) && proj > signatureEnd) signatureEnd = proj;

    let isOverdue = false;
    let daysLate = 0;
    const isCommitted = step.commitment === 'Committed' && dueDay !== NO_DAY;
    const isDeclined = step.commitment === 'Declined' && dueDay !== NO_DAY && isOpen;
    if (isDeclined) declinedCount++;
    let blockedBy: string[];
    if (isOpen) {
      if (dueDay !== NO_DAY) {
        if (dueDay < today) {
          isOverdue = true;
          daysLate = today - dueDay;
          overdueCount++;
          if (daysLate > longestOverdueDays) longestOverdueDays = daysLate;
        }
        if (step.side === 'Buyer') {
          buyerDated++;
          if (isCommitted) buyerCommitted++;
          else if (!isDeclined && dueDay <= windowEnd) {
            uncommittedBuyerCount++;
            if (dueDay < today) uncommittedPastCount++;
          }
          if (isOverdue) overdueBuyerCount++;
        }
      } else {
        stepsWithoutDate.push(step.id);
      }
      if (isBlank(step.ownerId)) stepsWithoutOwner.push(step.id);
      if (step.status === 'Blocked') blockedCount++;
      if (proj !== NO_DAY && proj > preSaleEnd && !isPostSaleStep(step)) preSaleEnd = proj;
      const p = link[i];
      blockedBy = p >= 0 && open[p] ? [steps[p].id] : [];

      const sortOrder = step.sortOrder;
      if (next < 0 || comesBefore(proj, sortOrder, i, projected[next], steps[next].sortOrder, next)) next = i;
      const side = step.side;
      if (side === 'Buyer') {
        if (
          nextBuyer < 0 ||
          comesBefore(proj, sortOrder, i, projected[nextBuyer], steps[nextBuyer].sortOrder, nextBuyer)
        )
          nextBuyer = i;
      } else if (side === 'Seller') {
        if (
          nextSeller < 0 ||
          comesBefore(proj, sortOrder, i, projected[nextSeller], steps[nextSeller].sortOrder, nextSeller)
        )
          nextSeller = i;
      } else if (side === 'Joint') {
        if (
          nextJoint < 0 ||
          comesBefore(proj, sortOrder, i, projected[nextJoint], steps[nextJoint].sortOrder, nextJoint)
        )
          nextJoint = i;
      }
    } else {
      completedCount++;
      blockedBy = [];
    }

    let projectedDueDate: IsoDate | null;
    if (proj === NO_DAY) projectedDueDate = null;
    else if (proj === dueDay) projectedDueDate = step.dueDate;
    else if (proj === completed[i]) projectedDueDate = step.completedDate;
    else if (proj === today) projectedDueDate = input.today;
    else projectedDueDate = fromDay(proj);
    facts[i] = {
      id: step.id,
      isOpen,
      isOverdue,
      daysLate,
      blockedBy,
      isCommitted,
      isDeclined,
      projectedDueDate,
      projectedSlipDays: isOpen && proj !== NO_DAY && dueDay !== NO_DAY ? proj - dueDay : 0,
      baselineSlipDays: slip.slip[i],
      causedSlipDays: slip.caused[i],
      pushedSlipDays: slip.pushed[i]
    };
  }

  // Projected close: see docs/plan-engine.md ("Projected close").
  const closeDay = toDay(opportunity.closeDate);
  let projectedClose = NO_DAY;
  if (!opportunity.isClosed) {
    if (signatureEnd !== NO_DAY) projectedClose = signatureEnd;
    // Without a single dated step nothing projects a close: the plan says nothing about it.
    else if (preSaleEnd !== NO_DAY)
      projectedClose = closeDay !== NO_DAY && closeDay > preSaleEnd ? closeDay : preSaleEnd;
  }
  const slipDays = projectedClose !== NO_DAY && closeDay !== NO_DAY ? projectedClose - closeDay : null;
  const daysSinceUpdate = lastUpdate === NO_DAY ? null : Math.max(0, today - lastUpdate);
  const openCount = n - completedCount;

  const measures: HealthMeasures = {
    stepCount: n,
    openCount,
    overdueCount,
    overdueBuyerCount,
    longestOverdueDays,
    slipDays,
    uncommittedBuyerCount,
    uncommittedPastCount,
    declinedCount,
    daysSinceUpdate,
    blockedCount,
    withoutOwnerCount: stepsWithoutOwner.length,
    withoutDateCount: stepsWithoutDate.length
  };
  const coverage = measureCoverage(plan, input.risks, input.stakeholders, today);
  const health = assessHealth(
    plan,
    opportunity,
    measures,
    thresholds,
    coverage,
    resolveHealthWeights(input.healthWeights)
  );
  const bySide = slipBySide(steps, slip.caused);
  const ref = (i: number): StepRef | null => (i >= 0 ? stepRef(steps[i]) : null);
  const nextStepBySide: Record<Side, StepRef | null> = {
    Buyer: ref(nextBuyer),
    Seller: ref(nextSeller),
    Joint: ref(nextJoint)
  };

  return {
    health,
    percentComplete: percentOf(completedCount, n),
    milestonePercentComplete: milestones > 0 ? percentOf(milestonesDone, milestones) : null,
    stepCount: n,
    completedCount,
    openCount,
    overdueCount,
    overdueBuyerCount,
    longestOverdueDays,
    blockedCount,
    nextStep: ref(next),
    nextStepBySide,
    projectedEndDate: dateOrNull(projectedEnd),
    projectedCloseDate: dateOrNull(projectedClose),
    slipDays,
    buyerSlipDays: bySide.buyer,
    sellerSlipDays: bySide.seller,
    jointSlipDays: bySide.joint,
    buyerCommitmentPercent: buyerDated > 0 ? percentOf(buyerCommitted, buyerDated) : null,
    uncommittedBuyerCount,
    declinedCount,
    daysSinceUpdate,
    openRiskCount: coverage.openRiskCount,
    unmitigatedHighRiskCount: coverage.unmitigatedHighRiskCount,
    overdueMitigationCount: coverage.overdueMitigationCount,
    reviewOverdueDays: coverage.reviewOverdueDays,
    stepsWithoutOwner,
    stepsWithoutDate,
    steps: facts,
    problems: analyzed.problems
  };
}
