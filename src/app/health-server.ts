import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import type { Config } from '../config.js';
import { BotError } from '../errors.js';
import { localYear } from '../core/case-id.js';
import type { MailboxBacklog, StatusReport } from '../core/health.js';
import { statusMetrics } from '../core/health-metrics.js';
import { computeMetrics } from '../core/metrics.js';
import { formatPrometheus, PROMETHEUS_CONTENT_TYPE } from '../core/prometheus.js';
import type { Store } from '../types.js';
import { backlogCounter, gatherStatus } from './status.js';

/**
 * Only on loopback: the report names case ids and error texts, and nothing here authenticates. A
 * scraper on the same host (or a reverse proxy with its own access control) reaches it.
 */
export const HEALTH_HOST = '127.0.0.1';

/** A scrape every few seconds must not log in to IMAP every few seconds: the count is reused this long. */
export const BACKLOG_TTL_MS = 30_000;

export interface HealthServer {
  port: number;
  close(): Promise<void>;
}

export interface HealthEndpoints {
  /** The status report (`status --json`); 200 when healthy, 503 when not. */
  health(): Promise<StatusReport>;
  /** Prometheus text. */
  metrics(): Promise<string>;
}

function send(response: ServerResponse, status: number, type: string, body: string, head: boolean): void {
  response.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', 'Content-Length': Buffer.byteLength(body) });
  response.end(head ? undefined : body);
}

/** Serves GET /health and GET /metrics on 127.0.0.1:`port` (0 picks a free port, for tests). */
export async function startHealthServer(port: number, endpoints: HealthEndpoints, logger: Logger): Promise<HealthServer> {
  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const head = request.method === 'HEAD';
    if (request.method !== 'GET' && !head) {
      response.setHeader('Allow', 'GET, HEAD');
      send(response, 405, 'text/plain; charset=utf-8', 'method not allowed\n', false);
      return;
    }
    const route = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (route === '/health') {
      const report = await endpoints.health();
      send(response, report.healthy ? 200 : 503, 'application/json; charset=utf-8', `${JSON.stringify(report, null, 2)}\n`, head);
    } else if (route === '/metrics') {
      send(response, 200, PROMETHEUS_CONTENT_TYPE, await endpoints.metrics(), head);
    } else {
      send(response, 404, 'text/plain; charset=utf-8', 'not found: try /health or /metrics\n', head);
    }
  };
  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      logger.error({ err: { message: error instanceof Error ? error.message : String(error) } }, 'health endpoint failed');
      if (!response.headersSent) send(response, 500, 'text/plain; charset=utf-8', 'status unavailable\n', false);
      else response.destroy();
    });
  });
  // A scraper that keeps its connection open must not hold up a clean stop.
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, HEALTH_HOST, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const bound = (server.address() as AddressInfo).port;
  logger.info({ host: HEALTH_HOST, port: bound }, 'health endpoints listening');
  return {
    port: bound,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** Reuses one mailbox count for `ttlMs`; concurrent callers share the count in flight. */
export function cachedBacklog(count: () => Promise<MailboxBacklog>, ttlMs: number, clock: () => number = Date.now): () => Promise<MailboxBacklog> {
  let last: { at: number; value: Promise<MailboxBacklog> } | null = null;
  return () => {
    const now = clock();
    if (!last || now - last.at >= ttlMs) last = { at: now, value: count() };
    return last.value;
  };
}

/**
 * The endpoints of the running service: the main thread's store (the one writer, read here as a
 * snapshot), the jobs' status files, and a cached mailbox count.
 */
export function serviceEndpoints(config: Config, store: Pick<Store, 'read'>, now: () => string): HealthEndpoints {
  const countBacklog = cachedBacklog(backlogCounter(config), BACKLOG_TTL_MS);
  const collect = async (): Promise<{ report: StatusReport; requests: ReturnType<typeof computeMetrics> }> => {
    const at = now();
    const db = await store.read();
    const report = await gatherStatus(config, at, { readDb: async () => db, countBacklog });
    return { report, requests: computeMetrics(db, localYear(at, config.timezone), config.timezone) };
  };
  return {
    health: async () => (await collect()).report,
    async metrics() {
      const { report, requests } = await collect();
      return formatPrometheus(statusMetrics(report, requests));
    },
  };
}

/** HEALTH_PORT for `start`: a port that cannot be bound is a configuration error (exit 78), named as such. */
export async function startServiceHealth(config: Config, store: Pick<Store, 'read'>, logger: Logger): Promise<HealthServer | null> {
  if (config.healthPort === null) return null;
  try {
    return await startHealthServer(config.healthPort, serviceEndpoints(config, store, () => config.fixedNow ?? new Date().toISOString()), logger);
  } catch (cause) {
    const code = (cause as { code?: unknown }).code;
    throw new BotError('CONFIG_INVALID', `HEALTH_PORT: cannot listen on ${HEALTH_HOST}:${config.healthPort} (${typeof code === 'string' ? code : String(cause)}); choose another port or unset it`, { cause });
  }
}
