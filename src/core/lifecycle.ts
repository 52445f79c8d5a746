import { createHash } from 'node:crypto';
import type { Address, CaseEvent, CaseLifecycle, CaseRecord, CaseState, DbData, Evidence, InboundMail, OutboxItem, StoreChange, Verdict } from '../types.js';
import { localDay } from './case-id.js';
import {
  allowedCommands,
  canFinish,
  deletionPending,
  deriveState,
  emptyLifecycle,
  identityVerified,
  isTerminal,
  NEEDS_REVIEW,
  newVerification,
  REPLY_TO_DIFFERS,
  SPAM,
  teamTasks,
  URGENT,
} from './case-machine.js';
import { COMMAND_HELP, parseCommands, type Command } from './commands.js';
import { planExtension, verificationDueAt } from './deadlines.js';
import { addressHash, buildOutboxItem, outboxKey, repliesToday } from './outbox.js';
import { describeForTeam, describeRequests, templateLanguage } from './request-words.js';
import { checkSenderAuthentication, findBotReference } from './team-auth.js';
import { checkVerificationReply, confirmsDeletion, MAX_FAILED_ATTEMPTS, needsDataPoints, needsVerification, tokenExpiry, verificationCode, verificationToken } from './verification.js';

export interface LifecycleContext {
  now: string;
  timeZone: string;
  secret: string;
  /** Domain of PRIVACY_ADDRESS: our Message-IDs live there. */
  domain: string;
  orgName: string;
  privacyAddress: string;
  maxRepliesPerSenderPerDay: number;
  teamAddresses: string[];
  /** VERIFICATION_DATA_POINTS. */
  dataPoints: string[];
  trustedAuthservId: string | null;
}

/** Below this (or when the classifiers disagree) a person checks the labels before anything irreversible. */
export const LOW_CONFIDENCE = 0.5;
/** Non-request mail passed to the team per day, at most; the rest is still recorded as ignored. */
export const MAX_TEAM_NOTICES_PER_DAY = 25;
/** How much of a requester's text an escalation quotes. */
const MAX_QUOTED_CHARS = 6000;

interface Draft {
  db: DbData;
  ctx: LifecycleContext;
  isNew: boolean;
  record: CaseRecord;
  lifecycle: CaseLifecycle;
  originalThreadIds: string[];
  newEvents: CaseEvent[];
  items: OutboxItem[];
  addMessageKeys: string[];
  /** Changes owned by other modules (the extension's compare-and-set), emitted after the case update. */
  extraChanges: StoreChange[];
}

function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 10);
}

function startDraft(db: DbData, ctx: LifecycleContext, record: CaseRecord, isNew: boolean): Draft {
  const copy = structuredClone(record);
  copy.lifecycle ??= emptyLifecycle(1);
  return { db, ctx, isNew, record: copy, lifecycle: copy.lifecycle, originalThreadIds: [...record.threadIds], newEvents: [], items: [], addMessageKeys: [], extraChanges: [] };
}

function addEvent(d: Draft, type: string, by: string, data?: Record<string, unknown>, fixedId?: string): void {
  const id = fixedId ?? `${d.record.id}:${d.record.events.length + 1}:${type}`;
  if (d.record.events.some((existing) => existing.id === id)) return;
  const event: CaseEvent = { id, at: d.ctx.now, type, by, ...(data ? { data } : {}) };
  d.record.events.push(event);
  d.newEvents.push(event);
}

function finish(d: Draft): StoreChange[] {
  const changes: StoreChange[] = [];
  if (d.isNew) changes.push({ type: 'createCase', record: d.record });
  else {
    const { state, labels, primary, flags, lifecycle } = d.record;
    changes.push({
      type: 'updateCase',
      caseId: d.record.id,
      set: { state, labels, primary, flags, ...(lifecycle ? { lifecycle } : {}) },
      addMessageKeys: d.addMessageKeys,
      addThreadIds: d.record.threadIds.filter((id) => !d.originalThreadIds.includes(id)),
      events: d.newEvents,
    });
  }
  for (const item of d.items) changes.push({ type: 'enqueue', item });
  changes.push(...d.extraChanges);
  return changes;
}

function setState(d: Draft, to: CaseState, by: string, reason?: string): boolean {
  const from = d.record.state;
  if (from === to) return false;
  d.record.state = to;
  addEvent(d, 'state_changed', by, { from, to, ...(reason ? { reason } : {}) });
  return true;
}

export function replySubject(subject: string, caseId: string): string {
  const base = subject.trim() || 'Your privacy request';
  const withRe = /^(re|aw|sv|antw|r|rif|res)\s*:/i.test(base) ? base : `Re: ${base}`;
  return withRe.includes(caseId) ? withRe : `${withRe} [${caseId}]`;
}

function formatAddress(address: Address): string {
  return address.name ? `${address.name} <${address.address}>` : address.address;
}

function baseVars(d: Draft, recipientName: string): Record<string, unknown> {
  return {
    caseId: d.record.id,
    orgName: d.ctx.orgName,
    privacyAddress: d.ctx.privacyAddress,
    lang: templateLanguage(d.record.language),
    requesterName: recipientName,
    receivedOn: d.record.receivedAt.slice(0, 10),
    dueOn: d.record.dueAt?.slice(0, 10) ?? '',
  };
}

interface RequesterMail {
  templateId: string;
  step: string;
  to: Address;
  vars: Record<string, unknown>;
  /** false for mail a team member chose to send: the loop breaker is for automatic replies. */
  cap?: boolean;
  /** Mail to the consumer an agent named: their own thread, never the agent's messages. */
  consumerThread?: boolean;
}

/** Queues one message to the requester's side, threaded into the case, at most once per key. */
function queueRequesterMail(d: Draft, mail: RequesterMail): OutboxItem | null {
  const { record, ctx, db } = d;
  const key = outboxKey({ caseId: record.id, templateId: mail.templateId, step: mail.step });
  if (db.outbox[key] || d.items.some((item) => item.key === key)) return null;
  const toHash = addressHash(mail.to.address);
  let inReplyTo: string | null;
  let references: string[];
  if (mail.consumerThread) {
    const earlier = Object.values(db.outbox)
      .concat(d.items)
      .filter((item) => item.caseId === record.id && item.toHash === toHash)
      .map((item) => item.messageId);
    inReplyTo = earlier.at(-1) ?? null;
    references = earlier.slice(-20);
  } else {
    inReplyTo = record.threadIds.at(-1) ?? null;
    references = record.threadIds.slice(-20);
  }
  const item = buildOutboxItem(
    { caseId: record.id, templateId: mail.templateId, step: mail.step, to: mail.to, inReplyTo, references, subject: replySubject(record.subject, record.id), vars: { ...baseVars(d, mail.to.name), ...mail.vars } },
    db,
    { now: ctx.now, secret: ctx.secret, domain: ctx.domain, toHash, timeZone: ctx.timeZone, maxRepliesPerSenderPerDay: ctx.maxRepliesPerSenderPerDay },
  );
  const queuedNow = d.items.filter((other) => other.toHash === toHash && other.state !== 'suppressed').length;
  const overCap = mail.cap !== false && repliesToday(db, toHash, ctx.now, ctx.timeZone) + queuedNow >= ctx.maxRepliesPerSenderPerDay;
  item.state = overCap ? 'suppressed' : 'pending';
  item.lastError = overCap ? `over MAX_REPLIES_PER_SENDER_PER_DAY (${ctx.maxRepliesPerSenderPerDay})` : null;
  d.items.push(item);
  record.threadIds.push(item.messageId);
  addEvent(d, overCap ? 'reply_suppressed' : 'reply_queued', 'bot', { templateId: mail.templateId, outboxKey: key, ...(overCap ? { reason: item.lastError } : {}) });
  return item;
}

interface TeamMail {
  templateId: string;
  step: string;
  vars: Record<string, unknown>;
  headline: string;
  inReplyTo?: string | null;
  references?: string[];
}

/** Queues one message to TEAM_ADDRESSES. Team mail never counts toward a requester's daily cap. */
function queueTeamMail(d: Draft, mail: TeamMail): OutboxItem | null {
  const { record, ctx, db, lifecycle } = d;
  if (ctx.teamAddresses.length === 0) {
    addEvent(d, 'team_not_configured', 'bot', { templateId: mail.templateId });
    return null;
  }
  const key = outboxKey({ caseId: record.id, templateId: mail.templateId, step: mail.step });
  if (db.outbox[key] || d.items.some((item) => item.key === key)) return null;
  const to = ctx.teamAddresses.map((address) => ({ address, name: '' }));
  const item = buildOutboxItem(
    {
      caseId: record.id,
      templateId: mail.templateId,
      step: mail.step,
      to: to[0] as Address,
      inReplyTo: mail.inReplyTo !== undefined ? mail.inReplyTo : (lifecycle.teamThreadIds.at(-1) ?? null),
      references: (mail.references ?? lifecycle.teamThreadIds).slice(-20),
      subject: `[${record.id}] ${record.state}: ${mail.headline}`,
      vars: { caseId: record.id, orgName: ctx.orgName, state: record.state, ...mail.vars },
    },
    db,
    { now: ctx.now, secret: ctx.secret, domain: ctx.domain, toHash: 'team', timeZone: ctx.timeZone, maxRepliesPerSenderPerDay: Number.MAX_SAFE_INTEGER },
  );
  item.to = to;
  item.state = 'pending';
  item.lastError = null;
  d.items.push(item);
  lifecycle.teamThreadIds.push(item.messageId);
  return item;
}

function evidenceOf(d: Draft, verdict?: Verdict | null): Evidence[] {
  return verdict?.evidence ?? d.db.messages[d.record.messageKeys[0] ?? '']?.verdict?.evidence ?? [];
}

function quote(text: string): string {
  const trimmed = text.trim();
  const clipped = trimmed.length > MAX_QUOTED_CHARS ? `${trimmed.slice(0, MAX_QUOTED_CHARS)}\n[… cut]` : trimmed;
  return clipped
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');
}

function verificationSummary(lifecycle: CaseLifecycle): string[] {
  const v = lifecycle.verification;
  if (!v) return ['not needed for this request'];
  const lines: string[] = [];
  lines.push(v.target ? `token sent to ${v.target.address}${v.round > 0 ? ` (round ${v.round}, expires ${v.expiresAt?.slice(0, 10) ?? '-'})` : ' (not sent yet)'}` : 'no mailbox to send a token to');
  if (v.mailboxVerifiedAt) lines.push(`mailbox control proven ${v.mailboxVerifiedAt.slice(0, 10)}`);
  if (v.failedAttempts > 0) lines.push(`${v.failedAttempts} wrong code(s)${v.locked ? ', locked' : ''}`);
  if (v.dataPoints.length > 0) lines.push(`data points to match: ${v.dataPoints.join(', ')}`);
  if (v.teamVerifiedAt) lines.push(`verified by ${v.teamVerifiedBy ?? 'the team'} ${v.teamVerifiedAt.slice(0, 10)}`);
  if (v.deletionConfirmedAt) lines.push('deletion explicitly confirmed by the requester');
  return lines;
}

/** Tells the team what needs them, with the requester's new text quoted (text) and escaped (HTML). */
function escalate(d: Draft, reasons: string[], mail?: InboundMail | null, verdict?: Verdict | null): void {
  const { record, lifecycle } = d;
  lifecycle.escalations += 1;
  const evidence = evidenceOf(d, verdict);
  const wrote = mail?.from ? (mail.from.address === record.requester.address ? 'the requester' : mail.from.address) : '';
  const vars = {
    urgent: record.flags.includes(URGENT),
    reasons,
    requester: formatAddress(record.requester),
    replyToDiffers: record.flags.includes(REPLY_TO_DIFFERS),
    agent: lifecycle.agent ? (lifecycle.agent.consumer ? `consumer named: ${lifecycle.agent.consumer.address}` : 'consumer address not known') : '',
    labels: record.labels.map((label) => ({
      label,
      words: describeForTeam(label),
      evidence: evidence.filter((item) => item.label === label).map((item) => `"${item.phrase}" (${item.where})`).join('; ') || '-',
    })),
    confidence: lifecycle.confidence.toFixed(2),
    receivedOn: record.receivedAt.slice(0, 10),
    dueOn: record.dueAt?.slice(0, 10) ?? '-',
    flags: record.flags.join(', ') || '-',
    assignee: lifecycle.assignee ?? '-',
    verification: verificationSummary(lifecycle),
    wrote,
    subject: mail?.subject ?? record.subject,
    quoted: mail ? quote(mail.newText || mail.text) : '',
    text: mail ? (mail.newText || mail.text).trim().slice(0, MAX_QUOTED_CHARS) : '',
    attachments: mail ? mail.attachments.map((attachment) => `${attachment.filename ?? '(unnamed)'} (${attachment.contentType}, ${attachment.size} bytes)`) : [],
    tasks: teamTasks(record),
    commands: allowedCommands(record).map((name) => COMMAND_HELP[name]),
  };
  const item = queueTeamMail(d, { templateId: 'team-escalation', step: String(lifecycle.escalations), vars, headline: reasons[0] ?? 'needs the team' });
  if (item) addEvent(d, 'escalated', 'bot', { reasons, outboxKey: item.key });
}

function sendVerification(d: Draft, round: number, reminder: boolean): void {
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

function requestDeletionConfirmation(d: Draft): void {
  const v = d.lifecycle.verification;
  if (!v) return;
  v.deletionConfirmationRequestedAt = d.ctx.now;
  const to = v.target ?? d.record.requester;
  queueRequesterMail(d, { templateId: 'confirm-deletion', step: '1', to, consumerThread: d.lifecycle.agent !== null && to.address !== d.record.requester.address, vars: {} });
  addEvent(d, 'deletion_confirmation_requested', 'bot');
}

interface AdvanceOptions {
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
function advance(d: Draft, options: AdvanceOptions): void {
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

type CommandOutcome = { ok: true; result: string } | { ok: false; error: string };

function applyCommand(d: Draft, command: Command, by: string, mail: InboundMail): CommandOutcome {
  const { record, lifecycle, ctx } = d;
  const allowed = allowedCommands(record);
  if (!allowed.includes(command.name)) {
    const hint = command.name === 'done' && record.state === 'awaiting_verification' ? ' (identity is not verified yet: reply "verified" if you verified it another way, or "deny <reason>")' : '';
    return { ok: false, error: `not allowed while the case is ${record.state}${hint}` };
  }
  const lang = templateLanguage(record.language);
  switch (command.name) {
    case 'verified': {
      lifecycle.verification ??= newVerification(null, []);
      lifecycle.verification.teamVerifiedAt = ctx.now;
      lifecycle.verification.teamVerifiedBy = by;
      record.flags = record.flags.filter((flag) => flag !== NEEDS_REVIEW);
      addEvent(d, 'team_verified', by);
      return { ok: true, result: 'verified: recorded that you checked the identity' + (lifecycle.agent ? ' and the agent\'s authority' : '') };
    }
    case 'done': {
      if (canFinish(record)) {
        if (record.labels.includes('opt_out') && !lifecycle.optOutDoneAt) lifecycle.optOutDoneAt = ctx.now;
        setState(d, 'done', by);
        queueRequesterMail(d, { templateId: 'completion', step: '1', to: record.requester, cap: false, vars: { message: command.message ?? '', hasMessage: command.message !== null, optOutOnly: false, optOut: record.labels.includes('opt_out'), requests: describeRequests(record.labels, lang) } });
        addEvent(d, 'team_done', by, { message: command.message !== null });
        return { ok: true, result: 'done: the case is done and the requester was told' };
      }
      lifecycle.optOutDoneAt = ctx.now;
      queueRequesterMail(d, { templateId: 'completion', step: 'opt-out', to: record.requester, cap: false, vars: { message: command.message ?? '', hasMessage: command.message !== null, optOutOnly: true, optOut: true, requests: describeRequests(['opt_out'], lang) } });
      addEvent(d, 'opt_out_done', by);
      return { ok: true, result: 'done: the opt-out is recorded as switched off and the requester was told; the rest of the request stays open' };
    }
    case 'deny':
      setState(d, 'denied', by, command.reason);
      queueRequesterMail(d, { templateId: 'denial', step: '1', to: record.requester, cap: false, vars: { reason: command.reason, unverified: false } });
      addEvent(d, 'team_denied', by, { reason: command.reason });
      return { ok: true, result: 'deny: the request is denied and the requester got your reason' };
    case 'extend': {
      // One extension, only before the first deadline, notice with reason and new date to the requester (src/core/deadlines/extension.ts).
      const decision = planExtension(record, { reason: command.reason, by, via: 'team', now: ctx.now }, d.db, {
        now: ctx.now,
        secret: ctx.secret,
        domain: ctx.domain,
        toHash: addressHash(record.requester.address),
        timeZone: ctx.timeZone,
        maxRepliesPerSenderPerDay: ctx.maxRepliesPerSenderPerDay,
        orgName: ctx.orgName,
        privacyAddress: ctx.privacyAddress,
      });
      if (!decision.ok) return { ok: false, error: decision.explanation };
      d.extraChanges.push(...decision.changes);
      record.dueAt = decision.extension.dueAt;
      return { ok: true, result: `extend: the case is now due ${decision.extension.dueOn} (was ${decision.extension.previousDueOn}); the requester gets your reason and the new date` };
    }
    case 'reclassify': {
      const before = record.labels;
      record.labels = command.labels;
      record.primary = command.labels[0] ?? 'other';
      record.flags = record.flags.filter((flag) => flag !== NEEDS_REVIEW);
      if (command.labels.includes('child_data') && !record.flags.includes(URGENT)) record.flags.push(URGENT);
      addEvent(d, 'reclassified', by, { from: before, to: command.labels });
      if (command.labels.every((label) => label === 'other')) {
        setState(d, 'closed', by, 'reclassified as not a privacy request');
        return { ok: true, result: 'reclassify: not a privacy request, so the case is closed (nothing sent to the requester)' };
      }
      if ((needsVerification(command.labels) || lifecycle.agent) && !lifecycle.verification) {
        const target = lifecycle.agent ? lifecycle.agent.consumer : record.requester;
        lifecycle.verification = newVerification(target, command.labels.includes('disclosure') ? ctx.dataPoints : []);
      }
      return { ok: true, result: `reclassify: labels are now ${command.labels.join(', ')}` };
    }
    case 'note':
      addEvent(d, 'note', by, { text: command.text });
      return { ok: true, result: 'note: recorded (never shown to the requester)' };
    case 'reply':
      queueRequesterMail(d, { templateId: 'team-reply', step: shortHash(mail.key), to: record.requester, cap: false, vars: { message: command.text } });
      addEvent(d, 'team_reply', by);
      return { ok: true, result: 'reply: your message goes to the requester in the case thread' };
    case 'assign':
      lifecycle.assignee = command.assignee;
      addEvent(d, 'assigned', by, { assignee: command.assignee });
      return { ok: true, result: `assign: the case is assigned to ${command.assignee}` };
    case 'spam':
      if (!record.flags.includes(SPAM)) record.flags.push(SPAM);
      setState(d, 'closed', by, 'spam');
      addEvent(d, 'marked_spam', by);
      return { ok: true, result: 'spam: closed without a reply' };
  }
}

export interface TeamMessagePlan {
  caseId: string | null;
  /** All three checks passed: the message is the team's, whether or not its commands could be applied. */
  authenticated: boolean;
  /** Authenticated and every command applied. */
  accepted: boolean;
  reason: string | null;
  /** Commands that could not be applied (the reply was authenticated). */
  errorCount: number;
  changes: StoreChange[];
}

/**
 * Whether a message from a TEAM_ADDRESSES sender should be read as a team command: it answers a bot
 * message (a Message-ID on our domain) or names a case. Anything else from the team is ordinary mail.
 */
export function looksLikeTeamCommand(mail: InboundMail, ctx: LifecycleContext): boolean {
  if (!mail.from || !ctx.teamAddresses.includes(mail.from.address)) return false;
  const referenced = [mail.inReplyTo, ...mail.references].filter((id): id is string => Boolean(id));
  return referenced.some((id) => id.endsWith(`@${ctx.domain}`)) || /\bPR-\d{4}-\d{4,}\b/.test(mail.subject);
}

/**
 * A team reply: authenticated (TEAM_ADDRESSES sender, a reference to a Message-ID only the bot can
 * make for this case, DKIM/SPF pass from our trusted server) it is applied as commands, all or none,
 * and answered; otherwise it is recorded, nothing is done, and the team is warned once.
 */
export function planTeamMessage(mail: InboundMail, db: DbData, ctx: LifecycleContext): TeamMessagePlan {
  const sender = mail.from?.address ?? '';
  const reference = findBotReference(mail, db, ctx.secret, ctx.domain);
  const auth = checkSenderAuthentication(mail, ctx.trustedAuthservId);
  const caseId = reference.caseId;
  if (!reference.ok || !auth.ok || !ctx.teamAddresses.includes(sender)) {
    const reason = !ctx.teamAddresses.includes(sender) ? 'sender is not in TEAM_ADDRESSES' : !reference.ok ? reference.reason : auth.ok ? 'unknown' : auth.reason;
    return { caseId, authenticated: false, accepted: false, reason, errorCount: 0, changes: planTeamRejection(mail, reason, caseId, db, ctx) };
  }
  const base = db.cases[reference.caseId] as CaseRecord;
  const parsed = parseCommands(mail.newText);
  const trial = startDraft(db, ctx, base, false);
  const results: string[] = [];
  const errors = [...parsed.errors];
  if (errors.length === 0) {
    for (const { line, command } of parsed.commands) {
      const outcome = applyCommand(trial, command, sender, mail);
      if (!outcome.ok) {
        errors.push(`"${line}": ${outcome.error}`);
        break;
      }
      results.push(outcome.result);
      addEvent(trial, 'team_command', sender, { command: command.name });
      advance(trial, { by: sender, escalate: false });
    }
  }
  // All or nothing: on any error the trial is dropped and only the attempt is recorded.
  const d = errors.length === 0 ? trial : startDraft(db, ctx, base, false);
  if (errors.length > 0) addEvent(d, 'team_command_failed', sender, { errors, lines: parsed.commands.map((entry) => entry.command.name) });
  d.addMessageKeys.push(mail.key);
  if (mail.messageId) d.lifecycle.teamThreadIds.push(mail.messageId);
  const teamThread = d.lifecycle.teamThreadIds;
  queueTeamMail(d, {
    templateId: 'team-command-result',
    step: shortHash(mail.key),
    headline: errors.length === 0 ? 'commands applied' : 'nothing applied',
    inReplyTo: mail.messageId,
    references: teamThread,
    vars: {
      by: sender,
      ok: errors.length === 0,
      results,
      errors,
      tasks: teamTasks(d.record),
      commands: allowedCommands(d.record).map((name) => COMMAND_HELP[name]),
      dueOn: d.record.dueAt?.slice(0, 10) ?? '-',
    },
  });
  return { caseId: base.id, authenticated: true, accepted: errors.length === 0, errorCount: errors.length, reason: errors.length === 0 ? null : errors.join('; '), changes: finish(d) };
}

function planTeamRejection(mail: InboundMail, reason: string, caseId: string | null, db: DbData, ctx: LifecycleContext): StoreChange[] {
  const record = caseId ? db.cases[caseId] : undefined;
  const vars = { reason, claimedFrom: mail.from?.address ?? '(none)', subject: mail.subject, caseLabel: caseId ?? 'no case' };
  if (record) {
    const d = startDraft(db, ctx, record, false);
    d.addMessageKeys.push(mail.key);
    addEvent(d, 'team_command_rejected', 'unauthenticated', { reason, claimedFrom: mail.from?.address ?? null });
    const warned = Object.keys(db.outbox).some((key) => key.startsWith(`${record.id}:team-warning:`));
    if (!warned) queueTeamMail(d, { templateId: 'team-warning', step: '1', headline: 'a command was NOT accepted', vars });
    return finish(d);
  }
  if (ctx.teamAddresses.length === 0) return [];
  const key = `none:team-warning:${localDay(ctx.now, ctx.timeZone)}`;
  if (db.outbox[key]) return [];
  return [{ type: 'enqueue', item: noCaseTeamItem(key, 'team-warning', `[privacy-inbox] a command was NOT accepted`, { ...vars, caseId: '', orgName: ctx.orgName, state: '' }, db, ctx) }];
}

function noCaseTeamItem(key: string, templateId: string, subject: string, vars: Record<string, unknown>, db: DbData, ctx: LifecycleContext): OutboxItem {
  const [, , step] = key.split(':');
  const item = buildOutboxItem(
    { caseId: null, templateId, step: step ?? '1', to: { address: ctx.teamAddresses[0] ?? '', name: '' }, inReplyTo: null, references: [], subject, vars },
    db,
    { now: ctx.now, secret: ctx.secret, domain: ctx.domain, toHash: 'team', timeZone: ctx.timeZone, maxRepliesPerSenderPerDay: Number.MAX_SAFE_INTEGER },
  );
  return { ...item, key, to: ctx.teamAddresses.map((address) => ({ address, name: '' })), state: 'pending', lastError: null };
}

/**
 * A human-looking message that is not a privacy request: no case and no auto-reply to the sender, but
 * the team sees it once (one notice per message).
 */
export function planOtherNotice(mail: InboundMail, db: DbData, ctx: LifecycleContext): StoreChange[] {
  if (ctx.teamAddresses.length === 0 || !mail.from || ctx.teamAddresses.includes(mail.from.address)) return [];
  const key = `none:team-notice:${shortHash(mail.key)}`;
  if (db.outbox[key]) return [];
  // A flood of unclassifiable mail (a spam run) must not become a flood in the team's inbox.
  const today = localDay(ctx.now, ctx.timeZone);
  const noticesToday = Object.values(db.outbox).filter((item) => item.key.startsWith('none:team-notice:') && localDay(item.createdAt, ctx.timeZone) === today).length;
  if (noticesToday >= MAX_TEAM_NOTICES_PER_DAY) return [];
  const vars = {
    caseId: '',
    state: '',
    orgName: ctx.orgName,
    from: formatAddress(mail.from),
    subject: mail.subject,
    quoted: quote(mail.newText || mail.text),
    text: (mail.newText || mail.text).trim().slice(0, MAX_QUOTED_CHARS),
    attachments: mail.attachments.map((attachment) => `${attachment.filename ?? '(unnamed)'} (${attachment.contentType})`),
  };
  return [{ type: 'enqueue', item: noCaseTeamItem(key, 'team-notice', '[privacy-inbox] not a privacy request, passed to you (no reply was sent)', vars, db, ctx) }];
}

/**
 * The periodic check: token expiry and the one reminder, and denial of a still unverified request on
 * its legal due date (CCPA 11 CCR 7021(b): the clock does not stop for verification). Pure; called at
 * the start of every poll pass.
 */
export function planTimedActions(db: DbData, ctx: LifecycleContext): StoreChange[] {
  const changes: StoreChange[] = [];
  for (const record of Object.values(db.cases).sort((a, b) => a.id.localeCompare(b.id))) {
    if (record.state !== 'awaiting_verification' || !record.lifecycle) continue;
    const d = startDraft(db, ctx, record, false);
    const v = d.lifecycle.verification;
    // The verification deadline: an opt-out's shorter clock in the same case never triggers this denial.
    const denyAt = verificationDueAt(record);
    if (denyAt && denyAt <= ctx.now) {
      const reason = v?.mailboxVerifiedAt || v?.teamVerifiedAt ? 'the deletion was not confirmed' : 'we could not verify your identity';
      setState(d, 'denied', 'bot', reason);
      queueRequesterMail(d, { templateId: 'denial', step: '1', to: record.requester, cap: false, vars: { reason, unverified: true, dueOn: denyAt.slice(0, 10) } });
      addEvent(d, 'denied_unverified', 'bot', { reason });
      escalate(d, [`denied automatically on its due date: ${reason}`]);
      changes.push(...finish(d));
      continue;
    }
    if (v && v.round >= 1 && v.expiresAt && v.expiresAt <= ctx.now && !identityVerified(d.lifecycle)) {
      addEvent(d, 'token_expired', 'bot', { round: v.round }, `${record.id}:token_expired:${v.round}`);
      if (v.round === 1 && !v.remindedAt) sendVerification(d, 2, true);
      if (d.newEvents.length > 0) changes.push(...finish(d));
    }
  }
  return changes;
}
