import path from 'node:path';
import type { Config } from '../../config';
import { lockDataDir } from './data-dir-lock';
import { type Database, openDatabase } from './database';

/** The configured database, opened and migrated: PostgreSQL when DATABASE_URL is set, else PGlite in the data folder under its lock. */
export async function openConfiguredDatabase(
  config: Pick<Config, 'databaseUrl' | 'dataDir'>,
): Promise<Database & { release: () => void }> {
  if (config.databaseUrl) {
    const database = await openDatabase({ kind: 'postgres', url: config.databaseUrl });
    await database.migrate();
    return { ...database, release: () => {} };
  }
  const release = lockDataDir(config.dataDir);
  try {
    const database = await openDatabase({ kind: 'pglite', dataDir: path.join(config.dataDir, 'pglite') });
    await database.migrate();
    return { ...database, release };
  } catch (e) {
    release();
    throw e;
  }
}
