import type { StoredModel } from './linear.js';

/** Serialises with one feature row per line: stable bytes, readable diffs, a few MB. */
export function serializeModel(model: StoredModel): string {
  const headCount = model.heads.length;
  const rows = model.features.map((feature, row) => `[${JSON.stringify(feature)},${model.weights.slice(row * headCount, (row + 1) * headCount).join(',')}]`);
  const { features: _features, weights: _weights, ...rest } = model;
  return `{"header":${JSON.stringify(rest)},\n"rows":[\n${rows.join(',\n')}\n]}\n`;
}

/** The inverse of `serializeModel`. */
export function deserializeModel(text: string): unknown {
  const parsed = JSON.parse(text) as { header: Record<string, unknown>; rows: Array<[string, ...number[]]> };
  if (!parsed || typeof parsed !== 'object' || !Array.isArray(parsed.rows)) return parsed;
  return { ...parsed.header, features: parsed.rows.map((row) => row[0]), weights: parsed.rows.flatMap((row) => row.slice(1)) };
}

