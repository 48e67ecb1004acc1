/**
 * npm run faults — the fault runs of SPEC §5 against real server processes: kill -9 mid-write on
 * PGlite and PostgreSQL, two servers on one PostgreSQL database behind a round-robin proxy, a server's
 * worker processes killed under load, and a PostgreSQL restart under load. Each ends by checking every acknowledged write and the database's
 * invariants. Prints one table, writes bench/out/faults.md, exits non-zero when a check fails.
 */
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { runCanary } from './canary';
import { createFaultDatabase, type DbKind, type FaultDatabase } from './fault-db';
import { runKill9 } from './kill9';
import { runPgRestart } from './pg-restart';
import { type CheckRow, summary, writeSummary } from './report';
import { runTwoServers } from './two-servers';
import { runWorkers } from './workers';

const ROOT = path.resolve(import.meta.dirname, '../..');
const OUT = path.join(ROOT, 'bench/out');
const RUNS = ['kill9', 'two-servers', 'workers', 'pg-restart'] as const;
type Run = (typeof RUNS)[number];

const USAGE = `npm run faults -- [options]
  --only=kill9,two-servers,workers,pg-restart
                                        runs to make (default all, in this order)
  --db=pglite|postgres|both             databases of the kill -9 run (default both; the other
                                        runs need PostgreSQL)
  --duration=S                          seconds of write load per phase: a kill -9 round, the
                                        load before and after the PostgreSQL restart, the load
                                        through the proxy, a worker-kill round (default 8)
  --writers=N                           concurrent writers (default 8)
  --rounds=N                            kill -9 rounds per database, worker kills (default 3)
  --pg-url=URL                          PostgreSQL server to make the databases on
                                        (default postgres://postgres@127.0.0.1:5432/postgres)

The PostgreSQL restart restarts the whole local cluster (pg_ctlcluster) once: other work on the
machine loses its connections for a few seconds.`;

function options() {
  const { values } = parseArgs({
    options: {
      only: { type: 'string', default: RUNS.join(',') },
      db: { type: 'string', default: 'both' },
      duration: { type: 'string', default: '8' },
      writers: { type: 'string', default: '8' },
      rounds: { type: 'string', default: '3' },
      'pg-url': { type: 'string', default: 'postgres://postgres@127.0.0.1:5432/postgres' },
      help: { type: 'boolean', default: false },
    },
  });
  const fail = (message: string): never => {
    process.stderr.write(`${message}\n\n${USAGE}\n`);
    process.exit(2);
  };
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  }
  const only = values.only.split(',').map((s) => s.trim()) as Run[];
  for (const r of only) if (!RUNS.includes(r)) fail(`--only: unknown run "${r}"`);
  const dbs: DbKind[] = values.db === 'both' ? ['pglite', 'postgres'] : [values.db as DbKind];
  if (!['pglite', 'postgres'].includes(dbs[0]!)) fail(`--db: pglite, postgres or both, not "${values.db}"`);
  const number = (name: string, v: string) => {
    const n = Number(v);
    if (!Number.isFinite(n) || n <= 0) fail(`--${name}: a positive number, not "${v}"`);
    return n;
  };
  return {
    only: RUNS.filter((r) => only.includes(r)),
    dbs,
    phaseMs: number('duration', values.duration) * 1000,
    writers: Math.round(number('writers', values.writers)),
    rounds: Math.round(number('rounds', values.rounds)),
    pgUrl: values['pg-url'],
  };
}

/** Runs fn on a fresh database of the kind and always disposes of it. */
async function onFresh<T>(kind: DbKind, pgUrl: string, fn: (db: FaultDatabase) => Promise<T>): Promise<T> {
  const db = await createFaultDatabase(kind, pgUrl);
  try {
    return await fn(db);
  } finally {
    await db.dispose();
  }
}

async function main() {
  const o = options();
  const started = Date.now();
  const rows: CheckRow[] = [];
  const log = (line: string) => process.stdout.write(`${line}\n`);
  const record = (run: string, got: CheckRow[]) => {
    rows.push(...got);
    for (const r of got) log(`  ${r.result.padEnd(4)} ${r.check} (${r.db}): ${r.numbers}`);
    log(`${run} done at ${((Date.now() - started) / 1000).toFixed(0)} s`);
  };
  // A run that throws is a failed check, and the runs after it still go.
  const attempt = async (run: string, db: string, fn: () => Promise<CheckRow[]>) => {
    log(`\n${run} (${db}) …`);
    try {
      record(run, await fn());
    } catch (e) {
      const message = e instanceof Error ? (e.stack ?? e.message) : String(e);
      record(run, [
        { check: run, db, result: 'FAIL', numbers: 'the run stopped', details: message.split('\n') },
      ]);
    }
  };
  if (o.only.includes('kill9')) {
    for (const kind of o.dbs) {
      await attempt('kill -9', kind, () =>
        onFresh(kind, o.pgUrl, async (db) => [
          ...(await runKill9(db, { rounds: o.rounds, roundMs: o.phaseMs, writers: o.writers, outDir: OUT })),
          // Last, on the same throwaway database: the check itself must catch half-writes.
          await runCanary(db.location, db.label),
        ]),
      );
    }
  }
  if (o.only.includes('two-servers')) {
    await attempt('two servers', 'postgres', () =>
      onFresh('postgres', o.pgUrl, (db) =>
        runTwoServers(db, { writers: o.writers, loadMs: o.phaseMs, outDir: OUT }),
      ),
    );
  }
  if (o.only.includes('workers')) {
    await attempt('worker processes', 'postgres', () =>
      onFresh('postgres', o.pgUrl, (db) =>
        runWorkers(db, { rounds: o.rounds, roundMs: o.phaseMs, writers: o.writers, outDir: OUT }),
      ),
    );
  }
  if (o.only.includes('pg-restart')) {
    await attempt('PostgreSQL restart', 'postgres', () =>
      onFresh('postgres', o.pgUrl, (db) =>
        runPgRestart(db, { writers: o.writers, beforeMs: o.phaseMs / 2, afterMs: o.phaseMs, outDir: OUT }),
      ),
    );
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  const failed = rows.filter((r) => r.result === 'FAIL').length;
  const text = summary(rows, [
    '# Fault runs (npm run faults)',
    '',
    `${new Date().toISOString()}; ${os.cpus().length} cores, load average ${os.loadavg()[0]!.toFixed(1)} at the end; ${seconds} s; ${o.writers} writers, ${o.phaseMs / 1000} s phases, ${o.rounds} kill -9 rounds; ${failed} failed checks.`,
  ]);
  writeSummary(path.join(OUT, 'faults.md'), text);
  log(`\n${text}\nwrote bench/out/faults.md`);
  process.exit(failed ? 1 : 0);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
