import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BotError } from '../errors.js';
import { loadLinearModel, type LinearModel } from '../core/triage/model/linear.js';
import { readPackedModel } from '../core/triage/model/packed-read.js';
import { deserializeModel } from '../core/triage/model/serialize.js';
import { modelBytesOf } from './model-file.js';

/** Where the shipped model lives, relative to the package root (found from this file, built or not). */
export const SHIPPED_MODEL = 'models/triage-model.json.gz';

function packageRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new BotError('NOT_FOUND', 'cannot find the package root to load the triage model');
    dir = parent;
  }
  return dir;
}

export function shippedModelPath(): string {
  return path.join(packageRoot(), SHIPPED_MODEL);
}

let cached: LinearModel | null = null;

/** Reads and checks the model once per process; a missing or damaged file is a clear error. */
export function loadShippedModel(file = shippedModelPath()): LinearModel {
  if (cached && file === shippedModelPath()) return cached;
  const model = readModelFile(file);
  if (file === shippedModelPath()) cached = model;
  return model;
}

function readModelFile(file: string): LinearModel {
  let bytes: Buffer;
  try {
    bytes = modelBytesOf(readFileSync(file));
  } catch (cause) {
    throw new BotError('CONFIG_INVALID', `cannot read the triage model ${file}: run \`npm run train\``, { cause });
  }
  // The fast reader takes the file as `npm run train` writes it; anything else (or anything it
  // doubts) goes the general way, which names what is wrong.
  try {
    const packed = readPackedModel(bytes);
    if (packed) return packed;
  } catch {
    // The general reader below says why.
  }
  let raw: unknown;
  try {
    raw = deserializeModel(bytes.toString('utf8'));
  } catch (cause) {
    throw new BotError('CONFIG_INVALID', `cannot read the triage model ${file}: run \`npm run train\``, { cause });
  }
  try {
    return loadLinearModel(raw);
  } catch (cause) {
    throw new BotError('CONFIG_INVALID', `${file}: ${(cause as Error).message}`, { cause });
  }
}
