import { createHash } from 'node:crypto';
import { simpleParser, type AddressObject, type ParsedMail } from 'mailparser';
import { BotError } from '../errors.js';
import type { Address, InboundMail } from '../types.js';
import { visibleReplyText } from './visible-reply.js';

/** Strips angle brackets and whitespace so ids compare equal however they were written. */
export function normalizeMessageId(value: string | undefined | null): string | null {
  if (!value) return null;
  const match = /<([^<>\s]+)>/.exec(value);
  const id = (match?.[1] ?? value.trim()).trim();
  return id.length > 0 && id.length < 1000 ? id : null;
}

function toAddresses(value: AddressObject | AddressObject[] | undefined): Address[] {
  const list = value === undefined ? [] : Array.isArray(value) ? value : [value];
  const result: Address[] = [];
  for (const group of list) {
    for (const entry of group.value) {
      const members = entry.group ?? [entry];
      for (const member of members) {
        if (member.address) result.push({ address: member.address.trim().toLowerCase(), name: member.name ?? '' });
      }
    }
  }
  return result;
}

/** RFC 5322 unfolding of the raw header lines, so automated-mail checks see exactly what was sent. */
function collectHeaders(parsed: ParsedMail): Record<string, string[]> {
  const headers: Record<string, string[]> = {};
  for (const { key, line } of parsed.headerLines) {
    const colon = line.indexOf(':');
    const value = (colon >= 0 ? line.slice(colon + 1) : '').replace(/\r?\n[ \t]+/g, ' ').trim();
    (headers[key.toLowerCase()] ??= []).push(value);
  }
  return headers;
}

function splitReferences(value: string | string[] | undefined): string[] {
  const raw = Array.isArray(value) ? value.join(' ') : (value ?? '');
  const ids = raw.match(/<[^<>\s]+>/g) ?? [];
  return ids.map((id) => normalizeMessageId(id)).filter((id): id is string => id !== null);
}

// Forwarded blocks are kept: triage looks for agent and forwarded-request evidence in them.
const QUOTE_HEADER =
  /^(?:On .{1,200} wrote:|Am .{1,200} schrieb .{0,200}:|Le .{1,200} a écrit ?:|El .{1,200} escribió:|Il .{1,200} ha scritto:|Em .{1,200} escreveu:|Op .{1,200} schreef .{0,200}:|-{2,}\s*Original Message\s*-{2,}|-{2,}\s*Ursprüngliche Nachricht\s*-{2,}|From: .+\n(?:Sent|Date): .+)$/im;

/** The part of a message its sender wrote now: quoted history and signature removed. */
export function extractNewText(text: string): string {
  const normalized = text.replace(/\r\n/g, '\n');
  let visible: string;
  try {
    visible = visibleReplyText(normalized);
  } catch {
    visible = normalized;
  }
  const quoteAt = visible.search(QUOTE_HEADER);
  if (quoteAt > 0) visible = visible.slice(0, quoteAt);
  visible = visible
    .split('\n')
    .filter((line) => !/^\s*>/.test(line))
    .join('\n');
  return visible.trim();
}

export interface ParseOptions {
  maxBytes: number;
}

/** Parses raw RFC 5322 bytes into an InboundMail; attachment content is dropped, only metadata kept. */
export async function parseMail(raw: Buffer, options: ParseOptions): Promise<InboundMail> {
  if (raw.length > options.maxBytes) {
    throw new BotError('MAIL_TOO_LARGE', `message is ${raw.length} bytes, over MAX_MESSAGE_BYTES (${options.maxBytes})`);
  }
  // RFC 5322 2.2: a message starts with header fields; anything else is not mail we can reason about.
  const firstLine = raw.subarray(0, Math.min(raw.length, 1000)).toString('latin1').split(/\r?\n/, 1)[0] ?? '';
  if (!/^(?:From |[\x21-\x39\x3b-\x7e]+:)/.test(firstLine)) throw new BotError('MAIL_PARSE', 'message does not start with a header field');
  let parsed: ParsedMail;
  try {
    parsed = await simpleParser(raw, { skipImageLinks: true, skipTextLinks: true, skipTextToHtml: true });
  } catch (cause) {
    throw new BotError('MAIL_PARSE', 'message could not be parsed as MIME', { cause });
  }
  if (parsed.headerLines.length === 0) throw new BotError('MAIL_PARSE', 'message has no header fields');
  const messageId = normalizeMessageId(parsed.messageId);
  const text = (parsed.text ?? '').trim() || htmlToPlain(typeof parsed.html === 'string' ? parsed.html : '');
  const from = toAddresses(parsed.from)[0] ?? null;
  const date = parsed.date && !Number.isNaN(parsed.date.getTime()) ? parsed.date.toISOString() : null;
  return {
    key: messageId ?? `sha256:${createHash('sha256').update(raw).digest('hex')}`,
    messageId,
    from,
    replyTo: toAddresses(parsed.replyTo),
    to: toAddresses(parsed.to),
    cc: toAddresses(parsed.cc),
    subject: (parsed.subject ?? '').replace(/\s+/g, ' ').trim(),
    date,
    inReplyTo: normalizeMessageId(Array.isArray(parsed.inReplyTo) ? parsed.inReplyTo[0] : parsed.inReplyTo),
    references: splitReferences(parsed.references),
    text,
    newText: extractNewText(text),
    headers: collectHeaders(parsed),
    attachments: parsed.attachments.map((attachment) => ({
      filename: attachment.filename ?? null,
      contentType: attachment.contentType,
      size: attachment.size,
    })),
    sizeBytes: raw.length,
  };
}

/** A fallback for HTML-only mail when mailparser produced no text. */
function htmlToPlain(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<br\s*\/?>|<\/(p|div|li|tr|h\d)>/gi, '\n')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/[ \t]+/g, ' ')
    .replace(/\n\s*\n+/g, '\n\n')
    .trim();
}
