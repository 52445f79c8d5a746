import { createHash } from 'node:crypto';
import { readFile, writeFile, rename } from 'node:fs/promises';
import { modelInputOfReading, readMail } from '../core/triage/index.js';
import { ruleSignalsOf } from '../core/triage/model/stack.js';
import { loadLinearModel, MODEL_HEADS, type ModelHead, type StoredModel } from '../core/triage/model/linear.js';
import { deserializeModel, serializeModel } from '../core/triage/model/serialize.js';
import { DEFAULT_TRAINING, trainLinearModel, type TrainingExample, type TrainingOptions } from '../core/triage/model/train.js';
import { loadCorpus, type LoadedCorpusEntry } from './corpus.js';
import { modelBytesOf, packModelText } from '../io/model-file.js';
import { fitInWorkers } from './fit-workers.js';
import type { FitRunner } from '../core/triage/model/fit.js';

export interface HeadFigures {
  head: ModelHead;
  support: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface TrainingReport {
  model: StoredModel;
  trainExamples: number;
  heldoutExamples: number;
  crossValidated: HeadFigures[];
  heldout: HeadFigures[];
  /** Stable text of the model, as written to disk. */
  serialized: string;
}

export function targetsOf(loaded: LoadedCorpusEntry): Record<ModelHead, boolean> {
  const labels = new Set<string>(loaded.entry.labels);
  return Object.fromEntries(MODEL_HEADS.map((head) => [head, head === 'automated' ? loaded.entry.automated : head === 'no_request' ? labels.has('other') : labels.has(head)])) as Record<ModelHead, boolean>;
}

/** The training view of a corpus entry: what the model reads, the answer, and what the rules said. */
export function exampleOf(loaded: LoadedCorpusEntry): TrainingExample {
  const reading = readMail(loaded.mail, { ownAddresses: [] });
  return { id: loaded.entry.id, input: modelInputOfReading(reading), targets: targetsOf(loaded), rules: ruleSignalsOf(reading.verdict) };
}

function figures(predictions: ReadonlyArray<{ targets: Record<ModelHead, boolean>; predicted: Record<ModelHead, boolean> }>): HeadFigures[] {
  return MODEL_HEADS.map((head) => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const { targets, predicted } of predictions) {
      if (predicted[head] && targets[head]) tp += 1;
      else if (predicted[head]) fp += 1;
      else if (targets[head]) fn += 1;
    }
    const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
    const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
    return { head, support: tp + fn, precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
  });
}

/**
 * Trains on the `train` split of the corpus and measures on its `heldout` split. The corpus digest
 * goes into the model, so anyone can tell which data a shipped model was trained on. The fits run on
 * one worker thread per core: the same weights as in one thread, in about half the time on two cores.
 */
export async function trainFromCorpus(targets: readonly string[], options: TrainingOptions = DEFAULT_TRAINING, runner: FitRunner = fitInWorkers()): Promise<TrainingReport> {
  const corpus = await loadCorpus(targets);
  const train = corpus.filter((loaded) => loaded.split === 'train');
  const heldout = corpus.filter((loaded) => loaded.split === 'heldout');
  const digest = createHash('sha256');
  for (const loaded of train) digest.update(`${loaded.entry.id}\n${loaded.entry.labels.join(',')}\n${loaded.entry.subject}\n${loaded.entry.text ?? ''}\n${loaded.entry.html ?? ''}\n`);
  const examples = train.map(exampleOf);
  const result = await trainLinearModel(examples, options, { corpus: `sha256:${digest.digest('hex').slice(0, 16)}` }, runner);
  const serialized = serializeModel(result.model);
  const model = loadLinearModel(deserializeModel(serialized));
  const thresholds = result.model.thresholds;
  const crossValidated = figures(
    result.crossValidated.map((row, at) => ({
      targets: (examples[at] as TrainingExample).targets,
      predicted: Object.fromEntries(MODEL_HEADS.map((head, index) => [head, row.probabilities[head] >= (thresholds[index] as number)])) as Record<ModelHead, boolean>,
    })),
  );
  const heldoutFigures = figures(
    heldout.map((loaded) => {
      const prediction = model.predict(exampleOf(loaded).input);
      return { targets: targetsOf(loaded), predicted: Object.fromEntries(MODEL_HEADS.map((head) => [head, prediction.heads[head].positive])) as Record<ModelHead, boolean> };
    }),
  );
  return { model: result.model, trainExamples: train.length, heldoutExamples: heldout.length, crossValidated, heldout: heldoutFigures, serialized };
}

/** Writes the model gzipped (src/io/model-file.ts), or as plain JSON to a file named *.json. */
export async function writeModel(file: string, serialized: string): Promise<void> {
  const temporary = `${file}.tmp`;
  await writeFile(temporary, file.endsWith('.gz') ? packModelText(serialized) : serialized, { mode: 0o644 });
  await rename(temporary, file);
}

/** The weights, not the gzip bytes, must be reproduced: another zlib build may pack them differently. */
export async function sameAsShipped(file: string, serialized: string): Promise<boolean> {
  const shipped = await readFile(file).then((bytes) => modelBytesOf(bytes).toString('utf8')).catch(() => '');
  return shipped === serialized;
}

export function formatHeadFigures(title: string, rows: readonly HeadFigures[]): string {
  const lines = [title, 'head         support  precision  recall  F1'];
  for (const row of rows) lines.push(`${row.head.padEnd(12)} ${String(row.support).padStart(7)}  ${row.precision.toFixed(3).padStart(9)}  ${row.recall.toFixed(3).padStart(6)}  ${row.f1.toFixed(3)}`);
  const labelRows = rows.filter((row) => row.head !== 'automated' && row.head !== 'no_request');
  lines.push(`macro-F1 (6 labels) ${(labelRows.reduce((sum, row) => sum + row.f1, 0) / labelRows.length).toFixed(3)}`);
  return lines.join('\n');
}
