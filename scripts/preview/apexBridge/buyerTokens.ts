import { createHash, randomBytes } from 'node:crypto';
import { TOKEN_PATTERN } from '../../../force-app/main/default/lwc/buyerRoomContract/buyerRoomContract.ts';

/**
 * Buyer link tokens, as BuyerRoomTokens.cls makes them: 256 random bits, base64url without padding
 * (43 characters); only their SHA-256 (lowercase hex) is ever stored.
 */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/**
 * The link's calendar key, the only thing the calendar feed's URL carries: derived from the token
 * (base64url of SHA-256 of the token and ':calendar', 43 characters), it reads the shared dates but
 * cannot open the buyer room or act. The share stores its hash (Calendar_Key_Hash__c).
 */
export function calendarKey(token: string): string {
  return createHash('sha256').update(`${token}:calendar`, 'utf8').digest('base64url');
}

export function isWellFormedToken(token: unknown): token is string {
  return typeof token === 'string' && TOKEN_PATTERN.test(token);
}
