import type { CaseEvent, CaseRecord, DbData, Disposition, InboundMail, Label, MessageRecord, StoreChange, Verdict } from '../types.js';
import { localYear, nextCaseId } from './case-id.js';
import { clockForNewCase, initialDueAt, type Regime } from './deadlines.js';
import { findDuplicateCase, looksLikeTeamCommand, planFollowUp, planNewCase, planOtherNotice, planTeamMessage, type LifecycleContext } from './lifecycle.js';
import { findCaseForMail } from './thread.js';

/** Settings intake may run without (unit tests, cases before the lifecycle existed). */
type OptionalLifecycleSettings = 'teamAddresses' | 'dataPoints' | 'trustedAuthservId';

export interface IntakeContext extends Omit<LifecycleContext, OptionalLifecycleSettings>, Partial<Pick<LifecycleContext, OptionalLifecycleSettings>> {
  source: string;
  sourceId: string;
  /** When the mailbox received it (IMAP INTERNALDATE, Maildir delivery time), if known. */
  arrivedAt: string | null;
  blob: string | null;
  fromHash: string | null;
  /** DEFAULT_REGIME and PROMISED_RESPONSE_DAYS: with them the case gets its full legal clock at intake (src/core/deadlines). */
  deadlines?: { defaultRegimes: Regime[]; promisedResponseDays: number | null };
}

export type IntakeOutcome = 'new_case' | 'follow_up' | 'team_command' | 'ignored';

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


function isPrivacyRequest(labels: readonly Label[]): boolean {
  return labels.some((label) => label !== 'other');
}

function lifecycleContext(context: IntakeContext): LifecycleContext {
  return {
    now: context.now,
    timeZone: context.timeZone,
    secret: context.secret,
    domain: context.domain,
    orgName: context.orgName,
    privacyAddress: context.privacyAddress,
    maxRepliesPerSenderPerDay: context.maxRepliesPerSenderPerDay,
    teamAddresses: context.teamAddresses ?? [],
    dataPoints: context.dataPoints ?? [],
    trustedAuthservId: context.trustedAuthservId ?? null,
  };
}

/**
 * Decides what one new inbound message does to the store: a team command, a message that continues a
 * case (or repeats an open request), a new case with its acknowledgement and next steps, or a message
 * recorded as ignored with the reason. Pure: the caller applies the changes.
 */
export function planIntake(mail: InboundMail, verdict: Verdict, db: DbData, context: IntakeContext): IntakePlan {
  const ctx = lifecycleContext(context);

  if (verdict.automated) {
    const existing = findCaseForMail(mail, db);
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

  if (looksLikeTeamCommand(mail, ctx)) {
    const team = planTeamMessage(mail, db, ctx);
    // The errors quote the team's own lines (they go back to the team and into the case log); the
    // message record and the logs get only a count, as they never hold message text.
    const reason = team.accepted ? null : team.authenticated ? `team commands not applied: ${team.errorCount} error(s)` : `not an accepted team command: ${team.reason ?? 'unknown'}`;
    const status = team.authenticated ? 'case' : 'ignored';
    return {
      outcome: team.authenticated ? 'team_command' : 'ignored',
      caseId: team.caseId,
      disposition: team.authenticated ? 'processed' : 'ignored',
      reason,
      changes: [{ type: 'putMessage', record: messageRecord(mail, verdict, context, status, reason, team.caseId) }, ...team.changes],
    };
  }

  const existing = findCaseForMail(mail, db);
  if (existing) {
    return {
      outcome: 'follow_up',
      caseId: existing.id,
      disposition: 'processed',
      reason: null,
      changes: [{ type: 'putMessage', record: messageRecord(mail, verdict, context, 'case', null, existing.id) }, ...planFollowUp(mail, verdict, existing, db, ctx, { duplicate: false })],
    };
  }

  if (!isPrivacyRequest(verdict.labels)) {
    const reason = 'not a privacy request (other)';
    return {
      outcome: 'ignored',
      caseId: null,
      disposition: 'ignored',
      reason,
      changes: [{ type: 'putMessage', record: messageRecord(mail, verdict, context, 'ignored', reason, null) }, ...planOtherNotice(mail, db, ctx)],
    };
  }

  const duplicate = findDuplicateCase(mail, verdict, db);
  if (duplicate) {
    return {
      outcome: 'follow_up',
      caseId: duplicate.id,
      disposition: 'processed',
      reason: null,
      changes: [{ type: 'putMessage', record: messageRecord(mail, verdict, context, 'case', null, duplicate.id) }, ...planFollowUp(mail, verdict, duplicate, db, ctx, { duplicate: true })],
    };
  }

  const receivedAt = receiptTime(context);
  const { caseId, counter, value } = nextCaseId(db, localYear(context.now, context.timeZone));
  const caseLabels = verdict.labels.filter((label) => label !== 'other');
  // The acknowledgement names this date: earliest applicable regime, capped by the published promise.
  const clocked = context.deadlines
    ? clockForNewCase({ caseId, receivedAt, labels: caseLabels, text: `${mail.subject}\n${mail.newText || mail.text}`, requesterAddress: mail.from.address, timeZone: context.timeZone, now: context.now, ...context.deadlines })
    : null;
  const record: CaseRecord = {
    id: caseId,
    requester: mail.from,
    subject: mail.subject,
    labels: verdict.labels.filter((label) => label !== 'other'),
    primary: verdict.primary === 'other' ? (verdict.labels.find((label) => label !== 'other') ?? 'other') : verdict.primary,
    language: verdict.language,
    state: 'received',
    receivedAt,
    dueAt: clocked?.clock.firstDueAt ?? initialDueAt(receivedAt),
    ...(clocked ? { clock: clocked.clock } : {}),
    messageKeys: [mail.key],
    threadIds: mail.messageId ? [mail.messageId] : [],
    events: [
      event(caseId, 'received', context.now, 'received', 'requester', { messageKey: mail.key }),
      event(caseId, 'classified', context.now, 'classified', 'bot', { labels: verdict.labels, primary: verdict.primary, confidence: verdict.confidence, classifiedBy: verdict.classifiedBy, agent: verdict.agent, ...(verdict.disputed ? { disputed: true } : {}) }),
      ...(clocked ? [clocked.event] : []),
    ],
    flags: [],
  };
  return {
    outcome: 'new_case',
    caseId,
    disposition: 'processed',
    reason: null,
    changes: [{ type: 'raiseCounter', name: counter, value }, { type: 'putMessage', record: messageRecord(mail, verdict, context, 'case', null, caseId) }, ...planNewCase(record, mail, verdict, db, ctx)],
  };
}
