import { mkdir, mkdtemp, readdir, rename, writeFile } from 'node:fs/promises';
import http from 'node:http';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { readJobRecord } from '../../src/io/job-status.js';
import { buildMail } from '../support/build-mail.js';
import { runCli, startCli } from '../support/cli.js';

async function waitFor<T>(probe: () => Promise<T | undefined>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function get(port: number, route: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port, path: route }, (response) => {
        let body = '';
        response.on('data', (chunk: Buffer) => (body += chunk.toString()));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
      })
      .on('error', reject);
  });
}

it('status exits 1 and says why on a data directory no service ever ran on', async () => {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'pi-status-cli-'));
  const result = await runCli(['status'], { DATA_DIR: dataDir });
  expect(result.code).toBe(1);
  expect(result.stdout).toContain('privacy-inbox: UNHEALTHY');
  expect(result.stdout).toMatch(/POLL_STALE +poll-inbox has never finished a run/);
  // Read-only: not even the Maildir is created.
  expect(await readdir(dataDir)).toEqual([]);
}, 60_000);

it('start records its jobs: status --json reports the poll that answered a dropped request, /health and /metrics agree', async () => {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'pi-status-start-'));
  const port = await freePort();
  const env = { DATA_DIR: dataDir, PRIVACY_ADDRESS: 'privacy@example.test', POLL_INTERVAL: '3s', HEALTH_PORT: String(port) };
  const { child, output, exited } = startCli(['start'], env);
  try {
    await waitFor(async () => (output.stdout.includes('The mailbox is empty') ? true : undefined), 30_000);
    const maildir = path.join(dataDir, 'maildir');
    await mkdir(path.join(maildir, 'tmp'), { recursive: true });
    await writeFile(path.join(maildir, 'tmp', '1.req.host'), buildMail({ subject: 'Delete my data', body: 'Please delete all personal data you hold about me.', messageId: 'status-1@example.net' }));
    await rename(path.join(maildir, 'tmp', '1.req.host'), path.join(maildir, 'new', '1.req.host'));
    await waitFor(async () => ((await readdir(path.join(dataDir, 'outbox')).catch(() => [])).length > 0 ? true : undefined), 30_000);
    // The pass that answered it is recorded when its job run ends (about one POLL_INTERVAL).
    const poll = await waitFor(async () => {
      const record = await readJobRecord(dataDir, 'poll-inbox');
      return record && (record.lastCounts['send.sent'] ?? 0) + (record.lastCounts.newCases ?? 0) > 0 ? record : undefined;
    }, 30_000);
    await waitFor(async () => ((await readJobRecord(dataDir, 'check-deadlines'))?.lastSuccessAt ? true : undefined), 30_000);

    const result = await runCli(['status', '--json'], env);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({ healthy: true, problems: [], mailbox: { kind: 'maildir', count: 0 }, cases: { open: 1 } });
    expect(Date.parse(report.jobs['poll-inbox'].lastSuccessAt)).toBeGreaterThanOrEqual(Date.parse(poll.lastSuccessAt as string));
    expect(result.stdout).not.toContain('@example.net');

    const health = await get(port, '/health');
    expect(health.status).toBe(200);
    expect(JSON.parse(health.body)).toMatchObject({ healthy: true, cases: { open: 1 } });
    const metrics = await get(port, '/metrics');
    expect(metrics.body).toMatch(/^privacy_inbox_healthy 1$/m);
    expect(metrics.body).toMatch(/^privacy_inbox_job_last_success_timestamp_seconds\{job="poll-inbox"\} \d+/m);
  } finally {
    child.kill('SIGTERM');
  }
  expect((await exited).code).toBe(0);
  // The endpoint is gone with the service.
  await expect(get(port, '/health')).rejects.toThrow(/ECONNREFUSED/);
}, 150_000);
