import { runSendDigest } from '../src/app/send-digest.js';
import { runJob } from '../src/app/worker.js';

// Started by bree on DIGEST_CRON in TIMEZONE: the slot itself, so the digest is queued now.
await runJob('weekly-digest', (deps) => runSendDigest(deps, { scheduled: true }));
