import type { SQL } from 'drizzle-orm';
import type { Db, Tx } from '../../src/platform/db/database';
import { queryRows } from '../../src/platform/db/database';

/** Rows of a raw query run as the database owner (no row-level security role switch). */
export function rows<T>(db: Db | Tx, query: SQL): Promise<T[]> {
  return queryRows<T>(db, query);
}

/** The SQLSTATE and message of the database error a promise rejects with, or undefined if it succeeds. */
export async function dbFailure(p: Promise<unknown>): Promise<{ code: string; message: string } | undefined> {
  try {
    await p;
    return undefined;
  } catch (e) {
    // drizzle wraps the driver's error; the SQLSTATE is on the cause.
    const cause = ((e as { cause?: unknown }).cause ?? e) as { code?: string; message?: string };
    return { code: String(cause.code ?? ''), message: String(cause.message ?? e) };
  }
}
