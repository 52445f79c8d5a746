import { decodeReferences } from './html-entities.js';

/** Long text is read this much at a time, so a full builder stops reading it. */
const TEXT_SLICE_CHARS = 16_384;
/** html-to-text's default `wordwrap`. */
const WRAP_COLUMN = 80;
/** Quoted history is marked as mail clients mark it, so quote stripping removes it from the new text. */
const MAX_QUOTE_MARKS = 20;
/** HTML whitespace (WHATWG "ASCII whitespace", plus the zero-width space html-to-text also treats as space). */
const WHITESPACE_RUN = /[ \t\r\n\f\u200b]+/g;

/**
 * The text io/html-text.ts writes, with html-to-text's layout: blocks on their own line, paragraphs
 * apart, quotes marked, lines wrapped at 80. Stops taking text at its limit.
 */
export class TextBuilder {
  private readonly parts: string[] = [];
  private length = 0;
  /** Line breaks owed before the next text: 1 ends a line, 2 leaves a blank line. */
  private breaks = 0;
  private atLineStart = true;
  private pendingSpace = false;
  /** Characters on the current output line, for wrapping. */
  private column = 0;
  /** Text was written since the last `mark()`: a link with words shows its target in brackets. */
  wroteSinceMark = false;
  /** Open <blockquote> elements: each line written inside starts with one "> " per level. */
  quoteDepth = 0;
  /** Inside <h1>-<h6>: html-to-text writes headings in capitals. */
  heading = 0;

  private readonly limit: number;

  constructor(limit: number) {
    this.limit = limit;
  }

  get full(): boolean {
    return this.length >= this.limit;
  }

  mark(): void {
    this.wroteSinceMark = false;
  }

  lineBreak(count: number): void {
    if (this.length > 0) this.breaks = Math.max(this.breaks, count);
    this.pendingSpace = false;
  }

  /** A `<br>` always adds a line, even right after another one. */
  hardBreak(): void {
    if (this.length > 0) this.breaks = Math.min(this.breaks + 1, 3);
    this.pendingSpace = false;
  }

  space(): void {
    this.pendingSpace = true;
  }

  /** Text as written in the source; `verbatim` keeps its whitespace (inside <pre>). */
  text(source: string, verbatim: boolean): void {
    // Long text is read a slice at a time, so a full builder stops reading it.
    for (let at = 0; at < source.length && !this.full; ) {
      let end = Math.min(source.length, at + TEXT_SLICE_CHARS);
      // A character reference is never cut in two: it is at most 33 characters long.
      const amp = end < source.length ? source.lastIndexOf('&', end) : -1;
      if (amp > end - 40 && amp > at) end = amp;
      this.slice(source.slice(at, end), verbatim);
      at = end;
    }
  }

  /** Text written as one unit ("[href]", a list marker): wrapped as a word, its spaces kept. */
  word(text: string): void {
    this.write(text, true);
  }

  private slice(source: string, verbatim: boolean): void {
    if (verbatim) {
      this.write(decodeReferences(source), false);
      return;
    }
    const collapsed = source.replace(WHITESPACE_RUN, ' ');
    if (collapsed === ' ') {
      this.space();
      return;
    }
    const lead = collapsed.startsWith(' ');
    const trail = collapsed.endsWith(' ');
    const decoded = decodeReferences(collapsed.slice(lead ? 1 : 0, trail ? -1 : collapsed.length));
    const text = this.heading > 0 ? decoded.toUpperCase() : decoded;
    if (lead) this.space();
    if (text.length > 0) this.write(text, true);
    if (trail) this.space();
  }

  /**
   * Appends text. With `wrap` it is wrapped at WRAP_COLUMN between its words, as html-to-text wraps
   * (line-based rules such as the sign-off cut were tuned on its output); <pre> text is not.
   */
  private write(text: string, wrap: boolean): void {
    if (text.length === 0) return;
    if (this.breaks > 0) {
      this.push('\n'.repeat(this.breaks));
      this.breaks = 0;
      this.atLineStart = true;
    }
    const marks = this.quoteDepth > 0 ? '> '.repeat(Math.min(this.quoteDepth, MAX_QUOTE_MARKS)) : '';
    if (this.atLineStart) this.push(marks);
    this.wroteSinceMark = true;
    if (!wrap) {
      if (!this.atLineStart && this.pendingSpace) this.push(' ');
      this.pendingSpace = false;
      this.push(marks && text.includes('\n') ? text.replaceAll('\n', `\n${marks}`) : text);
      this.atLineStart = text.endsWith('\n');
      return;
    }
    let space = this.pendingSpace && !this.atLineStart;
    this.pendingSpace = false;
    let from = 0;
    while (from <= text.length && !this.full) {
      const to = text.indexOf(' ', from);
      const word = text.slice(from, to < 0 ? text.length : to);
      if (word.length > 0) {
        const lineStart = this.column <= marks.length;
        if (!lineStart && this.column + (space ? 1 : 0) + word.length > WRAP_COLUMN && space) this.push(`\n${marks}`);
        else if (space && !lineStart) this.push(' ');
        this.push(word);
      }
      space = true;
      if (to < 0) break;
      from = to + 1;
    }
    this.atLineStart = false;
  }

  private push(text: string): void {
    const room = this.limit - this.length;
    if (room <= 0) return;
    const kept = text.length > room ? text.slice(0, room) : text;
    this.parts.push(kept);
    this.length += kept.length;
    const newline = kept.lastIndexOf('\n');
    this.column = newline >= 0 ? kept.length - newline - 1 : this.column + kept.length;
  }

  toString(): string {
    return this.parts.join('').trim();
  }
}
