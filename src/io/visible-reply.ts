import EmailReplyParser from 'email-reply-parser';
// Replaces the parser's patterns that scan across lines before it is first used.
import './reply-parser-patterns.js';
// Replaces its character-by-character string reversal, the most of its cost (same results).
import './reply-parser-speed.js';

/**
 * email-reply-parser's quote-header patterns (`^\s*(Op\s[\s\S]+?…`, `^(.+\son.*at.*wrote:)$`) backtrack:
 * quadratic in runs of blank lines, cubic in the length of one line, so 8 kB of hostile text
 * costs seconds. It only ever sees a bounded text: no line longer than this (a quote header or
 * signature is a short line, so a long line is swapped for a short stand-in and put back after),
 */
const MAX_LINE_CHARS = 400;
/** The first characters of a long line stay in its stand-in: they decide whether it is quoted ("> …") or a sign-off. */
const LINE_PREFIX_CHARS = 80;
/** …no more than this many blank lines in a row… */
const MAX_BLANK_RUN = 20;
/** …and no more than this much text: what a sender writes now comes first. */
const MAX_PARSED_CHARS = 24_000;

/** U+2063 (invisible separator) is no whitespace, so the parser's right-trim keeps a stand-in whole. */
const STAND_IN_MARK = '\u2063';

interface Bounded {
  lines: string[];
  /** Long lines by stand-in number, right-trimmed as the parser trims every line it shows. */
  standIns: Array<{ prefix: string; line: string }>;
}

function bound(text: string): Bounded {
  const lines: string[] = [];
  const standIns: Bounded['standIns'] = [];
  let blankRun = 0;
  for (const line of text.split('\n')) {
    if (line.trim() === '') {
      blankRun += 1;
      // A long line of spaces is a blank line to the parser too (it right-trims every line).
      if (blankRun <= MAX_BLANK_RUN) lines.push(line.length > MAX_LINE_CHARS ? '' : line);
      continue;
    }
    blankRun = 0;
    if (line.length <= MAX_LINE_CHARS) {
      lines.push(line);
      continue;
    }
    const prefix = line.slice(0, LINE_PREFIX_CHARS);
    lines.push(`${prefix}${STAND_IN_MARK}${standIns.length}${STAND_IN_MARK}`);
    standIns.push({ prefix, line: line.trimEnd() });
  }
  return { lines, standIns };
}

/** Puts the long lines back in one pass; a mark that is not one of ours (the sender's own U+2063) stays as it was. */
function restore(text: string, standIns: Bounded['standIns']): string {
  if (standIns.length === 0) return text;
  let restored = '';
  let copied = 0;
  for (let at = text.indexOf(STAND_IN_MARK); at >= 0; at = text.indexOf(STAND_IN_MARK, at + 1)) {
    const end = text.indexOf(STAND_IN_MARK, at + 1);
    if (end < 0) break;
    const digits = text.slice(at + 1, end);
    const standIn = /^\d{1,9}$/.test(digits) ? standIns[Number(digits)] : undefined;
    const start = at - LINE_PREFIX_CHARS;
    if (standIn === undefined || start < copied || text.slice(start, at) !== standIn.prefix) continue;
    restored += text.slice(copied, start) + standIn.line;
    copied = end + 1;
    at = end;
  }
  return restored + text.slice(copied);
}

/**
 * The text email-reply-parser leaves visible (quoted fragments and signatures hidden), with its
 * cost bounded. For text over MAX_PARSED_CHARS the parser reads the head; when the head has no
 * quote or signature, the rest is the sender's text too and follows unchanged.
 */
export function visibleReplyText(normalized: string): string {
  const { lines, standIns } = bound(normalized);
  let headLines = lines.length;
  let length = 0;
  for (let index = 0; index < lines.length; index += 1) {
    length += (lines[index] ?? '').length + 1;
    if (length > MAX_PARSED_CHARS) {
      headLines = index;
      break;
    }
  }
  const head = lines.slice(0, headLines).join('\n');
  const email = new EmailReplyParser().read(head);
  let visible = email.getVisibleText();
  if (headLines < lines.length && email.getFragments().every((fragment) => !fragment.isHidden() || fragment.isEmpty())) {
    visible = `${visible}\n${lines
      .slice(headLines)
      .map((line) => line.trimEnd())
      .join('\n')}`;
  }
  return restore(visible, standIns);
}
