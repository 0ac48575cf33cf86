import { ApiError, RecordError } from '../errors.ts';
import { normalizeId } from '../ids.ts';
import type { SentNotification } from '../notifications.ts';
import { json, type ApiResponse, type OrgContext } from './context.ts';

/**
 * The Custom Notification standard action, `customNotificationAction` (Actions Developer Guide,
 * API 46.0+): sends a notification of a custom notification type to users, opening a record
 * (targetId) or a page reference. The org sends nothing: each accepted input goes to the
 * notification outbox (`ctx.notifications`, `/__local/notifications`).
 */
export const NOTIFICATION_ACTION = 'customNotificationAction';

export const NOTIFICATION_LIMITS = {
  /** recipientIds: "up to 500" per notification. */
  recipientsPerNotification: 500,
  /** title and body lengths the action accepts. */
  titleLength: 250,
  bodyLength: 750,
  /** Ours: notifications an org sends in a rolling hour (Salesforce allocates per org per hour). */
  perHour: 10_000
};

interface InputDef {
  name: string;
  label: string;
  type: 'STRING' | 'TEXTAREA' | 'REFERENCE';
  required: boolean;
  maxOccurs: number;
}

const INPUTS: InputDef[] = [
  {
    name: 'customNotifTypeId',
    label: 'Notification Type ID',
    type: 'REFERENCE',
    required: true,
    maxOccurs: 1
  },
  {
    name: 'recipientIds',
    label: 'Recipient IDs',
    type: 'STRING',
    required: true,
    maxOccurs: NOTIFICATION_LIMITS.recipientsPerNotification
  },
  { name: 'senderId', label: 'Sender ID', type: 'REFERENCE', required: false, maxOccurs: 1 },
  { name: 'title', label: 'Notification Title', type: 'STRING', required: true, maxOccurs: 1 },
  { name: 'body', label: 'Notification Body', type: 'TEXTAREA', required: true, maxOccurs: 1 },
  { name: 'targetId', label: 'Target ID', type: 'REFERENCE', required: false, maxOccurs: 1 },
  { name: 'targetPageRef', label: 'Target Reference', type: 'STRING', required: false, maxOccurs: 1 }
];

const fail = (statusCode: string, message: string, fields: string[] = []) =>
  new RecordError(statusCode, message, fields);

export function notificationActionAvailable(version: string): boolean {
  return Number(version) >= 46;
}

/** GET /actions/standard/customNotificationAction */
export function describeNotificationAction(version: string): ApiResponse {
  return json(200, {
    description: 'Send a custom notification to recipients.',
    inputs: INPUTS.map((d) => ({
      byteLength: 0,
      description: d.label,
      label: d.label,
      maxOccurs: d.maxOccurs,
      name: d.name,
      picklistValues: null,
      required: d.required,
      sobjectType: null,
      type: d.type
    })),
    label: 'Send Custom Notification',
    name: NOTIFICATION_ACTION,
    outputs: [],
    standard: true,
    targetEntityName: null,
    type: 'CUSTOMNOTIFICATIONACTION',
    version
  });
}

/** The notifications the inputs describe, sent in request order; one result per input. */
export function invokeNotificationAction(ctx: OrgContext, inputs: unknown[]): ApiResponse {
  const hourAgo = new Date(ctx.clock.now().getTime() - 3_600_000).toISOString();
  let sentThisHour = ctx.notifications.sentSince(hourAgo);
  const results = inputs.map((input) => {
    try {
      const notification = notificationFrom(ctx, input);
      if (sentThisHour >= NOTIFICATION_LIMITS.perHour)
        throw fail(
          'LIMIT_EXCEEDED',
          `The org has sent ${NOTIFICATION_LIMITS.perHour} custom notifications in the last hour; try again later.`
        );
      ctx.notifications.send(notification);
      sentThisHour++;
      return {
        actionName: NOTIFICATION_ACTION,
        errors: null,
        isSuccess: true,
        outputValues: { SuccessMessage: 'Your custom notification is processed successfully.' }
      };
    } catch (error) {
      if (!(error instanceof RecordError)) throw error;
      return {
        actionName: NOTIFICATION_ACTION,
        errors: [{ statusCode: error.statusCode, message: error.message, fields: error.fields }],
        isSuccess: false,
        outputValues: null
      };
    }
  });
  return json(results.some((r) => r.isSuccess) ? 200 : 400, results);
}

function notificationFrom(ctx: OrgContext, input: unknown): Omit<SentNotification, 'id'> {
  if (!input || typeof input !== 'object' || Array.isArray(input))
    throw fail('INVALID_INPUT', 'Each input must be a JSON object of input names and values.');
  const given = new Map<string, unknown>();
  for (const [key, value] of Object.entries(input))
    if (value !== null && value !== undefined && value !== '') given.set(key, value);
  for (const def of INPUTS)
    if (def.required && !given.has(def.name))
      throw fail('REQUIRED_FIELD_MISSING', `Missing required input parameter: ${def.name}`, [def.name]);
  const textOf = (name: string, max: number): string | null => {
    const raw = given.get(name);
    if (raw === undefined) return null;
    if (typeof raw !== 'string')
      throw fail('INVALID_INPUT', `${name}: expected text, got ${JSON.stringify(raw)}.`, [name]);
    if (raw.length > max)
      throw fail('STRING_TOO_LONG', `${name}: data value too large (max length=${max}).`, [name]);
    return raw;
  };
  const title = textOf('title', NOTIFICATION_LIMITS.titleLength) ?? '';
  const body = textOf('body', NOTIFICATION_LIMITS.bodyLength) ?? '';
  const targetPageRef = textOf('targetPageRef', 4000);

  const typeId = idOf(given.get('customNotifTypeId'), 'customNotifTypeId');
  const type = ctx.store.row('CustomNotificationType', typeId);
  if (!type)
    throw fail(
      'INVALID_CROSS_REFERENCE_KEY',
      `customNotifTypeId: ${typeId} names no custom notification type of this org.`,
      ['customNotifTypeId']
    );

  const rawRecipients = given.get('recipientIds');
  const list = Array.isArray(rawRecipients)
    ? rawRecipients
    : typeof rawRecipients === 'string'
      ? rawRecipients.split(',').map((s) => s.trim())
      : null;
  if (!list || list.length === 0)
    throw fail('INVALID_INPUT', 'recipientIds: a list of one or more Ids is required.', ['recipientIds']);
  if (list.length > NOTIFICATION_LIMITS.recipientsPerNotification)
    throw fail(
      'LIMIT_EXCEEDED',
      `recipientIds: ${list.length} recipients; a notification goes to at most ${NOTIFICATION_LIMITS.recipientsPerNotification}.`,
      ['recipientIds']
    );
  const recipientIds: string[] = [];
  for (const raw of list) {
    const id = idOf(raw, 'recipientIds');
    // Ours: only users (Salesforce also takes groups, queues and account or opportunity teams).
    const user = id.startsWith('005') ? ctx.store.row('User', id) : undefined;
    if (!user || user.IsDeleted === 1)
      throw fail('INVALID_CROSS_REFERENCE_KEY', `recipientIds: ${id} is not a user of this org.`, [
        'recipientIds'
      ]);
    if (!recipientIds.includes(id)) recipientIds.push(id);
  }

  let targetId: string | null = null;
  if (given.has('targetId')) {
    targetId = idOf(given.get('targetId'), 'targetId');
    const object = ctx.store.objectForId(targetId);
    if (!object || !ctx.store.exists(object.name, targetId))
      throw fail('INVALID_CROSS_REFERENCE_KEY', `targetId: ${targetId} names no record of this org.`, [
        'targetId'
      ]);
  } else if (targetPageRef === null)
    throw fail('REQUIRED_FIELD_MISSING', 'Missing required input parameter: targetId or targetPageRef', [
      'targetId'
    ]);

  const senderId = given.has('senderId') ? idOf(given.get('senderId'), 'senderId') : null;
  if (senderId !== null && !ctx.store.exists('User', senderId))
    throw fail('INVALID_CROSS_REFERENCE_KEY', `senderId: ${senderId} is not a user of this org.`, [
      'senderId'
    ]);
  return {
    sentAt: ctx.clock.now().toISOString(),
    fromUserId: senderId ?? ctx.store.actingUserId,
    typeId,
    typeName: String(type.DeveloperName),
    recipientIds,
    title,
    body,
    targetId,
    targetPageRef
  };
}

function idOf(raw: unknown, name: string): string {
  const id = typeof raw === 'string' ? normalizeId(raw) : null;
  if (!id) throw fail('MALFORMED_ID', `${name}: id value of incorrect type: ${String(raw)}`, [name]);
  return id;
}

/** A request body's `inputs`, or the documented whole-request error. */
export function inputsOf(body: unknown, perRequest: number): unknown[] {
  const inputs =
    body && typeof body === 'object' && !Array.isArray(body)
      ? (body as { inputs?: unknown }).inputs
      : undefined;
  if (!Array.isArray(inputs) || inputs.length === 0)
    throw new ApiError(400, 'JSON_PARSER_ERROR', 'inputs: a list of one or more inputs is required');
  if (inputs.length > perRequest)
    throw new ApiError(
      400,
      'LIMIT_EXCEEDED',
      `The request has ${inputs.length} inputs; an action takes at most ${perRequest} inputs per request.`
    );
  return inputs;
}
