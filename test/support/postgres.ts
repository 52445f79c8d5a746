import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** Set by test/setup/postgres.ts (scripts/postgres/start.sh); unset with POSTGRES_SKIP=1. */
export const POSTGRES_URL = process.env.POSTGRES_URL ?? '';
export const hasPostgres = POSTGRES_URL !== '';

/** The URL of `database` on the test server. */
export function databaseUrl(database: string): string {
  const url = new URL(POSTGRES_URL);
  url.pathname = `/${database}`;
  return url.toString();
}

/** A new, empty database on the loopback test server; `drop` removes it (closing anything still connected). */
export async function createTestDatabase(prefix = 'pi'): Promise<{ url: string; name: string; drop(): Promise<void> }> {
  const name = `${prefix}_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: POSTGRES_URL });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  return {
    url: databaseUrl(name),
    name,
    async drop() {
      const client = new pg.Client({ connectionString: POSTGRES_URL });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}

/** One SQL query on `url`, on a connection of its own. */
export async function queryOnce<T extends pg.QueryResultRow>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

/** Empties a test database between tests (much faster than a new database): drops every table of the store. */
export async function resetDatabase(url: string): Promise<void> {
  await queryOnce(url, 'DROP SCHEMA public CASCADE; CREATE SCHEMA public');
}
