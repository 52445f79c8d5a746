import type { Address, CaseRecord, DbData, InboundMail, Label, MessageRecord, OutboxItem, StoreChange, Verdict } from '../../types.js';
import { localDay } from '../case-id.js';
import { allowedCommands, teamTasks } from '../case-machine.js';
import { COMMAND_HELP, commandWordOf, parseCommands } from '../commands.js';
import { isOwnMessageId } from '../outbox.js';
import { teamSubject } from '../team-subject.js';
import { dueOnOf, shortHash } from './draft.js';
import { teamOutboxItem } from './not-a-case.js';
import { openCase, type OpeningContext } from './open-case.js';
import { HELD_SUMMARY_TEMPLATE } from './held-sender.js';
import { MACHINE_SUMMARY_TEMPLATE } from './machine-set-aside.js';
import { isNoReply, relayedFormOf } from '../web-form.js';

/** A chaser the requester sent about mail we passed on is joined to the case when the team opens it. */
const CHASER_WINDOW_DAYS = 60;
const DAY_MS = 86_400_000;

/** Team mail about caseless mail that an `open` reply can answer. */
export const NOTICE_TEMPLATES: ReadonlySet<string> = new Set(['team-notice', HELD_SUMMARY_TEMPLATE, MACHINE_SUMMARY_TEMPLATE]);

/** The notice about caseless mail (one "not a privacy request" mail, or a day's held mail) a team reply answers, proven by the bot's own Message-ID. */
export function findNoticeReference(mail: InboundMail, db: DbData, secret: string, domain: string): OutboxItem | null {
  const referenced = [mail.inReplyTo, ...mail.references].filter((id): id is string => Boolean(id));
  for (const item of Object.values(db.outbox)) {
    if (!NOTICE_TEMPLATES.has(item.templateId) || item.caseId !== null || !referenced.includes(item.messageId)) continue;
    if (isOwnMessageId(item.messageId, item.key, secret, domain)) return item;
  }
  return null;
}

export type NoticeTarget = { ok: true; messageKey: string } | { ok: false; error: string };

/**
 * Which message an `open` in reply to a notice means: a single-mail notice names it; a summary lists
 * several, so the command's number picks one ("open 2 deletion"), and a summary of one needs none.
 */
export function noticeTarget(notice: OutboxItem, entry: number | undefined): NoticeTarget {
  if (typeof notice.vars.messageKey === 'string') return { ok: true, messageKey: notice.vars.messageKey };
  const keys = Array.isArray(notice.vars.messageKeys) ? notice.vars.messageKeys.filter((key): key is string => typeof key === 'string') : [];
  if (keys.length === 0) return { ok: false, error: 'that notice names no message' };
  if (entry === undefined && keys.length === 1) return { ok: true, messageKey: keys[0] as string };
  if (entry === undefined) return { ok: false, error: `that summary lists ${keys.length} messages: say which, e.g. "open 1 deletion"` };
  const key = keys[entry - 1];
  return key ? { ok: true, messageKey: key } : { ok: false, error: `that summary has no entry ${entry} (it lists 1 to ${keys.length})` };
}

/** The `open` entry number a team reply asks for, if any (for loading the right raw copy before planning). */
export function requestedEntry(newText: string): number | undefined {
  const opening = parseCommands(newText).commands.find((entry) => entry.command.name === 'open');
  return opening?.command.name === 'open' ? opening.command.entry : undefined;
}

/**
 * Why the sender of a recorded mail cannot be the requester, if it cannot: a no-reply relay or a
 * notice carrying someone else's words (a voicemail transcript, a form's copy). Opening a case from it
 * would send the acknowledgement, and every later mail of the case, to a machine; the team names the
 * person instead ("open deletion for name@example.org"). A web form names its person itself.
 */
export function machineSenderOf(record: MessageRecord, mail: InboundMail): string | null {
  if (relayedFormOf(mail)) return null;
  if (record.verdict?.automated?.relayed === true) return `it relays someone else's words (${record.verdict.automated.reason}): its sender is a machine, not the person who spoke or wrote them`;
  if (isNoReply(mail.from?.address ?? '')) return 'it came from a no-reply address, which nobody reads';
  return null;
}

export interface OpenedFromMessage {
  caseId: string;
  chasers: MessageRecord[];
  changes: StoreChange[];
}

/**
 * Turns a recorded message that never became a case into one, with the labels a person chose: the
 * legal clock starts at the message's original receipt, its sender's later chasers join it.
 */
export function openFromMessage(record: MessageRecord, mail: InboundMail, labels: Label[], by: string, note: string | null, db: DbData, ctx: OpeningContext, requester?: Address): OpenedFromMessage {
  // A web form's relay: the team has read it and chosen to answer the person the form names. Other
  // people's forms and portal messages come from the same no-reply address, so none of them is this one's chaser.
  const form = relayedFormOf(mail);
  const answered = requester ?? form?.sender ?? null;
  const original: InboundMail = answered ? { ...mail, from: answered, replyTo: [] } : mail;
  // A portal relaying patients' messages from `portal-noreply@` sends everyone's mail from one address;
  // a requester the team named did not send this mail, so the sender's other mail is not theirs either.
  const relay = answered !== null || isNoReply(mail.from?.address ?? '');
  const chasers = relay ? [] : laterChasers(record, db);
  const verdict: Verdict = {
    ...(record.verdict ?? { language: 'und', automated: null, agent: false, evidence: [], classifiedBy: 'rules' }),
    primary: labels[0] ?? 'other',
    labels,
    confidence: 1,
    disputed: false,
    automated: null,
  };
  const opened = openCase(
    {
      mail: original,
      verdict,
      receivedAt: record.receivedAt,
      messageKeys: [record.key, ...chasers.map((chaser) => chaser.key)],
      threadIds: [record.messageId, ...chasers.map((chaser) => chaser.messageId)].filter((id): id is string => Boolean(id)),
      events: [
        { id: 'opened_by_team', at: ctx.now, type: 'opened_by_team', by, data: { labels, messageKey: record.key, chasers: chasers.length } },
        ...(note ? [{ id: 'opened_note', at: ctx.now, type: 'note', by, data: { text: note } }] : []),
      ],
    },
    db,
    ctx,
  );
  const changes: StoreChange[] = [...opened.changes];
  for (const joined of [record, ...chasers]) changes.push({ type: 'putMessage', record: { ...joined, status: 'case', reason: null, caseId: opened.caseId } });
  return { caseId: opened.caseId, chasers, changes };
}

export interface NoticeCommandResult {
  caseId: string | null;
  ok: boolean;
  errors: string[];
  changes: StoreChange[];
}

function laterChasers(original: MessageRecord, db: DbData): MessageRecord[] {
  const until = Date.parse(original.receivedAt) + CHASER_WINDOW_DAYS * DAY_MS;
  return Object.values(db.messages)
    .filter((record) => record.key !== original.key && record.fromHash !== null && record.fromHash === original.fromHash && record.caseId === null && record.status === 'ignored' && record.reason === original.reason)
    .filter((record) => record.receivedAt >= original.receivedAt && Date.parse(record.receivedAt) <= until)
    .sort((a, b) => a.receivedAt.localeCompare(b.receivedAt));
}

/**
 * The team's `open <labels>` (or `reclassify <labels>`) in reply to a notice about mail the bot did
 * not take for a privacy request: the mail becomes a case whose legal clock starts at its original
 * receipt, the sender gets the acknowledgement now, and later chasers from the same sender join it.
 * `original` is the parsed mail, loaded by the caller from the raw copy (bodies are not in the store).
 */
export function planNoticeCommand(mail: InboundMail, notice: OutboxItem, original: InboundMail | null, db: DbData, ctx: OpeningContext): NoticeCommandResult {
  const sender = mail.from?.address ?? '';
  const parsed = parseCommands(mail.newText);
  const errors = [...parsed.errors];
  const opening = parsed.commands.find((entry) => entry.command.name === 'open' || entry.command.name === 'reclassify');
  const target = noticeTarget(notice, opening?.command.name === 'open' ? opening.command.entry : undefined);
  const messageKey = target.ok ? target.messageKey : null;
  const record = messageKey ? db.messages[messageKey] : undefined;
  const others = parsed.commands.filter((entry) => entry !== opening && entry.command.name !== 'note');
  if (errors.length === 0 && !opening) errors.push('this mail is not a case yet: reply "open <labels>" (e.g. "open deletion") to make it one, or nothing to leave it');
  for (const entry of others) errors.push(`"${entry.line}": this mail is not a case yet, so only "open <labels>" (and "note <text>") can be used; send other commands in reply to the case's mail`);
  const labels = opening && (opening.command.name === 'open' || opening.command.name === 'reclassify') ? opening.command.labels.filter((label) => label !== 'other') : [];
  if (errors.length === 0 && !target.ok) errors.push(target.error);
  if (errors.length === 0 && labels.length === 0) errors.push('"open other" opens nothing: name the request, e.g. "open opt-out" or "open disclosure deletion"');
  if (errors.length === 0 && (!record || !original || !original.from)) errors.push('the original mail could not be read back from the raw copy, so no case was opened; forward it to the privacy mailbox from the sender\'s address instead');
  if (errors.length === 0 && record?.caseId) errors.push(`that mail already belongs to case ${record.caseId}; reply to that case's mail instead`);
  const named = opening?.command.name === 'open' && opening.command.requester ? { address: opening.command.requester, name: '' } : undefined;
  const machine = errors.length === 0 && record && original && !named ? machineSenderOf(record, original) : null;
  if (machine) errors.push(`no case was opened, because ${machine}: say whom to answer, e.g. "open ${opening?.command.name === 'open' && opening.command.entry !== undefined ? `${opening.command.entry} ` : ''}${labels.map(commandWordOf).join(' ')} for name@example.org" (if the person left no address, answer them another way; the mail stays listed under privacy-inbox list --passed-over)`);
  if (errors.length > 0 || !record || !original) return { caseId: null, ok: false, errors, changes: [resultItem(mail, notice, undefined, false, [], errors, db, ctx)] };

  const note = parsed.commands.find((entry) => entry.command.name === 'note');
  const opened = openFromMessage(record, original, labels, sender, note?.command.name === 'note' ? note.command.text : null, db, ctx, named);
  const { changes, chasers } = opened;
  // The result goes into the new case's team thread, describing the case as it was just opened.
  const created = changes.find((change): change is Extract<StoreChange, { type: 'createCase' }> => change.type === 'createCase')?.record;
  // The case's team thread starts with this answer: fix its subject now, as the first team mail does.
  if (created?.lifecycle) created.lifecycle.teamSubject ??= teamSubject(created);
  const results = [
    `open: case ${opened.caseId} opened for that mail as ${labels.join(', ')}; its legal clock runs from the original receipt on ${localDay(record.receivedAt, ctx.timeZone)}`,
    named ? `${named.address} (the address you named) got our acknowledgement now` : 'the sender got our acknowledgement now, in their thread',
    ...(chasers.length > 0 ? [`${chasers.length} later message(s) from the same sender joined the case`] : []),
  ];
  changes.push(resultItem(mail, notice, created, true, results, [], db, ctx));
  return { caseId: opened.caseId, ok: true, errors: [], changes };
}

function resultItem(mail: InboundMail, notice: OutboxItem, record: CaseRecord | undefined, ok: boolean, results: string[], errors: string[], db: DbData, ctx: OpeningContext): StoreChange {
  const caseId = record?.id ?? null;
  const item = teamOutboxItem(
    {
      caseId,
      templateId: 'team-command-result',
      step: shortHash(mail.key),
      inReplyTo: mail.messageId,
      references: [notice.messageId, ...(mail.messageId ? [mail.messageId] : [])],
      subject: record ? teamSubject(record) : `Re: ${notice.subject}`,
      vars: {
        caseId: caseId ?? '',
        orgName: ctx.orgName,
        state: record?.state.replace(/_/g, ' ') ?? '',
        by: mail.from?.address ?? '',
        ok,
        results,
        errors,
        tasks: record ? teamTasks(record) : [],
        commands: record ? allowedCommands(record).map((name) => COMMAND_HELP[name]) : [COMMAND_HELP.open],
        dueOn: record ? dueOnOf(record, ctx.timeZone) || '-' : '-',
      },
    },
    db,
    ctx,
  );
  return { type: 'enqueue', item };
}
