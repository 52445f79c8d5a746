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
  const literalCount = ids.size;

  // Each pattern's any-of sets numbered one after the other; per literal, the sets it is in (CSR
  // layout). A text then costs a visit to the sets of the literals it has, not a check of every
  // set of ~500 patterns (that check was most of what the prefilter cost per message part).
  const setCount = new Int32Array(patterns.length);
  let sets = 0;
  for (const [pattern, anyOfs] of needs.entries()) {
    setCount[pattern] = anyOfs.length;
    sets += anyOfs.length;
  }
  const patternOfSet = new Int32Array(sets);
  const setsOfLiteral: number[][] = Array.from({ length: literalCount }, () => []);
  let set = 0;
  for (const [pattern, anyOfs] of needs.entries()) {
    for (const anyOf of anyOfs) {
      patternOfSet[set] = pattern;
      for (const id of anyOf) setsOfLiteral[id]?.push(set);
      set += 1;
    }
  }
  const literalSetStart = new Int32Array(literalCount + 1);
  const literalSets = new Int32Array(setsOfLiteral.reduce((sum, list) => sum + list.length, 0));
  let filled = 0;
  for (let id = 0; id < literalCount; id += 1) {
    literalSetStart[id] = filled;
    for (const each of setsOfLiteral[id] as number[]) literalSets[filled++] = each;
  }
  literalSetStart[literalCount] = filled;

  // Scratch reused per text: a set or pattern counts only when stamped with this text's number.
  const found = new Int32Array(literalCount);
  const setSeenIn = new Uint32Array(sets);
  const metIn = new Uint32Array(patterns.length);
  const met = new Int32Array(patterns.length);
  let textNumber = 0;

  return {
    possible(text: string): boolean[] {
      textNumber = textNumber === 0xffffffff ? 1 : textNumber + 1;
      if (textNumber === 1) {
        setSeenIn.fill(0);
        metIn.fill(0);
      }
      const current = textNumber;
      const foundCount = scanner.scanInto(text, found);
      for (let at = 0; at < foundCount; at += 1) {
        const id = found[at] as number;
        for (let entry = literalSetStart[id] as number, end = literalSetStart[id + 1] as number; entry < end; entry += 1) {
          const each = literalSets[entry] as number;
          if (setSeenIn[each] === current) continue;
          setSeenIn[each] = current;
          const pattern = patternOfSet[each] as number;
          if (metIn[pattern] === current) met[pattern] = (met[pattern] as number) + 1;
          else {
            metIn[pattern] = current;
            met[pattern] = 1;
          }
        }
      }
      // A pattern is possible when each of its sets has a literal in the text (all of none: always).
      const out = new Array<boolean>(patterns.length);
      for (let pattern = 0; pattern < patterns.length; pattern += 1) {
        const needed = setCount[pattern] as number;
        out[pattern] = needed === 0 || (metIn[pattern] === current && met[pattern] === needed);
      }
      return out;
    },
  };
}
