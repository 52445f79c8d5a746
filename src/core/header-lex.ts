export interface HeaderToken {
  /** A run of ordinary characters, the content of a quoted string, or one of the caller's special characters. */
  kind: 'word' | 'quoted' | '=' | ';' | '<' | '>' | ',' | ':' | '@';
  text: string;
}

/**
 * Splits a structured header value into tokens the way RFC 5322 section 3.2 reads it: comments
 * (nested, with quoted-pairs) are dropped, quoted strings become one token with their escapes
 * resolved, and each of `specials` stands alone. Returns null for an unclosed quote or comment, so
 * text an attacker hid in one can never surface as structure.
 */
export function lexHeader(value: string, specials: string): HeaderToken[] | null {
  const tokens: HeaderToken[] = [];
  let index = 0;
  while (index < value.length) {
    const char = value[index] as string;
    if (/\s/.test(char)) {
      index++;
    } else if (char === '(') {
      let depth = 0;
      for (; index < value.length; index++) {
        const inner = value[index];
        if (inner === '\\') index++;
        else if (inner === '(') depth++;
        else if (inner === ')' && --depth === 0) break;
      }
      if (depth !== 0) return null;
      index++;
    } else if (char === ')') {
      return null;
    } else if (char === '"') {
      let text = '';
      for (index++; index < value.length && value[index] !== '"'; index++) {
        if (value[index] === '\\') index++;
        text += value[index] ?? '';
      }
      if (index >= value.length) return null;
      index++;
      tokens.push({ kind: 'quoted', text });
    } else if (specials.includes(char)) {
      tokens.push({ kind: char as HeaderToken['kind'], text: char });
      index++;
    } else {
      let text = '';
      while (index < value.length && !/[\s()"]/.test(value[index] as string) && !specials.includes(value[index] as string)) text += value[index++];
      tokens.push({ kind: 'word', text });
    }
  }
  return tokens;
}
