import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { seedDemo } from '../../src/modules/demo/demo.service';
import { openDatabase } from '../../src/platform/db/database';

export const DEMO_PASSWORD = 'tsunagu-demo-test';

declare module 'vitest' {
  export interface ProvidedContext {
    dbTemplate: { kind: 'pglite'; file: string } | { kind: 'postgres'; adminUrl: string; template: string };
  }
}

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/** Makes the migrated, demo-seeded template database once for the whole run. */
export default async function setup(project: TestProject) {
  const pgUrl = process.env.TSUNAGU_TEST_DATABASE_URL;
  if (pgUrl) {
    const template = `tsunagu_tpl_${process.pid}`;
    const admin = new pg.Client({ connectionString: pgUrl });
    await admin.connect();
    await admin.query(`drop database if exists ${template}`);
    await admin.query(`create database ${template}`);
    const database = await openDatabase({
      kind: 'postgres',
      url: withDatabase(pgUrl, template),
      poolSize: 2,
    });
    await database.migrate();
    await seedDemo(database.db, DEMO_PASSWORD);
    await database.close();
    project.provide('dbTemplate', { kind: 'postgres', adminUrl: pgUrl, template });
    return async () => {
      await admin.query(`drop database if exists ${template} with (force)`);
      await admin.end();
    };
  }
  const database = await openDatabase({ kind: 'pglite' });
  await database.migrate();
  await seedDemo(database.db, DEMO_PASSWORD);
  const dump = await database.pglite!.dumpDataDir('none');
  await database.close();
  const file = path.resolve('.tmp', `pglite-template-${process.pid}.tar`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  project.provide('dbTemplate', { kind: 'pglite', file });
  return () => fs.rmSync(file, { force: true });
}
