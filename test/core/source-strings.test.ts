import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : []));
}

/** A `${NAME}` inside '…' or "…" is text, not the constant: a phrase built that way never matches (lint's no-template-curly-in-string). */
const CURLY_IN_PLAIN_STRING = /(?<![`\\])(?:"[^"`\n]*\$\{[A-Za-z_][\w.]*\}[^"`\n]*"|'[^'`\n]*\$\{[A-Za-z_][\w.]*\}[^'`\n]*')/u;

describe('source strings', () => {
  it('never put ${…} in a plain-quoted string', () => {
    const offenders = sourceFiles('src').flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .map((line, index) => ({ line, index }))
        // A template literal may quote a value in "…" or '…' around its own ${…}.
        .filter(({ line }) => !line.includes('`') && CURLY_IN_PLAIN_STRING.test(line))
        .map(({ index }) => `${file}:${index + 1}`),
    );
    expect(offenders).toEqual([]);
  });
});
