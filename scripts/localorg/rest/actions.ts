import { notFound, RecordError } from '../errors.ts';
import { normalizeId } from '../ids.ts';
import type { OutboxMessage, SenderType } from '../outbox.ts';
import { jsonBody } from './body.ts';
import { json, type ApiRequest, type Handler, type OrgContext } from './context.ts';
import {
  describeNotificationAction,
  invokeNotificationAction,
  inputsOf,
  NOTIFICATION_ACTION,
  notificationActionAvailable
} from './notificationAction.ts';

/**
 * Standard invocable actions (Actions Developer Guide): the Send Email action, `emailSimple`, and
 * the Custom Notification action (notificationAction.ts). The org sends nothing: each email it
 * accepts goes to the outbox (`ctx.outbox`, `/__local/outbox`), each notification to
 * `ctx.notifications` (`/__local/notifications`).
 */

export const ACTION_LIMITS = {
  /** Inputs in one request (ours: the guide states no number; 200 is the REST API's batch size elsewhere). */
  inputsPerRequest: 200,
  /** "The combined number of recipients must be 150 or fewer" (to, cc, bcc and recipientId). */
  recipientsPerEmail: 150,
  /** "The maximum size for this field is 4,000 bytes" (the address lists). */
  addressListBytes: 4000
};

const ACTION = 'emailSimple';
const SENDER_TYPES: SenderType[] = ['CurrentUser', 'DefaultWorkflowUser', 'OrgWideEmailAddress'];
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

type Kind = 'addresses' | 'text' | 'boolean' | 'id';

interface InputDef {
  name: string;
  label: string;
  kind: Kind;
  /** The describe's type. */
  type: 'STRING' | 'TEXTAREA' | 'BOOLEAN';
  /** The API version the guide says the input is available in (32.0: the action's own). */
  since: number;
  required?: boolean;
  /** Where the addresses go. */
  list?: 'to' | 'cc' | 'bcc';
  /** Not supported by the local org: a value fails the input. */
  unsupported?: boolean;
}

const inputDef = (
  name: string,
  kind: Kind,
  since: number,
  label: string,
  more: Partial<InputDef> = {}
): InputDef => ({
  name,
  label,
  kind,
  type: kind === 'boolean' ? 'BOOLEAN' : 'STRING',
  since,
  ...more
});
const toList = (name: string, since: number, label: string) =>
  inputDef(name, 'addresses', since, label, { list: 'to' });
const ccList = (name: string, since: number, label: string) =>
  inputDef(name, 'addresses', since, label, { list: 'cc' });
const bccList = (name: string, since: number, label: string) =>
  inputDef(name, 'addresses', since, label, { list: 'bcc' });

/**
 * The inputs the guide lists, across the versions that renamed the recipient lists (each takes a
 * comma-separated list or a collection here). useLineBreaks and the threading tokens are checked
 * but not applied.
 */
const INPUTS: InputDef[] = [
  toList('emailAddresses', 32, 'Email Addresses (comma-separated)'),
  toList('emailAddressesArray', 32, 'Email Addresses (collection)'),
  toList('recipientAddresses', 65, 'Recipient Addresses'),
  ccList('ccRecipientAddressList', 62, 'CC Addresses (comma-separated)'),
  ccList('ccRecipientAddressCollection', 64, 'CC Addresses (collection)'),
  ccList('ccAddresses', 65, 'CC Addresses'),
  bccList('bccRecipientAddressList', 62, 'BCC Addresses (comma-separated)'),
  bccList('bccRecipientAddressCollection', 64, 'BCC Addresses (collection)'),
  bccList('bccAddresses', 65, 'BCC Addresses'),
  inputDef('emailSubject', 'text', 32, 'Subject', { required: true }),
  inputDef('emailBody', 'text', 32, 'Body', { required: true, type: 'TEXTAREA' }),
  inputDef('sendRichBody', 'boolean', 32, 'Rich-Text-Formatted Body'),
  inputDef('useLineBreaks', 'boolean', 32, 'Use Line Breaks'),
  inputDef('senderType', 'text', 32, 'Sender Type'),
  inputDef('senderAddress', 'text', 32, 'Sender Address'),
  inputDef('recipientId', 'id', 58, 'Recipient ID'),
  inputDef('relatedRecordId', 'id', 58, 'Related Record ID'),
  inputDef('logEmailOnSend', 'boolean', 58, 'Log Email on Send'),
  inputDef('addThreadingTokenToBody', 'boolean', 32, 'Add Threading Token to Body'),
  inputDef('addThreadingTokenToSubject', 'boolean', 32, 'Add Threading Token to Subject'),
  inputDef('emailTemplateId', 'id', 58, 'Email Template ID', { unsupported: true }),
  inputDef('attachmentId', 'text', 63, 'Attachment IDs (comma-separated)', { unsupported: true }),
  inputDef('attachmentIdCollection', 'text', 64, 'Attachment IDs (collection)', { unsupported: true })
];

const inputsAt = (version: string) => INPUTS.filter((d) => d.since <= Number(version));

const fail = (statusCode: string, message: string, fields: string[] = []) =>
  new RecordError(statusCode, message, fields);

function requireActions(req: ApiRequest): void {
  if (Number(req.version) < 32) throw notFound();
}

/** GET /actions/standard */
export const listStandardActions: Handler = (_ctx, req) => {
  requireActions(req);
  return json(200, {
    actions: [
      {
        label: 'Send Email',
        name: ACTION,
        type: 'EMAILSIMPLE',
        url: `/services/data/v${req.version}/actions/standard/${ACTION}`
      },
      ...(notificationActionAvailable(req.version)
        ? [
            {
              label: 'Send Custom Notification',
              name: NOTIFICATION_ACTION,
              type: 'CUSTOMNOTIFICATIONACTION',
              url: `/services/data/v${req.version}/actions/standard/${NOTIFICATION_ACTION}`
            }
          ]
        : [])
    ]
  });
};

/** GET /actions/standard/{action}: the action's inputs at the request's API version. */
export const describeStandardAction: Handler = (_ctx, req, [name]) => {
  requireActions(req);
  if (name === NOTIFICATION_ACTION && notificationActionAvailable(req.version))
    return describeNotificationAction(req.version);
  if (name !== ACTION) throw notFound();
  return json(200, {
    description: 'Send an email where you specify the subject, body, and recipients.',
    inputs: inputsAt(req.version).map((d) => ({
      byteLength: 0,
      description: d.label,
      label: d.label,
      maxOccurs:
        d.name.endsWith('Array') || d.name.endsWith('Collection') ? ACTION_LIMITS.recipientsPerEmail : 1,
      name: d.name,
      picklistValues: null,
      required: d.required === true,
      sobjectType: null,
      type: d.type
    })),
    label: 'Send Email',
    name: ACTION,
    outputs: [],
    standard: true,
    targetEntityName: null,
    type: 'EMAILSIMPLE'
  });
};

/** A per-input result, as the guide's examples show it. */
interface ActionResult {
  actionName: string;
  errors: { statusCode: string; message: string; fields: string[] }[] | null;
  isSuccess: boolean;
  outputValues: Record<string, unknown> | null;
}

/** POST /actions/standard/{action} */
export const invokeStandardAction: Handler = (ctx, req, [name]) => {
  requireActions(req);
  if (name === NOTIFICATION_ACTION && notificationActionAvailable(req.version))
    return invokeNotificationAction(ctx, inputsOf(jsonBody(req), ACTION_LIMITS.inputsPerRequest));
  if (name !== ACTION) throw notFound();
  const inputs = inputsOf(jsonBody(req), ACTION_LIMITS.inputsPerRequest);
  const known = new Map(inputsAt(req.version).map((d) => [d.name, d]));
  // Every input is checked before any is sent; the accepted ones are sent in request order.
  const drafts = inputs.map((input: unknown) => {
    try {
      return emailFrom(ctx, known, input);
    } catch (error) {
      if (error instanceof RecordError) return error;
      throw error;
    }
  });
  const results: ActionResult[] = drafts.map((draft) => {
    if (draft instanceof RecordError)
      return {
        actionName: ACTION,
        errors: [{ statusCode: draft.statusCode, message: draft.message, fields: draft.fields }],
        isSuccess: false,
        outputValues: null
      };
    ctx.outbox.send(draft);
    return { actionName: ACTION, errors: null, isSuccess: true, outputValues: null };
  });
  // Ours (not documented): 400 when no input succeeded, with the same per-input results.
  return json(results.some((r) => r.isSuccess) ? 200 : 400, results);
};

/** The email one input describes, or the first reason it cannot be sent. */
function emailFrom(ctx: OrgContext, known: Map<string, InputDef>, input: unknown): Omit<OutboxMessage, 'id'> {
  if (!input || typeof input !== 'object' || Array.isArray(input))
    throw fail('INVALID_INPUT', 'Each input must be a JSON object of input names and values.');
  // Names the action does not have (at this API version) are not read.
  const given = new Map<InputDef, unknown>();
  for (const [key, value] of Object.entries(input)) {
    const def = known.get(key);
    if (def && value !== null && value !== undefined && value !== '') given.set(def, value);
  }
  const value = (name: string) => {
    const def = known.get(name);
    return def ? given.get(def) : undefined;
  };
  const lists: Record<'to' | 'cc' | 'bcc', string[]> = { to: [], cc: [], bcc: [] };
  let logEmailOnSend = false;
  let richBody = false;
  for (const [def, raw] of given) {
    if (def.unsupported)
      throw fail('INVALID_INPUT', `${def.name}: the local org does not support this input.`, [def.name]);
    if (def.kind === 'boolean') {
      const b = booleanOf(def, raw);
      if (def.name === 'logEmailOnSend') logEmailOnSend = b;
      if (def.name === 'sendRichBody') richBody = b;
    } else if (def.kind === 'addresses' && def.list) lists[def.list].push(...addressesOf(def, raw));
    else if (typeof raw !== 'string')
      throw fail('INVALID_INPUT', `${def.name}: expected text, got ${JSON.stringify(raw)}.`, [def.name]);
  }
  for (const def of known.values())
    if (def.required && !given.has(def))
      throw fail('REQUIRED_FIELD_MISSING', `Missing required input parameter: ${def.name}`, [def.name]);

  const senderType = (value('senderType') ?? 'CurrentUser') as string;
  if (!SENDER_TYPES.includes(senderType as SenderType))
    throw fail('INVALID_INPUT', `senderType: ${senderType} is not one of ${SENDER_TYPES.join(', ')}.`, [
      'senderType'
    ]);
  const senderAddress = (value('senderAddress') as string | undefined) ?? null;
  if (senderType === 'OrgWideEmailAddress' && senderAddress === null)
    throw fail(
      'REQUIRED_FIELD_MISSING',
      'Missing required input parameter: senderAddress (senderType is OrgWideEmailAddress)',
      ['senderAddress']
    );
  if (senderAddress !== null && !EMAIL.test(senderAddress))
    throw fail('INVALID_EMAIL_ADDRESS', `senderAddress: invalid email address: ${senderAddress}`, [
      'senderAddress'
    ]);

  const recipientId = recordId(ctx, 'recipientId', value('recipientId') as string | undefined);
  if (recipientId) {
    const object = ctx.store.objectForId(recipientId);
    if (object?.name !== 'Contact' && object?.name !== 'User')
      throw fail('INVALID_CROSS_REFERENCE_KEY', `recipientId: ${recipientId} is not a contact or a user.`, [
        'recipientId'
      ]);
    const person = ctx.store.row(object.name, recipientId);
    // Not in the guide: the local org refuses an opted-out contact (docs/local-org.md).
    if (object.name === 'Contact' && person?.HasOptedOutOfEmail === 1)
      throw fail(
        'EMAIL_OPTED_OUT',
        `recipientId: contact ${recipientId} has opted out of email (Email Opt Out is checked).`,
        ['recipientId']
      );
    const email = person?.Email;
    if (typeof email !== 'string' || email === '')
      throw fail(
        'INVALID_EMAIL_ADDRESS',
        `recipientId: ${object.name.toLowerCase()} ${recipientId} has no email address.`,
        ['recipientId']
      );
    if (!lists.to.some((a) => a.toLowerCase() === email.toLowerCase())) lists.to.push(email);
  }
  const relatedRecordId = recordId(ctx, 'relatedRecordId', value('relatedRecordId') as string | undefined);

  const unique = (list: string[]) =>
    list.filter((a, i) => list.findIndex((b) => b.toLowerCase() === a.toLowerCase()) === i);
  const to = unique(lists.to);
  const cc = unique(lists.cc);
  const bcc = unique(lists.bcc);
  const count = to.length + cc.length + bcc.length;
  if (count === 0)
    throw fail(
      'REQUIRED_FIELD_MISSING',
      'No recipient: give email addresses (emailAddresses, recipientAddresses, cc or bcc) or a recipientId.'
    );
  if (count > ACTION_LIMITS.recipientsPerEmail)
    throw fail(
      'LIMIT_EXCEEDED',
      `The email has ${count} recipients; the combined number of recipients must be ${ACTION_LIMITS.recipientsPerEmail} or fewer.`
    );
  return {
    sentAt: ctx.clock.now().toISOString(),
    fromUserId: ctx.store.actingUserId,
    senderType: senderType as SenderType,
    senderAddress: senderType === 'OrgWideEmailAddress' ? senderAddress : null,
    to,
    cc,
    bcc,
    subject: value('emailSubject') as string,
    body: value('emailBody') as string,
    richBody,
    recipientId,
    relatedRecordId,
    // "To log an email, you must specify a value in recipientId or relatedRecordId": without one it is sent, not logged.
    logged: logEmailOnSend && (recipientId !== null || relatedRecordId !== null)
  };
}

function booleanOf(def: InputDef, raw: unknown): boolean {
  if (raw === true || raw === 'true') return true;
  if (raw === false || raw === 'false') return false;
  throw fail('INVALID_INPUT', `${def.name}: expected true or false, got ${JSON.stringify(raw)}.`, [def.name]);
}

/** A comma-separated list or a collection of addresses, each checked. */
function addressesOf(def: InputDef, raw: unknown): string[] {
  const items =
    typeof raw === 'string'
      ? raw.split(',')
      : Array.isArray(raw) && raw.every((a) => typeof a === 'string')
        ? raw
        : null;
  if (!items)
    throw fail(
      'INVALID_INPUT',
      `${def.name}: expected email addresses as text or a list of text, got ${JSON.stringify(raw)}.`,
      [def.name]
    );
  if (Buffer.byteLength(items.join(','), 'utf8') > ACTION_LIMITS.addressListBytes)
    throw fail(
      'STRING_TOO_LONG',
      `${def.name}: the addresses exceed ${ACTION_LIMITS.addressListBytes} bytes.`,
      [def.name]
    );
  const list = items.map((a) => a.trim()).filter((a) => a !== '');
  for (const address of list)
    if (!EMAIL.test(address))
      throw fail('INVALID_EMAIL_ADDRESS', `${def.name}: invalid email address: ${address}`, [def.name]);
  return list;
}

/** A live record's 18-char Id, or null when the input is not given. */
function recordId(ctx: OrgContext, name: string, raw: string | undefined): string | null {
  if (raw === undefined) return null;
  const id = normalizeId(raw);
  if (!id) throw fail('MALFORMED_ID', `${name}: id value of incorrect type: ${raw}`, [name]);
  const object = ctx.store.objectForId(id);
  if (!object || !ctx.store.exists(object.name, id))
    throw fail(
      'INVALID_CROSS_REFERENCE_KEY',
      `${name}: invalid cross reference id: ${id} names no record of this org.`,
      [name]
    );
  return id;
}
