import { foldCase } from './fold-case.js';

/**
 * What text a pattern cannot match without: sets of literal strings, one of each set must occur.
 * Read from the pattern's own source, so a rule never needs a hand-kept keyword list that could
 * drift from its regex. Literals come back case-folded the way a RegExp with the `i` flag and
 * without `u` folds (see `foldCase`), so a text folded the same way contains one of them wherever
 * the pattern can match.
 */

/** Any-of sets, all of which must be met. An empty list means "no requirement found". */
export type Requirement = string[][];

interface Info {
  /** Every string the part can match (case-folded), when few; null when open-ended. */
  exact: string[] | null;
  requirement: Requirement;
}

const MAX_EXACT = 32;
const MAX_SETS = 4;
const OPEN: Info = { exact: null, requirement: [] };
const EMPTY: Info = { exact: [''], requirement: [] };

function cross(left: readonly string[], right: readonly string[]): string[] | null {
  if (left.length === 1 && right.length === 1) return [`${left[0]}${right[0]}`];
  if (left.length * right.length > MAX_EXACT) return null;
  const out = new Set<string>();
  for (const a of left) for (const b of right) out.add(a + b);
  return [...out];
}

/** A set is worth keeping when none of its strings is empty; longer shortest strings filter better. */
function usable(set: readonly string[] | null): set is string[] {
  return set !== null && set.length > 0 && set.every((item) => item.length > 0);
}

function quality(set: readonly string[]): number {
  let shortest = Infinity;
  for (const item of set) shortest = Math.min(shortest, item.length);
  return shortest * 4 - set.length / MAX_EXACT;
}

function best(requirement: Requirement, exact: string[] | null): string[] | null {
  const candidates = usable(exact) ? [...requirement, exact] : requirement;
  let chosen: string[] | null = null;
  let chosenQuality = -Infinity;
  for (const set of candidates) {
    const setQuality = quality(set);
    if (setQuality > chosenQuality) {
      chosen = set;
      chosenQuality = setQuality;
    }
  }
  return chosen;
}

function strongest(requirement: Requirement): Requirement {
  if (requirement.length <= 1) return requirement;
  return requirement
    .map((set) => ({ set, quality: quality(set) }))
    .sort((a, b) => b.quality - a.quality)
    .slice(0, MAX_SETS)
    .map((entry) => entry.set);
}

function sequence(items: readonly Info[]): Info {
  let exact: string[] | null = [''];
  const requirement: Requirement = [];
  let run: string[] | null = [''];
  const closeRun = (): void => {
    if (usable(run)) requirement.push(run);
  };
  for (const item of items) {
    exact = exact && item.exact ? cross(exact, item.exact) : null;
    requirement.push(...item.requirement);
    if (item.exact) {
      const joined: string[] | null = run ? cross(run, item.exact) : null;
      if (joined) run = joined;
      else {
        closeRun();
        run = item.exact;
      }
    } else {
      closeRun();
      run = [''];
    }
  }
  closeRun();
  return { exact, requirement: strongest(requirement) };
}

function alternation(branches: readonly Info[]): Info {
  const exacts = branches.map((branch) => branch.exact);
  if (exacts.every((exact) => exact !== null)) {
    const union = [...new Set(exacts.flat() as string[])];
    if (union.length <= MAX_EXACT) return { exact: union, requirement: usable(union) ? [union] : [] };
  }
  const picks = branches.map((branch) => best(branch.requirement, branch.exact));
  if (picks.some((pick) => pick === null)) return OPEN;
  return { exact: null, requirement: [[...new Set((picks as string[][]).flat())]] };
}

function repeat(inner: Info, min: number, max: number): Info {
  if (min === 0) return { exact: max === 1 && inner.exact && inner.exact.length < MAX_EXACT ? [...new Set(['', ...inner.exact])] : null, requirement: [] };
  let exact: string[] | null = min === max && min <= 3 ? inner.exact : null;
  for (let count = 1; exact && count < min; count += 1) exact = inner.exact ? cross(exact, inner.exact) : null;
  const own = usable(inner.exact) ? [inner.exact] : [];
  return { exact, requirement: strongest([...inner.requirement, ...own]) };
}

/**
 * One token per step, read by a native regex instead of character by character in script (the
 * lexicons hold ~175,000 characters of patterns, read once per process): escapes, classes, group
 * openers, quantifiers, single specials, and runs of plain characters.
 */
const TOKEN =
  /\\u[0-9a-fA-F]{4}|\\x[0-9a-fA-F]{2}|\\[pPk]\{[^}]*\}|\\[\s\S]|\[(?:\\[\s\S]|[^\\\]])*\]|\((?:\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>))?|\{\d+(?:,\d*)?\}\??|[*+?]\??|[)|.^$]|[^\\[\](){}|.*+?^$]+|[\s\S]/y;
const PLAIN_START = /^[^\\[\](){}|.*+?^$]/;
const QUANTIFIER = /^(?:([*+?])|\{(\d+)(?:(,)(\d*))?\})/;

function tokenize(source: string): string[] {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(source); match; match = TOKEN.exec(source)) {
    const token = match[0];
    // "abc?" quantifies only the c: a run followed by a quantifier gives up its last character.
    if (token.length > 1 && PLAIN_START.test(token) && isQuantifier(source, TOKEN.lastIndex)) {
      tokens.push(token.slice(0, -1), token.slice(-1));
    } else tokens.push(token);
    if (TOKEN.lastIndex >= source.length) break;
  }
  return tokens;
}

function isQuantifier(source: string, at: number): boolean {
  const char = source[at];
  return char === '*' || char === '+' || char === '?' || /^\{\d+(?:,\d*)?\}/.test(source.slice(at, at + 12));
}

/** A recursive-descent reader over the tokens, for the regex syntax the lexicons use (no `u` flag). */
class Reader {
  private at = 0;
  private readonly tokens: string[];
  constructor(source: string) {
    this.tokens = tokenize(source);
  }

  parse(): Info {
    const info = this.alternatives();
    return this.at === this.tokens.length ? info : OPEN;
  }

  private alternatives(): Info {
    const branches = [this.sequence()];
    while (this.tokens[this.at] === '|') {
      this.at += 1;
      branches.push(this.sequence());
    }
    return branches.length === 1 ? (branches[0] as Info) : alternation(branches);
  }

  private sequence(): Info {
    const items: Info[] = [];
    while (this.at < this.tokens.length && this.tokens[this.at] !== '|' && this.tokens[this.at] !== ')') {
      const atom = this.atom();
      items.push(this.quantified(atom));
    }
    return sequence(items);
  }

  private quantified(atom: Info): Info {
    const match = QUANTIFIER.exec(this.tokens[this.at] ?? '');
    if (!match) return atom;
    this.at += 1;
    const [, symbol, low, comma, high] = match;
    const min = symbol ? (symbol === '+' ? 1 : 0) : Number(low);
    const max = symbol ? (symbol === '?' ? 1 : Infinity) : comma ? (high ? Number(high) : Infinity) : min;
    // A lazy "??" or "{1,2}?" was read as one token; a "?" after "*"/"+" is part of that token too.
    return repeat(atom, min, max);
  }

  private atom(): Info {
    const token = this.tokens[this.at] ?? '';
    this.at += 1;
    const first = token[0];
    if (first === '(') return this.group(token);
    if (first === '[' || token === '.') return OPEN;
    if (token === '^' || token === '$') return EMPTY;
    if (first === '\\') return escape(token);
    if (token === '*' || token === '+' || token === '?' || (first === '{' && token.length > 1)) throw new Error('nothing to repeat');
    return { exact: [foldCase(token)], requirement: [] };
  }

  private group(opener: string): Info {
    const inner = this.alternatives();
    if (this.tokens[this.at] !== ')') throw new Error('unbalanced group');
    this.at += 1;
    // Look-arounds consume nothing, so they require nothing of the matched text.
    return opener === '(?=' || opener === '(?!' || opener === '(?<=' || opener === '(?<!' ? EMPTY : inner;
  }
}

function escape(token: string): Info {
  const char = token[1] ?? '';
  if (token.length > 2) return char === 'u' || char === 'x' ? literal(String.fromCharCode(parseInt(token.slice(2), 16))) : OPEN;
  if (char === 'b' || char === 'B') return EMPTY;
  if ('dDwWsSpPkcnrtfv0123456789'.includes(char)) return OPEN;
  return literal(char);
}

function literal(char: string): Info {
  return char.length === 1 ? { exact: [foldCase(char)], requirement: [] } : OPEN;
}

/**
 * The literal sets a pattern needs, or [] when it needs none we can name (the rule then always runs).
 * Case-sensitive and `u` patterns get [] too: the check runs on text folded as `i` without `u` folds.
 */
export function requiredLiterals(pattern: RegExp): Requirement {
  if (!pattern.flags.includes('i') || pattern.flags.includes('u') || pattern.flags.includes('v')) return [];
  try {
    const info = new Reader(pattern.source).parse();
    const requirement = [...info.requirement];
    if (usable(info.exact)) requirement.push(info.exact);
    return strongest(requirement);
  } catch {
    return [];
  }
}
