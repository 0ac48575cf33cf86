/** Who an email names as its sender: the Send Email action's `senderType`. */
export type SenderType = 'CurrentUser' | 'DefaultWorkflowUser' | 'OrgWideEmailAddress';

/** One email the org "sent" (nothing leaves the machine): what tests and the preview read back. */
export interface OutboxMessage {
  /** 1, 2, 3… in the order sent (not a record Id: no EmailMessage record is written). */
  id: number;
  /** The org clock when it was sent, ISO 8601 UTC. */
  sentAt: string;
  /** The user whose session sent it. */
  fromUserId: string;
  senderType: SenderType;
  /** The org-wide address it was sent from (senderType OrgWideEmailAddress), else null. */
  senderAddress: string | null;
  /** The addresses given, then the recipient record's email (recipientId), without repeats. */
  to: string[];
  cc: string[];
  bcc: string[];
  subject: string;
  body: string;
  /** sendRichBody: the body is HTML. */
  richBody: boolean;
  recipientId: string | null;
  relatedRecordId: string | null;
  /**
   * logEmailOnSend with a record to log it on (recipientId or relatedRecordId): Salesforce adds the
   * email to that record's activity timeline. The local org writes no activity record yet; it keeps
   * the fact here.
   */
  logged: boolean;
}

/** The org's sent email, in memory (a database file does not keep it). */
export class Outbox {
  private sent: OutboxMessage[] = [];
  private nextId = 1;

  /** Records an email as sent and returns it. */
  send(message: Omit<OutboxMessage, 'id'>): OutboxMessage {
    const stored: OutboxMessage = structuredClone({ ...message, id: this.nextId++ });
    this.sent.push(stored);
    return structuredClone(stored);
  }

  /** Everything sent since the org started (or the last reset), oldest first; copies. */
  messages(): OutboxMessage[] {
    return structuredClone(this.sent);
  }

  /** Forgets what was sent (ids keep counting, so an old id never names a new email). */
  reset(): void {
    this.sent = [];
  }
}
