/**
 * Training benchmark (npm run bench:train): where `npm run train` (and CI's byte-for-byte check,
 * test/app/train-model.test.ts) spends its time, phase by phase, on corpus/written's train split:
 * reading and MIME-parsing the corpus, the rules' reading of every message, features and their
 * index, the six fits (five folds and the final one) on worker threads, then calibration, the
 * second stage and serializing. Prints wall seconds and messages/s per phase, the peak resident
 * memory, and a trivial baseline loop's CPU time so figures from different machines can be
 * compared. Asserts nothing; BENCH_TRAIN_LIMIT trains on the first N messages only.
 */
import { availableParallelism, cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import { loadCorpus } from '../src/app/corpus.js';
import { exampleOf } from '../src/app/train-model.js';
import { fitInWorkers } from '../src/app/fit-workers.js';
import { serializeModel } from '../src/core/triage/model/serialize.js';
import { DEFAULT_TRAINING, trainLinearModel } from '../src/core/triage/model/train.js';
import type { FitRunner } from '../src/core/triage/model/fit.js';

function baselineLoopCpuMs(): number {
  const start = process.cpuUsage();
  let sum = 0;
  for (let index = 0; index < 50_000_000; index += 1) sum = (sum + index * 31) % 1_000_003;
  const spent = process.cpuUsage(start);
  if (sum < 0) console.log(sum);
  return (spent.user + spent.system) / 1000;
}

const phases: Array<{ name: string; seconds: number; messages: number }> = [];
/** Times `work`; `messages` counts what it went through, from its result. */
async function timed<T>(name: string, messages: (result: T) => number, work: () => Promise<T> | T): Promise<T> {
  const started = performance.now();
  const result = await work();
  phases.push({ name, seconds: (performance.now() - started) / 1000, messages: messages(result) });
  return result;
}

console.log(`machine: ${cpus()[0]?.model ?? 'unknown'}, ${availableParallelism()} threads; baseline loop ${baselineLoopCpuMs().toFixed(0)} ms CPU`);
const limit = Number(process.env.BENCH_TRAIN_LIMIT ?? Infinity);
const corpus = await timed('read + parse corpus/written', (loaded) => loaded.length, () => loadCorpus(['corpus/written']));
const train = corpus.filter((loaded) => loaded.split === 'train').slice(0, limit);
const examples = await timed('rules read each message', (read) => read.length, () => train.map(exampleOf));

const fits = fitInWorkers();
let fitStarted = 0;
let fitEnded = 0;
const runner: FitRunner = async (data, jobs, options) => {
  fitStarted = performance.now();
  const outcomes = await fits(data, jobs, options);
  fitEnded = performance.now();
  return outcomes;
};
const trainingStarted = performance.now();
const result = await trainLinearModel(examples, DEFAULT_TRAINING, {}, runner);
const trainingEnded = performance.now();
phases.push({ name: 'features + index', seconds: (fitStarted - trainingStarted) / 1000, messages: examples.length });
phases.push({ name: `6 fits x ${DEFAULT_TRAINING.epochs} epochs on ${availableParallelism()} threads`, seconds: (fitEnded - fitStarted) / 1000, messages: examples.length });
phases.push({ name: 'calibration + second stage', seconds: (trainingEnded - fitEnded) / 1000, messages: examples.length });
const serialized = await timed('serialize', () => examples.length, () => serializeModel(result.model));

console.log(`\ntrained on ${examples.length} messages: ${result.model.features.length} features, ${(serialized.length / 1e6).toFixed(2)} MB`);
console.log('phase                                      seconds   messages/s');
for (const phase of phases) console.log(`${phase.name.padEnd(42)} ${phase.seconds.toFixed(1).padStart(7)}  ${phase.messages === 0 ? '' : Math.round(phase.messages / phase.seconds).toString().padStart(10)}`);
console.log(`${'total'.padEnd(42)} ${phases.reduce((sum, phase) => sum + phase.seconds, 0).toFixed(1).padStart(7)}`);
console.log(`peak resident memory ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB (main thread and workers)`);
