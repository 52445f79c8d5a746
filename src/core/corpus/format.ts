import { LABELS, type Label } from '../../types.js';

/** One hand-labelled message of `corpus/written/*.txt` (see corpus/FORMAT.md). */
export interface CorpusEntry {
  id: string;
  labels: Label[];
  primary: Label;
  language: string;
  automated: boolean;
  styles: string[];
  from: string | null;
  subject: string;
  headers: string[];
  text: string | null;
  html: string | null;
  /** File and line where the entry starts, for error messages. */
  origin: string;
}

export interface CorpusProblem {
  origin: string;
  message: string;
}

const LABEL_SET = new Set<string>(LABELS);
const KNOWN_KEYS = new Set(['labels', 'primary', 'lang', 'auto', 'style', 'from', 'subject', 'header']);

function splitList(value: string): string[] {
  return value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

interface Draft {
  id: string;
  origin: string;
  fields: Map<string, string>;
  headers: string[];
  sections: Map<'text' | 'html', string[]>;
  current: 'text' | 'html' | null;
}

function finish(draft: Draft, problems: CorpusProblem[]): CorpusEntry | null {
  const problem = (message: string): null => {
    problems.push({ origin: draft.origin, message: `${draft.id}: ${message}` });
    return null;
  };
  const labels = splitList(draft.fields.get('labels') ?? '');
  if (labels.length === 0) return problem('no labels');
  const unknown = labels.filter((label) => !LABEL_SET.has(label));
  if (unknown.length > 0) return problem(`unknown label ${unknown.join(', ')}`);
  if (labels.includes('other') && labels.length > 1) return problem('`other` cannot stand with another label');
  const primary = (draft.fields.get('primary') ?? labels[0] ?? '').trim();
  if (!labels.includes(primary)) return problem(`primary ${primary || '(none)'} is not among the labels`);
  const language = (draft.fields.get('lang') ?? '').trim().toLowerCase();
  if (!/^[a-z]{2}$/.test(language)) return problem('lang must be a two-letter ISO 639-1 code');
  const auto = (draft.fields.get('auto') ?? 'no').trim().toLowerCase();
  if (auto !== 'yes' && auto !== 'no') return problem('auto must be yes or no');
  if (auto === 'yes' && primary !== 'other') return problem('automated mail is labelled other');
  const body = (kind: 'text' | 'html'): string | null => {
    const lines = draft.sections.get(kind);
    return lines ? lines.join('\n').replace(/\s+$/, '') : null;
  };
  const text = body('text');
  const html = body('html');
  const subject = (draft.fields.get('subject') ?? '').trim();
  if (!text && !html && !subject) return problem('no subject and no body');
  return {
    id: draft.id,
    labels: labels as Label[],
    primary: primary as Label,
    language,
    automated: auto === 'yes',
    styles: splitList(draft.fields.get('style') ?? ''),
    from: draft.fields.get('from')?.trim() || null,
    subject,
    headers: draft.headers,
    text,
    html,
    origin: draft.origin,
  };
}

/** Parses one corpus file; malformed entries are reported, never guessed. */
export function parseCorpusFile(source: string, fileName: string): { entries: CorpusEntry[]; problems: CorpusProblem[] } {
  const entries: CorpusEntry[] = [];
  const problems: CorpusProblem[] = [];
  let draft: Draft | null = null;
  const close = (): void => {
    if (!draft) return;
    const entry = finish(draft, problems);
    if (entry) entries.push(entry);
    draft = null;
  };
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  for (const [index, line] of lines.entries()) {
    const origin = `${fileName}:${index + 1}`;
    const start = /^=== (\S+)\s*$/.exec(line);
    if (start) {
      close();
      draft = { id: start[1] ?? '', origin, fields: new Map(), headers: [], sections: new Map(), current: null };
      continue;
    }
    const current: Draft | null = draft;
    if (!current) {
      if (line.trim() !== '' && !line.startsWith('#')) problems.push({ origin, message: 'text before the first `=== id` line' });
      continue;
    }
    const section = /^--- (text|html)\s*$/.exec(line);
    if (section) {
      const kind = section[1] as 'text' | 'html';
      if (current.sections.has(kind)) problems.push({ origin, message: `${current.id}: a second --- ${kind} section` });
      current.sections.set(kind, []);
      current.current = kind;
      continue;
    }
    if (current.current) {
      current.sections.get(current.current)?.push(line);
      continue;
    }
    if (line.trim() === '' || line.startsWith('#')) continue;
    const field = /^([a-z_]+):\s?(.*)$/.exec(line);
    if (!field || !KNOWN_KEYS.has(field[1] ?? '')) {
      problems.push({ origin, message: `${current.id}: not a known key line: ${line.slice(0, 40)}` });
      continue;
    }
    const [, key = '', value = ''] = field;
    if (key === 'header') {
      if (!/^[\x21-\x39\x3b-\x7e]+:\s/.test(value)) problems.push({ origin, message: `${current.id}: header must be "Name: value"` });
      else current.headers.push(value);
    } else if (current.fields.has(key)) problems.push({ origin, message: `${current.id}: ${key} given twice` });
    else current.fields.set(key, value);
  }
  close();
  return { entries, problems };
}

function encodeHeader(value: string): string {
  // RFC 2047: non-ASCII header text travels as encoded words.
  return /^[\x20-\x7e]*$/.test(value) ? value : `=?UTF-8?B?${Buffer.from(value, 'utf8').toString('base64')}?=`;
}

function encodeAddress(value: string): string {
  const named = /^(.*?)\s*<([^>]+)>$/.exec(value);
  if (!named) return value;
  const name = (named[1] ?? '').replace(/^"|"$/g, '');
  return name ? `${encodeHeader(name)} <${named[2]}>` : `<${named[2]}>`;
}

function base64Lines(body: string): string {
  return (Buffer.from(body, 'utf8').toString('base64').match(/.{1,76}/g) ?? []).join('\r\n');
}

function part(kind: 'plain' | 'html', body: string): string {
  return `Content-Type: text/${kind}; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n${base64Lines(body)}\r\n`;
}

/** The entry as an RFC 5322 message, so it takes the same parsing path as real mail. */
export function corpusEntryToMime(entry: CorpusEntry): string {
  const headers = [
    // An entry without a sender gets one whose local part has no word in it: the model reads the
    // local part (model/features.ts senderTokensOf), and a made-up "sender" would teach it a word.
    `From: ${encodeAddress(entry.from ?? 'Sender <s@example.net>')}`,
    'To: privacy@clinic.example',
    `Subject: ${encodeHeader(entry.subject)}`,
    'Date: Tue, 03 Mar 2026 10:15:00 +0000',
    `Message-ID: <${entry.id}@corpus.example>`,
    'MIME-Version: 1.0',
    ...entry.headers,
  ];
  let body: string;
  if (entry.text !== null && entry.html !== null) {
    const boundary = `=_corpus_${entry.id}`;
    headers.push(`Content-Type: multipart/alternative; boundary="${boundary}"`);
    body = `--${boundary}\r\n${part('plain', entry.text)}--${boundary}\r\n${part('html', entry.html)}--${boundary}--\r\n`;
  } else {
    const [kind, content] = entry.html !== null ? (['html', entry.html] as const) : (['plain', entry.text ?? ''] as const);
    const single = part(kind, content);
    const split = single.indexOf('\r\n\r\n');
    headers.push(...single.slice(0, split).split('\r\n'));
    body = single.slice(split + 4);
  }
  return `${headers.join('\r\n')}\r\n\r\n${body}`;
}

/** FNV-1a: a stable hash so an entry's split never changes between runs or machines. */
export function stableHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let at = 0; at < text.length; at += 1) {
    hash ^= text.charCodeAt(at);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

export type CorpusSplit = 'train' | 'heldout';

/** One in five entries is held out from training, chosen by id so the split is reproducible. */
export function splitOf(id: string): CorpusSplit {
  return stableHash(id) % 5 === 0 ? 'heldout' : 'train';
}
