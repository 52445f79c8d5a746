import type { TriageMode } from '../core/triage/modes.js';
import type { Classifier, Label } from '../types.js';
import type { SplitFilter } from './eval-options.js';
import { loadEvalSamples, type EvalSample } from './eval-samples.js';
import { HARD_STYLES, isAutomated, isMistake, scoreBy, scoreHardPart, scoreSamples, type GroupScore, type ScoredSample, type Scores } from './eval-score.js';

export { HARD_STYLES } from './eval-score.js';
export type { ClassScore, GroupScore } from './eval-score.js';

export interface Mistake {
  /** Corpus id, or the .eml file name. */
  id: string;
  origin: string;
  styles: string[];
  expected: { primary: Label; labels: Label[]; language: string; autoReply: boolean };
  got: { primary: Label; labels: Label[]; language: string; automated: boolean; confidence: number };
}

/**
 * Classification cost only: reading and MIME parsing are timed apart, in `loadMs`. The first call
 * pays for one-off setup (lazily compiled patterns, a model loading), so the per-message figures are
 * over the calls after it, and the first is given on its own.
 */
export interface EvalSpeed {
  loadMs: number;
  /** Wall time of all classify calls together. */
  classifyMs: number;
  /** User plus system CPU time spent inside all classify calls (process.cpuUsage). */
  cpuMs: number;
  /** CPU time of the first call, setup included; null when nothing was classified. */
  firstCpuMs: number | null;
  /** Over the calls after the first (or the only one); null when nothing was classified. */
  messagesPerSecond: number | null;
  cpuMsPerMessage: number | null;
}

export interface EvalReport extends Scores {
  targets: string[];
  model: TriageMode | null;
  split: SplitFilter;
  styleFilter: string[];
  messages: number;
  /** Files listed in labels.json without an .eml, or .eml files without a label: not scored. */
  skipped: string[];
  /** Messages left out by the split or style filter. */
  filteredOut: number;
  perLanguage: Record<string, GroupScore>;
  /** Corpus entries only (labels.json mail has no style tags); an entry counts under each of its tags. */
  perStyle: Record<string, GroupScore>;
  hardPart: { styles: string[]; hard: GroupScore; rest: GroupScore };
  speed: EvalSpeed;
  /** All mistakes, of which `mistakes` lists the first `maxMistakes`. */
  mistakeCount: number;
  mistakes: Mistake[];
  elapsedMs: number;
}

export interface EvalOptions {
  split?: SplitFilter;
  styles?: readonly string[];
  /** Which classifier mode produced the verdicts, for the report header. */
  model?: TriageMode;
  /** How many mistakes to list (default 50); `mistakeCount` always has them all. */
  maxMistakes?: number;
  maxBytes?: number;
  /** Called after each classified message, e.g. to move a progress bar. */
  onProgress?: (done: number, total: number) => void;
  /** Injected wall clock in ms (tests pass a fake one). */
  now?: () => number;
  /** Injected CPU clock: microseconds of user plus system time so far (tests pass a fake one). */
  cpuMicros?: () => number;
}

function processCpuMicros(): number {
  const usage = process.cpuUsage();
  return usage.user + usage.system;
}

function mistakeOf(sample: EvalSample, scored: ScoredSample): Mistake {
  const { verdict } = scored;
  return {
    id: sample.id,
    origin: sample.origin,
    styles: sample.styles,
    expected: { primary: sample.expected.primary, labels: sample.expected.labels, language: sample.expected.language, autoReply: sample.expected.automated },
    got: { primary: verdict.primary, labels: verdict.labels, language: verdict.language, automated: isAutomated(verdict), confidence: verdict.confidence },
  };
}

const round = (value: number, places: number): number => Number(value.toFixed(places));
const sum = (values: readonly number[]): number => values.reduce((total, value) => total + value, 0);

function speedOf(loadMs: number, wallMs: readonly number[], cpuMs: readonly number[]): EvalSpeed {
  const steadyWall = wallMs.length > 1 ? wallMs.slice(1) : wallMs;
  const steadyCpu = cpuMs.length > 1 ? cpuMs.slice(1) : cpuMs;
  const steadyWallMs = sum(steadyWall);
  return {
    loadMs: round(loadMs, 1),
    classifyMs: round(sum(wallMs), 1),
    cpuMs: round(sum(cpuMs), 1),
    firstCpuMs: cpuMs.length > 0 ? round(cpuMs[0] as number, 1) : null,
    messagesPerSecond: steadyWall.length > 0 && steadyWallMs > 0 ? round((steadyWall.length * 1000) / steadyWallMs, 1) : null,
    cpuMsPerMessage: steadyCpu.length > 0 ? round(sum(steadyCpu) / steadyCpu.length, 3) : null,
  };
}

/**
 * Classifies every labelled message of the targets (labels.json directories and corpus text files or
 * directories, see eval-samples.ts) and scores the verdicts: per class, per language, per style, the
 * hard part, and the time and CPU the classifier took.
 */
export async function runEval(targets: readonly string[], classifier: Classifier, options: EvalOptions = {}): Promise<EvalReport> {
  const now = options.now ?? (() => performance.now());
  const cpuMicros = options.cpuMicros ?? processCpuMicros;
  const started = now();
  const split = options.split ?? 'all';
  const styleFilter = [...(options.styles ?? [])];
  const loaded = await loadEvalSamples(targets, { split, styles: styleFilter, ...(options.maxBytes !== undefined ? { maxBytes: options.maxBytes } : {}) });
  const loadMs = now() - started;

  const scored: ScoredSample[] = [];
  const mistakes: Mistake[] = [];
  const wallMs: number[] = [];
  const cpuMs: number[] = [];
  for (const [index, sample] of loaded.samples.entries()) {
    const wallBefore = now();
    const cpuBefore = cpuMicros();
    const verdict = await classifier.classify(sample.mail);
    cpuMs.push((cpuMicros() - cpuBefore) / 1000);
    wallMs.push(now() - wallBefore);
    const result: ScoredSample = { expected: sample.expected, styles: sample.styles, verdict };
    scored.push(result);
    if (isMistake(result)) mistakes.push(mistakeOf(sample, result));
    options.onProgress?.(index + 1, loaded.samples.length);
  }

  return {
    targets: [...targets],
    model: options.model ?? null,
    split,
    styleFilter,
    messages: scored.length,
    skipped: loaded.skipped,
    filteredOut: loaded.filteredOut,
    ...scoreSamples(scored),
    perLanguage: scoreBy(scored, (sample) => [sample.expected.language]),
    perStyle: scoreBy(scored, (sample) => sample.styles),
    hardPart: { styles: [...HARD_STYLES], ...scoreHardPart(scored) },
    speed: speedOf(loadMs, wallMs, cpuMs),
    mistakeCount: mistakes.length,
    mistakes: mistakes.slice(0, options.maxMistakes ?? 50),
    elapsedMs: Math.round(now() - started),
  };
}
