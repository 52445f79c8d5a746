import { fork, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRecord, type LockRecord } from '../../src/io/lock-record.js';
import { readOwnIdentity, type ProcessIdentity } from '../../src/io/process-identity.js';
import type { RacerReply, RacerRequest } from '../support/lock-racer.js';

const RACER = path.resolve(import.meta.dirname, '../support/lock-racer.ts');
const RACERS = 4;
const TRIALS = 200;
const SIGKILL_ROUNDS = 3;
const CHURN_ROUNDS = 150;

/** A child that runs lock-racer.ts; every request gets exactly one reply, matched by id. */
class Racer {
  private nextId = 1;
  private readonly waiting = new Map<number, (reply: RacerReply) => void>();
  readonly ready: Promise<number>;
  readonly exited: Promise<NodeJS.Signals | number | null>;

  readonly child: ChildProcess;

  constructor(child: ChildProcess) {
    this.child = child;
    this.ready = new Promise((resolve, reject) => {
      child.once('error', reject);
      child.on('message', (reply: RacerReply) => {
        if (reply.type === 'ready') resolve(reply.pid);
        else this.waiting.get(reply.id)?.(reply);
      });
    });
    this.exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve(signal ?? code)));
  }

  static start(): Racer {
    return new Racer(fork(RACER, [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] }));
  }

  request(body: { type: 'acquire'; dir: string } | { type: 'release' } | { type: 'churn'; dir: string; rounds: number }): Promise<RacerReply> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.waiting.set(id, (reply) => {
        this.waiting.delete(id);
        resolve(reply);
      });
      this.child.send({ id, ...body } satisfies RacerRequest);
    });
  }
}

const KINDS = ['dead-pid', 'reused-pid', 'released', 'empty', 'garbage', 'legacy-pid', 'legacy-empty', 'foreign-silent'] as const;
type Kind = (typeof KINDS)[number];

function record(self: ProcessIdentity, set: Partial<LockRecord>): string {
  return JSON.stringify({ ...buildRecord(self, 'seed', '2026-03-02T00:00:00.000Z'), ...set });
}

/** A stale lock as a killed process, a crash or an older version leaves it. */
async function seed(dir: string, kind: Kind, self: ProcessIdentity, deadPid: number): Promise<void> {
  const gen = (n: number): string => path.join(dir, `privacy-inbox.lock.${n}`);
  const legacy = path.join(dir, 'privacy-inbox.lock');
  switch (kind) {
    case 'dead-pid':
      return writeFile(gen(1), record(self, { pid: deadPid }), { mode: 0o600 });
    case 'reused-pid':
      // A live process (this one) under the recorded pid, but not the one that wrote the record.
      return writeFile(gen(3), record(self, { startTicks: (self.startTicks ?? 0) + 1 }), { mode: 0o600 });
    case 'released':
      return writeFile(gen(5), record(self, { state: 'released' }), { mode: 0o600 });
    case 'empty':
      return writeFile(gen(2), '', { mode: 0o600 });
    case 'garbage':
      return writeFile(gen(9), '{"version":1,"pid":12', { mode: 0o600 });
    case 'legacy-pid':
      return writeFile(legacy, String(deadPid), { mode: 0o600 });
    case 'legacy-empty':
      return writeFile(legacy, '', { mode: 0o600 });
    case 'foreign-silent': {
      await writeFile(gen(4), record(self, { hostname: 'elsewhere', bootId: 'another-boot' }), { mode: 0o600 });
      const tenMinutesAgo = new Date(Date.now() - 10 * 60_000);
      return utimes(gen(4), tenMinutesAgo, tenMinutesAgo);
    }
  }
}

interface Outcome {
  winners: number[];
  refusals: string[];
  /** What was wrong with the files while the winner held the lock. */
  problems: string[];
}

/** The files while one process holds: one generation, naming it, private; no temp file or legacy lock left. */
async function inspectHeld(dir: string, winner: number): Promise<string[]> {
  const names = await readdir(dir);
  const generations = names.filter((name) => /^privacy-inbox\.lock\.\d+$/.test(name));
  if (generations.length !== 1 || names.length !== 1) return [`files: ${names.join(', ')}`];
  const file = path.join(dir, generations[0]!);
  const held = JSON.parse(await readFile(file, 'utf8')) as { state?: unknown; pid?: unknown };
  const problems = held.state === 'held' && held.pid === winner ? [] : [`record ${JSON.stringify(held)} for winner ${winner}`];
  const mode = (await stat(file)).mode & 0o777;
  return mode === 0o600 ? problems : [...problems, `mode ${mode.toString(8)}`];
}

/** Every racer tries at once; the winner keeps holding until all have answered, then releases. */
async function race(racers: Racer[], dir: string): Promise<Outcome> {
  const replies = await Promise.all(racers.map((racer) => racer.request({ type: 'acquire', dir })));
  const winners = replies.filter((reply) => reply.type === 'acquired').map((reply) => reply.pid);
  // A refusal's error code; anything else a racer said is kept whole, so the assertion shows it.
  const refusals = replies.flatMap((reply) => (reply.type === 'acquired' ? [] : reply.type === 'refused' ? [reply.code] : [JSON.stringify(reply)]));
  const problems = winners.length === 1 ? await inspectHeld(dir, winners[0]!) : [];
  await Promise.all(racers.filter((racer) => winners.includes(racer.child.pid!)).map((racer) => racer.request({ type: 'release' })));
  return { winners, refusals, problems };
}

describe('data-dir lock under concurrent starts (real processes, real files)', () => {
  let racers: Racer[] = [];
  const extra: Racer[] = [];
  let root = '';
  let self: ProcessIdentity;
  let deadPid = 0;

  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'pi-lock-race-'));
    self = await readOwnIdentity();
    deadPid = spawnSync(process.execPath, ['-e', '']).pid!;
    racers = Array.from({ length: RACERS }, () => Racer.start());
    await Promise.all(racers.map((racer) => racer.ready));
  });

  afterAll(async () => {
    const all = [...racers, ...extra];
    for (const racer of all) if (racer.child.exitCode === null && racer.child.signalCode === null) racer.child.kill();
    await Promise.all(all.map((racer) => racer.exited));
    await rm(root, { recursive: true, force: true });
  });

  it(`${TRIALS} trials x ${RACERS} processes racing over a stale lock (${KINDS.join(', ')}): exactly one winner each, no double writers`, async () => {
    const doubleWriters: string[] = [];
    const noWinner: string[] = [];
    const otherErrors: string[] = [];
    const fileProblems: string[] = [];
    for (let trial = 0; trial < TRIALS; trial++) {
      const kind = KINDS[trial % KINDS.length]!;
      const dir = await mkdtemp(path.join(root, `${kind}-`));
      await seed(dir, kind, self, deadPid);
      const { winners, refusals, problems } = await race(racers, dir);
      fileProblems.push(...problems.map((problem) => `trial ${trial} (${kind}): ${problem}`));
      if (winners.length > 1) doubleWriters.push(`trial ${trial} (${kind}): ${winners.length} holders`);
      if (winners.length === 0) noWinner.push(`trial ${trial} (${kind})`);
      otherErrors.push(...refusals.filter((code) => code !== 'STORE_LOCKED').map((code) => `trial ${trial} (${kind}): ${code}`));
    }
    const byKind = KINDS.map((kind) => `${kind} ${doubleWriters.filter((line) => line.includes(`(${kind})`)).length}`).join(', ');
    process.stdout.write(`lock race: ${TRIALS} trials, ${doubleWriters.length} with double writers (${byKind}), ${noWinner.length} without a winner\n`);
    expect({ doubleWriters, noWinner, otherErrors, fileProblems }).toEqual({ doubleWriters: [], noWinner: [], otherErrors: [], fileProblems: [] });
  });

  it(`a SIGKILLed holder is taken over by exactly one of the next ${RACERS} starters (${SIGKILL_ROUNDS} rounds)`, async () => {
    const holders = Array.from({ length: SIGKILL_ROUNDS }, () => Racer.start());
    extra.push(...holders);
    await Promise.all(holders.map((holder) => holder.ready));
    for (const holder of holders) {
      const dir = await mkdtemp(path.join(root, 'sigkill-'));
      expect(await holder.request({ type: 'acquire', dir })).toMatchObject({ type: 'acquired' });
      // Alive, it keeps everyone out.
      expect((await race(racers, dir)).winners).toEqual([]);
      holder.child.kill('SIGKILL');
      expect(await holder.exited).toBe('SIGKILL');
      const { winners, refusals, problems } = await race(racers, dir);
      expect(winners).toHaveLength(1);
      expect(refusals).toEqual(Array(RACERS - 1).fill('STORE_LOCKED'));
      expect(problems).toEqual([]);
    }
  });

  it(`${RACERS} processes taking and releasing one lock ${CHURN_ROUNDS} times each never hold it together`, async () => {
    const dir = await mkdtemp(path.join(root, 'churn-'));
    const replies = await Promise.all(racers.map((racer) => racer.request({ type: 'churn', dir, rounds: CHURN_ROUNDS })));
    const churned = replies.flatMap((reply) => (reply.type === 'churned' ? [reply] : []));
    expect(churned).toHaveLength(RACERS);
    const acquired = churned.reduce((sum, reply) => sum + reply.acquired, 0);
    process.stdout.write(`lock churn: ${acquired} of ${RACERS * CHURN_ROUNDS} attempts took the lock, ${churned.reduce((sum, reply) => sum + reply.overlaps, 0)} overlaps\n`);
    expect(churned.map((reply) => ({ overlaps: reply.overlaps, errors: reply.errors }))).toEqual(Array(RACERS).fill({ overlaps: 0, errors: [] }));
    expect(acquired).toBeGreaterThan(0);
    // Afterwards: one generation, released; older ones, temp files and the marker are gone.
    const names = await readdir(dir);
    expect(names).toHaveLength(1);
    expect(JSON.parse(await readFile(path.join(dir, names[0]!), 'utf8'))).toMatchObject({ state: 'released' });
  });
});
