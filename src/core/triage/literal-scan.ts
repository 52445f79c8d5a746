import { foldCode } from './fold-case.js';

/**
 * Finds which of many literals occur in a text, in one pass (Aho-Corasick compiled to a table, one
 * lookup per character), ignoring case as a RegExp with the `i` flag does. Hundreds of rules share
 * one scan instead of each running its regex over the whole text.
 */
export interface LiteralScanner {
  /** For each literal (by its index in the list given), whether it occurs in `text`. */
  scan(text: string): Uint8Array;
  /**
   * The indexes of the literals that occur in `text`, each once, written to `into` (which must hold
   * one per literal); returns how many. No array per text, and the caller reads only what occurs.
   */
  scanInto(text: string, into: Int32Array): number;
}

export function createLiteralScanner(literals: readonly string[]): LiteralScanner {
  // Symbols: 0 is "a character no literal uses", then one per folded code unit that occurs.
  const symbolOf = new Map<number, number>();
  const folded = literals.map((literal) => Array.from({ length: literal.length }, (_, at) => foldCode(literal.charCodeAt(at))));
  for (const codes of folded) for (const code of codes) if (!symbolOf.has(code)) symbolOf.set(code, symbolOf.size + 1);
  const width = symbolOf.size + 1;
  const asciiSymbol = new Uint8Array(128);
  for (let code = 0; code < 128; code += 1) asciiSymbol[code] = symbolOf.get(foldCode(code)) ?? 0;
  // Symbols of the other code units, filled in as they are first seen (-1: not yet): accented
  // letters recur in every European letter, and a fold plus a Map lookup per character added up.
  const otherSymbol = new Int32Array(65536).fill(-1);
  const symbolAt = (code: number): number => {
    let symbol = otherSymbol[code] as number;
    if (symbol < 0) {
      symbol = symbolOf.get(foldCode(code)) ?? 0;
      otherSymbol[code] = symbol;
    }
    return symbol;
  };

  // The trie, built straight into the transition table (-1: no child yet).
  const capacity = folded.reduce((sum, codes) => sum + codes.length, 1);
  const next = new Int32Array(capacity * width).fill(-1);
  const ends: number[][] = [[]];
  folded.forEach((codes, id) => {
    let node = 0;
    for (const code of codes) {
      const edge = node * width + (symbolOf.get(code) as number);
      let child = next[edge] as number;
      if (child < 0) {
        child = ends.length;
        ends.push([]);
        next[edge] = child;
      }
      node = child;
    }
    ends[node]?.push(id);
  });

  // Breadth first: fail links, then every missing edge filled from the fail node's row.
  const nodes = ends.length;
  const fail = new Int32Array(nodes);
  /** Nearest node on the fail chain that ends a literal (0: none), so matches need no walk of every fail link. */
  const output = new Int32Array(nodes);
  const queue = new Int32Array(nodes);
  let tail = 1;
  for (let head = 0; head < tail; head += 1) {
    const node = queue[head] as number;
    const row = node * width;
    const failRow = (fail[node] as number) * width;
    for (let symbol = 0; symbol < width; symbol += 1) {
      const child = next[row + symbol] as number;
      if (child >= 0) {
        const link = node === 0 ? 0 : (next[failRow + symbol] as number);
        fail[child] = link;
        output[child] = (ends[link]?.length ?? 0) > 0 ? link : (output[link] as number);
        queue[tail] = child;
        tail += 1;
      } else {
        next[row + symbol] = node === 0 ? 0 : (next[failRow + symbol] as number);
      }
    }
  }
  const matches = new Uint8Array(nodes);
  for (let node = 1; node < nodes; node += 1) matches[node] = (ends[node]?.length ?? 0) > 0 || (output[node] as number) > 0 ? 1 : 0;

  // Nodes already reported in this scan carry the scan's number: no table to clear per text.
  const visitedIn = new Uint32Array(nodes);
  let scanNumber = 0;

  const scanInto = (text: string, into: Int32Array): number => {
    let count = 0;
    scanNumber = scanNumber === 0xffffffff ? 1 : scanNumber + 1;
    if (scanNumber === 1) visitedIn.fill(0);
    const current = scanNumber;
    let node = 0;
    for (let index = 0; index < text.length; index += 1) {
      const code = text.charCodeAt(index);
      const symbol = code < 128 ? (asciiSymbol[code] as number) : symbolAt(code);
      node = next[node * width + symbol] as number;
      if (matches[node] === 0) continue;
      // Each node's matches are recorded once per text: the scan stays linear however often a
      // short literal recurs. A literal ends at one node only, so each is recorded once.
      for (let hit = node; hit > 0 && visitedIn[hit] !== current; hit = output[hit] as number) {
        visitedIn[hit] = current;
        const ids = ends[hit] as number[];
        for (let at = 0; at < ids.length; at += 1) {
          into[count] = ids[at] as number;
          count += 1;
        }
      }
    }
    return count;
  };
  return {
    scan(text: string): Uint8Array {
      const found = new Uint8Array(literals.length);
      const ids = new Int32Array(literals.length);
      const count = scanInto(text, ids);
      for (let at = 0; at < count; at += 1) found[ids[at] as number] = 1;
      return found;
    },
    scanInto,
  };
}
