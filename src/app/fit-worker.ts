import { parentPort, workerData } from 'node:worker_threads';
import { runFitJob, type FitData, type FitJob } from '../core/triage/model/fit.js';
import type { FitWorkerData } from './fit-workers.js';

// One thread of fitInWorkers (fit-workers.ts): answers each job it is sent with the fit's outcome.
const input = workerData as FitWorkerData;
const data: FitData = {
  ranks: Array.from({ length: input.offsets.length - 1 }, (_, at) => input.ranks.subarray(input.offsets[at] as number, input.offsets[at + 1] as number)),
  featureCount: input.featureCount,
  targets: input.targets,
};
parentPort?.on('message', (job: FitJob) => {
  const outcome = runFitJob(data, job, input.options);
  const transfer = [outcome.testScores.buffer, outcome.kept.buffer, outcome.bias.buffer, ...(outcome.weights ? [outcome.weights.buffer] : [])] as ArrayBuffer[];
  parentPort?.postMessage(outcome, transfer);
});
