import { createHash, createHmac } from 'node:crypto';
import type { Address, DbData, OutboxItem } from '../types.js';
import { localDay } from './case-id.js';
import { liveItemsTo, usableIndex, type IntakeIndex } from './intake-index.js';

/** The pseudonym of an address in outbox items and message records (the same as log.ts hashAddress). */
export function addressHash(address: string): string {
  return createHash('sha256').update(address.trim().toLowerCase()).digest('hex').slice(0, 16);
}

/** Token only the bot can make: lets replies prove they answer a message we really sent. */
export function messageToken(secret: string, key: string): string {
  return createHmac('sha256', secret).update(key).digest('hex').slice(0, 20);
}

/**
 * A deterministic Message-ID (RFC 5322 3.6.4): the same outbox key always yields the same id, so a
 * resend after a crash is recognisably the same message, and the id carries the HMAC token.
 */
export function outgoingMessageId(key: string, secret: string, domain: string): string {
  const readable = key.toLowerCase().replace(/[^a-z0-9.-]+/g, '.');
  return `pi.${readable}.${messageToken(secret, key)}@${domain}`;
}

/** True when `messageId` is the id the bot made for outbox `key`: forging it needs the secret. */
export function isOwnMessageId(messageId: string, key: string, secret: string, domain: string): boolean {
  return outgoingMessageId(key, secret, domain) === messageId;
}

export interface ReplyPlan {
  caseId: string | null;
  templateId: string;
  step: string;
  to: Address;
  inReplyTo: string | null;
  references: string[];
  subject: string;
  vars: Record<string, unknown>;
}

export interface OutboxContext {
  now: string;
  secret: string;
  domain: string;
  toHash: string;
  timeZone: string;
  maxRepliesPerSenderPerDay: number;
  /** The pass's index of the working set: the count below without a scan (src/core/intake-index.ts). */
  index?: IntakeIndex;
}

export function outboxKey(plan: Pick<ReplyPlan, 'caseId' | 'templateId' | 'step'>): string {
  return `${plan.caseId ?? 'none'}:${plan.templateId}:${plan.step}`;
}

/** Replies already queued today (company time zone) to one address: the loop breaker of last resort. */
export function repliesToday(db: DbData, toHash: string, now: string, timeZone: string, index?: IntakeIndex): number {
  const today = localDay(now, timeZone);
  const indexed = usableIndex(index, timeZone);
  if (indexed) return liveItemsTo(indexed, db, toHash).filter(({ day }) => day === today).length;
  return Object.values(db.outbox).filter((item) => item.toHash === toHash && item.state !== 'suppressed' && localDay(item.createdAt, timeZone) === today).length;
}

export function buildOutboxItem(plan: ReplyPlan, db: DbData, context: OutboxContext): OutboxItem {
  const key = outboxKey(plan);
  // Team mail passes no cap (MAX_SAFE_INTEGER): no count can reach it, so none is taken.
  const overCap = context.maxRepliesPerSenderPerDay < Number.MAX_SAFE_INTEGER && repliesToday(db, context.toHash, context.now, context.timeZone, context.index) >= context.maxRepliesPerSenderPerDay;
  return {
    key,
    messageId: outgoingMessageId(key, context.secret, context.domain),
    caseId: plan.caseId,
    templateId: plan.templateId,
    to: [plan.to],
    toHash: context.toHash,
    vars: plan.vars,
    inReplyTo: plan.inReplyTo,
    references: plan.references,
    subject: plan.subject,
    state: overCap ? 'suppressed' : 'pending',
    createdAt: context.now,
    sentAt: null,
    attempts: 0,
    lastError: overCap ? `over MAX_REPLIES_PER_SENDER_PER_DAY (${context.maxRepliesPerSenderPerDay})` : null,
  };
}
