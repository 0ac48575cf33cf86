/**
 * planReview — presentational, placed by the workspace right under the plan header. The plan's review
 * rhythm (c/planViewModel buildReview): its cadence (a picklist the rep may change), the last review
 * with its note, the next review, flagged when overdue (a health reason); and Mark reviewed, which
 * asks for a short note first. No Apex: emits `planreview` {note} and `plancadence` {cadence}.
 * A new `review` (the view a load or a save returned) closes the note form.
 */
import { LightningElement, api } from 'lwc';
import { optionsFor, type ReviewView } from 'c/planViewModel';
import { LABELS, format } from 'c/planLabels';

const CADENCE_FIELD = 'Mutual_Action_Plan__c.Review_Cadence__c';
/** Last_Review_Note__c holds 255 characters. */
export const NOTE_MAX = 255;

/** The text, or the fallback when it is missing or empty. */
function orElse(text: string | undefined, fallback: string): string {
  return text === undefined || text === '' ? fallback : text;
}

export default class PlanReview extends LightningElement {
  /** Disables the buttons while a save runs. */
  @api disabled = false;

  @api
  get review(): ReviewView | null {
    return this.current;
  }
  set review(value: ReviewView | null) {
    this.current = value;
    this.marking = false;
    this.note = '';
    this.noteError = '';
  }

  readonly labels = LABELS;
  readonly noteMax = NOTE_MAX;
  current: ReviewView | null = null;
  marking = false;
  note = '';
  noteError = '';

  override renderedCallback(): void {
    if (this.marking && this.focusNote) {
      this.focusNote = false;
      this.template?.querySelector<HTMLElement>('[data-id="review-note"]')?.focus();
    }
  }

  private focusNote = false;

  get hasReview(): boolean {
    return this.current !== null;
  }

  get canMark(): boolean {
    return this.current?.canMark === true;
  }

  get showMarkButton(): boolean {
    return this.canMark && !this.marking;
  }

  get cadenceText(): string {
    const value = this.current?.cadence;
    const label = this.cadences().find((option) => option.value === value)?.label;
    return orElse(label ?? value, LABELS.reviewNoCadence);
  }

  get cadenceOptions(): { value: string; label: string; selected: boolean }[] {
    const value = this.current?.cadence ?? '';
    return [
      { value: '', label: LABELS.reviewNoCadence, selected: value === '' },
      ...this.cadences().map((option) => ({ ...option, selected: option.value === value }))
    ];
  }

  // The org's cadences as buildReview read them (the save checks values against the org's), else the
  // compiled ones (c/planFormat), the plan's own value kept.
  private cadences(): readonly { value: string; label: string }[] {
    return this.current?.cadences ?? optionsFor(CADENCE_FIELD, null, this.current?.cadence);
  }

  get lastText(): string {
    return orElse(this.current?.lastReviewLabel, LABELS.reviewNever);
  }

  get hasNote(): boolean {
    return (this.current?.note ?? '') !== '';
  }

  get noteText(): string {
    return format(LABELS.reviewLastNote, this.current?.note ?? '');
  }

  get nextText(): string {
    return orElse(this.current?.nextReviewLabel, LABELS.reviewNotScheduled);
  }

  get isOverdue(): boolean {
    return this.current?.isOverdue === true;
  }

  get overdueText(): string {
    const days = this.current?.overdueDays ?? 0;
    return days === 1 ? LABELS.reviewOverdueOne : format(LABELS.reviewOverdueMany, days);
  }

  get hasNoteError(): boolean {
    return this.noteError !== '';
  }

  handleCadence(event: Event): void {
    const cadence = (event.target as HTMLSelectElement).value;
    if (cadence === (this.current?.cadence ?? '')) return;
    this.dispatchEvent(
      new CustomEvent('plancadence', { detail: { cadence: cadence === '' ? null : cadence } })
    );
  }

  handleMark(): void {
    this.marking = true;
    this.focusNote = true;
  }

  handleNote(event: Event): void {
    this.note = (event.target as HTMLTextAreaElement).value;
    if (this.note.trim().length <= NOTE_MAX) this.noteError = '';
  }

  handleCancel(): void {
    this.marking = false;
    this.note = '';
    this.noteError = '';
  }

  handleConfirm(event: Event): void {
    event.preventDefault();
    const note = this.note.trim();
    if (note.length > NOTE_MAX) {
      this.noteError = format(LABELS.reviewNoteTooLong, NOTE_MAX);
      return;
    }
    this.dispatchEvent(new CustomEvent('planreview', { detail: { note: note === '' ? null : note } }));
  }
}
