/**
 * CLI start-up benchmark (npm run bench:cli-start [-- --runs N] [-- --cli PATH]): wall time and CPU
 * time (user + system, from the child's own resource usage) of short commands of the built CLI,
 * median of N runs each (default 7), on a data directory holding three cases (seeded once with
 * `demo`). `--cli` points at another build, e.g. an older checkout's dist/src/cli.js, to compare.
 * CPU time is the steadier figure on a busy machine; the load average is printed with it. Builds
 * nothing and asserts nothing.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');

function argument(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? (process.argv[index + 1] ?? fallback) : fallback;
}

const CLI = path.resolve(argument('cli', path.join(ROOT, 'dist/src/cli.js')));
const RUNS = Number(argument('runs', '7'));

/** Preloaded into each child: prints its CPU time on exit, on stderr, behind a marker. */
const CPU_PROBE = `process.on('exit', () => { const u = process.resourceUsage(); process.stderr.write('\\n@cpu ' + Math.round((u.userCPUTime + u.systemCPUTime) / 1000) + '\\n'); });`;

interface Sample {
  wallMs: number;
  cpuMs: number;
  status: number | null;
}

function runOnce(args: string[], env: Record<string, string>, probe: string): Sample {
  const started = performance.now();
  const result = spawnSync(process.execPath, ['--import', probe, CLI, ...args], { env: { PATH: process.env.PATH ?? '', ...env }, encoding: 'utf8' });
  const wallMs = performance.now() - started;
  const cpu = /@cpu (\d+)/.exec(result.stderr ?? '');
  return { wallMs, cpuMs: cpu ? Number(cpu[1]) : Number.NaN, status: result.status };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

const scratch = await mkdtemp(path.join(tmpdir(), 'pi-bench-start-'));
try {
  const probe = path.join(scratch, 'cpu-probe.mjs');
  await writeFile(probe, CPU_PROBE);
  const env = { DATA_DIR: path.join(scratch, 'data'), PRIVACY_ADDRESS: 'privacy@example.test', PRIVACY_INBOX_NOW: '2026-03-02T17:00:00Z', LOG_LEVEL: 'warn' };
  const seeded = runOnce(['demo'], env, probe);
  if (seeded.status !== 0) throw new Error(`demo failed with status ${seeded.status}`);
  const commands: Array<[string, string[]]> = [
    ['--version', ['--version']],
    ['--help', ['--help']],
    ['list', ['list']],
    ['show', ['show', 'PR-2026-0001']],
    ['clock', ['clock', 'PR-2026-0001']],
    ['run-once (nothing new)', ['run-once']],
  ];
  console.log(`CLI ${path.relative(ROOT, CLI) || CLI}; median of ${RUNS} runs; load average ${loadavg().map((value) => value.toFixed(2)).join(' ')}`);
  console.log(`${'command'.padEnd(24)} ${'wall ms'.padStart(8)} ${'cpu ms'.padStart(8)}`);
  for (const [name, args] of commands) {
    const samples = Array.from({ length: RUNS }, () => runOnce(args, env, probe));
    const failed = samples.filter((sample) => sample.status !== 0).length;
    console.log(`${name.padEnd(24)} ${median(samples.map((s) => s.wallMs)).toFixed(0).padStart(8)} ${median(samples.map((s) => s.cpuMs)).toFixed(0).padStart(8)}${failed ? `  (${failed} runs failed)` : ''}`);
  }
  console.log(`load average after ${loadavg().map((value) => value.toFixed(2)).join(' ')}`);
} finally {
  await rm(scratch, { recursive: true, force: true });
}
