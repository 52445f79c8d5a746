import type { InboundMail, Verdict } from '../../types.js';
import { deletionPending, deriveState, identityVerified, isTerminal } from '../case-machine.js';
import { verificationDueAt } from '../deadlines.js';
import { describeRequests, templateLanguage } from '../request-words.js';
import { tokenExpiry, verificationCode, verificationToken } from '../verification.js';
import { addEvent, queueRequesterMail, setState, type Draft } from './draft.js';
import { escalate } from './escalate.js';
export function sendVerification(d: Draft, round: number, reminder: boolean): void {
  const { record, lifecycle, ctx } = d;
  const v = lifecycle.verification;
  if (!v?.target) return;
  v.round = round;
  v.sentAt = ctx.now;
  v.expiresAt = tokenExpiry(ctx.now, verificationDueAt(record));
  if (reminder) v.remindedAt = ctx.now;
  const onBehalf = lifecycle.agent !== null && v.target.address !== record.requester.address;
  const lang = templateLanguage(record.language);
  queueRequesterMail(d, {
    templateId: 'verification',
    step: String(round),
    to: v.target,
    consumerThread: onBehalf,
    vars: {
      reminder,
      token: verificationToken(ctx.secret, record.id, round),
      code: verificationCode(ctx.secret, record.id, round),
      expiresOn: v.expiresAt.slice(0, 10),
      deletion: record.labels.includes('deletion'),
      dataPoints: v.dataPoints,
      hasDataPoints: v.dataPoints.length > 0,
      onBehalf,
      agentAddress: onBehalf ? record.requester.address : '',
      requests: describeRequests(record.labels, lang),
      // The date an unverified request is closed: an opt-out's shorter clock in the same case does not count.
      dueOn: verificationDueAt(record)?.slice(0, 10) ?? '',
    },
  });
  addEvent(d, reminder ? 'verification_reminder_sent' : 'verification_requested', 'bot', { round, expiresAt: v.expiresAt, dataPoints: v.dataPoints.length > 0 });
}

export function requestDeletionConfirmation(d: Draft): void {
  const v = d.lifecycle.verification;
  if (!v) return;
  v.deletionConfirmationRequestedAt = d.ctx.now;
  const to = v.target ?? d.record.requester;
  queueRequesterMail(d, { templateId: 'confirm-deletion', step: '1', to, consumerThread: d.lifecycle.agent !== null && to.address !== d.record.requester.address, vars: {} });
  addEvent(d, 'deletion_confirmation_requested', 'bot');
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
    if (v.round === 0) sendVerification(d, 1, false);
    else if (identityVerified(lifecycle) && deletionPending(record) && !v.deletionConfirmationRequestedAt) requestDeletionConfirmation(d);
  }
  const changed = setState(d, target, options.by);
  const reasons = [...(options.reasons ?? [])];
  if (changed && target === 'verified') reasons.push('identity verified: fulfil the request, then reply "done"');
  else if (changed && target === 'awaiting_team' && reasons.length === 0) reasons.push('needs the team');
  if (options.escalate && reasons.length > 0) escalate(d, reasons, options.mail, options.verdict);
}

