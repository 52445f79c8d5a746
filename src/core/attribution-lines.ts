/**
 * How mail programs introduce the message they quote ("On … wrote:", "Em … escreveu:"), per
 * language: the opening word(s) and the verb. One list, so that a language added here is read the
 * same way where the new text ends (io/mime.ts), where inline answers end (io/inline-answers.ts)
 * and where a quoted question's header lines are skipped (triage/yes-answer.ts).
 */
export const ATTRIBUTIONS: readonly { opener: string; verb: string }[] = [
  { opener: 'On', verb: 'wrote' },
  { opener: 'Am', verb: 'schrieb' },
  { opener: 'Le', verb: 'a écrit' },
  { opener: 'El', verb: 'escribió' },
  { opener: 'Il', verb: 'ha scritto' },
  { opener: '(?:Em|No dia)', verb: 'escreveu' },
  { opener: 'Op', verb: 'schreef' },
];

/** A whole attribution line: "On Mon, 3 Mar 2026, Ana <ana@x> wrote:", "Am … schrieb Ana <…>:". */
export const ATTRIBUTION_LINE_SOURCES: readonly string[] = ATTRIBUTIONS.map(({ opener, verb }) => `${opener} .{1,200} ${verb}(?: .{0,200})? ?:`);

/** The start of an attribution line, which a wrapped one may not finish on the same line. */
export const ATTRIBUTION_START_SOURCES: readonly string[] = ATTRIBUTIONS.map(({ opener, verb }) => `${opener} .{1,200} ${verb}`);

export const ATTRIBUTION_OPENERS: string = ATTRIBUTIONS.map(({ opener }) => opener).join('|');
export const ATTRIBUTION_VERBS: string = ATTRIBUTIONS.map(({ verb }) => verb).join('|');
