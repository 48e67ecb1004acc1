import { sql } from 'drizzle-orm';
import { buildApp } from './app';
import { ConfigError, loadConfig } from './config';
import { DEMO_USERS } from './modules/demo/demo.data';
import { isEmpty, seedDemo } from './modules/demo/demo.service';
import { sweepReferrals } from './modules/referrals/referral-sweep';
import { sealAuditChain } from './platform/audit/chain';
import { DataDirLockedError } from './platform/db/data-dir-lock';
import { analyzeReferenceTables } from './platform/db/database';
import { openConfiguredDatabase } from './platform/db/open';
import { MemoryMailSender } from './platform/mail/mail';
import { tenantIdBySlug } from './platform/tenancy';

const SEAL_INTERVAL_MS = 2000;

async function main() {
  const config = loadConfig();
  const database = await openConfiguredDatabase(config);
  const { db } = database;
  let seeded = false;
  if (await isEmpty(db)) {
    if (config.demo) {
      await seedDemo(db, config.demoPassword, { cases: true });
      seeded = true;
    } else {
      await db.execute(
        sql`insert into tenants (slug, name, name_en) values (${config.defaultTenant}, ${config.defaultTenant}, ${config.defaultTenant})`,
      );
    }
  }
  await analyzeReferenceTables(db);
  const publicTenantId = await tenantIdBySlug(db, config.defaultTenant);
  if (!publicTenantId) throw new Error(`TSUNAGU_TENANT: no tenant with slug "${config.defaultTenant}"`);

  const mail = new MemoryMailSender();
  const app = await buildApp({ db, config, publicTenantId, mail });
  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;

  // The sealer takes an advisory lock, so several servers on one PostgreSQL never seal twice.
  const sealer = setInterval(() => {
    sealAuditChain(db).catch((e: Error) =>
      app.log.warn({ errName: e.name }, 'audit sealing failed; will retry'),
    );
  }, SEAL_INTERVAL_MS);
  // Overdue and bouncing referrals escalate by themselves; the sweep is safe on several servers.
  const sweep = () =>
    sweepReferrals(db, mail).catch((e: Error) =>
      app.log.warn({ errName: e.name }, 'referral sweep failed; will retry'),
    );
  void sweep();
  const sweeper = setInterval(sweep, config.sweepIntervalMs);

  const url = `http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${port}/`;
  const lines = [
    '',
    `つなぐ Tsunagu is running: ${url}`,
    `  database: ${database.kind === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${config.dataDir}`}`,
    `  API docs: ${url}api/docs`,
  ];
  if (config.demo) {
    lines.push(seeded ? '  demo data loaded.' : '  demo data: kept from an earlier start.');
    lines.push(
      `  demo sign-ins (password: ${config.demoPassword === 'tsunagu-demo' ? 'tsunagu-demo' : 'TSUNAGU_DEMO_PASSWORD'}):`,
    );
    for (const u of DEMO_USERS) lines.push(`    ${u.email.padEnd(28)} ${u.roles.join(', ')}`);
  }
  process.stdout.write(`${lines.join('\n')}\n\n`);

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    clearInterval(sealer);
    clearInterval(sweeper);
    await app.close();
    await sealAuditChain(db).catch(() => {});
    await database.close();
    database.release();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e: unknown) => {
  if (e instanceof ConfigError || e instanceof DataDirLockedError) {
    process.stderr.write(`${e.message}\n`);
  } else {
    process.stderr.write(`Tsunagu failed to start: ${e instanceof Error ? e.message : String(e)}\n`);
  }
  process.exit(1);
});
