import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fuzzedMails, syntheticMails } from '../../bench/triage-mail.js';
import { corpusEntryToMime, parseCorpusFile } from '../../src/core/corpus/format.js';
import type { ParsedParts } from '../../src/io/bounded-parser.js';
import { createCappedIconv } from '../../src/io/charset-decoder.js';
import { LIMITS, parseWithMailparser } from '../../src/io/mime.js';
import { parseSimpleMail, SIMPLE_MAIL_MAX_BYTES } from '../../src/io/simple-mail.js';
import { hostileMail } from '../support/hostile-mail.js';

/**
 * The fast path (src/io/simple-mail.ts) must read a message exactly as mailparser does whenever it
 * takes one. Every message below is parsed both ways; where the fast path answers, the two results
 * are deep-equal (toStrictEqual: same fields, same undefined fields, same Date, same raw header lines).
 */

const ROOT = path.resolve(import.meta.dirname, '../..');

function fast(raw: Buffer): ParsedParts | null {
  return parseSimpleMail(raw, { Iconv: createCappedIconv(), maxHeadSize: LIMITS.maxHeaderBytes });
}

interface Tally {
  taken: number;
  declined: number;
}

/** Parses each message both ways; returns how many the fast path took. */
async function compareAll(source: string, mails: Iterable<Buffer>): Promise<Tally> {
  const tally = { taken: 0, declined: 0 };
  let index = 0;
  for (const raw of mails) {
    index += 1;
    const quick = fast(raw);
    if (!quick) {
      tally.declined += 1;
      continue;
    }
    tally.taken += 1;
    const slow = await parseWithMailparser(raw).catch((error: unknown) => error);
    expect(quick, `${source} #${index}`).toStrictEqual(slow);
  }
  return tally;
}

// An invalid Date header makes mailparser use the current time: both readings must see the same clock.
beforeAll(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-03-03T10:00:00Z'));
});
afterAll(() => {
  vi.useRealTimers();
});

async function fixtureMails(): Promise<Buffer[]> {
  const dir = path.join(ROOT, 'test/fixtures/mail');
  const names = (await readdir(dir)).filter((name) => name.endsWith('.eml')).sort();
  return Promise.all(names.map((name) => readFile(path.join(dir, name))));
}

describe('the simple-mail fast path reads as mailparser does', () => {
  it('every fixture in test/fixtures/mail', async () => {
    const mails = await fixtureMails();
    const tally = await compareAll('fixture', mails);
    // All but the multipart ones are simple.
    expect(tally.taken).toBeGreaterThanOrEqual(mails.length - 3);
  });

  it("the benchmark's synthetic and fuzzed mail (bench/triage-mail.ts)", async () => {
    const synthetic = await compareAll('synthetic', (await syntheticMails(300)).map((mail) => mail.raw));
    expect(synthetic.taken).toBeGreaterThan(250);
    const fuzzed = await compareAll('fuzzed', (await fuzzedMails()).map((mail) => mail.raw));
    expect(fuzzed.taken + fuzzed.declined).toBeGreaterThan(0);
  });

  it('every corpus entry rendered as mail (corpusEntryToMime, as eval and train read them)', async () => {
    const dir = path.join(ROOT, 'corpus/written');
    const mails: Buffer[] = [];
    for (const name of (await readdir(dir)).filter((file) => file.endsWith('.txt')).sort()) {
      const { entries } = parseCorpusFile(await readFile(path.join(dir, name), 'utf8'), name);
      for (const entry of entries) mails.push(Buffer.from(corpusEntryToMime(entry), 'utf8'));
    }
    const tally = await compareAll('corpus', mails);
    expect(mails.length).toBeGreaterThan(10_000);
    expect(tally.taken).toBeGreaterThan(mails.length * 0.8);
  }, 300_000);

  it('hostile and malformed mail (test/support/hostile-mail.ts, as bench/fuzz-feed.ts builds it), at sizes the fast path takes', async () => {
    let taken = 0;
    for (const scale of [0.001, 0.005, 0.02]) {
      const mails = Array.from({ length: 400 }, (_, seed) => hostileMail(seed + 1, { scale }).raw);
      taken += (await compareAll(`hostile scale ${scale}`, mails)).taken;
    }
    // Bad charsets and encodings, huge and encoded headers, junk: some of each kind is simple enough.
    expect(taken).toBeGreaterThan(150);
  }, 300_000);

  it('generated simple mail: header forms, encoded words, charsets, transfer encodings, flowed text, raw bytes', async () => {
    let taken = 0;
    await fc.assert(
      fc.asyncProperty(simpleMailArbitrary(), async (raw) => {
        const quick = fast(raw);
        if (!quick) return;
        taken += 1;
        expect(quick).toStrictEqual(await parseWithMailparser(raw));
      }),
      { numRuns: 600, seed: 20260303 },
    );
    expect(taken).toBeGreaterThan(300);
  }, 300_000);
});

describe('the simple-mail fast path declines what it does not read', () => {
  const head = 'From: Alex <alex@example.net>\r\nTo: privacy@example.test\r\nSubject: Delete\r\nMessage-ID: <d@example.net>\r\nMIME-Version: 1.0\r\n';
  const mail = (headers: string, body = 'Please delete my data.\r\n'): Buffer => Buffer.from(`${head}${headers}\r\n${body}`, 'latin1');

  it('takes the plain message these variations start from', () => {
    expect(fast(mail('Content-Type: text/plain; charset=utf-8\r\n'))?.text).toBe('Please delete my data.\n');
    expect(fast(mail('Content-Type: text/plain; charset=iso-8859-1\r\nContent-Transfer-Encoding: quoted-printable\r\n', 'L=F6schen\r\n'))?.text).toBe('Löschen\n');
  });

  it('declines multipart mail', async () => {
    const multipart = await readFile(path.join(ROOT, 'test/fixtures/mail/en-multipart-alternative.eml'));
    expect(fast(multipart)).toBeNull();
    expect(fast(mail('Content-Type: multipart/mixed; boundary="b"\r\n', '--b\r\nContent-Type: text/plain\r\n\r\nhi\r\n--b--\r\n'))).toBeNull();
    // A boundary parameter on a text part would still split its body in mailsplit.
    expect(fast(mail('Content-Type: text/plain; boundary="b"\r\n', '--b\r\nhi\r\n'))).toBeNull();
  });

  it('declines a charset the decoder does not know, and the ones mailparser treats apart', () => {
    for (const charset of ['x-unknown', 'utf-7', 'unicode-1-1-utf-7', 'base64', 'ks_c_5601-1987', 'iso-2022-kr']) {
      expect(fast(mail(`Content-Type: text/plain; charset=${charset}\r\n`)), charset).toBeNull();
    }
  });

  it('declines attachments, other types, unknown transfer encodings, big or unfinished messages', () => {
    expect(fast(mail('Content-Type: text/plain\r\nContent-Disposition: attachment; filename="a.txt"\r\n'))).toBeNull();
    expect(fast(mail('Content-Type: message/rfc822\r\n'))).toBeNull();
    expect(fast(mail('Content-Type: application/pdf\r\n'))).toBeNull();
    expect(fast(mail('Content-Type: text/plain\r\nContent-Transfer-Encoding: x-uuencode\r\n'))).toBeNull();
    expect(fast(mail('Content-Type: text/plain\r\n', 'x'.repeat(SIMPLE_MAIL_MAX_BYTES)))).toBeNull();
    expect(fast(Buffer.from(`${head}Content-Type: text/plain`, 'latin1'))).toBeNull();
    expect(fast(mail(`X-Long: ${'a'.repeat(LIMITS.maxHeaderBytes)}\r\n`))).toBeNull();
  });
});

/** Bytes a header or body may hold: ASCII words, UTF-8, latin1 and control bytes. */
const WORDS = ['delete', 'Löschung', 'données', 'ñandú', '日本語', 'a=b', '?=', '=?', '"q"', '(c)', '<x@y>', ',', ';', ':', '\t', '  ', 'é'];

function encodedWord(text: string, charset: string, kind: 'B' | 'Q'): string {
  const bytes = iconv.encode(text, charset === 'x-bogus' ? 'utf-8' : charset);
  const payload = kind === 'B' ? bytes.toString('base64') : [...bytes].map((byte) => (byte < 0x80 && /[A-Za-z0-9]/.test(String.fromCharCode(byte)) ? String.fromCharCode(byte) : `=${byte.toString(16).toUpperCase().padStart(2, '0')}`)).join('');
  return `=?${charset}?${kind}?${payload}?=`;
}

/** Simple messages built from the header and body forms real and broken mail has. */
function simpleMailArbitrary(): fc.Arbitrary<Buffer> {
  const text = fc.array(fc.constantFrom(...WORDS), { maxLength: 12 }).map((words) => words.join(' '));
  const charset = fc.constantFrom('utf-8', 'iso-8859-1', 'windows-1252', 'iso-8859-15', 'koi8-r', 'x-bogus');
  const word = fc.tuple(text, charset, fc.constantFrom<'B' | 'Q'>('B', 'Q')).map(([value, set, kind]) => encodedWord(value || 'x', set, kind));
  const headerText = fc.oneof(text, word, fc.tuple(word, text, word).map((parts) => parts.join(' ')), fc.constant(''), text.map((value) => `${value}\r\n ${value}`));
  const address = fc.oneof(
    fc.constant('alex@example.net'),
    headerText.map((name) => `"${name.replace(/["\r\n]/g, '')}" <Alex@Example.NET>`),
    word.map((name) => `${name} <a@b.example>`),
    fc.constant('Undisclosed recipients:;'),
    fc.constant('team: a@b.example, c@d.example;, e@f.example'),
    fc.constant('not an address'),
    fc.constant(''),
  );
  const date = fc.constantFrom('Tue, 03 Mar 2026 10:15:00 +0100', 'Tue, 3 Mar 2026 10:15 GMT', 'yesterday', '', '2026-03-03T10:15:00Z');
  const messageId = fc.constantFrom('<a.b@c.example>', 'a.b@c.example', '', '<a@b> <c@d>', '=?utf-8?B?PGFAYj4=?=', '<x y@z>');
  const headers = fc.record({
    mbox: fc.boolean(),
    from: fc.array(address, { minLength: 0, maxLength: 2 }),
    to: fc.array(address, { maxLength: 3 }),
    cc: fc.array(address, { maxLength: 1 }),
    replyTo: fc.array(address, { maxLength: 1 }),
    subject: fc.array(headerText, { maxLength: 2 }),
    date: fc.array(date, { maxLength: 2 }),
    messageId: fc.array(messageId, { maxLength: 2 }),
    inReplyTo: fc.array(messageId, { maxLength: 1 }),
    references: fc.array(fc.array(messageId, { maxLength: 4 }).map((ids) => ids.join('\r\n ')), { maxLength: 2 }),
    extra: fc.array(fc.constantFrom('X-Mailer: test', 'Auto-Submitted: auto-replied', 'List-Id: <l.example>', 'Received: from a by b;\r\n\tTue, 3 Mar 2026', 'X-Raw: \u00e9t\u00e9', 'X-Empty:', 'Weird line'), { maxLength: 3 }),
  });
  const contentType = fc.constantFrom(
    'text/plain',
    'text/plain; charset=utf-8',
    'TEXT/PLAIN; CHARSET="UTF-8"',
    'text/plain; charset=us-ascii',
    'text/plain; charset=iso-8859-1',
    'text/plain; charset="windows-1252" (comment)',
    'text/plain; charset=latin1',
    'text/plain; charset=koi8-r',
    'text/plain; charset=shift_jis',
    'text/plain; charset=utf-16le',
    'text/plain; charset=utf-8; format=flowed',
    'text/plain; charset=iso-8859-1; format=flowed; delsp=yes',
    'text/html; charset=utf-8',
    'text/html',
    null,
  );
  const encoding = fc.constantFrom('7bit', '8bit', 'binary', 'quoted-printable', 'Quoted-Printable', 'base64', 'BASE64', null);
  const body = fc.oneof(
    fc.tuple(fc.array(fc.oneof(text, fc.constantFrom('> quoted', '-- ', 'line with trailing space ', 'soft=\r\nbreak', '=E9=', '<p>html &amp; <b>bold</b></p>')), { maxLength: 8 }), fc.constantFrom('\r\n', '\n'), fc.boolean()).map(([lines, eol, trailing]) => ({ lines, eol, trailing })),
    fc.uint8Array({ maxLength: 300 }).map((bytes) => Buffer.from(bytes)),
  );
  return fc.record({ headers, contentType, encoding, body, eol: fc.constantFrom('\r\n', '\n'), disposition: fc.constantFrom(null, 'inline', 'INLINE; filename="a.txt"') }).map((shape) => {
    const { headers: h, eol } = shape;
    const lines: string[] = [];
    if (h.mbox) lines.push('From alex@example.net Tue Mar  3 10:15:00 2026');
    for (const value of h.from) lines.push(`From: ${value}`);
    for (const value of h.to) lines.push(`To: ${value}`);
    for (const value of h.cc) lines.push(`Cc: ${value}`);
    for (const value of h.replyTo) lines.push(`Reply-To: ${value}`);
    for (const value of h.subject) lines.push(`Subject: ${value}`);
    for (const value of h.date) lines.push(`Date: ${value}`);
    for (const value of h.messageId) lines.push(`Message-ID: ${value}`);
    for (const value of h.inReplyTo) lines.push(`In-Reply-To: ${value}`);
    for (const value of h.references) lines.push(`References: ${value}`);
    lines.push(...h.extra);
    if (lines.length === 0 || h.mbox) lines.push('X-First: 1');
    if (shape.contentType) lines.push(`Content-Type: ${shape.contentType}`);
    if (shape.encoding) lines.push(`Content-Transfer-Encoding: ${shape.encoding}`);
    if (shape.disposition) lines.push(`Content-Disposition: ${shape.disposition}`);
    const head = Buffer.from(lines.join('\r\n').replace(/\r\n/g, eol) + eol + eol, 'utf8');
    let content: Buffer;
    if (Buffer.isBuffer(shape.body)) content = shape.body;
    else {
      const plain = shape.body.lines.join(shape.body.eol) + (shape.body.trailing ? shape.body.eol : '');
      const set = /charset="?([\w-]+)/i.exec(shape.contentType ?? '')?.[1] ?? 'utf-8';
      const bytes = iconv.encodingExists(set) ? iconv.encode(plain, set) : Buffer.from(plain, 'utf8');
      const lower = (shape.encoding ?? '').toLowerCase();
      if (lower === 'base64') content = Buffer.from((bytes.toString('base64').match(/.{1,76}/g) ?? []).join(shape.body.eol) + (shape.body.trailing ? shape.body.eol : ''));
      else if (lower === 'quoted-printable') content = Buffer.from(plain.replace(/[^\x20-\x7e\r\n]/g, (chr) => [...Buffer.from(chr, 'utf8')].map((byte) => `=${byte.toString(16).toUpperCase()}`).join('')), 'latin1');
      else content = bytes;
    }
    return Buffer.concat([head, content]);
  });
}
