import { decodeReferences } from './html-entities.js';
import { TextBuilder } from './html-text-builder.js';

/**
 * The text of an HTML-only mail, read in one pass with no regular expression over the document.
 *
 * mailparser's own conversion (html-to-text) builds a DOM first: a few hundred kB of nested tags took
 * it seconds (13 s for 1 MB of `<div><span>`, superlinear in depth, with `limits.maxDepth` too), and
 * the old fallback here (`<(script|style)[\s\S]*?<\/\1>`) was quadratic in unclosed `<script>` tags
 * (37 s for 1 MB). This scanner looks at each character a bounded number of times, so its cost is
 * linear in the HTML it is given, and it is given at most MAX_HTML_CHARS.
 *
 * The output follows html-to-text's defaults, which the rules and the learned model were tuned on:
 * paragraphs and blocks on their own lines, quoted history as "> ", list items as " * " or "1. ",
 * headings in capitals, links as "text [href]" (mailto: dropped), images as "alt [src]", lines
 * wrapped at 80; script, style and the head skipped. On the corpus's 184 HTML letters the words
 * are the same as html-to-text's in all but two (table cells), the lines in 165.
 */

/**
 * HTML read per message. A newsletter's HTML is 50-150 kB for a few kB of text, a letter written in
 * Outlook a few kB per paragraph; a long forwarded thread stays well below. What follows is not read.
 */
export const MAX_HTML_CHARS = 1_000_000;

/** Elements whose content is never text (HTML 13.1.2: raw text elements, and the document head). */
const SKIPPED = new Set(['script', 'style', 'head', 'title', 'template', 'noscript', 'svg', 'math', 'object', 'xml']);
/** Raw text elements: an unclosed one runs to the end of the document, as in a browser. */
const RAW_TEXT = new Set(['script', 'style']);
const PARAGRAPH = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'ul', 'ol', 'table', 'pre', 'hr', 'dl']);
/** html-to-text draws <hr> as a line of its wrap width. */
const HORIZONTAL_LINE = '-'.repeat(80);
const LINE = new Set(['br', 'div', 'li', 'tr', 'article', 'aside', 'footer', 'header', 'form', 'main', 'nav', 'section', 'center', 'address', 'dt', 'dd', 'fieldset', 'figure', 'figcaption', 'caption', 'option']);
const CELL = new Set(['td', 'th']);
const HEADING = /^h[1-6]$/;
/** Deeper lists are numbered as their parent: nobody nests lists a hundred deep. */
const MAX_LIST_DEPTH = 100;

function isLetter(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
}

function isNameChar(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) || code === 0x2d || code === 0x3a || code === 0x5f;
}

/** Where a tag whose name ends at `from` ends (its `>`), skipping quoted attribute values; -1 when it never does. */
function tagEnd(html: string, from: number): number {
  let quote = 0;
  for (let at = from; at < html.length; at += 1) {
    const code = html.charCodeAt(at);
    if (quote !== 0) {
      if (code === quote) quote = 0;
    } else if (code === 0x22 || code === 0x27) quote = code;
    else if (code === 0x3e) return at;
  }
  return -1;
}

/** `name="value"`, `name='value'` or `name=value`; no nested quantifier, and it only ever sees one tag. */
const ATTRIBUTES = {
  href: /[\s"'/]href\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i,
  src: /[\s"'/]src\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i,
  alt: /[\s"'/]alt\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i,
  style: /[\s"'/]style\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i,
};

/** Elements whose end tag may be left out (HTML 13.1.2.4): the next sibling closes them. */
const OPTIONAL_END = new Set(['p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'option', 'optgroup', 'colgroup', 'rt', 'rp']);
/** Elements that never hold content: hiding one hides only itself. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
/** The `hidden` attribute (HTML 6.1), not `aria-hidden` or `data-hidden`. */
const HIDDEN_ATTRIBUTE = /[\s"'/]hidden(?=[\s=/]|$)/i;
/**
 * Styles that keep an element's text from the reader (CSS 2.1 9.2.4, 11.2; no opacity): a font size of
 * zero, or of one pixel or point or less, which no one reads.
 */
const HIDING_STYLE =
  /(?:^|[;\s])(?:display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*(?:0(?:\.0+)?(?:px|pt|em|rem|%)?|(?:0?\.\d+|1(?:\.0+)?)(?:px|pt))\s*(?:!important\s*)?(?:;|$)|opacity\s*:\s*0(?:\.0+)?\s*(?:!important\s*)?(?:;|$))/i;

/**
 * Text the reader never sees: a preheader hidden with `display:none`, or words hidden from people to
 * steer a machine reader ("instructions for the automatic system: ..."). Mail is read as its
 * recipient sees it, so hidden text is not read at all.
 */
function hides(tag: string): boolean {
  return HIDDEN_ATTRIBUTE.test(tag) || HIDING_STYLE.test(attribute(tag, 'style'));
}

/**
 * Where the element opened just before `from` ends (after its closing tag), counting nested elements
 * of the same name; -1 when it never closes. Scans forward once.
 */
function elementEnd(html: string, name: string, from: number): number {
  let depth = 1;
  for (let at = html.indexOf('<', from); at >= 0; at = html.indexOf('<', at + 1)) {
    const closing = html.charCodeAt(at + 1) === 0x2f;
    const start = at + (closing ? 2 : 1);
    if (html.slice(start, start + name.length).toLowerCase() !== name || isNameChar(html.charCodeAt(start + name.length))) continue;
    const end = tagEnd(html, start + name.length);
    if (end < 0) return -1;
    if (closing) depth -= 1;
    else if (html.charCodeAt(end - 1) !== 0x2f) depth += 1;
    if (depth === 0) return end + 1;
    at = end;
  }
  return -1;
}

function attribute(tag: string, name: keyof typeof ATTRIBUTES): string {
  const match = ATTRIBUTES[name].exec(tag);
  return decodeReferences((match?.[1] ?? match?.[2] ?? match?.[3] ?? '').trim());
}

/**
 * Plain text of an HTML document: at most `maxHtmlChars` of HTML read, at most `maxTextChars` of
 * text produced. Every character is looked at a bounded number of times: linear in the HTML read.
 */
export function htmlToText(source: string, maxTextChars: number, maxHtmlChars = MAX_HTML_CHARS): string {
  const html = source.length > maxHtmlChars ? source.slice(0, maxHtmlChars) : source;
  const out = new TextBuilder(maxTextChars);
  /** Skipped elements with no closing tag after some point: searching again would make the scan quadratic. */
  const unclosed = new Set<string>();
  let pre = 0;
  let href = '';
  /** Open lists, innermost last: the next number of an <ol>, or null for a <ul>. */
  const lists: Array<number | null> = [];
  let at = 0;
  while (at < html.length && !out.full) {
    const open = html.indexOf('<', at);
    const textEnd = open < 0 ? html.length : open;
    if (textEnd > at) out.text(html.slice(at, textEnd), pre > 0);
    if (open < 0) break;
    at = open;
    const next = html.charCodeAt(at + 1);
    if (html.startsWith('<!--', at)) {
      // An unclosed comment hides the rest of the document (WHATWG 13.2.5.43 ends it only at EOF).
      const close = html.indexOf('-->', at + 4);
      if (close < 0) break;
      at = close + 3;
      continue;
    }
    if (next === 0x21 || next === 0x3f) {
      // <!DOCTYPE …>, <![CDATA[…]]>, <?xml …?>: markup, not text.
      const close = html.indexOf('>', at + 2);
      if (close < 0) break;
      at = close + 1;
      continue;
    }
    const closing = next === 0x2f;
    const nameStart = at + (closing ? 2 : 1);
    let nameEnd = nameStart;
    // WHATWG 13.2.5.6: a tag name starts with an ASCII letter.
    if (isLetter(html.charCodeAt(nameStart))) while (nameEnd < html.length && isNameChar(html.charCodeAt(nameEnd))) nameEnd += 1;
    if (nameEnd === nameStart) {
      // "<" not followed by a tag name is text ("a < b", "<3").
      out.word('<');
      at += 1;
      continue;
    }
    const end = tagEnd(html, nameEnd);
    // A tag that never ends swallows the rest, as in a browser.
    if (end < 0) break;
    const name = html.slice(nameStart, nameEnd).toLowerCase();
    const tag = html.slice(nameEnd, end);
    at = end + 1;
    if (closing) {
      if (name === 'a' && href) {
        if (out.wroteSinceMark) {
          out.space();
          out.word(`[${href}]`);
        } else out.word(href);
        href = '';
      } else if (name === 'pre' && pre > 0) pre -= 1;
      else if (name === 'blockquote' && out.quoteDepth > 0) out.quoteDepth -= 1;
      else if (HEADING.test(name) && out.heading > 0) out.heading -= 1;
      else if (name === 'ol' || name === 'ul') lists.pop();
      if (PARAGRAPH.has(name)) out.lineBreak(2);
      else if (LINE.has(name)) out.lineBreak(1);
      else if (CELL.has(name)) out.space();
      continue;
    }
    if (SKIPPED.has(name) && !tag.endsWith('/')) {
      const close = unclosed.has(name) ? -1 : indexOfIgnoreCase(html, `</${name}`, at);
      if (close >= 0) {
        const closeEnd = html.indexOf('>', close);
        if (closeEnd < 0) break;
        at = closeEnd + 1;
        continue;
      }
      // Script and style are raw text to the end; an unclosed <head> or <title> is only ignored.
      if (RAW_TEXT.has(name)) break;
      unclosed.add(name);
      continue;
    }
    if (tag.length > 0 && hides(tag)) {
      if (VOID.has(name) || tag.endsWith('/')) continue;
      const after = elementEnd(html, name, at);
      // Unclosed, it hides the rest of the document, as in a browser; but a <p>, <li> or <td> may end
      // without a closing tag (HTML 13.1.2.4), and nothing visible is dropped on that guess.
      if (after < 0 && OPTIONAL_END.has(name)) continue;
      if (after < 0) break;
      at = after;
      continue;
    }
    if (name === 'br') out.hardBreak();
    else if (PARAGRAPH.has(name)) out.lineBreak(2);
    else if (LINE.has(name)) out.lineBreak(1);
    else if (CELL.has(name)) out.space();
    if (name === 'li') {
      // html-to-text: " * item" in a <ul>, "1. item" in an <ol>.
      const next = lists.at(-1);
      if (typeof next === 'number') {
        out.text(`${next}. `, true);
        lists[lists.length - 1] = next + 1;
      } else out.text(' * ', true);
    } else if (name === 'ol' || name === 'ul') {
      if (lists.length < MAX_LIST_DEPTH) lists.push(name === 'ol' ? 1 : null);
    }
    if (name === 'pre') pre += 1;
    else if (name === 'blockquote') out.quoteDepth += 1;
    else if (HEADING.test(name)) out.heading += 1;
    else if (name === 'hr') {
      out.text(HORIZONTAL_LINE, true);
      out.lineBreak(2);
    } else if (name === 'a') {
      // html-to-text: "text [href]", mailto: dropped, in-page anchors not shown.
      const target = attribute(tag, 'href').replace(/^mailto:/i, '');
      href = target.startsWith('#') ? '' : target;
      out.mark();
    } else if (name === 'img') {
      const alt = attribute(tag, 'alt');
      const src = attribute(tag, 'src');
      // A data: URI is the image itself (megabytes of base64), a cid: one names an attachment.
      const shown = [alt, src && !/^(?:data|cid):/i.test(src) ? `[${src}]` : ''].filter(Boolean).join(' ');
      if (shown) {
        out.space();
        out.word(shown);
        out.space();
      }
    }
  }
  return out.toString();
}

/** `indexOf` ignoring ASCII case, for a needle that starts with "<": one left-to-right pass. */
function indexOfIgnoreCase(haystack: string, needle: string, from: number): number {
  const lower = needle.toLowerCase();
  for (let at = haystack.indexOf('<', from); at >= 0; at = haystack.indexOf('<', at + 1)) {
    if (haystack.slice(at, at + needle.length).toLowerCase() === lower) return at;
  }
  return -1;
}
