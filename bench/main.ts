/**
 * npm run bench — generates a city-scale data set (households, persons, intakes, 40,000 referrals,
 * 3,000 cases with 100,000 support records, and an employment programme of 3,000 participants and 800
 * open openings), loads it into fresh PGlite and/or PostgreSQL databases (migrated and demo-seeded by
 * the app's code) and measures against raw-SQL baselines, on the same loaded database: person search
 * and the referral inbox as the demo staff user, the case page as the demo coordinator and the staff
 * user, the 年度 statistics and the indicator report as the demo coordinator and planner, then matching as
 * the programme desk. Prints the tables and rewrites the sections of
 * docs/benchmarks.md of the benchmarks run. Options: see bench/options.ts or `npm run bench -- --help`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runReport } from './annual-report';
import { readActor, runCasePage } from './case-page';
import {
  BENCH_DEMO_PASSWORD,
  type BenchDatabase,
  createBenchDatabase,
  type DbKind,
  serverVersion,
} from './databases';
import {
  casePageSection,
  matchingSection,
  personSearchSection,
  type RunContext,
  referralInboxSection,
  reportSection,
} from './docs-section';
import {
  type CaseSet,
  type City,
  describeCases,
  describeCity,
  describeParticipation,
  describeReferrals,
  generateCases,
  generateCity,
  generateCommunity,
  generateParticipation,
  generateReferrals,
  type ParticipationRefs,
  type ParticipationSet,
  type ReferralSet,
} from './generator';
import { type HouseholdPageRun, pickHouseholds, runHouseholdPage } from './household-page';
import {
  householdPageSection,
  householdTable,
  householdTargetLines,
  withHouseholds,
} from './household-section';
import { loadCity } from './load';
import { loadCases } from './load-cases';
import { loadCommunity, readCommunityRefs } from './load-community';
import { loadParticipation, readParticipationRefs } from './load-participation';
import { PROGRAMME_EMAIL, runMatching } from './matching';
import { timed } from './measure';
import { type BenchOptions, parseOptions, UsageError } from './options';
import { runPersonSearch } from './person-search';
import { writePlanFiles } from './plan-files';
import { buildQueryMix } from './queries';
import { runReferralInbox } from './referral-inbox';
import {
  caseTable,
  caseTargetLines,
  type DbResult,
  inboxTable,
  inboxTargetLines,
  machineInfo,
  matchingTable,
  matchingTargetLines,
  planSummary,
  reportTable,
  reportTargetLines,
  resultsTable,
  slowestCaseKinds,
  slowestInboxKinds,
  slowestKinds,
  targetLines,
  withCases,
  withInbox,
  withMatching,
  withReport,
  withSearch,
  writeDocsSection,
} from './report';
import { readTenant } from './tenant';
import { runThroughput, THROUGHPUT_DEFAULTS } from './throughput';
import { throughputSection, throughputTable, throughputTargetLines } from './throughput-section';

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
type SavedResult = { seed: number; scale: number; iterations: number; asOf?: string; result: DbResult };
const savedPath = (kind: DbKind) => path.join(OUT, `result-${kind}.json`);

function readSaved(kind: DbKind, options: BenchOptions): DbResult {
  const saved = JSON.parse(fs.readFileSync(savedPath(kind), 'utf8')) as SavedResult;
  if (saved.seed !== options.seed || saved.scale !== options.scale || saved.iterations !== options.iterations)
    throw new Error(`${savedPath(kind)} was made with other --seed, --scale or --iterations`);
  const dated =
    (saved.result.inbox && options.only.includes('referrals')) ||
    (saved.result.households && options.only.includes('households')) ||
    (saved.result.cases && options.only.includes('cases')) ||
    (saved.result.report && options.only.includes('report'));
  if (dated && saved.asOf !== options.asOf)
    throw new Error(`${savedPath(kind)} has referrals as of ${saved.asOf}, not ${options.asOf} (--as-of)`);
  return saved.result;
}

async function main() {
  const options = parseOptions(process.argv.slice(2));
  const machine = machineInfo();
  log(`${options.only.join(' + ')} benchmark — ${options.command}`);
  log(
    `${machine.cpu}, ${machine.cores} cores, ${machine.ramGiB} GiB, Node ${machine.node}, PGlite ${machine.pglite}`,
  );
  log(`load average ${machine.loadAverage.join(' / ')} (other processes share these cores)\n`);

  let city: City | undefined;
  let cityKey = '';
  let generateMs = 0;
  let referralSet: ReferralSet | undefined;
  let referralGenerateMs = 0;
  let caseSet: CaseSet | undefined;
  let caseGenerateMs = 0;
  let participationSet: ParticipationSet | undefined;
  let participationGenerateMs = 0;
  let agencyCode = '';
  const measureSearch = options.only.includes('person-search');
  const measureHouseholds = options.only.includes('households');
  const measureInbox = options.only.includes('referrals');
  const measureCases = options.only.includes('cases');
  const measureMatching = options.only.includes('matching');
  const measureReport = options.only.includes('report');
  const measureThroughput = options.only.includes('throughput');
  // The report counts the cases, so it loads them as the case page does.
  const loadCaseSet = measureCases || measureReport || measureThroughput;
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
      const participationRefs: ParticipationRefs | undefined = measureMatching
        ? await readParticipationRefs(bench.database.db, tenant.tenantId)
        : undefined;
      const key = JSON.stringify([
        tenant.refs,
        tenant.settings,
        tenant.coordinatorAgencyCode,
        participationRefs ?? null,
      ]);
      if (!city || key !== cityKey) {
        const generated = await timed(async () => generateCity(tenant.refs, options));
        city = generated.result;
        cityKey = key;
        generateMs = generated.ms;
        log(`  generated ${city.persons.length} persons in ${(generateMs / 1000).toFixed(1)} s`);
        if (measureInbox || measureHouseholds || loadCaseSet) {
          const made = await timed(async () =>
            generateReferrals(generated.result, tenant.refs, {
              seed: options.seed,
              scale: options.scale,
              asOf: options.asOf,
              settings: tenant.settings,
              coordinatorAgencyCode: tenant.coordinatorAgencyCode,
            }),
          );
          referralSet = made.result;
          referralGenerateMs = made.ms;
          log(
            `  generated ${referralSet.referrals.length} referrals as of ${options.asOf} in ${(made.ms / 1000).toFixed(1)} s`,
          );
        }
        if (loadCaseSet && referralSet) {
          const referrals = referralSet;
          const made = await timed(async () =>
            generateCases(generated.result, tenant.refs, referrals, {
              seed: options.seed,
              scale: options.scale,
              settings: tenant.settings,
              staffAgencyCode: tenant.actorAgencyCode,
            }),
          );
          caseSet = made.result;
          caseGenerateMs = made.ms;
          log(
            `  generated ${caseSet.cases.length} cases with ${caseSet.records.length} support records in ${(made.ms / 1000).toFixed(1)} s`,
          );
        }
        if (participationRefs) {
          const refs = participationRefs;
          const made = await timed(async () =>
            generateParticipation(generated.result, tenant.refs, refs, {
              seed: options.seed,
              scale: options.scale,
            }),
          );
          participationSet = made.result;
          participationGenerateMs = made.ms;
          log(
            `  generated ${participationSet.participants.length} participants, ${participationSet.employers.length} employers and ` +
              `${participationSet.openings.length} openings in ${(made.ms / 1000).toFixed(1)} s`,
          );
        }
      }
      const load = await loadCity(bench.database.db, city, tenant.tenantId, tenant.agencyIdByCode, {
        vacuum: options.vacuum,
        log,
        referrals: referralSet,
        staffUserId: tenant.actor.userId,
      });
      log(`  loaded in ${(load.totalMs / 1000).toFixed(1)} s`);
      let caseLoad: NonNullable<DbResult['cases']>['load'] | undefined;
      if (loadCaseSet && caseSet) {
        caseLoad = await loadCases(bench.database.db, caseSet, tenant.tenantId, tenant.agencyIdByCode, {
          vacuum: options.vacuum,
          log,
        });
        log(`  cases loaded in ${(caseLoad.totalMs / 1000).toFixed(1)} s`);
      }
      let search: DbResult['search'];
      if (measureSearch) {
        log('  person search');
        const mix = buildQueryMix(city, tenant.actorAgencyCode, options.seed);
        search = await runPersonSearch(bench.database.db, bench.raw, tenant.actor, mix, {
          iterations: options.iterations,
          log,
        });
      }
      let households: HouseholdPageRun | undefined;
      if (measureHouseholds) {
        log('  household page');
        const picks = pickHouseholds(city, referralSet, tenant.actorAgencyCode);
        households = await runHouseholdPage(bench.database.db, bench.raw, tenant.actor, picks, {
          iterations: options.iterations,
          log,
        });
      }
      let inbox: DbResult['inbox'];
      if (measureInbox) {
        log('  referral inbox');
        inbox = await runReferralInbox(bench.database.db, bench.raw, tenant.actor, {
          iterations: options.iterations,
          log,
        });
      }
      let cases: DbResult['cases'];
      if (measureCases && caseLoad && caseSet) {
        log('  case page');
        const run = await runCasePage(bench.database.db, bench.raw, tenant.actor, caseSet, {
          iterations: options.iterations,
          log,
        });
        cases = { load: caseLoad, run };
      }
      let report: DbResult['report'];
      let communityLoad: DbResult['communityLoad'];
      if (measureReport) {
        // Community records feed indicators No 9 and No 10: the report reads them at city scale too.
        const refs = await readCommunityRefs(bench.database.db, tenant.tenantId, tenant.refs.schoolDistricts);
        const community = generateCommunity(refs, options);
        communityLoad = await loadCommunity(bench.database.db, community, tenant.tenantId, { log });
        log(`  community records loaded in ${(communityLoad.totalMs / 1000).toFixed(1)} s`);
        log('  年度 statistics and indicator report');
        report = await runReport(bench.database.db, bench.raw, { iterations: options.iterations, log });
      }
      let throughput: DbResult['throughput'];
      if (measureThroughput && caseSet) {
        log('  mixed read throughput');
        throughput = await runThroughput(
          bench,
          { tenant, city, cases: caseSet },
          {
            ...THROUGHPUT_DEFAULTS,
            pgUrl: options.pgUrl,
            password: BENCH_DEMO_PASSWORD,
            seed: options.seed,
            log,
          },
        );
      }
      // The employment programme goes in last, so that the other benchmarks read the same rows with or without it.
      let participationLoad: NonNullable<DbResult['matching']>['load'] | undefined;
      const desk = measureMatching ? await readActor(bench.database.db, PROGRAMME_EMAIL) : undefined;
      if (desk && participationSet) {
        participationLoad = await loadParticipation(
          bench.database.db,
          participationSet,
          tenant.tenantId,
          tenant.agencyIdByCode,
          desk.userId,
          { vacuum: options.vacuum, log },
        );
        log(`  employment programme loaded in ${(participationLoad.totalMs / 1000).toFixed(1)} s`);
      }
      let matching: DbResult['matching'];
      if (desk && participationLoad && participationSet) {
        log('  matching');
        const run = await runMatching(bench.database.db, bench.raw, desk, participationSet, {
          iterations: options.iterations,
          log,
        });
        matching = { load: participationLoad, run };
      }
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
      results.push(result);
      fs.mkdirSync(OUT, { recursive: true });
      const saved: SavedResult = {
        seed: options.seed,
        scale: options.scale,
        iterations: options.iterations,
        asOf: options.asOf,
        result,
      };
      fs.writeFileSync(savedPath(kind), JSON.stringify(saved));
      writePlanFiles(OUT, kind, result);
    } finally {
      current = undefined;
      await bench.dispose();
    }
  }
  if (!city) return;
  for (const kind of options.withSaved) results.push(readSaved(kind, options));
  results.sort((a, b) => a.kind.localeCompare(b.kind));

  const shape = describeCity(city, agencyCode, referralSet);
  const referralShape = referralSet ? describeReferrals(referralSet, agencyCode) : undefined;
  const caseShape = caseSet ? describeCases(caseSet) : undefined;
  const participationShape = participationSet ? describeParticipation(participationSet) : undefined;
  const ctx: RunContext = {
    options,
    machine,
    generateMs,
    shape,
    referralShape,
    referralGenerateMs,
    caseShape,
    caseGenerateMs,
    participationShape,
    participationGenerateMs,
    agencyCode,
    results,
  };
  const sections: string[] = [];
  const searched = withSearch(results);
  if (measureSearch && searched.length) {
    log(`\nperson search\n\n${resultsTable(searched)}\n`);
    for (const line of targetLines(searched)) log(line);
    for (const r of searched) {
      for (const kind of slowestKinds(r)) {
        const p = r.search.plans.find((x) => x.kind === kind.kind);
        if (p) log(`\n${r.kind} ${p.kind} — ${p.q}:\n${planSummary(p.plan)}`);
      }
    }
    sections.push(personSearchSection(ctx));
  }
  const householdResults = withHouseholds(results);
  if (measureHouseholds && householdResults.length) {
    log(`\nhousehold page\n\n${householdTable(householdResults)}\n`);
    for (const line of householdTargetLines(householdResults)) log(line);
    for (const r of householdResults)
      log(
        `${r.kind} statement times under RLS (ms), ${r.households.plan.target}: ` +
          r.households.plan.times.map((t) => t.toFixed(2)).join(', '),
      );
    sections.push(householdPageSection(ctx));
  }
  const inboxes = withInbox(results);
  if (measureInbox && inboxes.length && referralShape) {
    const b = referralShape;
    log(
      `\nreferral inbox — ${b.referrals} referrals (${Object.entries(b.byState)
        .map(([state, count]) => `${state} ${count}`)
        .join(', ')}); ${agencyCode}: incoming ${b.incoming.total} (${b.incoming.open} open), ` +
        `outgoing ${b.outgoing.total} (${b.outgoing.open} open)\n\n${inboxTable(inboxes)}\n`,
    );
    for (const line of inboxTargetLines(inboxes)) log(line);
    for (const r of inboxes) {
      const slow = slowestInboxKinds(r)[0]?.kind ?? r.inbox.plans[0]?.kind;
      const p = r.inbox.plans.find((x) => x.kind === slow);
      if (p) log(`\n${r.kind} ${p.kind}:\n${p.plans.map((plan) => planSummary(plan)).join('\n')}`);
    }
    sections.push(referralInboxSection(ctx));
  }
  const cased = withCases(results);
  if (measureCases && cased.length && caseShape) {
    const c = caseShape;
    log(
      `\ncase page — ${c.cases} cases (${Object.entries(c.byStage)
        .map(([stage, count]) => `${stage} ${count}`)
        .join(', ')}), ${c.records} support records (largest ${c.recordsPerCase.top5.join(', ')}); ` +
        `${agencyCode} on ${c.staffCases} teams, ${c.staffOpenCases} open\n\n${caseTable(cased)}\n`,
    );
    for (const line of caseTargetLines(cased)) log(line);
    for (const r of cased) {
      const slow = slowestCaseKinds(r)[0]?.kind ?? r.cases.run.plans[0]?.kind;
      const p = r.cases.run.plans.find((x) => x.kind === slow);
      if (!p) continue;
      const i = p.times.reduce((best, t, j) => (t > (p.times[best] ?? -1) ? j : best), 0);
      log(
        `\n${r.kind} ${p.kind}, ${p.target} — statement times under RLS (ms): ${p.times.map((t) => t.toFixed(2)).join(', ')}; ` +
          `the slowest, ${i + 1}:\n${planSummary(p.plans[i] ?? '')}`,
      );
    }
    sections.push(casePageSection(ctx));
  }
  const matched = withMatching(results);
  if (measureMatching && matched.length && participationShape) {
    const m = participationShape;
    log(
      `\nmatching — ${m.participants} participants (${Object.entries(m.byAgency)
        .map(([agency, count]) => `${agency} ${count}`)
        .join(
          ', ',
        )}), ${m.employers} employers, ${m.openOpenings} open openings (${m.closedOpenings} closed), ` +
        `${m.matches} matches\n\n${matchingTable(matched)}\n`,
    );
    for (const line of matchingTargetLines(matched)) log(line);
    for (const r of matched) {
      for (const p of r.matching.run.plans) {
        const i = p.times.reduce((best, t, j) => (t > (p.times[best] ?? -1) ? j : best), 0);
        log(
          `\n${r.kind} ${p.kind} — statement times under RLS (ms): ${p.times.map((t) => t.toFixed(2)).join(', ')}; ` +
            `the slowest, ${i + 1}:\n${planSummary(p.plans[i] ?? '')}`,
        );
      }
    }
    for (const r of matched) {
      const ref = r.matching.run.reference;
      if (ref)
        log(
          `\n${r.kind} for reference: the ${ref.rows} participants the desk sees as the table owner, ` +
            `the live-link check as a semi-join: ${ref.ms.toFixed(1)} ms`,
        );
    }
    sections.push(matchingSection(ctx));
  }
  const reported = withReport(results);
  if (measureReport && reported.length) {
    log(`\n年度 statistics and indicator report\n\n${reportTable(reported)}\n`);
    for (const line of reportTargetLines(reported)) log(line);
    sections.push(reportSection(ctx));
  }
  const runs = results.flatMap((r) => (r.throughput ? [r.throughput] : []));
  if (measureThroughput && runs.length) {
    log(`\nmixed read throughput\n\n${throughputTable(runs)}\n`);
    for (const line of throughputTargetLines(runs)) log(line);
    sections.push(throughputSection(ctx, runs));
  }
  fs.writeFileSync(path.join(OUT, 'last-run.md'), sections.join('\n'));
  if (options.docs) {
    const file = path.join(ROOT, 'docs/benchmarks.md');
    if (measureSearch && searched.length) writeDocsSection(file, 'person-search', personSearchSection(ctx));
    if (measureHouseholds && householdResults.length)
      writeDocsSection(file, 'household-page', householdPageSection(ctx));
    if (measureInbox && inboxes.length && referralShape)
      writeDocsSection(file, 'referral-inbox', referralInboxSection(ctx));
    if (measureCases && cased.length && caseShape) writeDocsSection(file, 'case-page', casePageSection(ctx));
    if (measureMatching && matched.length && participationShape)
      writeDocsSection(file, 'matching', matchingSection(ctx));
    if (measureReport && reported.length) writeDocsSection(file, 'report', reportSection(ctx));
    if (measureThroughput && runs.length) writeDocsSection(file, 'throughput', throughputSection(ctx, runs));
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
