import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { fitHere, type FitData, type FitJob, type FitOutcome, type FitRunner } from '../core/triage/model/fit.js';
import type { TrainingOptions } from '../core/triage/model/train.js';

/** What a fit worker is started with: the messages' ranks and targets in shared memory, read, never copied. */
export interface FitWorkerData {
  ranks: Int32Array;
  offsets: Int32Array;
  featureCount: number;
  targets: Uint8Array;
  options: TrainingOptions;
}

function shared<T extends Int32Array | Uint8Array>(make: (buffer: SharedArrayBuffer) => T, bytes: number): T {
  return make(new SharedArrayBuffer(bytes));
}

function workerDataOf(data: FitData, options: TrainingOptions): FitWorkerData {
  const offsets = shared((buffer) => new Int32Array(buffer), (data.ranks.length + 1) * 4);
  data.ranks.forEach((ranks, at) => (offsets[at + 1] = (offsets[at] as number) + ranks.length));
  const ranks = shared((buffer) => new Int32Array(buffer), (offsets[data.ranks.length] as number) * 4);
  data.ranks.forEach((row, at) => ranks.set(row, offsets[at] as number));
  const targets = shared((buffer) => new Uint8Array(buffer), data.targets.length);
  targets.set(data.targets);
  return { ranks, offsets, featureCount: data.featureCount, targets, options };
}

/**
 * The worker's module, compiled (dist) or, under tsx and vitest, as TypeScript: a worker thread gets
 * none of its parent's loaders, so it registers tsx's itself before importing the module.
 */
function startWorker(workerData: FitWorkerData): Worker {
  const url = new URL(import.meta.url.endsWith('.ts') ? './fit-worker.ts' : './fit-worker.js', import.meta.url).href;
  const boot = url.endsWith('.ts') ? `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(url)}); })` : `import(${JSON.stringify(url)})`;
  return new Worker(boot, { eval: true, workerData });
}

/**
 * Runs fit jobs on up to `threads` worker threads (default: one per core), each taking the next job
 * when it is done. Every job is the same arithmetic on the same data wherever it runs, so the
 * answers, and the shipped weights, do not depend on the number of threads or their timing.
 */
export function fitInWorkers(threads = availableParallelism()): FitRunner {
  return async (data, jobs, options) => {
    const count = Math.max(1, Math.min(threads, jobs.length));
    if (count === 1) return fitHere(data, jobs, options);
    const workerData = workerDataOf(data, options);
    const outcomes: FitOutcome[] = new Array(jobs.length);
    let next = 0;
    const workers = Array.from({ length: count }, () => startWorker(workerData));
    try {
      await Promise.all(
        workers.map(
          (worker) =>
            new Promise<void>((resolve, reject) => {
              let current = -1;
              const giveNext = (): void => {
                if (next >= jobs.length) return resolve();
                current = next;
                next += 1;
                worker.postMessage(jobs[current] as FitJob);
              };
              worker.on('message', (outcome: FitOutcome) => {
                outcomes[current] = outcome;
                giveNext();
              });
              worker.once('error', reject);
              // Only an unexpected exit gets here first: the workers are terminated after every job is answered.
              worker.once('exit', (code) => reject(new Error(`a fit worker stopped (exit code ${code}) before its job was done`)));
              giveNext();
            }),
        ),
      );
    } finally {
      await Promise.all(workers.map((worker) => worker.terminate()));
    }
    return outcomes;
  };
}
