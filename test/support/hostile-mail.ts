/**
 * A seeded generator of hostile and malformed MIME, for the fuzz test (test/io/mime-fuzz.test.ts)
 * and the fuzz benchmark (bench/fuzz.ts). The same seed always gives the same bytes, so a slow or
 * failing message can be named by its seed and rebuilt.
 *
 * Shapes are the ones an attacker tried against the classify CLI (issue 10): lines of megabytes,
 * thousands of nested multiparts, thousands of parts, big or deeply nested HTML, giant <script> and
 * <style>, broken boundaries, bad transfer encodings and charsets, huge or very many headers, binary
 * junk, base64 garbage, deep quoting, and text built to make regular expressions backtrack.
 */

import { seededRandom } from '../../src/core/seeded-random.js';

export const HOSTILE_KINDS = [
  'long-line',
  'deep-nesting',
  'nested-messages',
  'many-parts',
  'big-html',
  'broken-boundaries',
  'bad-encoding',
  'huge-headers',
  'binary-junk',
  'base64-garbage',
  'quote-levels',
  'regex-bait',
  'mixed',
] as const;
export type HostileKind = (typeof HOSTILE_KINDS)[number];

export interface HostileMail {
  kind: HostileKind;
  /** What was built inside the kind, e.g. "deep-nesting depth=3200". */
  detail: string;
  seed: number;
  raw: Buffer;
}

export interface HostileOptions {
  /**
   * Multiplies every size (bytes, lines, parts, depth). 1 builds what the benchmark uses: most
   * messages a few kB to 2 MB, one in fifty 4-20 MB. Tests use a fraction to stay fast.
   */
  scale?: number;
  kind?: HostileKind;
}

class Dice {
  readonly next: () => number;
  constructor(next: () => number) {
    this.next = next;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.next() * list.length)] as T;
  }
  chance(share: number): boolean {
    return this.next() < share;
  }
  /** Log-uniform between min and max: small sizes are common, large ones appear. */
  logSize(min: number, max: number): number {
    return Math.round(Math.exp(Math.log(min) + this.next() * (Math.log(max) - Math.log(min))));
  }
  bytes(length: number): Buffer {
    const out = Buffer.allocUnsafe(length);
    this.fillRandom(out, false);
    return out;
  }
  fillRandom(out: Buffer, noLineBreaks: boolean): void {
    for (let index = 0; index < out.length; index += 1) {
      const byte = Math.floor(this.next() * 256);
      out[index] = noLineBreaks && (byte === 0x0a || byte === 0x0d) ? 0x20 : byte;
    }
  }
}

/** Repeats `unit` until the result has about `length` characters (for small pieces). */
function fill(unit: string, length: number): string {
  return unit.repeat(Math.max(1, Math.ceil(length / Math.max(1, unit.length))));
}

/**
 * Big pieces are described, not built: `join` allocates each message once and fills them in place,
 * so a 20 MB message costs the generator 20 MB and the benchmark's peak RSS measures the parser.
 */
type Piece = string | Buffer | { fill: string; length: number } | { random: number; noLineBreaks?: boolean };

/** `length` bytes of `unit` repeated. */
function fillBytes(unit: string, length: number): Piece {
  return { fill: unit, length: Math.max(1, Math.round(length)) };
}

function pieceLength(piece: Piece): number {
  if (typeof piece === 'string') return Buffer.byteLength(piece, 'utf8');
  if (Buffer.isBuffer(piece)) return piece.length;
  return 'fill' in piece ? piece.length : piece.random;
}

function totalLength(pieces: readonly Piece[]): number {
  return pieces.reduce((sum, piece) => sum + pieceLength(piece), 0);
}

function join(dice: Dice, pieces: readonly Piece[]): Buffer {
  const out = Buffer.allocUnsafe(totalLength(pieces));
  let at = 0;
  for (const piece of pieces) {
    const length = pieceLength(piece);
    if (typeof piece === 'string') out.write(piece, at, 'utf8');
    else if (Buffer.isBuffer(piece)) piece.copy(out, at);
    else if ('fill' in piece) out.fill(piece.fill, at, at + length, 'utf8');
    else dice.fillRandom(out.subarray(at, at + length), piece.noLineBreaks === true);
    at += length;
  }
  return out;
}

const WORDS = [
  'please delete my account ',
  'bitte löschen Sie meine Daten ',
  'je souhaite exercer mon droit ',
  'please please please please ',
  'data data data ',
  'do not want you to ',
  'my own old personal ',
  'Art. 15 GDPR Art. 17 DSGVO ',
  'unsubscribe ',
  'On Mon, 2 Mar 2026, someone ',
  '> > > > ',
  'a@b.c@d.e@',
  'http://a.a.a.a.a.a.a.a/',
  'xn--a.xn--b.xn--c.',
  '.,;:!?-',
  ' \t',
  '\u00a0\u200b',
  'é',
  'aaaaaaaa',
  "'-",
  '&amp;&#x41;&#65;',
  '0123456789',
];

const REQUEST = 'Please delete my account and all the personal data you hold about me.';

const CHARSETS = ['utf-8', 'iso-8859-1', 'windows-1252', 'iso-2022-jp', 'shift_jis', 'euc-jp', 'euc-kr', 'gb2312', 'gbk', 'big5', 'utf-7', 'utf-16', 'utf-16le', 'utf-32', 'koi8-r', 'x-unknown', "utf-8''%FF", '', '"'];
const ENCODINGS = ['base64', 'quoted-printable', '7bit', '8bit', 'binary', 'x-uuencode', 'uuencode', 'x-gzip', 'garbage', ''];

interface Builder {
  dice: Dice;
  /** The byte budget for this message. */
  size: number;
  scale: number;
  seed: number;
}

function headerBlock(b: Builder, contentType: string, extra: string[] = []): string {
  return [
    `From: Fuzz Sender <fuzz-${b.seed}@mail.example>`,
    'To: privacy@clinic.example',
    `Subject: fuzz ${b.seed} ${b.dice.pick(['delete my data', 'Re: request', 'Fwd: x', '', 'Löschung'])}`,
    'Date: Mon, 02 Mar 2026 09:00:00 +0000',
    `Message-ID: <fuzz-${b.seed}@mail.example>`,
    'MIME-Version: 1.0',
    ...extra,
    `Content-Type: ${contentType}`,
  ].join('\r\n');
}

function message(b: Builder, contentType: string, body: Piece | Piece[], extra: string[] = []): Buffer {
  return join(b.dice, [`${headerBlock(b, contentType, extra)}\r\n\r\n`, ...(Array.isArray(body) ? body : [body])]);
}

function longLine(b: Builder): [string, Buffer] {
  const unit = b.dice.pick(WORDS);
  if (b.dice.chance(0.3)) {
    // Quoted-printable soft breaks (RFC 2045 6.7 rule 5) decode to one line however the wire is wrapped.
    const encoded = fill(unit, 70).slice(0, 70).replace(/[^\x20-\x3c\x3e-\x7e]/g, '=3D');
    const body = fillBytes(`${encoded}=\r\n`, b.size);
    return [`qp-soft-breaks unit=${JSON.stringify(unit)} bytes=${pieceLength(body)}`, message(b, 'text/plain; charset=utf-8', [`${REQUEST}\r\n`, body, '\r\n'], ['Content-Transfer-Encoding: quoted-printable'])];
  }
  const line = fillBytes(unit, b.size);
  return [`unit=${JSON.stringify(unit)} bytes=${pieceLength(line)}`, message(b, 'text/plain; charset=utf-8', [`${REQUEST}\r\n`, line, '\r\n'], ['Content-Transfer-Encoding: 8bit'])];
}

function deepNesting(b: Builder): [string, Buffer] {
  const depth = Math.max(2, Math.min(20_000, Math.round(b.size / 60)));
  const open: string[] = [];
  const close: string[] = [];
  for (let level = 1; level < depth; level += 1) {
    open.push(`--b${level}\r\nContent-Type: multipart/mixed; boundary="b${level + 1}"\r\n\r\n`);
    close.push(`\r\n--b${level}--\r\n`);
  }
  const inner = `--b${depth}\r\nContent-Type: text/plain\r\n\r\n${REQUEST}\r\n--b${depth}--\r\n`;
  const closing = b.dice.chance(0.5) ? close.reverse().join('') : '';
  return [`depth=${depth} closed=${closing !== ''}`, message(b, 'multipart/mixed; boundary="b1"', open.join('') + inner + closing)];
}

function nestedMessages(b: Builder): [string, Buffer] {
  const depth = Math.max(2, Math.min(20_000, Math.round(b.size / 120)));
  let body = `Content-Type: text/plain\r\n\r\n${REQUEST}\r\n`;
  for (let level = 0; level < depth; level += 1) {
    body = `Content-Type: message/rfc822\r\n\r\nFrom: level${level}@mail.example\r\nSubject: Fwd: level ${level}\r\n${body}`;
  }
  return [`depth=${depth}`, message(b, 'multipart/mixed; boundary="outer"', `--outer\r\n${body}\r\n--outer--\r\n`)];
}

function manyParts(b: Builder): [string, Buffer] {
  const count = Math.max(2, Math.min(50_000, Math.round(b.size / 80)));
  const parts: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const type = b.dice.pick(['text/plain', 'text/html', 'application/octet-stream', 'image/png', 'message/delivery-status']);
    const disposition = b.dice.chance(0.3) ? `\r\nContent-Disposition: attachment; filename="f${index}.bin"` : '';
    const content = type === 'text/html' ? `<p>${REQUEST} ${index}</p>` : type === 'text/plain' ? `${REQUEST} ${index}` : 'AAAA';
    parts.push(`--p\r\nContent-Type: ${type}${disposition}\r\n\r\n${content}\r\n`);
  }
  return [`parts=${count}`, message(b, `multipart/${b.dice.pick(['mixed', 'alternative', 'related'])}; boundary="p"`, `${parts.join('')}--p--\r\n`)];
}

function bigHtml(b: Builder): [string, Buffer] {
  const shape = b.dice.pick(['deep-tags', 'script', 'style', 'many-tags', 'unclosed-tag', 'unclosed-comment', 'entities', 'tables', 'attributes', 'open-script-tags']);
  const n = b.size;
  const html: Record<string, () => Piece[]> = {
    'deep-tags': () => ['<html><body>', fillBytes('<div><span>', n), `${REQUEST}</body></html>`],
    script: () => ['<html><body><script>', fillBytes('var a = "delete my data";\n', n), `</script><p>${REQUEST}</p></body></html>`],
    style: () => ['<html><head><style>', fillBytes('p { margin: 0 } ', n), `</style></head><body><p>${REQUEST}</p></body></html>`],
    'many-tags': () => ['<html><body>', fillBytes('<div><span>my data</span><br></div>', n), '</body></html>'],
    'unclosed-tag': () => [`<html><body><p>${REQUEST} <`, fillBytes('a ', n), '</body></html>'],
    'unclosed-comment': () => [`<html><body><p>${REQUEST}</p><!--`, fillBytes('-- x ', n), '</body></html>'],
    entities: () => [`<html><body><p>${REQUEST}</p>`, fillBytes('&amp;&lt;&#x1F600;&#99999999;&bogus;&', n), '</body></html>'],
    tables: () => ['<html><body>', fillBytes('<table><tr><td>', n), `${REQUEST}</body></html>`],
    attributes: () => ['<html><body><p ', fillBytes('a="b" ', n), `>${REQUEST}</p></body></html>`],
    'open-script-tags': () => ['<html><body>', fillBytes('<script>x', n), `<p>${REQUEST}</p></body></html>`],
  };
  const text = (html[shape] as () => Piece[])();
  const withText = b.dice.chance(0.2);
  if (withText) {
    const body = [`--alt\r\nContent-Type: text/plain\r\n\r\n${REQUEST}\r\n--alt\r\nContent-Type: text/html\r\n\r\n`, ...text, '\r\n--alt--\r\n'];
    return [`${shape} bytes=${totalLength(text)} with-text`, message(b, 'multipart/alternative; boundary="alt"', body)];
  }
  return [`${shape} bytes=${totalLength(text)}`, message(b, 'text/html; charset=utf-8', text)];
}

function brokenBoundaries(b: Builder): [string, Buffer] {
  const shape = b.dice.pick(['never-used', 'no-parameter', 'prefix-of-another', 'dash-lines', 'long-boundary', 'same-boundary-nested', 'unterminated']);
  const text = (): Piece => fillBytes(`${REQUEST}\r\n`, b.size);
  const bodies: Record<string, () => [string, Piece[]]> = {
    'never-used': () => ['multipart/mixed; boundary="never"', [text()]],
    'no-parameter': () => ['multipart/mixed', ['--x\r\n', text(), '--x--\r\n']],
    'prefix-of-another': () => ['multipart/mixed; boundary="a"', [fillBytes(`--a\r\nContent-Type: multipart/mixed; boundary="aa"\r\n\r\n--aa\r\n\r\n${REQUEST}\r\n`, b.size)]],
    'dash-lines': () => ['multipart/mixed; boundary="-"', [fillBytes('---\r\n--\r\n-----\r\n', b.size)]],
    'long-boundary': () => {
      const boundary = fill('b', Math.min(b.size, 100_000));
      return [`multipart/mixed; boundary="${boundary}"`, [`--${boundary}\r\nContent-Type: text/plain\r\n\r\n${REQUEST}\r\n--${boundary}--\r\n`]];
    },
    'same-boundary-nested': () => ['multipart/mixed; boundary="s"', [fillBytes(`--s\r\nContent-Type: multipart/mixed; boundary="s"\r\n\r\n`, b.size)]],
    unterminated: () => ['multipart/mixed; boundary="u"', ['--u\r\nContent-Type: text/plain\r\n\r\n', text()]],
  };
  const [type, body] = (bodies[shape] as () => [string, Piece[]])();
  return [`${shape} bytes=${totalLength(body)}`, message(b, type, body)];
}

function badEncoding(b: Builder): [string, Buffer] {
  const charset = b.dice.pick(CHARSETS);
  const encoding = b.dice.pick(ENCODINGS);
  const body: Piece = b.dice.chance(0.5) ? { random: b.size } : fillBytes(b.dice.pick(['=\r\n', '=ZZ=4', '=E9=', 'begin 644 x\r\nM', '+AGEAcgBh-', '\x1b$B', ...WORDS]), b.size);
  const type = `${b.dice.pick(['text/plain', 'text/html', 'text/calendar', 'message/delivery-status'])}; charset=${charset}`;
  return [`charset=${charset} cte=${encoding} bytes=${pieceLength(body)}`, message(b, type, body, [`Content-Transfer-Encoding: ${encoding}`])];
}

function hugeHeaders(b: Builder): [string, Buffer] {
  const shape = b.dice.pick(['one-long-value', 'folded-value', 'many-headers', 'encoded-words', 'many-addresses', 'many-references', 'long-header-name']);
  // Past a few MB every shape is far over any header limit; bigger only costs the generator.
  const n = Math.min(b.size, 2 << 20);
  const extra: Record<string, () => string[]> = {
    'one-long-value': () => [`X-Long: ${fill('a', n)}`],
    'folded-value': () => [`X-Folded: ${fill('x\r\n ', n)}end`],
    'many-headers': () => Array.from({ length: Math.max(1, Math.round(n / 24)) }, (_, index) => `X-H${index}: value ${index}`),
    'encoded-words': () => [`Subject: ${fill('=?utf-8?B?ZGVsZXRlIG15IGRhdGE=?= =?iso-8859-1?Q?L=F6schung?= ', n)}`],
    'many-addresses': () => [`Cc: ${fill('"A, B" <a@b.example>, c@d.example (comment), ', n)}`],
    'many-references': () => [`References: ${fill('<a@b.example> ', n)}`],
    'long-header-name': () => [`${fill('X', n)}: value`],
  };
  const headers = (extra[shape] as () => string[])();
  return [`${shape} bytes=${headers.reduce((sum, line) => sum + line.length, 0)} lines=${headers.length}`, message(b, 'text/plain; charset=utf-8', `${REQUEST}\r\n`, headers)];
}

function binaryJunk(b: Builder): [string, Buffer] {
  const junk: Piece = { random: b.size };
  if (b.dice.chance(0.3)) return [`raw bytes=${b.size} after one header line`, join(b.dice, ['X-Junk: yes\r\n', junk])];
  return [`body bytes=${b.size}`, message(b, 'text/plain; charset=utf-8', junk)];
}

/** Base64 in 76-character lines (RFC 2045 6.8), built a line at a time. */
function base64Lines(bytes: Buffer): Buffer {
  const lines: Buffer[] = [];
  for (let at = 0; at < bytes.length; at += 57) lines.push(Buffer.from(`${bytes.subarray(at, at + 57).toString('base64')}\r\n`, 'latin1'));
  return Buffer.concat(lines);
}

function base64Garbage(b: Builder): [string, Buffer] {
  const shape = b.dice.pick(['random-ascii', 'binary-as-text', 'no-newlines', 'padding']);
  let body: Piece;
  if (shape === 'random-ascii') body = { random: b.size, noLineBreaks: true };
  else if (shape === 'binary-as-text') body = base64Lines(b.dice.bytes(Math.round((b.size * 3) / 4)));
  else if (shape === 'no-newlines') body = Buffer.from(b.dice.bytes(Math.round((b.size * 3) / 4)).toString('base64'), 'latin1');
  else body = fillBytes('====', b.size);
  return [`${shape} bytes=${pieceLength(body)}`, message(b, `text/${b.dice.pick(['plain', 'html'])}; charset=utf-8`, body, ['Content-Transfer-Encoding: base64'])];
}

function quoteLevels(b: Builder): [string, Buffer] {
  const shape = b.dice.pick(['deep-one-line', 'deep-lines', 'spaced', 'quote-headers']);
  let body: Piece[];
  if (shape === 'deep-one-line') body = [`${REQUEST}\r\n`, fillBytes('>', b.size), ' delete my account\r\n'];
  else if (shape === 'deep-lines') {
    const lines: Buffer[] = [Buffer.from(`${REQUEST}\r\n\r\n`)];
    for (let depth = 1, length = 0; length < b.size; depth += 1) {
      const line = Buffer.from(`${'>'.repeat(depth % 2000)} On Mon someone wrote: delete my data\r\n`);
      lines.push(line);
      length += line.length;
    }
    body = lines;
  } else if (shape === 'spaced') body = [`${REQUEST}\r\n`, fillBytes('> ', b.size), 'x\r\n'];
  else body = [`${REQUEST}\r\n`, fillBytes('On Mon, 2 Mar 2026 at 09:12, Someone <a@b.example> wrote:\r\n> ', b.size)];
  return [`${shape} bytes=${totalLength(body)}`, message(b, 'text/plain; charset=utf-8', body)];
}

function regexBait(b: Builder): [string, Buffer] {
  const unit = b.dice.pick([
    ...WORDS,
    'From: a@b.example\r\n',
    '---------- Forwarded message ---------\r\n',
    'Thanks\r\n',
    'CONFIDENTIALITY NOTICE: This e-mail is confidential ',
    '\r\n \r\n',
    ' \t\r\n',
    'If you do not reply I will complain to the authority. ',
    'Request type: ',
    '1. delete my data\r\n',
    'Sent from my ',
    '-- \r\n',
    'Mit freundlichen Grüßen\r\n',
    // Quote headers email-reply-parser matched across lines ("Op … schreef …:", "tir. … skrev …:").
    'Op 2 mrt. 2026 schreef Jan schreef\r\n',
    'tir. 3. mar. skrev Ole skrev\r\n',
    'Dnia 2 marca pisze\r\n',
  ]);
  const body = fillBytes(unit, b.size);
  return [`unit=${JSON.stringify(unit)} bytes=${pieceLength(body)}`, message(b, 'text/plain; charset=utf-8', [`${REQUEST}\r\n`, body, '\r\nThe end.\r\n'])];
}

const SIMPLE: Record<Exclude<HostileKind, 'mixed'>, (b: Builder) => [string, Buffer]> = {
  'long-line': longLine,
  'deep-nesting': deepNesting,
  'nested-messages': nestedMessages,
  'many-parts': manyParts,
  'big-html': bigHtml,
  'broken-boundaries': brokenBoundaries,
  'bad-encoding': badEncoding,
  'huge-headers': hugeHeaders,
  'binary-junk': binaryJunk,
  'base64-garbage': base64Garbage,
  'quote-levels': quoteLevels,
  'regex-bait': regexBait,
};

/** Two or three other hostile messages' bodies as the parts of one multipart. */
function mixed(b: Builder): [string, Buffer] {
  const kinds = Object.keys(SIMPLE) as Array<keyof typeof SIMPLE>;
  const parts: Buffer[] = [];
  const names: string[] = [];
  for (let index = b.dice.int(2, 3); index > 0; index -= 1) {
    const kind = b.dice.pick(kinds);
    const [, raw] = SIMPLE[kind]({ ...b, size: Math.max(64, Math.round(b.size / 3)) });
    // The inner message's own headers become the part's headers.
    const inner = raw.subarray(raw.indexOf('MIME-Version: 1.0\r\n') + 'MIME-Version: 1.0\r\n'.length);
    parts.push(Buffer.from('--m\r\n'), inner, Buffer.from('\r\n'));
    names.push(kind);
  }
  parts.push(Buffer.from('--m--\r\n'));
  return [names.join('+'), message(b, `multipart/${b.dice.pick(['mixed', 'alternative'])}; boundary="m"`, Buffer.concat(parts))];
}

/** One hostile message; the same seed and options always give the same bytes. */
export function hostileMail(seed: number, options: HostileOptions = {}): HostileMail {
  const dice = new Dice(seededRandom(seed));
  const scale = options.scale ?? 1;
  const kind = options.kind ?? dice.pick(HOSTILE_KINDS);
  const giant = dice.chance(0.02);
  const size = Math.max(16, Math.round(scale * (giant ? dice.logSize(4 << 20, 20 << 20) : dice.logSize(1 << 10, 2 << 20))));
  const builder: Builder = { dice, size, scale, seed };
  const [detail, raw] = kind === 'mixed' ? mixed(builder) : SIMPLE[kind](builder);
  return { kind, detail: `${kind} ${detail}`, seed, raw };
}

/** `count` hostile messages from consecutive seeds starting at `firstSeed`. */
export function* hostileMails(firstSeed: number, count: number, options: HostileOptions = {}): Generator<HostileMail> {
  for (let index = 0; index < count; index += 1) yield hostileMail(firstSeed + index, options);
}
