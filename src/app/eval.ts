import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { BotError } from '../errors.js';
import { parseMail } from '../io/mime.js';
import { LABELS, type Classifier, type Label, type Verdict } from '../types.js';

/** One entry of a corpus labels.json (extra fields such as `source` and `note` are ignored). */
const expectedSchema = z.object({
  primary: z.enum(LABELS),
  labels: z.array(z.enum(LABELS)).min(1),
  language: z.string().min(2),
  auto_reply: z.boolean(),
});
const labelsFileSchema = z.record(z.string(), expectedSchema);
export type ExpectedLabels = z.infer<typeof expectedSchema>;

export interface ClassScore {
  support: number;
  predicted: number;
  truePositives: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface Mistake {
  file: string;
  expected: { primary: Label; labels: Label[]; language: string; autoReply: boolean };
  got: { primary: Label; labels: Label[]; language: string; automated: boolean; confidence: number };
}

export interface EvalReport {
  dir: string;
  messages: number;
  /** Files listed in labels.json without an .eml, or .eml files without a label: not scored. */
  skipped: string[];
  perClass: Record<Label, ClassScore>;
  /** Mean F1 over all seven classes; a class nobody has and nobody predicted scores 1 (nothing missed, nothing invented). */
  macroF1: number;
  /** Mean F1 over the classes that occur in the expected labels only. */
  macroF1Present: number;
  exactMatch: number;
  /** confusion[expected][predicted] for `primary`. */
  confusion: Record<Label, Record<Label, number>>;
  languageAccuracy: number;
  automated: { support: number; predicted: number; truePositives: number; precision: number; recall: number };
  /** Mean confidence on messages whose primary was right and wrong (null when there were none): a calibration check. */
  meanConfidence: { correct: number | null; wrong: number | null };
  mistakes: Mistake[];
  elapsedMs: number;
}

export interface EvalOptions {
  maxBytes?: number;
  /** Called after each message, e.g. to move a progress bar. */
  onProgress?: (done: number, total: number) => void;
  /** Injected clock for elapsed time (tests pass a fixed one). */
  now?: () => number;
}

function ratio(numerator: number, denominator: number, whenEmpty: number): number {
  return denominator === 0 ? whenEmpty : numerator / denominator;
}

function scoreClass(support: number, predicted: number, truePositives: number): ClassScore {
  const precision = ratio(truePositives, predicted, support === 0 ? 1 : 0);
  const recall = ratio(truePositives, support, predicted === 0 ? 1 : 0);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { support, predicted, truePositives, precision, recall, f1 };
}

function emptyConfusion(): Record<Label, Record<Label, number>> {
  const row = (): Record<Label, number> => Object.fromEntries(LABELS.map((label) => [label, 0])) as Record<Label, number>;
  return Object.fromEntries(LABELS.map((label) => [label, row()])) as Record<Label, Record<Label, number>>;
}

async function readLabels(dir: string): Promise<Record<string, ExpectedLabels>> {
  let raw: string;
  try {
    raw = await readFile(path.join(dir, 'labels.json'), 'utf8');
  } catch (cause) {
    throw new BotError('NOT_FOUND', `no labels.json in ${dir}`, { cause });
  }
  const parsed = labelsFileSchema.safeParse(JSON.parse(raw));
  if (!parsed.success) throw new BotError('CONFIG_INVALID', `labels.json in ${dir} is not in the corpus format: ${parsed.error.issues[0]?.message ?? ''}`);
  return parsed.data;
}

/**
 * Classifies every `DIR/*.eml` that labels.json describes and scores the verdicts against the labels.
 * A class counts as predicted when it is in `labels`; `automated` is scored against `auto_reply`.
 */
export async function runEval(dir: string, classifier: Classifier, options: EvalOptions = {}): Promise<EvalReport> {
  const now = options.now ?? (() => performance.now());
  const started = now();
  const expectedByFile = await readLabels(dir);
  const files = (await readdir(dir)).filter((file) => file.endsWith('.eml')).sort();
  const scored = files.filter((file) => expectedByFile[file] !== undefined);
  const skipped = [...files.filter((file) => expectedByFile[file] === undefined), ...Object.keys(expectedByFile).filter((file) => !files.includes(file))];

  const counts = Object.fromEntries(LABELS.map((label) => [label, { support: 0, predicted: 0, tp: 0 }])) as Record<Label, { support: number; predicted: number; tp: number }>;
  const confusion = emptyConfusion();
  const automated = { support: 0, predicted: 0, truePositives: 0 };
  const confidences = { correct: [] as number[], wrong: [] as number[] };
  const mistakes: Mistake[] = [];
  let exact = 0;
  let languageRight = 0;

  for (const [index, file] of scored.entries()) {
    const expected = expectedByFile[file] as ExpectedLabels;
    const mail = await parseMail(await readFile(path.join(dir, file)), { maxBytes: options.maxBytes ?? 25 * 1024 * 1024 });
    const verdict: Verdict = await classifier.classify(mail);
    const want = new Set(expected.labels);
    const got = new Set(verdict.labels);
    for (const label of LABELS) {
      if (want.has(label)) counts[label].support += 1;
      if (got.has(label)) counts[label].predicted += 1;
      if (want.has(label) && got.has(label)) counts[label].tp += 1;
    }
    const sameLabels = want.size === got.size && [...want].every((label) => got.has(label));
    if (sameLabels) exact += 1;
    confusion[expected.primary][verdict.primary] += 1;
    if (verdict.language === expected.language) languageRight += 1;
    const isAutomated = verdict.automated !== null;
    if (expected.auto_reply) automated.support += 1;
    if (isAutomated) automated.predicted += 1;
    if (expected.auto_reply && isAutomated) automated.truePositives += 1;
    (verdict.primary === expected.primary ? confidences.correct : confidences.wrong).push(verdict.confidence);
    if (!sameLabels || verdict.primary !== expected.primary || expected.auto_reply !== isAutomated) {
      mistakes.push({
        file,
        expected: { primary: expected.primary, labels: expected.labels, language: expected.language, autoReply: expected.auto_reply },
        got: { primary: verdict.primary, labels: verdict.labels, language: verdict.language, automated: isAutomated, confidence: verdict.confidence },
      });
    }
    options.onProgress?.(index + 1, scored.length);
  }

  const perClass = Object.fromEntries(LABELS.map((label) => [label, scoreClass(counts[label].support, counts[label].predicted, counts[label].tp)])) as Record<Label, ClassScore>;
  const present = LABELS.filter((label) => perClass[label].support > 0);
  const mean = (values: number[]): number => (values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length);
  return {
    dir,
    messages: scored.length,
    skipped,
    perClass,
    macroF1: mean(LABELS.map((label) => perClass[label].f1)),
    macroF1Present: mean(present.map((label) => perClass[label].f1)),
    exactMatch: ratio(exact, scored.length, 0),
    confusion,
    languageAccuracy: ratio(languageRight, scored.length, 0),
    automated: {
      ...automated,
      precision: ratio(automated.truePositives, automated.predicted, automated.support === 0 ? 1 : 0),
      recall: ratio(automated.truePositives, automated.support, automated.predicted === 0 ? 1 : 0),
    },
    meanConfidence: {
      correct: confidences.correct.length > 0 ? mean(confidences.correct) : null,
      wrong: confidences.wrong.length > 0 ? mean(confidences.wrong) : null,
    },
    mistakes,
    elapsedMs: Math.round(now() - started),
  };
}

const pct = (value: number): string => value.toFixed(3);

/** The report as a plain-text table for a terminal. */
export function formatEvalReport(report: EvalReport): string {
  const lines: string[] = [];
  lines.push(`Evaluated ${report.messages} messages from ${report.dir} in ${report.elapsedMs} ms${report.skipped.length ? ` (${report.skipped.length} skipped: no label or no file)` : ''}`);
  lines.push('');
  lines.push('class        support  predicted  precision  recall  F1');
  for (const label of LABELS) {
    const score = report.perClass[label];
    const note = score.support === 0 && score.predicted === 0 ? '  (absent: counts as 1)' : '';
    lines.push(`${label.padEnd(12)} ${String(score.support).padStart(7)}  ${String(score.predicted).padStart(9)}  ${pct(score.precision).padStart(9)}  ${pct(score.recall).padStart(6)}  ${pct(score.f1)}${note}`);
  }
  lines.push('');
  lines.push(`macro-F1 (7 classes)        ${pct(report.macroF1)}`);
  lines.push(`macro-F1 (classes present)  ${pct(report.macroF1Present)}`);
  lines.push(`exact match (label sets)    ${pct(report.exactMatch)}`);
  lines.push(`language accuracy           ${pct(report.languageAccuracy)}`);
  lines.push(`automated precision/recall  ${pct(report.automated.precision)} / ${pct(report.automated.recall)} (${report.automated.truePositives} of ${report.automated.support} found, ${report.automated.predicted} flagged)`);
  const meanOf = (value: number | null): string => (value === null ? 'none' : pct(value));
  lines.push(`mean confidence             right primary ${meanOf(report.meanConfidence.correct)}, wrong primary ${meanOf(report.meanConfidence.wrong)}`);
  lines.push('');
  lines.push('primary confusion (rows: expected, columns: predicted)');
  const short = (label: Label): string => label.slice(0, 7).padStart(8);
  lines.push(`${''.padEnd(12)}${LABELS.map(short).join('')}`);
  for (const expected of LABELS) {
    const row = report.confusion[expected];
    if (LABELS.every((predicted) => row[predicted] === 0)) continue;
    lines.push(`${expected.padEnd(12)}${LABELS.map((predicted) => String(row[predicted] || '.').padStart(8)).join('')}`);
  }
  if (report.mistakes.length > 0) {
    lines.push('');
    lines.push(`mistakes (${report.mistakes.length})`);
    for (const mistake of report.mistakes) {
      lines.push(
        `  ${mistake.file}: expected ${mistake.expected.primary} [${mistake.expected.labels.join(',')}]${mistake.expected.autoReply ? ' auto' : ''}, got ${mistake.got.primary} [${mistake.got.labels.join(',')}]${mistake.got.automated ? ' auto' : ''} @${mistake.got.confidence}`,
      );
    }
  }
  return lines.join('\n');
}
