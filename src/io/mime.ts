import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import type { AddressObject, MailParserOptions } from 'mailparser';
import { ATTRIBUTION_LINE_SOURCES } from '../core/attribution-lines.js';
import { BotError } from '../errors.js';
import type { Address, InboundMail, ReadBudget } from '../types.js';
import { parseBounded, type ParsedParts } from './bounded-parser.js';
import { createCappedIconv } from './charset-decoder.js';
import { htmlToText } from './html-text.js';
import { parseSimpleMail, SIMPLE_MAIL_MAX_BYTES } from './simple-mail.js';
import { visibleReplyText } from './visible-reply.js';
import { inlineAnswers, quoteBlockAt } from './inline-answers.js';

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
function collectHeaders(parsed: ParsedParts): Record<string, string[]> {
  const headers: Record<string, string[]> = {};
  for (const { key, line } of parsed.headerLines) {
    const colon = line.indexOf(':');
    const raw = colon >= 0 ? line.slice(colon + 1) : '';
    // Most lines are not folded; the replace is for the ones that are (same result, a regex pass less per line).
    const value = (raw.includes('\n') ? raw.replace(/\r?\n[ \t]+/g, ' ') : raw).trim();
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
// A quoted header's From line names a person or an address, so it holds a letter: a voicemail
// notice's "De: 912 000 771 / Data: 10/03/2026" names a phone number (masked as "06 12 XX XX 47"
// at most), and its transcript below is the caller's words, not quoted history.
const QUOTE_HEADER = quoteHeader();

function quoteHeader(): RegExp {
  const from = String.raw`(?:From|Von|De|Da|Van)[ \t]*: (?=.*(?:@|(?![Xx])\p{L})).+`;
  const sent = String.raw`(?:Sent|Date|Gesendet|Datum|Envoyé|Enviado(?: el| em)?|Enviada(?: em)?|Fecha|Inviato|Data|Verzonden)[ \t]*: .+`;
  const fromAddress = String.raw`(?:From|Von|De|Da|Van)[ \t]*: .*@.*`;
  const addressedOrAbout = String.raw`(?:To|An|Para|À|A|Aan|Cc|Subject|Betreff|Asunto|Objet|Oggetto|Assunto|Onderwerp)[ \t]*:.*`;
  const lines = [
    ...ATTRIBUTION_LINE_SOURCES, 'Op .{1,200} heeft .{1,200} het volgende geschreven:',
    String.raw`-{2,}\s*Original Message\s*-{2,}`, String.raw`-{2,}\s*Ursprüngliche Nachricht\s*-{2,}`,
    // A quoted original gives the sender's address, or names whom it went to or what it was about:
    // "Van: Anoniem / Datum: … / Lengte: 00:06" alone is a voicemail notice's fields, not a quote.
    String.raw`${fromAddress}\n(?:.+\n){0,2}?${sent}`, String.raw`${sent}\n(?:.+\n){0,1}?${fromAddress}`,
    String.raw`${from}\n(?:.+\n){0,2}?${sent}(?:\n.*){0,3}?\n[ \t]*${addressedOrAbout}`, String.raw`${sent}\n(?:.+\n){0,1}?${from}(?:\n.*){0,3}?\n[ \t]*${addressedOrAbout}`,
    String.raw`${from}\n(?:.+\n){0,2}?[ \t]*${addressedOrAbout}(?:\n.*){0,3}?\n${sent}`,
  ];
  return new RegExp(`^(?:${lines.join('|')})$`, 'imu');
}

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
  const blockAt = quoteBlockAt(normalized, QUOTE_HEADER);
  // The reply parser may have kept some of them already (a bare line between quoted ones).
  const kept = new Set(visible.split('\n').map((line) => line.trim()));
  const answers = blockAt > 0 ? inlineAnswers(normalized, normalized.slice(0, blockAt), blockAt).split('\n').filter((line) => line && !kept.has(line.trim())) : [];
  if (answers.length === 0) return visible.trim();
  // Answers come from the quoted block, so the "-----Messaggio originale-----" line opening it is no
  // part of the reply (a forward keeps it: the text step reads what follows it as forwarded).
  const dividerAt = quoteBlockAt(visible, QUOTE_HEADER);
  return `${(dividerAt > 0 ? visible.slice(0, dividerAt) : visible).trim()}\n\n${answers.join('\n')}`;
}

/**
 * Limits on what one message may make the parser and the text steps do (issue 10). Each is far above
 * real mail and far below what an attacker needs to cost seconds; docs/triage.md lists them.
 */
export const LIMITS = {
  /**
   * Characters of text kept as `mail.text`: what triage, quote stripping and the team's view read.
   * People state their request in the first few kB; 100,000 characters is a letter of some 40 pages,
   * and a forwarded thread long enough to reach the original request at its bottom.
   */
  maxTextChars: 100_000,
  /** RFC 5322 2.1.1 lines are at most 998 characters; a folded subject longer than that is not a subject. */
  maxSubjectChars: 1_000,
  /**
   * Header bytes per MIME node (mailsplit's maxHeadSize, 1 MiB by default). Real headers with a long
   * Received chain and DKIM/ARC signatures are 20-60 kB; a 1 MiB address list cost mailparser's
   * address parser most of a second.
   */
  maxHeaderBytes: 256 * 1024,
  /**
   * MIME parts per message, nested ones included (mailsplit's maxChildNodes, 1000 by default). The
   * nesting depth is bounded by it too, as every level is a part. Real mail has a handful; a mail
   * with a hundred attachments is rare. mailparser's cost per part is high (streams per part) and
   * superlinear in depth (part numbers are rebuilt from the root): 1000 nested levels cost it up to
   * half a second, 500 about a third of that.
   */
  maxParts: 500,
} as const;

/** The parser is fed this much at a time; the time budget is checked before each slice. */
const INPUT_SLICE_BYTES = 64 * 1024;

export interface ParseOptions {
  maxBytes: number;
  /** Checked while the parser reads and between the text steps; throws BotError('MAIL_BUDGET'). */
  budget?: ReadBudget;
}

/**
 * The raw message as a stream the parser pulls from. mailparser yields to the event loop between
 * slices, so a message whose time is spent stops being parsed here instead of running to the end.
 */
function sliced(raw: Buffer, budget: ReadBudget | undefined): Readable {
  let offset = 0;
  return new Readable({
    highWaterMark: INPUT_SLICE_BYTES,
    read() {
      try {
        budget?.check('parse');
      } catch (error) {
        this.destroy(error as Error);
        return;
      }
      if (offset >= raw.length) {
        this.push(null);
        return;
      }
      const end = Math.min(raw.length, offset + INPUT_SLICE_BYTES);
      this.push(raw.subarray(offset, end));
      offset = end;
    },
  });
}

/** mailsplit's size errors (code EMAXLEN) say which limit; the reason the team reads says it in our words. */
function parseFailure(cause: unknown): BotError {
  if (cause instanceof BotError) return cause;
  const message = cause instanceof Error ? cause.message : String(cause);
  if ((cause as { code?: unknown } | null)?.code === 'EMAXLEN') {
    if (/child nodes/i.test(message)) return new BotError('MAIL_LIMIT', `message has more than ${LIMITS.maxParts} MIME parts (or nesting levels)`, { cause });
    if (/header size/i.test(message)) return new BotError('MAIL_LIMIT', `a header block is over ${LIMITS.maxHeaderBytes} bytes`, { cause });
    return new BotError('MAIL_LIMIT', 'message exceeds a MIME parser limit', { cause });
  }
  return new BotError('MAIL_PARSE', 'message could not be parsed as MIME', { cause });
}

/** The first `max` characters of `text` without surrounding whitespace; the rest is never copied. */
function clip(text: string, max: number): string {
  let start = 0;
  while (start < text.length && /\s/.test(text[start] as string)) start += 1;
  return text.slice(start, start + max).trim();
}

/** mailparser's reading of a message (io/bounded-parser.ts), with our limits and charset decoder: any message can take it. */
export async function parseWithMailparser(raw: Buffer, budget?: ReadBudget): Promise<ParsedParts> {
  const parserOptions = {
    skipImageLinks: true,
    skipTextLinks: true,
    skipTextToHtml: true,
    // HTML is converted below, capped and in linear time (io/html-text.ts), not by html-to-text.
    skipHtmlToText: true,
    keepCidLinks: true,
    maxHeadSize: LIMITS.maxHeaderBytes,
    maxChildNodes: LIMITS.maxParts,
    Iconv: createCappedIconv(),
  };
  return (await parseBounded(sliced(raw, budget), parserOptions as unknown as MailParserOptions)).parsed;
}

/**
 * The parts of a message: simple mail (one text part, up to SIMPLE_MAIL_MAX_BYTES) by the fast path
 * of io/simple-mail.ts, which reads it as mailparser does without its streams; the rest by mailparser.
 */
export async function parseParts(raw: Buffer, budget?: ReadBudget): Promise<ParsedParts> {
  // The fast path reads the body as mailsplit cuts one input chunk: it takes no more than one slice.
  if (raw.length <= Math.min(SIMPLE_MAIL_MAX_BYTES, INPUT_SLICE_BYTES)) {
    // The check mailparser's reading makes before its first (here: only) slice.
    budget?.check('parse');
    const simple = parseSimpleMail(raw, { Iconv: createCappedIconv(), maxHeadSize: LIMITS.maxHeaderBytes });
    if (simple) return simple;
  }
  return parseWithMailparser(raw, budget);
}

/**
 * Parses raw RFC 5322 bytes into an InboundMail; attachment content is dropped, only metadata kept.
 * Every step is linear in its input and every input is capped (LIMITS, MAX_INLINE_TEXT_BYTES,
 * MAX_DECODED_TEXT_BYTES, MAX_HTML_CHARS and visible-reply's own caps), so the text triage gets is
 * at most LIMITS.maxTextChars whatever the message holds, and `budget` is checked between the steps.
 */
export async function parseMail(raw: Buffer, options: ParseOptions): Promise<InboundMail> {
  if (raw.length > options.maxBytes) {
    throw new BotError('MAIL_TOO_LARGE', `message is ${raw.length} bytes, over MAX_MESSAGE_BYTES (${options.maxBytes})`);
  }
  // RFC 5322 2.2: a message starts with header fields; anything else is not mail we can reason about.
  const firstLine = raw.subarray(0, Math.min(raw.length, 1000)).toString('latin1').split(/\r?\n/, 1)[0] ?? '';
  if (!/^(?:From |[\x21-\x39\x3b-\x7e]+:)/.test(firstLine)) throw new BotError('MAIL_PARSE', 'message does not start with a header field');
  const { budget } = options;
  let parsed: ParsedParts;
  try {
    parsed = await parseParts(raw, budget);
  } catch (cause) {
    throw parseFailure(cause);
  }
  if (parsed.headerLines.length === 0) throw new BotError('MAIL_PARSE', 'message has no header fields');
  budget?.check('parse');
  const messageId = normalizeMessageId(parsed.messageId);
  const text = clip(parsed.text ?? '', LIMITS.maxTextChars) || htmlToText(typeof parsed.html === 'string' ? parsed.html : '', LIMITS.maxTextChars);
  budget?.check('html to text');
  const newText = extractNewText(text);
  budget?.check('quote stripping');
  const from = toAddresses(parsed.from)[0] ?? null;
  const date = parsed.date && !Number.isNaN(parsed.date.getTime()) ? parsed.date.toISOString() : null;
  return {
    key: messageId ?? `sha256:${createHash('sha256').update(raw).digest('hex')}`,
    messageId,
    from,
    replyTo: toAddresses(parsed.replyTo),
    to: toAddresses(parsed.to),
    cc: toAddresses(parsed.cc),
    subject: clip((parsed.subject ?? '').replace(/\s+/g, ' '), LIMITS.maxSubjectChars),
    date,
    inReplyTo: normalizeMessageId(Array.isArray(parsed.inReplyTo) ? parsed.inReplyTo[0] : parsed.inReplyTo),
    references: splitReferences(parsed.references),
    text,
    newText,
    headers: collectHeaders(parsed),
    attachments: parsed.attachments.map((attachment) => ({
      filename: attachment.filename ?? null,
      contentType: attachment.contentType,
      size: attachment.size,
    })),
    sizeBytes: raw.length,
  };
}
