import { readFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { createReadBudget } from '../../src/app/read-budget.js';
import { BotError } from '../../src/errors.js';
import { parseBounded } from '../../src/io/bounded-parser.js';
import { createCappedIconv } from '../../src/io/charset-decoder.js';
import { LIMITS, parseMail } from '../../src/io/mime.js';
import type { ReadBudget } from '../../src/types.js';

const MAX_BYTES = 25 * 1024 * 1024;
const REQUEST = 'Please delete my account and all personal data you hold about me.';

function mail(contentType: string, body: string | Buffer, extraHeaders: string[] = []): Buffer {
  const head = ['From: Alex Doe <alex@example.net>', 'To: privacy@example.test', 'Subject: Request', 'Message-ID: <limits@example.net>', 'MIME-Version: 1.0', ...extraHeaders, `Content-Type: ${contentType}`].join('\r\n');
  return Buffer.concat([Buffer.from(`${head}\r\n\r\n`), typeof body === 'string' ? Buffer.from(body, 'latin1') : body]);
}

async function rejection(promise: Promise<unknown>): Promise<BotError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!(error instanceof BotError)) throw new Error(`expected a BotError, got ${String(error)}`);
  return error;
}

describe('parseMail limits', () => {
  it('keeps the first LIMITS.maxTextChars of a huge text part, request first', async () => {
    const parsed = await parseMail(mail('text/plain; charset=utf-8', `${REQUEST}\r\n${'more words here '.repeat(200_000)}`), { maxBytes: MAX_BYTES });
    expect(parsed.text.length).toBeLessThanOrEqual(LIMITS.maxTextChars);
    expect(parsed.text.length).toBeGreaterThan(LIMITS.maxTextChars - 20);
    expect(parsed.text.startsWith(REQUEST)).toBe(true);
    expect(parsed.newText.length).toBeLessThanOrEqual(parsed.text.length);
  });

  it('caps the subject', async () => {
    const raw = Buffer.from(mail('text/plain', REQUEST).toString('latin1').replace('Subject: Request', `Subject: ${'delete '.repeat(2000)}`), 'latin1');
    const { subject } = await parseMail(raw, { maxBytes: MAX_BYTES });
    expect(subject.length).toBeLessThanOrEqual(LIMITS.maxSubjectChars);
    expect(subject.startsWith('delete delete')).toBe(true);
  });

  it('reads HTML-only mail through the linear converter', async () => {
    const parsed = await parseMail(mail('text/html; charset=utf-8', `<html><body>${'<div>'.repeat(30_000)}<p>${REQUEST}</p></body></html>`), { maxBytes: MAX_BYTES });
    expect(parsed.text).toBe(REQUEST);
  });

  it('sets mail with more MIME parts than LIMITS.maxParts aside as MAIL_LIMIT, nested or not', async () => {
    const parts = Array.from({ length: LIMITS.maxParts + 5 }, (_, index) => `--p\r\nContent-Type: text/plain\r\n\r\npart ${index}\r\n`).join('');
    const flat = await rejection(parseMail(mail('multipart/mixed; boundary="p"', `${parts}--p--\r\n`), { maxBytes: MAX_BYTES }));
    expect(flat.code).toBe('MAIL_LIMIT');
    expect(flat.message).toMatch(/more than 500 MIME parts/);
    let nested = `--b${LIMITS.maxParts + 5}\r\nContent-Type: text/plain\r\n\r\n${REQUEST}\r\n`;
    for (let level = LIMITS.maxParts + 4; level >= 1; level -= 1) nested = `--b${level}\r\nContent-Type: multipart/mixed; boundary="b${level + 1}"\r\n\r\n${nested}`;
    expect((await rejection(parseMail(mail('multipart/mixed; boundary="b1"', nested), { maxBytes: MAX_BYTES }))).code).toBe('MAIL_LIMIT');
    // At the limit, the message is read.
    const within = Array.from({ length: 20 }, (_, index) => `--p\r\nContent-Type: text/plain\r\n\r\npart ${index}\r\n`).join('');
    expect((await parseMail(mail('multipart/mixed; boundary="p"', `${within}--p--\r\n`), { maxBytes: MAX_BYTES })).text).toMatch(/^part 0/);
  });

  it('sets mail with a header block over LIMITS.maxHeaderBytes aside as MAIL_LIMIT', async () => {
    const error = await rejection(parseMail(mail('text/plain', REQUEST, [`X-Long: ${'a'.repeat(LIMITS.maxHeaderBytes)}`]), { maxBytes: MAX_BYTES }));
    expect(error.code).toBe('MAIL_LIMIT');
    expect(error.message).toMatch(/header block is over/);
  });

  it('decodes other charsets natively: ISO-2022-JP, windows-1252; an unknown one stays UTF-8', async () => {
    const japanese = await parseMail(mail('text/plain; charset=ISO-2022-JP', '\x1b$B8D?M>pJs$r:o=|$7$F$/$@$5$$\x1b(B\r\n'), { maxBytes: MAX_BYTES });
    expect(japanese.text).toBe('個人情報を削除してください');
    const german = await parseMail(mail('text/plain; charset=windows-1252', Buffer.from('4cf6736368756e67', 'hex')), { maxBytes: MAX_BYTES });
    expect(german.text).toBe('Löschung');
    const unknown = await parseMail(mail('text/plain; charset=x-unknown', Buffer.from('Löschung', 'utf8')), { maxBytes: MAX_BYTES });
    expect(unknown.text).toBe('Löschung');
  });

  it('keeps attachment metadata exactly as simpleParser reports it, without keeping the content', async () => {
    const raw = await readFile('test/fixtures/mail/en-agent-ccpa.eml');
    const reference = await simpleParser(raw);
    const parsed = await parseMail(raw, { maxBytes: MAX_BYTES });
    expect(parsed.attachments).toEqual(reference.attachments.map((attachment) => ({ filename: attachment.filename ?? null, contentType: attachment.contentType, size: attachment.size })));
    const big = mail('multipart/mixed; boundary="m"', `--m\r\nContent-Type: text/plain\r\n\r\n${REQUEST}\r\n--m\r\nContent-Type: application/pdf; name="id.pdf"\r\nContent-Disposition: attachment; filename="id.pdf"\r\nContent-Transfer-Encoding: base64\r\n\r\n${Buffer.alloc(1_000_000, 7).toString('base64').replace(/(.{76})/g, '$1\r\n')}\r\n--m--\r\n`);
    expect((await parseMail(big, { maxBytes: MAX_BYTES })).attachments).toEqual([{ filename: 'id.pdf', contentType: 'application/pdf', size: 1_000_000 }]);
  });
});

describe('the bounded parser (mailparser 3.9.31 internals it relies on)', () => {
  it('stops decoding inline text past its limit, whatever the part or transfer encoding', async () => {
    const body = Buffer.from(`${REQUEST} ${'x'.repeat(20_000)}`).toString('base64').replace(/(.{76})/g, '$1\r\n');
    const raw = mail('multipart/alternative; boundary="a"', `--a\r\nContent-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n\r\n${body}\r\n--a\r\nContent-Type: text/html\r\n\r\n<p>${'y'.repeat(5000)}</p>\r\n--a--\r\n`);
    const { parsed, droppedTextBytes } = await parseBounded(Readable.from([raw]), {}, 1000);
    expect(droppedTextBytes).toBeGreaterThan(20_000);
    expect(parsed.text?.startsWith(REQUEST)).toBe(true);
    expect(parsed.text?.length).toBeLessThanOrEqual(1000);
    expect(parsed.html ?? '').toBe('');
  });

  it('leaves attachments whole', async () => {
    const raw = mail('multipart/mixed; boundary="m"', `--m\r\nContent-Type: text/plain\r\n\r\n${REQUEST}\r\n--m\r\nContent-Type: text/csv; name="data.csv"\r\nContent-Disposition: attachment; filename="data.csv"\r\n\r\n${'a,b\r\n'.repeat(1000)}--m--\r\n`);
    const { parsed, droppedTextBytes } = await parseBounded(Readable.from([raw]), {}, 100);
    expect(droppedTextBytes).toBe(0);
    // The line break in front of the closing boundary belongs to the boundary (RFC 2046 5.1.1).
    expect(parsed.attachments).toEqual([{ filename: 'data.csv', contentType: 'text/csv', size: 4998 }]);
  });
});

describe('the capped charset decoder', () => {
  it('decodes at most its byte limit per message, across parts', () => {
    const Decoder = createCappedIconv(10);
    const out: string[] = [];
    for (const text of ['abcdef', 'ghijkl']) {
      const decoder = new Decoder('windows-1252', 'UTF-8');
      decoder.on('data', (chunk: Buffer) => out.push(chunk.toString()));
      decoder.write(Buffer.from(text, 'latin1'));
      decoder.end();
    }
    expect(out.join('|')).toBe('abcdef|ghij');
  });

  it('throws for a label the Encoding Standard does not know (mailparser then keeps the bytes)', () => {
    const Decoder = createCappedIconv();
    expect(() => new Decoder('utf-7', 'UTF-8')).toThrow(RangeError);
  });
});

describe('the read budget while parsing', () => {
  it('abandons a parse between input slices once the budget is spent', async () => {
    let checks = 0;
    const budget: ReadBudget = {
      check(step) {
        checks += 1;
        if (checks >= 3) throw new BotError('MAIL_BUDGET', `spent at ${step}`);
      },
    };
    // About 5 MB arrive in 64 kB slices: the parser is stopped at the third, far from the end.
    const error = await rejection(parseMail(mail('text/plain', 'line of text\r\n'.repeat(400_000)), { maxBytes: MAX_BYTES, budget }));
    expect(error.code).toBe('MAIL_BUDGET');
    expect(error.message).toBe('spent at parse');
    expect(checks).toBe(3);
  });

  it('checks after each text step, so a spent budget is noticed at the step that spent it', async () => {
    const steps: string[] = [];
    await parseMail(mail('text/html', `<p>${REQUEST}</p>`), { maxBytes: MAX_BYTES, budget: { check: (step) => void steps.push(step) } });
    expect(steps.filter((step) => step !== 'parse')).toEqual(['html to text', 'quote stripping']);
    let now = 0;
    const spent = createReadBudget(1000, () => now);
    now = 1001;
    expect(() => spent.check('triage')).toThrow(/over its 1000 ms budget \(1001 ms, stopped at triage\)/);
  });
});
