import path from 'node:path';
import type { Logger } from 'pino';
import { readRawMessage } from '../io/blobs.js';
import type { AttachmentMeta, CaseRecord, DbData, InboundMail, MessageStatus, OutboxState } from '../types.js';

/** Enough for any real request; keeps `show --json` and the terminal usable when someone pastes a whole export. */
export const MAX_MESSAGE_TEXT_CHARS = 20_000;
/** The original request quoted in team mail: long enough to act on, short enough for an inbox. */
export const MAX_REQUEST_TEXT_CHARS = 6_000;

/** 'missing': no raw mail kept (never stored, or purged); 'unreadable': the file is there but cannot be read or parsed. */
export type MessageTextError = 'missing' | 'unreadable';

export interface CaseMessageText {
  key: string;
  receivedAt: string | null;
  /** Sender address as written in From. */
  from: string | null;
  subject: string | null;
  /** The Date header, when it parses. */
  date: string | null;
  status: MessageStatus | null;
  text: string | null;
  /** What the sender wrote this time, without quoted history or signature. */
  newText: string | null;
  /** True when `text` or `newText` was cut at MAX_MESSAGE_TEXT_CHARS. */
  clipped: boolean;
  attachments: AttachmentMeta[];
  error: MessageTextError | null;
}

export interface RequestText {
  key: string;
  receivedAt: string | null;
  /** The request as its sender wrote it (new text, else the whole text), clipped at MAX_REQUEST_TEXT_CHARS. */
  text: string | null;
  clipped: boolean;
  attachments: AttachmentMeta[];
  error: MessageTextError | null;
}

export interface CaseOutgoingMail {
  key: string;
  templateId: string;
  /** Recipient addresses, comma separated. */
  to: string;
  subject: string;
  state: OutboxState;
  createdAt: string;
  sentAt: string | null;
}

export interface CaseTextOptions {
  dataDir: string;
  maxMessageBytes: number;
  /** Reads a raw copy by its path under DATA_DIR (default: the file); a dry run also sees the copies it kept in memory. */
  readRaw?: (relative: string) => Promise<Buffer>;
}

type WarnLogger = Pick<Logger, 'warn'>;

/** Cuts at `max` UTF-16 units without leaving half a surrogate pair behind. */
function clip(text: string, max: number): { text: string; clipped: boolean } {
  if (text.length <= max) return { text, clipped: false };
  const code = text.charCodeAt(max - 1);
  const end = code >= 0xd800 && code <= 0xdbff ? max - 1 : max;
  return { text: text.slice(0, end), clipped: true };
}

function isMissingFile(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'ENOENT';
}

/** Raw mail is only ever read from DATA_DIR/messages, whatever a (hand-edited) db.json says. */
function insideMessages(dataDir: string, blob: string): boolean {
  const root = path.resolve(dataDir, 'messages');
  return path.resolve(dataDir, blob).startsWith(`${root}${path.sep}`);
}

interface ReadMessage {
  entry: CaseMessageText;
  mail: InboundMail | null;
}

/** Reads and parses one filed message; `entry` carries what the store knows even when the file does not. */
async function readMessage(options: CaseTextOptions, db: DbData, caseId: string, key: string, logger?: WarnLogger): Promise<ReadMessage> {
  const record = db.messages[key];
  const entry: CaseMessageText = {
    key,
    receivedAt: record?.receivedAt ?? null,
    from: null,
    subject: null,
    date: null,
    status: record?.status ?? null,
    text: null,
    newText: null,
    clipped: false,
    attachments: record?.attachments ?? [],
    error: null,
  };
  const blob = record?.blob;
  if (!blob) return { entry: { ...entry, error: 'missing' }, mail: null };
  if (!insideMessages(options.dataDir, blob)) {
    logger?.warn({ caseId, blob }, 'raw message path outside DATA_DIR/messages; not read');
    return { entry: { ...entry, error: 'unreadable' }, mail: null };
  }
  try {
    const raw = options.readRaw ? await options.readRaw(blob) : await readRawMessage(options.dataDir, blob);
    // mailparser loads here, not with the module: `list` imports this file's types and limits only.
    const { parseMail } = await import('../io/mime.js');
    const mail = await parseMail(raw, { maxBytes: options.maxMessageBytes });
    return { entry: { ...entry, from: mail.from?.address ?? null, subject: mail.subject, date: mail.date, attachments: mail.attachments }, mail };
  } catch (error) {
    const missing = isMissingFile(error);
    // The blob path is a hash of the key: it names the file without carrying anything from the mail.
    logger?.warn({ caseId, blob, code: (error as { code?: unknown } | null)?.code ?? null }, missing ? 'raw message missing' : 'raw message unreadable');
    return { entry: { ...entry, error: missing ? 'missing' : 'unreadable' }, mail: null };
  }
}

/**
 * Every message filed on a case, in the order it joined the case, with its text read from the raw
 * mail under DATA_DIR/messages. One bad or purged file gives an entry with `error`, never a throw.
 */
export async function loadCaseMessages(options: CaseTextOptions, db: DbData, record: CaseRecord, logger?: WarnLogger): Promise<CaseMessageText[]> {
  const messages: CaseMessageText[] = [];
  for (const key of record.messageKeys) {
    const { entry, mail } = await readMessage(options, db, record.id, key, logger);
    if (!mail) {
      messages.push(entry);
      continue;
    }
    const text = clip(mail.text, MAX_MESSAGE_TEXT_CHARS);
    const newText = clip(mail.newText, MAX_MESSAGE_TEXT_CHARS);
    messages.push({ ...entry, text: text.text, newText: newText.text, clipped: text.clipped || newText.clipped });
  }
  return messages;
}

/**
 * The original request of a case (the message that opened it) as its sender wrote it, for quoting
 * in team mail. Later messages never stand in for it. Null only for a case with no messages.
 */
export async function loadRequestText(options: CaseTextOptions, db: DbData, record: CaseRecord, logger?: WarnLogger): Promise<RequestText | null> {
  const key = record.messageKeys[0];
  if (key === undefined) return null;
  const { entry, mail } = await readMessage(options, db, record.id, key, logger);
  const text = mail ? clip(mail.newText || mail.text, MAX_REQUEST_TEXT_CHARS) : null;
  return { key, receivedAt: entry.receivedAt, text: text?.text ?? null, clipped: text?.clipped ?? false, attachments: entry.attachments, error: entry.error };
}

/** Mail the bot wrote about the case, oldest first; within one pass, in the order the bot decided to write. */
export function listCaseOutbox(db: DbData, record: CaseRecord): CaseOutgoingMail[] {
  return Object.values(db.outbox)
    .filter((item) => item.caseId === record.id)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
    .map((item) => ({
      key: item.key,
      templateId: item.templateId,
      to: item.to.map((entry) => entry.address).join(', '),
      subject: item.subject,
      state: item.state,
      createdAt: item.createdAt,
      sentAt: item.sentAt,
    }));
}
