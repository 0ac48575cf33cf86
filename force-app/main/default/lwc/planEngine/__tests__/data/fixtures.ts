import type { OpportunityFacts, PlanInfo, PlanStep } from '../../planEngine';

export function step(id: string, over: Partial<PlanStep> = {}): PlanStep {
  return {
    id,
    planId: 'plan1',
    title: `Step ${id}`,
    side: 'Seller',
    ownerId: 'owner1',
    dueDate: null,
    baselineDate: null,
    status: 'Not Started',
    completedDate: null,
    isMilestone: false,
    phase: null,
    dependsOnId: null,
    lagDays: 0,
    durationDays: 1,
    commitment: 'Not Asked',
    visibility: 'Shared',
    sortOrder: null,
    lastModified: null,
    ...over
  };
}

export function plan(over: Partial<PlanInfo> = {}): PlanInfo {
  return {
    id: 'plan1',
    name: 'Acme rollout',
    status: 'Active',
    goLiveDate: null,
    lastModified: null,
    ...over
  };
}

export function opportunity(over: Partial<OpportunityFacts> = {}): OpportunityFacts {
  return { closeDate: null, stageName: 'Evaluation', isClosed: false, isWon: false, ...over };
}
