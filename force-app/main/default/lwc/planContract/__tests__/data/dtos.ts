import type { StepDto } from 'c/planContract';

/** A saved step as getPlan returns it: every field of the contract, with `over` on top. */
export function stepDto(over: Partial<StepDto> & Pick<StepDto, 'id' | 'title'>): StepDto {
  return {
    key: null,
    side: 'Joint',
    ownerId: null,
    ownerKey: null,
    ownerName: null,
    dueDate: null,
    baselineDate: null,
    status: 'Not Started',
    completedDate: null,
    isMilestone: false,
    phase: null,
    deliverable: null,
    notes: null,
    dependsOnId: null,
    dependsOnKey: null,
    lagDays: 0,
    durationDays: 1,
    commitment: 'Not Asked',
    commitmentBy: null,
    commitmentAt: null,
    visibility: 'Shared',
    sortOrder: null,
    templateStepKey: null,
    lastModified: null,
    ...over
  };
}
