import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import pg from 'pg';
import { inject } from 'vitest';
import { type Database, type Db, openDatabase } from '../../src/platform/db/database';

/** Which database the suite runs on, for test names. */
export const dbKind = (): 'pglite' | 'postgres' => inject('dbTemplate').kind;

/** A test file's database; `openAnother` connects as a second server process would (own pool). */
export type TestDatabase = Database & { drop: () => Promise<void>; openAnother: () => Promise<Db> };

/**
 * A fresh copy of the migrated, demo-seeded template for one test file: a PGlite loaded from the
 * template's dump, or a PostgreSQL database created from the template database.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const t = inject('dbTemplate');
  if (t.kind === 'pglite') {
    const blob = new Blob([fs.readFileSync(t.file)]);
    const database = await openDatabase({ kind: 'pglite', loadDataDir: blob });
    // One process owns a PGlite database (the data-folder lock): "another server" is the same one.
    return { ...database, drop: () => database.close(), openAnother: async () => database.db };
  }
  const name = `tsunagu_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: t.adminUrl });
  await admin.connect();
  for (let attempt = 0; ; attempt++) {
    try {
      await admin.query(`create database ${name} template ${t.template}`);
      break;
    } catch (e) {
      // Two files copying the template at the same instant collide; wait and retry.
      if (attempt > 20 || !String((e as Error).message).includes('being accessed')) throw e;
      await new Promise((r) => setTimeout(r, 200 + Math.random() * 300));
    }
  }
  const url = new URL(t.adminUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ kind: 'postgres', url: url.toString(), poolSize: 4 });
  const others: Database[] = [];
  return {
    ...database,
    openAnother: async () => {
      const other = await openDatabase({ kind: 'postgres', url: url.toString(), poolSize: 4 });
      others.push(other);
      return other.db;
    },
    drop: async () => {
      for (const other of others) await other.close();
      await database.close();
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}
