import { randomBytes } from 'node:crypto';
import { ORG_ID } from './store.ts';

/**
 * The org's sessions: each bearer token belongs to one user, so a record written through a token
 * carries that user in CreatedById / LastModifiedById (an integration user's writes can be told
 * from a rep's). The org's own token belongs to the admin user.
 */
export class Sessions {
  private readonly users = new Map<string, string>();

  constructor(token: string, adminUserId: string) {
    this.users.set(token, adminUserId);
  }

  /** A new access token for a user (as a login would give). */
  issue(userId: string): string {
    const token = `${ORG_ID.slice(0, 15)}!${randomBytes(24).toString('base64url')}`;
    this.users.set(token, userId);
    return token;
  }

  /** Expires one token (its session ends, as when a session times out): it is refused from now on. */
  expire(token: string): void {
    this.users.delete(token);
  }

  /** The user a token belongs to, or undefined when it is unknown or expired. */
  userFor(token: string | null): string | undefined {
    return token === null ? undefined : this.users.get(token);
  }
}
