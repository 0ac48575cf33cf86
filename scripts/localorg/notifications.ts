/** One custom notification the org "sent" (to the bell and the mobile app; nothing leaves the machine). */
export interface SentNotification {
  /** 1, 2, 3… in the order sent. */
  id: number;
  /** The org clock when it was sent, ISO 8601 UTC. */
  sentAt: string;
  /** The user whose session sent it (or senderId when given). */
  fromUserId: string;
  /** The CustomNotificationType's Id and DeveloperName. */
  typeId: string;
  typeName: string;
  /** The users it went to, each once. */
  recipientIds: string[];
  title: string;
  body: string;
  /** The record the notification opens, or null when it opens a page reference. */
  targetId: string | null;
  targetPageRef: string | null;
}

/** The org's sent notifications, in memory (a database file does not keep them). */
export class NotificationOutbox {
  private sent: SentNotification[] = [];
  private nextId = 1;

  send(notification: Omit<SentNotification, 'id'>): SentNotification {
    const stored: SentNotification = structuredClone({ ...notification, id: this.nextId++ });
    this.sent.push(stored);
    return structuredClone(stored);
  }

  /** Everything sent since the org started (or the last reset), oldest first; copies. */
  messages(): SentNotification[] {
    return structuredClone(this.sent);
  }

  /** Sent since `since` (ISO instant): the hourly allocation counts these. */
  sentSince(since: string): number {
    return this.sent.filter((n) => n.sentAt >= since).length;
  }

  reset(): void {
    this.sent = [];
  }
}
