import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import http from 'node:http';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cachedBacklog, serviceEndpoints, startHealthServer, startServiceHealth, type HealthServer } from '../../src/app/health-server.js';
import { recordJobRun } from '../../src/app/job-recorder.js';
import { loadConfig, type Config } from '../../src/config.js';
import type { MailboxBacklog } from '../../src/core/health.js';
import { BotError } from '../../src/errors.js';
import { openFileStore } from '../../src/io/store.js';

const silent = pino({ level: 'silent' });
const NOW = '2026-03-02T17:30:00.000Z';
let dataDir: string;
let config: Config;
let server: HealthServer | null = null;

beforeEach(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'pi-health-'));
  config = loadConfig({ DATA_DIR: dataDir, TEAM_ADDRESSES: 'dpo@example.test', PRIVACY_INBOX_NOW: NOW });
  await mkdir(path.join(dataDir, 'maildir', 'new'), { recursive: true });
});

afterEach(async () => {
  await server?.close();
  server = null;
  await rm(dataDir, { recursive: true, force: true });
});

/** One real HTTP request over loopback. */
function request(port: number, route: string, method = 'GET'): Promise<{ status: number; type: string; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: route, method }, (response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString()));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, type: String(response.headers['content-type']), body }));
    });
    req.on('error', reject);
    req.end();
  });
}

async function startFor(): Promise<HealthServer> {
  const store = await openFileStore(dataDir);
  server = await startHealthServer(0, serviceEndpoints(config, store, () => NOW), silent);
  return server;
}

describe('HEALTH_PORT endpoints over real HTTP', () => {
  it('/health answers 503 with the report until the jobs have run, then 200; /metrics in Prometheus text', async () => {
    const { port } = await startFor();
    const down = await request(port, '/health');
    expect(down.status).toBe(503);
    expect(down.type).toMatch(/^application\/json/);
    expect(JSON.parse(down.body)).toMatchObject({ healthy: false, problems: [{ code: 'POLL_STALE' }, { code: 'DEADLINES_STALE' }] });

    await recordJobRun({ dataDir, job: 'poll-inbox', now: () => NOW, logger: silent }, async () => ({ listed: 0 }));
    await recordJobRun({ dataDir, job: 'check-deadlines', now: () => NOW, logger: silent }, async () => ({}));
    const up = await request(port, '/health');
    expect(up.status).toBe(200);
    expect(JSON.parse(up.body)).toMatchObject({ healthy: true, mailbox: { kind: 'maildir', count: 0 } });

    const metrics = await request(port, '/metrics');
    expect(metrics.status).toBe(200);
    expect(metrics.type).toBe('text/plain; version=0.0.4; charset=utf-8');
    expect(metrics.body.split('\n')).toEqual(expect.arrayContaining(['privacy_inbox_healthy 1', '# TYPE privacy_inbox_open_cases gauge', 'privacy_inbox_open_cases 0']));
  });

  it('answers HEAD without a body, 404 elsewhere and 405 to other methods', async () => {
    const { port } = await startFor();
    expect(await request(port, '/health', 'HEAD')).toMatchObject({ status: 503, body: '' });
    expect((await request(port, '/')).status).toBe(404);
    expect((await request(port, '/health', 'POST')).status).toBe(405);
  });

  it('listens on 127.0.0.1 only: another address of this host is refused', async () => {
    const { port } = await startFor();
    // 127.0.0.2 reaches this host over loopback too (127.0.0.0/8), but only a wildcard bind answers there.
    await expect(
      new Promise((resolve, reject) => {
        const socket = net.connect(port, '127.0.0.2', () => resolve(socket.end()));
        socket.on('error', reject);
      }),
    ).rejects.toThrow(/ECONNREFUSED/);
  });

  it('turns a port already in use into a configuration error (exit 78), naming HEALTH_PORT', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    try {
      const port = (blocker.address() as net.AddressInfo).port;
      const taken = loadConfig({ DATA_DIR: dataDir, HEALTH_PORT: String(port) });
      const error = await startServiceHealth(taken, await openFileStore(dataDir), silent).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(BotError);
      expect(error).toMatchObject({ code: 'CONFIG_INVALID', message: expect.stringMatching(/HEALTH_PORT.*EADDRINUSE/) });
    } finally {
      blocker.close();
    }
  });

  it('rejects a HEALTH_PORT that is not a port', () => {
    expect(() => loadConfig({ HEALTH_PORT: '70000' })).toThrow(/HEALTH_PORT/);
    expect(loadConfig({}).healthPort).toBeNull();
  });
});

describe('cachedBacklog', () => {
  it('counts the mailbox once per TTL and shares a count in flight', async () => {
    let counts = 0;
    let time = 0;
    const count = async (): Promise<MailboxBacklog> => ({ kind: 'imap', count: ++counts, oldestArrivedAt: null, error: null });
    const cached = cachedBacklog(count, 30_000, () => time);
    const [a, b] = await Promise.all([cached(), cached()]);
    expect([a.count, b.count]).toEqual([1, 1]);
    time = 29_999;
    expect((await cached()).count).toBe(1);
    time = 30_000;
    expect((await cached()).count).toBe(2);
  });
});
