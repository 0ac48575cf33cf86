import assert from 'node:assert/strict';
import type {
  PlanChangeSet,
  StepDto
} from '../../../force-app/main/default/lwc/planContract/planContract.ts';
import { stepDto } from '../../../force-app/main/default/lwc/planContract/__tests__/data/dtos.ts';
import { ApexError } from '../apexBridge/index.ts';

/** The bridge's save requests and refusals as its Node suites send and expect them. */

type Parts = Partial<Omit<PlanChangeSet, 'opportunityId' | 'steps' | 'stakeholders'>> & {
  steps?: Partial<PlanChangeSet['steps']>;
  stakeholders?: Partial<PlanChangeSet['stakeholders']>;
};

/** A change set's JSON for savePlan: the given parts, every other list empty. */
export function changeSetJson(opportunityId: string, parts: Parts): string {
  const empty = { inserts: [], updates: [], deletes: [] };
  return JSON.stringify({
    opportunityId,
    ...(parts.planId !== undefined ? { planId: parts.planId } : {}),
    plan: parts.plan ?? null,
    steps: { ...empty, ...parts.steps },
    stakeholders: { ...empty, ...parts.stakeholders },
    ...(parts.buyerUpdates ? { buyerUpdates: parts.buyerUpdates } : {}),
    ...(parts.risks ? { risks: parts.risks } : {})
  });
}

/** A new step of a change set: the shared saved-step fixture with a temporary key and no Id. */
export function newStep(key: string, title: string, extra: Partial<StepDto> = {}): StepDto {
  return stepDto({ id: null, key, title, side: 'Buyer', dueDate: '2026-12-10', sortOrder: 1000, ...extra });
}

/** The call fails with the ApexError a rep would read, with exactly this sentence. */
export async function rejectsWith(promise: Promise<unknown>, message: string): Promise<void> {
  await assert.rejects(promise, (error: unknown) => {
    assert.ok(error instanceof ApexError, `expected an ApexError, got ${String(error)}`);
    assert.equal(error.message, message);
    return true;
  });
}
