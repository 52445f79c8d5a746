import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import path from 'node:path';

export const CLI = path.resolve('dist/src/cli.js');

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface RunningCli {
  child: ChildProcessWithoutNullStreams;
  /** Everything printed so far; grows while the process runs. */
  output: { stdout: string; stderr: string };
  /** Resolves when the process has exited and its output is complete. */
  exited: Promise<CliResult>;
}

/** Starts the built CLI as a real child process (the way a shell, cron or systemd would). */
export function startCli(args: string[], env: Record<string, string>): RunningCli {
  const child = spawn(process.execPath, [CLI, ...args], {
    // READ_WORKERS passes through, so `READ_WORKERS=1 npx vitest run test/e2e` reads every pass's mail on a worker thread.
    env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'warn', ...(process.env.READ_WORKERS ? { READ_WORKERS: process.env.READ_WORKERS } : {}), ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  child.stdin.end();
  const output = { stdout: '', stderr: '' };
  child.stdout.on('data', (chunk: Buffer) => (output.stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output.stderr += chunk.toString()));
  const exited = new Promise<CliResult>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, ...output }));
  });
  return { child, output, exited };
}

/** Runs the built CLI to completion; kills it after `timeoutMs`. */
export async function runCli(args: string[], env: Record<string, string>, timeoutMs = 60_000): Promise<CliResult> {
  const running = startCli(args, env);
  const timer = setTimeout(() => running.child.kill('SIGKILL'), timeoutMs);
  try {
    return await running.exited;
  } finally {
    clearTimeout(timer);
  }
}
