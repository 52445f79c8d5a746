import { EventEmitter } from 'node:events';
import { TextDecoder } from 'node:util';

/**
 * Decoded bytes of text parts in charsets other than UTF-8 and ASCII, per message. The text triage
 * reads is capped far lower (MAX_TEXT_CHARS in io/mime.ts); what is decoded past that is never read.
 */
export const MAX_DECODED_TEXT_BYTES = 1024 * 1024;

/** What mailparser uses of the node-iconv class it accepts as its `Iconv` option: data/end events, write, end. */
export type IconvConstructor = new (fromCharset: string, toCharset: string) => EventEmitter & { write(chunk: Buffer): boolean; end(): void };

/**
 * A decoder class for mailparser's documented `Iconv` option, so that non-UTF-8 text parts are
 * decoded by the WHATWG Encoding Standard's native decoders (TextDecoder) and at most
 * `maxBytes` per message are decoded at all; the rest of such a part is dropped unread.
 *
 * Why: without the option mailparser decodes ISO-2022-JP with encoding-japanese, which turns the
 * whole part into arrays of numbers: a 12 MB part took 10 s and most of 1 GB of RSS. Other
 * charsets went through iconv-lite, in JavaScript, with no limit on the part's size.
 *
 * Labels are resolved as browsers resolve them (WHATWG Encoding 4.2, e.g. "latin1" is
 * windows-1252, "ks_c_5601-1987" is EUC-KR). A label TextDecoder does not know (UTF-7, UTF-32,
 * DOS code pages) makes the constructor throw; mailparser then keeps the bytes as UTF-8, as it does
 * for any charset its own decoder does not know.
 */
export function createCappedIconv(maxBytes: number = MAX_DECODED_TEXT_BYTES): IconvConstructor {
  let remaining = maxBytes;
  return class CappedDecoder extends EventEmitter {
    private readonly decoder: TextDecoder;

    constructor(fromCharset: string) {
      super();
      // RFC 2045 5.1 allows quotes around parameter values; some senders double them.
      this.decoder = new TextDecoder(fromCharset.replace(/["'\s]/g, ''));
    }

    write(chunk: Buffer): boolean {
      if (remaining <= 0) return true;
      const taken = chunk.length > remaining ? chunk.subarray(0, remaining) : chunk;
      remaining -= taken.length;
      this.emitText(this.decoder.decode(taken, { stream: true }));
      return true;
    }

    end(): void {
      this.emitText(this.decoder.decode());
      this.emit('end');
    }

    private emitText(text: string): void {
      if (text.length > 0) this.emit('data', Buffer.from(text, 'utf8'));
    }
  };
}
