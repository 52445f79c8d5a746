/**
 * Triage benchmark (npm run bench:triage): CPU time of the offline rules, the learned model and both
 * together per message, over
 * (a) the hand-written fixtures, (b) synthetic realistic mail, (c) fuzzed hostile input.
 * Prints messages/s, mean and p99 CPU ms per message and the slowest message per group, the same
 * for MIME parsing (mailparser + quote stripping), and a trivial baseline loop's CPU time so
 * figures from different machines can be compared. BENCH_GROUPS picks groups, BENCH_SYNTHETIC sizes
 * the synthetic one. Asserts nothing.
 */
import { readdir, readFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import path from 'node:path';
import { triageMail } from '../src/core/triage/index.js';
import { triageOffline, type TriageMode } from '../src/core/triage/offline.js';
import { loadShippedModel } from '../src/io/triage-model.js';
import { parseMail } from '../src/io/mime.js';
import type { InboundMail } from '../src/types.js';
import { fuzzedMails, syntheticMails, type BenchMail } from './triage-mail.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const OPTIONS = { ownAddresses: ['privacy@clinic.example'] };
/** Each message runs until this much CPU is spent (at least once, at most MAX_RUNS), then the mean counts. */
const MIN_CPU_MS = 20;
const MAX_RUNS = 50;

function cpuMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

/** A fixed amount of plain work: how fast this machine is, right now. */
function baselineLoop(): number {
  const start = cpuMs();
  let sum = 0;
  for (let index = 0; index < 50_000_000; index += 1) sum = (sum + index * 31) % 1_000_003;
  const spent = cpuMs() - start;
  if (sum < 0) console.log(sum);
  return spent;
}

interface Measured {
  name: string;
  ms: number;
}

function measure(run: () => unknown): number {
  let runs = 0;
  const start = cpuMs();
  let spent = 0;
  do {
    run();
    runs += 1;
    spent = cpuMs() - start;
  } while (spent < MIN_CPU_MS && runs < MAX_RUNS);
  return spent / runs;
}

function percentile(sorted: readonly number[], share: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)] ?? 0;
}

function report(group: string, what: string, measured: readonly Measured[]): void {
  const times = measured.map((entry) => entry.ms).sort((a, b) => a - b);
  const total = times.reduce((sum, ms) => sum + ms, 0);
  const slowest = measured.reduce((worst, entry) => (entry.ms > worst.ms ? entry : worst));
  console.log(
    `${group.padEnd(10)} ${what.padEnd(7)} n=${String(measured.length).padStart(4)}  ${(measured.length / (total / 1000)).toFixed(0).padStart(7)} msg/s  ` +
      `mean ${(total / measured.length).toFixed(3).padStart(8)} ms  p99 ${percentile(times, 0.99).toFixed(3).padStart(8)} ms  ` +
      `max ${slowest.ms.toFixed(3).padStart(8)} ms (${slowest.name})`,
  );
}

async function fixtureMails(): Promise<BenchMail[]> {
  const dir = path.join(ROOT, 'test/fixtures/mail');
  const files = (await readdir(dir)).filter((file) => file.endsWith('.eml')).sort();
  return Promise.all(files.map(async (file) => ({ name: file, raw: await readFile(path.join(dir, file)) })));
}

async function parseAll(mails: readonly BenchMail[]): Promise<Array<{ name: string; mail: InboundMail; parseMs: number }>> {
  const parsed = [];
  for (const { name, raw } of mails) {
    // mailparser is asynchronous: the CPU clock of the whole process is what it costs.
    const start = cpuMs();
    const mail = await parseMail(raw, { maxBytes: 64 * 1024 * 1024 });
    parsed.push({ name, mail, parseMs: cpuMs() - start });
  }
  return parsed;
}

async function main(): Promise<void> {
  // BENCH_GROUPS=fixtures,synthetic leaves out the fuzzed group (for timing an older build, where it can take minutes).
  const wanted = new Set((process.env.BENCH_GROUPS ?? 'fixtures,synthetic,fuzzed').split(','));
  const groups: Array<[string, BenchMail[]]> = [];
  if (wanted.has('fixtures')) groups.push(['fixtures', await fixtureMails()]);
  if (wanted.has('synthetic')) groups.push(['synthetic', await syntheticMails(Number(process.env.BENCH_SYNTHETIC ?? 300))]);
  if (wanted.has('fuzzed')) groups.push(['fuzzed', await fuzzedMails()]);
  const loadStart = cpuMs();
  const model = loadShippedModel();
  console.log(`learned model loaded in ${(cpuMs() - loadStart).toFixed(0)} ms CPU`);
  console.log(`node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'} x${cpus().length}`);
  const baseline = baselineLoop();
  console.log(`baseline loop (50M integer steps): ${baseline.toFixed(0)} ms CPU; per-message figures below divided by it give machine-independent ratios`);
  // Warm-up: compile patterns and let V8 optimise before anything is measured.
  const warm = await parseAll((await fixtureMails()).slice(0, 10));
  for (let round = 0; round < 20; round += 1) for (const { mail } of warm) triageMail(mail, OPTIONS);

  for (const [group, mails] of groups) {
    const parsed = await parseAll(mails);
    // V8 compiles a regex on its first use: steady-state figures come after one untimed pass.
    for (const { mail } of parsed) triageMail(mail, OPTIONS);
    const triage = parsed.map(({ name, mail }) => ({ name, ms: measure(() => triageMail(mail, OPTIONS)) }));
    report(group, 'rules', triage);
    for (const mode of ['learned', 'both'] as TriageMode[]) {
      const options = { ...OPTIONS, mode, model };
      for (const { mail } of parsed) triageOffline(mail, options);
      report(group, mode, parsed.map(({ name, mail }) => ({ name, ms: measure(() => triageOffline(mail, options)) })));
    }
    report(group, 'parse', parsed.map(({ name, parseMs }) => ({ name, ms: parseMs })));
  }
  console.log(`baseline loop again: ${baselineLoop().toFixed(0)} ms CPU`);
}

await main();
