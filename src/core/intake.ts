import type { CaseRecord, DbData, Disposition, InboundMail, Label, MessageRecord, StoreChange, Verdict } from '../types.js';
import { isTerminal } from './case-machine.js';
import { caseEvent, openCase } from './cases/open-case.js';
import { findDuplicateCase, looksLikeTeamCommand, planFollowUp, planOtherNotice, planTeamMessage, type LifecycleContext } from './lifecycle.js';
import { findCaseForMail } from './thread.js';
import { heldReason, LOOKS_AUTOMATED, NOT_A_REQUEST } from './cases/held-sender.js';
import { NO_REPLY_RELAY_REASON } from './automated.js';
import { automatedReason, readAsMachineByWording } from './cases/machine-set-aside.js';
import { parseCommands } from './commands.js';
import { planUnsureMachineInCase } from './cases/unsure-machine.js';
import { judgeFromDomain, trustedServerOf } from './auth-results.js';
import { casesOfAddress, messagesWithIds, type IntakeIndex } from './intake-index.js';

/** Settings intake may run without (unit tests, cases before the lifecycle existed). */
type OptionalLifecycleSettings = 'teamAddresses' | 'dataPoints' | 'trustedAuthservId';

export interface IntakeContext extends Omit<LifecycleContext, OptionalLifecycleSettings>, Partial<Pick<LifecycleContext, OptionalLifecycleSettings>> {
  source: string;
  sourceId: string;
  /** When the mailbox received it (IMAP INTERNALDATE, Maildir delivery time), if known. */
  arrivedAt: string | null;
  blob: string | null;
  fromHash: string | null;
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


export { NOT_A_REQUEST } from './cases/held-sender.js';

/**
 * A team member's commands in reply to the bot's own team mail, that the classifier took for machine
 * mail on its wording: the quoted summary of automatic replies, or a subject like "Re: … set aside as
 * automatic replies". Headers that declare machine mail (RFC 3834) still win; the team path then
 * checks authentication as for any team mail.
 */
function isTeamCommandInMachineWords(mail: InboundMail, verdict: Verdict, ctx: LifecycleContext): boolean {
  return readAsMachineByWording(verdict) && looksLikeTeamCommand(mail, ctx) && parseCommands(mail.newText).commands.length > 0;
}

/** Labels that ask for something: such mail opens a case and is acknowledged (eval counts machine mail read so). */
export function isPrivacyRequest(labels: readonly Label[]): boolean {
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
    maxNewAddressesPerDay: context.maxNewAddressesPerDay ?? null,
    teamAddresses: context.teamAddresses ?? [],
    dataPoints: context.dataPoints ?? [],
    trustedAuthservId: context.trustedAuthservId ?? null,
    ...(context.trustedAuthservHeaders !== undefined ? { trustedAuthservHeaders: context.trustedAuthservHeaders } : {}),
    ...(context.authResultsMode ? { authResultsMode: context.authResultsMode } : {}),
    ...(context.teamCommandMaxAgeMs !== undefined ? { teamCommandMaxAgeMs: context.teamCommandMaxAgeMs } : {}),
    ...(context.deadlines ? { deadlines: context.deadlines } : {}),
    ...(context.requestTexts ? { requestTexts: context.requestTexts } : {}),
    ...(context.rescuedMail ? { rescuedMail: context.rescuedMail } : {}),
    ...(context.index ? { index: context.index } : {}),
  };
}

/**
 * Decides what one new inbound message does to the store: a team command, a message that continues a
 * case (or repeats an open request), a new case with its acknowledgement and next steps, or a message
 * recorded as ignored with the reason. Pure: the caller applies the changes.
 */
export function planIntake(mail: InboundMail, verdict: Verdict, db: DbData, context: IntakeContext): IntakePlan {
  const ctx = lifecycleContext(context);

  if (verdict.automated && !isTeamCommandInMachineWords(mail, verdict, ctx)) {
    const existing = findCaseForMail(mail, db, context.index);
    // Never answered. When only the model thinks it machine-written and it asks for something, a
    // person may have written it: outside a case the team gets it and can `open` it; in a case's
    // thread the case's team is told (src/core/cases/unsure-machine.ts).
    const passOn = verdict.automated.unsure === true && !existing && mail.from !== null;
    const reason = passOn ? LOOKS_AUTOMATED : automatedReason(verdict.automated);
    const changes: StoreChange[] = [{ type: 'putMessage', record: messageRecord(mail, verdict, context, 'ignored', reason, existing?.id ?? null) }];
    if (existing && verdict.automated.unsure === true) changes.push(...planUnsureMachineInCase(mail, verdict, existing, db, ctx));
    else if (existing) {
      changes.push({ type: 'updateCase', caseId: existing.id, addMessageKeys: [mail.key], events: [caseEvent(existing.id, `automated:${mail.key}`, context.now, 'automated_mail_ignored', 'bot', { kind: verdict.automated.kind })] });
    }
    if (passOn) changes.push(...planOtherNotice(mail, db, ctx, receiptTime(context), { looksAutomated: true, relayedFromNoReply: verdict.automated.reason === NO_REPLY_RELAY_REASON, asked: verdict.labels, ...(verdict.automated.relayed ? { relayedWords: verdict.automated.reason } : {}) }));
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

  const existing = findCaseForMail(mail, db, context.index);
  if (existing) {
    return {
      outcome: 'follow_up',
      caseId: existing.id,
      disposition: 'processed',
      reason: null,
      changes: [{ type: 'putMessage', record: messageRecord(mail, verdict, context, 'case', null, existing.id) }, ...planFollowUp(mail, verdict, existing, db, ctx, { duplicate: false })],
    };
  }

  // A new mail (not a reply) from someone whose request is open, that asks nothing new ("forgot to
  // say, the new number is …", "here is my code"), belongs to that request, not to the team's pile.
  const ownOpenCase = isPrivacyRequest(verdict.labels) ? null : latestOpenCaseOf(mail, db, context.index);
  if (ownOpenCase) {
    return {
      outcome: 'follow_up',
      caseId: ownOpenCase.id,
      disposition: 'processed',
      reason: null,
      changes: [{ type: 'putMessage', record: messageRecord(mail, verdict, context, 'case', null, ownOpenCase.id) }, ...planFollowUp(mail, verdict, ownOpenCase, db, ctx, { duplicate: false })],
    };
  }

  if (!isPrivacyRequest(verdict.labels)) {
    const reason = NOT_A_REQUEST;
    return {
      outcome: 'ignored',
      caseId: null,
      disposition: 'ignored',
      reason,
      changes: [{ type: 'putMessage', record: messageRecord(mail, verdict, context, 'ignored', reason, null) }, ...planOtherNotice(mail, db, ctx, receiptTime(context), { overruled: verdict.overruled ?? [], ...(verdict.forAnotherAdult ? { forAnotherAdult: verdict.forAnotherAdult } : {}) })],
    };
  }

  const duplicate = findDuplicateCase(mail, verdict, db, context.index);
  if (duplicate) {
    return {
      outcome: 'follow_up',
      caseId: duplicate.id,
      disposition: 'processed',
      reason: null,
      changes: [{ type: 'putMessage', record: messageRecord(mail, verdict, context, 'case', null, duplicate.id) }, ...planFollowUp(mail, verdict, duplicate, db, ctx, { duplicate: true })],
    };
  }

  // A new case mails its sender at once. When our server says the From domain is forged, that would
  // be mail to a stranger: hold it for the team's daily summary instead (src/core/cases/held-sender.ts).
  const sender = judgeFromDomain(mail, trustedServerOf(ctx));
  if (sender.verdict === 'fail') {
    const reason = heldReason(sender.reason);
    return { outcome: 'ignored', caseId: null, disposition: 'ignored', reason, changes: [{ type: 'putMessage', record: messageRecord(mail, verdict, context, 'ignored', reason, null) }] };
  }

  // A request that answers the sender's own earlier mail we passed on as "not a privacy request"
  // (a chaser): the request started then, so its clock does too.
  const earlier = unansweredEarlierMail(mail, db, context.fromHash, context.index);
  const receivedAt = earlier?.receivedAt ?? receiptTime(context);
  const opened = openCase(
    {
      mail,
      verdict,
      receivedAt,
      messageKeys: earlier ? [earlier.key, mail.key] : [mail.key],
      threadIds: [...(earlier?.messageId ? [earlier.messageId] : []), ...(mail.messageId ? [mail.messageId] : [])],
      ...(earlier ? { events: [{ id: 'joined_earlier', at: context.now, type: 'earlier_message_joined', by: 'bot', data: { messageKey: earlier.key, receivedAt: earlier.receivedAt } }] } : {}),
    },
    db,
    ctx,
  );
  const changes: StoreChange[] = [{ type: 'putMessage', record: messageRecord(mail, verdict, context, 'case', null, opened.caseId) }];
  if (earlier) changes.push({ type: 'putMessage', record: { ...earlier, status: 'case', reason: null, caseId: opened.caseId } });
  return { outcome: 'new_case', caseId: opened.caseId, disposition: 'processed', reason: null, changes: [...changes, ...opened.changes] };
}

/** The sender's most recent open case of their own (an agent's cases are many people's, never joined this way). */
function latestOpenCaseOf(mail: InboundMail, db: DbData, index: IntakeIndex | undefined): CaseRecord | null {
  const sender = mail.from?.address;
  if (!sender) return null;
  let latest: CaseRecord | null = null;
  for (const record of index ? casesOfAddress(index, db, sender) : Object.values(db.cases)) {
    const own = record.requester.address === sender || record.lifecycle?.verification?.target?.address === sender;
    const agentsOwn = record.lifecycle?.agent != null && record.requester.address === sender;
    if (!own || agentsOwn || isTerminal(record.state)) continue;
    if (!latest || record.receivedAt > latest.receivedAt) latest = record;
  }
  return latest;
}

/** The sender's own earlier mail that this one replies to, recorded as not a privacy request and never made a case. */
function unansweredEarlierMail(mail: InboundMail, db: DbData, fromHash: string | null, index: IntakeIndex | undefined): MessageRecord | null {
  if (!fromHash) return null;
  const referenced = new Set([mail.inReplyTo, ...mail.references].filter((id): id is string => Boolean(id)));
  if (referenced.size === 0) return null;
  const candidates = (index ? messagesWithIds(index, db, referenced) : Object.values(db.messages)).filter((record) => record.messageId !== null && referenced.has(record.messageId) && record.fromHash === fromHash && record.status === 'ignored' && record.caseId === null && record.reason === NOT_A_REQUEST);
  return candidates.sort((a, b) => a.receivedAt.localeCompare(b.receivedAt))[0] ?? null;
}
