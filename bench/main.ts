/**
 * npm run bench — generates a city-scale data set, loads it into fresh PGlite and/or PostgreSQL
 * databases (migrated and demo-seeded by the app's code) and measures person search as the demo staff
 * user against a raw-SQL baseline. Prints the table and rewrites the person-search section of
 * docs/benchmarks.md. Options: see bench/options.ts or `npm run bench -- --help`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type BenchDatabase, createBenchDatabase, type DbKind, serverVersion } from './databases';
import { personSearchSection, type RunContext } from './docs-section';
import { type City, describeCity, generateCity } from './generator';
import { loadCity } from './load';
import { timed } from './measure';
import { type BenchOptions, parseOptions, UsageError } from './options';
import { runPersonSearch } from './person-search';
import { buildQueryMix } from './queries';
import {
  type DbResult,
  machineInfo,
  planSummary,
  resultsTable,
  slowestKinds,
  targetLines,
  writeDocsSection,
} from './report';
import { readTenant } from './tenant';

const ROOT = path.resolve(import.meta.dirname, '..');
const OUT = path.join(ROOT, 'bench/out');
const log = (line: string) => process.stdout.write(`${line}\n`);

let current: BenchDatabase | undefined;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    log(`\n${signal}: stopping, dropping the bench database`);
    void (current?.dispose() ?? Promise.resolve()).finally(() =>
      process.exit(128 + (signal === 'SIGINT' ? 2 : 15)),
    );
  });
}

/** A database's result as saved after its run, to be reported with a later run of the other one. */
type SavedResult = { seed: number; scale: number; iterations: number; result: DbResult };
const savedPath = (kind: DbKind) => path.join(OUT, `result-${kind}.json`);

function readSaved(kind: DbKind, options: BenchOptions): DbResult {
  const saved = JSON.parse(fs.readFileSync(savedPath(kind), 'utf8')) as SavedResult;
  if (saved.seed !== options.seed || saved.scale !== options.scale || saved.iterations !== options.iterations)
    throw new Error(`${savedPath(kind)} was made with other --seed, --scale or --iterations`);
  return saved.result;
}

async function main() {
  const options = parseOptions(process.argv.slice(2));
  const machine = machineInfo();
  log(`person-search benchmark — ${options.command}`);
  log(
    `${machine.cpu}, ${machine.cores} cores, ${machine.ramGiB} GiB, Node ${machine.node}, PGlite ${machine.pglite}`,
  );
  log(`load average ${machine.loadAverage.join(' / ')} (other processes share these cores)\n`);

  let city: City | undefined;
  let cityKey = '';
  let generateMs = 0;
  let agencyCode = '';
  const results: DbResult[] = [];
  for (const kind of options.dbs) {
    log(`== ${kind}`);
    const dbStartedAt = new Date().toISOString();
    const loadAverage = os.loadavg().map((l) => Math.round(l * 100) / 100);
    const setup = await timed(() => createBenchDatabase(kind, options.pgUrl));
    current = setup.result;
    const bench = setup.result;
    try {
      log(`  migrated and demo-seeded ${bench.name} in ${(setup.ms / 1000).toFixed(1)} s`);
      const tenant = await readTenant(bench.database.db);
      agencyCode = tenant.actorAgencyCode;
      const key = JSON.stringify(tenant.refs);
      if (!city || key !== cityKey) {
        const generated = await timed(async () => generateCity(tenant.refs, options));
        city = generated.result;
        cityKey = key;
        generateMs = generated.ms;
        log(`  generated ${city.persons.length} persons in ${(generateMs / 1000).toFixed(1)} s`);
      }
      const load = await loadCity(bench.database.db, city, tenant.tenantId, tenant.agencyIdByCode, {
        vacuum: options.vacuum,
        log,
      });
      log(`  loaded in ${(load.totalMs / 1000).toFixed(1)} s`);
      const mix = buildQueryMix(city, tenant.actorAgencyCode, options.seed);
      const search = await runPersonSearch(bench.database.db, bench.raw, tenant.actor, mix, {
        iterations: options.iterations,
        log,
      });
      const result: DbResult = {
        kind,
        command: options.command,
        startedAt: dbStartedAt,
        loadAverage,
        serverVersion: await serverVersion(bench.raw),
        setupMs: setup.ms,
        load,
        search,
      };
      results.push(result);
      fs.mkdirSync(OUT, { recursive: true });
      const saved: SavedResult = {
        seed: options.seed,
        scale: options.scale,
        iterations: options.iterations,
        result,
      };
      fs.writeFileSync(savedPath(kind), JSON.stringify(saved));
      fs.writeFileSync(
        path.join(OUT, `plans-${kind}.txt`),
        search.plans.map((p) => `-- ${p.kind}: ${p.q} (${p.ms.toFixed(1)} ms)\n${p.plan}\n`).join('\n'),
      );
    } finally {
      current = undefined;
      await bench.dispose();
    }
  }
  if (!city) return;
  for (const kind of options.withSaved) results.push(readSaved(kind, options));
  results.sort((a, b) => a.kind.localeCompare(b.kind));

  const shape = describeCity(city, agencyCode);
  log(`\n${resultsTable(results)}\n`);
  for (const line of targetLines(results)) log(line);
  for (const r of results) {
    for (const kind of slowestKinds(r)) {
      const p = r.search.plans.find((x) => x.kind === kind.kind);
      if (p) log(`\n${r.kind} ${p.kind} — ${p.q}:\n${planSummary(p.plan)}`);
    }
  }
  const ctx: RunContext = { options, machine, generateMs, shape, agencyCode, results };
  fs.writeFileSync(path.join(OUT, 'last-run.md'), personSearchSection(ctx));
  if (options.docs) {
    writeDocsSection(path.join(ROOT, 'docs/benchmarks.md'), personSearchSection(ctx));
    log('\nwrote docs/benchmarks.md (person-search section)');
  } else {
    log('\ndocs/benchmarks.md left as it is (--no-docs, or a --scale other than 1; --docs forces it)');
  }
}

main().catch((e: unknown) => {
  if (e instanceof UsageError) {
    (e.exitCode ? process.stderr : process.stdout).write(`${e.message}\n`);
    process.exit(e.exitCode);
  }
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
