/*
 * PostgreSQL's text and jsonb cannot hold U+0000 (jsonb refuses the \u0000 escape; text refuses the
 * byte), but a hostile mail can put one in a subject, a name or a Message-ID, and a Message-ID is a
 * dedupe key: stored changed, the same mail would look new on the next pass and be answered twice.
 * So NUL is escaped reversibly with a private-use character (U+E000, which is escaped too).
 */

const ESCAPE = '\uE000';

/** A string as it goes into a text column. */
export function encodeText(value: string): string {
  return value.replaceAll(ESCAPE, `${ESCAPE}e`).replaceAll('\0', `${ESCAPE}0`);
}

/** Reverses encodeText. */
export function decodeText(value: string): string {
  return value.includes(ESCAPE) ? value.replace(/\uE000([e0])/g, (_, kind: string) => (kind === '0' ? '\0' : ESCAPE)) : value;
}

/**
 * JSON text for a jsonb column. In JSON.stringify's output a NUL only appears as the escape `\u0000`;
 * the regex walks escapes left to right, so an escaped backslash followed by "u0000" is left alone.
 */
export function encodeJson(value: unknown): string {
  return JSON.stringify(value).replace(/\\\\|\\u0000|\uE000/g, (match) => (match === '\\\\' ? match : match === ESCAPE ? `${ESCAPE}e` : `${ESCAPE}0`));
}

/** Parses JSON text read from a jsonb column (selected as ::text), reversing encodeJson. */
export function decodeJson<T>(text: string): T {
  return JSON.parse(text.includes(ESCAPE) ? text.replace(/\uE000([e0])/g, (_, kind: string) => (kind === '0' ? '\\u0000' : ESCAPE)) : text) as T;
}
