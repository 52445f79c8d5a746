import { runPollLoop } from '../src/app/poll-loop.js';
import { runJob } from '../src/app/worker.js';

await runJob('poll-inbox', (deps, signal) => runPollLoop(deps, signal, Math.floor(deps.config.pollIntervalMs * 0.9)));
