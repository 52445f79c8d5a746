import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * email-reply-parser 2.3.7 (pinned) reads a message backwards: it reverses the whole text, then
 * each line twice more to test it against its ~25 signature patterns (as the line and, one step
 * later, as the fragment's last line), and a line once per quote-header pattern (~30) when it
 * checks for a header; every reversal appends one character at a time. That allocation was most of
 * what quote stripping cost (about 450 kB per 1 kB message, and the collections after it) in
 * `classify` of a large batch. Here a string is reversed in one step, a line once per check instead
 * of once per pattern, and the signature check remembers its last answer. Same strings, same answers.
 */
interface ParserPrototype {
  stringReverse(text: string): string;
  isQuoteHeader(line: string): boolean;
  isSignature(line: string): boolean;
}

interface RegexList {
  quoteHeadersRegex: RegExp[];
  signatureRegex: RegExp[];
}

/** Characters per String.fromCharCode call: far below any engine's argument limit. */
const CHUNK = 4096;
const units = new Uint16Array(CHUNK);

/** Reverses UTF-16 code units, exactly as the parser's own loop of `substring(i - 1, i)` does (surrogates too). */
export function reverseCodeUnits(text: string): string {
  const length = text.length;
  if (length < 2) return text;
  let out = '';
  for (let end = length; end > 0; end -= CHUNK) {
    const start = Math.max(0, end - CHUNK);
    const size = end - start;
    for (let at = 0; at < size; at += 1) units[at] = text.charCodeAt(end - 1 - at);
    out += String.fromCharCode.apply(null, units.subarray(0, size) as unknown as number[]);
  }
  return out;
}

async function loadModule<T>(relative: string): Promise<T> {
  const entry = createRequire(import.meta.url).resolve('email-reply-parser');
  return ((await import(pathToFileURL(path.join(path.dirname(entry), relative)).href)) as { default: T }).default;
}

const parser = await loadModule<{ prototype: ParserPrototype }>('parser/emailparser.js');
const list = await loadModule<RegexList>('regex.js');
const proto = parser.prototype;

/** The parser's own methods, kept to compare against and for lists with stateful patterns. */
export const UNPATCHED: Readonly<ParserPrototype> = Object.freeze({ stringReverse: proto.stringReverse, isQuoteHeader: proto.isQuoteHeader, isSignature: proto.isSignature });

/** A pattern with state (global or sticky) answers differently each time: such a list is tested as the parser tests it. */
const stateless = (patterns: readonly RegExp[]): boolean => patterns.every((pattern) => !pattern.global && !pattern.sticky);

/** Whether the parser still has the methods replaced here: the test fails if an upgrade renames them. */
export const PATCHED_REPLY_PARSER = typeof proto.stringReverse === 'function' && typeof proto.isQuoteHeader === 'function' && typeof proto.isSignature === 'function';

if (PATCHED_REPLY_PARSER) {
  proto.stringReverse = reverseCodeUnits;
  proto.isQuoteHeader = function isQuoteHeader(this: ParserPrototype, line: string): boolean {
    const patterns = list.quoteHeadersRegex;
    if (!stateless(patterns)) return UNPATCHED.isQuoteHeader.call(this, line);
    const reversed = reverseCodeUnits(line);
    return patterns.some((pattern) => pattern.test(reversed));
  };
  let lastLine: string | null = null;
  let lastPatterns: readonly RegExp[] | null = null;
  let lastAnswer = false;
  proto.isSignature = function isSignature(this: ParserPrototype, line: string): boolean {
    const patterns = list.signatureRegex;
    if (!stateless(patterns)) return UNPATCHED.isSignature.call(this, line);
    if (line === lastLine && patterns === lastPatterns) return lastAnswer;
    const text = reverseCodeUnits(line);
    lastAnswer = patterns.some((pattern) => pattern.test(text));
    lastLine = line;
    lastPatterns = patterns;
    return lastAnswer;
  };
}

/** Runs `read` with the parser's own methods in place (test/io/reply-parser-speed.test.ts compares the two). */
export function withUnpatchedParser<T>(read: () => T): T {
  const patched = { stringReverse: proto.stringReverse, isQuoteHeader: proto.isQuoteHeader, isSignature: proto.isSignature };
  Object.assign(proto, UNPATCHED);
  try {
    return read();
  } finally {
    Object.assign(proto, patched);
  }
}
