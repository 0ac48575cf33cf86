/**
 * The Share tab: the plan's buyer links as the rep reads them (who, created, expires, last opened,
 * opens, status), the buyer stakeholders a link can be made for (and why the others cannot), the
 * share request checked before it is sent, and the links just made, each with whether it was emailed.
 * A link's token is never stored: the links shareWithBuyers returns are the only time a rep sees one.
 * Every word is a Custom Label (c/planLabels).
 */
import type { PlanView, ShareDto, ShareLinkDto, ShareRequest, StakeholderDto } from 'c/planContract';
import { LABELS, format } from 'c/planLabels';
import { DEFAULT_LOCALE, SHARE_NOTE_MAX, SHARE_RECIPIENTS_MAX, formatDateTime } from './words';

/** One link in the list. */
export interface ShareRowView {
  id: string;
  name: string;
  email: string;
  /** 'Created Nov 20, 2026 by Sam Seller'. */
  createdText: string;
  /** 'Expires Feb 18, 2027', 'Expired Feb 18, 2027' or 'Revoked Nov 15, 2026'. */
  expiresText: string;
  /** 'Last opened Nov 28, 2026, 3:30 PM' or 'Never opened'. */
  openedText: string;
  /** '3 opens'; '' when never opened. */
  opensText: string;
  statusLabel: string;
  statusClass: string;
  canRevoke: boolean;
}

/** A buyer stakeholder in the share form: one that can get a link, or one that cannot and why. */
export interface ShareCandidateView {
  id: string;
  name: string;
  /** The checkbox's label: 'Dana Buyer (dana@acme.example)' or 'Pat Procurement: no email'. */
  label: string;
  canShare: boolean;
  /** e.g. 'Has a live link until Feb 18, 2027'; '' when none. */
  hint: string;
}

export interface SharingView {
  planId: string | null;
  /** The buyer room's site address is set (Buyer Room Setting). */
  enabled: boolean;
  /** The form is offered: enabled, the rep may edit, the plan is not abandoned. */
  canShare: boolean;
  /** Why the form is not offered; '' when it is. */
  notice: string;
  rows: ShareRowView[];
  /** 'No links yet.' or '2 links, 1 live'. */
  rowsSummary: string;
  candidates: ShareCandidateView[];
  hasShareableCandidates: boolean;
  defaultExpiryDays: number;
  maxExpiryDays: number;
  noteMaxLength: number;
}

/** The share form as the rep filled it in. */
export interface ShareDraft {
  stakeholderIds: readonly string[];
  /** As typed: a whole number of days. */
  expiryDays: string | number;
  sendEmail: boolean;
  note: string;
}

/** A link just made, as the rep sees it once. */
export interface ShareLinkView {
  shareId: string;
  name: string;
  email: string;
  url: string;
  /** 'Emailed to dana@acme.example', or why not. */
  emailText: string;
  emailed: boolean;
}

export interface SharingOptions {
  locale?: string;
  /** The time zone times are shown in (the browser's when not given). */
  timeZone?: string;
}

/** Said instead of the form when the buyer room's site address is not set (Plan_Sharing_Not_Set_Up). */
export const SHARING_NOT_SET_UP: string = LABELS.sharingNotSetUp;

const STATUS_LOOKS: Readonly<Record<ShareDto['status'], { label: () => string; badgeClass: string }>> = {
  Live: { label: () => LABELS.sharingStatusLive, badgeClass: 'slds-badge slds-theme_success' },
  Expired: { label: () => LABELS.sharingStatusExpired, badgeClass: 'slds-badge' },
  Revoked: { label: () => LABELS.sharingStatusRevoked, badgeClass: 'slds-badge slds-badge_inverse' }
};

/** '1 open', '3 opens'. */
function opensText(count: number): string {
  return count === 1 ? LABELS.sharingOpensOne : format(LABELS.sharingOpensMany, count);
}

export function buildSharing(
  view: Pick<PlanView, 'plan' | 'shares' | 'stakeholders' | 'buyerRoom' | 'canEdit'>,
  options: SharingOptions = {}
): SharingView {
  const locale = options.locale ?? DEFAULT_LOCALE;
  const date = (instant: string | null, withTime = false): string =>
    formatDateTime(instant, locale, { withTime, timeZone: options.timeZone });
  const { enabled, defaultExpiryDays, maxExpiryDays } = view.buyerRoom;
  const abandoned = view.plan?.status === 'Abandoned';
  const canShare = enabled && view.canEdit && !abandoned && (view.plan?.id ?? null) !== null;
  const rows = view.shares.map((share): ShareRowView => {
    const look = STATUS_LOOKS[share.status];
    return {
      id: share.id,
      name: share.name,
      email: share.email ?? '',
      createdText: share.createdByName
        ? format(LABELS.sharingCreatedBy, date(share.createdAt), share.createdByName)
        : format(LABELS.sharingCreated, date(share.createdAt)),
      expiresText:
        share.status === 'Revoked'
          ? format(LABELS.sharingRevoked, date(share.revokedAt)).trim()
          : format(
              share.status === 'Expired' ? LABELS.sharingExpired : LABELS.sharingExpires,
              date(share.expiresAt)
            ),
      openedText: share.lastOpenedAt
        ? format(LABELS.sharingLastOpened, date(share.lastOpenedAt, true))
        : LABELS.sharingNeverOpened,
      opensText: share.openCount > 0 ? opensText(share.openCount) : '',
      statusLabel: look.label(),
      statusClass: look.badgeClass,
      canRevoke: share.status === 'Live' && view.canEdit
    };
  });
  const live = view.shares.filter((share) => share.status === 'Live');
  const candidates = view.stakeholders
    .filter((stakeholder) => stakeholder.side === 'Buyer')
    .map((stakeholder): ShareCandidateView => {
      const why = whyNot(stakeholder);
      const current = live.find(
        (share) => share.stakeholderId !== null && share.stakeholderId === stakeholder.id
      );
      return {
        id: stakeholder.id ?? stakeholder.key ?? stakeholder.name,
        name: stakeholder.name,
        label:
          why === ''
            ? format(LABELS.sharingCandidate, stakeholder.name, stakeholder.email ?? '')
            : format(LABELS.sharingCandidateNot, stakeholder.name, why),
        canShare: why === '',
        hint: current ? format(LABELS.sharingLiveUntil, date(current.expiresAt)) : ''
      };
    });
  return {
    planId: view.plan?.id ?? null,
    enabled,
    canShare,
    notice: noticeOf(enabled, view.canEdit, abandoned),
    rows,
    rowsSummary:
      rows.length === 0
        ? LABELS.sharingNoLinks
        : rows.length === 1
          ? format(LABELS.sharingLinksOne, live.length)
          : format(LABELS.sharingLinksMany, rows.length, live.length),
    candidates,
    hasShareableCandidates: candidates.some((candidate) => candidate.canShare),
    defaultExpiryDays,
    maxExpiryDays,
    noteMaxLength: SHARE_NOTE_MAX
  };
}

/** Why a buyer stakeholder cannot get a link; '' when they can. */
function whyNot(stakeholder: StakeholderDto): string {
  if (!stakeholder.id) return LABELS.sharingNotSaved;
  if (!stakeholder.contactId) return LABELS.sharingNoContact;
  if (!stakeholder.email || stakeholder.email.trim() === '') return LABELS.sharingNoEmail;
  return '';
}

function noticeOf(enabled: boolean, canEdit: boolean, abandoned: boolean): string {
  if (!enabled) return LABELS.sharingNotSetUp;
  if (!canEdit) return LABELS.sharingReadOnly;
  if (abandoned) return LABELS.sharingAbandoned;
  return '';
}

/** The share request the draft makes, or what to fix first. */
export function checkShareDraft(
  sharing: SharingView,
  draft: ShareDraft
): { request: ShareRequest | null; errors: string[] } {
  const errors: string[] = [];
  const shareable = new Set(sharing.candidates.filter((c) => c.canShare).map((c) => c.id));
  const stakeholderIds = [...new Set(draft.stakeholderIds)].filter((id) => shareable.has(id));
  if (stakeholderIds.length === 0) errors.push(LABELS.sharingChooseBuyer);
  if (stakeholderIds.length > SHARE_RECIPIENTS_MAX) {
    errors.push(format(LABELS.sharingTooManyBuyers, SHARE_RECIPIENTS_MAX));
  }
  const text = String(draft.expiryDays).trim();
  const expiryDays = /^\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!(expiryDays >= 1 && expiryDays <= sharing.maxExpiryDays)) {
    errors.push(format(LABELS.sharingExpiryRange, sharing.maxExpiryDays));
  }
  const note = draft.sendEmail ? draft.note.trim() : '';
  if (note.length > SHARE_NOTE_MAX) {
    errors.push(format(LABELS.sharingNoteTooLong, SHARE_NOTE_MAX.toLocaleString(DEFAULT_LOCALE)));
  }
  if (!sharing.canShare || sharing.planId === null) errors.push(sharing.notice || LABELS.sharingSaveFirst);
  if (errors.length > 0 || sharing.planId === null) return { request: null, errors };
  return {
    request: {
      planId: sharing.planId,
      stakeholderIds,
      expiryDays,
      sendEmail: draft.sendEmail,
      note: note === '' ? null : note
    },
    errors
  };
}

/** The links shareWithBuyers returned, each with whether it was emailed or why not. */
export function buildShareLinks(links: readonly ShareLinkDto[], emailAsked: boolean): ShareLinkView[] {
  return links.map((link) => ({
    shareId: link.shareId,
    name: link.name,
    email: link.email ?? '',
    url: link.url,
    emailed: link.emailed,
    emailText: link.emailed
      ? format(LABELS.sharingEmailed, link.email ?? link.name)
      : emailAsked
        ? format(LABELS.sharingNotEmailedBecause, link.notEmailedReason ?? LABELS.sharingEmailFailed)
        : LABELS.sharingNotEmailed
  }));
}

/** The toast after links are made. */
export function sharedToast(links: readonly ShareLinkView[]): { title: string; message: string } {
  const emailed = links.filter((link) => link.emailed).length;
  const one = links.length === 1;
  const title = one ? LABELS.sharingToastOne : format(LABELS.sharingToastMany, links.length);
  const copy = one ? LABELS.sharingToastCopyOne : LABELS.sharingToastCopyMany;
  const sent =
    emailed === 0
      ? ''
      : emailed === 1
        ? LABELS.sharingToastEmailedOne
        : format(LABELS.sharingToastEmailedMany, emailed);
  return { title, message: sent === '' ? copy : `${copy} ${sent}` };
}
