/**
 * A database of its own for each fault run: a PGlite data folder in a temporary directory, or a new
 * database `tsunagu_faults_<random>` on the PostgreSQL server, dropped again at the end. The server
 * fills it with the demo data at its first start, as `npm start` does.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { withDatabase } from '../databases';
import type { ServerEnv } from '../http/server-process';
import type { DbLocation } from './verify';

export type DbKind = 'pglite' | 'postgres';

export type FaultDatabase = {
  kind: DbKind;
  /** What the report calls it: 'PGlite' or 'PostgreSQL'. */
  label: string;
  /** The server's environment for this database. */
  env: ServerEnv;
  location: DbLocation;
  dispose(): Promise<void>;
};

/** Runs one statement on the admin database (creating and dropping databases). */
async function admin(adminUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** Makes an empty database of the kind; `adminUrl` is a PostgreSQL server's maintenance database. */
export async function createFaultDatabase(kind: DbKind, adminUrl: string): Promise<FaultDatabase> {
  if (kind === 'pglite') {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tsunagu-faults-'));
    return {
      kind,
      label: 'PGlite',
      env: { TSUNAGU_DATA_DIR: dataDir },
      location: { kind: 'pglite', dataDir },
      dispose: async () => fs.rmSync(dataDir, { recursive: true, force: true }),
    };
  }
  const name = `tsunagu_faults_${randomBytes(4).toString('hex')}`;
  await admin(adminUrl, `create database ${name}`);
  const url = withDatabase(adminUrl, name);
  return {
    kind,
    label: 'PostgreSQL',
    env: { DATABASE_URL: url },
    location: { kind: 'postgres', url },
    // FORCE: a server killed with SIGKILL may leave its connections behind for a moment.
    dispose: () => admin(adminUrl, `drop database if exists ${name} with (force)`),
  };
}
