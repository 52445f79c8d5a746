/**
 * The features of `featuresOf` (features.ts) as 64-bit hashes, without building their strings. A
 * message has thousands of features (most of them character n-grams); building each as a string and
 * looking it up in a Map of the model's ~100k feature strings was most of what prediction cost, and
 * with two threads the lookups were bound by cache misses. A feature here is two 32-bit hashes of its
 * characters (UTF-16 code units, exactly the string `featuresOf` would build), computed straight
 * from the token's char codes. The model's table (packed.ts) holds the same hashes of its feature
 * names, so only numbers are compared.
 */
import { MAX_BODY_CHARS, MAX_CHAR_GRAM, MAX_SUBJECT_CHARS, MIN_CHAR_GRAM, type ModelInput, OPENING_TOKENS, SHORT_BODY_TOKENS, senderTokensOf, tokensOf } from './features.js';

const FNV_PRIME = 0x01000193;
const GOLDEN = 0x9e3779b1;

// The two halves of the last hash computed: one hash of a few characters is computed per feature,
// and returning two numbers through an object would allocate thousands of them per message.
let lastHigh = 0;
let lastLow = 0;

/** Feeds `text[from, to)` into the running hash (h1, h2): FNV-1a for one half, rotate-multiply for the other. */
function feed(h1: number, h2: number, text: string, from: number, to: number): void {
  for (let at = from; at < to; at += 1) {
    const code = text.charCodeAt(at);
    h1 = Math.imul(h1 ^ code, FNV_PRIME);
    h2 = Math.imul(((h2 << 7) | (h2 >>> 25)) ^ code, GOLDEN);
  }
  lastHigh = h1;
  lastLow = h2;
}

/** murmur3's finaliser: spreads every input bit over the hash, so its low bits can pick a table slot. */
function finish(hash: number): number {
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}

function seedHigh(seed: number): number {
  return (0x811c9dc5 ^ Math.imul(seed, GOLDEN)) | 0;
}

function seedLow(seed: number): number {
  return (0x2545f491 ^ Math.imul(seed + 1, FNV_PRIME)) | 0;
}

/** Hashes a whole feature name (used for the model's own features, once per load). */
export function hashFeature(name: string, seed: number): void {
  feed(seedHigh(seed), seedLow(seed), name, 0, name.length);
  lastHigh = finish(lastHigh);
  lastLow = finish(lastLow);
}

/** `hashFeature` of a name held as UTF-16 code units, `codes[from, to)`. */
export function hashFeatureCodes(codes: Uint16Array, from: number, to: number, seed: number): void {
  let h1 = seedHigh(seed);
  let h2 = seedLow(seed);
  for (let at = from; at < to; at += 1) {
    const code = codes[at] as number;
    h1 = Math.imul(h1 ^ code, FNV_PRIME);
    h2 = Math.imul(((h2 << 7) | (h2 >>> 25)) ^ code, GOLDEN);
  }
  lastHigh = finish(h1);
  lastLow = finish(h2);
}

export function lastHashHigh(): number {
  return lastHigh;
}

export function lastHashLow(): number {
  return lastLow;
}

/**
 * A reusable set of feature hashes that remembers the order they were first added in: the model
 * adds each known feature's weights in that order, as it did over the Set of strings, so the sums
 * (and the probabilities) are the same to the last bit.
 */
export class FeatureHashSet {
  /** Distinct features added since the last `clear`. */
  size = 0;
  high: Uint32Array;
  low: Uint32Array;
  private slots: Uint32Array;
  private stamps: Uint32Array;
  private stamp = 1;
  private mask: number;

  constructor(capacity = 1 << 14) {
    this.mask = capacity - 1;
    this.slots = new Uint32Array(capacity);
    this.stamps = new Uint32Array(capacity);
    this.high = new Uint32Array(capacity >>> 1);
    this.low = new Uint32Array(capacity >>> 1);
  }

  /** Empties the set without touching its memory: a slot counts only when stamped in this round. */
  clear(): void {
    this.size = 0;
    this.stamp += 1;
    if (this.stamp === 0xffffffff) {
      this.stamps.fill(0);
      this.stamp = 1;
    }
  }

  /** Adds a feature by its hash; true when it was not there yet. */
  add(high: number, low: number): boolean {
    const { mask, slots, stamps, stamp } = this;
    for (let slot = high & mask; ; slot = (slot + 1) & mask) {
      if (stamps[slot] !== stamp) {
        stamps[slot] = stamp;
        slots[slot] = this.size;
        this.high[this.size] = high;
        this.low[this.size] = low;
        this.size += 1;
        // At most half full, so a probe meets an empty slot soon.
        if (this.size * 2 > mask) this.grow();
        return true;
      }
      const at = slots[slot] as number;
      if (this.high[at] === high && this.low[at] === low) return false;
    }
  }

  private grow(): void {
    const capacity = (this.mask + 1) * 2;
    const { high, low, size } = this;
    this.mask = capacity - 1;
    this.slots = new Uint32Array(capacity);
    this.stamps = new Uint32Array(capacity);
    this.stamp = 1;
    this.high = new Uint32Array(capacity >>> 1);
    this.low = new Uint32Array(capacity >>> 1);
    this.high.set(high.subarray(0, size));
    this.low.set(low.subarray(0, size));
    for (let at = 0; at < size; at += 1) {
      let slot = (this.high[at] as number) & this.mask;
      while (this.stamps[slot] === 1) slot = (slot + 1) & this.mask;
      this.stamps[slot] = 1;
      this.slots[slot] = at;
    }
  }
}

/** Hashes of `prefix` followed by a token (and, for a bigram, a space and a second token). */
function hashPrefixed(seed: number, prefix: string, token: string, second: string | null): void {
  feed(seedHigh(seed), seedLow(seed), prefix, 0, prefix.length);
  feed(lastHigh, lastLow, token, 0, token.length);
  if (second !== null) {
    feed(lastHigh, lastLow, ' ', 0, 1);
    feed(lastHigh, lastLow, second, 0, second.length);
  }
  lastHigh = finish(lastHigh);
  lastLow = finish(lastLow);
}

function addPrefixed(into: FeatureHashSet, seed: number, prefix: string, token: string, second: string | null = null): boolean {
  hashPrefixed(seed, prefix, token, second);
  return into.add(lastHigh, lastLow);
}

const LT = '<'.charCodeAt(0);
const GT = '>'.charCodeAt(0);
let padded = new Uint16Array(64);

/** The character 3- to 5-grams of `<token>`, as `c:` features (features.ts addCharGrams). */
function addCharGrams(into: FeatureHashSet, seed: number, token: string): void {
  if (token.length < 2 || token.startsWith('_')) return;
  const length = token.length + 2;
  if (padded.length < length) padded = new Uint16Array(length * 2);
  padded[0] = LT;
  for (let at = 0; at < token.length; at += 1) padded[at + 1] = token.charCodeAt(at);
  padded[length - 1] = GT;
  feed(seedHigh(seed), seedLow(seed), 'c:', 0, 2);
  const startHigh = lastHigh;
  const startLow = lastLow;
  for (let size = MIN_CHAR_GRAM; size <= MAX_CHAR_GRAM; size += 1) {
    for (let at = 0; at + size <= length; at += 1) {
      let h1 = startHigh;
      let h2 = startLow;
      for (let offset = at; offset < at + size; offset += 1) {
        const code = padded[offset] as number;
        h1 = Math.imul(h1 ^ code, FNV_PRIME);
        h2 = Math.imul(((h2 << 7) | (h2 >>> 25)) ^ code, GOLDEN);
      }
      into.add(finish(h1), finish(h2));
    }
  }
}

/**
 * Fills `into` (cleared first) with the hashes of `featuresOf(input)`, in the order `featuresOf`
 * first adds them. Keep the two in step: test/core/triage/model/model-packed.test.ts compares them.
 */
export function featureHashesOf(input: ModelInput, seed: number, into: FeatureHashSet): void {
  into.clear();
  const subjectTokens = tokensOf(input.subject.slice(0, MAX_SUBJECT_CHARS));
  const bodyTokens = tokensOf(input.body.slice(0, MAX_BODY_CHARS));
  for (const token of subjectTokens) addPrefixed(into, seed, 's:', token);
  for (const tokens of [subjectTokens, bodyTokens]) {
    for (let at = 0; at < tokens.length; at += 1) {
      const token = tokens[at] as string;
      // "w:token" is new exactly when the token is: featuresOf's set of seen tokens, for free.
      const unseen = addPrefixed(into, seed, 'w:', token);
      if (at + 1 < tokens.length) addPrefixed(into, seed, 'b:', token, tokens[at + 1] as string);
      if (unseen) addCharGrams(into, seed, token);
    }
  }
  for (let at = 0; at < Math.min(OPENING_TOKENS, bodyTokens.length); at += 1) addPrefixed(into, seed, 'f:', bodyTokens[at] as string);
  if (bodyTokens.length === 0) addPrefixed(into, seed, 'm:', 'no_body');
  else if (bodyTokens.length <= SHORT_BODY_TOKENS) addPrefixed(into, seed, 'm:', 'short_body');
  for (const token of senderTokensOf(input.sender ?? '')) addPrefixed(into, seed, 'a:', token);
}
