import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import ICAL from 'ical.js';
import type { BuyerRoomView } from '../../../force-app/main/default/lwc/buyerRoomContract/buyerRoomContract.ts';
import type { PlanView, StepDto } from '../../../force-app/main/default/lwc/planContract/planContract.ts';
import { addDays } from '../../planEngine.ts';
import { BUYER_ROOM_MESSAGES } from '../apexBridge/buyerRoomErrors.ts';
import { calendarKey, hashToken } from '../apexBridge/buyerTokens.ts';
import { MESSAGES } from '../apexBridge/index.ts';
import { findDemoLinks } from '../demoLinks.ts';
import { changeSetJson, rejectsWith } from './bridgeRequests.ts';
import { BUYER_SITE, TODAY, startDemoOrg, type DemoOrg } from './demoOrg.ts';

/**
 * The buyer room through the preview's bridge (BuyerRoomController's and PlanShareService's twins)
 * on the demo org: links hold only a hash; every bad token gets the same answer and no data; the
 * answers hold no internal step, note, seller email or record of another plan; a buyer acts only on
 * their own (or Joint) Shared steps; the rep's answers move dates only when accepted.
 */
let demo: DemoOrg;
let opportunityId: string;
let view: PlanView;
let token: string;
let buyerId: string;
const SECRET_NOTE = 'Internal note: discount floor 18%';
const INTERNAL_TITLE = 'Internal deal desk review';
const SELLER_EMAIL = 'seller.secret@example.com';

const room = (t: unknown) => demo.controller.buyerRoom.getRoom({ token: t });
const act = (t: unknown, action: Record<string, unknown>) =>
  demo.controller.buyerRoom.act({
    token: t,
    actionJson: JSON.stringify({ stepId: null, message: null, proposedDate: null, title: null, ...action })
  });
const plan = (): Promise<PlanView> => demo.controller.getPlan({ recordId: opportunityId });

function tokenOf(url: string): string {
  return new URL(url).searchParams.get('t') ?? '';
}

async function share(stakeholderId: string): Promise<string> {
  const result = await demo.controller.shareWithBuyers({
    requestJson: JSON.stringify({
      planId: view.plan?.id,
      stakeholderIds: [stakeholderId],
      expiryDays: 30,
      sendEmail: false,
      note: null
    })
  });
  return tokenOf(result.links[0].url);
}

before(async () => {
  demo = await startDemoOrg();
  const links = await findDemoLinks(demo.controller);
  assert.ok(links.overdue, 'the demo data has an overdue plan');
  opportunityId = links.overdue.id;
  view = await plan();
  // An internal step with a note, and a seller with an email: neither may reach the buyer.
  const seller = view.stakeholders.find((s) => s.side === 'Seller');
  assert.ok(seller?.id, 'the overdue plan has a seller stakeholder');
  view = await demo.controller.savePlan({
    changeSetJson: changeSetJson(opportunityId, {
      planId: view.plan?.id ?? null,
      steps: {
        inserts: [
          {
            ...view.steps[0],
            id: null,
            key: 'internal',
            title: INTERNAL_TITLE,
            notes: SECRET_NOTE,
            visibility: 'Internal',
            lastModified: null,
            dependsOnId: null
          }
        ]
      },
      stakeholders: { updates: [{ ...seller, email: SELLER_EMAIL }] }
    })
  });
  const buyer = view.stakeholders.find(
    (s) => s.side === 'Buyer' && s.contactId && s.email && view.steps.some((step) => step.ownerId === s.id)
  );
  assert.ok(buyer?.id, 'the overdue plan has a buyer with a contact, an email and a step');
  buyerId = buyer.id;
  token = await share(buyerId);
});
after(() => demo.close());

describe('sharing', () => {
  test('a link holds a 256-bit token; the share keeps only its SHA-256', async () => {
    assert.match(token, /^[A-Za-z0-9_-]{43}$/);
    assert.equal(Buffer.from(token, 'base64url').length, 32);
    const [row] = await demo.query(
      `SELECT Id, Token_Hash__c, Stakeholder__c, Expires_At__c FROM Plan_Share__c WHERE Stakeholder__c = '${buyerId}'`
    );
    assert.equal(row.Token_Hash__c, hashToken(token));
    const stored = JSON.stringify(demo.org.store.row('Plan_Share__c', String(row.Id)));
    assert.ok(!stored.includes(token), 'the token itself is stored nowhere on the share');
    const shares = (await plan()).shares;
    assert.equal(shares[0].status, 'Live');
    assert.ok(!JSON.stringify(shares).includes(hashToken(token)), 'the view never carries the hash');
  });

  test('the link points at the site page and the calendar feed', async () => {
    const result = await demo.controller.shareWithBuyers({
      requestJson: JSON.stringify({
        planId: view.plan?.id,
        stakeholderIds: [buyerId],
        expiryDays: 7,
        sendEmail: false,
        note: null
      })
    });
    assert.ok(result.links[0].url.startsWith(`${BUYER_SITE}/plan?t=`));
    const feedUrl = new URL(result.links[0].calendarUrl);
    assert.equal(
      `${feedUrl.origin}${feedUrl.pathname}`,
      `${BUYER_SITE}/services/apexrest/buyer-room/calendar`
    );
    const linkToken = tokenOf(result.links[0].url);
    assert.equal(feedUrl.searchParams.get('k'), calendarKey(linkToken), 'the feed carries the calendar key');
    assert.ok(!result.links[0].calendarUrl.includes(linkToken), 'never the token');
  });

  test('emailed from the rep through the org: the link in the body; an opted-out contact is not emailed', async () => {
    demo.org.outbox.reset();
    const buyers = view.stakeholders.filter((s) => s.side === 'Buyer' && s.contactId && s.email);
    assert.ok(buyers.length >= 2, 'two buyers with a contact and an email');
    demo.org.store.update('Contact', String(buyers[1].contactId), { HasOptedOutOfEmail: true });
    const result = await demo.controller.shareWithBuyers({
      requestJson: JSON.stringify({
        planId: view.plan?.id,
        stakeholderIds: [buyers[0].id, buyers[1].id],
        expiryDays: 14,
        sendEmail: true,
        note: 'Here is our plan, as discussed.'
      })
    });
    const [sent, optedOut] = result.links;
    assert.equal(sent.emailed, true);
    assert.equal(optedOut.emailed, false);
    assert.match(String(optedOut.notEmailedReason), /opted out/);
    const messages = demo.org.outbox.messages();
    assert.equal(messages.length, 1, 'one email, none to the opted-out contact');
    assert.ok(sent.email && messages[0].to.includes(sent.email));
    assert.ok(messages[0].body.includes(sent.url), 'the link is in the email');
    assert.ok(messages[0].body.includes('Here is our plan, as discussed.'));
    assert.equal(messages[0].recipientId, buyers[0].contactId);
    assert.equal(messages[0].relatedRecordId, opportunityId);
    demo.org.store.update('Contact', String(buyers[1].contactId), { HasOptedOutOfEmail: false });
  });

  test('a seller, a person of another plan, or too long a link are refused', async () => {
    const seller = view.stakeholders.find((s) => s.side === 'Seller');
    const ask = (ids: string[], expiryDays = 30) =>
      demo.controller.shareWithBuyers({
        requestJson: JSON.stringify({
          planId: view.plan?.id,
          stakeholderIds: ids,
          expiryDays,
          sendEmail: false
        })
      });
    await rejectsWith(ask([String(seller?.id)]), MESSAGES.shareNotBuyer);
    const [other] = await demo.query(
      `SELECT Id FROM Plan_Stakeholder__c WHERE Side__c = 'Buyer' AND Plan__c != '${view.plan?.id}' LIMIT 1`
    );
    await rejectsWith(ask([String(other.Id)]), MESSAGES.shareNotBuyer);
    await rejectsWith(ask([buyerId], 366), MESSAGES.shareExpiry.replace('{0}', '365'));
    await rejectsWith(ask([]), MESSAGES.shareStakeholderCount.replace('{0}', '20'));
  });
});

describe('the buyer room answers only for its plan, with buyer-safe fields', () => {
  test('one call gives the plan, the shared steps, the committee and the viewer', async () => {
    const answer = await room(token);
    assert.ok(answer.steps.length > 0);
    assert.ok(answer.steps.some((s) => s.isMine));
    assert.ok(answer.committee.every((m) => typeof m.name === 'string'));
    assert.ok(answer.calendarUrl.endsWith(`?k=${calendarKey(token)}`));
    assert.ok(!answer.calendarUrl.includes(token), 'the room never puts the token in the feed URL');
    const sharedTitles = (await plan()).steps.filter((s) => s.visibility === 'Shared').map((s) => s.title);
    assert.deepEqual(
      answer.steps.map((s) => s.title),
      sharedTitles
    );
  });

  test('the raw answer holds no internal step, note, seller email, stance or other plan', async () => {
    const raw = JSON.stringify(await room(token));
    const rep = await plan();
    const internal = rep.steps.filter((s) => s.visibility === 'Internal');
    assert.ok(internal.length > 0, 'the plan has an internal step');
    for (const step of internal) {
      assert.ok(!raw.includes(step.title), `internal step ${step.title}`);
      assert.ok(step.id && !raw.includes(step.id), 'internal step Id');
    }
    for (const step of rep.steps.filter((s) => s.notes)) assert.ok(!raw.includes(String(step.notes)));
    assert.ok(!raw.includes(SELLER_EMAIL));
    for (const person of rep.stakeholders) {
      if (person.email) assert.ok(!raw.includes(person.email), `email of ${person.name}`);
      if (person.id) assert.ok(!raw.includes(person.id), 'stakeholder Ids stay in the org');
    }
    for (const key of ['stance', 'influence', 'notes', 'baselineDate', 'opportunity', 'valueSummary'])
      assert.ok(!raw.includes(`"${key}"`), key);
    const others = await demo.query(
      `SELECT Id, Name FROM Plan_Step__c WHERE Plan__c != '${rep.plan?.id}' LIMIT 200`
    );
    for (const row of others) assert.ok(!raw.includes(String(row.Id)), 'a step of another plan');
    assert.ok(!raw.includes(rep.opportunity.id), 'the opportunity Id');
  });

  test('opening the room stamps the share', async () => {
    const live = (await plan()).shares.find((s) => s.stakeholderId === buyerId && s.status === 'Live');
    await room(token);
    const [row] = await demo.query(
      `SELECT Open_Count__c, Last_Opened_At__c FROM Plan_Share__c WHERE Token_Hash__c = '${hashToken(token)}'`
    );
    assert.ok(Number(row.Open_Count__c) >= 1);
    assert.ok(row.Last_Opened_At__c);
    assert.ok(live);
  });
});

describe('every bad token gets the same answer and no data', () => {
  const notValid = BUYER_ROOM_MESSAGES.linkNotValid;

  test('blank, truncated, altered, too long, not a string', async () => {
    const altered = token.slice(0, 10) + (token[10] === 'A' ? 'B' : 'A') + token.slice(11);
    for (const bad of ['', token.slice(0, 42), altered, `${token}A`, 42, null, `${token.slice(0, 42)}=`])
      await rejectsWith(room(bad), notValid);
    await rejectsWith(act(altered, { type: 'Comment', stepId: view.steps[0].id, message: 'x' }), notValid);
  });

  test('expired and revoked links', async () => {
    const expired = await share(buyerId);
    const [row] = await demo.query(
      `SELECT Id FROM Plan_Share__c WHERE Token_Hash__c = '${hashToken(expired)}'`
    );
    demo.org.store.update('Plan_Share__c', String(row.Id), {
      Expires_At__c: `${addDays(TODAY, -1)}T00:00:00.000Z`
    });
    await rejectsWith(room(expired), notValid);
    const revoked = await share(buyerId);
    const [again] = await demo.query(
      `SELECT Id FROM Plan_Share__c WHERE Token_Hash__c = '${hashToken(revoked)}'`
    );
    await room(revoked);
    const revokedView = await demo.controller.revokeShare({ shareId: String(again.Id) });
    assert.equal(revokedView.shares.find((s) => s.id === again.Id)?.status, 'Revoked');
    await rejectsWith(room(revoked), notValid);
    const feed = await demo.controller.buyerRoom.calendar(calendarKey(revoked));
    assert.equal(feed.status, 404);
    assert.equal(feed.body, notValid);
  });

  test('the calendar key opens no room and the token reads no calendar', async () => {
    await rejectsWith(room(calendarKey(token)), notValid);
    await rejectsWith(
      act(calendarKey(token), { type: 'Comment', stepId: view.steps[0].id, message: 'x' }),
      notValid
    );
    const feed = await demo.controller.buyerRoom.calendar(token);
    assert.deepEqual([feed.status, feed.body], [404, notValid]);
    assert.equal((await demo.controller.buyerRoom.calendar(calendarKey(token))).status, 200);
  });

  test('1,000 random tokens: no hit', async () => {
    let hits = 0;
    for (let i = 0; i < 1000; i++) {
      try {
        await room(randomBytes(32).toString('base64url'));
        hits++;
      } catch (error) {
        assert.equal((error as Error).message, notValid);
      }
    }
    assert.equal(hits, 0);
  });
});

describe('what a buyer may do', () => {
  let mine: BuyerRoomView['steps'];
  let answer: BuyerRoomView;

  before(async () => {
    answer = await room(token);
    mine = answer.steps.filter((s) => s.isMine && s.canAct && s.status !== 'Done' && s.dueDate);
    assert.ok(mine.length >= 1, 'the buyer owns an open dated step');
  });

  test('commit, decline with a reason, comment: recorded, the commitment stamped', async () => {
    const step = mine[0];
    const answered = await act(token, { type: 'Committed', stepId: step.id });
    const committed = answered.steps.find((s) => s.id === step.id);
    assert.equal(committed?.commitment, 'Committed');
    assert.equal(committed.commitmentBy, answer.viewer.name);
    await rejectsWith(act(token, { type: 'Declined', stepId: step.id }), BUYER_ROOM_MESSAGES.reasonRequired);
    const declined = await act(token, { type: 'Declined', stepId: step.id, message: 'Board meets later' });
    assert.equal(declined.steps.find((s) => s.id === step.id)?.commitment, 'Declined');
    const script = '<script>alert(1)</script><b>bold</b>';
    const commented = await act(token, { type: 'Comment', stepId: step.id, message: script });
    assert.equal(commented.actions[0].message, script, 'stored as the text it was');
    const rep = await plan();
    assert.equal(rep.buyerUpdates[0].type, 'Comment');
    assert.equal(rep.buyerUpdates[0].seen, false);
  });

  test('a proposed date moves nothing until the rep accepts it with its cascade', async () => {
    const step = mine[0];
    const proposed = addDays(String(step.dueDate), 7);
    await rejectsWith(
      act(token, { type: 'Date Proposed', stepId: step.id, proposedDate: step.dueDate, message: 'same' }),
      BUYER_ROOM_MESSAGES.dateUnchanged
    );
    const proposedView = await act(token, {
      type: 'Date Proposed',
      stepId: step.id,
      proposedDate: proposed,
      message: 'Legal is out'
    });
    assert.equal(proposedView.steps.find((s) => s.id === step.id)?.dueDate, step.dueDate, 'not moved yet');
    assert.equal(proposedView.actions[0].resolution, 'Pending');
    let rep = await plan();
    const update = rep.buyerUpdates.find((u) => u.type === 'Date Proposed' && u.resolution === 'Pending');
    assert.ok(update);
    const stepDto = rep.steps.find((s) => s.id === step.id);
    assert.ok(stepDto);
    // Accepting without the step change is refused; with it, the date moves and the buyer is committed.
    await rejectsWith(
      demo.controller.savePlan({
        changeSetJson: changeSetJson(opportunityId, {
          planId: rep.plan?.id ?? null,
          buyerUpdates: {
            seen: [],
            resolutions: [{ id: update.id, resolution: 'Accepted', note: null, stepKey: null }]
          }
        })
      }),
      MESSAGES.buyerDateNotChanged
    );
    rep = await demo.controller.savePlan({
      changeSetJson: changeSetJson(opportunityId, {
        planId: rep.plan?.id ?? null,
        steps: { updates: [{ ...stepDto, dueDate: proposed }] },
        buyerUpdates: {
          seen: [update.id],
          resolutions: [{ id: update.id, resolution: 'Accepted', note: 'OK', stepKey: null }]
        }
      })
    });
    const moved = rep.steps.find((s) => s.id === step.id);
    assert.equal(moved?.dueDate, proposed);
    assert.equal(moved.commitment, 'Committed');
    assert.equal(moved.commitmentBy, answer.viewer.name);
    const resolved = rep.buyerUpdates.find((u) => u.id === update.id);
    assert.equal(resolved?.resolution, 'Accepted');
    assert.equal(resolved.seen, true);
    assert.equal((await room(token)).steps.find((s) => s.id === step.id)?.dueDate, proposed);
    // The feed holds the moved date under the same UID.
    const feed = await demo.controller.buyerRoom.calendar(calendarKey(token));
    assert.equal(feed.status, 200);
    const calendar = new ICAL.Component(ICAL.parse(feed.body) as unknown[]);
    const event = calendar
      .getAllSubcomponents('vevent')
      .find((e) => e.getFirstPropertyValue('uid') === `${step.id}@buyer-room.mutual-action-plans`);
    assert.ok(event, 'the step has its event');
    assert.equal(String(event.getFirstPropertyValue('dtstart')), proposed);
    assert.ok(!feed.body.includes(INTERNAL_TITLE));
    // Answering twice is refused.
    await rejectsWith(
      demo.controller.savePlan({
        changeSetJson: changeSetJson(opportunityId, {
          planId: rep.plan?.id ?? null,
          buyerUpdates: {
            seen: [],
            resolutions: [{ id: update.id, resolution: 'Declined', note: null, stepKey: null }]
          }
        })
      }),
      MESSAGES.buyerUpdateNotPending
    );
  });

  test('a proposed step becomes a step only when the rep adds it', async () => {
    await rejectsWith(act(token, { type: 'Step Proposed' }), BUYER_ROOM_MESSAGES.titleRequired);
    await rejectsWith(
      act(token, { type: 'Step Proposed', title: 'x'.repeat(81) }),
      BUYER_ROOM_MESSAGES.titleTooLong
    );
    const due = addDays(TODAY, 20);
    await act(token, {
      type: 'Step Proposed',
      title: 'Security questionnaire',
      proposedDate: due,
      message: 'Our CISO asks'
    });
    let rep = await plan();
    const update = rep.buyerUpdates.find((u) => u.type === 'Step Proposed' && u.resolution === 'Pending');
    assert.ok(update);
    assert.ok(!rep.steps.some((s) => s.title === 'Security questionnaire'));
    const insert: StepDto = {
      ...rep.steps[0],
      id: null,
      key: 'proposal',
      title: 'Security questionnaire',
      side: 'Buyer',
      ownerId: update.stakeholderId,
      dueDate: due,
      status: 'Not Started',
      completedDate: null,
      dependsOnId: null,
      visibility: 'Shared',
      lastModified: null
    };
    // The step must be the buyer's own, on their side, shared: a seller step in its place is refused.
    await rejectsWith(
      demo.controller.savePlan({
        changeSetJson: changeSetJson(opportunityId, {
          planId: rep.plan?.id ?? null,
          steps: { inserts: [{ ...insert, side: 'Seller' }] },
          buyerUpdates: {
            seen: [],
            resolutions: [{ id: update.id, resolution: 'Accepted', note: null, stepKey: 'proposal' }]
          }
        })
      }),
      MESSAGES.buyerStepNotAdded
    );
    rep = await demo.controller.savePlan({
      changeSetJson: changeSetJson(opportunityId, {
        planId: rep.plan?.id ?? null,
        steps: { inserts: [insert] },
        buyerUpdates: {
          seen: [],
          resolutions: [{ id: update.id, resolution: 'Accepted', note: null, stepKey: 'proposal' }]
        }
      })
    });
    const added = rep.steps.find((s) => s.title === 'Security questionnaire');
    assert.ok(added?.id);
    assert.equal(rep.buyerUpdates.find((u) => u.id === update.id)?.createdStepId, added.id);
    assert.ok((await room(token)).steps.some((s) => s.id === added.id && s.isMine));
  });

  test('marking done closes the step; a closed step cannot be done again', async () => {
    const step = mine.at(-1) ?? mine[0];
    const doneView = await act(token, { type: 'Done', stepId: step.id });
    const done = doneView.steps.find((s) => s.id === step.id);
    assert.equal(done?.status, 'Done');
    assert.equal(done.completedDate, TODAY);
    await rejectsWith(act(token, { type: 'Done', stepId: step.id }), BUYER_ROOM_MESSAGES.stepNotOpen);
  });

  test("someone else's step, an internal step and another plan's step get one answer", async () => {
    const cannot = BUYER_ROOM_MESSAGES.cannotChangeStep;
    const rep = await plan();
    const others = rep.steps.filter(
      (s) => s.ownerId !== buyerId && s.side !== 'Joint' && s.visibility === 'Shared'
    );
    assert.ok(others.length > 0);
    await rejectsWith(act(token, { type: 'Done', stepId: others[0].id }), cannot);
    await rejectsWith(act(token, { type: 'Comment', stepId: others[0].id, message: 'x' }), cannot);
    const internal = rep.steps.find((s) => s.visibility === 'Internal');
    await rejectsWith(act(token, { type: 'Done', stepId: internal?.id }), cannot);
    const [foreign] = await demo.query(
      `SELECT Id FROM Plan_Step__c WHERE Plan__c != '${rep.plan?.id}' LIMIT 1`
    );
    await rejectsWith(act(token, { type: 'Done', stepId: String(foreign.Id) }), cannot);
    await rejectsWith(act(token, { type: 'Done', stepId: "' OR Id != '" }), cannot);
    const stored = await demo.query(`SELECT Status__c FROM Plan_Step__c WHERE Id = '${others[0].id}'`);
    assert.equal(stored[0].Status__c, others[0].status, 'nothing changed');
  });

  test('unreadable, oversize and unknown requests are refused', async () => {
    const step = mine[0];
    await rejectsWith(
      demo.controller.buyerRoom.act({ token, actionJson: '{not json' }),
      BUYER_ROOM_MESSAGES.unreadable
    );
    await rejectsWith(act(token, { type: 'Delete', stepId: step.id }), BUYER_ROOM_MESSAGES.unreadable);
    await rejectsWith(
      act(token, { type: 'Comment', stepId: step.id, message: 'x'.repeat(1001) }),
      BUYER_ROOM_MESSAGES.messageTooLong
    );
    await rejectsWith(
      demo.controller.buyerRoom.act({
        token,
        actionJson: `{"type":"Comment","message":"${'x'.repeat(5000)}"}`
      }),
      BUYER_ROOM_MESSAGES.requestTooLong
    );
    await rejectsWith(
      act(token, {
        type: 'Date Proposed',
        stepId: step.id,
        proposedDate: addDays(TODAY, 800),
        message: 'far'
      }),
      BUYER_ROOM_MESSAGES.dateOutOfRange
    );
  });
});
