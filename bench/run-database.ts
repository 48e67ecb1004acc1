/**
 * One database's run: a fresh database migrated and demo-seeded, the data sets generated (or those of
 * the previous database reused) and loaded, each benchmark asked for measured, and the result saved
 * with its query plans in the output folder. The database is dropped at the end, whatever happens.
 */
import os from 'node:os';
import { BENCHMARK_STEPS, type Measured } from './benchmark-steps';
import { type DataSets, generateDataSets, loadsCases } from './data-sets';
import { type BenchDatabase, createBenchDatabase, type DbKind, serverVersion } from './databases';
import { loadCity } from './load';
import { loadCases } from './load-cases';
import { readParticipationRefs } from './load-participation';
import { timed } from './measure';
import type { BenchOptions } from './options';
import { writePlanFiles } from './plan-files';
import type { DbResult } from './report';
import { saveResult } from './saved-results';
import { readTenant } from './tenant';

/** What a database's run leaves: its result, the data sets it loaded and the demo staff's agency code. */
export type DatabaseRun = { result: DbResult; sets: DataSets; agencyCode: string };

/** Where a database's run writes, and whom it tells. */
export type DatabaseRunIo = {
  /** The output folder for result-<db>.json and the plan files. */
  out: string;
  log: (line: string) => void;
  /** Called with the database once it is made and with undefined before it is dropped (for a signal). */
  onDatabase: (bench: BenchDatabase | undefined) => void;
};

/** Runs the benchmarks of the options on a fresh database of the kind; `previous` are the last run's sets. */
export async function runDatabase(
  kind: DbKind,
  options: BenchOptions,
  previous: DataSets | undefined,
  io: DatabaseRunIo,
): Promise<DatabaseRun> {
  const { log } = io;
  log(`== ${kind}`);
  const dbStartedAt = new Date().toISOString();
  const loadAverage = os.loadavg().map((l) => Math.round(l * 100) / 100);
  const setup = await timed(() => createBenchDatabase(kind, options.pgUrl));
  io.onDatabase(setup.result);
  const bench = setup.result;
  try {
    log(`  migrated and demo-seeded ${bench.name} in ${(setup.ms / 1000).toFixed(1)} s`);
    const tenant = await readTenant(bench.database.db);
    const participationRefs = options.only.includes('matching')
      ? await readParticipationRefs(bench.database.db, tenant.tenantId)
      : undefined;
    const sets = await generateDataSets(tenant, participationRefs, options, previous, log);
    const load = await loadCity(bench.database.db, sets.city, tenant.tenantId, tenant.agencyIdByCode, {
      vacuum: options.vacuum,
      log,
      referrals: sets.referralSet,
      staffUserId: tenant.actor.userId,
    });
    log(`  loaded in ${(load.totalMs / 1000).toFixed(1)} s`);
    let caseLoad: DbResult['load'] | undefined;
    if (loadsCases(options) && sets.caseSet) {
      caseLoad = await loadCases(bench.database.db, sets.caseSet, tenant.tenantId, tenant.agencyIdByCode, {
        vacuum: options.vacuum,
        log,
      });
      log(`  cases loaded in ${(caseLoad.totalMs / 1000).toFixed(1)} s`);
    }
    const measured: Measured = {};
    for (const step of BENCHMARK_STEPS)
      if (options.only.includes(step.benchmark))
        Object.assign(measured, await step.run({ bench, tenant, sets, caseLoad, options, log }));
    const { search, households, inbox, cases, matching, report, communityLoad, throughput } = measured;
    const result: DbResult = {
      kind,
      command: options.command,
      startedAt: dbStartedAt,
      loadAverage,
      serverVersion: await serverVersion(bench.raw),
      setupMs: setup.ms,
      load,
      ...(search ? { search } : {}),
      ...(households ? { households } : {}),
      ...(inbox ? { inbox } : {}),
      ...(cases ? { cases } : {}),
      ...(matching ? { matching } : {}),
      ...(report ? { report } : {}),
      ...(communityLoad ? { communityLoad } : {}),
      ...(throughput ? { throughput } : {}),
    };
    saveResult(io.out, options, result);
    writePlanFiles(io.out, kind, result);
    return { result, sets, agencyCode: tenant.actorAgencyCode };
  } finally {
    io.onDatabase(undefined);
    await bench.dispose();
  }
}
