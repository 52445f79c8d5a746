import { createHmac } from 'node:crypto';
import type { CaseVerification, Label } from '../types.js';

/**
 * A code is valid this long; when it lapses unused the requester gets a fresh one, so until the due
 * date there is always a live code, and the one before a denial was live within the last two weeks.
 */
export const TOKEN_TTL_DAYS = 14;
/** A requester who answers a lapsed code gets a fresh one at once, but at most this often. */
export const FRESH_CODE_MIN_HOURS = 20;
/** No fresh round when the due date is this close: the code would die before anyone could use it. */
export const MIN_CODE_LIFE_HOURS = 24;
/** Wrong tokens before only the team can verify: guessing a 40-bit code five times is hopeless. */
export const MAX_FAILED_ATTEMPTS = 5;

const DAY_MS = 86_400_000;
// No 0/O, 1/I/L: a person can copy the code by hand without ambiguity.
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

function hmacText(secret: string, input: string, length: number): string {
  const bytes = createHmac('sha256', secret).update(input).digest();
  let out = '';
  for (let index = 0; index < length; index++) out += ALPHABET[(bytes[index] ?? 0) % ALPHABET.length];
  return out;
}

/**
 * The one-time token of verification round `round`: an HMAC of the case id with the bot secret,
 * so it is unguessable without the secret and needs no random source or stored copy.
 */
export function verificationToken(secret: string, caseId: string, round: number): string {
  return `PIV-${hmacText(secret, `verify-token:${caseId}:${round}`, 24)}`;
}

/** The short code of the same round, for people who type rather than reply with the token intact. */
export function verificationCode(secret: string, caseId: string, round: number): string {
  const code = hmacText(secret, `verify-code:${caseId}:${round}`, 8);
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/** When a token sent at `sentAt` stops working: TTL days later, never after the case's due date. */
export function tokenExpiry(sentAt: string, dueAt: string | null): string {
  const expiry = new Date(Date.parse(sentAt) + TOKEN_TTL_DAYS * DAY_MS).toISOString();
  return dueAt && dueAt < expiry ? dueAt : expiry;
}

export type TokenCheck =
  | { kind: 'valid'; round: number; method: 'token' | 'code' }
  | { kind: 'expired'; round: number }
  | { kind: 'wrong' }
  | { kind: 'absent' };

const TOKEN_LIKE = /\bPIV-[A-Z0-9]{6,}\b/i;
// Case-sensitive and with the dash, so ordinary words ("REQUESTS", "that when") never look like a guess.
const CODE_LIKE = new RegExp(`(?<![A-Za-z0-9-])[${ALPHABET}]{4}-[${ALPHABET}]{4}(?![A-Za-z0-9-])`);

function containsCode(text: string, code: string): boolean {
  const [left, right] = code.split('-');
  return new RegExp(`(?<![A-Z0-9])${left}[-\\s]?${right}(?![A-Z0-9])`).test(text.toUpperCase());
}

/**
 * Checks a requester's reply for the token (anywhere, quoted text included: replying with our message
 * intact proves the mailbox received it) or the short code. Only the current round, before it expires,
 * counts; an older round's token is reported as expired so the requester can be helped.
 */
export function checkVerificationReply(fullText: string, newText: string, secret: string, caseId: string, verification: Pick<CaseVerification, 'round' | 'expiresAt'>, now: string): TokenCheck {
  for (let round = verification.round; round >= 1; round--) {
    const token = verificationToken(secret, caseId, round);
    const method = fullText.includes(token) ? 'token' : containsCode(fullText, verificationCode(secret, caseId, round)) ? 'code' : null;
    if (!method) continue;
    const live = round === verification.round && verification.expiresAt !== null && now < verification.expiresAt;
    return live ? { kind: 'valid', round, method } : { kind: 'expired', round };
  }
  // Only what the sender wrote now can be a wrong attempt: a quoted old mail is not a guess.
  if (TOKEN_LIKE.test(newText) || CODE_LIKE.test(newText)) return { kind: 'wrong' };
  return { kind: 'absent' };
}

/**
 * Rights that need identity verification before anything is disclosed, deleted or changed. A report
 * that a child's data was collected is never held for the reporter's identity (COPPA 16 CFR 312.6:
 * a parent's instruction to stop or delete needs no more than light checks, and the operator must act
 * on what it learned whoever tells it); the team checks parenthood only before showing a parent the
 * child's data (312.6(a)(3)).
 */
export function needsVerification(labels: readonly Label[]): boolean {
  if (labels.includes('child_data')) return false;
  return labels.includes('disclosure') || labels.includes('deletion') || labels.includes('correction');
}
