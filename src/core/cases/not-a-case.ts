import type { DbData, InboundMail, Label, OutboxItem, StoreChange } from '../../types.js';
import { commandWordOf } from '../commands.js';
import { localDay } from '../case-id.js';
import { buildOutboxItem, type ReplyPlan } from '../outbox.js';
import { teamNoticesOn, TEAM_NOTICE_PREFIX, usableIndex } from '../intake-index.js';
import { relayedFormOf } from '../web-form.js';
import { formatAddress, MAX_QUOTED_CHARS, MAX_TEAM_NOTICES_PER_DAY, quote, shortHash, type LifecycleContext } from './draft.js';

/**
 * Mail to the whole team that a case draft does not queue (notices about mail with no case, a rescue's
 * answer): never counted against the per-sender reply cap.
 */
export function teamOutboxItem(plan: Omit<ReplyPlan, 'to'>, db: DbData, ctx: LifecycleContext): OutboxItem {
  const item = buildOutboxItem(
    { ...plan, to: { address: ctx.teamAddresses[0] ?? '', name: '' } },
    db,
    { now: ctx.now, secret: ctx.secret, domain: ctx.domain, toHash: 'team', timeZone: ctx.timeZone, maxRepliesPerSenderPerDay: Number.MAX_SAFE_INTEGER },
  );
  return { ...item, to: ctx.teamAddresses.map((address) => ({ address, name: '' })), state: 'pending', lastError: null };
}

/** A team mail about no case, keyed `none:<templateId>:<step>`. */
function noCaseTeamItem(templateId: string, step: string, subject: string, vars: Record<string, unknown>, db: DbData, ctx: LifecycleContext): OutboxItem {
  return teamOutboxItem({ caseId: null, templateId, step, subject, vars, inReplyTo: null, references: [] }, db, ctx);
}

export interface OtherNoticeKind {
  /** Read as an automatic reply that mentions a request (the model's, unsure). */
  looksAutomated?: boolean;
  /** A request read in mail a portal or system relayed from a no-reply address. */
  relayedFromNoReply?: boolean;
  /** A machine's notice carrying someone else's words (AutomatedVerdict.relayed): which kind, e.g. "voicemail or fax notice". */
  relayedWords?: string;
  /** Requests the rules read that the model overruled (Verdict.overruled): the team checks them. */
  overruled?: readonly Label[];
  /** A request for another adult by someone naming no authority (Verdict.forAnotherAdult): who it is about. */
  forAnotherAdult?: string;
  /** What the bot read the passed-on mail to ask (a web form's message, a relayed or unsure request). */
  asked?: readonly Label[];
}

/**
 * A human-looking message that is not a privacy request: no case and no auto-reply to the sender, but
 * the team sees it once (one notice per message).
 */
export function planOtherNotice(mail: InboundMail, db: DbData, ctx: LifecycleContext, receivedAt: string = ctx.now, kind: OtherNoticeKind = {}): StoreChange[] {
  const relayedFromNoReply = kind.relayedFromNoReply === true;
  const relayedWords = relayedFromNoReply ? '' : (kind.relayedWords ?? '');
  const looksAutomated = kind.looksAutomated === true && !relayedFromNoReply && relayedWords === '';
  const overruled = kind.overruled ?? [];
  const forAnotherAdult = kind.forAnotherAdult ?? '';
  const asked = overruled.length > 0 ? [] : (kind.asked ?? []).filter((label) => label !== 'other');
  // What the team is shown to reply first: what the rules read (overruled), else what the bot read.
  const suggested = overruled.length > 0 ? overruled : asked;
  if (ctx.teamAddresses.length === 0 || !mail.from || ctx.teamAddresses.includes(mail.from.address)) return [];
  const key = `none:team-notice:${shortHash(mail.key)}`;
  if (db.outbox[key]) return [];
  // A flood of unclassifiable mail (a spam run) must not become a flood in the team's inbox.
  const today = localDay(ctx.now, ctx.timeZone);
  const indexed = usableIndex(ctx.index, ctx.timeZone);
  const noticesToday = indexed ? teamNoticesOn(indexed, db, today) : Object.values(db.outbox).filter((item) => item.key.startsWith(TEAM_NOTICE_PREFIX) && localDay(item.createdAt, ctx.timeZone) === today).length;
  if (noticesToday >= MAX_TEAM_NOTICES_PER_DAY) {
    // Past the cap nothing may go unowned: one notice a day says more arrived and where to find it.
    const overflowKey = `none:team-notice-overflow:${today}`;
    if (db.outbox[overflowKey]) return [];
    const vars = { caseId: '', state: '', orgName: ctx.orgName, cap: MAX_TEAM_NOTICES_PER_DAY, day: today };
    return [{ type: 'enqueue', item: noCaseTeamItem('team-notice-overflow', today, `[privacy-inbox] more than ${MAX_TEAM_NOTICES_PER_DAY} messages today were not privacy requests`, vars, db, ctx) }];
  }
  const form = relayedFormOf(mail);
  const vars = {
    caseId: '',
    state: '',
    orgName: ctx.orgName,
    from: formatAddress(mail.from),
    subject: mail.subject,
    quoted: quote(mail.newText || mail.text),
    text: (mail.newText || mail.text).trim().slice(0, MAX_QUOTED_CHARS),
    attachments: mail.attachments.map((attachment) => `${attachment.filename ?? '(unnamed)'} (${attachment.contentType})`),
    // `open <labels>` in reply to this notice turns the mail into a case (src/core/cases/rescue.ts).
    messageKey: mail.key,
    receivedOn: localDay(receivedAt, ctx.timeZone),
    looksAutomated,
    relayedFromNoReply,
    relayedWords,
    // A machine sent it: `open` must name whom to answer (cases/rescue.ts machineSenderOf).
    needsAddress: (relayedFromNoReply && form === null) || relayedWords !== '',
    // A web form's relay: who typed the message, as they typed it (not verified).
    formSender: form ? formatAddress(form.sender) : '',
    // What the rules read and the model overruled, in the words `open` takes ("deletion, opt-out").
    readAs: overruled.map(commandWordOf).join(', '),
    // The words naming the other adult ("my wife"), when the request was made for them.
    forAnotherAdult,
    // What a passed-on mail seems to ask, for the team to confirm with one reply ("open deletion").
    asked: asked.map(commandWordOf).join(', '),
    openExample: suggested.map(commandWordOf).join(' '),
    // The reply examples: what the bot read first, then the usual two, each once.
    openExamples: [...new Set([suggested.map(commandWordOf).join(' '), 'deletion', 'disclosure opt-out'].filter(Boolean))],
    cliLabels: suggested.length > 0 ? suggested.join(' ') : 'deletion',
  };
  const subject = `[privacy-inbox] ${noticeTopic(form !== null, relayedFromNoReply, relayedWords, looksAutomated, overruled.length > 0, forAnotherAdult !== '')}, passed to you (no reply was sent)`;
  return [{ type: 'enqueue', item: noCaseTeamItem('team-notice', shortHash(mail.key), subject, vars, db, ctx) }];
}

/** What the team notice is about, for its subject line. */
function noticeTopic(form: boolean, relayedFromNoReply: boolean, relayedWords: string, looksAutomated: boolean, overruled: boolean, forAnotherAdult: boolean): string {
  if (form) return 'a message from a web form';
  if (relayedFromNoReply) return 'a request relayed from a no-reply address';
  if (relayedWords) return `words relayed by a machine (${relayedWords})`;
  if (looksAutomated) return 'an automatic reply that mentions a request';
  if (forAnotherAdult) return "a request about another adult's data, with no authority named";
  if (overruled) return 'perhaps a privacy request (the rules and the model disagree)';
  return 'not a privacy request';
}
