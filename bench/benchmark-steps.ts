/**
 * The benchmarks' steps in a database's run, keyed by their `--only` names and in the order they run:
 * each measures its benchmark on the loaded database and returns its part of the database's result.
 */
import { runReport } from './annual-report';
import { readActor, runCasePage } from './case-page';
import type { DataSets } from './data-sets';
import { BENCH_DEMO_PASSWORD, type BenchDatabase } from './databases';
import { generateCommunity } from './generator';
import { pickHouseholds, runHouseholdPage } from './household-page';
import type { LoadReport } from './load';
import { loadCommunity, readCommunityRefs } from './load-community';
import { loadParticipation } from './load-participation';
import { PROGRAMME_EMAIL, runMatching } from './matching';
import type { Benchmark, BenchOptions } from './options';
import { runPersonSearch } from './person-search';
import { buildQueryMix } from './queries';
import { runReferralInbox } from './referral-inbox';
import type { DbResult } from './report';
import type { Tenant } from './tenant';
import { runThroughput, THROUGHPUT_DEFAULTS } from './throughput';

/** What a step measures on: the loaded database, its tenant, the data sets in it and the run's options. */
export type StepInput = {
  bench: BenchDatabase;
  tenant: Tenant;
  sets: DataSets;
  /** The cases' load, when the cases were loaded. */
  caseLoad: LoadReport | undefined;
  options: BenchOptions;
  log: (line: string) => void;
};

/** The parts of a database's result the benchmarks measure. */
export type Measured = Pick<
  DbResult,
  'search' | 'households' | 'inbox' | 'cases' | 'matching' | 'report' | 'communityLoad' | 'throughput'
>;

/** A benchmark's step: runs when `--only` names the benchmark. */
export type BenchmarkStep = { benchmark: Benchmark; run: (input: StepInput) => Promise<Measured> };

/** The timed calls each benchmark makes, and where it reports its progress. */
const calls = ({ options, log }: StepInput) => ({ iterations: options.iterations, log });

async function personSearch(input: StepInput): Promise<Measured> {
  const { bench, tenant, sets, options, log } = input;
  log('  person search');
  const mix = buildQueryMix(sets.city, tenant.actorAgencyCode, options.seed);
  return { search: await runPersonSearch(bench.database.db, bench.raw, tenant.actor, mix, calls(input)) };
}

async function householdPage(input: StepInput): Promise<Measured> {
  const { bench, tenant, sets, log } = input;
  log('  household page');
  const picks = pickHouseholds(sets.city, sets.referralSet, tenant.actorAgencyCode);
  return {
    households: await runHouseholdPage(bench.database.db, bench.raw, tenant.actor, picks, calls(input)),
  };
}

async function referralInbox(input: StepInput): Promise<Measured> {
  const { bench, tenant, log } = input;
  log('  referral inbox');
  return { inbox: await runReferralInbox(bench.database.db, bench.raw, tenant.actor, calls(input)) };
}

async function casePage(input: StepInput): Promise<Measured> {
  const { bench, tenant, sets, caseLoad, log } = input;
  if (!caseLoad || !sets.caseSet) return {};
  log('  case page');
  const run = await runCasePage(bench.database.db, bench.raw, tenant.actor, sets.caseSet, calls(input));
  return { cases: { load: caseLoad, run } };
}

async function annualReport(input: StepInput): Promise<Measured> {
  const { bench, tenant, options, log } = input;
  // Community records feed indicators No 9 and No 10: the report reads them at city scale too.
  const refs = await readCommunityRefs(bench.database.db, tenant.tenantId, tenant.refs.schoolDistricts);
  const community = generateCommunity(refs, options);
  const communityLoad = await loadCommunity(bench.database.db, community, tenant.tenantId, { log });
  log(`  community records loaded in ${(communityLoad.totalMs / 1000).toFixed(1)} s`);
  log('  年度 statistics and indicator report');
  const report = await runReport(bench.database.db, bench.raw, calls(input));
  return { report, communityLoad };
}

async function mixedReadThroughput({ bench, tenant, sets, options, log }: StepInput): Promise<Measured> {
  if (!sets.caseSet) return {};
  log('  mixed read throughput');
  const throughput = await runThroughput(
    bench,
    { tenant, city: sets.city, cases: sets.caseSet },
    {
      ...THROUGHPUT_DEFAULTS,
      pgUrl: options.pgUrl,
      password: BENCH_DEMO_PASSWORD,
      seed: options.seed,
      kinds: options.mix,
      log,
    },
  );
  return { throughput };
}

/** Loads the employment programme as the programme desk, then measures matching. */
async function matching(input: StepInput): Promise<Measured> {
  const { bench, tenant, sets, options, log } = input;
  const desk = await readActor(bench.database.db, PROGRAMME_EMAIL);
  if (!sets.participationSet) return {};
  const load = await loadParticipation(
    bench.database.db,
    sets.participationSet,
    tenant.tenantId,
    tenant.agencyIdByCode,
    desk.userId,
    { vacuum: options.vacuum, log },
  );
  log(`  employment programme loaded in ${(load.totalMs / 1000).toFixed(1)} s`);
  log('  matching');
  const run = await runMatching(bench.database.db, bench.raw, desk, sets.participationSet, calls(input));
  return { matching: { load, run } };
}

/** The steps in the order a database's run takes them. */
export const BENCHMARK_STEPS: readonly BenchmarkStep[] = [
  { benchmark: 'person-search', run: personSearch },
  { benchmark: 'households', run: householdPage },
  { benchmark: 'referrals', run: referralInbox },
  { benchmark: 'cases', run: casePage },
  { benchmark: 'report', run: annualReport },
  { benchmark: 'throughput', run: mixedReadThroughput },
  // The employment programme goes in last, so that the other benchmarks read the same rows with or without it.
  { benchmark: 'matching', run: matching },
];
