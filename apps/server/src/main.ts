import cluster from 'node:cluster';
import { sql } from 'drizzle-orm';
import { buildApp } from './app';
import { type Config, ConfigError, loadConfig } from './config';
import { DEMO_USERS } from './modules/demo/demo.data';
import { isEmpty, seedDemo } from './modules/demo/demo.service';
import { sealAuditChain } from './platform/audit/chain';
import { DataDirLockedError } from './platform/db/data-dir-lock';
import { analyzeReferenceTables, type Db } from './platform/db/database';
import { openConfiguredDatabase } from './platform/db/open';
import { MemoryMailSender } from './platform/mail/mail';
import { startJobs } from './platform/server/jobs';
import { startWorkers } from './platform/server/workers';
import { tenantIdBySlug } from './platform/tenancy';

/** An empty database gets the demo (or a bare tenant); true when the demo was loaded now. */
async function prepareDatabase(db: Db, config: Config): Promise<boolean> {
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
  return seeded;
}

async function publicTenant(db: Db, config: Config): Promise<string> {
  const id = await tenantIdBySlug(db, config.defaultTenant);
  if (!id) throw new Error(`TSUNAGU_TENANT: no tenant with slug "${config.defaultTenant}"`);
  return id;
}

/** What the operator reads at start: the URL, the database, and the demo sign-ins. */
function banner(config: Config, port: number, postgres: boolean, seeded: boolean): string {
  const url = `http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${port}/`;
  const lines = [
    '',
    `つなぐ Tsunagu is running: ${url}`,
    `  database: ${postgres ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${config.dataDir}`}`,
    ...(config.workers > 1 ? [`  ${config.workers} worker processes (TSUNAGU_WORKERS)`] : []),
    `  API docs: ${url}api/docs`,
  ];
  if (config.demo) {
    lines.push(seeded ? '  demo data loaded.' : '  demo data: kept from an earlier start.');
    lines.push(
      `  demo sign-ins (password: ${config.demoPassword === 'tsunagu-demo' ? 'tsunagu-demo' : 'TSUNAGU_DEMO_PASSWORD'}):`,
    );
    for (const u of DEMO_USERS) lines.push(`    ${u.email.padEnd(28)} ${u.roles.join(', ')}`);
  }
  return `${lines.join('\n')}\n\n`;
}

/** Runs `stop` once on SIGINT or SIGTERM. */
function onStopSignal(stop: () => Promise<void>) {
  let stopping = false;
  const once = () => {
    if (stopping) return;
    stopping = true;
    void stop();
  };
  process.on('SIGINT', once);
  process.on('SIGTERM', once);
}

/**
 * One worker of several (TSUNAGU_WORKERS): serves HTTP on the socket the primary shares; the primary
 * prepared the database and runs the scheduled jobs. When the primary is gone, so is the worker.
 */
async function runWorker(config: Config) {
  const database = await openConfiguredDatabase(config);
  const app = await buildApp({
    db: database.db,
    config,
    publicTenantId: await publicTenant(database.db, config),
    mail: new MemoryMailSender(),
  });
  await app.listen({ port: config.port, host: config.host });
  process.on('disconnect', () => process.exit(1));
  onStopSignal(async () => {
    await app.close();
    await database.close();
    process.exit(0);
  });
}

async function main() {
  const config = loadConfig();
  // A worker of ours; under another cluster manager (one worker each) the process runs whole, as before.
  if (cluster.isWorker && config.workers > 1) return runWorker(config);
  const database = await openConfiguredDatabase(config);
  const { db } = database;
  const seeded = await prepareDatabase(db, config);
  const publicTenantId = await publicTenant(db, config);

  const mail = new MemoryMailSender();
  const app = config.workers > 1 ? null : await buildApp({ db, config, publicTenantId, mail });
  let port: number;
  let stopServing: () => Promise<void>;
  if (app) {
    await app.listen({ port: config.port, host: config.host });
    const address = app.server.address();
    port = typeof address === 'object' && address ? address.port : config.port;
    stopServing = () => app.close();
  } else {
    const workers = await startWorkers(config.workers);
    port = workers.port;
    stopServing = workers.stop;
  }
  // With workers, only this process runs the jobs; they are safe on several servers all the same.
  const log = app?.log ?? {
    warn: (fields: { errName: string }, message: string) =>
      process.stderr.write(`${JSON.stringify({ level: 'warn', ...fields, msg: message })}\n`),
  };
  const stopJobs = startJobs(db, mail, log, config.sweepIntervalMs);
  process.stdout.write(banner(config, port, database.kind === 'postgres', seeded));

  onStopSignal(async () => {
    stopJobs();
    await stopServing();
    await sealAuditChain(db).catch(() => {});
    await database.close();
    database.release();
    process.exit(0);
  });
}

main().catch((e: unknown) => {
  if (e instanceof ConfigError || e instanceof DataDirLockedError) {
    process.stderr.write(`${e.message}\n`);
  } else {
    process.stderr.write(`Tsunagu failed to start: ${e instanceof Error ? e.message : String(e)}\n`);
  }
  process.exit(1);
});
