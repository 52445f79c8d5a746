import { createLiteralScanner } from './literal-scan.js';
import { requiredLiterals } from './required-literals.js';

/**
 * Tells which of a list of patterns can possibly match a text: one scan for all the literals the
 * patterns need, then a lookup per pattern. A pattern without a literal it needs always runs.
 */
export interface Prefilter {
  /** Per pattern (in the order given): false when the text lacks a literal the pattern needs. */
  possible(text: string): boolean[];
}

export function createPrefilter(patterns: readonly RegExp[]): Prefilter {
  const ids = new Map<string, number>();
  const idOf = (literal: string): number => {
    let id = ids.get(literal);
    if (id === undefined) {
      id = ids.size;
      ids.set(literal, id);
    }
    return id;
  };
  const needs = patterns.map((pattern) => requiredLiterals(pattern).map((anyOf) => anyOf.map(idOf)));
  const scanner = createLiteralScanner([...ids.keys()]);
  return {
    possible(text: string): boolean[] {
      const found = scanner.scan(text);
      return needs.map((sets) => sets.every((anyOf) => anyOf.some((id) => found[id] === 1)));
    },
  };
}
