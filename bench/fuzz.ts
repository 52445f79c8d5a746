/**
 * Fuzz benchmark (npm run bench:fuzz [-- N [FILES]]): N hostile messages (default 5000; seeded, see
 * test/support/hostile-mail.ts) through the steps poll-inbox takes for every inbound mail (parse and
 * offline triage under the read budget, then intake; test/support/fuzz-path.ts), one at a time.
 * Prints messages/s, the slowest message (wall and CPU time) and what it was, p99, peak RSS and the
 * outcomes, next to the limits of issue 10: slowest <= 1 s, peak RSS <= 300 MB, no crash. Then times
 * the built `classify` CLI on FILES (default 100) fuzzed files, with that process's own peak RSS.
 * Asserts nothing; exits 1 on a crash. The messages are built by a child (bench/fuzz-feed.ts).
 * BENCH_SCALE scales message sizes (1 = up to 20 MB), BENCH_SEED picks the first seed.
 */
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { boundHeapGrowth, HEAP_GROWING_PERCENT } from '../src/io/heap-growth.js';
import { LIMITS } from '../src/io/mime.js';
import { createFuzzClassifier, readThroughIntake } from '../test/support/fuzz-path.js';
import { hostileMail } from '../test/support/hostile-mail.js';

/** The package root, found upwards: this file runs from bench/ under tsx or compiled from .scratch/bench-build/bench/. */
function packageRoot(): string {
  let dir = import.meta.dirname;
  while (!existsSync(path.join(dir, 'package.json'))) dir = path.dirname(dir);
  return dir;
}
const ROOT = packageRoot();
/** Compiled (npm run bench:fuzz), the path is measured as production runs it: plain node, no tsx loader. */
const COMPILED = import.meta.url.endsWith('.js');
const CLI = path.join(ROOT, 'dist/src/cli.js');
const count = Number(process.argv[2] ?? process.env.BENCH_N ?? 5000);
const cliFiles = Number(process.argv[3] ?? process.env.BENCH_FILES ?? 100);
const scale = Number(process.env.BENCH_SCALE ?? 1);
const firstSeed = Number(process.env.BENCH_SEED ?? 1);
const LIMIT_SLOWEST_MS = 1000;
const LIMIT_RSS_MB = 300;
const MB = 1024 * 1024;

interface Timed {
  seed: number;
  detail: string;
  bytes: number;
  wallMs: number;
  cpuMs: number;
}

interface Fed {
  seed: number;
  kind: string;
  detail: string;
  raw: Buffer;
}

/**
 * The messages, built by a child process (bench/fuzz-feed.ts) and read here one at a time, as
 * poll-inbox fetches them: this process's peak RSS is the path's, plus one message.
 */
async function* feed(first: number, total: number): AsyncGenerator<Fed> {
  const feeder = COMPILED ? [path.join(import.meta.dirname, 'fuzz-feed.js')] : ['--import', 'tsx', path.join(import.meta.dirname, 'fuzz-feed.ts')];
  const child = spawn(process.execPath, [...feeder, String(first), String(total), String(scale)], { stdio: ['ignore', 'pipe', 'inherit'] });
  let chunks: Buffer[] = [];
  let buffered = 0;
  const take = (bytes: number): Buffer => {
    const all = chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, buffered);
    chunks = all.length > bytes ? [all.subarray(bytes)] : [];
    buffered = all.length - bytes;
    return all.subarray(0, bytes);
  };
  let header: Omit<Fed, 'raw'> | null = null;
  let need = 4;
  let stage: 'header length' | 'header' | 'raw length' | 'raw' = 'header length';
  for await (const chunk of child.stdout) {
    chunks.push(chunk as Buffer);
    buffered += (chunk as Buffer).length;
    while (buffered >= need) {
      const bytes = take(need);
      if (stage === 'header length') [stage, need] = ['header', bytes.readUInt32BE()];
      else if (stage === 'header') [stage, need, header] = ['raw length', 4, JSON.parse(bytes.toString()) as Omit<Fed, 'raw'>];
      else if (stage === 'raw length') [stage, need] = ['raw', bytes.readUInt32BE()];
      else {
        yield { ...(header as Omit<Fed, 'raw'>), raw: bytes };
        [stage, need, header] = ['header length', 4, null];
      }
    }
  }
  const code = child.exitCode ?? ((await once(child, 'exit')) as [number | null])[0];
  if (code !== 0) throw new Error(`bench/fuzz-feed.ts exited with ${code}`);
}

function cpuMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

function percentile(sorted: readonly number[], share: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)] ?? 0;
}

function verdict(ok: boolean): string {
  return ok ? 'ok' : 'OVER';
}

function describe(entry: Timed): string {
  return `seed ${entry.seed}, ${(entry.bytes / MB).toFixed(2)} MB, ${entry.detail}`;
}

async function runPath(): Promise<boolean> {
  // As the CLI does at start (src/cli.ts): the path is measured with the production heap setting.
  boundHeapGrowth();
  const classifier = createFuzzClassifier();
  // Warm-up: the first triage call builds the literal scanners and V8 compiles the patterns.
  for (let seed = 1; seed <= 30; seed += 1) await readThroughIntake(hostileMail(-seed, { scale: 0.01 }).raw, classifier);
  const warmRssMb = process.resourceUsage().maxRSS / 1024;

  const timed: Timed[] = [];
  const outcomes = new Map<string, number>();
  const crashes: string[] = [];
  const bounds = { text: 0, newText: 0, subject: 0, attachments: 0 };
  let totalBytes = 0;
  const wallStart = performance.now();
  for await (const mail of feed(firstSeed, count)) {
    const { seed } = mail;
    totalBytes += mail.raw.length;
    const wall = performance.now();
    const cpu = cpuMs();
    let outcome: string;
    try {
      const result = await readThroughIntake(mail.raw, classifier, { asTeam: seed % 5 === 0 });
      if (result.kind === 'read') {
        outcome = `read: ${result.plan.outcome}`;
        bounds.text = Math.max(bounds.text, result.mail.text.length);
        bounds.newText = Math.max(bounds.newText, result.mail.newText.length);
        bounds.subject = Math.max(bounds.subject, result.mail.subject.length);
        bounds.attachments = Math.max(bounds.attachments, result.mail.attachments.length);
      } else outcome = `set aside: ${result.error.code}: ${result.error.message.replace(/\d+ ms/g, 'N ms')}`;
    } catch (error) {
      outcome = 'CRASH';
      crashes.push(`${describe({ seed, detail: mail.detail, bytes: mail.raw.length, wallMs: 0, cpuMs: 0 })}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
    timed.push({ seed, detail: mail.detail, bytes: mail.raw.length, wallMs: performance.now() - wall, cpuMs: cpuMs() - cpu });
    outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
    if ((seed - firstSeed + 1) % 500 === 0) process.stderr.write(`  ${seed - firstSeed + 1}/${count}\n`);
  }
  const elapsed = performance.now() - wallStart;
  const pathMs = timed.reduce((sum, entry) => sum + entry.wallMs, 0);
  const rssMb = process.resourceUsage().maxRSS / 1024;

  const walls = timed.map((entry) => entry.wallMs).sort((a, b) => a - b);
  const slowest = timed.reduce((worst, entry) => (entry.wallMs > worst.wallMs ? entry : worst));
  const slowestCpu = timed.reduce((worst, entry) => (entry.cpuMs > worst.cpuMs ? entry : worst));
  console.log(`fuzz: ${count} messages (seeds ${firstSeed}-${firstSeed + count - 1}, scale ${scale}), ${(totalBytes / MB).toFixed(0)} MB in all; node ${process.version}, --heap-growing-percent=${HEAP_GROWING_PERCENT}, load average ${loadavg().map((load) => load.toFixed(2)).join(' ')}`);
  console.log(`throughput  ${(count / (pathMs / 1000)).toFixed(1)} messages/s (${(pathMs / 1000).toFixed(1)} s in the path; ${(elapsed / 1000).toFixed(1)} s with waiting for the generator)`);
  console.log(`slowest     ${slowest.wallMs.toFixed(0)} ms wall (${slowest.cpuMs.toFixed(0)} ms CPU): ${describe(slowest)}   limit <= ${LIMIT_SLOWEST_MS} ms: ${verdict(slowest.wallMs <= LIMIT_SLOWEST_MS)}`);
  console.log(`most CPU    ${slowestCpu.cpuMs.toFixed(0)} ms CPU (${slowestCpu.wallMs.toFixed(0)} ms wall): ${describe(slowestCpu)}`);
  console.log(`p99         ${percentile(walls, 0.99).toFixed(0)} ms wall, p50 ${percentile(walls, 0.5).toFixed(1)} ms`);
  console.log(`peak RSS    ${rssMb.toFixed(0)} MB (process.resourceUsage().maxRSS), ${(rssMb - warmRssMb).toFixed(0)} MB over the ${warmRssMb.toFixed(0)} MB before the first message (${COMPILED ? 'compiled JS, as production runs it' : 'under tsx, which adds about 60 MB'}: modules and model; messages are built in a child)   limit <= ${LIMIT_RSS_MB} MB: ${verdict(rssMb <= LIMIT_RSS_MB)}; the CLI line below is a production process`);
  console.log(`crashes     ${crashes.length}   limit 0: ${verdict(crashes.length === 0)}`);
  console.log(`bounds      longest text ${bounds.text} (cap ${LIMITS.maxTextChars}), new text ${bounds.newText}, subject ${bounds.subject} (cap ${LIMITS.maxSubjectChars}), attachments ${bounds.attachments} (parts cap ${LIMITS.maxParts})`);
  console.log('outcomes');
  for (const [outcome, times] of [...outcomes].sort((a, b) => b[1] - a[1])) console.log(`  ${String(times).padStart(5)}  ${outcome}`);
  console.log('slowest per kind (wall)');
  const perKind = new Map<string, Timed>();
  for (const entry of timed) {
    const kind = entry.detail.split(' ')[0] ?? '';
    if ((perKind.get(kind)?.wallMs ?? -1) < entry.wallMs) perKind.set(kind, entry);
  }
  for (const [, entry] of [...perKind].sort((a, b) => b[1].wallMs - a[1].wallMs)) console.log(`  ${entry.wallMs.toFixed(0).padStart(6)} ms  ${describe(entry)}`);
  for (const crash of crashes.slice(0, 5)) console.log(`CRASH ${crash}`);
  return crashes.length === 0;
}

function build(): void {
  const result = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', path.join(ROOT, 'tsconfig.build.json')], { encoding: 'utf8' });
  if (result.status === 0) return;
  if (!existsSync(CLI)) throw new Error(`build failed:\n${result.stdout}`);
  console.warn('bench: tsc build failed; using the existing dist/ (may be stale)');
}

/** The issue's report: `classify` on 100 fuzzed files took up to 170 s. */
async function runCli(): Promise<void> {
  if (cliFiles <= 0) return;
  build();
  const dir = await mkdtemp(path.join(tmpdir(), 'bench-fuzz-'));
  try {
    const files: string[] = [];
    for (let seed = firstSeed; seed < firstSeed + cliFiles; seed += 1) {
      const file = path.join(dir, `fuzz-${seed}.eml`);
      await writeFile(file, hostileMail(seed, { scale }).raw);
      files.push(file);
    }
    const start = performance.now();
    // The CLI reports its own peak RSS on exit: the figure of a production process, without tsx.
    const rssProbe = `data:text/javascript,process.on('exit',()=>process.stderr.write('maxrss='+process.resourceUsage().maxRSS+'\\n'))`;
    const result = spawnSync(process.execPath, ['--import', rssProbe, CLI, 'classify', '--json', ...files], {
      encoding: 'utf8',
      maxBuffer: 256 * MB,
      env: { ...process.env, DATA_DIR: path.join(dir, 'data'), LOG_LEVEL: 'silent' },
    });
    const ms = performance.now() - start;
    const lines = result.stdout.trim().split('\n').filter(Boolean);
    const errors = lines.filter((line) => line.includes('"error"')).length;
    const rssMb = Number(/maxrss=(\d+)/.exec(result.stderr)?.[1] ?? Number.NaN) / 1024;
    console.log(`classify CLI: ${files.length} fuzzed files (seeds ${firstSeed}-${firstSeed + cliFiles - 1}) in ${(ms / 1000).toFixed(1)} s wall; ${lines.length - errors} verdicts, ${errors} set aside, exit ${result.status}${result.signal ? ` (${result.signal})` : ''}; peak RSS ${rssMb.toFixed(0)} MB   limit <= ${LIMIT_RSS_MB} MB: ${verdict(rssMb <= LIMIT_RSS_MB)}`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const clean = count > 0 ? await runPath() : true;
await runCli();
if (!clean) process.exitCode = 1;
