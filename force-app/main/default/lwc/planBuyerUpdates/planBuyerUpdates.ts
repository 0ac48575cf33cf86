/**
 * planBuyerUpdates — presentational. The Buyer updates tab: what buyers did in the buyer room,
 * newest first (who, what, when, and the rep's answer), each with its resolution badge. Updates
 * that were unread when the tab opened stay highlighted while it is open (the container marks them
 * seen as it opens). A Pending date or step proposal offers Accept and Decline; either opens a small
 * form for an optional note to the buyer. Buyers' words are shown as text only.
 *
 * Inputs: `updates` (BuyerUpdatesView from c/planViewModel), `disabled` (a save is running).
 * Events (detail): proposalanswer { updateId, resolution: 'Accepted' | 'Declined', note } — the
 * container previews an accepted date's cascade before saving. Its words are Custom Labels
 * (c/planLabels).
 */
import { LightningElement, api } from 'lwc';
import { LABELS, format } from 'c/planLabels';
import type { BuyerUpdateItem, BuyerUpdatesView } from 'c/planViewModel';

type Resolution = 'Accepted' | 'Declined';

interface ItemView extends BuyerUpdateItem {
  highlighted: boolean;
  rowClass: string;
  showActions: boolean;
  answering: boolean;
  actionsLabel: string;
}

interface FieldChange {
  value?: string | null;
}

export default class PlanBuyerUpdates extends LightningElement {
  @api disabled = false;
  readonly labels = LABELS;

  @api
  get updates(): BuyerUpdatesView | undefined {
    return this.current;
  }
  set updates(value: BuyerUpdatesView | undefined) {
    this.current = value;
    for (const item of value?.items ?? []) {
      if (item.unread) this.highlighted.add(item.id);
    }
    // An answer whose proposal was answered meanwhile (or is gone) has nothing left to answer.
    const answering = value?.items.find((item) => item.id === this.answeringId);
    if (!answering?.canAnswer) this.closeForm();
  }

  current: BuyerUpdatesView | undefined;
  answeringId: string | null = null;
  resolution: Resolution = 'Accepted';
  note = '';
  /** Unread when this tab opened: highlighted until it closes, though marked seen meanwhile. */
  private readonly highlighted = new Set<string>();
  private focusOnRender = false;

  override renderedCallback(): void {
    if (!this.focusOnRender) return;
    this.focusOnRender = false;
    this.template?.querySelector<HTMLElement>('[data-id="answer-note"]')?.focus();
  }

  get summary(): string {
    return this.current?.summary ?? '';
  }

  get hasItems(): boolean {
    return (this.current?.items.length ?? 0) > 0;
  }

  get noteMaxLength(): number {
    return this.current?.noteMaxLength ?? 255;
  }

  get items(): ItemView[] {
    return (this.current?.items ?? []).map((item) => {
      const highlighted = this.highlighted.has(item.id);
      const answering = item.id === this.answeringId;
      return {
        ...item,
        highlighted,
        rowClass: highlighted ? 'buyer-update buyer-update_unread' : 'buyer-update',
        showActions: item.canAnswer && !answering,
        answering,
        actionsLabel: format(LABELS.buyerUpdatesAnswerGroup, item.actor)
      };
    });
  }

  private get answeringItem(): BuyerUpdateItem | undefined {
    return this.current?.items.find((item) => item.id === this.answeringId);
  }

  get formLegend(): string {
    const actor = this.answeringItem?.actor ?? LABELS.buyerUpdatesTheBuyer;
    return format(
      this.resolution === 'Accepted' ? LABELS.buyerUpdatesAcceptProposal : LABELS.buyerUpdatesDeclineProposal,
      actor
    );
  }

  get formHelp(): string {
    if (this.resolution === 'Declined') return LABELS.buyerUpdatesDeclineHelp;
    return this.answeringItem?.acceptHelp ?? '';
  }

  get confirmLabel(): string {
    if (this.resolution === 'Declined') return LABELS.actionDecline;
    return this.answeringItem?.isDateProposal ? LABELS.buyerUpdatesReview : LABELS.buyerUpdatesAddStep;
  }

  get confirmVariant(): string {
    return this.resolution === 'Declined' ? 'destructive' : 'brand';
  }

  handleAnswerOpen(event: Event): void {
    const data = (event.currentTarget as HTMLElement | null)?.dataset;
    const item = this.current?.items.find((i) => i.id === data?.update);
    if (!item?.canAnswer || this.disabled) return;
    this.answeringId = item.id;
    this.resolution = data?.resolution === 'Declined' ? 'Declined' : 'Accepted';
    this.note = '';
    this.focusOnRender = true;
  }

  handleNoteChange(event: CustomEvent<FieldChange>): void {
    this.note = event.detail.value ?? '';
  }

  handleAnswerCancel(): void {
    this.closeForm();
  }

  handleAnswerConfirm(): void {
    const updateId = this.answeringId;
    if (updateId === null || this.disabled) return;
    const note = this.note.trim() === '' ? null : this.note.trim().slice(0, this.noteMaxLength);
    const resolution = this.resolution;
    this.closeForm();
    this.dispatchEvent(new CustomEvent('proposalanswer', { detail: { updateId, resolution, note } }));
  }

  private closeForm(): void {
    this.answeringId = null;
    this.note = '';
  }
}
