import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

// `npm run audit:verify` on a real data folder, as an operator would run it.
const CLI = path.resolve(import.meta.dirname, '../../src/cli/audit-verify.ts');
const ROOT = path.resolve(import.meta.dirname, '../../../..');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tsunagu-audit-'));
const pgliteDir = path.join(dataDir, 'pglite');

function verifyCli() {
  const { DATABASE_URL: _ignored, ...env } = process.env;
  return spawnSync(process.execPath, ['--import', 'tsx', CLI], {
    cwd: ROOT,
    env: { ...env, TSUNAGU_DATA_DIR: dataDir },
    encoding: 'utf8',
    timeout: 120_000,
  });
}

async function withFolder<T>(fn: (db: PGlite) => Promise<T>): Promise<T> {
  const db = new PGlite({ dataDir: pgliteDir });
  try {
    return await fn(db);
  } finally {
    await db.close();
  }
}

beforeAll(async () => {
  // Start from the migrated demo template whichever database the suite runs on (the CLI opens PGlite here).
  const template = inject('dbTemplate');
  const blob =
    template.kind === 'pglite'
      ? new Blob([fs.readFileSync(template.file)])
      : await (async () => {
          const { seedDemo } = await import('../../src/modules/demo/demo.service');
          const { openDatabase } = await import('../../src/platform/db/database');
          const fresh = await openDatabase({ kind: 'pglite' });
          await fresh.migrate();
          await seedDemo(fresh.db, 'audit-cli-password');
          const dump = await fresh.pglite!.dumpDataDir('none');
          await fresh.close();
          return dump;
        })();
  const db = new PGlite({ dataDir: pgliteDir, loadDataDir: blob });
  await db.waitReady;
  // Some history to chain: events of the kind a day of work leaves behind.
  const tenant = (await db.query<{ id: string }>('select id from tenants limit 1')).rows[0]!.id;
  for (const action of ['agency.created', 'agency.updated', 'audit.viewed']) {
    await db.query(
      `insert into audit_events (tenant_id, action, entity_type, payload) values ($1, $2, 'agency', '{"via":"form"}')`,
      [tenant, action],
    );
  }
  await db.close();
}, 120_000);

afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

describe('npm run audit:verify', () => {
  it('passes on an intact log, then names the first row altered by hand', { timeout: 240_000 }, async () => {
    const ok = verifyCli();
    expect(ok.status, ok.stderr).toBe(0);
    expect(ok.stdout).toMatch(/audit chain OK: 3 events checked/);

    const altered = await withFolder(async (db) => {
      const [row] = (
        await db.query<{ id: number }>(`select id from audit_events where action = 'agency.updated'`)
      ).rows;
      // Tampering needs the owner to switch the append-only trigger off first; the chain still shows it.
      await db.exec('alter table audit_events disable trigger audit_events_append_only');
      await db.query(`update audit_events set payload = '{"via":"import"}' where id = $1`, [row!.id]);
      await db.exec('alter table audit_events enable trigger audit_events_append_only');
      return Number(row!.id);
    });

    const broken = verifyCli();
    expect(broken.status).toBe(1);
    expect(broken.stdout).toContain(`BROKEN at event id ${altered}`);
    expect(broken.stdout).toContain('event content does not match its hash');
  });
});
