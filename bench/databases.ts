/**
 * The two databases the benchmark runs on, each made fresh: PGlite in memory, or a new database
 * `tsunagu_bench_<random>` on a PostgreSQL server (dropped again at the end). Both are migrated and
 * seeded with the demo city by the app's own code. Beside the app's drizzle handle, each gives a raw
 * driver connection for the baseline, which bypasses drizzle and the service layer.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { seedDemo } from '../apps/server/src/modules/demo/demo.service';
import {
  type Database,
  openDatabase,
  POSTGRES_SESSION_OPTIONS,
} from '../apps/server/src/platform/db/database';

export type DbKind = 'pglite' | 'postgres';

/** A query function returning rows: what the baseline sends straight through the driver. */
export type RawQuery = <T>(sql: string, params?: unknown[]) => Promise<T[]>;

/** A raw driver connection: plain queries, and a transaction that commits unless fn throws. */
export interface RawDriver {
  query: RawQuery;
  transaction<T>(fn: (query: RawQuery) => Promise<T>): Promise<T>;
}

/** A fresh benchmark database: the app's handle, a raw driver, and how to get rid of it. */
export type BenchDatabase = {
  kind: DbKind;
  /** The database name on PostgreSQL; 'memory' on PGlite. */
  name: string;
  database: Database;
  raw: RawDriver;
  dispose(): Promise<void>;
};

/** The demo users' password in a bench database (the throughput run signs in with it). */
export const BENCH_DEMO_PASSWORD = 'tsunagu-bench-demo';

function pgliteDriver(database: Database): RawDriver {
  const client = database.pglite!;
  return {
    query: async <T>(sql: string, params?: unknown[]) => (await client.query<T>(sql, params)).rows,
    transaction: (fn) =>
      client.transaction((tx) =>
        fn(async <T>(sql: string, params?: unknown[]) => (await tx.query<T>(sql, params)).rows),
      ),
  };
}

/** A raw driver on one PostgreSQL connection of its own. */
export function pgDriver(client: pg.Client): RawDriver {
  const query: RawQuery = async <T>(sql: string, params?: unknown[]) =>
    (await client.query(sql, params)).rows as T[];
  return {
    query,
    async transaction(fn) {
      await client.query('begin');
      try {
        const result = await fn(query);
        await client.query('commit');
        return result;
      } catch (e) {
        await client.query('rollback');
        throw e;
      }
    },
  };
}

/** The URL of another database on the same PostgreSQL server. */
export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/** Opens, migrates and demo-seeds a fresh database of the given kind. */
export async function createBenchDatabase(kind: DbKind, pgUrl: string): Promise<BenchDatabase> {
  if (kind === 'pglite') {
    const database = await openDatabase({ kind: 'pglite' });
    await database.migrate();
    await seedDemo(database.db, BENCH_DEMO_PASSWORD);
    return { kind, name: 'memory', database, raw: pgliteDriver(database), dispose: () => database.close() };
  }
  const name = `tsunagu_bench_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: pgUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = withDatabase(pgUrl, name);
  let database: Database | undefined;
  let rawClient: pg.Client | undefined;
  const dispose = async () => {
    await rawClient?.end().catch(() => {});
    await database?.close().catch(() => {});
    if (process.env.BENCH_KEEP_DB) console.log(`kept database ${name}`);
    else await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  };
  try {
    // Two connections, like a small server: the service's pool and the baseline's own client.
    database = await openDatabase({ kind: 'postgres', url, poolSize: 2 });
    await database.migrate();
    await seedDemo(database.db, BENCH_DEMO_PASSWORD);
    rawClient = new pg.Client({ connectionString: url, options: POSTGRES_SESSION_OPTIONS });
    await rawClient.connect();
    return { kind, name, database, raw: pgDriver(rawClient), dispose };
  } catch (e) {
    await dispose();
    throw e;
  }
}

/** The server's version string (PGlite embeds a PostgreSQL too). */
export async function serverVersion(raw: RawDriver): Promise<string> {
  const rows = await raw.query<{ v: string }>(`select current_setting('server_version') as v`);
  return rows[0]?.v ?? '?';
}
