/**
 * npm run bench — generates a city-scale data set (households, persons, intakes, 40,000 referrals,
 * 3,000 cases with 100,000 support records, and an employment programme of 3,000 participants and 800
 * open openings), loads it into fresh PGlite and/or PostgreSQL databases (migrated and demo-seeded by
 * the app's code) and measures against raw-SQL baselines, on the same loaded database: person search
 * and the referral inbox as the demo staff user, the case page as the demo coordinator and the staff
 * user, the 年度 statistics and the indicator report as the demo coordinator and planner, then matching as
 * the programme desk. Prints the tables and rewrites the sections of
 * docs/benchmarks.md of the benchmarks run. Options: see bench/options.ts or `npm run bench -- --help`.
 *
 * The phases are in files of their own: the data sets (data-sets.ts), a database's run
 * (run-database.ts) with its benchmark steps (benchmark-steps.ts), the saved results (saved-results.ts)
 * and the printed tables and docs sections (benchmark-reports.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { reportBenchmarks, runContext } from './benchmark-reports';
import type { DataSets } from './data-sets';
import type { BenchDatabase } from './databases';
import { parseOptions, UsageError } from './options';
import { type DbResult, machineInfo, writeDocsSection } from './report';
import { runDatabase } from './run-database';
import { readSavedResult } from './saved-results';

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

async function main() {
  const options = parseOptions(process.argv.slice(2));
  const machine = machineInfo();
  log(`${options.only.join(' + ')} benchmark — ${options.command}`);
  log(
    `${machine.cpu}, ${machine.cores} cores, ${machine.ramGiB} GiB, Node ${machine.node}, PGlite ${machine.pglite}`,
  );
  log(`load average ${machine.loadAverage.join(' / ')} (other processes share these cores)\n`);

  let sets: DataSets | undefined;
  let agencyCode = '';
  const results: DbResult[] = [];
  for (const kind of options.dbs) {
    const run = await runDatabase(kind, options, sets, {
      out: OUT,
      log,
      onDatabase: (bench) => {
        current = bench;
      },
    });
    sets = run.sets;
    agencyCode = run.agencyCode;
    results.push(run.result);
  }
  if (!sets) return;
  for (const kind of options.withSaved) results.push(readSavedResult(OUT, kind, options));
  results.sort((a, b) => a.kind.localeCompare(b.kind));

  const sections = reportBenchmarks(runContext(options, machine, sets, agencyCode, results), log);
  fs.writeFileSync(path.join(OUT, 'last-run.md'), sections.map((s) => s.text).join('\n'));
  if (options.docs) {
    const file = path.join(ROOT, 'docs/benchmarks.md');
    for (const s of sections) writeDocsSection(file, s.docsSection, s.text);
    log(
      `\nwrote docs/benchmarks.md (${options.only.join(' and ')} section${options.only.length > 1 ? 's' : ''})`,
    );
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
