/**
 * Reads the model file (serialize.ts layout) straight into the packed model: the feature names'
 * characters are copied into the shared name buffer and the weights parsed from their digits, so
 * the ~100k names never become strings, none is JSON-parsed on its own, and the young generation
 * is not filled with strings that all survive (one scavenge copying them cost ~50 ms). Only a file
 * in the plain layout is read here: anything else (an escape in a name, a weight not written as
 * plain digits, a row of another shape) returns null, and the caller reads the file the general
 * way (deserializeModel + loadLinearModel), which accepts or refuses it with its own words.
 */
import { checkStoredModel, linearModelFromPacked, packedModelOf, type LinearModel } from './linear.js';
import { packNames, sharedInt32, sharedUint16 } from './packed.js';
import { FILE_END, HEADER_OPEN, ROWS_OPEN } from './serialize.js';
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const MINUS = 0x2d;
const ZERO = 0x30;
const NINE = 0x39;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const NEWLINE = 0x0a;
/** Below this a character must be escaped in JSON (a raw one makes the file invalid). */
const FIRST_PLAIN_CHAR = 0x20;

/** Where `pattern` (ASCII) first occurs in `bytes` at or after `from`, or -1. */
function indexOfAscii(bytes: Uint8Array, pattern: string, from: number): number {
  const first = pattern.charCodeAt(0);
  for (let at = bytes.indexOf(first, from); at >= 0 && at + pattern.length <= bytes.length; at = bytes.indexOf(first, at + 1)) {
    let offset = 1;
    while (offset < pattern.length && bytes[at + offset] === pattern.charCodeAt(offset)) offset += 1;
    if (offset === pattern.length) return at;
  }
  return -1;
}

function endsWithAscii(bytes: Uint8Array, suffix: string): boolean {
  if (bytes.length < suffix.length) return false;
  for (let offset = 0; offset < suffix.length; offset += 1) if (bytes[bytes.length - suffix.length + offset] !== suffix.charCodeAt(offset)) return false;
  return true;
}

const CONTINUATION = (byte: number | undefined): boolean => byte !== undefined && (byte & 0xc0) === 0x80;

/**
 * The model from the bytes of its file (UTF-8), or null when the file is not in the plain layout
 * (the caller then decodes it and reads it the general way). The names are decoded from UTF-8 as
 * `readFileSync(file, 'utf8')` would; a byte sequence that is not valid UTF-8 returns null.
 */
export function readPackedModel(bytes: Uint8Array): LinearModel | null {
  const rowsAt = indexOfAscii(bytes, ROWS_OPEN, 0);
  if (rowsAt < 0 || indexOfAscii(bytes, HEADER_OPEN, 0) !== 0 || !endsWithAscii(bytes, FILE_END)) return null;
  let header: unknown;
  try {
    header = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(HEADER_OPEN.length, rowsAt - 1)));
  } catch {
    return null;
  }
  if (typeof header !== 'object' || header === null || Array.isArray(header)) return null;
  const stored = checkStoredModel({ ...header, features: [], weights: new Int32Array(0) });
  const headCount = stored.heads.length;
  const end = bytes.length - FILE_END.length;
  const first = rowsAt + ROWS_OPEN.length;
  // One row a line; each line but the last ends in ",\n" (checked below, row by row).
  let rowCount = 0;
  if (end > first) {
    rowCount = 1;
    for (let at = bytes.indexOf(NEWLINE, first); at >= 0 && at < end; at = bytes.indexOf(NEWLINE, at + 1)) rowCount += 1;
  }

  const weights = sharedInt32(rowCount * headCount);
  const nameStart = sharedInt32(rowCount + 1);
  // A name has no more UTF-16 code units than UTF-8 bytes; the exact length is known only at the end.
  const scratch = new Uint16Array(Math.max(0, end - first));
  let nameLength = 0;
  let at = first;
  for (let row = 0; row < rowCount; row += 1) {
    if (bytes[at] !== OPEN_BRACKET || bytes[at + 1] !== QUOTE) return null;
    at += 2;
    nameStart[row] = nameLength;
    for (let byte = bytes[at] as number; byte !== QUOTE; byte = bytes[at] as number) {
      if (at >= end || byte === BACKSLASH || byte < FIRST_PLAIN_CHAR) return null;
      if (byte < 0x80) {
        scratch[nameLength] = byte;
        nameLength += 1;
        at += 1;
        continue;
      }
      let point: number;
      let size: number;
      if ((byte & 0xe0) === 0xc0 && CONTINUATION(bytes[at + 1])) {
        point = ((byte & 0x1f) << 6) | ((bytes[at + 1] as number) & 0x3f);
        size = 2;
        if (point < 0x80) return null;
      } else if ((byte & 0xf0) === 0xe0 && CONTINUATION(bytes[at + 1]) && CONTINUATION(bytes[at + 2])) {
        point = ((byte & 0x0f) << 12) | (((bytes[at + 1] as number) & 0x3f) << 6) | ((bytes[at + 2] as number) & 0x3f);
        size = 3;
        if (point < 0x800 || (point >= 0xd800 && point <= 0xdfff)) return null;
      } else if ((byte & 0xf8) === 0xf0 && CONTINUATION(bytes[at + 1]) && CONTINUATION(bytes[at + 2]) && CONTINUATION(bytes[at + 3])) {
        point = ((byte & 0x07) << 18) | (((bytes[at + 1] as number) & 0x3f) << 12) | (((bytes[at + 2] as number) & 0x3f) << 6) | ((bytes[at + 3] as number) & 0x3f);
        size = 4;
        if (point < 0x10000 || point > 0x10ffff) return null;
      } else return null;
      if (point >= 0x10000) {
        scratch[nameLength] = 0xd800 + ((point - 0x10000) >> 10);
        scratch[nameLength + 1] = 0xdc00 + ((point - 0x10000) & 0x3ff);
        nameLength += 2;
      } else {
        scratch[nameLength] = point;
        nameLength += 1;
      }
      at += size;
    }
    at += 1;
    for (let head = 0; head < headCount; head += 1) {
      if (bytes[at] !== COMMA) return null;
      at += 1;
      const negative = bytes[at] === MINUS;
      if (negative) at += 1;
      let value = 0;
      const digitsAt = at;
      for (let byte = bytes[at] as number; byte >= ZERO && byte <= NINE; byte = bytes[at] as number) {
        value = value * 10 + (byte - ZERO);
        at += 1;
      }
      if (at === digitsAt || at - digitsAt > 10) return null;
      const weight = negative ? -value : value;
      if (weight !== (weight | 0)) return null;
      weights[row * headCount + head] = weight;
    }
    if (bytes[at] !== CLOSE_BRACKET) return null;
    at += 1;
    if (row < rowCount - 1) {
      if (bytes[at] !== COMMA || bytes[at + 1] !== NEWLINE) return null;
      at += 2;
    } else if (at !== end) return null;
  }
  nameStart[rowCount] = nameLength;
  const names = sharedUint16(nameLength);
  names.set(scratch.subarray(0, nameLength));
  return linearModelFromPacked(packedModelOf(stored, packNames(names, nameStart, weights, headCount)));
}
