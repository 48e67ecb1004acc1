/**
 * npm run bench — generates a city-scale data set, loads it into fresh PGlite and/or PostgreSQL
 * databases (migrated and demo-seeded by the app's code) and measures person search as the demo staff
 * user against a raw-SQL baseline. Prints the table and rewrites the person-search section of
 * docs/benchmarks.md. Options: see bench/options.ts or `npm run bench -- --help`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { type BenchDatabase, createBenchDatabase, serverVersion } from './databases';
import { personSearchSection, type RunContext } from './docs-section';
import { type City, describeCity, generateCity } from './generator';
import { loadCity } from './load';
import { timed } from './measure';
import { parseOptions } from './options';
import { runPersonSearch } from './person-search';
import { buildQueryMix } from './queries';
import {
  type DbResult,
  machineInfo,
  planSummary,
  resultsTable,
  TARGETS,
  targetLines,
  writeDocsSection,
} from './report';
import { readTenant } from './tenant';

const ROOT = path.resolve(import.meta.dirname, '..');
const OUT = path.join(ROOT, 'bench/out');
const log = (line: string) => process.stdout.write(`${line}\n`);

let current: BenchDatabase | undefined;
process.once('SIGINT', () => {
  log('\ninterrupted: dropping the bench database');
  void (current?.dispose() ?? Promise.resolve()).finally(() => process.exit(130));
});

async function main() {
  const options = parseOptions(process.argv.slice(2));
  const machine = machineInfo();
  const startedAt = new Date();
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
      results.push({ kind, serverVersion: await serverVersion(bench.raw), setupMs: setup.ms, load, search });
      fs.mkdirSync(OUT, { recursive: true });
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

  const shape = describeCity(city, agencyCode);
  log(`\n${resultsTable(results)}\n`);
  for (const line of targetLines(results)) log(line);
  for (const r of results) {
    for (const p of r.search.plans) {
      const kind = r.search.kinds.find((k) => k.kind === p.kind);
      if (kind && kind.service.p95 > TARGETS.postgresP95Ms)
        log(`\n${r.kind} ${p.kind} — ${p.q}:\n${planSummary(p.plan)}`);
    }
  }
  const ctx: RunContext = { options, machine, startedAt, generateMs, shape, agencyCode, results };
  fs.writeFileSync(path.join(OUT, 'last-run.md'), personSearchSection(ctx));
  if (options.docs) {
    writeDocsSection(path.join(ROOT, 'docs/benchmarks.md'), personSearchSection(ctx));
    log('\nwrote docs/benchmarks.md (person-search section)');
  } else {
    log('\ndocs/benchmarks.md left as it is (--no-docs, or a --scale other than 1; --docs forces it)');
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
