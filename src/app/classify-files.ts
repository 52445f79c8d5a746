import { availableParallelism } from 'node:os';
import type { TriageMode } from '../core/triage/modes.js';

export interface ClassifyFilesOptions {
  json?: boolean;
  /** Offline mode; `classify` never asks the network model (see `createOfflineTriage`). */
  model?: TriageMode;
}

/** Below this many files a second thread costs more (its start) than it saves. */
const PARALLEL_FROM_FILES = 300;

/**
 * `privacy-inbox classify FILE...`: one verdict per file, no side effects. The configuration and the
 * classifier are built once; files are read one at a time, so memory stays flat. A large batch is
 * shared with worker threads (src/app/classify-pool.ts), one per spare core, in file order. This
 * module imports nothing heavy itself: the pool starts its workers before this thread loads the
 * mail parser and the rules, so their start overlaps this thread's.
 */
export async function classifyFiles(files: readonly string[], options: ClassifyFilesOptions): Promise<void> {
  const json = options.json === true;
  const spareCores = Math.min(availableParallelism() - 1, 3);
  if (files.length >= PARALLEL_FROM_FILES && spareCores > 0) {
    const { classifyInPool } = await import('./classify-pool.js');
    await classifyInPool(files, { json, ...(options.model ? { mode: options.model } : {}), workers: spareCores });
    return;
  }
  const [{ loadConfig }, { classifyFile }, { createOrderedWriter }, { createOfflineTriage }] = await Promise.all([import('../config.js'), import('./classify-file.js'), import('./classify-output.js'), import('./offline-triage.js')]);
  // Classification never reads the holiday tables; skip loading them to check HOLIDAY_REGION.
  const config = loadConfig(process.env, { holidayTables: false });
  const classifier = await createOfflineTriage(config, options.model ?? config.triageMode);
  const writer = createOrderedWriter();
  for (const file of files) writer.write(await classifyFile(file, classifier, config, json));
  writer.flush();
}
