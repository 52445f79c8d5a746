import type { CaseRecord, CaseVerification, DbData, InboundMail, Label, StoreChange, Verdict } from '../../types.js';
import { localDay } from '../case-id.js';
import { CONSENT_WITHDRAWN, isTerminal, newVerification, RESTRICTION_ASKED } from '../case-machine.js';
import { optOutFlagOf, optOutReason } from './opt-out-kind.js';
import { dataPointsFor } from '../data-points.js';
import { describeForTeam } from '../request-words.js';
import { caseWording } from './words.js';
import { verificationDueAt } from '../deadlines.js';
import { explainDeletionConfirmation } from '../deletion-confirmation.js';
import { checkVerificationReply, FRESH_CODE_MIN_HOURS, MAX_FAILED_ATTEMPTS, MIN_CODE_LIFE_HOURS, needsVerification } from '../verification.js';
import { advance, sendVerification } from './advance.js';
import { addEvent, finish, startDraft, type Draft, type LifecycleContext } from './draft.js';
import { escalate } from './escalate.js';
import { casesOfAddress, type IntakeIndex } from '../intake-index.js';

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
  if (record.state === 'awaiting_verification' && v && isTarget) reasons.push(...checkVerificationFollowUp(d, mail, by));
  else reasons.push(options.duplicate ? 'the same request arrived again and joined this case (no new clock)' : `the ${by === 'consumer' ? 'consumer' : 'requester'} wrote`);
  reasons.push(...addAskedRights(d, verdict, by, mail));
  advance(d, { by, escalate: true, reasons, mail, verdict });
  return finish(d);
}

/** An open case of the same person and kind: a second request joins it instead of starting a new clock. */
export function findDuplicateCase(mail: InboundMail, verdict: Verdict, db: DbData, index?: IntakeIndex): CaseRecord | null {
  const sender = mail.from?.address;
  // An agent files requests for many people: two of them are not the same request.
  if (!sender || verdict.agent) return null;
  const kinds: readonly string[] = verdict.labels.filter((label) => label !== 'other');
  return (
    (index ? casesOfAddress(index, db, sender) : Object.values(db.cases))
      .filter((record) => record.requester.address === sender && !record.lifecycle?.agent && !isTerminal(record.state) && record.labels.some((label) => kinds.includes(label)))
      .sort((a, b) => a.receivedAt.localeCompare(b.receivedAt))[0] ?? null
  );
}


const HOUR_MS = 3_600_000;
/** Rights a requester can add to an open case in a later message ("don't delete yet, I need a copy first"). */
const ADDABLE: readonly Label[] = ['opt_out', 'disclosure', 'deletion', 'correction'];
/** How sure the classifier must be before a later message adds a right to the case. */
const ADD_RIGHT_CONFIDENCE = 0.6;

/**
 * A later message from the requester that clearly asks for another right adds it to the case, so
 * every mail from then on describes what was really asked; identity is asked for if it now must be.
 * The case keeps its clock: the earliest deadline already covers the added right.
 */
function addAskedRights(d: Draft, verdict: Verdict, by: string, mail: InboundMail): string[] {
  const { record, lifecycle, ctx } = d;
  if (by !== 'requester' || lifecycle.agent || verdict.automated || verdict.confidence < ADD_RIGHT_CONFIDENCE) return [];
  const added = verdict.labels.filter((label) => ADDABLE.includes(label) && !record.labels.includes(label));
  if (added.length === 0 || record.labels.includes('child_data')) return [];
  record.labels = [...record.labels, ...added];
  addEvent(d, 'rights_added', by, { labels: added });
  const text = ctx.requestTexts?.[record.id]?.text ?? record.subject;
  if (needsVerification(record.labels) && !lifecycle.verification) {
    lifecycle.verification = newVerification(record.requester, dataPointsFor({ labels: record.labels, text, orgName: ctx.orgName, configured: ctx.dataPoints }));
  } else if (lifecycle.verification && !lifecycle.verification.mailboxVerifiedAt && lifecycle.verification.dataPoints.length === 0 && added.includes('disclosure')) {
    lifecycle.verification.dataPoints = dataPointsFor({ labels: record.labels, text: `${text}\n${verdict.evidence.map((item) => item.phrase).join('\n')}`, orgName: ctx.orgName, configured: ctx.dataPoints });
  }
  // An opt-out added later is worded by the mail that added it, unless the case already has a kind.
  const optOutFlag = added.includes('opt_out') ? optOutFlagOf(mail) : null;
  if (optOutFlag && !record.flags.includes(CONSENT_WITHDRAWN) && !record.flags.includes(RESTRICTION_ASKED)) record.flags.push(optOutFlag);
  const reasons = [`the requester also asked for: ${added.map((label) => describeForTeam(label, caseWording(record))).join('; ')} (added to the case; answer it with the rest)`];
  if (added.includes('opt_out')) reasons.push(optOutReason(record.flags));
  return reasons;
}
/** Replies that say nothing about the deletion either way: the bot simply asks for the confirmation. */
const UNRELATED_TO_DELETION: ReadonlySet<string> = new Set(['nothing written above the quoted text', 'no confirmation', 'a yes that says more than yes', 'a bare yes to a mail that asked more than one thing']);

/**
 * A requester who answers after their code lapsed is never left in silence: any reply from the
 * verification address gets a fresh code at once, at most one per FRESH_CODE_MIN_HOURS, and never
 * one that would die before it could be used.
 */
function offerFreshCode(d: Draft): boolean {
  const { ctx } = d;
  const v = d.lifecycle.verification;
  if (!v || v.locked) return false;
  const now = Date.parse(ctx.now);
  // The limit counts codes sent in answer to a reply: a scheduled reminder the requester may not have
  // seen yet does not stop one, and a requester who keeps answering old mail gets one a day.
  const lastOnReply = d.record.events.filter((event) => event.type === 'verification_reminder_sent' && event.data?.expiredReply === true).at(-1);
  if (lastOnReply && now - Date.parse(lastOnReply.at) < FRESH_CODE_MIN_HOURS * HOUR_MS) return false;
  const dueAt = verificationDueAt(d.record);
  if (dueAt && Date.parse(dueAt) - now < MIN_CODE_LIFE_HOURS * HOUR_MS) return false;
  sendVerification(d, v.round + 1, { reminder: true, expiredReply: true });
  return true;
}

/** What is left of a reply once the code, the reference and the quoted history are taken out. */
function ownText(mail: InboundMail): string {
  return mail.newText.replace(/\bPIV-[A-Z0-9]+\b/gi, '').replace(/\b[A-Z2-9]{4}[-\s]?[A-Z2-9]{4}\b/g, '').trim();
}

/** A requester's reply while we wait for their code (and, for a deletion, their confirmation). */
function checkVerificationFollowUp(d: Draft, mail: InboundMail, by: string): string[] {
  const { record, ctx } = d;
  const v = d.lifecycle.verification as CaseVerification;
  const reasons: string[] = [];
  let verificationActivity = false;
  const check = checkVerificationReply(mail.text, mail.newText, ctx.secret, record.id, v, ctx.now);
  const currentLapsed = v.expiresAt !== null && v.expiresAt <= ctx.now;
  if (check.kind === 'valid') {
    verificationActivity = true;
    if (!v.mailboxVerifiedAt) {
      v.mailboxVerifiedAt = ctx.now;
      addEvent(d, 'verification_passed', by, { round: check.round, method: check.method });
      if (v.dataPoints.length > 0) {
        reasons.push(ownText(mail).length > 2
          ? `mailbox verified: check the data points (${v.dataPoints.join(', ')}) the requester gave in the reply below against your records`
          : `mailbox verified, but the reply gives none of the data points we asked for (${v.dataPoints.join(', ')}): ask for them with "reply <text>", or verify another way and reply "verified"`);
      }
    }
  } else if (check.kind === 'expired' || (check.kind === 'absent' && currentLapsed && !v.mailboxVerifiedAt)) {
    verificationActivity = true;
    if (check.kind === 'expired') addEvent(d, 'verification_failed', by, { reason: 'expired', round: check.round });
    if (!offerFreshCode(d)) reasons.push(`the requester answered a lapsed code; a fresh code already went out on ${v.sentAt ? localDay(v.sentAt, ctx.timeZone) : 'a recent day'} in answer to a reply (or the due date is too close for one): verify another way ("verified") if you can`);
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
  const alreadyAsked = v.deletionConfirmationRequestedAt !== null;
  if (record.labels.includes('deletion') && !v.deletionConfirmedAt && verifiedNow) {
    const confirmation = explainDeletionConfirmation(mail.newText, { language: record.language, acceptBareYes: alreadyAsked });
    if (confirmation.confirmed) {
      verificationActivity = true;
      v.deletionConfirmedAt = ctx.now;
      addEvent(d, 'deletion_confirmed', by, { how: confirmation.reason });
    } else if (alreadyAsked ? ownText(mail).length > 2 : !UNRELATED_TO_DELETION.has(confirmation.reason)) {
      // A question, a hesitation or a "not yet" is for a person to answer, not for the bot to repeat its question.
      reasons.push(`the requester wrote about the deletion but did not confirm it (${confirmation.reason}): read the reply below and answer with "reply <text>"`);
    }
  }
  if (!verificationActivity && reasons.length === 0) reasons.push('the requester wrote (no verification code in the reply)');
  return reasons;
}
