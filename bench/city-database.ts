/**
 * A database holding the city-scale data set, ready for a server process to serve: a fresh PostgreSQL
 * database `tsunagu_load_<random>` (dropped again by dispose) or a PGlite data folder in a temporary
 * directory (removed by dispose). Migrated and demo-seeded by the app's own code with the server's
 * default demo password, so the demo users can sign in; then the city, its referrals and its cases are
 * generated and loaded with the benchmark's generator and loaders, exactly as `npm run bench` loads them.
 * The in-process handle is closed before this returns: a PGlite folder can only be open in one process.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { seedDemo } from '../apps/server/src/modules/demo/demo.service';
import { type Database, type Db, openDatabase } from '../apps/server/src/platform/db/database';
import { type DbKind, withDatabase } from './databases';
import {
  type CaseSet,
  type City,
  generateCases,
  generateCity,
  generateReferrals,
  type ReferralSet,
} from './generator';
import type { ServerEnv } from './http/server-process';
import { DEMO_PASSWORD } from './http/session';
import { loadCity } from './load';
import { loadCases } from './load-cases';
import { timed } from './measure';
import { readTenant, type Tenant } from './tenant';

/** What a run needs to make the data set: the same seed, scale and day give the same rows, ids included. */
export type CityOptions = {
  seed: number;
  scale: number;
  /** The day in Japan the referrals and cases are generated up to (YYYY-MM-DD). */
  asOf: string;
  log: (line: string) => void;
};

/** The loaded data set: the generated rows (the read mix draws its ids from them) and the tenant read back. */
export type CityData = { tenant: Tenant; city: City; referrals: ReferralSet; cases: CaseSet; loadMs: number };

/**
 * Generates the city, its referrals and its cases for the seeded tenant of `db` and loads them, as
 * `npm run bench` does for the case page (the city's loader takes the referrals along).
 */
export async function loadCityData(db: Db, options: CityOptions): Promise<CityData> {
  const { seed, scale, asOf, log } = options;
  const tenant = await readTenant(db);
  const city = generateCity(tenant.refs, { seed, scale });
  const referrals = generateReferrals(city, tenant.refs, {
    seed,
    scale,
    asOf,
    settings: tenant.settings,
    coordinatorAgencyCode: tenant.coordinatorAgencyCode,
  });
  const cases = generateCases(city, tenant.refs, referrals, {
    seed,
    scale,
    settings: tenant.settings,
    staffAgencyCode: tenant.actorAgencyCode,
  });
  log(
    `  generated ${city.persons.length} persons, ${referrals.referrals.length} referrals, ${cases.cases.length} cases`,
  );
  const loaded = await timed(async () => {
    await loadCity(db, city, tenant.tenantId, tenant.agencyIdByCode, {
      vacuum: false,
      log,
      referrals,
      staffUserId: tenant.actor.userId,
    });
    await loadCases(db, cases, tenant.tenantId, tenant.agencyIdByCode, { vacuum: false, log });
  });
  return { tenant, city, referrals, cases, loadMs: loaded.ms };
}

/** A database with the data set, closed in this process, and how a server opens it. */
export type CityDatabase = {
  kind: DbKind;
  /** The PostgreSQL database's name, or the PGlite data folder. */
  name: string;
  /** The server's environment for it: DATABASE_URL, or TSUNAGU_DATA_DIR. */
  serverEnv: ServerEnv;
  data: CityData;
  /** Milliseconds to create, migrate and demo-seed it, and to generate and load the data set. */
  setupMs: number;
  /** Drops the database or removes the folder; safe to call twice. */
  dispose(): Promise<void>;
};

/** Migrates and demo-seeds a new database as a server would, loads the data set, and closes it. */
async function fill(database: Database, options: CityOptions): Promise<CityData> {
  try {
    await database.migrate();
    await seedDemo(database.db, DEMO_PASSWORD);
    return await loadCityData(database.db, options);
  } finally {
    await database.close();
  }
}

/** Makes the database of `kind`, loads the data set into it and closes it, ready for a server process. */
export async function createCityDatabase(
  kind: DbKind,
  options: CityOptions & { pgUrl: string },
): Promise<CityDatabase> {
  const started = performance.now();
  if (kind === 'pglite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tsunagu-load-'));
    const dispose = async () => fs.rmSync(dir, { recursive: true, force: true });
    try {
      // The server opens <TSUNAGU_DATA_DIR>/pglite (platform/db/open.ts).
      const data = await fill(
        await openDatabase({ kind: 'pglite', dataDir: path.join(dir, 'pglite') }),
        options,
      );
      const serverEnv = { TSUNAGU_DATA_DIR: dir };
      return { kind, name: dir, serverEnv, data, setupMs: performance.now() - started, dispose };
    } catch (e) {
      await dispose();
      throw e;
    }
  }
  const name = `tsunagu_load_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: options.pgUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  let disposed = false;
  const dispose = async () => {
    if (disposed) return;
    disposed = true;
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  };
  const url = withDatabase(options.pgUrl, name);
  try {
    const data = await fill(await openDatabase({ kind: 'postgres', url, poolSize: 2 }), options);
    return {
      kind,
      name,
      serverEnv: { DATABASE_URL: url },
      data,
      setupMs: performance.now() - started,
      dispose,
    };
  } catch (e) {
    await dispose();
    throw e;
  }
}
