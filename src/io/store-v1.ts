import { createReadStream } from 'node:fs';

/**
 * Reads a version-1 db.json member by member. The file can be far larger than the longest string
 * V8 allows (about 512 MB: an 800 MB store of 100,000 cases), so it is never read as one string:
 * each top-level member that is an object is split into its members (`cases`, `messages`, `outbox`:
 * one record each), every other top-level value (version, purged, …) comes whole. Structural
 * characters are ASCII, so slicing the bytes between them never splits a UTF-8 sequence.
 *
 * `each(section, key, json)`: key is null for a top-level value that is not an object.
 * Throws a SyntaxError when the text is not well-formed JSON of that shape.
 */
export async function streamV1(file: string, each: (section: string, key: string | null, json: string) => void, chunkBytes = 1 << 20): Promise<void> {
  let depth = 0;
  let inString = false;
  let escaped = false;
  let pending: Buffer[] = [];
  let capture = -1;
  let section: string | null = null;
  let memberKey: string | null = null;
  let sectionIsObject = false;
  // Text of a string at depth 1 or 2 that may be a key.
  let keyStart = -1;
  let keyParts: Buffer[] = [];
  let lastString: string | null = null;
  let expectValue = false;
  let seenTop = false;
  // Capturing a string or scalar member value (capture >= 0 while depth stays put).
  let valueKind: 'string' | 'scalar' | null = null;
  const emit = (chunk: Buffer, end: number): void => {
    const text = flush(chunk, end);
    if (valueKind === 'scalar') JSON.parse(text);
    each(section as string, depth === 2 ? memberKey : null, text);
    valueKind = null;
    expectValue = false;
  };
  const flush = (chunk: Buffer, end: number): string => {
    const parts = [...pending, chunk.subarray(Math.max(capture, 0), end)];
    pending = [];
    capture = -1;
    return Buffer.concat(parts).toString('utf8');
  };
  for await (const chunk of createReadStream(file, { highWaterMark: chunkBytes }) as AsyncIterable<Buffer>) {
    if (capture >= 0) capture = 0;
    if (keyStart >= 0) keyStart = 0;
    for (let i = 0; i < chunk.length; i++) {
      const byte = chunk[i] as number;
      if (valueKind === 'scalar') {
        if (!',}] \n\r\t'.includes(String.fromCharCode(byte))) continue;
        emit(chunk, i);
      }
      if (inString) {
        if (escaped) escaped = false;
        else if (byte === 0x5c) escaped = true;
        else if (byte === 0x22) {
          inString = false;
          if (valueKind === 'string') emit(chunk, i + 1);
          else if (keyStart >= 0) {
            lastString = JSON.parse(Buffer.concat([...keyParts, chunk.subarray(keyStart, i + 1)]).toString('utf8')) as string;
            keyStart = -1;
            keyParts = [];
          }
        }
        continue;
      }
      switch (byte) {
        case 0x22:
          inString = true;
          if (expectValue && (depth === 1 || (depth === 2 && sectionIsObject))) {
            valueKind = 'string';
            capture = i;
          } else if ((depth === 1 || (depth === 2 && sectionIsObject)) && !expectValue && capture < 0) {
            keyStart = i;
            keyParts = [];
          }
          break;
        case 0x3a: // ':'
          if (depth === 1 && capture < 0) {
            section = lastString;
            expectValue = true;
            sectionIsObject = false;
          } else if (depth === 2 && sectionIsObject && capture < 0) {
            memberKey = lastString;
            expectValue = true;
          }
          break;
        case 0x7b: // '{'
        case 0x5b: // '['
          if (depth === 0) {
            if (byte !== 0x7b || seenTop) throw new SyntaxError('not a JSON object');
            seenTop = true;
          } else if (depth === 1 && expectValue) {
            expectValue = false;
            if (byte === 0x7b) sectionIsObject = true;
            else capture = i;
          } else if (depth === 2 && sectionIsObject && expectValue) {
            expectValue = false;
            capture = i;
          }
          depth++;
          break;
        case 0x7d: // '}'
        case 0x5d: // ']'
          depth--;
          if (depth < 0) throw new SyntaxError('unbalanced');
          if (depth === 2 && sectionIsObject && capture >= 0) each(section as string, memberKey, flush(chunk, i + 1));
          else if (depth === 1 && !sectionIsObject && capture >= 0) each(section as string, null, flush(chunk, i + 1));
          else if (depth === 1 && sectionIsObject) sectionIsObject = false;
          break;
        case 0x2c: // ','
        case 0x20:
        case 0x0a:
        case 0x0d:
        case 0x09:
          if (byte === 0x2c && expectValue) throw new SyntaxError('missing value');
          break;
        default:
          // A scalar value (number, true, false, null) at depth 1 or 2: captured up to the next delimiter.
          if (expectValue && (depth === 1 || (depth === 2 && sectionIsObject))) {
            valueKind = 'scalar';
            capture = i;
          } else if (capture < 0) throw new SyntaxError(`unexpected byte ${byte}`);
      }
    }
    if (capture >= 0) pending.push(chunk.subarray(capture));
    if (keyStart >= 0) keyParts.push(chunk.subarray(keyStart));
  }
  if (!seenTop || depth !== 0 || inString) throw new SyntaxError('truncated JSON');
}
