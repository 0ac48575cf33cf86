/**
 * planHealthSummary — presentational. The plan's health at a glance: status badge in the health
 * colour, score, the reasons in words, percent complete, the next step on each side with its owner
 * and due date, and the projected close against the opportunity's close date; below them the plan's
 * recent changes of health (status, health, score before → after, when, why) as the roll-up recorded
 * them. Takes the health summary view model (c/planViewModel buildHealthSummary, from the engine's
 * assessment) and `history` (buildHealthHistory); no Apex, no rules, no events.
 */
import { LightningElement, api } from 'lwc';
import type { HealthChangeView, HealthSummaryView, NextStepView } from 'c/planViewModel';
import { LABELS, format } from 'c/planLabels';

interface NextStepItem extends NextStepView {
  itemClass: string;
}

export default class PlanHealthSummary extends LightningElement {
  /** What to show (buildHealthSummary). Nothing renders without it. */
  @api summary: HealthSummaryView | undefined;
  /** Stack everything in one column (a narrow page region). */
  @api narrow = false;
  /** The plan's last changes of health, newest first (buildHealthHistory). */
  @api history: HealthChangeView[] = [];

  readonly labels = LABELS;

  get hasHistory(): boolean {
    return this.history.length > 0;
  }

  /** Each change with its parts in words: "Health On Track → At Risk", "Score 82 → 64". */
  get historyItems(): (HealthChangeView & { summary: string; hasReasons: boolean })[] {
    const words: Record<string, string> = {
      status: LABELS.historyStatus,
      health: LABELS.historyHealth,
      score: LABELS.historyScore
    };
    return this.history.map((change) => ({
      ...change,
      summary: change.parts.map((part) => format(words[part.key] ?? '', part.before, part.after)).join(' · '),
      hasReasons: change.reasons.length > 0
    }));
  }

  get hasSummary(): boolean {
    return this.summary !== undefined;
  }

  get blockClass(): string {
    return this.narrow
      ? 'slds-col slds-size_1-of-1 slds-p-bottom_small'
      : 'slds-col slds-size_1-of-3 slds-p-bottom_small';
  }

  get nextSteps(): NextStepItem[] {
    const itemClass = this.narrow
      ? 'slds-size_1-of-1 slds-p-bottom_x-small'
      : 'slds-size_1-of-2 slds-p-right_small';
    return (this.summary?.nextSteps ?? []).map((next) => ({ ...next, itemClass }));
  }

  get percent(): number {
    return Math.max(0, Math.min(100, this.summary?.percentComplete ?? 0));
  }

  get progressStyle(): string {
    return `width: ${this.percent}%`;
  }

  get reasonsEmpty(): boolean {
    return !this.summary?.hasReasons;
  }

  get slipClass(): string {
    return `slds-text-body_regular ${this.summary?.slipClass ?? ''}`;
  }
}
