import { Worker } from 'node:worker_threads';
import type { Config } from '../config.js';
import type { TriageMode } from '../core/triage/modes.js';
import { classifyFile, createOrderedWriter, type FileResult } from './classify-files.js';
import { createOfflineTriage } from './deps.js';

export interface PoolOptions {
  json: boolean;
  mode: TriageMode;
  workers: number;
  config: Config;
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
 * Classifies a large batch on this thread and `workers` worker threads at once. Parsing and triage are
 * CPU-bound and synchronous per message, so on a machine with spare cores threads are the way to use
 * them. Each thread takes the next chunk of files as it frees up; results are written in file order,
 * exactly as the one-thread path writes them. A worker that dies fails the command (nothing is
 * silently skipped).
 */
export async function classifyInPool(files: readonly string[], options: PoolOptions): Promise<void> {
  let next = 0;
  const takeChunk = (): ChunkRequest | null => {
    if (next >= files.length) return null;
    const start = next;
    next = Math.min(files.length, next + CHUNK_FILES);
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

  // Workers start first: their module loading and model parsing overlap this thread's own start.
  const workerUrl = new URL('./classify-worker.js', import.meta.url);
  const finished = Array.from({ length: options.workers }, () => {
    const worker = new Worker(workerUrl, { workerData: { json: options.json, mode: options.mode } });
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

  const classifier = await createOfflineTriage(options.config, options.mode);
  for (let chunk = takeChunk(); chunk; chunk = takeChunk()) {
    const own: FileResult[] = [];
    for (const file of chunk.files) own.push(await classifyFile(file, classifier, options.config, options.json));
    store({ start: chunk.start, results: own });
    // Parsing resolves in microtasks; without a turn of the event loop the workers' messages (and
    // their next chunks) would wait until this thread had done every file itself.
    await new Promise((resolve) => setImmediate(resolve));
  }
  await Promise.all(finished);
  writer.flush();
}
