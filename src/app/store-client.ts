import type { MessagePort } from 'node:worker_threads';
import type { DbData, Store, StoreChange, StoreLookup, StoreSlice } from '../types.js';

export type StoreRequest =
  | { type: 'store:read'; id: number }
  | { type: 'store:apply'; id: number; changes: StoreChange[] }
  | { type: 'store:lookup'; id: number; keys: StoreLookup }
  | { type: 'store:expired'; id: number; closedBefore: string; limit: number };
export type StoreResponse = { type: 'store:result'; id: number; data?: DbData | StoreSlice; error?: string };

export function isStoreRequest(message: unknown): message is StoreRequest {
  const type = (message as { type?: unknown } | null)?.type;
  return type === 'store:read' || type === 'store:apply' || type === 'store:lookup' || type === 'store:expired';
}

/**
 * The store as seen from a bree worker: every read and write goes to the main thread, which owns
 * the only lowdb instance (two writers on one file lose updates; see docs/style.md section 6).
 */
export function createStoreClient(port: MessagePort): Store {
  let nextId = 1;
  const waiting = new Map<number, { resolve: (data: DbData | StoreSlice | undefined) => void; reject: (error: Error) => void }>();
  port.on('message', (message: unknown) => {
    const response = message as StoreResponse;
    if (response?.type !== 'store:result') return;
    const pending = waiting.get(response.id);
    if (!pending) return;
    waiting.delete(response.id);
    if (response.error) pending.reject(new Error(response.error));
    else pending.resolve(response.data);
  });
  const call = (request: StoreRequest): Promise<DbData | StoreSlice | undefined> =>
    new Promise((resolve, reject) => {
      waiting.set(request.id, { resolve, reject });
      port.postMessage(request);
    });
  return {
    async read() {
      const data = await call({ type: 'store:read', id: nextId++ });
      if (!data) throw new Error('store:read returned nothing');
      return data as DbData;
    },
    // Only the records asked for cross the thread boundary, never the archive.
    async lookup(keys) {
      const slice = await call({ type: 'store:lookup', id: nextId++, keys });
      return (slice as StoreSlice | undefined) ?? { cases: {}, messages: {}, outbox: {} };
    },
    async expired(closedBefore, limit) {
      const slice = await call({ type: 'store:expired', id: nextId++, closedBefore, limit });
      return (slice as StoreSlice | undefined) ?? { cases: {}, messages: {}, outbox: {} };
    },
    async apply(changes) {
      await call({ type: 'store:apply', id: nextId++, changes });
    },
  };
}

/** Main-thread side: answers one worker request against the real store. */
export async function answerStoreRequest(store: Store, request: StoreRequest): Promise<StoreResponse> {
  try {
    if (request.type === 'store:read') return { type: 'store:result', id: request.id, data: await store.read() };
    if (request.type === 'store:expired') return { type: 'store:result', id: request.id, data: store.expired ? await store.expired(request.closedBefore, request.limit) : { cases: {}, messages: {}, outbox: {} } };
    if (request.type === 'store:lookup') return { type: 'store:result', id: request.id, data: store.lookup ? await store.lookup(request.keys) : { cases: {}, messages: {}, outbox: {} } };
    await store.apply(request.changes);
    return { type: 'store:result', id: request.id };
  } catch (error) {
    return { type: 'store:result', id: request.id, error: error instanceof Error ? error.message : String(error) };
  }
}
