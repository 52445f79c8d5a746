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

export const ATTRIBUTION_OPENERS: string = ATTRIBUTIONS.map(({ opener }) => opener).join('|');
export const ATTRIBUTION_VERBS: string = ATTRIBUTIONS.map(({ verb }) => verb).join('|');

const OPENS_ATTRIBUTION = new RegExp(`^(?:${ATTRIBUTION_OPENERS}) .{1,200}$`, 'iu');
const CLOSES_ATTRIBUTION = new RegExp(`(?:${ATTRIBUTION_VERBS}|geschreven) ?:\\s*$`, 'iu');

/**
 * Lines without an attribution that the mail program wrapped ("On Wed, 4 Mar 2026, Privacy
 * <privacy@x.example" / "[privacy@x.example]> wrote:"): left in, its first line joins the quoted
 * mail's first sentence.
 */
export function withoutWrappedAttributions(lines: readonly string[]): string[] {
  const kept: string[] = [];
  for (let at = 0; at < lines.length; at++) {
    const line = lines[at] ?? '';
    const next = lines[at + 1] ?? '';
    if (OPENS_ATTRIBUTION.test(line.trim()) && !CLOSES_ATTRIBUTION.test(line) && CLOSES_ATTRIBUTION.test(next)) {
      at++;
      continue;
    }
    kept.push(line);
  }
  return kept;
}
