/**
 * The data sets a run generates once and loads into each database: the city, and beside it the referrals,
 * the cases and the employment programme when the benchmarks run need them.
 */
import {
  type CaseSet,
  type City,
  generateCases,
  generateCity,
  generateParticipation,
  generateReferrals,
  type ParticipationRefs,
  type ParticipationSet,
  type ReferralSet,
} from './generator';
import { timed } from './measure';
import type { BenchOptions } from './options';
import type { Tenant } from './tenant';

/** The generated data sets with the time each took; the sets the benchmarks run do not need are absent. */
export type DataSets = {
  /** The tenant's references they were generated from: a database with the same ones reuses them. */
  key: string;
  city: City;
  generateMs: number;
  referralSet?: ReferralSet | undefined;
  referralGenerateMs: number;
  caseSet?: CaseSet | undefined;
  caseGenerateMs: number;
  participationSet?: ParticipationSet | undefined;
  participationGenerateMs: number;
};

/** Whether the run loads the cases: the report counts them, so it loads them as the case page does. */
export const loadsCases = (options: BenchOptions) =>
  options.only.includes('cases') || options.only.includes('report') || options.only.includes('throughput');

/** Whether the run loads the referrals: for the household page, the inbox and everything on the cases. */
export const loadsReferrals = (options: BenchOptions) =>
  options.only.includes('referrals') || options.only.includes('households') || loadsCases(options);

/** Times a generator and logs what it made: `  generated <what> in <seconds> s`. */
async function generate<T>(
  make: () => T,
  what: (made: T) => string,
  log: (line: string) => void,
): Promise<{ result: T; ms: number }> {
  const made = await timed(async () => make());
  log(`  generated ${what(made.result)} in ${(made.ms / 1000).toFixed(1)} s`);
  return made;
}

/**
 * Generates the data sets for a database's tenant (the employment programme when its references are
 * given), or returns the previous ones when they were generated from the same references.
 */
export async function generateDataSets(
  tenant: Tenant,
  participationRefs: ParticipationRefs | undefined,
  options: BenchOptions,
  previous: DataSets | undefined,
  log: (line: string) => void,
): Promise<DataSets> {
  const key = JSON.stringify([
    tenant.refs,
    tenant.settings,
    tenant.coordinatorAgencyCode,
    participationRefs ?? null,
  ]);
  if (previous && key === previous.key) return previous;
  const generated = await generate(
    () => generateCity(tenant.refs, options),
    (city) => `${city.persons.length} persons`,
    log,
  );
  const city = generated.result;
  const sets: DataSets = {
    key,
    city,
    generateMs: generated.ms,
    referralGenerateMs: 0,
    caseGenerateMs: 0,
    participationGenerateMs: 0,
  };
  if (loadsReferrals(options)) {
    const made = await generate(
      () =>
        generateReferrals(city, tenant.refs, {
          seed: options.seed,
          scale: options.scale,
          asOf: options.asOf,
          settings: tenant.settings,
          coordinatorAgencyCode: tenant.coordinatorAgencyCode,
        }),
      (referrals) => `${referrals.referrals.length} referrals as of ${options.asOf}`,
      log,
    );
    sets.referralSet = made.result;
    sets.referralGenerateMs = made.ms;
  }
  if (loadsCases(options) && sets.referralSet) {
    const referrals = sets.referralSet;
    const made = await generate(
      () =>
        generateCases(city, tenant.refs, referrals, {
          seed: options.seed,
          scale: options.scale,
          settings: tenant.settings,
          staffAgencyCode: tenant.actorAgencyCode,
        }),
      (cases) => `${cases.cases.length} cases with ${cases.records.length} support records`,
      log,
    );
    sets.caseSet = made.result;
    sets.caseGenerateMs = made.ms;
  }
  if (participationRefs) {
    const made = await generate(
      () =>
        generateParticipation(city, tenant.refs, participationRefs, {
          seed: options.seed,
          scale: options.scale,
        }),
      (programme) =>
        `${programme.participants.length} participants, ${programme.employers.length} employers and ` +
        `${programme.openings.length} openings`,
      log,
    );
    sets.participationSet = made.result;
    sets.participationGenerateMs = made.ms;
  }
  return sets;
}
