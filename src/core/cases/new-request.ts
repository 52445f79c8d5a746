import type { Address, CaseRecord, DbData, InboundMail, StoreChange, Verdict } from '../../types.js';
import { CONSENT_WITHDRAWN, emptyLifecycle, RESTRICTION_ASKED, NEEDS_REVIEW, newVerification, REPLY_TO_DIFFERS, URGENT } from '../case-machine.js';
import { verificationDueAt } from '../deadlines.js';
import { dataPointsFor } from '../data-points.js';
import { describeForTeam, templateLanguage } from '../request-words.js';
import { commandWordOf } from '../commands.js';
import { needsVerification, tokenExpiry } from '../verification.js';
import { carriesSignedPermission } from './agent-permission.js';
import { advance, verificationVars } from './advance.js';
import { optOutFlagOf, optOutReason } from './opt-out-kind.js';
import { caseWording, describeCaseRequests } from './words.js';
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
  const optOutFlag = labels.includes('opt_out') ? optOutFlagOf(mail) : null;
  if (optOutFlag) d.record.flags.push(optOutFlag);
  const doubtful = verdict.confidence < LOW_CONFIDENCE || verdict.disputed === true;
  if (doubtful) d.record.flags.push(NEEDS_REVIEW);
  if (verdict.agent) lifecycle.agent = { consumer: findConsumer(mail, ctx), permissionAttached: carriesSignedPermission(mail) };
  if (needsVerification(labels) || lifecycle.agent) {
    const target = lifecycle.agent ? lifecycle.agent.consumer : d.record.requester;
    const dataPoints = needsVerification(labels) ? dataPointsFor({ labels, text: `${mail.subject}\n${mail.newText || mail.text}`, orgName: ctx.orgName, configured: ctx.dataPoints }) : [];
    lifecycle.verification = newVerification(target, dataPoints);
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
      requests: describeCaseRequests(labels, lang, caseWording(d.record)),
      optOut: labels.includes('opt_out'),
      consentWithdrawn: d.record.flags.includes(CONSENT_WITHDRAWN),
      restriction: d.record.flags.includes(RESTRICTION_ASKED),
      verify: verifyInAck,
      verifyConsumer: needsVerification(labels) && !doubtful && lifecycle.agent !== null && lifecycle.agent.consumer !== null,
      complaint: labels.includes('complaint'),
      child: labels.includes('child_data'),
      agent: lifecycle.agent !== null,
      agentPermissionAttached: lifecycle.agent?.permissionAttached === true,
      review: doubtful,
      ...(verifyInAck ? verificationVars(d, 1) : { ...verificationVars(d, 1), token: '', code: '', expiresOn: '', dataPoints: [], hasDataPoints: false }),
      deletion: labels.includes('deletion'),
    },
  });
  if (verifyInAck && v) addEvent(d, 'verification_requested', 'bot', { round: 1, expiresAt: v.expiresAt, dataPoints: v.dataPoints.length > 0, outboxKey: ack?.key ?? null });
  const reasons: string[] = [];
  if (labels.includes('child_data')) reasons.push('URGENT: child data reported');
  if (labels.includes('complaint')) reasons.push('complaint received');
  if (labels.includes('opt_out')) reasons.push(optOutReason(d.record.flags));
  if (lifecycle.agent) reasons.push(lifecycle.agent.permissionAttached ? 'authorized agent: check the signed permission attached to the request' : 'authorized agent: the signed permission was not attached (we asked the agent for it)');
  if (doubtful) reasons.push(verdict.disputed ? 'labels disputed between classifiers: please check' : `low-confidence labels (${verdict.confidence.toFixed(2)}): please check`);
  // Request words the model overruled are left out of the case, never silently: one reply adds them.
  const overruled = (verdict.overruled ?? []).filter((label) => !labels.includes(label));
  if (overruled.length > 0) {
    reasons.push(`the rules also read ${overruled.map((label) => describeForTeam(label)).join('; ')} here, which the model overruled: if that was asked, reply "reclassify ${[...labels, ...overruled].map(commandWordOf).join(' ')}"`);
  }
  if (d.record.flags.includes(REPLY_TO_DIFFERS) && reasons.length > 0) reasons.push('note: Reply-To differs from From; we only ever write to From');
  advance(d, { by: 'bot', escalate: true, reasons, mail, verdict });
  return finish(d);
}
