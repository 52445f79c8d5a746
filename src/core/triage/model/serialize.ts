import type { StoredModel } from './linear.js';

/** The file's layout, shared by the writer and both readers (here and packed-read.ts). */
export const HEADER_OPEN = '{"header":';
export const ROWS_OPEN = '\n"rows":[\n';
export const FILE_END = '\n]}\n';

/** Serialises with one feature row per line: stable bytes, readable diffs, a few MB. */
export function serializeModel(model: StoredModel): string {
  const headCount = model.heads.length;
  const rows = model.features.map((feature, row) => `[${JSON.stringify(feature)},${Array.from(model.weights.slice(row * headCount, (row + 1) * headCount)).join(',')}]`);
  const { features: _features, weights: _weights, ...rest } = model;
  return `${HEADER_OPEN}${JSON.stringify(rest)},${ROWS_OPEN}${rows.join(',\n')}${FILE_END}`;
}

/**
 * The inverse of `serializeModel`, one row at a time into an Int32Array: parsing the whole file as
 * one JSON value built ~80k small arrays and a 540k-element number array and cost 65 MB of peak RSS
 * in every process that classifies (issue 10 caps a process at 300 MB). A file not in that layout
 * is parsed as plain JSON so `loadLinearModel` can name what is wrong with it.
 */
export function deserializeModel(text: string): unknown {
  const rowsAt = text.indexOf(ROWS_OPEN);
  if (!text.startsWith(HEADER_OPEN) || rowsAt < 0 || !text.endsWith(FILE_END)) return parseWhole(text);
  const header = JSON.parse(text.slice(HEADER_OPEN.length, rowsAt - 1)) as Record<string, unknown>;
  const heads = Array.isArray(header.heads) ? header.heads.length : 0;
  const end = text.length - FILE_END.length;
  const rowCount = countRows(text, rowsAt + ROWS_OPEN.length, end);
  const features: string[] = new Array<string>(rowCount);
  const weights = new Int32Array(rowCount * heads);
  let at = rowsAt + ROWS_OPEN.length;
  for (let row = 0; row < rowCount; row += 1) {
    const lineEnd = row === rowCount - 1 ? end : text.indexOf(',\n', at);
    // A feature never holds a raw newline (JSON escapes it), and its weights hold no quote: the
    // last `",` of the line ends the feature.
    const featureEnd = text.lastIndexOf('",', lineEnd);
    if (text[at] !== '[' || text[lineEnd - 1] !== ']' || featureEnd < at) throw new Error(`triage model row ${row + 1} is not [feature, ${heads} weights]`);
    features[row] = JSON.parse(text.slice(at + 1, featureEnd + 1)) as string;
    let cell = featureEnd + 2;
    for (let head = 0; head < heads; head += 1) {
      const next = head === heads - 1 ? lineEnd - 1 : text.indexOf(',', cell);
      const weight = Number(text.slice(cell, next));
      if (next < 0 || next > lineEnd - 1 || !Number.isInteger(weight) || weight !== (weight | 0)) throw new Error(`triage model row ${row + 1} has a weight that is not a 32-bit integer`);
      weights[row * heads + head] = weight;
      cell = next + 1;
    }
    if (cell !== lineEnd) throw new Error(`triage model row ${row + 1} is not [feature, ${heads} weights]`);
    at = lineEnd + 2;
  }
  return { ...header, features, weights };
}

function countRows(text: string, from: number, end: number): number {
  if (end <= from) return 0;
  let rows = 1;
  for (let at = text.indexOf(',\n', from); at >= 0 && at < end; at = text.indexOf(',\n', at + 2)) rows += 1;
  return rows;
}

function parseWhole(text: string): unknown {
  const parsed = JSON.parse(text) as { header: Record<string, unknown>; rows: Array<[string, ...number[]]> };
  if (!parsed || typeof parsed !== 'object' || !Array.isArray(parsed.rows)) return parsed;
  return { ...parsed.header, features: parsed.rows.map((row) => row[0]), weights: parsed.rows.flatMap((row) => row.slice(1)) };
}
