import type { CaseRecord, DbData, InboundMail, StoreChange } from '../../types.js';
import { localDay } from '../case-id.js';
import { allowedCommands, answeredWithoutDisclosure, canFinish, identityVerified, NEEDS_REVIEW, newVerification, SPAM, teamTasks, URGENT } from '../case-machine.js';
import { COMMAND_HELP, parseCommands, type Command } from '../commands.js';
import { planExtension } from '../deadlines.js';
import { addressHash } from '../outbox.js';
import { describeRequests, templateLanguage } from '../request-words.js';
import { caseWording, describeCaseRequests, ownWords } from './words.js';
import { explainRefusal } from './command-hints.js';
import { checkSenderAuthentication, findBotReference } from '../team-auth.js';
import { trustedServerOf } from '../auth-results.js';
import { checkCommandOrigin, DEFAULT_TEAM_COMMAND_MAX_AGE_MS, rememberCommand } from '../team-replay.js';
import { dataPointsFor } from '../data-points.js';
import { needsVerification } from '../verification.js';
import { advance } from './advance.js';
import { addEvent, dueOnOf, finish, queueRequesterMail, queueTeamMail, setState, shortHash, startDraft, type Draft, type LifecycleContext } from './draft.js';
import { teamOutboxItem } from './not-a-case.js';
import { findNoticeReference, noticeTarget, planNoticeCommand, requestedEntry } from './rescue.js';

type CommandOutcome = { ok: true; result: string } | { ok: false; error: string };

/**
 * The team's `done`: the requester (and, for an agent's request, the consumer too) is told in words
 * that fit what was asked: a child's information, an answered question, or the rights exercised.
 */
function finishCase(d: Draft, message: string | null, by: string): CommandOutcome {
  const { record, lifecycle, ctx } = d;
  const lang = templateLanguage(record.language);
  // The completion greets the requester itself; a greeting the team typed above its note would double it.
  const body = message !== null && ownWords(message).ownGreeting ? message.replace(/^\s*[^\n]*\n+/, '').trim() : message;
  const note = { message: body ?? '', hasMessage: Boolean(body) };
  if (!canFinish(record)) {
    lifecycle.optOutDoneAt = ctx.now;
    queueRequesterMail(d, { templateId: 'completion', step: 'opt-out', to: record.requester, cap: false, vars: { ...note, ...completionFlags(record), optOutOnly: true, optOut: true, requests: describeRequests(['opt_out'], lang, caseWording(record)) } });
    addEvent(d, 'opt_out_done', by);
    return { ok: true, result: 'done: the opt-out is recorded as switched off and the requester was told; the rest of the request stays open until identity is verified' };
  }
  const answered = answeredWithoutDisclosure(record);
  if (record.labels.includes('opt_out') && !lifecycle.optOutDoneAt) lifecycle.optOutDoneAt = ctx.now;
  setState(d, 'done', by);
  const flags = { ...completionFlags(record), child: record.labels.includes('child_data'), answered };
  const requests = describeCaseRequests(record.labels, lang, caseWording(record));
  queueRequesterMail(d, { templateId: 'completion', step: '1', to: record.requester, cap: false, vars: { ...note, ...flags, optOutOnly: false, optOut: record.labels.includes('opt_out'), requests } });
  const consumer = lifecycle.agent?.consumer;
  if (consumer && consumer.address !== record.requester.address) {
    queueRequesterMail(d, { templateId: 'completion', step: 'consumer', to: consumer, cap: false, consumerThread: true, vars: { ...note, ...flags, onBehalf: true, agentAddress: record.requester.address, optOutOnly: false, optOut: record.labels.includes('opt_out'), requests } });
  }
  addEvent(d, 'team_done', by, { message: message !== null, ...(answered ? { answered: true } : {}) });
  const told = consumer && consumer.address !== record.requester.address ? 'the agent and the consumer were told' : record.labels.includes('child_data') ? 'the reporter was told' : 'the requester was told';
  return { ok: true, result: `done: the case is done and ${told}${answered ? ' (closed as an answered question: nothing was disclosed through the bot)' : ''}` };
}

function completionFlags(record: CaseRecord): Record<string, unknown> {
  const wording = caseWording(record);
  return { child: false, answered: false, onBehalf: false, agentAddress: '', consentWithdrawn: wording.consentWithdrawn === true, restriction: wording.restriction === true };
}

function applyCommand(d: Draft, command: Command, by: string, mail: InboundMail): CommandOutcome {
  const { record, lifecycle, ctx } = d;
  if (!allowedCommands(record).includes(command.name)) return { ok: false, error: explainRefusal(record, command.name) };
  switch (command.name) {
    case 'verified': {
      lifecycle.verification ??= newVerification(null, []);
      lifecycle.verification.teamVerifiedAt = ctx.now;
      lifecycle.verification.teamVerifiedBy = by;
      record.flags = record.flags.filter((flag) => flag !== NEEDS_REVIEW);
      addEvent(d, 'team_verified', by);
      return { ok: true, result: 'verified: recorded that you checked the identity' + (lifecycle.agent ? ' and the agent\'s authority' : '') };
    }
    case 'done':
      return finishCase(d, command.message, by);
    case 'open':
      return { ok: false, error: explainRefusal(record, 'open') };
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
      if (!command.labels.includes('child_data')) record.flags = record.flags.filter((flag) => flag !== URGENT);
      addEvent(d, 'reclassified', by, { from: before, to: command.labels });
      if (command.labels.every((label) => label === 'other')) {
        setState(d, 'closed', by, 'reclassified as not a privacy request');
        return { ok: true, result: 'reclassify: not a privacy request, so the case is closed (nothing sent to the requester)' };
      }
      if ((needsVerification(command.labels) || lifecycle.agent) && !lifecycle.verification) {
        const target = lifecycle.agent ? lifecycle.agent.consumer : record.requester;
        const text = ctx.requestTexts?.[record.id]?.text ?? record.subject;
        lifecycle.verification = newVerification(target, needsVerification(command.labels) ? dataPointsFor({ labels: command.labels, text, orgName: ctx.orgName, configured: ctx.dataPoints }) : []);
      }
      if (!needsVerification(command.labels) && lifecycle.verification && !lifecycle.agent && !identityVerified(lifecycle)) {
        // Nothing left that needs identity (e.g. now a child-data report): stop asking for a code.
        lifecycle.verification = null;
      }
      return { ok: true, result: `reclassify: labels are now ${command.labels.join(', ')}` };
    }
    case 'note':
      addEvent(d, 'note', by, { text: command.text });
      return { ok: true, result: 'note: recorded (never shown to the requester)' };
    case 'reply':
      queueRequesterMail(d, { templateId: 'team-reply', step: shortHash(mail.key), to: record.requester, cap: false, vars: { message: command.text, ...ownWords(command.text) } });
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
      // Mail still waiting for its send day (first contact past the daily cap) never goes to a sender the team calls spam.
      for (const item of Object.values(d.db.outbox)) {
        if (item.caseId !== record.id || item.state !== 'pending' || !item.notBefore || item.notBefore <= d.ctx.now) continue;
        d.extraChanges.push({ type: 'updateOutbox', key: item.key, set: { state: 'suppressed', lastError: 'case marked spam before this was sent' } });
      }
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
 * make for this case, our trusted server's pass for the From domain) and new (recent, and not a copy
 * of a command already received: src/core/team-replay.ts) it is applied as commands, all or none,
 * and answered; otherwise it is recorded, nothing is done, and the team is warned once.
 */
export function planTeamMessage(mail: InboundMail, db: DbData, ctx: LifecycleContext): TeamMessagePlan {
  const sender = mail.from?.address ?? '';
  const fromTeam = ctx.teamAddresses.includes(sender);
  const reference = findBotReference(mail, db, ctx.secret, ctx.domain);
  const auth = checkSenderAuthentication(mail, trustedServerOf(ctx));
  const caseId = reference.caseId;
  const maxAgeMs = ctx.teamCommandMaxAgeMs ?? DEFAULT_TEAM_COMMAND_MAX_AGE_MS;
  const refuse = (reason: string, refusedCaseId: string | null): TeamMessagePlan => ({ caseId: refusedCaseId, authenticated: false, accepted: false, reason, errorCount: 0, changes: planTeamRejection(mail, reason, refusedCaseId, db, ctx) });
  const notice = !reference.ok && reference.caseId === null ? findNoticeReference(mail, db, ctx.secret, ctx.domain) : null;
  if (notice && auth.ok && fromTeam) {
    const origin = checkCommandOrigin(mail, auth.fromDomain, notice.messageId, db, ctx.now, maxAgeMs);
    if (!origin.ok) return refuse(origin.reason, null);
    const target = noticeTarget(notice, requestedEntry(mail.newText));
    const messageKey = target.ok ? target.messageKey : '';
    const result = planNoticeCommand(mail, notice, ctx.rescuedMail?.[messageKey] ?? null, db, ctx);
    const remembered = rememberCommand(origin, { now: ctx.now, caseId: result.caseId, botMessageId: notice.messageId, maxAgeMs });
    return { caseId: result.caseId, authenticated: true, accepted: result.ok, errorCount: result.errors.length, reason: result.ok ? null : result.errors.join('; '), changes: [...result.changes, remembered] };
  }
  if (!reference.ok || !auth.ok || !fromTeam) {
    return refuse(!fromTeam ? 'sender is not in TEAM_ADDRESSES' : !reference.ok ? reference.reason : auth.ok ? 'unknown' : auth.reason, caseId);
  }
  // Checked only once the mail is proven the team's: a copy of an old command is refused with its reason, and nothing else happens.
  const origin = checkCommandOrigin(mail, auth.fromDomain, reference.messageId, db, ctx.now, maxAgeMs);
  if (!origin.ok) return refuse(origin.reason, caseId);
  const remembered = rememberCommand(origin, { now: ctx.now, caseId: reference.caseId, botMessageId: reference.messageId, maxAgeMs });
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
    inReplyTo: mail.messageId,
    references: teamThread,
    vars: {
      by: sender,
      ok: errors.length === 0,
      results,
      errors,
      tasks: teamTasks(d.record),
      commands: allowedCommands(d.record).map((name) => COMMAND_HELP[name]),
      dueOn: dueOnOf(d.record, ctx.timeZone) || '-',
    },
  });
  return { caseId: base.id, authenticated: true, accepted: errors.length === 0, errorCount: errors.length, reason: errors.length === 0 ? null : errors.join('; '), changes: [...finish(d), remembered] };
}

function planTeamRejection(mail: InboundMail, reason: string, caseId: string | null, db: DbData, ctx: LifecycleContext): StoreChange[] {
  const record = caseId ? db.cases[caseId] : undefined;
  const vars = { reason, claimedFrom: mail.from?.address ?? '(none)', subject: mail.subject, caseLabel: caseId ?? 'no case' };
  if (record) {
    const d = startDraft(db, ctx, record, false);
    d.addMessageKeys.push(mail.key);
    addEvent(d, 'team_command_rejected', 'unauthenticated', { reason, claimedFrom: mail.from?.address ?? null });
    const warned = Object.keys(db.outbox).some((key) => key.startsWith(`${record.id}:team-warning:`));
    if (!warned) queueTeamMail(d, { templateId: 'team-warning', step: '1', vars });
    return finish(d);
  }
  if (ctx.teamAddresses.length === 0) return [];
  const key = `none:team-warning:${localDay(ctx.now, ctx.timeZone)}`;
  if (db.outbox[key]) return [];
  return [{ type: 'enqueue', item: teamOutboxItem({ caseId: null, templateId: 'team-warning', step: localDay(ctx.now, ctx.timeZone), subject: '[privacy-inbox] a command was NOT accepted', vars: { ...vars, caseId: '', orgName: ctx.orgName, state: '' }, inReplyTo: null, references: [] }, db, ctx) }];
}

