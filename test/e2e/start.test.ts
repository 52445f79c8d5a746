import { spawn } from 'node:child_process';
import { access, mkdtemp, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireDataDirLock } from '../../src/io/lock.js';
import { buildMail } from '../support/build-mail.js';
import { runCli, startCli } from '../support/cli.js';

/**
 * Waits for a condition by polling, never for a fixed time: on a loaded CI machine a start can take
 * many seconds, so the only limit is the test's own timeout.
 */
async function waitFor<T>(probe: () => Promise<T | undefined> | T | undefined): Promise<T> {
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Whether some process holds the data-dir lock: a lock generation not marked released (docs/data-dir-lock.md). */
async function lockHeld(dataDir: string): Promise<boolean> {
  const names = (await readdir(dataDir).catch(() => [] as string[])).filter((name) => /^privacy-inbox\.lock\.\d+$/.test(name));
  for (const name of names) {
    const record = JSON.parse(await readFile(path.join(dataDir, name), 'utf8').catch(() => '{}')) as { state?: string };
    if (record.state !== 'released') return true;
  }
  return false;
}

async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}

/** The pid the service prints once it runs ("Running (pid N); ..."). */
function runningPid(stdout: string): number | undefined {
  const match = /Running \(pid (\d+)\)/.exec(stdout);
  return match ? Number(match[1]) : undefined;
}

describe('start', () => {
  it('answers mail dropped into the Maildir, and SIGTERM to node stops it cleanly', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'pi-start-'));
    const { child, output, exited } = startCli(['start'], { DATA_DIR: dataDir, PRIVACY_ADDRESS: 'privacy@example.test', POLL_INTERVAL: '3s' });
    try {
      await waitFor(() => runningPid(output.stdout));
      expect(output.stdout).toContain('The mailbox is empty');
      const maildir = path.join(dataDir, 'maildir');
      await writeFile(path.join(maildir, 'tmp', '1.req.host'), buildMail({ subject: 'Do not sell my personal information', body: 'Please opt me out of any sale or sharing.', messageId: 'start-1@example.net' }));
      await rename(path.join(maildir, 'tmp', '1.req.host'), path.join(maildir, 'new', '1.req.host'));

      const files = await waitFor(async () => {
        const names = await readdir(path.join(dataDir, 'outbox')).catch(() => []);
        return names.length > 0 ? names : undefined;
      });
      expect(files).toHaveLength(1);

      child.kill('SIGTERM');
      expect((await exited).code).toBe(0);
      expect(output.stderr).not.toMatch(/"level":(50|60)/);
      expect(await lockHeld(dataDir)).toBe(false);
    } finally {
      child.kill('SIGKILL');
    }
  });

  it('npm start: SIGTERM to the npm process stops node too, and releases the lock', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'pi-npm-start-'));
    // The documented service command through npm, as `kill`, a container or systemd would stop it.
    const npm = spawn('npm', ['start'], {
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? tmpdir(), npm_config_update_notifier: 'false', DATA_DIR: dataDir, POLL_INTERVAL: '1h', LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const output = { stdout: '', stderr: '' };
    npm.stdout.on('data', (chunk: Buffer) => (output.stdout += chunk.toString()));
    npm.stderr.on('data', (chunk: Buffer) => (output.stderr += chunk.toString()));
    // 'exit', not 'close': an orphaned node would keep the pipes open, and the test would hang instead of failing.
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => npm.on('exit', (code, signal) => resolve({ code, signal })));
    let nodePid: number | undefined;
    try {
      nodePid = await waitFor(() => runningPid(output.stdout));
      expect(nodePid).not.toBe(npm.pid);
      expect(await lockHeld(dataDir)).toBe(true);

      npm.kill('SIGTERM');
      expect(await exited).toEqual({ code: 0, signal: null });
      // npm waits for its child, so node is gone by now: not orphaned, not holding the lock.
      expect(isRunning(nodePid)).toBe(false);
      expect(await lockHeld(dataDir)).toBe(false);
      expect(output.stderr).not.toMatch(/"level":(50|60)/);
    } finally {
      npm.kill('SIGKILL');
      if (nodePid && isRunning(nodePid)) process.kill(nodePid, 'SIGKILL');
    }
  });

  it('a configuration error exits 78 before anything is created', async () => {
    const dataDir = path.join(await mkdtemp(path.join(tmpdir(), 'pi-start-bad-')), 'data');
    const result = await runCli(['start'], { DATA_DIR: dataDir, POLL_INTERVAL: '60', DIGEST_CRON: '61 25 * * 9' });
    expect(result.code).toBe(78);
    expect(result.stderr).toContain('POLL_INTERVAL: "60" has no unit; add a unit: 60s');
    expect(result.stderr).toContain('DIGEST_CRON: "61 25 * * 9" is not a usable 5-field cron');
    expect(await exists(dataDir)).toBe(false);
  });

  it('a start that fails after taking the lock releases it; a data directory in use is refused (exit 3)', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'pi-start-fail-'));
    await writeFile(path.join(dataDir, 'db.json'), '{"version":1,"cases":');
    const corrupt = await runCli(['start'], { DATA_DIR: dataDir });
    expect(corrupt.code).toBe(1);
    expect(corrupt.stderr).toMatch(/STORE_CORRUPT/);
    expect(await lockHeld(dataDir)).toBe(false);

    const busyDir = await mkdtemp(path.join(tmpdir(), 'pi-start-busy-'));
    // A live process (this test runner) holds the lock.
    const release = await acquireDataDirLock(busyDir);
    try {
      const busy = await runCli(['run-once'], { DATA_DIR: busyDir });
      expect(busy.code).toBe(3);
      expect(busy.stderr).toMatch(/STORE_LOCKED/);
    } finally {
      await release();
    }
  });
});
