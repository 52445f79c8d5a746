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

const SPECIAL = new Set(['\\', '(', ')', '[', ']', '{', '}', '|', '.', '*', '+', '?', '^', '$']);
const QUANTIFIER_START = new Set(['*', '+', '?', '{']);
const QUANTIFIER = /\{(\d+)(?:(,)(\d*))?\}/y;
const NAMED_GROUP = /\?<[A-Za-z_$][\w$]*>/y;

/** A recursive-descent reader for the regex syntax the lexicons use (no `u` flag). */
class Reader {
  private at = 0;
  private readonly source: string;
  constructor(source: string) {
    this.source = source;
  }

  parse(): Info {
    const info = this.alternatives();
    return this.at === this.source.length ? info : OPEN;
  }

  private alternatives(): Info {
    const branches = [this.sequence()];
    while (this.source[this.at] === '|') {
      this.at += 1;
      branches.push(this.sequence());
    }
    return branches.length === 1 ? (branches[0] as Info) : alternation(branches);
  }

  private sequence(): Info {
    const items: Info[] = [];
    while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')') {
      const atom = this.atom();
      items.push(this.quantified(atom));
    }
    return sequence(items);
  }

  private quantified(atom: Info): Info {
    const char = this.source[this.at];
    let min: number;
    let max: number;
    if (char === '*' || char === '+' || char === '?') {
      this.at += 1;
      min = char === '+' ? 1 : 0;
      max = char === '?' ? 1 : Infinity;
    } else if (char === '{') {
      QUANTIFIER.lastIndex = this.at;
      const match = QUANTIFIER.exec(this.source);
      if (!match) return atom;
      this.at += match[0].length;
      min = Number(match[1]);
      max = match[2] ? (match[3] ? Number(match[3]) : Infinity) : min;
    } else return atom;
    if (this.source[this.at] === '?') this.at += 1;
    return repeat(atom, min, max);
  }

  private atom(): Info {
    const run = this.literalRun();
    if (run) return { exact: [foldCase(run)], requirement: [] };
    const char = this.source[this.at] ?? '';
    this.at += 1;
    switch (char) {
      case '(':
        return this.group();
      case '[':
        this.skipClass();
        return OPEN;
      case '.':
        return OPEN;
      case '^':
      case '$':
        return EMPTY;
      case '\\':
        return this.escape();
      default:
        return literal(char);
    }
  }

  /** Plain characters read as one literal; a quantifier after them applies to the last one alone. */
  private literalRun(): string {
    const start = this.at;
    let end = start;
    while (end < this.source.length && !SPECIAL.has(this.source[end] as string)) end += 1;
    if (end - start > 1 && end < this.source.length && QUANTIFIER_START.has(this.source[end] as string)) end -= 1;
    if (end - start < 2) return '';
    this.at = end;
    return this.source.slice(start, end);
  }

  private group(): Info {
    let lookaround = false;
    if (this.source[this.at] === '?') {
      const kind = this.source.slice(this.at, this.at + 3);
      if (kind.startsWith('?:')) this.at += 2;
      else if (kind === '?<=' || kind === '?<!') {
        this.at += 3;
        lookaround = true;
      } else if (kind.startsWith('?=') || kind.startsWith('?!')) {
        this.at += 2;
        lookaround = true;
      } else {
        NAMED_GROUP.lastIndex = this.at;
        const named = NAMED_GROUP.exec(this.source);
        if (!named) throw new Error('unsupported group');
        this.at += named[0].length;
      }
    }
    const inner = this.alternatives();
    if (this.source[this.at] !== ')') throw new Error('unbalanced group');
    this.at += 1;
    // Look-arounds consume nothing, so they require nothing of the matched text.
    return lookaround ? EMPTY : inner;
  }

  private skipClass(): void {
    if (this.source[this.at] === '^') this.at += 1;
    if (this.source[this.at] === ']') this.at += 1;
    while (this.at < this.source.length && this.source[this.at] !== ']') this.at += this.source[this.at] === '\\' ? 2 : 1;
    if (this.source[this.at] !== ']') throw new Error('unterminated class');
    this.at += 1;
  }

  private escape(): Info {
    const char = this.source[this.at] ?? '';
    this.at += 1;
    if ('bB'.includes(char)) return EMPTY;
    if ('dDwWsSpPkc0123456789'.includes(char)) {
      if ((char === 'p' || char === 'P' || char === 'k') && this.source[this.at] === '{') this.at = this.source.indexOf('}', this.at) + 1;
      return OPEN;
    }
    if (char === 'u' || char === 'x') {
      const length = char === 'u' ? 4 : 2;
      const hex = this.source.slice(this.at, this.at + length);
      if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== length) return literal(char);
      this.at += length;
      return literal(String.fromCharCode(parseInt(hex, 16)));
    }
    if ('nrtfv'.includes(char)) return OPEN;
    return literal(char);
  }
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
