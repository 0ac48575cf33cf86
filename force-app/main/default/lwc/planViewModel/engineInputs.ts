/** PlanView (the Apex contract) → the plan engine's inputs, and the engine's assessment of a view. */
import {
  assessPlan,
  type AssessInput,
  type OpportunityFacts,
  type PlanAssessment,
  type PlanInfo,
  type PlanRisk,
  type PlanStakeholder,
  type PlanStep
} from 'c/planEngine';
import type { OpportunityDto, PlanDto, PlanView, RiskDto, StakeholderDto, StepDto } from 'c/planContract';

/** The id a step goes by in the engine and in the components: its record Id, else its temporary key. */
export function stepKey(step: Pick<StepDto, 'id' | 'key'>): string {
  return step.id ?? step.key ?? '';
}

export function stakeholderKey(stakeholder: Pick<StakeholderDto, 'id' | 'key'>): string {
  return stakeholder.id ?? stakeholder.key ?? '';
}

export function toPlanStep(step: StepDto, planId: string | null): PlanStep {
  return {
    id: stepKey(step),
    planId,
    title: step.title,
    side: step.side,
    ownerId: step.ownerId ?? step.ownerKey,
    dueDate: step.dueDate,
    baselineDate: step.baselineDate,
    status: step.status,
    completedDate: step.completedDate,
    isMilestone: step.isMilestone,
    phase: step.phase,
    dependsOnId: step.dependsOnId ?? step.dependsOnKey,
    lagDays: step.lagDays,
    durationDays: step.durationDays,
    commitment: step.commitment,
    visibility: step.visibility,
    sortOrder: step.sortOrder,
    lastModified: step.lastModified
  };
}

function toPlanInfo(plan: PlanDto | null): PlanInfo | null {
  if (!plan) return null;
  return {
    id: plan.id ?? '',
    name: plan.name,
    status: plan.status,
    goLiveDate: plan.goLiveDate,
    lastModified: plan.lastModified,
    reviewCadence: plan.reviewCadence,
    nextReviewDate: plan.nextReviewDate,
    lastReviewDate: plan.lastReviewDate
  };
}

/** The id a risk goes by in the engine and in the components: its record Id, else its temporary key. */
export function riskKey(risk: Pick<RiskDto, 'id' | 'key'>): string {
  return risk.id ?? risk.key ?? '';
}

export function toPlanRisk(risk: RiskDto): PlanRisk {
  return {
    id: riskKey(risk),
    title: risk.title,
    category: risk.category,
    likelihood: risk.likelihood,
    impact: risk.impact,
    status: risk.status,
    mitigation: risk.mitigation,
    mitigationDueDate: risk.mitigationDueDate,
    ownerStakeholderId: risk.ownerStakeholderId,
    stepId: risk.stepId
  };
}

function toPlanStakeholder(stakeholder: StakeholderDto): PlanStakeholder {
  return {
    id: stakeholderKey(stakeholder),
    name: stakeholder.name,
    side: stakeholder.side,
    role: stakeholder.role,
    influence: stakeholder.influence,
    stance: stakeholder.stance,
    contactId: stakeholder.contactId,
    userId: stakeholder.userId,
    isSigner: stakeholder.isSigner,
    canVeto: stakeholder.canVeto
  };
}

function toOpportunityFacts(opportunity: OpportunityDto): OpportunityFacts {
  return {
    closeDate: opportunity.closeDate,
    stageName: opportunity.stageName,
    isClosed: opportunity.isClosed,
    isWon: opportunity.isWon
  };
}

export function toEngineSteps(view: Pick<PlanView, 'plan' | 'steps'>): PlanStep[] {
  const planId = view.plan?.id ?? null;
  return view.steps.map((step) => toPlanStep(step, planId));
}

export function toAssessInput(view: PlanView): AssessInput {
  return {
    plan: toPlanInfo(view.plan),
    steps: toEngineSteps(view),
    stakeholders: view.stakeholders.map(toPlanStakeholder),
    opportunity: toOpportunityFacts(view.opportunity),
    today: view.today,
    thresholds: view.thresholds,
    risks: view.risks.map(toPlanRisk),
    healthWeights: view.healthWeights
  };
}

/** The engine's assessment of the plan in a view. */
export function assessView(view: PlanView): PlanAssessment {
  return assessPlan(toAssessInput(view));
}
