import { Worker } from 'node:worker_threads';
import type { PackedModel } from '../core/triage/model/linear.js';
import type { TriageMode } from '../core/triage/modes.js';
import type { Classifier } from '../types.js';
import { createOrderedWriter, type FileResult } from './classify-output.js';

export interface PoolOptions {
  json: boolean;
  /** The triage mode; the configured one (TRIAGE_MODE) when absent. */
  mode?: TriageMode;
  workers: number;
}

/** Files handed out at a time: small enough to balance the threads, large enough that messages are rare. */
const CHUNK_FILES = 20;
/**
 * Chunks a worker holds at once. This thread hands out chunks only between its own chunks, so a
 * worker given one chunk at a time sat idle until this thread finished the chunk it was on; with
 * a second one queued it has the next at hand.
 */
const CHUNKS_IN_FLIGHT = 2;

export interface ChunkRequest {
  start: number;
  files: string[];
}

export interface ChunkResult {
  start: number;
  results: FileResult[];
}

/**
 * The first message to a worker: the mode, and the model this thread loaded, its features and
 * weights on shared memory (null in rules mode). A worker never reads the model file itself; it
 * loads its modules while this thread reads the configuration and the model.
 */
export interface ModelMessage {
  mode: TriageMode;
  model: PackedModel | null;
}

/**
 * Classifies a large batch on this thread and `workers` worker threads at once. Parsing and triage are
 * CPU-bound and synchronous per message, so on a machine with spare cores threads are the way to use
 * them. Each thread takes the next chunk of files as it frees up; results are written in file order,
 * exactly as the one-thread path writes them. A worker that dies fails the command (nothing is
 * silently skipped).
 */
export async function classifyInPool(files: readonly string[], options: PoolOptions): Promise<void> {
  // Workers start first, before this thread imports the mail parser and the rules: their module
  // loading (most of their start) overlaps this thread's own start and its reading of the model.
  const workerUrl = new URL('./classify-worker.js', import.meta.url);
  const workers = Array.from({ length: options.workers }, () => new Worker(workerUrl, { workerData: { json: options.json } }));
  // The model first: the workers wait for it, not for this thread's parser and rules.
  const [{ loadConfig }, { loadShippedModel }] = await Promise.all([import('../config.js'), import('../io/triage-model.js')]);

  let next = 0;
  // Near the end chunks shrink (guided self-scheduling): with fixed chunks one thread sat idle at
  // the end while the other finished the two chunks it held (50 to 90 ms of 2,000 files, measured).
  const threads = options.workers + 1;
  const takeChunk = (): ChunkRequest | null => {
    if (next >= files.length) return null;
    const start = next;
    const size = Math.min(CHUNK_FILES, Math.max(1, Math.ceil((files.length - next) / (threads * (CHUNKS_IN_FLIGHT + 1)))));
    next = Math.min(files.length, next + size);
    return { start, files: files.slice(start, next) };
  };
  const results: (FileResult | undefined)[] = new Array(files.length);
  const writer = createOrderedWriter();
  let emitted = 0;
  const store = (chunk: ChunkResult): void => {
    chunk.results.forEach((result, offset) => (results[chunk.start + offset] = result));
    while (emitted < files.length && results[emitted] !== undefined) {
      writer.write(results[emitted] as FileResult);
      results[emitted] = undefined;
      emitted += 1;
    }
  };

  const finished = workers.map((worker) => {
    return new Promise<void>((resolve, reject) => {
      let inFlight = 0;
      let done = false;
      const feed = (): void => {
        while (!done && inFlight < CHUNKS_IN_FLIGHT) {
          const chunk = takeChunk();
          if (chunk) {
            worker.postMessage(chunk);
            inFlight += 1;
          } else if (inFlight === 0) {
            done = true;
            void worker.terminate().then(() => resolve());
          } else return;
        }
      };
      worker.on('message', (message: 'ready' | ChunkResult) => {
        if (message !== 'ready') {
          inFlight -= 1;
          store(message);
        }
        feed();
      });
      worker.on('error', reject);
      // A worker that stops with chunks unanswered would leave a gap in the output: that fails the command.
      worker.on('exit', (code) => (done || (code === 0 && inFlight === 0) ? resolve() : reject(new Error(`classify worker exited with code ${code}`))));
    });
  });
  // Awaited below; a worker can fail before that (a bad configuration), which is no unhandled rejection.
  for (const worker of finished) worker.catch(() => undefined);

  let classifier: Classifier;
  let config: ReturnType<typeof loadConfig>;
  let classifyOne: typeof import('./classify-file.js').classifyFile;
  try {
    // Classification never reads the holiday tables; skip loading them to check HOLIDAY_REGION.
    config = loadConfig(process.env, { holidayTables: false });
    const mode = options.mode ?? config.triageMode;
    const model = mode === 'rules' ? null : loadShippedModel();
    for (const worker of workers) worker.postMessage({ mode, model: model?.packed ?? null } satisfies ModelMessage);
    const [{ classifyFile }, { createOfflineTriage }] = await Promise.all([import('./classify-file.js'), import('./offline-triage.js')]);
    classifyOne = classifyFile;
    classifier = await createOfflineTriage(config, mode, model ?? undefined);
  } catch (error) {
    // The workers wait for the model: without this they would keep the process alive.
    await Promise.all(workers.map((worker) => worker.terminate()));
    throw error;
  }
  for (let chunk = takeChunk(); chunk; chunk = takeChunk()) {
    const own: FileResult[] = [];
    for (const file of chunk.files) own.push(await classifyOne(file, classifier, config, options.json));
    store({ start: chunk.start, results: own });
    // Parsing resolves in microtasks; without a turn of the event loop the workers' messages (and
    // their next chunks) would wait until this thread had done every file itself.
    await new Promise((resolve) => setImmediate(resolve));
  }
  await Promise.all(finished);
  writer.flush();
}
