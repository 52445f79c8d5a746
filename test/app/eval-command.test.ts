import type { TriageMode } from '../../src/core/triage/modes.js';
import { rm } from 'node:fs/promises';
import { Command, CommanderError } from 'commander';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { registerEvalCommand } from '../../src/app/eval-command.js';
import { fakeClassifier, writeCorpus } from './eval-fixture.js';

let corpus: string;
beforeAll(async () => {
  corpus = await writeCorpus();
});
afterAll(async () => {
  await rm(corpus, { recursive: true, force: true });
});
afterEach(() => {
  process.exitCode = undefined;
  vi.restoreAllMocks();
});

/** Runs `eval ARGS` through commander with a fake classifier; returns stdout, stderr and the modes asked for. */
async function runEvalCommand(args: string[]): Promise<{ stdout: string; stderr: string; modes: TriageMode[] }> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => stdout.push(String(chunk)) > 0);
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => stderr.push(String(chunk)) > 0);
  const modes: TriageMode[] = [];
  const program = new Command('privacy-inbox').exitOverride();
  registerEvalCommand(program, (mode) => {
    modes.push(mode);
    return fakeClassifier();
  });
  try {
    await program.parseAsync(['eval', ...args], { from: 'user' });
  } finally {
    vi.restoreAllMocks();
  }
  return { stdout: stdout.join(''), stderr: stderr.join(''), modes };
}

async function usageErrorOf(args: string[]): Promise<CommanderError> {
  const error = await runEvalCommand(args).then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(CommanderError);
  return error as CommanderError;
}

describe('privacy-inbox eval options', () => {
  it('defaults to --model both, --split all and 50 mistakes, and --json carries every section', async () => {
    const { stdout, modes } = await runEvalCommand([corpus, '--json']);
    expect(modes).toEqual(['both']);
    const report = JSON.parse(stdout) as Record<string, unknown>;
    expect(report).toMatchObject({ model: 'both', split: 'all', styleFilter: [], messages: 6, mistakeCount: 2 });
    for (const key of ['perClass', 'perLanguage', 'perStyle', 'hardPart', 'confusion', 'automated', 'speed', 'mistakes']) expect(report).toHaveProperty(key);
    expect(report.hardPart).toMatchObject({ hard: { messages: 3 }, rest: { messages: 3 } });
  });

  it('passes --model to the classifier factory and applies --split, --style and --mistakes', async () => {
    const { stdout, modes } = await runEvalCommand([corpus, '--model', 'learned', '--split', 'train', '--style', 'rambling', '--style', 'phone,formal', '--mistakes', '1', '--json']);
    expect(modes).toEqual(['learned']);
    const report = JSON.parse(stdout) as { split: string; styleFilter: string[]; messages: number; mistakeCount: number; mistakes: { id: string }[] };
    expect(report).toMatchObject({ split: 'train', styleFilter: ['rambling', 'phone', 'formal'], messages: 3, mistakeCount: 2 });
    expect(report.mistakes.map((mistake) => mistake.id)).toEqual(['en-3']);
  });

  it('takes several targets', async () => {
    const { stdout } = await runEvalCommand([`${corpus}/a.txt`, `${corpus}/b.txt`, '--split', 'heldout']);
    expect(stdout).toMatch(/^Evaluated 2 messages from .*a\.txt, .*b\.txt \(model both, split heldout\)/);
  });

  it.each([
    [['--split', 'bogus'], /--split.*bogus.*Allowed choices are train, heldout, all/],
    [['--model', 'gpt'], /--model.*Allowed choices are rules, learned, both/],
    [['--mistakes', '-1'], /--mistakes.*whole number/],
    [['--mistakes', 'many'], /--mistakes.*whole number/],
    [['--fail-under', 'high'], /--fail-under.*number/],
  ])('refuses %j as a usage error (exit 2)', async (args, message) => {
    const error = await usageErrorOf([corpus, ...args]);
    expect(error.exitCode).toBe(2);
    expect(error.message).toMatch(message);
  });

  it('exits 1 under --fail-under and 0 above it', async () => {
    // Fixture macro-F1 over seven classes: about 0.76.
    const below = await runEvalCommand([corpus, '--fail-under', '0.9']);
    expect(process.exitCode).toBe(1);
    expect(below.stderr).toMatch(/macro-F1 0\.762 is below 0\.9/);
    process.exitCode = undefined;
    await runEvalCommand([corpus, '--fail-under', '0.7']);
    expect(process.exitCode).toBeUndefined();
  });
});
