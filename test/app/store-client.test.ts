import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { expect, it } from 'vitest';
import { answerStoreRequest, isStoreRequest } from '../../src/app/store-client.js';
import { openFileStore } from '../../src/io/store.js';

/** Runs the built store client (npm test builds first) in a real worker thread, as bree does. */
function startWriter(prefix: string, count: number): Worker {
  const clientUrl = pathToFileURL(path.resolve('dist/src/app/store-client.js')).href;
  const code = `
    const { parentPort } = await import('node:worker_threads');
    const { createStoreClient } = await import(${JSON.stringify(clientUrl)});
    const store = createStoreClient(parentPort);
    for (let i = 0; i < ${count}; i++) {
      const snapshot = await store.read();
      const value = (snapshot.counters['${prefix}'] ?? 0) + 1;
      await store.apply([
        { type: 'raiseCounter', name: '${prefix}', value },
        { type: 'setCursor', name: '${prefix}:' + i, value: String(i) },
      ]);
    }
    parentPort.postMessage('done');
  `;
  return new Worker(new URL(`data:text/javascript,${encodeURIComponent(code)}`));
}

it('two worker threads writing through the main thread lose no update', async () => {
  const store = await openFileStore(await mkdtemp(path.join(tmpdir(), 'pi-writers-')));
  const workers = [startWriter('a', 200), startWriter('b', 200)];
  await Promise.all(
    workers.map(
      (worker) =>
        new Promise<void>((resolve, reject) => {
          worker.on('error', reject);
          worker.on('message', (message: unknown) => {
            if (message === 'done') void worker.terminate().then(() => resolve());
            else if (isStoreRequest(message)) void answerStoreRequest(store, message).then((response) => worker.postMessage(response));
          });
        }),
    ),
  );
  const data = await store.read();
  expect(Object.keys(data.cursors)).toHaveLength(400);
  expect(data.counters).toEqual({ a: 200, b: 200 });
}, 30_000);
