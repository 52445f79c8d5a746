import type { Config } from '../config.js';
import { createRawMailStore, type RawMailStore } from '../io/blobs.js';

/** Raw inbound mail: DATA_DIR/messages, or the PostgreSQL store with STORE_URL (every machine sharing it reads it). */
export async function createRawMail(config: Config): Promise<RawMailStore> {
  if (!config.storeUrl) return createRawMailStore(config.dataDir);
  const { createPgRawMailStore } = await import('../io/pg-blobs.js');
  return createPgRawMailStore(config.storeUrl, config.dataDir);
}
