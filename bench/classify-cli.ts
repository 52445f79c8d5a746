/**
 * `classify` command benchmark (npm run bench:classify [-- N]): wall time of the built CLI on one
 * .eml file and on N files (default 2000: the fixtures and synthetic mail, cycled), median of three
 * runs each, and their ratio. Builds dist/ first. Prints the load average and the CPU time of the
 * runs too: on a busy machine wall times stretch, CPU times much less. Asserts nothing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { syntheticMails } from './triage-mail.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const CLI = path.join(ROOT, 'dist/src/cli.js');
const count = Number(process.argv[2] ?? process.env.BENCH_N ?? 2000);
const RUNS = 3;

function build(): void {
  const result = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', path.join(ROOT, 'tsconfig.build.json')], { encoding: 'utf8' });
  if (result.status === 0) return;
  if (!existsSync(CLI)) throw new Error(`build failed:\n${result.stdout}`);
  console.warn('bench: tsc build failed; using the existing dist/ (may be stale)');
}

async function writeMail(dir: string): Promise<string[]> {
  const fixtures = path.join(ROOT, 'test/fixtures/mail');
  const sources: Buffer[] = [];
  for (const file of (await readdir(fixtures)).filter((name) => name.endsWith('.eml')).sort()) sources.push(await readFile(path.join(fixtures, file)));
  for (const mail of await syntheticMails(300)) sources.push(mail.raw);
  const files: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const file = path.join(dir, `mail-${String(index).padStart(5, '0')}.eml`);
    await writeFile(file, sources[index % sources.length] as Buffer);
    files.push(file);
  }
  return files;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/**
 * CPU seconds of this process's waited-for children (user + system, /proc/self/stat fields 16 and
 * 17, in clock ticks of 1/100 s on Linux); null elsewhere. Wall time on a loaded machine says more
 * about the other processes than about classify; CPU time says what classify itself cost.
 */
function childrenCpuSeconds(): number | null {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return null;
  }
}

interface Run {
  wallMs: number;
  cpuMs: number | null;
}

function timeCli(files: readonly string[], dataDir: string): Run {
  const cpuBefore = childrenCpuSeconds();
  const start = performance.now();
  const result = spawnSync(process.execPath, [CLI, 'classify', '--json', ...files], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'silent' },
  });
  const wallMs = performance.now() - start;
  const cpuAfter = childrenCpuSeconds();
  const lines = result.stdout.trim().split('\n').filter(Boolean).length;
  if (lines !== files.length) throw new Error(`classify printed ${lines} lines for ${files.length} files:\n${result.stderr.slice(0, 2000)}`);
  return { wallMs, cpuMs: cpuBefore === null || cpuAfter === null ? null : (cpuAfter - cpuBefore) * 1000 };
}

async function main(): Promise<void> {
  build();
  const dir = await mkdtemp(path.join(tmpdir(), 'bench-classify-'));
  try {
    const files = await writeMail(dir);
    const dataDir = path.join(dir, 'data');
    const one: Run[] = [];
    const all: Run[] = [];
    const loadBefore = loadavg()[0] ?? 0;
    for (let run = 0; run < RUNS; run += 1) {
      one.push(timeCli(files.slice(0, 1), dataDir));
      all.push(timeCli(files, dataDir));
    }
    const oneMs = median(one.map((run) => run.wallMs));
    const allMs = median(all.map((run) => run.wallMs));
    const cpu = (runs: Run[]): string => (runs.every((run) => run.cpuMs !== null) ? `; CPU ${median(runs.map((run) => run.cpuMs as number)).toFixed(0)} ms (user + system, all threads)` : '');
    console.log(`node ${process.version}, ${availableParallelism()} cores, load average ${loadBefore.toFixed(2)} before, ${loadavg().map((load) => load.toFixed(2)).join(' ')} after`);
    console.log(`classify 1 file:      ${oneMs.toFixed(0).padStart(6)} ms wall (runs: ${one.map((run) => run.wallMs.toFixed(0)).join(', ')})${cpu(one)}`);
    console.log(`classify ${String(count).padEnd(5)} files: ${allMs.toFixed(0).padStart(6)} ms wall (runs: ${all.map((run) => run.wallMs.toFixed(0)).join(', ')}), ${(allMs / count).toFixed(2)} ms per file${cpu(all)}`);
    console.log(`ratio ${count} files / 1 file: ${(allMs / oneMs).toFixed(2)}x wall`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
