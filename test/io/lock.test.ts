import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtemp, readdir, readFile, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { BotError } from '../../src/errors.js';
import { acquireDataDirLock } from '../../src/io/lock.js';
import { buildRecord, type LockRecord } from '../../src/io/lock-record.js';
import { lookUpProcess, parseProcStat, readOwnIdentity, type ProcessIdentity } from '../../src/io/process-identity.js';

const GEN = (dir: string, n: number): string => path.join(dir, `privacy-inbox.lock.${n}`);
const LEGACY = (dir: string): string => path.join(dir, 'privacy-inbox.lock');

async function newDir(): Promise<string> {
  return path.join(await mkdtemp(path.join(tmpdir(), 'pi-lock-')), 'data');
}

async function refusal(dir: string): Promise<BotError> {
  const error = await acquireDataDirLock(dir).then(
    () => new Error('the lock was granted'),
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(BotError);
  expect((error as BotError).code).toBe('STORE_LOCKED');
  return error as BotError;
}

async function readRecord(file: string): Promise<LockRecord> {
  return JSON.parse(await readFile(file, 'utf8')) as LockRecord;
}

describe('process identity', () => {
  it('reads the state and start time after the last parenthesis (comm may hold spaces and parentheses)', () => {
    const rest = Array.from({ length: 50 }, (_, index) => String(index + 3));
    rest[0] = 'S';
    rest[19] = '987654';
    expect(parseProcStat(`4242 (node) ${rest.join(' ')}`)).toEqual({ state: 'S', startTicks: 987654 });
    expect(parseProcStat(`4242 (we(ird) )name) ${rest.join(' ')}`)).toEqual({ state: 'S', startTicks: 987654 });
    expect(parseProcStat('4242 node S 1')).toBeNull();
  });

  it('tells a running process from an exited one', async () => {
    const self = await readOwnIdentity();
    expect(await lookUpProcess(process.pid)).toEqual({ state: 'running', startTicks: self.startTicks });
    expect(await lookUpProcess(spawnSync(process.execPath, ['-e', '']).pid!)).toEqual({ state: 'gone' });
  });
});

describe('data-dir lock (real files, real processes)', () => {
  let self: ProcessIdentity;
  let sleeper: ChildProcess;

  beforeAll(async () => {
    self = await readOwnIdentity();
    sleeper = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1 << 30)'], { stdio: 'ignore' });
    await new Promise((resolve, reject) => sleeper.once('spawn', resolve).once('error', reject));
  });

  afterAll(() => {
    sleeper.kill();
  });

  function record(set: Partial<LockRecord>): string {
    return JSON.stringify({ ...buildRecord(self, 'seed', '2026-03-02T00:00:00.000Z'), ...set });
  }

  it('creates a private held generation, releases it in place and takes the next one', async () => {
    const dir = await newDir();
    const release = await acquireDataDirLock(dir);
    expect((await stat(dir)).mode & 0o777).toBe(0o700);
    expect((await stat(GEN(dir, 1))).mode & 0o777).toBe(0o600);
    expect(await readRecord(GEN(dir, 1))).toMatchObject({ version: 1, state: 'held', pid: process.pid, startTicks: self.startTicks, hostname: self.hostname, bootId: self.bootId, pidNs: self.pidNs });
    expect((await refusal(dir)).message).toMatch(/in use by this process/);
    await release();
    await release();
    expect(await readRecord(GEN(dir, 1))).toMatchObject({ state: 'released', pid: process.pid });
    expect((await stat(GEN(dir, 1))).mode & 0o777).toBe(0o600);
    const again = await acquireDataDirLock(dir);
    expect(await readdir(dir)).toEqual(['privacy-inbox.lock.2']);
    await again();
  });

  it('refuses a live holder and names it; takes over when the pid is reused by another process', async () => {
    const dir = await newDir();
    await acquireDataDirLock(dir).then((release) => release());
    const look = await lookUpProcess(sleeper.pid!);
    expect(look.state).toBe('running');
    const startTicks = look.state === 'running' ? look.startTicks : null;
    await writeFile(GEN(dir, 7), record({ pid: sleeper.pid!, startTicks }));
    expect((await refusal(dir)).message).toContain(`in use by process ${sleeper.pid!} (privacy-inbox, since 2026-03-02T00:00:00.000Z)`);
    await writeFile(GEN(dir, 8), record({ pid: sleeper.pid!, startTicks: (startTicks ?? 0) + 1 }));
    const release = await acquireDataDirLock(dir);
    expect(await readdir(dir)).toEqual(['privacy-inbox.lock.9']);
    await release();
  });

  it('judges a holder on another machine or container by its heartbeat only', async () => {
    const dir = await newDir();
    await acquireDataDirLock(dir).then((release) => release());
    // pid 1 is alive here, but a record from another host names a process in another pid table.
    await writeFile(GEN(dir, 2), record({ pid: 1, startTicks: 5, hostname: 'box-b', bootId: 'b00t' }));
    const message = (await refusal(dir)).message;
    expect(message).toContain('process 1 on box-b');
    expect(message).toMatch(/not supported; the lock is taken over after 5 minutes of silence/);
    const sixMinutesAgo = new Date(Date.now() - 6 * 60_000);
    await utimes(GEN(dir, 2), sixMinutesAgo, sixMinutesAgo);
    const release = await acquireDataDirLock(dir);
    expect(await readdir(dir)).toEqual(['privacy-inbox.lock.3']);
    await release();
  });

  it('keeps the heartbeat going while held', async () => {
    const dir = await newDir();
    const release = await acquireDataDirLock(dir, { heartbeatMs: 20 });
    const longAgo = new Date('2001-01-01T00:00:00Z');
    await utimes(GEN(dir, 1), longAgo, longAgo);
    await vi.waitFor(async () => expect((await stat(GEN(dir, 1))).mtimeMs).toBeGreaterThan(longAgo.getTime()), { timeout: 30_000, interval: 20 });
    await release();
  });

  it('handles the legacy pid file: refuses a live pid, takes over a dead one and removes it', async () => {
    const dir = await newDir();
    await acquireDataDirLock(dir).then((release) => release());
    await writeFile(LEGACY(dir), String(sleeper.pid!));
    expect((await refusal(dir)).message).toContain(`process ${sleeper.pid!} (privacy-inbox.lock, written by an older privacy-inbox`);
    await writeFile(LEGACY(dir), `${spawnSync(process.execPath, ['-e', '']).pid!}\n`);
    const release = await acquireDataDirLock(dir);
    expect(await readdir(dir)).toEqual(['privacy-inbox.lock.2']);
    await release();
  });

  it('refuses a record from a newer version instead of guessing', async () => {
    const dir = await newDir();
    await acquireDataDirLock(dir).then((release) => release());
    await writeFile(GEN(dir, 2), JSON.stringify({ version: 2, state: 'held' }));
    expect((await refusal(dir)).message).toContain('a newer privacy-inbox (lock format 2)');
  });

  it('release leaves a generation alone once it is no longer ours', async () => {
    const dir = await newDir();
    const release = await acquireDataDirLock(dir);
    const other = record({ token: 'someone-else', hostname: 'box-b' });
    await writeFile(GEN(dir, 1), other);
    await release();
    expect(await readFile(GEN(dir, 1), 'utf8')).toBe(other);
  });
});
