import type { Logger } from 'pino';
import type { Config } from '../config.js';
import { acquireDataDirLock } from '../io/lock.js';
import { eachCaseByMonth, openFileStore, openStoreCopy, readCases, readMessagesSince, readStoreSnapshot, readStoreView, readWorkingCases } from '../io/store.js';
import type { CaseRecord, DbData, Store } from '../types.js';

/*
 * Which store a command gets, by STORE_URL: DATA_DIR/db.json under the data-dir lock, or PostgreSQL
 * under leadership (src/io/pg-leader.ts). The pg modules load only when STORE_URL is set.
 */

export interface WriterStore {
  store: Store;
  /** Closes the store and gives up the lock or leadership. */
  release(): Promise<void>;
  /** PostgreSQL only: resolves if leadership is lost; the process must stop working at once. */
  lost?: Promise<Error>;
  /** PostgreSQL only: the fencing epoch of this leadership. */
  epoch?: number;
}

export interface WriterOptions {
  /** PostgreSQL only: wait as a standby while another process leads ('start'); otherwise refuse with STORE_LOCKED. */
  standby?: boolean;
  logger?: Logger;
  /** Called once if this process waits as a standby. */
  onStandby?: () => void;
  /** Ends a standby's wait. */
  signal?: AbortSignal;
}

/**
 * The one writable store of this process, with the lock that makes it the only writer: the data-dir
 * lock for the file store, leadership for PostgreSQL. With DRY_RUN an in-memory copy and no lock.
 */
export async function openWriterStore(config: Config, options: WriterOptions = {}): Promise<WriterStore> {
  if (config.dryRun) return { store: await openStoreCopyFor(config), release: async () => undefined };
  if (!config.storeUrl) {
    const unlock = await acquireDataDirLock(config.dataDir);
    try {
      const store = await openFileStore(config.dataDir);
      return {
        store,
        // Closing folds the journal into db.json, so the next process starts from one file.
        async release() {
          try {
            await store.close();
          } finally {
            await unlock();
          }
        },
      };
    } catch (error) {
      await unlock();
      throw error;
    }
  }
  const [{ acquireLeadership }, { openPgStore }] = await Promise.all([import('../io/pg-leader.js'), import('../io/pg-store.js')]);
  const session = await acquireLeadership(config.storeUrl, {
    wait: options.standby === true,
    ...(options.signal ? { signal: options.signal } : {}),
    onStandby: (holder) => {
      options.logger?.info({ leaderPid: holder?.pid ?? null, leaderHost: holder?.hostname ?? null, leaderSince: holder?.since ?? null }, 'standby: another process leads the store; waiting to take over');
      options.onStandby?.();
    },
  });
  try {
    const store = await openPgStore({ url: config.storeUrl, client: session.client });
    options.logger?.info({ epoch: session.epoch }, 'leading the store');
    return {
      store,
      epoch: session.epoch,
      lost: session.lost,
      async release() {
        await store.close();
        await session.release();
      },
    };
  } catch (error) {
    await session.release();
    throw error;
  }
}

/** The whole store as it is now, opened for nothing: status (and the file store's copy for nothing but small stores). */
export async function readStore(config: Config): Promise<DbData> {
  if (!config.storeUrl) return readStoreSnapshot(config.dataDir);
  const { readPgSnapshot } = await import('../io/pg-store.js');
  return readPgSnapshot(config.storeUrl);
}

/*
 * The readers below give each command what it needs, so these commands do not grow with the
 * archive: the file store reads its working set and only the part of the archive asked for (or
 * streams it a month at a time); PostgreSQL answers the same questions with indexed queries on one
 * snapshot (src/io/pg-read.ts).
 */

async function readPgWith<T>(config: Config & { storeUrl: string }, work: (reader: import('../io/pg-read.js').PgReader) => Promise<T>): Promise<T> {
  const { readPg } = await import('../io/pg-store.js');
  return readPg(config.storeUrl, work);
}

const withUrl = (config: Config): (Config & { storeUrl: string }) | null => (config.storeUrl ? (config as Config & { storeUrl: string }) : null);

/** The working set, as the service's jobs see it (deps.store.read()): the digest preview. */
export async function readWorkingSet(config: Config): Promise<DbData> {
  const pg = withUrl(config);
  return pg ? readPgWith(pg, (reader) => reader.workingSet()) : readStoreView(config.dataDir);
}

/** The working set plus the (archived) cases `caseIds` name, with their messages and mail: show and clock. */
export async function readCasesFor(config: Config, caseIds: string[]): Promise<DbData> {
  const pg = withUrl(config);
  return pg ? readPgWith(pg, (reader) => reader.withCases(caseIds)) : readCases(config.dataDir, caseIds);
}

/** At least every open case and every case closed in the last two weeks (the file store's working set): `list`. */
export async function readRecentCasesFor(config: Config): Promise<Pick<DbData, 'cases'>> {
  const pg = withUrl(config);
  return pg ? readPgWith(pg, (reader) => reader.workingSet()) : readWorkingCases(config.dataDir);
}

/** The messages received since `since` (and the working set's): `list --passed-over`. */
export async function readMessagesSinceFor(config: Config, since: string): Promise<DbData> {
  const pg = withUrl(config);
  return pg ? readPgWith(pg, (reader) => reader.messagesSince(since)) : readMessagesSince(config.dataDir, since);
}

/**
/**
 * Every case, a month of receipt at a time in receipt order (then id): list --all, metrics and
 * export. `months` limits the months of receipt (YYYY-MM, UTC) a store needs to read. Returns the
 * working set (for its purge log).
 */
export async function eachCaseByMonthFor(config: Config, each: (cases: CaseRecord[], month: number, months: number) => void | Promise<void>, months?: (month: string) => boolean): Promise<DbData> {
  const pg = withUrl(config);
  if (!pg) return eachCaseByMonth(config.dataDir, each, months);
  const wanted = months;
  return readPgWith(pg, (reader) =>
    reader.eachCaseByMonth(wanted ? (cases, month, count) => each(cases.filter((record) => wanted(record.receivedAt.slice(0, 7))), month, count) : each),
  );
}

/** The store as it is now, in memory: changes apply to the copy and are never written (the dry run). */
export async function openStoreCopyFor(config: Config): Promise<Store> {
  if (!config.storeUrl) return openStoreCopy(config.dataDir);
  const { openPgStoreCopy } = await import('../io/pg-store.js');
  return openPgStoreCopy(config.storeUrl);
}
