/**
 * planSharing — presentational. The Share tab: the plan's buyer links (who, created, expires, last
 * opened, opens, status) with Revoke on live ones (asked first), and the form that makes links for
 * buyer stakeholders who have a contact and an email (the others are listed, disabled, with why):
 * expiry in days, "Email the link from me" and an optional note for the email. The links just made
 * are shown with Copy (the clipboard, else the link selected for Ctrl+C) and whether each was
 * emailed: the only time a link can be seen. Without the buyer room's site address, or without the
 * right to edit, it says why instead of the form.
 *
 * Inputs: `sharing` (SharingView from c/planViewModel), `links` (ShareLinkView[]: the links the
 * last share made; a new non-empty list clears the form), `disabled` (a call is running).
 * Events (detail): share { request: ShareRequest }, revoke { shareId }, linksdone.
 * Its words are Custom Labels (c/planLabels).
 */
import { LightningElement, api } from 'lwc';
import { LABELS, format } from 'c/planLabels';
import {
  checkShareDraft,
  type ShareCandidateView,
  type ShareLinkView,
  type ShareRowView,
  type SharingView
} from 'c/planViewModel';

interface FieldChange {
  value?: string | null;
  checked?: boolean;
}

interface CandidateItem extends ShareCandidateView {
  checked: boolean;
  disabled: boolean;
}

interface RowItem extends ShareRowView {
  detailText: string;
  activityText: string;
  showRevoke: boolean;
  confirming: boolean;
  confirmText: string;
}

interface LinkItem extends ShareLinkView {
  inputLabel: string;
  copyLabel: string;
  copyTitle: string;
}

export default class PlanSharing extends LightningElement {
  @api disabled = false;
  readonly labels = LABELS;

  @api
  get sharing(): SharingView | undefined {
    return this.current;
  }
  set sharing(value: SharingView | undefined) {
    if (value && (!this.current || this.expiryDays === '')) this.expiryDays = String(value.defaultExpiryDays);
    this.current = value;
    const shareable = new Set((value?.candidates ?? []).filter((c) => c.canShare).map((c) => c.id));
    this.selected = this.selected.filter((id) => shareable.has(id));
    if (!value?.rows.some((row) => row.id === this.confirmingId && row.canRevoke)) this.confirmingId = null;
  }

  @api
  get links(): ShareLinkView[] {
    return this.newLinks;
  }
  set links(value: ShareLinkView[] | undefined) {
    const links = value ?? [];
    if (links.length > 0 && links !== this.newLinks) {
      // The share went through: the form starts afresh, and the focus goes to the links to copy.
      this.selected = [];
      this.note = '';
      this.errors = [];
      this.focusLinksOnRender = true;
    }
    this.newLinks = links;
    this.copiedId = null;
    this.copyMessage = '';
  }

  current: SharingView | undefined;
  newLinks: ShareLinkView[] = [];
  selected: string[] = [];
  expiryDays = '';
  sendEmail = true;
  note = '';
  errors: string[] = [];
  confirmingId: string | null = null;
  copiedId: string | null = null;
  copyMessage = '';
  private focusLinksOnRender = false;

  override renderedCallback(): void {
    if (!this.focusLinksOnRender) return;
    this.focusLinksOnRender = false;
    this.template?.querySelector<HTMLElement>('[data-id="new-links"]')?.focus();
  }

  // ---- what the template shows ---------------------------------------------------------------

  get canShare(): boolean {
    return this.current?.canShare === true;
  }

  get notice(): string {
    return this.current?.notice ?? '';
  }

  get hasCandidates(): boolean {
    return (this.current?.candidates.length ?? 0) > 0;
  }

  get candidateItems(): CandidateItem[] {
    return (this.current?.candidates ?? []).map((candidate) => ({
      ...candidate,
      checked: this.selected.includes(candidate.id),
      disabled: !candidate.canShare || this.disabled
    }));
  }

  get maxExpiryDays(): number {
    return this.current?.maxExpiryDays ?? 1;
  }

  get expiryHelp(): string {
    return format(LABELS.sharingExpiryHelp, this.maxExpiryDays);
  }

  get noteMaxLength(): number {
    return this.current?.noteMaxLength ?? 1000;
  }

  get shareLabel(): string {
    const count = this.selected.length;
    if (count === 0) return LABELS.sharingCreateNone;
    return count === 1 ? LABELS.sharingCreateOne : format(LABELS.sharingCreateMany, count);
  }

  get hasErrors(): boolean {
    return this.errors.length > 0;
  }

  get errorItems(): { key: string; text: string }[] {
    return this.errors.map((text, i) => ({ key: `error-${i}`, text }));
  }

  get rowsSummary(): string {
    return this.current?.rowsSummary ?? '';
  }

  get hasRows(): boolean {
    return (this.current?.rows.length ?? 0) > 0;
  }

  get rowItems(): RowItem[] {
    return (this.current?.rows ?? []).map((row) => {
      const confirming = row.id === this.confirmingId;
      return {
        ...row,
        detailText: `${row.createdText} · ${row.expiresText}`,
        activityText: row.opensText ? `${row.openedText} · ${row.opensText}` : row.openedText,
        showRevoke: row.canRevoke && !confirming,
        confirming,
        confirmText: format(LABELS.sharingRevokeQuestion, row.name)
      };
    });
  }

  get hasLinks(): boolean {
    return this.newLinks.length > 0;
  }

  get linkItems(): LinkItem[] {
    return this.newLinks.map((link) => ({
      ...link,
      inputLabel: format(LABELS.sharingLinkField, link.name),
      copyLabel: link.shareId === this.copiedId ? LABELS.sharingCopied : LABELS.sharingCopy,
      copyTitle: format(LABELS.sharingCopyTitle, link.name)
    }));
  }

  // ---- the form -----------------------------------------------------------------------------

  handleCandidateChange(event: CustomEvent<FieldChange>): void {
    const id = (event.currentTarget as HTMLElement | null)?.dataset.stakeholder;
    if (!id) return;
    const others = this.selected.filter((selected) => selected !== id);
    this.selected = event.detail.checked === true ? [...others, id] : others;
  }

  handleExpiryChange(event: CustomEvent<FieldChange>): void {
    this.expiryDays = event.detail.value ?? '';
  }

  handleEmailChange(event: CustomEvent<FieldChange>): void {
    this.sendEmail = event.detail.checked === true;
  }

  handleNoteChange(event: CustomEvent<FieldChange>): void {
    this.note = event.detail.value ?? '';
  }

  handleShare(): void {
    if (!this.current || this.disabled) return;
    const { request, errors } = checkShareDraft(this.current, {
      stakeholderIds: this.selected,
      expiryDays: this.expiryDays,
      sendEmail: this.sendEmail,
      note: this.note
    });
    this.errors = errors;
    if (request) this.dispatchEvent(new CustomEvent('share', { detail: { request } }));
  }

  // ---- the links ----------------------------------------------------------------------------

  handleRevokeAsk(event: Event): void {
    const id = (event.currentTarget as HTMLElement | null)?.dataset.share;
    if (id && !this.disabled) this.confirmingId = id;
  }

  handleRevokeKeep(): void {
    this.confirmingId = null;
  }

  handleRevokeConfirm(): void {
    const shareId = this.confirmingId;
    if (shareId === null || this.disabled) return;
    this.confirmingId = null;
    this.dispatchEvent(new CustomEvent('revoke', { detail: { shareId } }));
  }

  handleCopy(event: Event): void {
    const id = (event.currentTarget as HTMLElement | null)?.dataset.share;
    const link = this.newLinks.find((l) => l.shareId === id);
    if (link) this.copy(link).catch(() => undefined);
  }

  private async copy(link: ShareLinkView): Promise<void> {
    try {
      await navigator.clipboard.writeText(link.url);
      this.copiedId = link.shareId;
      this.copyMessage = format(LABELS.sharingCopyDone, link.name);
    } catch {
      // No clipboard here (an older browser, a denied permission): select the link for Ctrl+C.
      this.copiedId = null;
      const input = this.template?.querySelector<HTMLInputElement>(`input[data-share="${link.shareId}"]`);
      input?.focus();
      input?.select();
      this.copyMessage = format(LABELS.sharingCopySelected, link.name);
    }
  }

  /** A link's field selects all of it when it takes the focus, ready to copy. */
  handleLinkFocus(event: Event): void {
    (event.currentTarget as HTMLInputElement | null)?.select();
  }

  handleLinksDone(): void {
    this.dispatchEvent(new CustomEvent('linksdone'));
  }
}
