import { CLOSING_SELF_DESCRIBED, CLOSING_TAG, SELF_DESCRIBED } from './automated-system-phrases.js';
import { countWords, isNeutral, QUOTE_MARK, QUOTED_BELOW, REPORTED, shown, splitUnits } from './automated-units.js';

/** Where in the mail a notice names itself machine-made at its end, and how (for the evidence). */
export interface ClosingNotice {
  start: number;
  end: number;
  phrase: string;
}

/** How many of the last lines and sentences may carry the closing self-description. */
const CLOSING_UNITS = 3;
/** The last lines are read only when their end mentions anything automatic at all. */
const CLOSING_CHARS = 800;
const MACHINE_WORD = /autom[aá]t|auto-?generated|abwesenheitsnotiz/iu;
const CLOSING_SENTENCE = new RegExp(CLOSING_SELF_DESCRIBED.source, CLOSING_SELF_DESCRIBED.flags.replace('g', ''));
const SELF_DESCRIBED_ONCE = new RegExp(SELF_DESCRIBED.source, SELF_DESCRIBED.flags.replace('g', ''));

/**
 * Help desks, portals and some out-of-office tools say what they are at the end instead ("Mensaje
 * generado automáticamente.", "-- automatisch bericht --", "(automatic reply)"): a line of its own or
 * one of the last sentences, not quoted or reported.
 */
export function findClosingNotice(region: string): ClosingNotice | null {
  const tailStart = Math.max(0, region.length - CLOSING_CHARS);
  if (!MACHINE_WORD.test(region.slice(tailStart))) return null;
  const lines = [...region.matchAll(/[^\n]+/gu)].filter((line) => line[0].trim() !== '').slice(-CLOSING_UNITS);
  for (const line of lines) {
    if (!CLOSING_TAG.test(line[0])) continue;
    const start = line.index + (line[0].length - line[0].trimStart().length);
    return { start, end: start + line[0].trim().length, phrase: shown(line[0]) };
  }
  for (const unit of splitUnits(region).filter((candidate) => !isNeutral(candidate)).slice(-CLOSING_UNITS)) {
    if (CLOSING_TAG.test(unit.text)) return { start: unit.start, end: unit.end, phrase: shown(unit.text) };
    const match = unit.text.match(CLOSING_SENTENCE) ?? unit.text.match(SELF_DESCRIBED_ONCE);
    if (!match || match.index === undefined) continue;
    const prefix = unit.text.slice(0, match.index);
    if (QUOTE_MARK.test(prefix) || REPORTED.test(prefix) || citedAfterColon(prefix)) continue;
    const start = unit.start + match.index;
    return { start, end: start + match[0].length, phrase: shown(match[0]) };
  }
  return null;
}

/** "They all end with: This message was generated automatically." A label ("Hinweis:", "PS:") is not a citation. */
function citedAfterColon(prefix: string): boolean {
  return prefix.includes(':') && countWords(prefix) > 2;
}

/**
 * The mail down to a divider under which a help desk or mail server quotes the original. A closing
 * tag drawn like a divider ("-- automatisch bericht --") is the notice's own last line, not one.
 */
export function regionAbove(body: string): string {
  for (const divider of body.matchAll(QUOTED_BELOW_ALL)) {
    if (!CLOSING_TAG.test(divider[0])) return body.slice(0, divider.index);
  }
  return body;
}
const QUOTED_BELOW_ALL = new RegExp(QUOTED_BELOW.source, `${QUOTED_BELOW.flags}g`);

