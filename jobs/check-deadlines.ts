import { runCheckDeadlines } from '../src/app/check-deadlines.js';
import { runJob } from '../src/app/worker.js';

await runJob('check-deadlines', runCheckDeadlines);
