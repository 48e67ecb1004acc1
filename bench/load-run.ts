/**
 * npm run load — the read load run: makes a database with the city-scale data set (PostgreSQL by
 * default, a database of its own created and dropped; or a PGlite data folder), starts a server on it as
 * its own process, signs in the demo users and sends the mixed reads (bench/http/read-mix.ts) at 50
 * connections for 60 s. Prints the table, writes bench/out/load-<db>.md and exits non-zero on any error
 * (an answer but 2xx, a socket error, a timeout). The server is stopped and the database dropped at the
 * end, on Ctrl-C too.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { isIsoDate, toIsoDate } from '@tsunagu/japan';
import { type CityDatabase, createCityDatabase } from './city-database';
import type { DbKind } from './databases';
import { cpuMeter, processTree } from './http/cpu';
import { errorCount, preflight, runLoad, signInMix } from './http/load-client';
import { buildReadMix } from './http/read-mix';
import { type ServerProcess, startServer } from './http/server-process';
import { EARLIEST_AS_OF } from './options';
import { machineInfo } from './report';
import { loadRunReport, loadTable } from './throughput-section';

const OUT = path.resolve(import.meta.dirname, 'out');
const log = (line: string) => process.stdout.write(`${line}\n`);
const loadAverage = () => os.loadavg().map((l) => Math.round(l * 100) / 100);

const USAGE = `npm run load -- [options]
  --db=postgres|pglite   the database (default postgres: a database tsunagu_load_<random> is created on
                         --pg-url and dropped at the end; pglite: a data folder in the temporary directory)
  --duration=S           seconds of load (default 60)
  --connections=C        concurrent keep-alive connections (default 50)
  --scale=N              data-set size, 1 = the SPEC's city (default 1)
  --seed=N               generator seed (default 1)
  --as-of=YYYY-MM-DD     the day the referrals and cases are generated up to (default today in Japan)
  --pg-url=URL           PostgreSQL server (default $BENCH_PG_URL or postgres://postgres@127.0.0.1:5432/postgres)`;

type LoadOptions = {
  kind: DbKind;
  durationSec: number;
  connections: number;
  scale: number;
  seed: number;
  asOf: string;
  pgUrl: string;
};

function parseOptions(argv: string[]): LoadOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      db: { type: 'string', default: 'postgres' },
      duration: { type: 'string', default: '60' },
      connections: { type: 'string', default: '50' },
      scale: { type: 'string', default: '1' },
      seed: { type: 'string', default: '1' },
      'as-of': { type: 'string' },
      'pg-url': { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    log(USAGE);
    process.exit(0);
  }
  const problems: string[] = [];
  const int = (name: string, value: string, min: number) => {
    const x = Number(value);
    if (!Number.isInteger(x) || x < min) problems.push(`--${name} must be an integer of at least ${min}`);
    return x;
  };
  if (values.db !== 'postgres' && values.db !== 'pglite') problems.push('--db must be postgres or pglite');
  const scale = Number(values.scale);
  if (!(scale > 0 && scale <= 4)) problems.push('--scale must be a number in (0, 4]');
  const asOf = values['as-of'] ?? toIsoDate(new Date());
  if (!isIsoDate(asOf) || asOf < EARLIEST_AS_OF)
    problems.push(`--as-of must be a date on or after ${EARLIEST_AS_OF}`);
  const options: LoadOptions = {
    kind: values.db as DbKind,
    durationSec: int('duration', values.duration, 1),
    connections: int('connections', values.connections, 1),
    scale,
    seed: int('seed', values.seed, 0),
    asOf,
    pgUrl: values['pg-url'] ?? process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
  };
  if (problems.length) {
    process.stderr.write(`${problems.join('\n')}\n\n${USAGE}\n`);
    process.exit(2);
  }
  return options;
}

let database: CityDatabase | undefined;
let server: ServerProcess | undefined;
/** Stops the server, then drops the database: it cannot be dropped (nor the folder removed) while served. */
async function cleanUp() {
  await server?.stop();
  server = undefined;
  await database?.dispose();
  database = undefined;
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    log(`\n${signal}: stopping the server, dropping the database`);
    void cleanUp().finally(() => process.exit(128 + (signal === 'SIGINT' ? 2 : 15)));
  });
}

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2));
  const command = ['npm run load', ...(process.argv.length > 2 ? ['--', ...process.argv.slice(2)] : [])].join(
    ' ',
  );
  const machine = machineInfo();
  log(`read load run — ${command}`);
  log(`${machine.cpu}, ${machine.cores} cores, load average ${machine.loadAverage.join(' / ')}`);
  database = await createCityDatabase(options.kind, { ...options, log });
  const { data } = database;
  const dataSet =
    `seed ${options.seed}, scale ${options.scale}, as of ${options.asOf}: ${data.city.households.length} households, ` +
    `${data.city.persons.length} persons, ${data.city.intakes.length} intakes, ${data.referrals.referrals.length} referrals, ` +
    `${data.cases.cases.length} cases with ${data.cases.records.length} support records`;
  log(`  ${options.kind} ${database.name} ready in ${(database.setupMs / 1000).toFixed(1)} s — ${dataSet}`);

  server = await startServer(database.serverEnv);
  // The server logs as JSON lines on stdout (pino); level 40 is warn, 50 error, 60 fatal.
  let serverWarnings = 0;
  server.child.stdout?.on('data', (chunk: Buffer) => {
    for (const m of chunk.toString().matchAll(/"level":(\d+)/g)) if (Number(m[1]) >= 40) serverWarnings++;
  });
  log(`  server ${server.pid} listening at ${server.url}`);
  const mix = buildReadMix(data, options.seed);
  const cookies = await signInMix(server.url);
  const checked = await preflight(server.url, cookies, mix);
  log(`  sent each of the mix's ${checked.calls} calls once: ${checked.failures.length} not 2xx`);
  for (const f of checked.failures) log(`    ${f}`);

  const before = loadAverage();
  const serverPid = server.pid;
  const cpu = cpuMeter(() => processTree(serverPid), options.kind === 'postgres' ? database.name : undefined);
  const startedAt = new Date().toISOString();
  log(`  ${options.connections} connections for ${options.durationSec} s …`);
  const result = await runLoad({
    url: server.url,
    cookies,
    mix,
    connections: options.connections,
    durationSec: options.durationSec,
    timeoutSec: 10,
    seed: options.seed,
  });
  const used = cpu.stop();
  const after = loadAverage();
  const errors = errorCount(result) + checked.failures.length;
  log(`\n${loadTable(result)}\n`);
  log(
    `${Math.round(result.rps)} requests/s, ${errors} errors; load average ${before.join(' / ')} → ${after.join(' / ')}`,
  );
  const perRequest = (sec: number) => `${((sec * 1000) / Math.max(1, result.requests)).toFixed(2)} ms`;
  const cpuLine =
    `server process ${used.serverSec.toFixed(1)} s CPU (${perRequest(used.serverSec)} a request)` +
    (options.kind === 'postgres'
      ? `, PostgreSQL backends ${used.databaseSec.toFixed(1)} s (${perRequest(used.databaseSec)} a request)`
      : ' (PGlite runs inside it)');
  log(`CPU: ${cpuLine}`);
  if (server.stderr()) log(`server stderr:\n${server.stderr().slice(-2000)}`);

  fs.mkdirSync(OUT, { recursive: true });
  const file = path.join(OUT, `load-${options.kind}.md`);
  fs.writeFileSync(
    file,
    loadRunReport({
      kind: options.kind,
      command,
      startedAt,
      machine,
      loadAverage: { before, after },
      dataSet,
      setupMs: database.setupMs,
      connections: options.connections,
      durationSec: options.durationSec,
      preflight: checked,
      result,
      cpu: cpuLine,
      serverWarnings,
    }),
  );
  log(`wrote ${path.relative(process.cwd(), file)}`);
  return errors ? 1 : 0;
}

main()
  .then(async (code) => {
    await cleanUp();
    process.exit(code);
  })
  .catch(async (e: unknown) => {
    process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    await cleanUp().catch(() => {});
    process.exit(1);
  });
