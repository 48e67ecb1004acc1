/**
 * The mixed read throughput on a loaded bench database: the app (buildApp, every plugin and hook) in
 * this process on the bench's database — PGlite in memory cannot be opened by another process —
 * listening on a free port, the read mix (http/read-mix.ts) sent by autocannon from a child process at
 * C connections for D seconds after a warm-up; then, with the app closed, the raw-SQL baseline of the
 * same mix (throughput-baseline.ts) by as many workers for as long, over as many database connections
 * as the app had. On PostgreSQL the app gets a pool of the server's default size (10) of its own.
 */
import os from 'node:os';
import pg from 'pg';
import { buildApp } from '../apps/server/src/app';
import { loadConfig } from '../apps/server/src/config';
import { POSTGRES_SESSION_OPTIONS } from '../apps/server/src/platform/db/database';
import type { CityData } from './city-database';
import { type BenchDatabase, type DbKind, pgDriver, type RawDriver, withDatabase } from './databases';
import { cpuMeter, processTree } from './http/cpu';
import { errorCount, type LoadResult, preflight, runLoad, signInMix } from './http/load-client';
import { buildReadMix, type ReadKind } from './http/read-mix';
import { startServer } from './http/server-process';
import { type BaselineResult, runBaseline } from './throughput-baseline';

/** The server's default pool size (openDatabase): what each of its processes has on PostgreSQL. */
const APP_POOL = 10;
/** Worker processes of the server on PostgreSQL (TSUNAGU_WORKERS): one per core of the 2-core machine. */
export const SERVER_WORKERS = 2;

/** What `npm run bench` measures with: 16 keep-alive connections, 20 s after a 5 s warm-up. */
export const THROUGHPUT_DEFAULTS = { connections: 16, durationSec: 20, warmupSec: 5 } as const;

export type ThroughputOptions = {
  /** The PostgreSQL server the bench database is on (to open the app's pool and the baseline's). */
  pgUrl: string;
  /** The demo users' password as the bench seeded them. */
  password: string;
  connections: number;
  durationSec: number;
  warmupSec: number;
  seed: number;
  /** The read mix's kinds to send (null: all of them). */
  kinds: ReadKind[] | null;
  log: (line: string) => void;
};

export type ThroughputRun = {
  kind: DbKind;
  startedAt: string;
  loadAverage: number[];
  connections: number;
  durationSec: number;
  warmupSec: number;
  /** Database connections the app and the baseline had. */
  dbConnections: number;
  /** Every call of the mix sent once before the warm-up, and those that were not 2xx. */
  preflight: { calls: number; failures: string[] };
  /** Errors during the warm-up (they count as errors of the run). */
  warmupErrors: number;
  app: LoadResult;
  /**
   * CPU milliseconds a request cost this process (the app; with PGlite, the database too) and, on
   * PostgreSQL, its backends: on a shared machine a steadier measure than the requests per second.
   */
  cpu: { appMs: number; databaseMs?: number | undefined };
  baseline: BaselineResult;
  /** App requests/s ÷ baseline calls/s. */
  ratio: number;
};

/** The run's errors: preflight failures, warm-up errors and the measured run's. */
export const throughputErrors = (r: ThroughputRun) =>
  r.preflight.failures.length + r.warmupErrors + errorCount(r.app);

/** Measures the app and the baseline on the loaded bench database. */
export async function runThroughput(
  bench: BenchDatabase,
  data: Pick<CityData, 'tenant' | 'city' | 'cases'>,
  options: ThroughputOptions,
): Promise<ThroughputRun> {
  const { log } = options;
  const startedAt = new Date().toISOString();
  const loadAverage = os.loadavg().map((l) => Math.round(l * 100) / 100);
  const mix = buildReadMix(data, options.seed).filter(
    (k) => !options.kinds || options.kinds.includes(k.kind),
  );
  const url = bench.kind === 'postgres' ? withDatabase(options.pgUrl, bench.name) : undefined;
  const clients: pg.Client[] = [];
  try {
    const served = url ? await serverProcess(url) : await inProcess(bench, data);
    let appResult: LoadResult;
    let checked: ThroughputRun['preflight'];
    let warmupErrors = 0;
    let cpu: ThroughputRun['cpu'] = { appMs: Number.NaN };
    try {
      const base = served.url;
      const cookies = await signInMix(base, options.password);
      checked = await preflight(base, cookies, mix);
      log(`  sent each of the mix's ${checked.calls} calls once: ${checked.failures.length} not 2xx`);
      for (const f of checked.failures) log(`    ${f}`);
      const spec = { url: base, cookies, mix, connections: options.connections, timeoutSec: 10 };
      const warm = await runLoad({ ...spec, durationSec: options.warmupSec, seed: options.seed + 1 });
      warmupErrors = errorCount(warm);
      log(`  warm-up ${options.warmupSec} s: ${Math.round(warm.rps)} req/s, ${warmupErrors} errors`);
      const meter = cpuMeter(served.pids, bench.kind === 'postgres' ? bench.name : undefined);
      appResult = await runLoad({ ...spec, durationSec: options.durationSec, seed: options.seed });
      const used = meter.stop();
      const per = (sec: number) => (sec * 1000) / Math.max(1, appResult.requests);
      cpu = {
        appMs: per(used.serverSec),
        databaseMs: bench.kind === 'postgres' ? per(used.databaseSec) : undefined,
      };
      log(
        `  app: ${Math.round(appResult.rps)} req/s at ${options.connections} connections, ` +
          `p95 ${appResult.latency.p95.toFixed(1)} ms, ${errorCount(appResult)} errors; CPU a request: ` +
          `app ${cpu.appMs.toFixed(2)} ms${cpu.databaseMs === undefined ? ' (PGlite inside)' : `, PostgreSQL ${cpu.databaseMs.toFixed(2)} ms`}`,
      );
    } finally {
      await served.stop();
    }

    let drivers: RawDriver[] = [bench.raw];
    if (url) {
      for (let i = 0; i < Math.min(options.connections, APP_POOL * SERVER_WORKERS); i++) {
        const client = new pg.Client({ connectionString: url, options: POSTGRES_SESSION_OPTIONS });
        clients.push(client);
        await client.connect();
      }
      drivers = clients.map(pgDriver);
    }
    const baseline = await runBaseline({
      drivers,
      staff: data.tenant.actor,
      mix,
      workers: options.connections,
      durationSec: options.durationSec,
      seed: options.seed,
    });
    log(
      `  baseline: ${Math.round(baseline.cps)} calls/s (${Math.round(baseline.share * 100)}% of the mix), ` +
        `p95 ${baseline.latency.p95.toFixed(1)} ms, ${baseline.failures} failures`,
    );
    return {
      kind: bench.kind,
      startedAt,
      loadAverage,
      connections: options.connections,
      durationSec: options.durationSec,
      warmupSec: options.warmupSec,
      dbConnections: drivers.length,
      preflight: checked,
      warmupErrors,
      cpu,
      app: appResult,
      baseline,
      ratio: appResult.rps / baseline.cps,
    };
  } finally {
    for (const c of clients) await c.end().catch(() => {});
  }
}

/** The app being measured: where it listens, its processes (for the CPU meter), how to stop it. */
type Served = { url: string; pids: () => number[]; stop: () => Promise<unknown> };

/**
 * On PostgreSQL, the server as an operator runs it: its own process with SERVER_WORKERS worker
 * processes (TSUNAGU_WORKERS), the pool of each its default, on the bench database.
 */
async function serverProcess(url: string): Promise<Served> {
  const server = await startServer({
    DATABASE_URL: url,
    TSUNAGU_DEMO: '0',
    TSUNAGU_WORKERS: String(SERVER_WORKERS),
  });
  return { url: server.url, pids: () => processTree(server.pid), stop: () => server.stop() };
}

/**
 * On PGlite, whose database in memory no other process can open: the app as \`npm start\` builds it
 * (buildApp: every plugin, the session hook, zod validation of requests and answers) in this process,
 * listening on a free local port.
 */
async function inProcess(bench: BenchDatabase, data: Pick<CityData, 'tenant'>): Promise<Served> {
  const config = loadConfig({
    TSUNAGU_DEMO: '0',
    LOG_LEVEL: 'warn',
    TSUNAGU_WEB_DIST: '/nonexistent',
    TSUNAGU_LOGIN_RATE_LIMIT: '100000',
  } as NodeJS.ProcessEnv);
  const app = await buildApp({
    db: bench.database.db,
    config,
    publicTenantId: data.tenant.tenantId,
    logger: false,
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}`, pids: () => [process.pid], stop: () => app.close() };
}
