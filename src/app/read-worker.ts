import { parentPort, workerData } from 'node:worker_threads';
import { createOfflineClassifier } from '../core/triage/offline.js';
import { linearModelFromPacked } from '../core/triage/model/linear.js';
import { parseMail } from '../io/mime.js';
import type { InboundMail } from '../types.js';
import { failureFrom, type ModelHandOver, type ReadOutcome, type ReadRequest, type ReadWorkerSetup, type WorkerReply } from './read-pool.js';
import { createReadBudget } from './read-budget.js';

/**
 * One read worker of a poll pass (src/app/read-pool.ts): parses each message of a batch and
 * classifies it offline, with the same size limits and the same time budget per message as the
 * pass's own thread (the budget starts when this thread starts on the message).
 */
const setup = workerData as ReadWorkerSetup;
const port = parentPort;
if (!port) throw new Error('read-worker runs only as a worker thread');
// The pass's thread reads the model (once a process) while this one loads its modules, then hands it over on shared memory.
const { model } = await new Promise<ModelHandOver>((resolve) => port.once('message', resolve));
const classifier = setup.classify ? createOfflineClassifier({ ownAddresses: [setup.ownAddress], mode: setup.mode, model: model ? linearModelFromPacked(model) : null }) : null;
const crashOn = setup.crashOn ? Buffer.from(setup.crashOn) : null;

async function readOne(raw: Buffer): Promise<ReadOutcome> {
  if (crashOn && raw.includes(crashOn)) process.exit(70);
  const budget = createReadBudget();
  let mail: InboundMail;
  try {
    mail = await parseMail(raw, { maxBytes: setup.maxMessageBytes, budget });
  } catch (error) {
    return { parseError: failureFrom(error) };
  }
  if (!classifier) return { mail };
  try {
    return { mail, verdict: await classifier.classify(mail, budget) };
  } catch (error) {
    return { mail, classifyError: failureFrom(error) };
  }
}

port.on('message', (request: ReadRequest) => {
  void (async () => {
    const outcomes: Array<[string, ReadOutcome]> = [];
    for (const { sourceId, raw } of request.items) outcomes.push([sourceId, await readOne(Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength))]);
    port.postMessage({ type: 'read', id: request.id, outcomes } satisfies WorkerReply);
  })();
});
port.postMessage({ type: 'ready' } satisfies WorkerReply);
