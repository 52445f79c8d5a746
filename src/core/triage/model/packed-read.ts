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

const HEADER_OPEN = '{"header":';
const ROWS_OPEN = '\n"rows":[\n';
const FILE_END = '\n]}\n';
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

export function readPackedModel(text: string): LinearModel | null {
  const rowsAt = text.indexOf(ROWS_OPEN);
  if (!text.startsWith(HEADER_OPEN) || rowsAt < 0 || !text.endsWith(FILE_END)) return null;
  let header: unknown;
  try {
    header = JSON.parse(text.slice(HEADER_OPEN.length, rowsAt - 1));
  } catch {
    return null;
  }
  if (typeof header !== 'object' || header === null || Array.isArray(header)) return null;
  const stored = checkStoredModel({ ...header, features: [], weights: new Int32Array(0) });
  const headCount = stored.heads.length;
  const end = text.length - FILE_END.length;
  let rowCount = 0;
  const first = rowsAt + ROWS_OPEN.length;
  if (end > first) for (let at = text.indexOf(',\n', first); at >= 0 && at < end; at = text.indexOf(',\n', at + 2)) rowCount += 1;
  if (end > first) rowCount += 1;

  const weights = sharedInt32(rowCount * headCount);
  const nameStart = sharedInt32(rowCount + 1);
  // Every name is shorter than the text of the rows; the exact length is known only at the end.
  const scratch = new Uint16Array(Math.max(0, end - first));
  let nameLength = 0;
  let at = first;
  for (let row = 0; row < rowCount; row += 1) {
    if (text.charCodeAt(at) !== OPEN_BRACKET || text.charCodeAt(at + 1) !== QUOTE) return null;
    at += 2;
    nameStart[row] = nameLength;
    for (let code = text.charCodeAt(at); code !== QUOTE; code = text.charCodeAt(at)) {
      if (code === BACKSLASH || code < FIRST_PLAIN_CHAR || at >= end) return null;
      scratch[nameLength] = code;
      nameLength += 1;
      at += 1;
    }
    at += 1;
    for (let head = 0; head < headCount; head += 1) {
      if (text.charCodeAt(at) !== COMMA) return null;
      at += 1;
      const negative = text.charCodeAt(at) === MINUS;
      if (negative) at += 1;
      let value = 0;
      const digitsAt = at;
      for (let code = text.charCodeAt(at); code >= ZERO && code <= NINE; code = text.charCodeAt(at)) {
        value = value * 10 + (code - ZERO);
        at += 1;
      }
      if (at === digitsAt || at - digitsAt > 10) return null;
      const weight = negative ? -value : value;
      if (weight !== (weight | 0)) return null;
      weights[row * headCount + head] = weight;
    }
    if (text.charCodeAt(at) !== CLOSE_BRACKET) return null;
    at += 1;
    if (row < rowCount - 1) {
      if (text.charCodeAt(at) !== COMMA || text.charCodeAt(at + 1) !== NEWLINE) return null;
      at += 2;
    } else if (at !== end) return null;
  }
  nameStart[rowCount] = nameLength;
  const names = sharedUint16(nameLength);
  names.set(scratch.subarray(0, nameLength));
  return linearModelFromPacked(packedModelOf(stored, packNames(names, nameStart, weights, headCount)));
}
