/**
 * The check after a fault run: opens the database directly as its owner (no server, no row-level
 * security), looks for every acknowledged write with its parts (acks.ts) and runs every invariant
 * (invariants.ts). PGlite is opened under the data folder's lock, so it is never read while a server
 * still has it.
 */
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { verifyAuditChain } from '../../apps/server/src/platform/audit/chain';
import { lockDataDir } from '../../apps/server/src/platform/db/data-dir-lock';
import { type Db, openDatabase, queryRows } from '../../apps/server/src/platform/db/database';
import { findLost, type Lost, type Query } from './acks';
import type { Ack } from './chain';
import { INVARIANTS } from './invariants';

/** Where the server kept its data: a PostgreSQL URL, or a PGlite data folder (TSUNAGU_DATA_DIR). */
export type DbLocation = { kind: 'postgres'; url: string } | { kind: 'pglite'; dataDir: string };

export type Verdict = {
  acks: number;
  lost: Lost[];
  /** One entry per invariant: how many rows break it, and a few of them. */
  invariants: { name: string; holds: string; violations: number; sample: unknown[] }[];
  ok: boolean;
};

/** Opens the database as its owner for the duration of fn (raw queries, and the app's handle). */
export async function withOwner<T>(where: DbLocation, fn: (query: Query, db: Db) => Promise<T>): Promise<T> {
  const release = where.kind === 'pglite' ? lockDataDir(where.dataDir) : () => {};
  try {
    const database = await openDatabase(
      where.kind === 'postgres'
        ? { kind: 'postgres', url: where.url, poolSize: 4 }
        : { kind: 'pglite', dataDir: path.join(where.dataDir, 'pglite') },
    );
    try {
      return await fn(<R>(text: string) => queryRows<R>(database.db, sql.raw(text)), database.db);
    } finally {
      await database.close();
    }
  } finally {
    release();
  }
}

/**
 * Checks every ack and every invariant, and the audit chain (sealed by whichever server held the
 * lock: a gap or a double seal breaks it); ok when nothing is lost and nothing is broken.
 */
export async function verify(where: DbLocation, acks: Ack[]): Promise<Verdict> {
  return withOwner(where, async (query, db) => {
    const lost = await findLost(query, acks);
    const invariants = [];
    for (const inv of INVARIANTS) {
      const rows = await query<unknown>(inv.sql);
      invariants.push({
        name: inv.name,
        holds: inv.holds,
        violations: rows.length,
        sample: rows.slice(0, 3),
      });
    }
    const chain = await verifyAuditChain(db);
    invariants.push({
      name: 'audit_chain_intact',
      holds: 'the audit chain verifies from the first event to the last sealed one',
      violations: chain.ok ? 0 : 1,
      sample: chain.ok ? [] : [chain],
    });
    return {
      acks: acks.length,
      lost,
      invariants,
      ok: lost.length === 0 && invariants.every((i) => i.violations === 0),
    };
  });
}

/** The verdict as text lines: the lost acks (a few), then one line per invariant. */
export function verdictLines(v: Verdict): string[] {
  const lines = [`acknowledged writes: ${v.acks}, lost or incomplete: ${v.lost.length}`];
  for (const l of v.lost.slice(0, 10)) lines.push(`  LOST ${JSON.stringify(l.ack)}: ${l.problem}`);
  const width = Math.max(...v.invariants.map((i) => i.name.length));
  for (const i of v.invariants) {
    lines.push(
      `  ${i.violations === 0 ? 'ok  ' : 'FAIL'} ${i.name.padEnd(width)}  ${i.violations} violating rows`,
    );
    for (const row of i.sample) lines.push(`         ${JSON.stringify(row)}`);
  }
  return lines;
}
