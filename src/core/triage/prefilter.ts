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
      // Plain loops: this runs for ~500 patterns per message part, and closures per pattern were garbage.
      const out = new Array<boolean>(needs.length);
      for (let pattern = 0; pattern < needs.length; pattern += 1) out[pattern] = meets(needs[pattern] as number[][], found);
      return out;
    },
  };
}

/** Every any-of set has a literal in `found`. */
function meets(sets: readonly number[][], found: Uint8Array): boolean {
  for (const anyOf of sets) {
    let any = false;
    for (const id of anyOf) {
      if (found[id] === 1) {
        any = true;
        break;
      }
    }
    if (!any) return false;
  }
  return true;
}
