/**
 * planCascadePreview — presentational. What one edit will do before it is saved: what it does to
 * the deal (projected close and health before → after, each date the buyer committed to that it
 * moves, flagged to ask the buyer first), the step the rep changed and every dependent step the
 * engine's cascade moves ("“Legal redlines” moves from Dec 8 to Dec 14: it starts …"), with the
 * engine's problems. Errors block saving; warnings do not.
 * Takes a PendingChange (c/planViewModel). Emits `confirm` and `cancel` (Escape cancels too).
 * Focus moves to it when it appears, so a keyboard user lands on the decision.
 */
import { LightningElement, api } from 'lwc';
import { LABELS, format } from 'c/planLabels';
import type { DealImpact, PendingChange, PreviewLine } from 'c/planViewModel';

interface LineItem extends PreviewLine {
  lineClass: string;
}

export default class PlanCascadePreview extends LightningElement {
  /** The change to preview. Nothing renders without it. */
  @api change: PendingChange | undefined;
  /** The change is being saved: both buttons wait. */
  @api saving = false;

  readonly labels = LABELS;

  private focused = false;

  get hasChange(): boolean {
    return this.change !== undefined;
  }

  get lines(): LineItem[] {
    return (this.change?.lines ?? []).map((line) => ({
      ...line,
      lineClass: line.isEdited ? 'slds-item slds-text-title_bold' : 'slds-item'
    }));
  }

  /** What the change does to the deal; null when it changes no step. */
  get impact(): DealImpact | null {
    return this.change?.impact ?? null;
  }

  get hasCommitted(): boolean {
    return (this.change?.impact?.committed.length ?? 0) > 0;
  }

  get cascadeCount(): number {
    return (this.change?.lines ?? []).filter((line) => !line.isEdited).length;
  }

  get cascadeCountText(): string {
    return format(LABELS.previewCascadeCount, this.cascadeCount);
  }

  get hasErrors(): boolean {
    return (this.change?.errors.length ?? 0) > 0;
  }

  get hasWarnings(): boolean {
    return (this.change?.warnings.length ?? 0) > 0;
  }

  get confirmDisabled(): boolean {
    return this.saving || !this.change?.canSave;
  }

  get confirmVariant(): string {
    return this.change?.kind === 'delete' || this.change?.kind === 'stakeholderRemove'
      ? 'destructive'
      : 'brand';
  }

  get confirmLabel(): string {
    return this.change?.confirmLabel ?? LABELS.previewSave;
  }

  override renderedCallback(): void {
    if (this.focused || !this.hasChange) return;
    const region = this.template?.querySelector<HTMLElement>('[data-id="preview"]');
    if (region) {
      region.focus();
      this.focused = true;
    }
  }

  handleKeyDown(event: KeyboardEvent): void {
    if (event.key === 'Escape' && !this.saving) {
      event.stopPropagation();
      this.handleCancel();
    }
  }

  handleConfirm(): void {
    if (this.confirmDisabled) return;
    this.dispatchEvent(new CustomEvent('confirm'));
  }

  handleCancel(): void {
    this.dispatchEvent(new CustomEvent('cancel'));
  }
}
