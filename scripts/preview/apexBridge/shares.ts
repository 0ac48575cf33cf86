import type {
  BuyerUpdateDto,
  PlanView,
  ShareDto,
  ShareLinkDto,
  ShareRequest,
  ShareResult
} from '../../../force-app/main/default/lwc/planContract/planContract.ts';
import { readBuyerRoomSettings, type BuyerRoomSettings } from './buyerRoomSettings.ts';
import { calendarKey, hashToken, newToken } from './buyerTokens.ts';
import { calendarUrlOf } from './buyerRoomSettings.ts';
import { ApexError, MESSAGES, fillMessage } from './errors.ts';
import { readLabels } from './labels.ts';
import { getPlan } from './readPlan.ts';
import { flag, isId, isoDateTime, num, parent, soqlIdList, soqlString, text, type Row } from './records.ts';
import type { BridgeSession } from './session.ts';

/**
 * The rep's side of the buyer room over the REST API (PlanShareService.cls): the plan's links and
 * buyer updates in the view, making links (one share per buyer stakeholder, only the token's hash
 * stored, the token shown once in the answer), emailing them through the org's email action, and
 * revoking them.
 */
const MAX_STAKEHOLDERS = 20;
const MAX_NOTE = 1000;
const UPDATES_SHOWN = 100;

function shareStatus(row: Row, now: Date): ShareDto['status'] {
  const stored = text(row.Link_Status__c);
  if (stored === 'Live' || stored === 'Expired' || stored === 'Revoked') return stored;
  if (text(row.Revoked_At__c)) return 'Revoked';
  const expires = isoDateTime(row.Expires_At__c);
  return expires && new Date(expires).getTime() > now.getTime() ? 'Live' : 'Expired';
}

function toShareDto(row: Row, now: Date): ShareDto {
  const stakeholder = parent(row, 'Stakeholder__r');
  const contact = parent(row, 'Contact__r');
  return {
    id: String(row.Id),
    stakeholderId: text(row.Stakeholder__c),
    contactId: text(row.Contact__c),
    name: text(stakeholder?.Name) ?? text(contact?.Name) ?? '',
    email: text(stakeholder?.Email__c) ?? text(contact?.Email),
    createdAt: isoDateTime(row.CreatedDate) ?? '',
    createdByName: text(parent(row, 'CreatedBy')?.Name),
    expiresAt: isoDateTime(row.Expires_At__c) ?? '',
    revokedAt: isoDateTime(row.Revoked_At__c),
    lastOpenedAt: isoDateTime(row.Last_Opened_At__c),
    openCount: num(row.Open_Count__c) ?? 0,
    status: shareStatus(row, now)
  };
}

function toBuyerUpdateDto(row: Row): BuyerUpdateDto {
  return {
    id: String(row.Id),
    type: text(row.Type__c) as BuyerUpdateDto['type'],
    actorName: text(row.Actor_Name__c),
    stakeholderId: text(row.Stakeholder__c),
    stepId: text(row.Step__c),
    stepTitle: text(parent(row, 'Step__r')?.Name),
    message: text(row.Message__c),
    proposedDate: text(row.Proposed_Date__c),
    proposedTitle: text(row.Proposed_Title__c),
    resolution: (text(row.Resolution__c) ?? 'Recorded') as BuyerUpdateDto['resolution'],
    resolutionNote: text(row.Resolution_Note__c),
    resolvedAt: isoDateTime(row.Resolved_At__c),
    resolvedByName: text(parent(row, 'Resolved_By__r')?.Name),
    createdStepId: text(row.Created_Step__c),
    createdAt: isoDateTime(row.CreatedDate) ?? '',
    seen: text(row.Seen_At__c) !== null
  };
}

/** The view's buyer-room parts for a plan (none without one). */
export async function readSharing(
  session: BridgeSession,
  planId: string | null
): Promise<Pick<PlanView, 'shares' | 'buyerUpdates' | 'buyerRoom'>> {
  const settings = await readBuyerRoomSettings(session.client, session.buyerRoomSiteUrl);
  const buyerRoom = {
    enabled: settings.siteBaseUrl !== null,
    defaultExpiryDays: settings.defaultExpiryDays,
    maxExpiryDays: settings.maxExpiryDays
  };
  if (!planId) return { shares: [], buyerUpdates: [], buyerRoom };
  const plan = soqlString(planId);
  const [shares, updates] = await Promise.all([
    session.client.queryAll<Row>(
      `SELECT Id, Stakeholder__c, Stakeholder__r.Name, Stakeholder__r.Email__c, Contact__c, Contact__r.Name,
         Contact__r.Email, CreatedDate, CreatedBy.Name, Expires_At__c, Revoked_At__c, Last_Opened_At__c,
         Open_Count__c, Link_Status__c
       FROM Plan_Share__c WHERE Plan__c = ${plan} ORDER BY CreatedDate DESC, Id DESC`
    ),
    session.client.queryAll<Row>(
      `SELECT Id, Type__c, Actor_Name__c, Stakeholder__c, Step__c, Step__r.Name, Message__c, Proposed_Date__c,
         Proposed_Title__c, Resolution__c, Resolution_Note__c, Resolved_At__c, Resolved_By__r.Name,
         Created_Step__c, CreatedDate, Seen_At__c
       FROM Plan_Buyer_Action__c WHERE Plan__c = ${plan} ORDER BY CreatedDate DESC, Id DESC LIMIT ${UPDATES_SHOWN}`
    )
  ]);
  const now = session.currentTime();
  return {
    shares: shares.map((row) => toShareDto(row, now)),
    buyerUpdates: updates.map(toBuyerUpdateDto),
    buyerRoom
  };
}

function parseShareRequest(requestJson: unknown): ShareRequest {
  if (typeof requestJson !== 'string') throw new ApexError(MESSAGES.unreadableChange);
  let raw: unknown;
  try {
    raw = JSON.parse(requestJson);
  } catch {
    throw new ApexError(MESSAGES.unreadableChange);
  }
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const ids = Array.isArray(r.stakeholderIds) ? r.stakeholderIds : null;
  if (!isId(r.planId) || !ids || !ids.every(isId) || typeof r.expiryDays !== 'number')
    throw new ApexError(MESSAGES.unreadableChange);
  return {
    planId: r.planId,
    stakeholderIds: ids,
    expiryDays: r.expiryDays,
    sendEmail: r.sendEmail === true,
    note: typeof r.note === 'string' && r.note.trim() !== '' ? r.note.trim() : null
  };
}

function linkOf(settings: BuyerRoomSettings, token: string): { url: string; calendarUrl: string } {
  const site = settings.siteBaseUrl ?? '';
  return {
    url: `${site}${settings.pagePath}?t=${encodeURIComponent(token)}`,
    calendarUrl: calendarUrlOf(settings, token)
  };
}

interface Recipient {
  stakeholderId: string;
  name: string;
  firstName: string | null;
  email: string;
  contactId: string;
  optedOut: boolean;
}

/** PlanController.shareWithBuyers: one link per buyer stakeholder, saved together; optionally emailed. */
export async function shareWithBuyers(session: BridgeSession, requestJson: unknown): Promise<ShareResult> {
  const request = parseShareRequest(requestJson);
  const settings = await readBuyerRoomSettings(session.client, session.buyerRoomSiteUrl);
  if (!settings.siteBaseUrl) throw new ApexError(MESSAGES.buyerRoomNotSetUp);
  if (!(await session.canEditPlans())) throw new ApexError(MESSAGES.noPermission);
  const ids = [...new Set(request.stakeholderIds)];
  const [plans, holders] = await Promise.all([
    session.client.queryAll<Row>(
      `SELECT Id, Name, Status__c, Opportunity__c FROM Mutual_Action_Plan__c WHERE Id = ${soqlString(request.planId)}`
    ),
    session.client.queryAll<Row>(
      ids.length === 0
        ? 'SELECT Id FROM Plan_Stakeholder__c LIMIT 0'
        : `SELECT Id, Name, Side__c, Plan__c, Email__c, Contact__c, Contact__r.Email, Contact__r.FirstName, Contact__r.HasOptedOutOfEmail
       FROM Plan_Stakeholder__c WHERE Id IN ${soqlIdList(ids)}`
    )
  ]);
  const plan = plans.at(0);
  if (!plan) throw new ApexError(MESSAGES.planNotFound);
  if (text(plan.Status__c) === 'Abandoned') throw new ApexError(MESSAGES.sharePlanAbandoned);
  // The same order as PlanShareService: the plan, then the counts and lengths, then each person.
  if (ids.length === 0 || ids.length > MAX_STAKEHOLDERS)
    throw new ApexError(fillMessage(MESSAGES.shareStakeholderCount, [String(MAX_STAKEHOLDERS)]));
  if (
    !Number.isInteger(request.expiryDays) ||
    request.expiryDays < 1 ||
    request.expiryDays > settings.maxExpiryDays
  )
    throw new ApexError(fillMessage(MESSAGES.shareExpiry, [String(settings.maxExpiryDays)]));
  if (request.note !== null && request.note.length > MAX_NOTE)
    throw new ApexError(fillMessage(MESSAGES.shareNoteTooLong, [String(MAX_NOTE)]));
  const recipients: Recipient[] = ids.map((id) => {
    const row = holders.find((h) => String(h.Id) === id && text(h.Plan__c) === request.planId);
    if (!row || text(row.Side__c) !== 'Buyer') throw new ApexError(MESSAGES.shareNotBuyer);
    const contact = parent(row, 'Contact__r');
    const email = text(row.Email__c) ?? text(contact?.Email);
    if (!text(row.Contact__c) || !email)
      throw new ApexError(fillMessage(MESSAGES.shareNoEmail, [text(row.Name) ?? '']));
    return {
      stakeholderId: id,
      name: text(row.Name) ?? '',
      firstName: text(contact?.FirstName),
      email,
      contactId: String(row.Contact__c),
      optedOut: flag(contact?.HasOptedOutOfEmail)
    };
  });

  const now = session.currentTime();
  const expiresAt = new Date(now.getTime() + request.expiryDays * 86_400_000).toISOString();
  const tokens = recipients.map(() => newToken());
  const result = await session.client.requestJson<{ id: string; success: boolean; errors: unknown[] }[]>(
    'POST',
    '/composite/sobjects',
    {
      allOrNone: true,
      records: recipients.map((r, i) => ({
        attributes: { type: 'Plan_Share__c' },
        Plan__c: request.planId,
        Stakeholder__c: r.stakeholderId,
        Contact__c: r.contactId,
        Token_Hash__c: hashToken(tokens[i]),
        Calendar_Key_Hash__c: hashToken(calendarKey(tokens[i])),
        Expires_At__c: expiresAt,
        Open_Count__c: 0
      }))
    }
  );
  if (result.some((r) => !r.success))
    throw new ApexError(fillMessage(MESSAGES.unexpected, [JSON.stringify(result)]));

  const links: ShareLinkDto[] = recipients.map((r, i) => ({
    shareId: result[i].id,
    stakeholderId: r.stakeholderId,
    name: r.name,
    email: r.email,
    ...linkOf(settings, tokens[i]),
    emailed: false,
    notEmailedReason: null
  }));
  if (request.sendEmail) await emailLinks(session, plan, recipients, links, request.note, expiresAt);
  const view = await getPlan(session, request.planId);
  return { view, links };
}

/** Emails each link from the rep through the org's emailSimple action; opted-out contacts are skipped. */
async function emailLinks(
  session: BridgeSession,
  plan: Row,
  recipients: Recipient[],
  links: ShareLinkDto[],
  note: string | null,
  expiresAt: string
): Promise<void> {
  const labels = readLabels();
  const label = (name: string) => labels.get(name) ?? name;
  const planName = text(plan.Name) ?? '';
  const inputs: Record<string, unknown>[] = [];
  const sentTo: ShareLinkDto[] = [];
  recipients.forEach((r, i) => {
    const link = links[i];
    if (r.optedOut) {
      link.notEmailedReason = label('Plan_Share_Not_Emailed_Opted_Out');
      return;
    }
    inputs.push({
      emailAddresses: r.email,
      emailSubject: fillMessage(label('Plan_Share_Email_Subject'), [planName]),
      // As PlanShareService.body: greeting, the rep's note, the link, until when it works.
      emailBody: [
        fillMessage(label('Plan_Share_Email_Greeting'), [r.firstName ?? r.name]),
        ...(note ? [note] : []),
        fillMessage(label('Plan_Share_Email_Body'), [planName, link.url]),
        fillMessage(label('Plan_Share_Email_Expiry'), [expiresAt.slice(0, 10)])
      ].join('\n\n'),
      senderType: 'CurrentUser',
      recipientId: r.contactId,
      relatedRecordId: text(plan.Opportunity__c),
      logEmailOnSend: true
    });
    sentTo.push(link);
  });
  if (inputs.length === 0) return;
  const results = await session.client.requestJson<
    { isSuccess: boolean; errors: { message: string }[] | null }[]
  >('POST', '/actions/standard/emailSimple', { inputs });
  sentTo.forEach((link, i) => {
    const outcome = results.at(i) ?? { isSuccess: false, errors: null };
    link.emailed = outcome.isSuccess;
    if (!outcome.isSuccess)
      link.notEmailedReason = fillMessage(label('Plan_Share_Not_Emailed_Failed'), [
        outcome.errors?.[0]?.message ?? ''
      ]);
  });
}

/** PlanController.revokeShare: a link of a plan the user may edit stops working now. */
export async function revokeShare(session: BridgeSession, shareId: unknown): Promise<PlanView> {
  if (!isId(shareId)) throw new ApexError(MESSAGES.shareNotFound);
  if (!(await session.canEditPlans())) throw new ApexError(MESSAGES.noPermission);
  const rows = await session.client.queryAll<Row>(
    `SELECT Id, Plan__c, Revoked_At__c FROM Plan_Share__c WHERE Id = ${soqlString(shareId)}`
  );
  const share = rows.at(0);
  if (!share) throw new ApexError(MESSAGES.shareNotFound);
  if (!text(share.Revoked_At__c))
    await session.client.requestJson('PATCH', `/sobjects/Plan_Share__c/${shareId}`, {
      Revoked_At__c: session.currentTime().toISOString()
    });
  return getPlan(session, String(share.Plan__c));
}
