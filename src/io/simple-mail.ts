import mailsplit from '@zone-eu/mailsplit';
import libbase64 from 'libbase64';
import libmime from 'libmime';
import libqp from 'libqp';
import { MailParser, type AddressObject, type HeaderLines, type Headers } from 'mailparser';
import type { ParsedParts } from './bounded-parser.js';
import type { IconvConstructor } from './charset-decoder.js';

/**
 * The fast path of io/mime.ts: simple mail (one text/plain or text/html part, no boundary, a
 * transfer encoding mailsplit knows, a charset the decoder knows) read without mailparser's stream
 * machinery, into exactly the ParsedParts mailparser's reading (io/bounded-parser.ts) gives.
 *
 * Why: in `classify` of a large batch mailparser cost 0.4-0.6 ms per small message warm and 2-4
 * times that in a thread's first messages, most of it its streams (a Transform per stage, a
 * setImmediate per chunk and per line batch), not the decoding.
 *
 * How it stays the same reading: every decision and every decoding step is the libraries' own code,
 * called directly instead of through streams. mailsplit's MimeNode collects and parses the header
 * block (the same line split, folding, mbox line, Content-Type, charset, transfer encoding and
 * format=flowed as the splitter decides them); mailparser's own processHeaders turns the header
 * lines parseMail reads into subject, addresses, date and ids; the body goes through the same
 * libbase64/libqp decoding, mailsplit's flowed-text decoding and the charset decoder mailparser is given, in
 * the chunks mailparser's pipeline hands them. Anything else is declined (null) and goes to mailparser.
 * test/io/simple-mail.test.ts parses fixtures, corpus, bench and hostile mail both ways and compares.
 */

/**
 * The largest message taken: io/mime.ts feeds mailparser 64 kB slices, so a message this size is
 * one chunk to mailsplit, and the body reaches the decoders as mailsplit cuts one chunk: the lines
 * up to the last line break, then the rest. Larger messages are rare and go to mailparser.
 */
export const SIMPLE_MAIL_MAX_BYTES = 64 * 1024;

/** The header fields parseMail reads (io/bounded-parser.ts `get`); processHeaders treats each field on its own. */
const READ_FIELDS = new Set(['subject', 'from', 'to', 'cc', 'reply-to', 'date', 'message-id', 'in-reply-to', 'references']);

/** Transfer encodings taken: the ones mailsplit decodes (base64, quoted-printable) and the identity ones it passes through. */
const TRANSFER_ENCODINGS = new Set(['', '7bit', '8bit', 'binary', 'quoted-printable', 'base64']);

/** Charsets mailparser keeps as UTF-8 bytes without a decoder (its own test, on the label with punctuation removed). */
const UTF8_LABELS = new Set(['ascii', 'usascii', 'utf8']);
/** Charsets mailparser never hands its decoder (its isRefusedCharset, on the same label). */
const REFUSED_LABEL = /^(?:(?:cs)?unicode11)?utf7(?:imap)?$|^base64$|^hex$/;

export interface SimpleMailOptions {
  /** The charset decoder class mailparser would be given (io/charset-decoder.ts), one per message. */
  Iconv: IconvConstructor;
  /** mailsplit's maxHeadSize: a header block over it is declined (mailparser then fails it). */
  maxHeadSize: number;
}

interface HeaderProcessor {
  libmime: unknown;
  processHeaders(lines: HeaderLines): Headers;
}

/** The two methods of a Transform that hold its decoding, and the push they hand output to. */
interface DecodingStage {
  push(chunk: unknown): boolean;
  // Node passes 'buffer' for a Buffer written to a stream; BufferEncoding does not list it.
  _transform(chunk: Buffer, encoding: string, callback: (error?: Error | null) => void): void;
  _flush(callback: (error?: Error | null) => void): void;
}

const { MimeNode } = mailsplit;

/** Runs a Transform's own decoding (`_transform` per chunk, then `_flush`) without the stream around it; null if it does anything else. */
function runTransform(stream: DecodingStage, input: readonly Buffer[]): Buffer[] | null {
  const output: Buffer[] = [];
  stream.push = (chunk: unknown): boolean => {
    if (chunk === null || chunk === undefined) return true;
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    // A readable stream never hands on an empty chunk.
    if (buffer.length > 0) output.push(buffer);
    return true;
  };
  // These decoders call back at once; one that does not, or fails, is not what this path expects.
  let answered = false;
  let failed = false;
  const callback = (error?: Error | null): void => {
    answered = true;
    failed ||= Boolean(error);
  };
  for (const chunk of input) {
    answered = false;
    stream._transform(chunk, 'buffer', callback);
    if (!answered || failed) return null;
  }
  answered = false;
  stream._flush(callback);
  return answered && !failed ? output : null;
}

/** A stage that joins its input and decodes it at the end, as libqp's Decoder and FlowedDecoder do: no input, no output. */
function whole(input: readonly Buffer[], decode: (joined: Buffer) => Buffer): Buffer[] {
  if (input.length === 0) return [];
  const output = decode(Buffer.concat(input));
  return output.length > 0 ? [output] : [];
}

/** The charset decoder as mailparser's IconvDecoder drives it: every chunk written, then end, its data collected. */
function runCharsetDecoder(Iconv: IconvConstructor, charset: string, input: readonly Buffer[]): Buffer[] | null {
  let decoder: InstanceType<IconvConstructor>;
  try {
    decoder = new Iconv(charset, 'UTF-8//TRANSLIT//IGNORE');
  } catch {
    // A label the decoder does not know: mailparser would keep the bytes as UTF-8. Doubtful; declined.
    return null;
  }
  const output: Buffer[] = [];
  decoder.on('data', (chunk: Buffer) => output.push(chunk));
  for (const chunk of input) decoder.write(chunk);
  decoder.end();
  return output;
}

/**
 * Reads `raw` as mailparser would if it is simple mail (see above); null otherwise, and on anything
 * unexpected: the caller then parses it with mailparser, which decides as it always did.
 */
export function parseSimpleMail(raw: Buffer, options: SimpleMailOptions): ParsedParts | null {
  if (raw.length > SIMPLE_MAIL_MAX_BYTES) return null;
  try {
    return readSimpleMail(raw, options);
  } catch {
    return null;
  }
}

function readSimpleMail(raw: Buffer, options: SimpleMailOptions): ParsedParts | null {
  // mailsplit's splitter: lines end at LF; the header block ends with a line that is CRLF or LF alone.
  const node = new MimeNode(false, options);
  let bodyStart = -1;
  for (let at = 0; at < raw.length; ) {
    const lf = raw.indexOf(0x0a, at);
    // A header block the input ends in: mailsplit takes it another way; rare, declined.
    if (lf < 0) return null;
    const endsBlock = node.addHeaderChunk(raw.subarray(at, lf + 1));
    at = lf + 1;
    if (node.headerCost() > options.maxHeadSize) return null;
    if (endsBlock) {
      bodyStart = at;
      break;
    }
  }
  if (bodyStart < 0) return null;
  node.parseHeaders();
  const headerBlock = node.headers;
  if (!headerBlock) return null;

  // One leaf: no multipart, and no boundary parameter at all (mailsplit would split the body at it).
  if (node.multipart || node._boundary) return null;
  const contentType = node.contentType;
  if (contentType !== 'text/plain' && contentType !== 'text/html') return null;
  // mailparser reads an inline text part (or one without disposition) as the message text.
  if (node.disposition && node.disposition !== 'inline') return null;
  const encoding = node.encoding || '';
  if (!TRANSFER_ENCODINGS.has(encoding)) return null;
  const charset = node.charset || 'utf-8';
  const label = charset.toLowerCase().replace(/[^a-z0-9]+/g, '');
  const decodesCharset = !UTF8_LABELS.has(label);
  // mailparser renames ks_c_5601-1987 before its decoder sees it, and decodes UTF-7, base64 and hex
  // labels with libmime instead; rare, declined.
  if (decodesCharset && (charset.toLowerCase() === 'ks_c_5601-1987' || REFUSED_LABEL.test(label))) return null;

  // mailsplit hands the body of a one-chunk message over as the lines up to the last LF, then the rest.
  const body = raw.subarray(bodyStart);
  const lastLf = body.lastIndexOf(0x0a);
  let chunks: Buffer[] | null = [body.subarray(0, lastLf + 1), body.subarray(lastLf + 1)].filter((chunk) => chunk.length > 0);
  if (encoding === 'base64') chunks = runTransform(new libbase64.Decoder(), chunks);
  // libqp's Decoder joins its input as a binary string and decodes it whole with decode(), which reads a Buffer as that same string.
  else if (encoding === 'quoted-printable') chunks = whole(chunks, (input) => libqp.decode(input));
  // mailsplit's FlowedDecoder joins its input too, and decodes it with libmime's decodeFlowed as binary.
  if (chunks && node.flowed) chunks = whole(chunks, (input) => Buffer.from(libmime.decodeFlowed(input.toString('binary'), node.delSp), 'binary'));
  if (chunks && decodesCharset) chunks = runCharsetDecoder(options.Iconv, charset, chunks);
  if (!chunks) return null;
  const content = Buffer.concat(chunks).toString().replace(/\r?\n/g, '\n');

  const processor = Object.create(MailParser.prototype) as HeaderProcessor;
  processor.libmime = new libmime.Libmime({ Iconv: options.Iconv });
  const headers = processor.processHeaders(headerBlock.getList().filter((line) => READ_FIELDS.has(line.key)));
  const get = <T>(key: string): T | undefined => headers.get(key) as T | undefined;
  // mailparser's getTextContent for a root text part: text/plain is the text; text/html is the html,
  // with an empty text (skipHtmlToText). An empty part gives neither.
  return {
    headerLines: headerBlock.lines || [],
    attachments: [],
    text: content ? (contentType === 'text/plain' ? content : '') : undefined,
    html: content && contentType === 'text/html' ? content : undefined,
    subject: get<string>('subject'),
    from: get<AddressObject>('from'),
    to: get<AddressObject | AddressObject[]>('to'),
    cc: get<AddressObject | AddressObject[]>('cc'),
    replyTo: get<AddressObject>('reply-to'),
    date: get<Date>('date'),
    messageId: get<string>('message-id'),
    inReplyTo: get<string>('in-reply-to'),
    references: get<string[] | string>('references'),
  };
}
