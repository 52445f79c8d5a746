import { foldCode } from './fold-case.js';

/**
 * Finds which of many literals occur in a text, in one pass (Aho-Corasick), ignoring case as a
 * RegExp with the `i` flag does. Hundreds of rules share one scan instead of each running its
 * regex over the whole text.
 */
export interface LiteralScanner {
  /** For each literal (by its index in the list given), whether it occurs in `text`. */
  scan(text: string): Uint8Array;
}

export function createLiteralScanner(literals: readonly string[]): LiteralScanner {
  const children: Array<Map<number, number>> = [new Map()];
  const fail: number[] = [0];
  /** Literals ending exactly at a node. */
  const ends: number[][] = [[]];
  /** Nearest node on the fail chain that ends a literal (-1: none): matches are found without walking every fail link. */
  const output: number[] = [-1];

  literals.forEach((literal, id) => {
    let node = 0;
    for (let at = 0; at < literal.length; at += 1) {
      const code = foldCode(literal.charCodeAt(at));
      let next = children[node]?.get(code);
      if (next === undefined) {
        next = children.length;
        children.push(new Map());
        fail.push(0);
        ends.push([]);
        output.push(-1);
        children[node]?.set(code, next);
      }
      node = next;
    }
    ends[node]?.push(id);
  });

  const queue: number[] = [];
  for (const child of children[0]?.values() ?? []) queue.push(child);
  for (let head = 0; head < queue.length; head += 1) {
    const node = queue[head] as number;
    for (const [code, child] of children[node] ?? []) {
      let link = fail[node] as number;
      while (link !== 0 && !children[link]?.has(code)) link = fail[link] as number;
      const target = children[link]?.get(code);
      fail[child] = target !== undefined && target !== child ? target : 0;
      const suffix = fail[child] as number;
      output[child] = (ends[suffix]?.length ?? 0) > 0 ? suffix : (output[suffix] as number);
      queue.push(child);
    }
  }

  return {
    scan(text: string): Uint8Array {
      const found = new Uint8Array(literals.length);
      const visited = new Uint8Array(children.length);
      let node = 0;
      for (let index = 0; index < text.length; index += 1) {
        const code = foldCode(text.charCodeAt(index));
        let next = children[node]?.get(code);
        while (next === undefined && node !== 0) {
          node = fail[node] as number;
          next = children[node]?.get(code);
        }
        node = next ?? 0;
        // Each node's matches are recorded once per text: the scan stays linear however often a short literal recurs.
        for (let hit = node; hit > 0 && visited[hit] === 0; hit = output[hit] as number) {
          visited[hit] = 1;
          for (const id of ends[hit] ?? []) found[id] = 1;
        }
      }
      return found;
    },
  };
}
