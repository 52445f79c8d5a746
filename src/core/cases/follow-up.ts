import type { CaseRecord, DbData, InboundMail, StoreChange, Verdict } from '../../types.js';
import { isTerminal } from '../case-machine.js';
import { checkVerificationReply, confirmsDeletion, MAX_FAILED_ATTEMPTS } from '../verification.js';
import { advance, sendVerification } from './advance.js';
import { addEvent, finish, startDraft, type LifecycleContext } from './draft.js';
import { escalate } from './escalate.js';

/**
 * A message that continues a case (thread reply, case id from the requester, or a duplicate request):
 * checks verification replies, and passes anything else to the team.
 */
export function planFollowUp(mail: InboundMail, verdict: Verdict, record: CaseRecord, db: DbData, ctx: LifecycleContext, options: { duplicate: boolean }): StoreChange[] {
  const d = startDraft(db, ctx, record, false);
  d.addMessageKeys.push(mail.key);
  if (mail.messageId) d.record.threadIds.push(mail.messageId);
  const sender = mail.from?.address ?? '';
  const lifecycle = d.lifecycle;
  const v = lifecycle.verification;
  const isTarget = v?.target?.address === sender;
  const isRequesterSide = sender === record.requester.address || isTarget;
  const by = sender === record.requester.address ? 'requester' : isTarget ? 'consumer' : sender;
  addEvent(d, options.duplicate ? 'duplicate_request' : 'message_received', by, { labels: verdict.labels, messageKey: mail.key });

  if (isTerminal(record.state)) {
    addEvent(d, 'message_after_close', by, { state: record.state });
    escalate(d, [`a message arrived after the case was ${record.state}; nothing was reopened`], mail, verdict);
    return finish(d);
  }
  if (!isRequesterSide) {
    if (record.state === 'awaiting_verification') addEvent(d, 'verification_rejected', 'bot', { reason: 'not from the address the token was sent to' });
    escalate(d, ['a message from an address other than the requester\'s joined the thread; nothing was done'], mail, verdict);
    return finish(d);
  }

  const reasons: string[] = [];
  let verificationActivity = false;
  if (record.state === 'awaiting_verification' && v && isTarget) {
    const check = checkVerificationReply(mail.text, mail.newText, ctx.secret, record.id, v, ctx.now);
    if (check.kind === 'valid') {
      verificationActivity = true;
      if (!v.mailboxVerifiedAt) {
        v.mailboxVerifiedAt = ctx.now;
        addEvent(d, 'verification_passed', by, { round: check.round, method: check.method });
        if (v.dataPoints.length > 0) reasons.push('mailbox verified: check the data points in the reply below');
      }
    } else if (check.kind === 'expired') {
      verificationActivity = true;
      addEvent(d, 'verification_failed', by, { reason: 'expired', round: check.round });
      if (v.round === 1 && !v.remindedAt) sendVerification(d, 2, true);
      else reasons.push('the requester replied with an expired code: verify another way ("verified") or wait for the due date');
    } else if (check.kind === 'wrong') {
      verificationActivity = true;
      v.failedAttempts += 1;
      addEvent(d, 'verification_failed', by, { reason: 'wrong code', attempts: v.failedAttempts });
      if (v.failedAttempts >= MAX_FAILED_ATTEMPTS) {
        v.locked = true;
        addEvent(d, 'verification_locked', 'bot', { attempts: v.failedAttempts });
        reasons.push('verification locked after too many wrong codes');
      }
    }
    const verifiedNow = check.kind === 'valid' || v.mailboxVerifiedAt !== null || v.teamVerifiedAt !== null;
    if (record.labels.includes('deletion') && !v.deletionConfirmedAt && verifiedNow && confirmsDeletion(mail.newText)) {
      verificationActivity = true;
      v.deletionConfirmedAt = ctx.now;
      addEvent(d, 'deletion_confirmed', by);
    }
    if (!verificationActivity) reasons.push('the requester wrote (no verification code in the reply)');
  } else {
    reasons.push(options.duplicate ? 'the same request arrived again and joined this case (no new clock)' : `the ${by === 'consumer' ? 'consumer' : 'requester'} wrote`);
  }
  advance(d, { by, escalate: true, reasons, mail, verdict });
  return finish(d);
}

/** An open case of the same person and kind: a second request joins it instead of starting a new clock. */
export function findDuplicateCase(mail: InboundMail, verdict: Verdict, db: DbData): CaseRecord | null {
  const sender = mail.from?.address;
  // An agent files requests for many people: two of them are not the same request.
  if (!sender || verdict.agent) return null;
  const kinds: readonly string[] = verdict.labels.filter((label) => label !== 'other');
  return (
    Object.values(db.cases)
      .filter((record) => record.requester.address === sender && !record.lifecycle?.agent && !isTerminal(record.state) && record.labels.some((label) => kinds.includes(label)))
      .sort((a, b) => a.receivedAt.localeCompare(b.receivedAt))[0] ?? null
  );
}

