import type { BuyerUpdateDto, PlanView, ShareLinkDto, StakeholderDto } from 'c/planContract';
import {
  SHARING_NOT_SET_UP,
  acceptProposal,
  buildBuyerUpdates,
  buildShareLinks,
  buildSharing,
  buyerUpdateText,
  checkShareDraft,
  declineProposal,
  formatDateTime,
  seenChangeSet,
  sharedToast,
  unreadCount,
  writesAnything
} from 'c/planViewModel';
import planViewJson from '../../planContract/__tests__/data/planView.json';

const DATE_PROPOSAL = 'a06000000000003AAA';
const STEP_PROPOSAL = 'a06000000000004AAA';

const loadView = (): PlanView => JSON.parse(JSON.stringify(planViewJson)) as PlanView;

function update(over: Partial<BuyerUpdateDto> & Pick<BuyerUpdateDto, 'type'>): BuyerUpdateDto {
  return {
    id: 'a06000000000099AAA',
    actorName: 'Dana Buyer',
    stakeholderId: 'sh-dana',
    stepId: 'step-redlines',
    stepTitle: 'Legal redlines',
    message: null,
    proposedDate: null,
    proposedTitle: null,
    resolution: 'Recorded',
    resolutionNote: null,
    resolvedAt: null,
    resolvedByName: null,
    createdStepId: null,
    createdAt: '2026-11-30T09:00:00.000Z',
    seen: true,
    ...over
  };
}

describe('buyer updates in words', () => {
  const view = loadView();

  it('it_should_word_each_kind_of_buyer_update', () => {
    const said = (over: Partial<BuyerUpdateDto> & Pick<BuyerUpdateDto, 'type'>): string =>
      buyerUpdateText(update(over), view);
    expect(said({ type: 'Done' })).toBe('Dana Buyer marked “Legal redlines” done');
    expect(said({ type: 'Committed' })).toBe('Dana Buyer committed to the date of “Legal redlines”');
    expect(said({ type: 'Declined', message: 'Counsel is away.' })).toBe(
      'Dana Buyer declined the date of “Legal redlines”: Counsel is away.'
    );
    expect(said({ type: 'Date Proposed', proposedDate: '2026-12-16', message: 'Counsel is away.' })).toBe(
      'Dana Buyer proposed moving “Legal redlines” to Dec 16, 2026: Counsel is away.'
    );
    expect(said({ type: 'Comment', message: 'Looks good.\nThanks' })).toBe(
      'Dana Buyer commented on “Legal redlines”: Looks good.\nThanks'
    );
    expect(
      said({
        type: 'Step Proposed',
        stepId: null,
        stepTitle: null,
        proposedTitle: 'IT sign-off',
        proposedDate: '2026-12-12'
      })
    ).toBe('Dana Buyer proposed a new step: “IT sign-off” (due Dec 12, 2026)');
    expect(said({ type: 'Step Proposed', stepId: null, stepTitle: null, proposedTitle: 'IT sign-off' })).toBe(
      'Dana Buyer proposed a new step: “IT sign-off”'
    );
  });

  it('it_should_name_the_step_the_rep_knows_and_say_when_it_is_gone', () => {
    // The buyer room leaves an Internal step's title out; the rep sees it in the plan.
    expect(buyerUpdateText(update({ type: 'Done', stepId: 'step-pricing', stepTitle: null }), view)).toBe(
      'Dana Buyer marked “Internal pricing approval” done'
    );
    expect(buyerUpdateText(update({ type: 'Done', stepId: 'step-gone', stepTitle: null }), view)).toBe(
      'Dana Buyer marked a step no longer in the plan done'
    );
  });

  it('it_should_list_updates_newest_first_with_their_answers_and_count_the_unread', () => {
    const source = loadView();
    source.buyerUpdates = [
      update({ id: 'old', type: 'Comment', message: 'First', createdAt: '2026-11-01T08:00:00.000Z' }),
      update({
        id: 'answered',
        type: 'Date Proposed',
        proposedDate: '2026-12-20',
        resolution: 'Declined',
        resolutionNote: 'Legal needs the 8th.',
        resolvedByName: 'Sam Seller',
        resolvedAt: '2026-11-29T10:00:00.000Z',
        createdAt: '2026-11-20T08:00:00.000Z',
        seen: false,
        actorName: null
      })
    ];
    const built = buildBuyerUpdates(source, { locale: 'en-US', timeZone: 'UTC' });
    expect(built.items.map((item) => item.id)).toEqual(['answered', 'old']);
    expect(built.items[0].sentence).toBe('A buyer proposed moving “Legal redlines” to Dec 20, 2026');
    expect(built.items[0].answer).toBe('Declined by Sam Seller on Nov 29, 2026: Legal needs the 8th.');
    expect(built.items[0].resolutionLabel).toBe('Declined');
    expect(built.items[0].canAnswer).toBe(false);
    expect(built.items[1].when).toBe('Nov 1, 2026, 8:00 AM');
    expect(built.unreadCount).toBe(1);
    expect(built.summary).toBe('2 updates · 1 unread');
    expect(unreadCount(loadView())).toBe(2);
  });

  it('it_should_offer_answers_on_pending_proposals_only_to_a_rep_who_can_edit', () => {
    const canEdit = buildBuyerUpdates(loadView());
    expect(canEdit.items.filter((item) => item.canAnswer).map((item) => item.id)).toEqual([
      STEP_PROPOSAL,
      DATE_PROPOSAL
    ]);
    expect(canEdit.pendingCount).toBe(2);
    const readOnly = loadView();
    readOnly.canEdit = false;
    expect(buildBuyerUpdates(readOnly).items.some((item) => item.canAnswer)).toBe(false);
  });
});

describe('buyer update change sets', () => {
  it('it_should_mark_only_the_unread_updates_seen_and_nothing_else', () => {
    const changeSet = seenChangeSet(loadView());
    expect(changeSet).toEqual({
      opportunityId: '006000000000001AAA',
      planId: 'a00000000000001AAA',
      plan: null,
      steps: { inserts: [], updates: [], deletes: [] },
      stakeholders: { inserts: [], updates: [], deletes: [] },
      buyerUpdates: { seen: [STEP_PROPOSAL, DATE_PROPOSAL], resolutions: [] }
    });
    const allSeen = loadView();
    allSeen.buyerUpdates = allSeen.buyerUpdates.map((u) => ({ ...u, seen: true }));
    expect(seenChangeSet(allSeen)).toBeNull();
  });

  it('it_should_accept_a_date_with_its_cascade_and_the_resolution_in_one_change_set', () => {
    const change = acceptProposal(loadView(), DATE_PROPOSAL, '  Works for us  ');
    expect(change.kind).toBe('acceptProposal');
    expect(change.needsConfirmation).toBe(true);
    expect(change.canSave).toBe(true);
    expect(change.confirmLabel).toBe('Accept');
    expect(change.changeSet.steps.updates.map((s) => [s.id, s.dueDate])).toEqual([
      ['step-redlines', '2026-12-16'],
      ['step-signature', '2026-12-17']
    ]);
    // The commitment is the save's to stamp (by the buyer who proposed): the step goes as it was.
    expect(change.changeSet.steps.updates[0].commitment).toBe('Not Asked');
    expect(change.changeSet.buyerUpdates).toEqual({
      seen: [],
      resolutions: [{ id: DATE_PROPOSAL, resolution: 'Accepted', note: 'Works for us', stepKey: null }]
    });
    expect(change.lines.filter((line) => !line.isEdited).map((line) => line.text)).toEqual([
      '“Contract signed” moves from Dec 14, 2026 to Dec 17, 2026: it starts the day “Legal redlines” is due (now Dec 16, 2026) and takes 1 day'
    ]);
    expect(writesAnything(change)).toBe(true);
  });

  it('it_should_send_the_step_with_its_acceptance_even_when_it_already_has_the_proposed_date', () => {
    const view = loadView();
    const redlines = view.steps.find((s) => s.id === 'step-redlines');
    if (!redlines) throw new Error('no redlines step');
    redlines.dueDate = '2026-12-16';
    const signature = view.steps.find((s) => s.id === 'step-signature');
    if (!signature) throw new Error('no signature step');
    signature.dueDate = '2026-12-20';
    const change = acceptProposal(view, DATE_PROPOSAL, null);
    expect(change.changeSet.steps.updates.map((s) => [s.id, s.dueDate])).toEqual([
      ['step-redlines', '2026-12-16']
    ]);
    expect(change.lines[0].text).toBe('“Legal redlines” stays due Dec 16, 2026');
    expect(change.changeSet.buyerUpdates?.resolutions[0]).toEqual({
      id: DATE_PROPOSAL,
      resolution: 'Accepted',
      note: null,
      stepKey: null
    });
  });

  it('it_should_refuse_to_accept_a_date_whose_step_is_gone', () => {
    const view = loadView();
    view.steps = view.steps.filter((s) => s.id !== 'step-redlines');
    const change = acceptProposal(view, DATE_PROPOSAL, null);
    expect(change.canSave).toBe(false);
    expect(change.errors.map((e) => e.text)).toEqual([
      'The step of this proposal is no longer in the plan. You can decline the proposal.'
    ]);
    expect(change.changeSet.buyerUpdates).toBeUndefined();
  });

  it('it_should_accept_a_step_proposal_as_a_shared_buyer_step_owned_by_the_proposer', () => {
    const change = acceptProposal(loadView(), STEP_PROPOSAL, 'Added it');
    const key = `proposal-${STEP_PROPOSAL}`;
    expect(change.changeSet.steps.inserts).toEqual([
      expect.objectContaining({
        id: null,
        key,
        title: 'IT security sign-off',
        side: 'Buyer',
        ownerId: 'sh-dana',
        dueDate: '2026-12-12',
        status: 'Not Started',
        visibility: 'Shared',
        notes: 'Our IT lead signs off before legal starts.'
      })
    ]);
    expect(change.changeSet.buyerUpdates?.resolutions).toEqual([
      { id: STEP_PROPOSAL, resolution: 'Accepted', note: 'Added it', stepKey: key }
    ]);
    expect(change.lines.map((line) => line.text)).toContain(
      'Owned by Dana Buyer on the buyer’s side, shared with the buyer'
    );
  });

  it('it_should_leave_the_step_without_owner_when_the_proposer_is_no_longer_a_stakeholder', () => {
    const view = loadView();
    view.stakeholders = view.stakeholders.filter((s) => s.id !== 'sh-dana');
    const change = acceptProposal(view, STEP_PROPOSAL, null);
    expect(change.changeSet.steps.inserts[0]).toMatchObject({ ownerId: null, side: 'Buyer' });
  });

  it('it_should_decline_with_the_note_and_no_step_change', () => {
    const long = 'x'.repeat(300);
    const change = declineProposal(loadView(), STEP_PROPOSAL, long);
    expect(change.kind).toBe('declineProposal');
    expect(change.needsConfirmation).toBe(false);
    expect(change.changeSet.steps).toEqual({ inserts: [], updates: [], deletes: [] });
    expect(change.changeSet.plan).toBeNull();
    expect(change.changeSet.buyerUpdates).toEqual({
      seen: [],
      resolutions: [{ id: STEP_PROPOSAL, resolution: 'Declined', note: 'x'.repeat(255), stepKey: null }]
    });
    expect(change.lines[0].text).toBe('Dana Buyer’s proposal to add “IT security sign-off” is declined');
    expect(writesAnything(change)).toBe(true);
  });

  it('it_should_refuse_to_answer_an_update_that_is_not_a_pending_proposal', () => {
    for (const answer of [acceptProposal, declineProposal]) {
      const change = answer(loadView(), 'a06000000000002AAA', null);
      expect(change.canSave).toBe(false);
      expect(change.errors[0]?.text).toContain('already answered');
    }
  });
});

describe('sharing', () => {
  function withBuyers(): PlanView {
    const view = loadView();
    const base = view.stakeholders[0];
    const more: StakeholderDto[] = [
      { ...base, id: 'sh-kim', name: 'Kim Finance', email: 'kim@acme.example' },
      { ...base, id: 'sh-pat', name: 'Pat Procurement', email: '  ' },
      { ...base, id: 'sh-lou', name: 'Lou Legal', contactId: null, userId: null },
      { ...base, id: null, key: 'new-1', name: 'Nia New' }
    ];
    view.stakeholders = [...view.stakeholders, ...more];
    return view;
  }

  it('it_should_offer_buyer_stakeholders_with_a_contact_and_an_email_and_say_why_not_for_others', () => {
    const sharing = buildSharing(withBuyers(), { timeZone: 'UTC' });
    expect(sharing.candidates.map((c) => [c.label, c.canShare])).toEqual([
      ['Dana Buyer (dana@acme.example)', true],
      ['Kim Finance (kim@acme.example)', true],
      ['Pat Procurement: no email', false],
      ['Lou Legal: not linked to a contact', false],
      ['Nia New: not saved yet', false]
    ]);
    expect(sharing.candidates[0].hint).toBe('Has a live link until Feb 18, 2027');
    expect(sharing.canShare).toBe(true);
    expect(sharing.notice).toBe('');
  });

  it('it_should_word_each_link_with_its_status', () => {
    const view = loadView();
    view.shares.push({
      ...view.shares[0],
      id: 'expired',
      status: 'Expired',
      expiresAt: '2026-11-25T14:00:00.000Z',
      openCount: 1
    });
    const rows = buildSharing(view, { timeZone: 'UTC' }).rows;
    expect(rows.map((row) => [row.statusLabel, row.expiresText, row.opensText, row.canRevoke])).toEqual([
      ['Live', 'Expires Feb 18, 2027', '3 opens', true],
      ['Revoked', 'Revoked Nov 15, 2026', '', false],
      ['Expired', 'Expired Nov 25, 2026', '1 open', false]
    ]);
    expect(rows[1].openedText).toBe('Never opened');
  });

  it('it_should_offer_no_form_without_the_site_address_or_for_an_abandoned_plan', () => {
    const off = loadView();
    off.buyerRoom.enabled = false;
    expect(buildSharing(off)).toMatchObject({ canShare: false, enabled: false, notice: SHARING_NOT_SET_UP });
    const abandoned = loadView();
    if (!abandoned.plan) throw new Error('the fixture has a plan');
    abandoned.plan.status = 'Abandoned';
    expect(buildSharing(abandoned).canShare).toBe(false);
    expect(buildSharing(abandoned).notice).toContain('abandoned');
  });

  it('it_should_build_the_share_request_from_a_valid_draft_only', () => {
    const sharing = buildSharing(withBuyers());
    const ok = checkShareDraft(sharing, {
      stakeholderIds: ['sh-kim', 'sh-pat', 'sh-kim'],
      expiryDays: '365',
      sendEmail: true,
      note: ' Hi '
    });
    expect(ok).toEqual({
      request: {
        planId: 'a00000000000001AAA',
        stakeholderIds: ['sh-kim'],
        expiryDays: 365,
        sendEmail: true,
        note: 'Hi'
      },
      errors: []
    });
    const bad = checkShareDraft(sharing, {
      stakeholderIds: [],
      expiryDays: '1.5',
      sendEmail: true,
      note: ''
    });
    expect(bad.request).toBeNull();
    expect(bad.errors).toEqual([
      'Choose at least one buyer to share the plan with.',
      'The link must expire after 1 to 365 days.'
    ]);
    expect(
      checkShareDraft(sharing, { stakeholderIds: ['sh-dana'], expiryDays: 0, sendEmail: false, note: '' })
        .errors
    ).toEqual(['The link must expire after 1 to 365 days.']);
  });

  it('it_should_say_whether_each_new_link_was_emailed_and_toast_them', () => {
    const link: ShareLinkDto = {
      shareId: 's1',
      stakeholderId: 'sh-dana',
      name: 'Dana Buyer',
      email: 'dana@acme.example',
      url: 'https://x.example/plan?t=abc',
      calendarUrl: 'https://x.example/cal?t=abc',
      emailed: true,
      notEmailedReason: null
    };
    const optedOut = {
      ...link,
      shareId: 's2',
      name: 'Kim',
      emailed: false,
      notEmailedReason: 'Kim opted out of email'
    };
    expect(buildShareLinks([link, optedOut], true).map((l) => l.emailText)).toEqual([
      'Emailed to dana@acme.example',
      'Not emailed: Kim opted out of email. Send the link yourself.'
    ]);
    const notAsked = buildShareLinks([{ ...link, emailed: false }], false);
    expect(notAsked[0].emailText).toBe('Not emailed. Send the link yourself.');
    expect(sharedToast(buildShareLinks([link, optedOut], true))).toEqual({
      title: '2 links created',
      message: 'Copy them now: a link is shown only once. 1 was emailed.'
    });
    expect(sharedToast(notAsked).message).toBe('Copy it now: a link is shown only once.');
  });

  it('it_should_word_a_moment_in_the_given_time_zone', () => {
    expect(formatDateTime('2026-11-28T15:30:00.000Z', 'en-US', { timeZone: 'UTC' })).toBe('Nov 28, 2026');
    expect(
      formatDateTime('2026-11-28T23:30:00.000Z', 'en-US', { withTime: true, timeZone: 'Asia/Tokyo' })
    ).toBe('Nov 29, 2026, 8:30 AM');
    expect(formatDateTime(null)).toBe('');
    expect(formatDateTime('not a date')).toBe('');
  });
});
