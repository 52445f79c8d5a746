import type { CaseEvent, CaseRecord, DbData, Disposition, InboundMail, Label, MessageRecord, StoreChange, Verdict } from '../types.js';
import { localYear, nextCaseId } from './case-id.js';
import { initialDueAt } from './deadlines.js';
import { buildOutboxItem, type OutboxContext } from './outbox.js';
import { describeRequests } from './request-words.js';
import { findCaseForMail } from './thread.js';

export interface IntakeContext {
  now: string;
  timeZone: string;
  secret: string;
  /** Domain of PRIVACY_ADDRESS: our Message-IDs live there. */
  domain: string;
  orgName: string;
  privacyAddress: string;
  maxRepliesPerSenderPerDay: number;
  source: string;
  sourceId: string;
  /** When the mailbox received it (IMAP INTERNALDATE, Maildir delivery time), if known. */
  arrivedAt: string | null;
  blob: string | null;
  fromHash: string | null;
}

export type IntakeOutcome = 'new_case' | 'follow_up' | 'ignored';

export interface IntakePlan {
  outcome: IntakeOutcome;
  caseId: string | null;
  disposition: Disposition;
  reason: string | null;
  changes: StoreChange[];
}

/** The legal clock starts at receipt (11 CCR 7021(b); GDPR Art. 12(3)): never later than the mailbox saw it. */
function receiptTime(context: IntakeContext): string {
  if (context.arrivedAt && context.arrivedAt < context.now) return context.arrivedAt;
  return context.now;
}

function messageRecord(mail: InboundMail, verdict: Verdict | null, context: IntakeContext, status: MessageRecord['status'], reason: string | null, caseId: string | null): MessageRecord {
  return {
    key: mail.key,
    messageId: mail.messageId,
    receivedAt: receiptTime(context),
    source: context.source,
    sourceId: context.sourceId,
    status,
    reason,
    caseId,
    fromHash: context.fromHash,
    attachments: mail.attachments,
    sizeBytes: mail.sizeBytes,
    verdict,
    blob: context.blob,
    attempts: 0,
  };
}

function event(caseId: string, suffix: string, at: string, type: string, by: string, data?: Record<string, unknown>): CaseEvent {
  return { id: `${caseId}:${suffix}`, at, type, by, ...(data ? { data } : {}) };
}

function replySubject(subject: string, caseId: string): string {
  const base = subject.trim() || 'Your privacy request';
  const withRe = /^(re|aw|sv|antw|r|rif|res)\s*:/i.test(base) ? base : `Re: ${base}`;
  return withRe.includes(caseId) ? withRe : `${withRe} [${caseId}]`;
}

function isPrivacyRequest(labels: readonly Label[]): boolean {
  return labels.some((label) => label !== 'other');
}

/**
 * Decides what one new inbound message does to the store: join a case, open one (and queue its
 * acknowledgement), or be recorded as ignored with the reason. Pure: the caller applies the changes.
 */
export function planIntake(mail: InboundMail, verdict: Verdict, db: DbData, context: IntakeContext): IntakePlan {
  const existing = findCaseForMail(mail, db);

  if (verdict.automated) {
    const reason = `automated (${verdict.automated.kind}): ${verdict.automated.reason}`;
    const changes: StoreChange[] = [{ type: 'putMessage', record: messageRecord(mail, verdict, context, 'ignored', reason, existing?.id ?? null) }];
    if (existing) {
      changes.push({ type: 'updateCase', caseId: existing.id, addMessageKeys: [mail.key], events: [event(existing.id, `automated:${mail.key}`, context.now, 'automated_mail_ignored', 'bot', { kind: verdict.automated.kind })] });
    }
    return { outcome: 'ignored', caseId: existing?.id ?? null, disposition: 'ignored', reason, changes };
  }

  if (!mail.from) {
    const reason = 'no usable From address to answer';
    return { outcome: 'ignored', caseId: null, disposition: 'ignored', reason, changes: [{ type: 'putMessage', record: messageRecord(mail, verdict, context, 'ignored', reason, null) }] };
  }

  if (existing) {
    const changes: StoreChange[] = [
      { type: 'putMessage', record: messageRecord(mail, verdict, context, 'case', null, existing.id) },
      {
        type: 'updateCase',
        caseId: existing.id,
        addMessageKeys: [mail.key],
        addThreadIds: mail.messageId ? [mail.messageId] : [],
        events: [event(existing.id, `message:${mail.key}`, context.now, 'message_received', mail.from.address === existing.requester.address ? 'requester' : mail.from.address, { labels: verdict.labels })],
      },
    ];
    return { outcome: 'follow_up', caseId: existing.id, disposition: 'processed', reason: null, changes };
  }

  if (!isPrivacyRequest(verdict.labels)) {
    const reason = 'not a privacy request (other)';
    return { outcome: 'ignored', caseId: null, disposition: 'ignored', reason, changes: [{ type: 'putMessage', record: messageRecord(mail, verdict, context, 'ignored', reason, null) }] };
  }

  const receivedAt = receiptTime(context);
  const { caseId, counter, value } = nextCaseId(db, localYear(context.now, context.timeZone));
  const dueAt = initialDueAt(receivedAt);
  const record: CaseRecord = {
    id: caseId,
    requester: mail.from,
    subject: mail.subject,
    labels: verdict.labels,
    primary: verdict.primary,
    language: verdict.language,
    state: 'received',
    receivedAt,
    dueAt,
    messageKeys: [mail.key],
    threadIds: mail.messageId ? [mail.messageId] : [],
    events: [
      event(caseId, 'received', context.now, 'received', 'requester', { messageKey: mail.key }),
      event(caseId, 'classified', context.now, 'classified', 'bot', { labels: verdict.labels, primary: verdict.primary, confidence: verdict.confidence, classifiedBy: verdict.classifiedBy }),
    ],
    flags: [],
  };
  const outboxContext: OutboxContext = {
    now: context.now,
    secret: context.secret,
    domain: context.domain,
    toHash: context.fromHash ?? '',
    timeZone: context.timeZone,
    maxRepliesPerSenderPerDay: context.maxRepliesPerSenderPerDay,
  };
  const ack = buildOutboxItem(
    {
      caseId,
      templateId: 'acknowledgement',
      step: '1',
      to: mail.from,
      inReplyTo: mail.messageId,
      references: [...mail.references, ...(mail.messageId ? [mail.messageId] : [])].slice(-20),
      subject: replySubject(mail.subject, caseId),
      vars: {
        caseId,
        orgName: context.orgName,
        privacyAddress: context.privacyAddress,
        requesterName: mail.from.name,
        requests: describeRequests(verdict.labels),
        receivedOn: receivedAt.slice(0, 10),
        dueOn: dueAt.slice(0, 10),
      },
    },
    db,
    outboxContext,
  );
  record.threadIds.push(ack.messageId);
  record.events.push(
    ack.state === 'suppressed'
      ? event(caseId, 'ack', context.now, 'reply_suppressed', 'bot', { templateId: 'acknowledgement', reason: ack.lastError })
      : event(caseId, 'ack', context.now, 'reply_queued', 'bot', { templateId: 'acknowledgement', outboxKey: ack.key }),
  );
  return {
    outcome: 'new_case',
    caseId,
    disposition: 'processed',
    reason: null,
    changes: [
      { type: 'raiseCounter', name: counter, value },
      { type: 'createCase', record },
      { type: 'putMessage', record: messageRecord(mail, verdict, context, 'case', null, caseId) },
      { type: 'enqueue', item: ack },
    ],
  };
}
