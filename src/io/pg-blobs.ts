import type pg from 'pg';
import { rawMessagePath, readRawMessage, type RawMailStore } from './blobs.js';
import { describeStoreUrl, mapPgError } from './pg-errors.js';
import { connectPg } from './pg-store.js';

/** A copy only ever lives under messages/, whatever a record says (the same rule as the files). */
function isMessagePath(relative: string): boolean {
  return /^messages\/[0-9a-f]{64}\.eml$/.test(relative);
}

/**
 * Raw inbound mail in the PostgreSQL store (table raw_messages), for STORE_URL: every process sharing
 * the store reads what any of them received. A copy saved to DATA_DIR/messages before the switch is
 * still found there. Connects on first use; `close` ends the connection. Saves are idempotent (the
 * path is a hash of the message key, the bytes the same), so they need no leadership.
 */
export function createPgRawMailStore(url: string, dataDir: string): RawMailStore {
  const where = describeStoreUrl(url);
  let client: Promise<pg.Client> | null = null;
  const connect = (): Promise<pg.Client> => (client ??= connectPg(url, 'privacy-inbox raw mail'));
  const run = async <T extends pg.QueryResultRow>(action: string, sql: string, params: unknown[]): Promise<pg.QueryResult<T>> => {
    try {
      return await (await connect()).query<T>(sql, params);
    } catch (error) {
      throw mapPgError(error, where, action);
    }
  };
  return {
    async save(key, raw) {
      const relative = rawMessagePath(key).split('\\').join('/');
      await run('saving raw mail', 'INSERT INTO raw_messages (path, raw) VALUES ($1, $2) ON CONFLICT (path) DO NOTHING', [relative, raw]);
      return relative;
    },
    async read(relative) {
      if (isMessagePath(relative)) {
        const result = await run<{ raw: Buffer }>('reading raw mail', 'SELECT raw FROM raw_messages WHERE path = $1', [relative]);
        if (result.rows[0]) return result.rows[0].raw;
      }
      // Not in the store: a copy kept on disk before STORE_URL was set (ENOENT when there is none).
      return readRawMessage(dataDir, relative);
    },
    async remove(relative) {
      if (!isMessagePath(relative)) return false;
      await run('deleting raw mail', 'DELETE FROM raw_messages WHERE path = $1', [relative]);
      return true;
    },
    async close() {
      const opened = client;
      client = null;
      if (opened) await (await opened.catch(() => null))?.end().catch(() => undefined);
    },
  };
}
