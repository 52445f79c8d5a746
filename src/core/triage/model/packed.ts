/**
 * The model's features and weights held in typed arrays: an open-addressing table from a feature's
 * 64-bit hash (feature-hash.ts) to its row, the weights row-major as the stored integers, and the
 * feature names as one buffer of char codes (read only for evidence). Built once per process from
 * the model file; its buffers are SharedArrayBuffers, so `classify`'s worker threads are handed the
 * same memory instead of parsing megabytes of JSON and building a map of ~100k strings each.
 */
import { hashFeatureCodes, lastHashHigh, lastHashLow } from './feature-hash.js';

/** What a worker thread is handed (structured clone shares the SharedArrayBuffers, copies the rest). */
export interface PackedFeatures {
  /** Seed of the hashes: another is tried when two of the model's features share a hash. */
  seed: number;
  headCount: number;
  rowCount: number;
  /**
   * Per slot of `slotWords` words: high hash, low hash, row + 1 (0: empty), then the row's weights
   * in `slotWeights`, a view of the same memory: a known feature costs one cache miss, not one for
   * its hash and another for its weights. The weights are int16 when every one fits (training clamps
   * them to it: train.ts, quantizeWeight), so for up to 10 heads a slot is 32 bytes and the table 8 MB, not 16:
   * a message's ~360 known features each touch a random slot, and by the next message the rest of
   * the work has evicted them. Half the bytes means fewer pages (TLB misses are nested page walks on
   * a KVM guest); with the changes to predict that came with it, 200 -> 170 us per message (A/B of
   * predict over 1,988 messages, caches evicted before each).
   */
  table: Uint32Array;
  slotWords: number;
  slotWeights: Int16Array | Int32Array;
  /** 2 for int16 weights, 1 for int32: the slot at `table[at]` has its weights from `slotWeights[(at + SLOT_WEIGHTS) * weightsPerWord]` on. */
  weightsPerWord: number;
  /** rowCount x headCount weights, in thousandths as stored (see WEIGHT_SCALE). */
  weights: Int32Array;
  /** The feature names' UTF-16 code units, one after the other; row r is names[nameStart[r], nameStart[r + 1]). */
  names: Uint16Array;
  nameStart: Int32Array;
}

/** Word of a slot holding its row + 1 (0: an empty slot), and the word its weights start at. */
export const SLOT_ROW = 2;
export const SLOT_WEIGHTS = 3;
const INT16_MIN = -0x8000;
const INT16_MAX = 0x7fff;
const MAX_SEED_TRIES = 16;

function shared<T extends Uint32Array | Int32Array | Uint16Array>(make: (buffer: SharedArrayBuffer, length: number) => T, bytesPerElement: number, length: number): T {
  return make(new SharedArrayBuffer(Math.max(1, length) * bytesPerElement), length);
}

/** Packs the features and weights of a checked model. */
export function packFeatures(features: readonly string[], weights: ArrayLike<number>, headCount: number): PackedFeatures {
  const rowCount = features.length;
  const packedWeights = sharedInt32(weights.length);
  for (let cell = 0; cell < weights.length; cell += 1) packedWeights[cell] = weights[cell] as number;
  let nameLength = 0;
  for (const feature of features) nameLength += feature.length;
  const names = shared((buffer, length) => new Uint16Array(buffer, 0, length), 2, nameLength);
  const nameStart = sharedInt32(rowCount + 1);
  let at = 0;
  features.forEach((feature, row) => {
    nameStart[row] = at;
    for (let char = 0; char < feature.length; char += 1) names[at + char] = feature.charCodeAt(char);
    at += feature.length;
  });
  nameStart[rowCount] = at;
  return packNames(names, nameStart, packedWeights, headCount);
}

export function sharedInt32(length: number): Int32Array {
  return shared((buffer, size) => new Int32Array(buffer, 0, size), 4, length);
}

export function sharedUint16(length: number): Uint16Array {
  return shared((buffer, size) => new Uint16Array(buffer, 0, size), 2, length);
}

/** The hash table over names already in shared buffers (from strings, or read straight from the model file). */
export function packNames(names: Uint16Array, nameStart: Int32Array, weights: Int32Array, headCount: number): PackedFeatures {
  const rowCount = nameStart.length - 1;
  // At most half full: a probe for a feature the model lacks (4 % of a message's, measured on the bench mail) ends soon.
  let capacity = 16;
  while (capacity < rowCount * 2) capacity *= 2;
  let narrow = true;
  for (const weight of weights) if (weight < INT16_MIN || weight > INT16_MAX) narrow = false;
  const weightsPerWord = narrow ? 2 : 1;
  let slotWords = 4;
  while (slotWords * weightsPerWord < SLOT_WEIGHTS * weightsPerWord + headCount) slotWords *= 2;
  for (let seed = 0; seed < MAX_SEED_TRIES; seed += 1) {
    const table = fillTable(names, nameStart, capacity, slotWords, seed);
    if (!table) continue;
    const slotWeights = narrow ? new Int16Array(table.buffer, table.byteOffset, table.length * 2) : new Int32Array(table.buffer, table.byteOffset, table.length);
    for (let slot = 0; slot < capacity; slot += 1) {
      const base = slot * slotWords;
      const row = (table[base + SLOT_ROW] as number) - 1;
      if (row < 0) continue;
      for (let head = 0; head < headCount; head += 1) slotWeights[(base + SLOT_WEIGHTS) * weightsPerWord + head] = weights[row * headCount + head] as number;
    }
    return { seed, headCount, rowCount, table, slotWords, slotWeights, weightsPerWord, weights, names, nameStart };
  }
  throw new Error('triage model features collide in every hash seed tried');
}

function sameName(names: Uint16Array, nameStart: Int32Array, left: number, right: number): boolean {
  const from = nameStart[left] as number;
  const length = (nameStart[left + 1] as number) - from;
  const other = nameStart[right] as number;
  if ((nameStart[right + 1] as number) - other !== length) return false;
  for (let at = 0; at < length; at += 1) if (names[from + at] !== names[other + at]) return false;
  return true;
}

/** The table's hashes and rows for one seed (weights are added after), or null when two distinct features share a 64-bit hash. */
function fillTable(names: Uint16Array, nameStart: Int32Array, capacity: number, slotWords: number, seed: number): Uint32Array | null {
  const table = shared((buffer, length) => new Uint32Array(buffer, 0, length), 4, capacity * slotWords);
  const mask = capacity - 1;
  for (let row = 0; row + 1 < nameStart.length; row += 1) {
    hashFeatureCodes(names, nameStart[row] as number, nameStart[row + 1] as number, seed);
    const high = lastHashHigh();
    const low = lastHashLow();
    let slot = high & mask;
    for (; table[slot * slotWords + SLOT_ROW] !== 0; slot = (slot + 1) & mask) {
      if (table[slot * slotWords] !== high || table[slot * slotWords + 1] !== low) continue;
      // A name listed twice keeps its last row, as a Map of names did; two names on one hash need another seed.
      if (!sameName(names, nameStart, (table[slot * slotWords + SLOT_ROW] as number) - 1, row)) return null;
      break;
    }
    const base = slot * slotWords;
    table[base] = high;
    table[base + 1] = low;
    table[base + SLOT_ROW] = row + 1;
  }
  return table;
}

/**
 * Where the feature with this hash sits in `packed.table` (its row is `table[at + SLOT_ROW] - 1`,
 * its weights from `slotWeights[(at + SLOT_WEIGHTS) * weightsPerWord]` on), or -1 when the model does not have it.
 */
export function slotOf(packed: PackedFeatures, high: number, low: number): number {
  const { table, slotWords } = packed;
  const mask = table.length / slotWords - 1;
  for (let slot = high & mask; ; slot = (slot + 1) & mask) {
    const base = slot * slotWords;
    if (table[base + SLOT_ROW] === 0) return -1;
    if (table[base] === high && table[base + 1] === low) return base;
  }
}

/** What `touchSlots` last read, kept (exported, never used) so the compiler cannot drop its loads. */
export let touchedSlots = 0;

/**
 * Reads the first slot each of `count` hashes would probe, before `slotOf` looks them up one by
 * one. These loads depend on nothing, so the CPU overlaps their cache and TLB misses; in the probe
 * loop each miss was taken in turn. Predict after other work (a message's parsing and rules had
 * evicted the table): 200 -> 150 us per message (A/B of predict over 1,988 messages, caches
 * evicted before each).
 */
export function touchSlots(packed: PackedFeatures, high: Uint32Array, count: number): void {
  const { table, slotWords } = packed;
  const mask = table.length / slotWords - 1;
  let sum = 0;
  for (let at = 0; at < count; at += 1) sum ^= table[((high[at] as number) & mask) * slotWords] as number;
  touchedSlots = sum;
}

/** The row of the feature with this hash, or -1 when the model does not have it. */
export function rowOf(packed: PackedFeatures, high: number, low: number): number {
  const at = slotOf(packed, high, low);
  return at < 0 ? -1 : (packed.table[at + SLOT_ROW] as number) - 1;
}

export function featureName(packed: PackedFeatures, row: number): string {
  return String.fromCharCode(...packed.names.subarray(packed.nameStart[row] as number, packed.nameStart[row + 1] as number));
}

const COLON = ':'.charCodeAt(0);
const WORD = 'w'.charCodeAt(0);
const BIGRAM = 'b'.charCodeAt(0);
const SUBJECT_WORD = 's'.charCodeAt(0);

/**
 * Whether `readableFeature` shows this row's feature (a word, bigram or subject word), without
 * decoding its name. Compares char codes: a Set lookup per row cost 125 ms of 2,000 messages.
 */
export function isReadable(packed: PackedFeatures, row: number): boolean {
  const start = packed.nameStart[row] as number;
  if ((packed.nameStart[row + 1] as number) - start < 2 || packed.names[start + 1] !== COLON) return false;
  const kind = packed.names[start];
  return kind === WORD || kind === BIGRAM || kind === SUBJECT_WORD;
}
