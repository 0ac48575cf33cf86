import { assessPlan, type PlanAssessment } from 'c/planEngine';
import type { StepDto } from 'c/planContract';
import { stepDto } from '../../../planContract/__tests__/data/dtos';

/** Today in the fixtures: Sunday 13 Dec 2026. */
export const TODAY = '2026-12-13';
export const CLOSE_DATE = '2027-01-15';

export { stepDto };

/**
 * Done; overdue by 3 days; pushed 2 days by its late predecessor (not overdue); a milestone; undated.
 */
export const STEPS: StepDto[] = [
  stepDto({
    id: 'a01',
    title: 'Discovery call',
    side: 'Seller',
    dueDate: '2026-11-20',
    status: 'Done',
    completedDate: '2026-11-20'
  }),
  stepDto({
    id: 'a02',
    title: 'Security review',
    side: 'Buyer',
    dueDate: '2026-12-10',
    status: 'In Progress',
    durationDays: 5
  }),
  stepDto({
    id: 'a03',
    title: 'Legal redlines',
    side: 'Joint',
    dueDate: '2026-12-14',
    durationDays: 3,
    dependsOnId: 'a02'
  }),
  stepDto({
    id: 'a04',
    title: 'Contract signed',
    side: 'Buyer',
    dueDate: '2027-01-15',
    isMilestone: true,
    phase: 'Signature',
    dependsOnId: 'a03'
  }),
  stepDto({ id: 'a05', title: 'Kick-off', side: 'Seller' })
];

/** The engine's assessment of the steps, as the container computes it. */
export function assess(steps: StepDto[], today = TODAY): PlanAssessment {
  return assessPlan({
    plan: null,
    steps: steps.map((step) => ({ ...step, id: step.id ?? step.key ?? '', planId: null })),
    opportunity: { closeDate: CLOSE_DATE, stageName: 'Negotiation', isClosed: false, isWon: false },
    today
  });
}
