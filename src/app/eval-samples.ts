import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { CorpusSplit } from '../core/corpus/format.js';
import { BotError } from '../errors.js';
import { parseMail } from '../io/mime.js';
import { LABELS, type InboundMail } from '../types.js';
import { loadCorpus } from './corpus.js';
import type { SplitFilter } from './eval-options.js';
import type { ExpectedVerdict } from './eval-score.js';

/** One entry of a labels.json (extra fields such as `source` and `note` are ignored). */
const expectedSchema = z.object({
  primary: z.enum(LABELS),
  labels: z.array(z.enum(LABELS)).min(1),
  language: z.string().min(2),
  auto_reply: z.boolean(),
});
const labelsFileSchema = z.record(z.string(), expectedSchema);
export type ExpectedLabels = z.infer<typeof expectedSchema>;

/** A labelled message ready to classify. */
export interface EvalSample {
  /** The corpus id, or the .eml file name of a labels.json directory. */
  id: string;
  /** Where it came from: `file.txt:12` for a corpus entry, the .eml path otherwise. */
  origin: string;
  expected: ExpectedVerdict;
  styles: string[];
  /** Null for labels.json mail: it is evaluation-only and never part of a training split. */
  split: CorpusSplit | null;
  mail: InboundMail;
}

export interface SampleFilter {
  /** Corpus entries of this split only (default all). labels.json mail is never trained on and always counts. */
  split?: SplitFilter;
  /** Only messages with at least one of these style tags (labels.json mail has none). */
  styles?: readonly string[];
  maxBytes?: number;
}

export interface LoadedSamples {
  samples: EvalSample[];
  /** Files listed in labels.json without an .eml, or .eml files without a label: not scored. */
  skipped: string[];
  /** Messages left out by `split` or `styles`. */
  filteredOut: number;
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

/** A directory with labels.json (or that file itself) is a labelled .eml set; anything else is corpus text. */
async function labelsDirOf(target: string): Promise<string | null> {
  const info = await stat(target).catch((cause: unknown) => {
    throw new BotError('NOT_FOUND', `nothing to evaluate at ${target}`, { cause });
  });
  if (!info.isDirectory()) return path.basename(target) === 'labels.json' ? path.dirname(target) : null;
  const hasLabels = await stat(path.join(target, 'labels.json')).then(
    () => true,
    () => false,
  );
  if (hasLabels) return target;
  const names = await readdir(target);
  if (!names.some((name) => name.endsWith('.txt'))) throw new BotError('NOT_FOUND', `${target} has neither labels.json nor corpus .txt files`);
  return null;
}

function keeps(filter: SampleFilter, split: CorpusSplit | null, styles: readonly string[]): boolean {
  const wanted = filter.split ?? 'all';
  if (split !== null && wanted !== 'all' && split !== wanted) return false;
  const tags = filter.styles ?? [];
  return tags.length === 0 || tags.some((tag) => styles.includes(tag));
}

async function loadLabelsDir(dir: string, filter: SampleFilter, into: LoadedSamples): Promise<void> {
  const expectedByFile = await readLabels(dir);
  const files = (await readdir(dir)).filter((file) => file.endsWith('.eml')).sort();
  into.skipped.push(...files.filter((file) => expectedByFile[file] === undefined), ...Object.keys(expectedByFile).filter((file) => !files.includes(file)));
  for (const file of files) {
    const expected = expectedByFile[file];
    if (!expected) continue;
    if (!keeps(filter, null, [])) {
      into.filteredOut += 1;
      continue;
    }
    const origin = path.join(dir, file);
    const mail = await parseMail(await readFile(origin), { maxBytes: filter.maxBytes ?? 25 * 1024 * 1024 });
    into.samples.push({
      id: file,
      origin,
      expected: { primary: expected.primary, labels: expected.labels, language: expected.language, automated: expected.auto_reply },
      styles: [],
      split: null,
      mail,
    });
  }
}

/**
 * Reads every target: a directory of `*.eml` with labels.json, or corpus text files and directories
 * (corpus/FORMAT.md). All corpus targets load together, so an id used twice across files is refused.
 */
export async function loadEvalSamples(targets: readonly string[], filter: SampleFilter = {}): Promise<LoadedSamples> {
  const loaded: LoadedSamples = { samples: [], skipped: [], filteredOut: 0 };
  const corpusTargets: string[] = [];
  for (const target of targets) {
    const labelsDir = await labelsDirOf(target);
    if (labelsDir === null) corpusTargets.push(target);
    else await loadLabelsDir(labelsDir, filter, loaded);
  }
  if (corpusTargets.length === 0) return loaded;
  const kept = await loadCorpus(corpusTargets, (entry, split) => {
    const keep = keeps(filter, split, entry.styles);
    if (!keep) loaded.filteredOut += 1;
    return keep;
  });
  for (const { entry, split, mail } of kept) {
    loaded.samples.push({
      id: entry.id,
      origin: entry.origin,
      expected: { primary: entry.primary, labels: entry.labels, language: entry.language, automated: entry.automated },
      styles: entry.styles,
      split,
      mail,
    });
  }
  return loaded;
}
