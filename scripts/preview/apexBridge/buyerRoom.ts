import {
  BUYER_ROOM_LIMITS,
  type BuyerActionDto,
  type BuyerActionRequest,
  type BuyerActionType,
  type BuyerRoomView,
  type BuyerStepDto
} from '../../../force-app/main/default/lwc/buyerRoomContract/buyerRoomContract.ts';
import { daysBetween, isValidIsoDate, todayIn, type StepStatus } from '../../planEngine.ts';
import { buildCalendar, type CalendarItem } from './buyerCalendar.ts';
import { BUYER_ROOM_MESSAGES as M, BuyerRoomError } from './buyerRoomErrors.ts';
import { calendarUrlOf, readBuyerRoomSettings, type BuyerRoomSettings } from './buyerRoomSettings.ts';
import { hashToken, isWellFormedToken } from './buyerTokens.ts';
import { commitmentOf } from '../../salesforce/rowValues.ts';
import { flag, isoDateTime, num, parent, soqlString, text, type Row } from './records.ts';
import type { BridgeSession } from './session.ts';

/**
 * BuyerRoomController (the guest door) over the REST API, for the local preview: the same answers,
 * refusals and writes as the Apex class (docs/buyer-room.md), both checked by the shared scenarios
 * (staticresources/BuyerRoomScenarios.resource). It runs with the preview's own session, as the
 * door runs in system mode: every read is scoped to the share's plan with the field lists below,
 * and only buyer-safe fields are put into the answer.
 */

/** What a live share gives the door. */
interface LiveShare {
  id: string;
  planId: string;
  stakeholderId: string;
  viewerName: string;
  expiresAt: string;
  openCount: number;
  lastOpenedAt: string | null;
  /** The plan owner's time zone: the buyer's today and day are the owner's. */
  zone: string;
  planStatus: string;
}

const SHARE_FIELDS = [
  'Id',
  'Plan__c',
  'Plan__r.Status__c',
  'Stakeholder__c',
  'Stakeholder__r.Name',
  'Stakeholder__r.Side__c',
  'Stakeholder__r.Plan__c',
  'Expires_At__c',
  'Revoked_At__c',
  'Open_Count__c',
  'Last_Opened_At__c',
  'Plan__r.Opportunity__r.Owner.TimeZoneSidKey'
];

/** Buyer-safe step fields, and the owner and visibility the door needs to decide. */
const ROOM_STEP_FIELDS = [
  'Id',
  'Name',
  'Side__c',
  'Owner__c',
  'Owner__r.Name',
  'Due_Date__c',
  'Status__c',
  'Completed_Date__c',
  'Is_Milestone__c',
  'Phase__c',
  'Deliverable__c',
  'Depends_On__c',
  'Commitment__c',
  'Commitment_By__c',
  'Commitment_At__c',
  'Sort_Order__c'
];

const ACTION_FIELDS = [
  'Id',
  'Type__c',
  'Actor_Name__c',
  'Step__c',
  'Step__r.Name',
  'Step__r.Visibility__c',
  'Message__c',
  'Proposed_Date__c',
  'Proposed_Title__c',
  'Resolution__c',
  'Resolution_Note__c',
  'CreatedDate'
];

const ACTION_TYPES: readonly BuyerActionType[] = [
  'Done',
  'Committed',
  'Declined',
  'Date Proposed',
  'Comment',
  'Step Proposed'
];
const OPEN_PLAN_STATUSES = new Set(['Draft', 'Active']);
const CLOSED_STEP_STATUSES = new Set<string>(['Done', 'Skipped']);
const ROOM_ACTIONS_SHOWN = 50;
/** The most Shared steps and committee members one answer holds (BuyerRoomController's LIMITs). */
const MAX_ROOM_STEPS = 500;
const MAX_COMMITTEE = 200;
/** An open within this long of the last stamped one is not stamped again (one write a minute at most). */
const STAMP_INTERVAL_MS = 60_000;

async function settingsOf(session: BridgeSession): Promise<BuyerRoomSettings> {
  return readBuyerRoomSettings(session.client, session.buyerRoomSiteUrl);
}

/**
 * The live share of a token (or, for the calendar feed, of a calendar key: `keyField`
 * Calendar_Key_Hash__c), or the one not-valid answer for every other case.
 */
async function liveShare(
  session: BridgeSession,
  token: unknown,
  now: Date,
  keyField: 'Token_Hash__c' | 'Calendar_Key_Hash__c' = 'Token_Hash__c'
): Promise<LiveShare> {
  if (!isWellFormedToken(token)) throw new BuyerRoomError(M.linkNotValid);
  const rows = await session.client.queryAll<Row>(
    `SELECT ${SHARE_FIELDS.join(', ')} FROM Plan_Share__c WHERE ${keyField} = ${soqlString(hashToken(token))} LIMIT 1`
  );
  const row = rows.at(0);
  const stakeholder = row ? parent(row, 'Stakeholder__r') : null;
  const expires = row ? isoDateTime(row.Expires_At__c) : null;
  if (
    !row ||
    !stakeholder ||
    !expires ||
    text(row.Revoked_At__c) !== null ||
    new Date(expires).getTime() <= now.getTime() ||
    text(stakeholder.Side__c) !== 'Buyer' ||
    text(stakeholder.Plan__c) !== text(row.Plan__c) ||
    text(parent(row, 'Plan__r')?.Status__c) === 'Abandoned'
  )
    throw new BuyerRoomError(M.linkNotValid);
  return {
    id: String(row.Id),
    planId: String(row.Plan__c),
    stakeholderId: String(row.Stakeholder__c),
    viewerName: text(stakeholder.Name) ?? '',
    expiresAt: expires,
    openCount: num(row.Open_Count__c) ?? 0,
    lastOpenedAt: isoDateTime(row.Last_Opened_At__c),
    zone: ownerZone(parent(row, 'Plan__r') ?? {}),
    planStatus: text(parent(row, 'Plan__r')?.Status__c) ?? 'Draft'
  };
}

/** The plan and its opportunity's account and owner time zone; the Shared steps; the committee; updates. */
async function readRoomRecords(session: BridgeSession, share: LiveShare) {
  const plan = soqlString(share.planId);
  const [plans, steps, committee, actions] = await Promise.all([
    session.client.queryAll<Row>(
      `SELECT Id, Name, Status__c, Objective__c, Success_Criteria__c, Go_Live_Date__c,
         Opportunity__r.Account.Name
       FROM Mutual_Action_Plan__c WHERE Id = ${plan}`
    ),
    session.client.queryAll<Row>(
      `SELECT ${ROOM_STEP_FIELDS.join(', ')} FROM Plan_Step__c WHERE Plan__c = ${plan} AND Visibility__c = 'Shared'
       ORDER BY Sort_Order__c ASC NULLS LAST, Due_Date__c ASC NULLS LAST, Name ASC, Id ASC LIMIT ${MAX_ROOM_STEPS}`
    ),
    session.client.queryAll<Row>(
      `SELECT Id, Name, Role__c, Title__c FROM Plan_Stakeholder__c WHERE Plan__c = ${plan} AND Side__c = 'Buyer'
       ORDER BY Name ASC, Id ASC LIMIT ${MAX_COMMITTEE}`
    ),
    session.client.queryAll<Row>(
      `SELECT ${ACTION_FIELDS.join(', ')} FROM Plan_Buyer_Action__c WHERE Plan__c = ${plan}
       ORDER BY CreatedDate DESC, Id DESC LIMIT ${ROOM_ACTIONS_SHOWN}`
    )
  ]);
  const planRow = plans.at(0);
  if (!planRow) throw new BuyerRoomError(M.linkNotValid);
  return { plan: planRow, steps, committee, actions };
}

/** The plan owner's time zone (the opportunity owner's), from a plan row with its opportunity's owner. */
function ownerZone(planRow: Row): string {
  const zone = text(parent(parent(planRow, 'Opportunity__r') ?? {}, 'Owner')?.TimeZoneSidKey) ?? 'UTC';
  try {
    todayIn(zone);
    return zone;
  } catch {
    return 'UTC';
  }
}

/** The zone's offset from UTC in ms at an instant (positive east of UTC). */
function offsetAt(zone: string, instant: number): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit'
  }).formatToParts(new Date(instant));
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(
    part('year'),
    part('month') - 1,
    part('day'),
    part('hour'),
    part('minute'),
    part('second')
  );
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/** The instant the day began in the zone (local midnight), right on days the clocks change too. */
function startOfDayIn(zone: string, day: string): Date {
  const midnightUtc = Date.parse(`${day}T00:00:00Z`);
  const first = midnightUtc - offsetAt(zone, midnightUtc);
  return new Date(midnightUtc - offsetAt(zone, first));
}

function canActOn(step: Row, share: LiveShare): boolean {
  return (
    OPEN_PLAN_STATUSES.has(share.planStatus) &&
    (text(step.Owner__c) === share.stakeholderId || text(step.Side__c) === 'Joint')
  );
}

function toBuyerStep(step: Row, index: number, share: LiveShare, shared: Set<string>): BuyerStepDto {
  const predecessor = text(step.Depends_On__c);
  return {
    id: String(step.Id),
    title: text(step.Name) ?? '',
    side: (text(step.Side__c) as BuyerStepDto['side']) ?? null,
    ownerName: text(parent(step, 'Owner__r')?.Name),
    isMine: text(step.Owner__c) === share.stakeholderId,
    canAct: canActOn(step, share),
    dueDate: text(step.Due_Date__c),
    status: (text(step.Status__c) ?? 'Not Started') as StepStatus,
    completedDate: text(step.Completed_Date__c),
    isMilestone: flag(step.Is_Milestone__c),
    phase: text(step.Phase__c),
    deliverable: text(step.Deliverable__c),
    dependsOnId: predecessor && shared.has(predecessor) ? predecessor : null,
    commitment: commitmentOf(step.Commitment__c),
    commitmentBy: text(step.Commitment_By__c),
    commitmentAt: isoDateTime(step.Commitment_At__c),
    sortOrder: index
  };
}

function toBuyerAction(row: Row): BuyerActionDto {
  const step = parent(row, 'Step__r');
  const visible = step !== null && text(step.Visibility__c) === 'Shared';
  return {
    id: String(row.Id),
    type: text(row.Type__c) as BuyerActionType,
    actorName: text(row.Actor_Name__c),
    stepTitle: visible ? text(step.Name) : null,
    stepId: visible ? text(row.Step__c) : null,
    message: text(row.Message__c),
    proposedDate: text(row.Proposed_Date__c),
    proposedTitle: text(row.Proposed_Title__c),
    resolution: (text(row.Resolution__c) ?? 'Recorded') as BuyerActionDto['resolution'],
    resolutionNote: text(row.Resolution_Note__c),
    createdAt: isoDateTime(row.CreatedDate) ?? ''
  };
}

async function roomView(
  session: BridgeSession,
  share: LiveShare,
  token: string,
  settings: BuyerRoomSettings,
  now: Date
): Promise<BuyerRoomView> {
  const records = await readRoomRecords(session, share);
  const shared = new Set(records.steps.map((s) => String(s.Id)));
  const account = parent(parent(records.plan, 'Opportunity__r') ?? {}, 'Account');
  return {
    plan: {
      name: text(records.plan.Name) ?? '',
      status: (text(records.plan.Status__c) ?? 'Draft') as BuyerRoomView['plan']['status'],
      objective: text(records.plan.Objective__c),
      successCriteria: text(records.plan.Success_Criteria__c),
      goLiveDate: text(records.plan.Go_Live_Date__c),
      accountName: text(account?.Name)
    },
    viewer: { name: share.viewerName },
    steps: records.steps.map((step, i) => toBuyerStep(step, i, share, shared)),
    committee: records.committee.map((row) => ({
      name: text(row.Name) ?? '',
      role: text(row.Role__c),
      title: text(row.Title__c),
      isViewer: String(row.Id) === share.stakeholderId
    })),
    actions: records.actions.map(toBuyerAction),
    calendarUrl: calendarUrlOf(settings, token),
    expiresAt: share.expiresAt,
    today: todayIn(share.zone, now)
  };
}

/** BuyerRoomController.getRoom: the room, once the open is stamped on the share. */
export async function getRoom(session: BridgeSession, token: unknown): Promise<BuyerRoomView> {
  const now = session.currentTime();
  const share = await liveShare(session, token, now);
  const settings = await settingsOf(session);
  // Stamped at most once a minute (each stamp writes the share, under its plan); Open_Count__c
  // counts the stamped opens.
  if (share.lastOpenedAt === null || now.getTime() - Date.parse(share.lastOpenedAt) >= STAMP_INTERVAL_MS)
    await session.client.requestJson('PATCH', `/sobjects/Plan_Share__c/${share.id}`, {
      Last_Opened_At__c: now.toISOString(),
      Open_Count__c: share.openCount + 1
    });
  return roomView(session, share, token as string, settings, now);
}

/** The request, read strictly: unknown types, wrong shapes and oversize text are refused. */
function parseAction(actionJson: unknown): BuyerActionRequest {
  if (typeof actionJson === 'string' && actionJson.length > BUYER_ROOM_LIMITS.maxRequestLength)
    throw new BuyerRoomError(M.requestTooLong);
  if (typeof actionJson !== 'string' || actionJson.trim() === '') throw new BuyerRoomError(M.unreadable);
  let raw: unknown;
  try {
    raw = JSON.parse(actionJson);
  } catch {
    throw new BuyerRoomError(M.unreadable);
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new BuyerRoomError(M.unreadable);
  const r = raw as Record<string, unknown>;
  const optionalText = (value: unknown): string | null => {
    if (value === undefined || value === null) return null;
    if (typeof value !== 'string') throw new BuyerRoomError(M.unreadable);
    return value.trim() === '' ? null : value.trim();
  };
  const type = r.type;
  if (typeof type !== 'string' || !ACTION_TYPES.includes(type as BuyerActionType))
    throw new BuyerRoomError(M.unreadable);
  return {
    type: type as BuyerActionType,
    stepId: optionalText(r.stepId),
    message: optionalText(r.message),
    proposedDate: dateText(optionalText(r.proposedDate)),
    title: optionalText(r.title)
  };
}

/** A proposed date must be a real 'YYYY-MM-DD' to be read at all (Apex reads it into a Date). */
function dateText(value: string | null): string | null {
  if (value !== null && !isValidIsoDate(value)) throw new BuyerRoomError(M.unreadable);
  return value;
}

function checkMessageLength(message: string | null): void {
  if (message !== null && message.length > BUYER_ROOM_LIMITS.maxMessageLength)
    throw new BuyerRoomError(M.messageTooLong);
}

function checkProposedDate(date: string | null, today: string, required: boolean): void {
  if (date === null) {
    if (required) throw new BuyerRoomError(M.dateRequired);
    return;
  }
  if (!isValidIsoDate(date)) throw new BuyerRoomError(M.dateRequired);
  if (Math.abs(daysBetween(today, date)) > BUYER_ROOM_LIMITS.maxDateRangeDays)
    throw new BuyerRoomError(M.dateOutOfRange);
}

type Fields = Record<string, string | number | boolean | null>;

/** BuyerRoomController.act: one buyer action, checked, recorded, its effect applied; the fresh room. */
export async function act(
  session: BridgeSession,
  token: unknown,
  actionJson: unknown
): Promise<BuyerRoomView> {
  const now = session.currentTime();
  const share = await liveShare(session, token, now);
  const request = parseAction(actionJson);
  const settings = await settingsOf(session);
  if (!OPEN_PLAN_STATUSES.has(share.planStatus)) throw new BuyerRoomError(M.planReadOnly);

  const zone = share.zone;
  const today = todayIn(zone, now);
  // The buyer's day is the plan owner's: actions since the owner's local midnight count.
  const startOfDay = startOfDayIn(zone, today).toISOString();
  const recent = await session.client.queryAll<Row>(
    `SELECT Id FROM Plan_Buyer_Action__c WHERE Share__c = ${soqlString(share.id)} AND CreatedDate >= ${startOfDay}
     LIMIT ${settings.maxActionsPerDay}`
  );
  if (recent.length >= settings.maxActionsPerDay) throw new BuyerRoomError(M.tooManyActions);

  const record: Fields = {
    Plan__c: share.planId,
    Share__c: share.id,
    Stakeholder__c: share.stakeholderId,
    Actor_Name__c: share.viewerName,
    Type__c: request.type,
    Message__c: request.message,
    Resolution__c: 'Recorded'
  };
  let stepUpdate: Fields | null = null;

  if (request.type === 'Step Proposed') {
    checkMessageLength(request.message);
    if (request.title === null) throw new BuyerRoomError(M.titleRequired);
    if (request.title.length > BUYER_ROOM_LIMITS.maxTitleLength) throw new BuyerRoomError(M.titleTooLong);
    checkProposedDate(request.proposedDate, today, false);
    Object.assign(record, {
      Proposed_Title__c: request.title,
      Proposed_Date__c: request.proposedDate,
      Resolution__c: 'Pending'
    });
  } else {
    // The step first: one answer for a step the viewer may not change, whatever else the request says.
    const step = await actionableStep(session, share, request.stepId);
    checkMessageLength(request.message);
    const isOpen = !CLOSED_STEP_STATUSES.has(text(step.Status__c) ?? '');
    const due = text(step.Due_Date__c);
    record.Step__c = String(step.Id);
    switch (request.type) {
      case 'Done':
        if (!isOpen) throw new BuyerRoomError(M.stepNotOpen);
        // Never after the guest's today either (the Completed_Date_Not_In_Future rule), as in Apex.
        stepUpdate = { Status__c: 'Done', Completed_Date__c: [today, await session.today()].sort()[0] };
        break;
      case 'Committed':
      case 'Declined':
        if (!isOpen) throw new BuyerRoomError(M.stepNotOpen);
        if (due === null) throw new BuyerRoomError(M.stepNotDated);
        if (request.type === 'Declined' && request.message === null)
          throw new BuyerRoomError(M.reasonRequired);
        stepUpdate = {
          Commitment__c: request.type,
          Commitment_By__c: share.viewerName,
          Commitment_At__c: now.toISOString()
        };
        break;
      case 'Date Proposed':
        if (!isOpen) throw new BuyerRoomError(M.stepNotOpen);
        checkProposedDate(request.proposedDate, today, true);
        if (request.proposedDate === due) throw new BuyerRoomError(M.dateUnchanged);
        if (request.message === null) throw new BuyerRoomError(M.reasonRequired);
        Object.assign(record, { Proposed_Date__c: request.proposedDate, Resolution__c: 'Pending' });
        break;
      case 'Comment':
        if (request.message === null) throw new BuyerRoomError(M.messageRequired);
        break;
    }
  }

  const compositeRequest: { method: string; url: string; referenceId: string; body: Fields }[] = [];
  const dataPath = session.client.dataPath;
  if (stepUpdate && record.Step__c)
    compositeRequest.push({
      method: 'PATCH',
      url: `${dataPath}/sobjects/Plan_Step__c/${String(record.Step__c)}`,
      referenceId: 'step',
      body: stepUpdate
    });
  compositeRequest.push({
    method: 'POST',
    url: `${dataPath}/sobjects/Plan_Buyer_Action__c`,
    referenceId: 'action',
    body: record
  });
  const result = await session.client.requestJson<{
    compositeResponse: { httpStatusCode: number; body: unknown }[];
  }>('POST', '/composite', { allOrNone: true, compositeRequest });
  const failed = result.compositeResponse.find((r) => r.httpStatusCode >= 400);
  if (failed) throw new Error(`the buyer action was not saved: ${JSON.stringify(failed.body)}`);
  return roomView(session, share, token as string, settings, now);
}

/** A Shared step of the share's plan that the viewer owns, or a Joint one; anything else: one answer. */
async function actionableStep(session: BridgeSession, share: LiveShare, stepId: string | null): Promise<Row> {
  if (stepId === null || !/^[a-zA-Z0-9]{15,18}$/.test(stepId)) throw new BuyerRoomError(M.cannotChangeStep);
  const rows = await session.client.queryAll<Row>(
    `SELECT Id, Owner__c, Side__c, Status__c, Due_Date__c FROM Plan_Step__c
     WHERE Id = ${soqlString(stepId)} AND Plan__c = ${soqlString(share.planId)} AND Visibility__c = 'Shared'`
  );
  const step = rows.at(0);
  if (!step || !canActOn(step, share)) throw new BuyerRoomError(M.cannotChangeStep);
  return step;
}

/** What the calendar feed answers: 200 with the ICS text, or 404 with the not-valid sentence. */
export interface CalendarResponse {
  status: 200 | 404;
  contentType: string;
  body: string;
}

/** BuyerRoomController.calendar (GET …/services/apexrest/buyer-room/calendar?k=…): by calendar key only. */
export async function calendar(session: BridgeSession, key: unknown): Promise<CalendarResponse> {
  const now = session.currentTime();
  let share: LiveShare;
  try {
    share = await liveShare(session, key, now, 'Calendar_Key_Hash__c');
  } catch (error) {
    if (error instanceof BuyerRoomError)
      return { status: 404, contentType: 'text/plain; charset=utf-8', body: M.linkNotValid };
    throw error;
  }
  const records = await readRoomRecords(session, share);
  const items: CalendarItem[] = records.steps
    .filter((step) => text(step.Due_Date__c) !== null)
    .map((step) => ({
      id: String(step.Id),
      title: text(step.Name) ?? '',
      ownerName: text(parent(step, 'Owner__r')?.Name),
      dueDate: text(step.Due_Date__c),
      status: text(step.Status__c),
      phase: text(step.Phase__c),
      deliverable: text(step.Deliverable__c),
      isMilestone: flag(step.Is_Milestone__c)
    }));
  return {
    status: 200,
    contentType: 'text/calendar; charset=utf-8',
    body: buildCalendar(text(records.plan.Name) ?? '', items, now)
  };
}
