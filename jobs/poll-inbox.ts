import { runPollWorker } from '../src/app/poll-loop.js';
import { runJob } from '../src/app/worker.js';

await runJob('poll-inbox', runPollWorker, { recordsItsOwnRuns: true });
