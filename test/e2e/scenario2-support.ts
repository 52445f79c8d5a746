import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { runCli, type CliResult } from '../support/cli.js';
import { AUTHSERV, MaildirWorld, PRIVACY, TEAM, type SentMail } from './lifecycle-support.js';

export { PRIVACY, TEAM };

/** The one-time code format every code mail uses. */
export const CODE = /\b[A-Z2-9]{4}-[A-Z2-9]{4}\b/;
export const DAY_MS = 24 * 60 * 60 * 1000;

/** A fresh installation; `cron` runs `run-once --jobs all`, as a cron install does (deadline job included). */
export async function freshWorld(options: { cron?: boolean } = {}): Promise<MaildirWorld> {
  const dir = await mkdtemp(path.join(tmpdir(), 'pi-people-'));
  return new MaildirWorld(dir, {}, options.cron ? ['run-once', '--jobs', 'all'] : ['run-once']);
}

export interface Attachment {
  filename: string;
  contentType: string;
  content: Buffer;
}

export interface Letter {
  from: string;
  subject: string;
  messageId: string;
  /** ISO instant; written as an RFC 5322 date in the sender's offset. */
  at: string;
  /** Minutes east of UTC for the Date header (Los Angeles in March 2026: -480 before the 8th, -420 after). */
  offsetMinutes?: number;
  text?: string;
  /** With `text`: multipart/alternative; alone: an HTML-only mail (as some webmail and Outlook send). */
  html?: string;
  attachments?: Attachment[];
  inReplyTo?: string;
  references?: string[];
  headers?: Record<string, string>;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

export function rfcDate(iso: string, offsetMinutes = -480): string {
  const local = new Date(Date.parse(iso) + offsetMinutes * 60_000);
  const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${days[local.getUTCDay()]}, ${pad(local.getUTCDate())} ${months[local.getUTCMonth()]} ${local.getUTCFullYear()} ${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())} ${sign}${pad(Math.floor(abs / 60))}${pad(abs % 60)}`;
}

/** RFC 2047 for a display name or subject that is not plain ASCII. */
function encodeWord(value: string): string {
  // eslint-disable-next-line no-control-regex
  return /^[\x20-\x7e]*$/.test(value) ? value : `=?UTF-8?B?${Buffer.from(value, 'utf8').toString('base64')}?=`;
}

function encodeAddress(value: string): string {
  const match = /^(.*?)\s*<([^>]+)>$/.exec(value);
  if (!match || !match[1]) return value;
  const name = match[1].replace(/^"|"$/g, '');
  // eslint-disable-next-line no-control-regex
  return /^[\x20-\x7e]*$/.test(name) ? `"${name}" <${match[2]}>` : `${encodeWord(name)} <${match[2]}>`;
}

function base64Lines(content: Buffer): string {
  return (content.toString('base64').match(/.{1,76}/g) ?? []).join('\r\n');
}

function crlf(text: string): string {
  return text.replace(/\r?\n/g, '\r\n');
}

function textPart(text: string, subtype: 'plain' | 'html'): string {
  return [`Content-Type: text/${subtype}; charset=utf-8`, 'Content-Transfer-Encoding: base64', '', base64Lines(Buffer.from(crlf(text), 'utf8'))].join('\r\n');
}

/** Builds a raw message: plain, HTML-only, multipart/alternative, or mixed with attachments. */
export function letter(spec: Letter): string {
  const headers = [
    `From: ${encodeAddress(spec.from)}`,
    `To: ${PRIVACY}`,
    `Subject: ${encodeWord(spec.subject)}`,
    `Date: ${rfcDate(spec.at, spec.offsetMinutes)}`,
    `Message-ID: <${spec.messageId}>`,
  ];
  if (spec.inReplyTo) headers.push(`In-Reply-To: <${spec.inReplyTo}>`);
  if (spec.references?.length) headers.push(`References: ${spec.references.map((id) => `<${id}>`).join(' ')}`);
  for (const [name, value] of Object.entries(spec.headers ?? {})) headers.push(`${name}: ${value}`);
  headers.push('MIME-Version: 1.0');

  let body: string;
  if (spec.text !== undefined && spec.html !== undefined) {
    body = ['--alt-b', textPart(spec.text, 'plain'), '--alt-b', textPart(spec.html, 'html'), '--alt-b--', ''].join('\r\n');
    body = `Content-Type: multipart/alternative; boundary="alt-b"\r\n\r\n${body}`;
  } else if (spec.html !== undefined) body = textPart(spec.html, 'html');
  else body = textPart(spec.text ?? '', 'plain');

  if (spec.attachments?.length) {
    const parts = [`--mix-b\r\n${body}`];
    for (const file of spec.attachments) {
      parts.push(
        [
          '--mix-b',
          `Content-Type: ${file.contentType}; name="${file.filename}"`,
          `Content-Disposition: attachment; filename="${file.filename}"`,
          'Content-Transfer-Encoding: base64',
          '',
          base64Lines(file.content),
        ].join('\r\n'),
      );
    }
    parts.push('--mix-b--', '');
    headers.push('Content-Type: multipart/mixed; boundary="mix-b"');
    return `${headers.join('\r\n')}\r\n\r\n${parts.join('\r\n')}`;
  }
  const [head, ...rest] = body.split('\r\n\r\n');
  return `${headers.join('\r\n')}\r\n${head}\r\n\r\n${rest.join('\r\n\r\n')}\r\n`;
}

/** Paragraphs as the simple HTML a webmail composer writes. */
export function paragraphs(text: string): string {
  const escape = (value: string): string => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const blocks = text.split(/\n{2,}/).map((block) => `<p>${block.split('\n').map(escape).join('<br>')}</p>`);
  return `<html><head><meta charset="utf-8"></head><body><div dir="ltr">${blocks.join('\n')}</div></body></html>`;
}

export type Quoting = 'gmail' | 'outlook' | 'iphone' | 'none';

/** How mail clients put the earlier message under a reply. */
export function quoted(newText: string, original: SentMail, style: Quoting): string {
  const lines = original.text.trim().split('\n');
  switch (style) {
    case 'gmail':
      return `${newText}\n\nOn Mon, Mar 2, 2026 at 9:03 AM Calm Clinic <${PRIVACY}> wrote:\n\n${lines.map((line) => `> ${line}`).join('\n')}\n`;
    case 'iphone':
      return `${newText}\n\nSent from my iPhone\n\n> On Mar 2, 2026, at 09:03, Calm Clinic <${PRIVACY}> wrote:\n> \n${lines.map((line) => `> ${line}`).join('\n')}\n`;
    case 'outlook':
      // Outlook puts a header block and the original text with no ">" markers.
      return `${newText}\n\n________________________________\nFrom: Calm Clinic <${PRIVACY}>\nSent: Monday, March 2, 2026 9:03 AM\nTo: ${original.to.join('; ')}\nSubject: ${original.subject}\n\n${lines.join('\n')}\n`;
    case 'none':
      return `${newText}\n`;
  }
}

/** A requester's reply to one of our mails, in the thread, quoting it the way `style` does. */
export function answer(original: SentMail, spec: { from: string; text: string; messageId: string; at: string; style?: Quoting; subject?: string; html?: boolean; offsetMinutes?: number }): string {
  const body = quoted(spec.text, original, spec.style ?? 'gmail');
  const prefix = spec.style === 'outlook' ? 'RE:' : 'Re:';
  const subject = spec.subject ?? (/^re:/i.test(original.subject) ? original.subject : `${prefix} ${original.subject}`);
  return letter({
    from: spec.from,
    subject,
    messageId: spec.messageId,
    at: spec.at,
    offsetMinutes: spec.offsetMinutes,
    ...(spec.html ? { html: paragraphs(body) } : { text: body }),
    inReplyTo: original.messageId,
    references: [...original.references, original.messageId],
  });
}

/** A team member's authenticated reply to a bot mail (our MX adds the Authentication-Results). */
export function teamAnswer(commands: string, to: SentMail, spec: { messageId: string; at: string; style?: Quoting; from?: string }): string {
  const style = spec.style ?? 'gmail';
  return letter({
    from: spec.from ?? `Sam Ortiz <${TEAM}>`,
    subject: style === 'outlook' ? `RE: ${to.subject}` : `Re: ${to.subject}`,
    messageId: spec.messageId,
    at: spec.at,
    text: quoted(commands, to, style),
    inReplyTo: to.messageId,
    references: [...to.references, to.messageId],
    headers: { 'Authentication-Results': `${AUTHSERV}; dkim=pass header.d=example.test header.s=sel; spf=pass smtp.mailfrom=${TEAM}` },
  });
}

export function codeIn(mail: SentMail | undefined): string | null {
  return CODE.exec(mail?.text ?? '')?.[0] ?? null;
}

export function to(mails: SentMail[], address: string): SentMail[] {
  return mails.filter((mail) => mail.to.some((entry) => entry.toLowerCase() === address.toLowerCase()));
}

export function templated(world: MaildirWorld, mails: SentMail[], templateId: string): SentMail[] {
  return mails.filter((mail) => world.templateOf(mail) === templateId);
}

/** Mail the team gets about one case, leaving out the weekly digest a cron run may add. */
export function teamMailAbout(world: MaildirWorld, mails: SentMail[], caseId: string): SentMail[] {
  return to(mails, TEAM).filter((mail) => world.templateOf(mail) !== 'digest' && mail.subject.includes(caseId));
}

export function withoutRe(subject: string): string {
  return subject.replace(/^\s*((re|aw|fwd?|sv)\s*:\s*)+/i, '').trim();
}

export interface CaseMessage {
  key: string;
  from: string | null;
  text: string | null;
  newText: string | null;
  attachments: Array<{ filename?: string | null }>;
}

export interface CaseJson {
  id: string;
  state: string;
  labels: string[];
  requester: string;
  receivedAt: string;
  dueAt: string;
  language?: string;
  events: Array<{ at: string; type: string; by: string; data?: Record<string, unknown> }>;
  messages: CaseMessage[];
}

export async function caseJson(world: MaildirWorld, id: string): Promise<CaseJson> {
  return JSON.parse(await world.showJson(id, { quiet: true })) as CaseJson;
}

/** `privacy-inbox <args>` against the world's data directory at the world's clock. */
export async function cli(world: MaildirWorld, args: string[], now?: string): Promise<CliResult> {
  if (now) world.now = now;
  return runCli(args, world.env());
}

/** Nothing is sent twice: another pass at the same moment sends nothing. */
export async function expectNothingMore(world: MaildirWorld): Promise<void> {
  await world.run();
  expect((await world.newMail()).map((mail) => `${world.templateOf(mail)} -> ${mail.to.join(',')}`)).toEqual([]);
}

/** The lines of a text that open with a salutation. */
export function salutations(text: string): string[] {
  return text.split('\n').filter((line) => /^\s*(hi|hello|hey|dear|good (morning|afternoon))\b/i.test(line));
}

/** Requester mail in `lang`: the HTML says so, and (for a language other than English) no English boilerplate. */
export function expectWrittenIn(mail: SentMail | undefined, lang: string): void {
  expect(mail, `a mail in ${lang}`).toBeDefined();
  expect(mail?.html).toMatch(new RegExp(`<html[^>]*\\blang="${lang}"`, 'i'));
  if (lang !== 'en') {
    expect(mail?.text).not.toMatch(/\bDear\b/);
    expect(mail?.text).not.toMatch(/privacy request/i);
    expect(mail?.text).not.toMatch(/\b(we received your|thank you for|your request)\b/i);
  }
}

/** A small, valid-looking PDF (what an agent attaches as the signed permission). */
export function pdf(title: string): Buffer {
  return Buffer.from(`%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n% ${title}\ntrailer << /Root 1 0 R >>\n%%EOF\n`, 'latin1');
}

/** ISO instant `days` after (or before) `iso`. */
export function shift(iso: string, days: number, minutes = 0): string {
  return new Date(Date.parse(iso) + days * DAY_MS + minutes * 60_000).toISOString();
}
