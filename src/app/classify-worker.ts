import { parentPort, workerData } from 'node:worker_threads';
import { loadConfig } from '../config.js';
import { linearModelFromPacked } from '../core/triage/model/linear.js';
import { classifyFile } from './classify-file.js';
import type { ChunkRequest, ChunkResult, ModelMessage } from './classify-pool.js';
import { createOfflineTriage } from './offline-triage.js';

/** One worker thread of `classify` (src/app/classify-pool.ts): classifies the chunks of files it is handed. */
const { json } = workerData as { json: boolean };
const port = parentPort;
if (!port) throw new Error('classify-worker runs only as a worker thread');
// The main thread sends the mode and the model it loaded (on shared memory) first; the rules load meanwhile.
const handed = new Promise<ModelMessage>((resolve) => port.once('message', resolve));
const config = loadConfig(process.env, { holidayTables: false });
const [{ mode, model }] = await Promise.all([handed, import('../core/triage/offline.js')]);
const classifier = await createOfflineTriage(config, mode, model ? linearModelFromPacked(model) : undefined);
// Chunks come ahead of need (classify-pool.ts keeps two here); they are done one after the other,
// so each goes back as soon as it is done.
const queue: ChunkRequest[] = [];
let working = false;
async function work(): Promise<void> {
  working = true;
  for (let chunk = queue.shift(); chunk; chunk = queue.shift()) {
    const results = [];
    for (const file of chunk.files) results.push(await classifyFile(file, classifier, config, json));
    port?.postMessage({ start: chunk.start, results } satisfies ChunkResult);
  }
  working = false;
}
port.on('message', (chunk: ChunkRequest) => {
  queue.push(chunk);
  if (!working) void work();
});
port.postMessage('ready');
