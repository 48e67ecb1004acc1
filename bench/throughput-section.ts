/**
 * The tables and the Markdown of the mixed read throughput (the bench's section of docs/benchmarks.md)
 * and of the load run (bench/out/load-<db>.md).
 */
import type { RunContext } from './docs-section';
import { errorCount, type LoadResult } from './http/load-client';
import { READ_KIND_LABELS, READ_WEIGHTS } from './http/read-mix';
import type { Machine } from './report';
import { SERVER_WORKERS, type ThroughputRun, throughputErrors } from './throughput';

/** SPEC §5: at least 1,000 mixed read requests/s on PostgreSQL; the embedded database within 3× of it. */
export const THROUGHPUT_TARGETS = { postgresRps: 1000, pgliteFactor: 3 } as const;

const ms = (x: number) => (Number.isFinite(x) ? x.toFixed(x < 10 ? 2 : 1) : '–');
const n = (x: number) => Math.round(x).toLocaleString('en-US');
const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
const table = (head: string[], rows: string[][]) =>
  [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
const statuses = (counts: Record<string, number>) =>
  Object.entries(counts)
    .map(([status, count]) => `${status} × ${count}`)
    .join(', ') || '0';

/** One load's answers per kind of the mix, and all of them. */
export function loadTable(r: LoadResult): string {
  const rows = r.byKind.map((k) => [
    READ_KIND_LABELS[k.kind],
    `${READ_WEIGHTS[k.kind]}%`,
    n(k.n),
    ms(k.p50),
    ms(k.p95),
    ms(k.p99),
    ms(k.max),
    statuses(k.non2xx),
  ]);
  rows.push([
    `**all** (${Math.round(r.rps)} req/s)`,
    '100%',
    n(r.latency.n),
    ms(r.latency.p50),
    ms(r.latency.p95),
    ms(r.latency.p99),
    ms(r.latency.max),
    `${r.non2xx} non-2xx, ${r.socketErrors} socket errors, ${r.timeouts} timeouts`,
  ]);
  return table(['call', 'share', 'n', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms', 'not 2xx'], rows);
}

/** The databases side by side: the app's requests/s and latencies, its errors, the baseline and the ratio. */
export function throughputTable(runs: ThroughputRun[]): string {
  const rows = runs.map((r) => [
    r.kind,
    `${r.connections} × ${r.durationSec} s`,
    `**${n(r.app.rps)}**`,
    ms(r.app.latency.p50),
    ms(r.app.latency.p95),
    ms(r.app.latency.p99),
    ms(r.app.latency.max),
    String(throughputErrors(r)),
    `${n(r.baseline.cps)} (${r.dbConnections} conn.)`,
    ms(r.baseline.latency.p95),
    `${r.ratio.toFixed(2)}×`,
    ms(r.cpu.appMs),
    r.cpu.databaseMs === undefined ? '(in app)' : ms(r.cpu.databaseMs),
  ]);
  return table(
    [
      'db',
      'connections × time',
      'req/s',
      'p50 ms',
      'p95 ms',
      'p99 ms',
      'max ms',
      'errors',
      'baseline calls/s',
      'baseline p95',
      'app ÷ baseline',
      'CPU ms/req app',
      'CPU ms/req db',
    ],
    rows,
  );
}

/** MET / NOT MET for the SPEC §5 throughput targets and for no errors. */
export function throughputTargetLines(runs: ThroughputRun[]): string[] {
  const pg = runs.find((r) => r.kind === 'postgres');
  const lite = runs.find((r) => r.kind === 'pglite');
  const met = (ok: boolean) => (ok ? 'MET' : 'NOT MET');
  const out: string[] = [];
  if (pg)
    out.push(
      `PostgreSQL ≥ ${n(THROUGHPUT_TARGETS.postgresRps)} mixed read requests/s: ${met(pg.app.rps >= THROUGHPUT_TARGETS.postgresRps)} (${n(pg.app.rps)} req/s)`,
    );
  if (pg && lite) {
    const factor = pg.app.rps / lite.app.rps;
    out.push(
      `PGlite within ${THROUGHPUT_TARGETS.pgliteFactor}× of PostgreSQL: ${met(factor <= THROUGHPUT_TARGETS.pgliteFactor)} (PostgreSQL ${factor.toFixed(2)}× PGlite's requests/s)`,
    );
  } else if (lite) {
    out.push(
      `PGlite: ${n(lite.app.rps)} req/s (the target is PostgreSQL's ≥ ${n(THROUGHPUT_TARGETS.postgresRps)} within ${THROUGHPUT_TARGETS.pgliteFactor}×; PostgreSQL not run)`,
    );
  }
  for (const r of runs)
    out.push(
      `${r.kind}: ${throughputErrors(r)} errors (preflight ${r.preflight.failures.length}, warm-up ${r.warmupErrors}, measured ${errorCount(r.app)})`,
    );
  return out;
}

/** The throughput section of docs/benchmarks.md (between `<!-- bench:throughput:start -->` and `end`). */
export function throughputSection(ctx: RunContext, runs: ThroughputRun[]): string {
  const { machine, options, shape } = ctx;
  const first = runs[0];
  const runLines = runs
    .map(
      (r) =>
        `- ${r.kind}: run ${r.startedAt.slice(0, 16).replace('T', ' ')} UTC with \`${options.command}\` (load average ${r.loadAverage.join(' / ')})`,
    )
    .join('\n');
  const perKind = runs.map((r) => `**${r.kind}**\n\n${loadTable(r.app)}`).join('\n\n');
  const targets = throughputTargetLines(runs)
    .map((l) => `- ${l}`)
    .join('\n');
  return `## Mixed read throughput

${runLines}

**Machine**: ${machineLine(machine)}. Other work was sharing the 2 cores (load averages above), and the load client
runs on them too, so the numbers are lower than on a quiet machine.

**Data set** (seed ${options.seed}, scale ${options.scale}): ${n(shape.households)} households, ${n(shape.persons)} persons,
${n(shape.intakes)} intakes, ${n(ctx.referralShape?.referrals ?? 0)} referrals, ${n(ctx.caseShape?.cases ?? 0)} cases with ${n(ctx.caseShape?.records ?? 0)} support records —
the same database the other benchmarks measured.

**Load**: on PostgreSQL, the server as an operator runs it — its own process (\`node --import tsx
apps/server/src/main.ts\`) with ${SERVER_WORKERS} worker processes (\`TSUNAGU_WORKERS=${SERVER_WORKERS}\`, one per core), each with
the default pool of 10 connections, on the bench database, connected as \`--pg-url\` says (TCP by default;
the Unix socket when the command names \`host=/var/run/postgresql\`); on PGlite, whose database in memory
no other process can open, the app as \`npm start\` builds it (buildApp: every plugin, the session hook,
zod validation of requests and answers) in the bench process. Autocannon in a child process sends the read mix over
${first?.connections ?? '–'} keep-alive connections for ${first?.durationSec ?? '–'} s after a ${first?.warmupSec ?? '–'} s warm-up, each request with the
session cookie of its user (staff@demo.example, coordinator@demo.example, planner@demo.example, signed in over
HTTP). The mix (bench/http/read-mix.ts), by share: ${Object.entries(READ_WEIGHTS)
    .map(([k, w]) => `${READ_KIND_LABELS[k as keyof typeof READ_WEIGHTS]} ${w}%`)
    .join('; ')}. Every id is one its user may read; each call was sent once before the warm-up and had to
answer 2xx. Any answer but 2xx, socket error or timeout is an error. *Baseline*: the same mix's calls, as the other
benchmarks' baselines send them (person search, the case page, the inbox and its counts, the case lists, the queue
and the statistics: ${Math.round((first?.baseline.share ?? 0) * 100)}% of the mix — the household page, the directory and the
indicator list have no written-out baseline and are left out), straight through the raw driver by as many
workers for as long, each on a database connection of its own (PGlite: its one connection): no HTTP,
sessions, drizzle, service layer or audit inserts. *app ÷ baseline* is requests/s over calls/s. *CPU ms/req*: the
CPU time the server's processes (on PGlite the bench process, the database inside it too) and the PostgreSQL
backends used over the measured run, per request — steadier than requests/s on a shared machine. On 2 cores
the app, PostgreSQL and the load client share 2,000 ms of CPU a second: ≥ 1,000 requests/s needs the two
columns to add up to well under 2 ms.

${throughputTable(runs)}

${perKind}

**Targets**

${targets}
`;
}

function machineLine(machine: Machine): string {
  return `${machine.cpu}, ${machine.cores} cores, ${machine.ramGiB} GiB RAM, ${machine.os}, Node ${machine.node}, PGlite ${machine.pglite}`;
}

/** The load run's report (bench/out/load-<db>.md). */
export function loadRunReport(run: {
  kind: string;
  command: string;
  startedAt: string;
  machine: Machine;
  loadAverage: { before: number[]; after: number[] };
  dataSet: string;
  setupMs: number;
  connections: number;
  durationSec: number;
  preflight: { calls: number; failures: string[] };
  result: LoadResult;
  /** CPU time of the server (and the database backends) over the load, and per request. */
  cpu: string;
  serverWarnings: number;
}): string {
  const errors = errorCount(run.result) + run.preflight.failures.length;
  return `# Load run — ${run.kind}

- run ${run.startedAt.slice(0, 16).replace('T', ' ')} UTC with \`${run.command}\`; load average before ${run.loadAverage.before.join(' / ')}, after ${run.loadAverage.after.join(' / ')}
- machine: ${machineLine(run.machine)}
- data set: ${run.dataSet}; made and loaded in ${(run.setupMs / 1000).toFixed(1)} s
- server: its own process (\`node --import tsx apps/server/src/main.ts\`, LOG_LEVEL=warn), ${run.kind === 'postgres' ? 'DATABASE_URL, pool of 10' : 'TSUNAGU_DATA_DIR (PGlite in a data folder)'}
- load: the mixed reads (bench/http/read-mix.ts) at ${run.connections} connections for ${run.durationSec} s, autocannon in a child process;
  each of the mix's ${run.preflight.calls} calls sent once first (${run.preflight.failures.length} not 2xx${run.preflight.failures.length ? `: ${run.preflight.failures.join(', ')}` : ''})
- CPU over the load: ${run.cpu}
- server log lines at warn or above during the run: ${run.serverWarnings}

**${Math.round(run.result.rps)} requests/s, ${errors} errors** (answers by status: ${statuses(run.result.statusCounts)})

${loadTable(run.result)}
`;
}
