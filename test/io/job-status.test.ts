import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recordJobRun } from '../../src/app/job-recorder.js';
import { emptyJobRecord, recordStart } from '../../src/core/job-record.js';
import { jobStatusFile, readJobRecord, readJobRecords, writeJobRecord } from '../../src/io/job-status.js';

let dataDir: string;
let logLines: string[];
const logger = pino(
  { level: 'info' },
  new Writable({
    write(chunk: Buffer, _encoding, done) {
      logLines.push(chunk.toString());
      done();
    },
  }),
);

beforeEach(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'pi-job-status-'));
  logLines = [];
});

afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

function clock(...times: string[]): () => string {
  let index = 0;
  return () => times[Math.min(index++, times.length - 1)] as string;
}

describe('job status files', () => {
  it('are written private (0700 directory, 0600 file), atomically, and read back', async () => {
    const record = recordStart(emptyJobRecord('poll-inbox'), '2026-03-02T17:00:00.000Z');
    await writeJobRecord(dataDir, record);
    await writeJobRecord(dataDir, { ...record, lastStartedAt: '2026-03-02T17:01:00.000Z' });
    expect((await stat(path.join(dataDir, 'status'))).mode & 0o777).toBe(0o700);
    expect((await stat(jobStatusFile(dataDir, 'poll-inbox'))).mode & 0o777).toBe(0o600);
    // No temporary file left beside it.
    expect(await readdir(path.join(dataDir, 'status'))).toEqual(['poll-inbox.json']);
    expect(await readJobRecord(dataDir, 'poll-inbox')).toEqual({ ...record, lastStartedAt: '2026-03-02T17:01:00.000Z' });
  });

  it('read as "never ran" when absent, damaged or of another job', async () => {
    expect(await readJobRecord(dataDir, 'poll-inbox')).toBeNull();
    await writeJobRecord(dataDir, emptyJobRecord('check-deadlines'));
    await writeFile(jobStatusFile(dataDir, 'poll-inbox'), '{"version":1,"job":"poll-in');
    await writeFile(jobStatusFile(dataDir, 'weekly-digest'), JSON.stringify(emptyJobRecord('poll-inbox')));
    expect(Object.keys(await readJobRecords(dataDir))).toEqual(['check-deadlines']);
  });
});

describe('recordJobRun', () => {
  it('records the start, then the success with the summary\'s numbers, and passes the result through', async () => {
    const now = clock('2026-03-02T17:00:00.000Z', '2026-03-02T17:00:05.000Z');
    let seenWhileRunning: unknown;
    const result = await recordJobRun({ dataDir, job: 'poll-inbox', now, logger }, async () => {
      seenWhileRunning = await readJobRecord(dataDir, 'poll-inbox');
      return { listed: 2, send: { sent: 1 }, note: 'casey@example.net' };
    });
    expect(result.listed).toBe(2);
    expect(seenWhileRunning).toMatchObject({ lastStartedAt: '2026-03-02T17:00:00.000Z', lastFinishedAt: null });
    const record = await readJobRecord(dataDir, 'poll-inbox');
    expect(record).toMatchObject({ lastSuccessAt: '2026-03-02T17:00:05.000Z', lastFinishedAt: '2026-03-02T17:00:05.000Z', consecutiveFailures: 0, lastCounts: { listed: 2, 'send.sent': 1 } });
    expect(await readFile(jobStatusFile(dataDir, 'poll-inbox'), 'utf8')).not.toContain('@');
  });

  it('records a failure with its code and no address, counts failures in a row, and rethrows', async () => {
    const failing = () => Promise.reject(Object.assign(new Error('550 <casey@example.net> rejected'), { code: 'SEND_PERMANENT' }));
    await expect(recordJobRun({ dataDir, job: 'check-deadlines', now: clock('2026-03-02T17:00:00.000Z'), logger }, failing)).rejects.toThrow('550');
    await expect(recordJobRun({ dataDir, job: 'check-deadlines', now: clock('2026-03-02T18:00:00.000Z'), logger }, failing)).rejects.toThrow('550');
    const record = await readJobRecord(dataDir, 'check-deadlines');
    expect(record).toMatchObject({ consecutiveFailures: 2, lastSuccessAt: null, lastErrorAt: '2026-03-02T18:00:00.000Z', lastError: { code: 'SEND_PERMANENT', message: '550 <<address>> rejected' } });
  });

  it('never fails the job when the record cannot be written; the problem is logged', async () => {
    // A regular file where the status directory should be: every write fails.
    await writeFile(path.join(dataDir, 'status'), 'not a directory');
    const result = await recordJobRun({ dataDir, job: 'poll-inbox', now: clock('2026-03-02T17:00:00.000Z'), logger }, async () => 42);
    expect(result).toBe(42);
    expect(logLines.join('')).toContain('could not record the job status');
  });
});
