import type { Address, CaseRecord, DbData, InboundMail, StoreChange, Verdict } from '../../types.js';
import { emptyLifecycle, NEEDS_REVIEW, newVerification, REPLY_TO_DIFFERS, URGENT } from '../case-machine.js';
import { verificationDueAt } from '../deadlines.js';
import { describeRequests, templateLanguage } from '../request-words.js';
import { needsDataPoints, needsVerification, tokenExpiry, verificationCode, verificationToken } from '../verification.js';
import { advance } from './advance.js';
import { addEvent, finish, LOW_CONFIDENCE, queueRequesterMail, startDraft, type LifecycleContext } from './draft.js';

function findConsumer(mail: InboundMail, ctx: LifecycleContext): Address | null {
  const own = new Set([mail.from?.address, ctx.privacyAddress, ...ctx.teamAddresses]);
  const candidates = [...mail.cc, ...[...mail.text.matchAll(/[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g)].map((match) => ({ address: match[0].toLowerCase(), name: '' }))];
  return candidates.find((candidate) => !own.has(candidate.address)) ?? null;
}

/**
 * Routes a new case: acknowledgement, the verification token where the law allows asking for one,
 * and an immediate escalation for what needs a person (opt-out, complaint, child data, agent, doubt).
 * `record` must be the freshly built case in state `received`.
 */
export function planNewCase(record: CaseRecord, mail: InboundMail, verdict: Verdict, db: DbData, ctx: LifecycleContext): StoreChange[] {
  const d = startDraft(db, ctx, record, true);
  const lifecycle = emptyLifecycle(verdict.confidence);
  d.record.lifecycle = lifecycle;
  d.lifecycle = lifecycle;
  const labels = d.record.labels;
  if (mail.replyTo.some((address) => address.address !== mail.from?.address)) d.record.flags.push(REPLY_TO_DIFFERS);
  if (labels.includes('child_data')) d.record.flags.push(URGENT);
  const doubtful = verdict.confidence < LOW_CONFIDENCE || verdict.disputed === true;
  if (doubtful) d.record.flags.push(NEEDS_REVIEW);
  if (verdict.agent) lifecycle.agent = { consumer: findConsumer(mail, ctx) };
  if (needsVerification(labels) || lifecycle.agent) {
    const target = lifecycle.agent ? lifecycle.agent.consumer : d.record.requester;
    lifecycle.verification = newVerification(target, needsVerification(labels) && needsDataPoints(labels, `${mail.subject}\n${mail.text}`) ? ctx.dataPoints : []);
  }
  const lang = templateLanguage(d.record.language);
  // The first token rides in the acknowledgement when it goes to the requester: one message, and a
  // plain reply to it is the verification. Agents' consumers get their own message (advance()).
  const v = lifecycle.verification;
  const verifyInAck = needsVerification(labels) && !doubtful && v !== null && v.target !== null && v.target.address === d.record.requester.address;
  if (verifyInAck && v) {
    v.round = 1;
    v.sentAt = ctx.now;
    v.expiresAt = tokenExpiry(ctx.now, verificationDueAt(d.record));
  }
  const ack = queueRequesterMail(d, {
    templateId: 'acknowledgement',
    step: '1',
    to: d.record.requester,
    vars: {
      requests: describeRequests(labels, lang),
      optOut: labels.includes('opt_out'),
      verify: verifyInAck,
      verifyConsumer: needsVerification(labels) && !doubtful && lifecycle.agent !== null && lifecycle.agent.consumer !== null,
      deletion: labels.includes('deletion'),
      complaint: labels.includes('complaint'),
      child: labels.includes('child_data'),
      agent: lifecycle.agent !== null,
      review: doubtful,
      token: verifyInAck ? verificationToken(ctx.secret, d.record.id, 1) : '',
      code: verifyInAck ? verificationCode(ctx.secret, d.record.id, 1) : '',
      expiresOn: verifyInAck ? (v?.expiresAt?.slice(0, 10) ?? '') : '',
      dataPoints: verifyInAck ? (v?.dataPoints ?? []) : [],
      hasDataPoints: verifyInAck && (v?.dataPoints.length ?? 0) > 0,
    },
  });
  if (verifyInAck && v) addEvent(d, 'verification_requested', 'bot', { round: 1, expiresAt: v.expiresAt, dataPoints: v.dataPoints.length > 0, outboxKey: ack?.key ?? null });
  const reasons: string[] = [];
  if (labels.includes('child_data')) reasons.push('URGENT: child data reported');
  if (labels.includes('complaint')) reasons.push('complaint received');
  if (labels.includes('opt_out')) reasons.push('opt-out to switch off now');
  if (lifecycle.agent) reasons.push('authorized agent: check the signed permission');
  if (doubtful) reasons.push(verdict.disputed ? 'labels disputed between classifiers: please check' : `low-confidence labels (${verdict.confidence.toFixed(2)}): please check`);
  if (d.record.flags.includes(REPLY_TO_DIFFERS) && reasons.length > 0) reasons.push('note: Reply-To differs from From; we only ever write to From');
  advance(d, { by: 'bot', escalate: true, reasons, mail, verdict });
  return finish(d);
}
