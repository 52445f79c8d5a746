import { createHash } from 'node:crypto';
import type { Address, CaseEvent, CaseLifecycle, CaseRecord, CaseState, DbData, InboundMail, OutboxItem, StoreChange } from '../../types.js';
import type { Regime } from '../deadlines.js';
import type { AuthResultsMode } from '../auth-results.js';
import { emptyLifecycle } from '../case-machine.js';
import { addressHash, buildOutboxItem, outboxKey, repliesToday } from '../outbox.js';
import { localDay } from '../case-id.js';
import { needsLanguageNote, templateLanguage, type TemplateLanguage } from '../request-words.js';
import { greetingName } from '../greeting-name.js';
import { teamSubject } from '../team-subject.js';
import { firstContactCapAlert, paceFirstContact } from './first-contact.js';
import { outboxOfCase, type IntakeIndex } from '../intake-index.js';
export interface LifecycleContext {
  now: string;
  timeZone: string;
  secret: string;
  /** Domain of PRIVACY_ADDRESS: our Message-IDs live there. */
  domain: string;
  orgName: string;
  privacyAddress: string;
  maxRepliesPerSenderPerDay: number;
  /** MAX_NEW_ADDRESSES_PER_DAY: first mail to addresses never written to before, per day; null = no cap. */
  maxNewAddressesPerDay?: number | null;
  teamAddresses: string[];
  /** VERIFICATION_DATA_POINTS. */
  dataPoints: string[];
  trustedAuthservId: string | null;
  /** TRUSTED_AUTHSERV_HEADERS (default 1) and AUTH_RESULTS_MODE (default rfc8601): src/core/team-auth.ts. */
  trustedAuthservHeaders?: number;
  authResultsMode?: AuthResultsMode;
  /** TEAM_COMMAND_MAX_AGE in ms (default 3 days): src/core/team-replay.ts. */
  teamCommandMaxAgeMs?: number;
  /** Each case's original request as its sender wrote it, loaded by the caller for escalations (bodies stay out of the store). */
  requestTexts?: Readonly<Record<string, RequestText>>;
  /** Mail the team asked to turn into a case (`open`), parsed back from its raw copy by the caller, by message key. */
  rescuedMail?: Readonly<Record<string, InboundMail>>;
  /** DEFAULT_REGIME and PROMISED_RESPONSE_DAYS: with them a new case gets its full legal clock at once (src/core/deadlines). */
  deadlines?: { defaultRegimes: Regime[]; promisedResponseDays: number | null };
  /** The pass's index of the working set, kept up to date by the caller: lookups without scans (src/core/intake-index.ts). */
  index?: IntakeIndex;
}

export interface RequestText {
  subject: string;
  text: string;
  /** "name (type, size)" per attachment. */
  attachments: string[];
}

/** Below this (or when the classifiers disagree) a person checks the labels before anything irreversible. */
export const LOW_CONFIDENCE = 0.5;
/** Non-request mail passed to the team per day, at most; the rest is still recorded as ignored. */
export const MAX_TEAM_NOTICES_PER_DAY = 25;
/** How much of a requester's text an escalation quotes. */
export const MAX_QUOTED_CHARS = 6000;


export interface Draft {
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

export function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 10);
}

export function startDraft(db: DbData, ctx: LifecycleContext, record: CaseRecord, isNew: boolean): Draft {
  const copy = structuredClone(record);
  copy.lifecycle ??= emptyLifecycle(1);
  return { db, ctx, isNew, record: copy, lifecycle: copy.lifecycle, originalThreadIds: [...record.threadIds], newEvents: [], items: [], addMessageKeys: [], extraChanges: [] };
}

export function addEvent(d: Draft, type: string, by: string, data?: Record<string, unknown>, fixedId?: string): void {
  const id = fixedId ?? `${d.record.id}:${d.record.events.length + 1}:${type}`;
  if (d.record.events.some((existing) => existing.id === id)) return;
  const event: CaseEvent = { id, at: d.ctx.now, type, by, ...(data ? { data } : {}) };
  d.record.events.push(event);
  d.newEvents.push(event);
}

export function finish(d: Draft): StoreChange[] {
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

export function setState(d: Draft, to: CaseState, by: string, reason?: string): boolean {
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

export function formatAddress(address: Address): string {
  return address.name ? `${address.name} <${address.address}>` : address.address;
}

const ON_BEHALF_SUBJECTS: Record<TemplateLanguage, string> = {
  en: 'A privacy request made on your behalf',
  es: 'Una solicitud de privacidad hecha en su nombre',
  de: 'Eine Datenschutzanfrage in Ihrem Namen',
  fr: 'Une demande relative à vos données, faite en votre nom',
  pt: 'Um pedido de privacidade feito em seu nome',
  it: 'Una richiesta sulla privacy presentata a Suo nome',
  nl: 'Een privacyverzoek namens u',
};

/** The subject of the consumer's own thread when an agent asked for them: it must not look like a reply. */
export function onBehalfSubject(caseId: string, language: TemplateLanguage): string {
  return `${ON_BEHALF_SUBJECTS[language]} [${caseId}]`;
}

/** The local due date a person reads: the clock's date, or the due instant's day in TIMEZONE. */
export function dueOnOf(record: CaseRecord, timeZone: string): string {
  return record.clock?.dueOn ?? (record.dueAt ? localDay(record.dueAt, timeZone) : '');
}

/** Every date a person reads is the local date in TIMEZONE, the zone the clocks use. */
export function baseVars(d: Draft, recipientName: string): Record<string, unknown> {
  const { record, ctx } = d;
  return {
    caseId: record.id,
    orgName: ctx.orgName,
    privacyAddress: ctx.privacyAddress,
    lang: templateLanguage(record.language),
    languageNote: needsLanguageNote(record.language),
    requesterName: greetingName(recipientName),
    receivedOn: localDay(record.receivedAt, ctx.timeZone),
    dueOn: dueOnOf(record, ctx.timeZone),
  };
}


export interface RequesterMail {
  templateId: string;
  step: string;
  to: Address;
  vars: Record<string, unknown>;
  /** false for mail a team member chose to send: the loop breaker is for automatic replies. */
  cap?: boolean;
  /** Mail to the consumer an agent named: their own thread, never the agent's messages. */
  consumerThread?: boolean;
  /** Replaces the reply subject (the consumer's own thread). */
  subject?: string;
}

/** Queues one message to the requester's side, threaded into the case, at most once per key. */
export function queueRequesterMail(d: Draft, mail: RequesterMail): OutboxItem | null {
  const { record, ctx, db } = d;
  const key = outboxKey({ caseId: record.id, templateId: mail.templateId, step: mail.step });
  if (db.outbox[key] || d.items.some((item) => item.key === key)) return null;
  const toHash = addressHash(mail.to.address);
  let inReplyTo: string | null;
  let references: string[];
  let subject = mail.subject ?? replySubject(record.subject, record.id);
  if (mail.consumerThread) {
    subject = mail.subject ?? onBehalfSubject(record.id, templateLanguage(record.language));
    const earlier = (ctx.index ? outboxOfCase(ctx.index, db, record.id) : Object.values(db.outbox))
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
    { caseId: record.id, templateId: mail.templateId, step: mail.step, to: mail.to, inReplyTo, references, subject, vars: { ...baseVars(d, mail.to.name), ...mail.vars } },
    db,
    { now: ctx.now, secret: ctx.secret, domain: ctx.domain, toHash, timeZone: ctx.timeZone, maxRepliesPerSenderPerDay: ctx.maxRepliesPerSenderPerDay, ...(ctx.index ? { index: ctx.index } : {}) },
  );
  const queuedNow = d.items.filter((other) => other.toHash === toHash && other.state !== 'suppressed').length;
  const overCap = mail.cap !== false && repliesToday(db, toHash, ctx.now, ctx.timeZone, ctx.index) + queuedNow >= ctx.maxRepliesPerSenderPerDay;
  item.state = overCap ? 'suppressed' : 'pending';
  item.lastError = overCap ? `over MAX_REPLIES_PER_SENDER_PER_DAY (${ctx.maxRepliesPerSenderPerDay})` : null;
  const pacing = overCap ? null : paceFirstContact(db, d.items, toHash, ctx.now, ctx.timeZone, ctx.maxNewAddressesPerDay ?? null, ctx.index);
  if (pacing?.firstContact) item.firstContact = true;
  if (pacing?.notBefore) item.notBefore = pacing.notBefore;
  d.items.push(item);
  record.threadIds.push(item.messageId);
  addEvent(d, overCap ? 'reply_suppressed' : 'reply_queued', 'bot', { templateId: mail.templateId, outboxKey: key, ...(overCap ? { reason: item.lastError } : {}), ...(pacing?.notBefore ? { notBefore: pacing.notBefore } : {}) });
  if (pacing?.deferred) {
    const alert = firstContactCapAlert(db, d.items, ctx);
    if (alert) d.items.push(alert);
  }
  return item;
}

export interface TeamMail {
  templateId: string;
  step: string;
  vars: Record<string, unknown>;
  inReplyTo?: string | null;
  references?: string[];
}

/** Queues one message to TEAM_ADDRESSES. Team mail never counts toward a requester's daily cap. */
export function queueTeamMail(d: Draft, mail: TeamMail): OutboxItem | null {
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
      // One subject for the whole team conversation about a case (mail clients thread on it); the
      // state and what happened go in the body.
      subject: (lifecycle.teamSubject ??= teamSubject(record)),
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


export function quote(text: string): string {
  const trimmed = text.trim();
  const clipped = trimmed.length > MAX_QUOTED_CHARS ? `${trimmed.slice(0, MAX_QUOTED_CHARS)}\n[… cut]` : trimmed;
  return clipped
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');
}

