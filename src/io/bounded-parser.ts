import type { Readable } from 'node:stream';
import { MailParser, type AddressObject, type HeaderLines, type Headers, type MailParserOptions } from 'mailparser';

/**
 * Encoded body bytes of inline text parts (text/plain, text/html, delivery status) mailparser is
 * given per message; the rest of such parts is dropped before it is decoded. Enough for the text
 * kept (LIMITS.maxTextChars in io/mime.ts, at most 0.4 MB as UTF-8, a third more as base64) and the
 * HTML read (MAX_HTML_CHARS in io/html-text.ts) whatever the transfer encoding.
 *
 * Why: mailparser keeps every inline text part whole, as decoded buffers, then as one string, then
 * as a copy with line endings normalised. A 16 MB text part cost 0.8 s of CPU and 100 MB of memory
 * on top of the message; this limit leaves mailparser a fixed amount of text to decode whatever
 * the message's size, so that cost follows the attachments (streamed through, not kept) instead.
 */
export const MAX_INLINE_TEXT_BYTES = 2 * 1024 * 1024;

/**
 * What parseMail reads of a message: simpleParser's result without attachment content, and without
 * the structured header map (parseMail reads the fields below and the raw lines, never the map).
 */
export interface ParsedParts {
  headerLines: HeaderLines;
  text?: string;
  html?: string | false;
  subject?: string;
  from?: AddressObject;
  to?: AddressObject | AddressObject[];
  cc?: AddressObject | AddressObject[];
  replyTo?: AddressObject;
  date?: Date;
  messageId?: string;
  inReplyTo?: string;
  references?: string[] | string;
  attachments: Array<{ filename?: string; contentType: string; size: number }>;
}

/**
 * mailparser internals this relies on (the version is pinned in package.json, 3.14.2; docs/style.md 8):
 * `processChunk(data, done)` receives every chunk from mailsplit, and `curnode.isAttachment` tells
 * an inline text part from an attachment. test/io/mime-limits.test.ts fails if an upgrade changes them.
 */
interface ParserInternals {
  processChunk(this: MailParser, data: SplitterChunk, done: () => void): void;
}
interface SplitterChunk {
  type: 'node' | 'body' | 'data';
  value?: Buffer;
}
interface CurrentNode {
  isAttachment?: boolean;
}

const baseProcessChunk = (MailParser.prototype as unknown as ParserInternals).processChunk;

/** A MailParser that stops feeding inline text to its decoders after `maxInlineTextBytes`. */
class BoundedMailParser extends MailParser {
  private inlineTextLeft: number;
  /** Bytes of inline text bodies dropped: tests read it to see the limit at work. */
  droppedTextBytes = 0;

  constructor(options: MailParserOptions, maxInlineTextBytes: number) {
    super(options);
    this.inlineTextLeft = maxInlineTextBytes;
  }

  processChunk(data: SplitterChunk, done: () => void): void {
    const node = (this as unknown as { curnode?: CurrentNode | false }).curnode;
    if (data.type === 'body' && data.value && node && node.isAttachment === false) {
      if (this.inlineTextLeft <= 0) {
        this.droppedTextBytes += data.value.length;
        setImmediate(done);
        return;
      }
      if (data.value.length > this.inlineTextLeft) {
        this.droppedTextBytes += data.value.length - this.inlineTextLeft;
        data.value = data.value.subarray(0, this.inlineTextLeft);
      }
      this.inlineTextLeft -= data.value.length;
    }
    baseProcessChunk.call(this, data, done);
  }
}

export interface BoundedParseResult {
  parsed: ParsedParts;
  droppedTextBytes: number;
}

/**
 * simpleParser's reading of a message with two differences: inline text past
 * `maxInlineTextBytes` is never decoded, and attachment content is counted and dropped as it
 * streams by (only its metadata is kept), so memory does not grow with the attachments.
 */
export function parseBounded(input: Readable, options: MailParserOptions, maxInlineTextBytes = MAX_INLINE_TEXT_BYTES): Promise<BoundedParseResult> {
  return new Promise((resolve, reject) => {
    const parser = new BoundedMailParser(options, maxInlineTextBytes);
    const parsed: ParsedParts = { headerLines: [], attachments: [] };
    let headers: Headers = new Map();
    let settled = false;
    const fail = (error: unknown): void => {
      if (settled) return;
      settled = true;
      input.destroy();
      parser.destroy();
      reject(error);
    };
    // mailparser reports some problems as 'error' and goes on; the first one decides, as in simpleParser.
    parser.on('error', fail);
    parser.on('headers', (map: Headers) => {
      headers = map;
      parsed.headerLines = (parser as unknown as { headerLines: HeaderLines }).headerLines;
    });
    parser.on('data', (data: { type: string; text?: string; html?: string | false; content?: Readable; release?: () => void; filename?: string; contentType?: string; size?: number }) => {
      if (data.type === 'text') {
        parsed.text = data.text;
        parsed.html = data.html;
        return;
      }
      if (data.type !== 'attachment') return;
      const attachment = { filename: data.filename, contentType: data.contentType ?? 'application/octet-stream', size: 0 };
      parsed.attachments.push(attachment);
      // mailparser counts the bytes as they stream by and sets `size` when the part ends.
      data.content?.once('end', () => {
        attachment.size = data.size ?? 0;
      });
      data.content?.resume();
      data.release?.();
    });
    parser.on('end', () => {
      if (settled) return;
      settled = true;
      const get = <T>(key: string): T | undefined => headers.get(key) as T | undefined;
      resolve({
        parsed: {
          ...parsed,
          subject: get('subject'),
          from: get('from'),
          to: get('to'),
          cc: get('cc'),
          replyTo: get('reply-to'),
          date: get('date'),
          messageId: get('message-id'),
          inReplyTo: get('in-reply-to'),
          references: get('references'),
        },
        droppedTextBytes: parser.droppedTextBytes,
      });
    });
    input.once('error', fail);
    input.pipe(parser);
  });
}
