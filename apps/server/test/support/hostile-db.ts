import { sql } from 'drizzle-orm';
import type { Db } from '../../src/platform/db/database';
import { rows } from './sql';

/**
 * Tables a request may change whatever its outcome, left out of the fingerprint:
 * - sessions: every signed-in request touches its session's last-seen time;
 * - audit_events, audit_chain: the audit log records refused attempts too (a failed sign-in,
 *   a refused emergency access), so a 4xx may rightly append to it; its chain only grows with it,
 *   and audit_unsealed queues each event until the sealer chains it;
 * - rate_limit_counters: a rate-limited route counts every attempt, refused ones above all.
 */
const CHANGING_ON_ANY_REQUEST = new Set([
  'sessions',
  'audit_events',
  'audit_chain',
  'audit_unsealed',
  'rate_limit_counters',
]);

/** Per table of the public schema, its row count and an md5 over its rows in a stable order. */
export type Fingerprint = Map<string, string>;

/** Every base table of the public schema, found at run time so a new table is covered unasked. */
export async function fingerprintedTables(db: Db): Promise<string[]> {
  const found = await rows<{ name: string }>(
    db,
    sql`select table_name as name from information_schema.tables
        where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
  );
  return found.map((r) => r.name).filter((name) => !CHANGING_ON_ANY_REQUEST.has(name));
}

/**
 * The whole database's fingerprint in one statement. Rows are ordered by their text form, so the
 * hash does not depend on the physical order a plan happens to return them in.
 */
export async function fingerprint(db: Db, tables: string[]): Promise<Fingerprint> {
  const perTable = tables.map(
    (name) =>
      `select '${name}' as name, count(*)::text || ':' || coalesce(md5(string_agg(r::text, E'\\n' order by r::text)), '') as print from "${name}" r`,
  );
  const result = await rows<{ name: string; print: string }>(db, sql.raw(perTable.join(' union all ')));
  return new Map(result.map((r) => [r.name, String(r.print)]));
}

/** The tables whose fingerprint differs between two snapshots, with their before/after prints. */
export function changedTables(before: Fingerprint, after: Fingerprint): string[] {
  const names = new Set([...before.keys(), ...after.keys()]);
  return [...names]
    .filter((n) => before.get(n) !== after.get(n))
    .map((n) => `${n} (${before.get(n)?.split(':')[0]} → ${after.get(n)?.split(':')[0]} rows)`);
}

/** Real ids by table (tables with a uuid `id` column), so fuzzed ids sometimes name a real record. */
export type IdPool = Map<string, string[]>;

/** A few ids of every table with a uuid `id`, except sessions (a request must not revoke the fuzzer's own). */
export async function loadIdPool(db: Db, perTable = 4): Promise<IdPool> {
  const tables = await rows<{ name: string }>(
    db,
    sql`select table_name as name from information_schema.columns
        where table_schema = 'public' and column_name = 'id' and data_type = 'uuid' order by table_name`,
  );
  const pool: IdPool = new Map();
  for (const { name } of tables.filter((x) => x.name !== 'sessions')) {
    const ids = await rows<{ id: string }>(
      db,
      sql.raw(`select id::text as id from "${name}" order by id limit ${perTable}`),
    );
    if (ids.length > 0)
      pool.set(
        name,
        ids.map((r) => r.id),
      );
  }
  return pool;
}

/** The English plural a table is named with ("agency" → "agencies", "person" → "persons"). */
const plural = (word: string) =>
  word.endsWith('y') ? `${word.slice(0, -1)}ies` : word.endsWith('s') ? word : `${word}s`;

/**
 * Real ids likely to fit a name: a path segment ("referrals", "follow-ups") or a field
 * ("toAgencyId", "memberPersonIds"). Matches a table named so or ending so; falls back to all ids.
 */
export function idsFor(pool: IdPool, hint: string): string[] {
  const base = hint
    .replace(/Ids?$/, '')
    .replace(/([a-z])([A-Z])/g, '$1_$2')
    .replace(/-/g, '_')
    .toLowerCase();
  const last = base.split('_').at(-1) ?? base;
  const wanted = [plural(base), plural(last)];
  const matches = [...pool.entries()].filter(([table]) =>
    wanted.some((w) => table === w || table.endsWith(`_${w}`)),
  );
  const chosen = matches.length > 0 ? matches : [...pool.entries()];
  return chosen.flatMap(([, ids]) => ids);
}

/** The distinct values of every `code` column (code lists, programmes, districts …). */
export async function loadCodes(db: Db): Promise<string[]> {
  const tables = await rows<{ name: string }>(
    db,
    sql`select table_name as name from information_schema.columns
        where table_schema = 'public' and column_name = 'code' and data_type = 'text' order by table_name`,
  );
  if (tables.length === 0) return [];
  const union = tables.map(({ name }) => `select code from "${name}"`).join(' union ');
  return (await rows<{ code: string }>(db, sql.raw(`${union} order by code`))).map((r) => r.code);
}
