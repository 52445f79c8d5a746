import type { InboundMail, Verdict } from '../../types.js';
import { deletionPending, deriveState, identityVerified, isTerminal } from '../case-machine.js';
import { verificationDueAt } from '../deadlines.js';
import { localDay } from '../case-id.js';
import { confirmationWord, localizeDataPoint, templateLanguage } from '../request-words.js';
import { tokenExpiry, verificationCode, verificationToken } from '../verification.js';
import { addEvent, onBehalfSubject, queueRequesterMail, setState, type Draft } from './draft.js';
import { caseWording, describeCaseRequests } from './words.js';
import { escalate } from './escalate.js';

export interface VerificationRound {
  /** A reminder after a code lapsed unused, or a fresh code for a requester who answered a lapsed one. */
  reminder: boolean;
  expiredReply?: boolean;
}

/** Sends the one-time code of a new round to the verification target, in the case's language. */
export function sendVerification(d: Draft, round: number, options: VerificationRound): void {
  const { record, lifecycle, ctx } = d;
  const v = lifecycle.verification;
  if (!v?.target) return;
  const { reminder, expiredReply = false } = options;
  v.round = round;
  v.sentAt = ctx.now;
  v.expiresAt = tokenExpiry(ctx.now, verificationDueAt(record));
  if (reminder) v.remindedAt = ctx.now;
  const onBehalf = lifecycle.agent !== null && v.target.address !== record.requester.address;
  const lang = templateLanguage(record.language);
  const item = queueRequesterMail(d, {
    templateId: 'verification',
    step: String(round),
    to: v.target,
    consumerThread: onBehalf,
    ...(onBehalf ? { subject: onBehalfSubject(record.id, lang) } : {}),
    vars: {
      reminder,
      reminderNumber: reminder ? round - 1 : 0,
      expiredReply,
      ...verificationVars(d, round),
      dueOn: verificationVars(d, round).verifyDueOn,
      onBehalf,
      agentAddress: onBehalf ? record.requester.address : '',
      requests: describeCaseRequests(record.labels, lang, caseWording(record)),
    },
  });
  addEvent(d, reminder ? 'verification_reminder_sent' : 'verification_requested', 'bot', { round, expiresAt: v.expiresAt, dataPoints: v.dataPoints.length > 0, outboxKey: item?.key ?? null, ...(expiredReply ? { expiredReply: true } : {}) });
}

/** The code, its expiry and what else the requester must send, shared by the acknowledgement and the verification mail. */
export function verificationVars(d: Draft, round: number): Record<string, unknown> {
  const { record, lifecycle, ctx } = d;
  const v = lifecycle.verification;
  const lang = templateLanguage(record.language);
  const dataPoints = (v?.dataPoints ?? []).map((point) => localizeDataPoint(point, lang));
  const dueAt = verificationDueAt(record);
  return {
    token: verificationToken(ctx.secret, record.id, round),
    code: verificationCode(ctx.secret, record.id, round),
    expiresOn: v?.expiresAt ? localDay(v.expiresAt, ctx.timeZone) : '',
    deletion: record.labels.includes('deletion'),
    confirmWord: confirmationWord(lang),
    dataPoints,
    hasDataPoints: dataPoints.length > 0,
    // The date an unverified request is closed: an opt-out's shorter clock in the same case does not count.
    verifyDueOn: dueAt ? localDay(dueAt, ctx.timeZone) : '',
  };
}

/** Asks for the explicit deletion confirmation; `step` > 1 is a reminder of the same question. */
export function requestDeletionConfirmation(d: Draft, step = 1): void {
  const v = d.lifecycle.verification;
  if (!v) return;
  v.deletionConfirmationRequestedAt = d.ctx.now;
  const to = v.target ?? d.record.requester;
  queueRequesterMail(d, { templateId: 'confirm-deletion', step: String(step), to, consumerThread: d.lifecycle.agent !== null && to.address !== d.record.requester.address, vars: { confirmWord: confirmationWord(templateLanguage(d.record.language)) } });
  addEvent(d, 'deletion_confirmation_requested', 'bot', { step });
}

export interface AdvanceOptions {
  by: string;
  escalate: boolean;
  reasons?: string[];
  mail?: InboundMail | null;
  verdict?: Verdict | null;
}

/**
 * Moves an open case to the state its facts call for, sends what that state needs (the verification
 * token, a deletion confirmation request) and tells the team when it becomes their move.
 */
export function advance(d: Draft, options: AdvanceOptions): void {
  const { record, lifecycle } = d;
  if (isTerminal(record.state)) return;
  const target = deriveState(record);
  const v = lifecycle.verification;
  if (target === 'awaiting_verification' && v) {
    if (v.round === 0) sendVerification(d, 1, { reminder: false });
    else if (identityVerified(lifecycle) && deletionPending(record) && !v.deletionConfirmationRequestedAt) requestDeletionConfirmation(d);
  }
  const changed = setState(d, target, options.by);
  const reasons = [...(options.reasons ?? [])];
  if (changed && target === 'verified') reasons.push('identity verified: fulfil the request, then reply "done"');
  else if (changed && target === 'awaiting_team' && reasons.length === 0) reasons.push('needs the team');
  if (options.escalate && reasons.length > 0) escalate(d, reasons, options.mail, options.verdict);
}

