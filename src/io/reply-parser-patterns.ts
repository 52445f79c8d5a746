import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Four of email-reply-parser's quote-header patterns let `[\s\S]+` run from a line that starts like a
 * header ("Op ", "abc. ", "Dnia ", "在") across the rest of the text to a keyword and a colon at a line
 * end. Without the optional native `re2` package (not installed: a compiled addon) they run on V8's
 * backtracking engine, and the parser first matches every pattern against the whole text: 24 kB of
 * "Op … schreef …" lines took 3.5 s, "abc. … skrev …" lines 3.9 s, inside the bounds visible-reply.ts
 * already sets. Each is replaced by the same header written on one line or broken over two, which
 * is what mail clients write; the cost becomes linear in the text times the length of one line.
 */
const SAFER: ReadonlyArray<[string, RegExp]> = [
  [String.raw`^\s*(Op\s[\s\S]+?\n?schreef[\s\S]+:)$`, /^\s*(Op\s(?:[^\n]*\n)?[^\n]*?schreef[^\n]+:)$/m],
  [String.raw`^\s*((W\sdniu|Dnia)\s[\s\S]+?(pisze|napisał(\(a\))?):)$`, /^\s*((W\sdniu|Dnia)\s(?:[^\n]*\n)?[^\n]*?(pisze|napisał(\(a\))?):)$/mu],
  [String.raw`^(在[\s\S]+写道：)$`, /^(在(?:[^\n]*\n)?[^\n]*写道：)$/m],
  [String.raw`^\s*([a-z]{3,4}\.\s[\s\S]+\sskrev\s[\s\S]+:)$`, /^\s*([a-z]{3,4}\.\s(?:[^\n]*\n)?[^\n]*?\sskrev\s[^\n]+:)$/m],
];

interface RegexList {
  quoteHeadersRegex: RegExp[];
}

/**
 * email-reply-parser 2.3.7 (pinned) keeps its patterns in one shared module, regex.js, beside its
 * entry point; its package exports only the entry, so the module is loaded by path. The parser
 * reads the list at every call, so replacing entries here applies to every parse after.
 */
async function loadRegexList(): Promise<RegexList> {
  const entry = createRequire(import.meta.url).resolve('email-reply-parser');
  const module = (await import(pathToFileURL(path.join(path.dirname(entry), 'regex.js')).href)) as { default: RegexList };
  return module.default;
}

const list = await loadRegexList();
let replaced = 0;
list.quoteHeadersRegex = list.quoteHeadersRegex.map((pattern) => {
  const safer = SAFER.find(([source]) => pattern.source === source);
  if (!safer) return pattern;
  replaced += 1;
  return safer[1];
});

/** How many patterns were replaced: test/io/visible-reply.test.ts expects all four. */
export const REPLACED_QUOTE_HEADER_PATTERNS = replaced;
