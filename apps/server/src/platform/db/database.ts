import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { type ExtractTablesWithRelations, type SQL, sql } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { prepareStatements } from './prepared';
import { ServerPGlite } from './server-pglite';

/**
 * The query builder, the same type on PGlite and PostgreSQL. Without drizzle's relational query API
 * (`db.query.*`): it would build a query builder for every table on every transaction, a cost paid by
 * every request for an API the code does not use.
 */
export type Db = PgDatabase<PgQueryResultHKT>;
/** A transaction: what repositories receive. */
export type Tx = PgTransaction<
  PgQueryResultHKT,
  Record<string, never>,
  ExtractTablesWithRelations<Record<string, never>>
>;

/** An open database, embedded or server. */
export interface Database {
  kind: 'pglite' | 'postgres';
  db: Db;
  /** Applies pending migrations. */
  migrate(): Promise<void>;
  close(): Promise<void>;
  /** The raw PGlite instance (tests dump and clone it). */
  pglite?: PGlite;
}

const migrationsFolder = path.join(import.meta.dirname, '../../db/migrations');

/** PostgreSQL's int8 (counts, bigserial ids) comes back as a string from pg; PGlite gives numbers. */
const pgTypes = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === 20) return (v: string) => Number(v);
    return pg.types.getTypeParser(oid, format);
  },
};

export type OpenOptions =
  | { kind: 'postgres'; url: string; poolSize?: number }
  | { kind: 'pglite'; dataDir?: string; loadDataDir?: Blob };

/**
 * A city's records fit in memory, so reading a page through an index costs about what a sequential
 * read does; PostgreSQL's default (4.0) assumes spinning disks and steers common searches into
 * full scans and hash joins (docs/benchmarks.md, person search).
 */
const RANDOM_PAGE_COST = '1.1';
/**
 * Session settings every PostgreSQL connection starts with (the bench's raw-SQL baseline uses them too).
 * No parallel workers: a request's statements run under row-level security, whose functions are not
 * parallel-safe, so only the owner's statements (sealer, sweeps, the raw-SQL baseline) could get a
 * parallel plan — and for the few rows they read, starting a worker costs more than the read (~4 ms
 * for the coordinator's two waiting escalations), taken from the cores the requests share.
 */
export const POSTGRES_SESSION_OPTIONS = `-c random_page_cost=${RANDOM_PAGE_COST} -c max_parallel_workers_per_gather=0`;

/** Opens PostgreSQL through pg, or the embedded PGlite (a folder, or in memory). */
export async function openDatabase(options: OpenOptions): Promise<Database> {
  if (options.kind === 'postgres') {
    const pool = new pg.Pool({
      connectionString: options.url,
      max: options.poolSize ?? 10,
      types: pgTypes,
      connectionTimeoutMillis: 5000,
      options: POSTGRES_SESSION_OPTIONS,
    });
    // A restarted server drops idle connections; the pool replaces them, the process must not die.
    pool.on('error', () => {});
    // It also ends the connections in use (a transaction between two queries, or one waiting for its
    // answer): the client then emits 'error', which with no listener kills the process. The request's
    // query fails with it (503), and the pool discards the broken client when it is released.
    pool.on('connect', (client) => {
      client.on('error', () => {});
      prepareStatements(client);
    });
    const db = drizzlePg(pool) as unknown as Db;
    return {
      kind: 'postgres',
      db,
      migrate: () => migratePg(db as never, { migrationsFolder }),
      close: () => pool.end(),
    };
  }
  const client = new ServerPGlite({
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
  });
  await client.waitReady;
  await client.exec(`set random_page_cost = ${RANDOM_PAGE_COST}`);
  const db = drizzlePglite(client) as unknown as Db;
  return {
    kind: 'pglite',
    db,
    pglite: client,
    migrate: () => migratePglite(db as never, { migrationsFolder }),
    close: () => client.close(),
  };
}

/**
 * Refreshes the planner's statistics of the small reference tables. They change too little to reach
 * autovacuum's threshold (and PGlite has no autovacuum), so without this the planner takes the
 * agency directory for one row and picks nested loops over it. Cheap: run at start and after seeding.
 */
export async function analyzeReferenceTables(db: Db): Promise<void> {
  await db.execute(sql`analyze tenants, agencies, users, code_list_items, address_districts`);
}

/** Checks the database answers (health endpoint). */
export async function pingDatabase(db: Db): Promise<void> {
  await db.execute(sql`select 1`);
}

/** Runs raw SQL and returns its rows typed as T (both drivers answer with { rows }). */
export async function queryRows<T>(db: Db | Tx, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
