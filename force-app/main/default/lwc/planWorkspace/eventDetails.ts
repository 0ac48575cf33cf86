/** What the children's events carry, read defensively (an event's detail is whatever its sender put). */
import type { StepStatus } from 'c/planEngine';
import { STEP_STATUSES, type PlanAction } from 'c/planViewModel';

export function detailOf(event: Event): Record<string, unknown> {
  const detail = (event as CustomEvent<unknown>).detail;
  return typeof detail === 'object' && detail !== null ? (detail as Record<string, unknown>) : {};
}

export function stringOf(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

export function isStepStatus(value: string): value is StepStatus {
  return (STEP_STATUSES as readonly string[]).includes(value);
}

const PLAN_ACTIONS: readonly string[] = ['activate', 'complete', 'reopen', 'abandon'];

export function isPlanAction(value: string): value is PlanAction {
  return PLAN_ACTIONS.includes(value);
}
