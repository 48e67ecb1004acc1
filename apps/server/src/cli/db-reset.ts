import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { loadConfig } from '../config';
import { seedDemo } from '../modules/demo/demo.service';
import { lockDataDir } from '../platform/db/data-dir-lock';
import { openConfiguredDatabase } from '../platform/db/open';

/**
 * npm run db:reset — deletes the database and recreates it with the demo data. On PGlite it removes
 * the data folder's database (refusing while a server holds it); on PostgreSQL it drops the schema.
 */
async function run() {
  const config = loadConfig();
  if (config.databaseUrl) {
    const client = new pg.Client({ connectionString: config.databaseUrl });
    await client.connect();
    await client.query(
      'drop schema if exists public cascade; drop schema if exists drizzle cascade; create schema public;',
    );
    await client.end();
  } else {
    const release = lockDataDir(config.dataDir);
    fs.rmSync(path.join(config.dataDir, 'pglite'), { recursive: true, force: true });
    release();
  }
  const database = await openConfiguredDatabase(config);
  try {
    if (config.demo) await seedDemo(database.db, config.demoPassword, { cases: true });
    process.stdout.write(`database reset${config.demo ? ' with demo data' : ''}.\n`);
  } finally {
    await database.close();
    database.release();
  }
}

run().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
