import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { AUTHSERV, MaildirWorld, PRIVACY, TEAM, type SentMail } from './lifecycle-support.js';

export { PRIVACY, TEAM };

/** The one-time code format the bot promises requesters (see the scenarios spec). */
export const CODE_PATTERN = /\b[A-Z2-9]{4}-[A-Z2-9]{4}\b/;

/** A world with its own data directory, on the harness default clock (Mon 2026-03-02 09:00 in Los Angeles). */
/** A Maildir install driven by the built CLI; `cron: true` runs every job on each pass (`run-once --jobs all`). */
export async function newWorld(options: { cron?: boolean } = {}): Promise<MaildirWorld> {
  return new MaildirWorld(await mkdtemp(path.join(tmpdir(), 'pi-scen-')), {}, options.cron ? ['run-once', '--jobs', 'all'] : ['run-once']);
}

export interface Attachment {
  filename: string;
  contentType: string;
  content: Buffer | string;
}

export interface MailSpec {
  from: string;
  to?: string;
  subject: string;
  messageId: string;
  /** When the sender's client stamped the mail (ISO); written in the sender's own offset. */
  date: string;
  dateOffsetMinutes?: number;
  text?: string;
  html?: string;
  attachments?: Attachment[];
  inReplyTo?: string;
  references?: string[];
  headers?: Record<string, string>;
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** RFC 5322 date-time, as the sender's client writes it in its own zone. */
export function rfc5322Date(iso: string, offsetMinutes = -480): string {
  const local = new Date(Date.parse(iso) + offsetMinutes * 60_000);
  const pad = (value: number): string => String(value).padStart(2, '0');
  const sign = offsetMinutes < 0 ? '-' : '+';
  const offset = `${sign}${pad(Math.floor(Math.abs(offsetMinutes) / 60))}${pad(Math.abs(offsetMinutes) % 60)}`;
  return `${DAYS[local.getUTCDay()]}, ${pad(local.getUTCDate())} ${MONTHS[local.getUTCMonth()]} ${local.getUTCFullYear()} ${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())} ${offset}`;
}

/** RFC 2047: header text outside printable ASCII travels as an encoded-word. */
function encodeWord(value: string): string {
  return /^[\x20-\x7e]*$/.test(value) ? value : `=?UTF-8?B?${Buffer.from(value, 'utf8').toString('base64')}?=`;
}

/** "Name <address>" with the display name encoded when it is not plain ASCII. */
export function address(name: string, email: string): string {
  if (/^[\x20-\x7e]*$/.test(name)) return `"${name.replace(/"/g, '')}" <${email}>`;
  return `${encodeWord(name)} <${email}>`;
}

function wrapBase64(content: Buffer): string {
  return (content.toString('base64').match(/.{1,76}/g) ?? []).join('\r\n');
}

function crlf(text: string): string {
  return text.replace(/\r?\n/g, '\r\n');
}

function textPart(body: string, subtype: 'plain' | 'html'): string {
  if (/^[\x00-\x7f]*$/.test(body)) {
    return `Content-Type: text/${subtype}; charset=us-ascii\r\nContent-Transfer-Encoding: 7bit\r\n\r\n${crlf(body)}\r\n`;
  }
  return `Content-Type: text/${subtype}; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n${wrapBase64(Buffer.from(body, 'utf8'))}\r\n`;
}

function multipart(subtype: string, boundary: string, parts: string[]): string {
  return `Content-Type: multipart/${subtype}; boundary="${boundary}"\r\n\r\n${parts.map((part) => `--${boundary}\r\n${part}`).join('\r\n')}\r\n--${boundary}--\r\n`;
}

function bodyOf(spec: MailSpec): string {
  const alternatives: string[] = [];
  if (spec.text !== undefined) alternatives.push(textPart(spec.text, 'plain'));
  if (spec.html !== undefined) alternatives.push(textPart(spec.html, 'html'));
  const readable = alternatives.length > 1 ? multipart('alternative', `alt-${spec.messageId}`, alternatives) : (alternatives[0] ?? textPart('', 'plain'));
  if (!spec.attachments?.length) return readable;
  const files = spec.attachments.map((file) => {
    const content = typeof file.content === 'string' ? Buffer.from(file.content, 'utf8') : file.content;
    return `Content-Type: ${file.contentType}; name="${file.filename}"\r\nContent-Disposition: attachment; filename="${file.filename}"\r\nContent-Transfer-Encoding: base64\r\n\r\n${wrapBase64(content)}\r\n`;
  });
  return multipart('mixed', `mix-${spec.messageId}`, [readable, ...files]);
}

/** A raw RFC 5322 message: text, HTML-only, alternative or with attachments, as real clients send. */
export function buildMail(spec: MailSpec): string {
  const lines = [
    `From: ${spec.from}`,
    `To: ${spec.to ?? PRIVACY}`,
    `Subject: ${encodeWord(spec.subject)}`,
    `Date: ${rfc5322Date(spec.date, spec.dateOffsetMinutes)}`,
    `Message-ID: <${spec.messageId}>`,
  ];
  if (spec.inReplyTo) lines.push(`In-Reply-To: <${spec.inReplyTo}>`);
  if (spec.references?.length) lines.push(`References: ${spec.references.map((id) => `<${id}>`).join(' ')}`);
  for (const [name, value] of Object.entries(spec.headers ?? {})) lines.push(`${name}: ${value}`);
  lines.push('MIME-Version: 1.0');
  return `${lines.join('\r\n')}\r\n${bodyOf(spec)}`;
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** What a webmail editor makes of plain paragraphs. */
export function htmlOf(text: string): string {
  const paragraphs = text.split(/\n{2,}/).map((paragraph) => `<div>${escapeHtml(paragraph).replace(/\n/g, '<br>')}</div>`);
  return `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body dir="ltr">${paragraphs.join('<div><br></div>')}</body></html>`;
}

/**
 * How the reply quotes our mail. gmail: an "On … wrote:" line (in the sender's language) and "> " lines;
 * outlook: a rule and a From/Sent/To/Subject block, the original NOT marked with ">";
 * iphone: a signature line, then the whole quote marked with ">"; none: no quote at all.
 */
export type QuoteStyle = 'gmail' | 'outlook' | 'iphone' | 'none';

export interface ReplySpec {
  from: string;
  body: string;
  messageId: string;
  date: string;
  style?: QuoteStyle;
  /** Gmail's attribution line in the sender's language, e.g. German "Am … schrieb …:". */
  attribution?: string;
  /** Outlook's header labels in the sender's language. */
  outlookLabels?: { from: string; sent: string; to: string; subject: string };
  htmlOnly?: boolean;
  attachments?: Attachment[];
  headers?: Record<string, string>;
  subjectPrefix?: string;
}

function quoted(text: string): string {
  return text
    .trim()
    .split('\n')
    .map((line) => (line ? `> ${line}` : '>'))
    .join('\n');
}

function replyText(original: SentMail, spec: ReplySpec): string {
  const style = spec.style ?? 'gmail';
  const sender = `Calm Clinic <${PRIVACY}>`;
  if (style === 'none') return spec.body;
  if (style === 'gmail') return `${spec.body}\n\n${spec.attribution ?? `On Mon, Mar 2, 2026 at 9:14 AM ${sender} wrote:`}\n${quoted(original.text)}\n`;
  if (style === 'iphone') return `${spec.body}\n\nSent from my iPhone\n\n> On Mar 2, 2026, at 9:14 AM, ${sender} wrote:\n>\n${quoted(original.text)}\n`;
  const labels = spec.outlookLabels ?? { from: 'From', sent: 'Sent', to: 'To', subject: 'Subject' };
  const recipient = /<([^>]+)>/.exec(spec.from)?.[1] ?? spec.from;
  return `${spec.body}\n\n________________________________\n${labels.from}: ${sender}\n${labels.sent}: Monday, March 2, 2026 9:14 AM\n${labels.to}: ${recipient}\n${labels.subject}: ${original.subject}\n\n${original.text.trim()}\n`;
}

/** The subject of a reply: clients add "Re:" once, not again on a subject that has it. */
export function replySubject(subject: string, prefix = 'Re:'): string {
  return /^(re|aw|sv):/i.test(subject) ? subject : `${prefix} ${subject}`;
}

/** A reply to one of the bot's messages, threaded the way the sender's client threads it. */
export function replyMail(original: SentMail, spec: ReplySpec): string {
  const text = replyText(original, spec);
  return buildMail({
    from: spec.from,
    subject: replySubject(original.subject, spec.subjectPrefix ?? (spec.style === 'outlook' ? 'RE:' : 'Re:')),
    messageId: spec.messageId,
    date: spec.date,
    inReplyTo: original.messageId,
    references: [...original.references, original.messageId],
    ...(spec.htmlOnly ? { html: htmlOf(text) } : { text }),
    ...(spec.attachments ? { attachments: spec.attachments } : {}),
    ...(spec.headers ? { headers: spec.headers } : {}),
  });
}

/** An authenticated team reply (our MX stamps Authentication-Results), quoted in the given style. */
export function teamMail(commands: string, to: SentMail, options: { messageId: string; date: string; style?: QuoteStyle; from?: string }): string {
  return replyMail(to, {
    from: options.from ?? `Sam Rivera <${TEAM}>`,
    body: commands,
    messageId: options.messageId,
    date: options.date,
    style: options.style ?? 'gmail',
    headers: { 'Authentication-Results': `${AUTHSERV}; dkim=pass header.d=example.test header.s=sel; spf=pass smtp.mailfrom=${TEAM}` },
  });
}

export function codeIn(mail: SentMail | undefined): string | null {
  return CODE_PATTERN.exec(mail?.text ?? '')?.[0] ?? null;
}

export function mailsTo(mails: SentMail[], email: string): SentMail[] {
  return mails.filter((mail) => mail.to.includes(email));
}

export function ofTemplate(world: MaildirWorld, mails: SentMail[], templateId: string): SentMail[] {
  return mails.filter((mail) => world.templateOf(mail) === templateId);
}

/** The team's mail about one case, as a mail client files it. */
export function aboutCase(mails: SentMail[], caseId: string): SentMail[] {
  return mails.filter((mail) => mail.to.includes(TEAM) && `${mail.subject}\n${mail.text}`.includes(caseId));
}

export function withoutReplyPrefix(subject: string): string {
  return subject.replace(/^((re|aw|fwd?|sv):\s*)+/i, '').trim();
}

/** The requester reads their own language: the HTML part declares it. */
export function expectLanguage(mail: SentMail | undefined, lang: string, options: { soft?: boolean } = {}): void {
  const check = options.soft ? expect.soft : expect;
  check(mail?.html ?? '').toMatch(new RegExp(`<html[^>]*\\blang="${lang}"`, 'i'));
}

/** Phrases of our English letters that must not leak into a translated one. */
const ENGLISH_BOILERPLATE = [/\bDear\b/, /privacy request/i, /\bthank you\b/i, /\byour request\b/i, /\bwe received\b/i];

export function expectNoEnglishBoilerplate(mail: SentMail | undefined, options: { soft?: boolean } = {}): void {
  const check = options.soft ? expect.soft : expect;
  for (const phrase of ENGLISH_BOILERPLATE) check(mail?.text ?? '').not.toMatch(phrase);
}

/**
 * The team finishes a case the way the bot's mail asks: when the case still waits for them to check
 * the requester's answers, they first reply "verified", then "done" (with the message, if any).
 * Two passes at most; returns everything the bot wrote, and the team's own mail last replied to.
 */
export async function teamFinishes(world: MaildirWorld, latestTeamMail: SentMail, options: { commands: string; at: string; key: string; style?: QuoteStyle }): Promise<SentMail[]> {
  const written: SentMail[] = [];
  let replyTo = latestTeamMail;
  if ((await showCase(world, caseIdOf(latestTeamMail))).state === 'awaiting_team') {
    await world.deliver(teamMail('verified', replyTo, { messageId: `${options.key}-verified@example.test`, date: options.at }));
    await world.run(options.at);
    written.push(...(await world.newMail()));
    replyTo = written.filter((mail) => mail.to.includes(TEAM)).at(-1) ?? replyTo;
  }
  const doneAt = new Date(Date.parse(options.at) + 60 * 60 * 1000).toISOString();
  await world.deliver(teamMail(options.commands, replyTo, { messageId: `${options.key}-done@example.test`, date: doneAt, ...(options.style ? { style: options.style } : {}) }));
  await world.run(doneAt);
  written.push(...(await world.newMail()));
  return written;
}

function caseIdOf(mail: SentMail): string {
  const id = /PR-\d{4}-\d{4}/.exec(`${mail.subject}\n${mail.text}`)?.[0];
  expect(id).toBeDefined();
  return id as string;
}

export interface CaseView {
  id: string;
  state: string;
  labels: string[];
  requester: string;
  receivedAt: string;
  dueAt: string;
  events: Array<{ at: string; type: string; by: string; data?: Record<string, unknown> }>;
  messages?: unknown;
}

/** `show ID --json`, typed with the message texts the spec adds. */
export async function showCase(world: MaildirWorld, id: string): Promise<CaseView> {
  return JSON.parse(await world.showJson(id)) as CaseView;
}

/** Nothing is sent twice: after what is already written, another pass at the same moment writes no mail. */
export async function expectQuietRerun(world: MaildirWorld): Promise<void> {
  await world.newMail();
  await world.run(world.now);
  expect((await world.newMail()).map((mail) => world.templateOf(mail))).toEqual([]);
}

/** Greeting lines ("Hi Maria,", "Dear Maria,", "Hola Maria,") at the start of a letter. */
export function greetingLines(text: string): string[] {
  return text.split('\n').map((line) => line.trim()).filter((line) => /^(hi|hello|hey|dear|good (morning|afternoon)|hola|estimad[oa])\b/i.test(line));
}

/** A small but real PDF, as an agent's signed permission would be attached. */
export function fakePdf(title: string): Buffer {
  return Buffer.from(`%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n% ${title}\ntrailer << /Root 1 0 R >>\n%%EOF\n`, 'latin1');
}

/** A tiny PNG (1x1), as a phone screenshot attachment stands in for. */
export const PNG_PIXEL = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
