import { readFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';

/**
 * The shipped model is its JSON text gzipped (RFC 1952): about 8.7 MB of text is 3.3 MB on disk, and
 * unpacking it costs about 20 ms of one core at start. A plain JSON file (a model someone trained
 * elsewhere and pointed to) is read as it is.
 */
const GZIP_MAGIC = [0x1f, 0x8b];
/** Far above any model we train (about 8.5 MB): a damaged or hostile file cannot fill the memory. */
const MAX_MODEL_TEXT_BYTES = 256 * 1024 * 1024;

export function isGzip(bytes: Uint8Array): boolean {
  return bytes[0] === GZIP_MAGIC[0] && bytes[1] === GZIP_MAGIC[1];
}

/** The model file's JSON bytes, unpacked when gzipped. Throws on a damaged gzip stream. */
export function modelBytesOf(bytes: Buffer): Buffer {
  return isGzip(bytes) ? gunzipSync(bytes, { maxOutputLength: MAX_MODEL_TEXT_BYTES }) : bytes;
}

export function readModelText(file: string): string {
  return modelBytesOf(readFileSync(file)).toString('utf8');
}

/** Level 9 and no name or time in the header, so the same weights give the same bytes. */
export function packModelText(serialized: string): Buffer {
  return gzipSync(Buffer.from(serialized, 'utf8'), { level: 9 });
}
