/**
 * What a run reports of each benchmark, in the order the report shows them: the tables and target lines
 * it prints, and the section of docs/benchmarks.md (and of bench/out/last-run.md) it writes.
 */
import type { DataSets } from './data-sets';
import {
  casePageSection,
  matchingSection,
  personSearchSection,
  type RunContext,
  referralInboxSection,
  reportSection,
} from './docs-section';
import { describeCases, describeCity, describeParticipation, describeReferrals } from './generator';
import {
  householdPageSection,
  householdTable,
  householdTargetLines,
  withHouseholds,
} from './household-section';
import type { Benchmark, BenchOptions } from './options';
import type { DbResult, DocsSection, Machine } from './report';
import * as tables from './report';
import { throughputSection, throughputTable, throughputTargetLines } from './throughput-section';

type Log = (line: string) => void;

/** A benchmark's report: prints its tables and returns its section, or undefined when nothing measured it. */
export type BenchmarkReport = {
  benchmark: Benchmark;
  /** Its section of docs/benchmarks.md, between `<!-- bench:<name>:start -->` and `…:end -->`. */
  docsSection: DocsSection;
  report: (ctx: RunContext, log: Log) => string | undefined;
};

/** What the reports read: the options, the machine, the shapes of the data sets and every result. */
export function runContext(
  options: BenchOptions,
  machine: Machine,
  sets: DataSets,
  agencyCode: string,
  results: DbResult[],
): RunContext {
  const { city, referralSet, caseSet, participationSet } = sets;
  return {
    options,
    machine,
    generateMs: sets.generateMs,
    shape: describeCity(city, agencyCode, referralSet),
    referralShape: referralSet ? describeReferrals(referralSet, agencyCode) : undefined,
    referralGenerateMs: sets.referralGenerateMs,
    caseShape: caseSet ? describeCases(caseSet) : undefined,
    caseGenerateMs: sets.caseGenerateMs,
    participationShape: participationSet ? describeParticipation(participationSet) : undefined,
    participationGenerateMs: sets.participationGenerateMs,
    agencyCode,
    results,
  };
}

/** Prints a benchmark's heading and table, then the lines that say whether it met its targets. */
function printTable(log: Log, heading: string, table: string, targets: string[]): void {
  log(`\n${heading}\n\n${table}\n`);
  for (const line of targets) log(line);
}

/** Counts by name, as `name count, name count`. */
const counts = (byName: Record<string, number>) =>
  Object.entries(byName)
    .map(([name, count]) => `${name} ${count}`)
    .join(', ');

/** The plans of the slowest kind of call, or of the first kind when none was slow. */
function slowestKindPlans<P extends { kind: string }>(
  slowest: { kind: string }[],
  plans: P[],
): P | undefined {
  const kind = slowest[0]?.kind ?? plans[0]?.kind;
  return plans.find((p) => p.kind === kind);
}

/** A call's statement times under row-level security, then the plan of the slowest statement. */
function slowestStatement(heading: string, call: { times: number[]; plans: string[] }): string {
  const i = call.times.reduce((best, t, j) => (t > (call.times[best] ?? -1) ? j : best), 0);
  return (
    `\n${heading} — statement times under RLS (ms): ${call.times.map((t) => t.toFixed(2)).join(', ')}; ` +
    `the slowest, ${i + 1}:\n${tables.planSummary(call.plans[i] ?? '')}`
  );
}

function personSearch(ctx: RunContext, log: Log): string | undefined {
  const searched = tables.withSearch(ctx.results);
  if (!searched.length) return undefined;
  printTable(log, 'person search', tables.resultsTable(searched), tables.targetLines(searched));
  for (const r of searched) {
    for (const kind of tables.slowestKinds(r)) {
      const p = r.search.plans.find((x) => x.kind === kind.kind);
      if (p) log(`\n${r.kind} ${p.kind} — ${p.q}:\n${tables.planSummary(p.plan)}`);
    }
  }
  return personSearchSection(ctx);
}

function householdPage(ctx: RunContext, log: Log): string | undefined {
  const householdResults = withHouseholds(ctx.results);
  if (!householdResults.length) return undefined;
  printTable(log, 'household page', householdTable(householdResults), householdTargetLines(householdResults));
  for (const r of householdResults)
    log(
      `${r.kind} statement times under RLS (ms), ${r.households.plan.target}: ` +
        r.households.plan.times.map((t) => t.toFixed(2)).join(', '),
    );
  return householdPageSection(ctx);
}

function referralInbox(ctx: RunContext, log: Log): string | undefined {
  const inboxes = tables.withInbox(ctx.results);
  const b = ctx.referralShape;
  if (!inboxes.length || !b) return undefined;
  const heading =
    `referral inbox — ${b.referrals} referrals (${counts(b.byState)}); ` +
    `${ctx.agencyCode}: incoming ${b.incoming.total} (${b.incoming.open} open), ` +
    `outgoing ${b.outgoing.total} (${b.outgoing.open} open)`;
  printTable(log, heading, tables.inboxTable(inboxes), tables.inboxTargetLines(inboxes));
  for (const r of inboxes) {
    const p = slowestKindPlans(tables.slowestInboxKinds(r), r.inbox.plans);
    if (p) log(`\n${r.kind} ${p.kind}:\n${p.plans.map((plan) => tables.planSummary(plan)).join('\n')}`);
  }
  return referralInboxSection(ctx);
}

function casePage(ctx: RunContext, log: Log): string | undefined {
  const cased = tables.withCases(ctx.results);
  const c = ctx.caseShape;
  if (!cased.length || !c) return undefined;
  const heading =
    `case page — ${c.cases} cases (${counts(c.byStage)}), ` +
    `${c.records} support records (largest ${c.recordsPerCase.top5.join(', ')}); ` +
    `${ctx.agencyCode} on ${c.staffCases} teams, ${c.staffOpenCases} open`;
  printTable(log, heading, tables.caseTable(cased), tables.caseTargetLines(cased));
  for (const r of cased) {
    const p = slowestKindPlans(tables.slowestCaseKinds(r), r.cases.run.plans);
    if (p) log(slowestStatement(`${r.kind} ${p.kind}, ${p.target}`, p));
  }
  return casePageSection(ctx);
}

function matching(ctx: RunContext, log: Log): string | undefined {
  const matched = tables.withMatching(ctx.results);
  const m = ctx.participationShape;
  if (!matched.length || !m) return undefined;
  const heading =
    `matching — ${m.participants} participants (${counts(m.byAgency)}), ${m.employers} employers, ` +
    `${m.openOpenings} open openings (${m.closedOpenings} closed), ${m.matches} matches`;
  printTable(log, heading, tables.matchingTable(matched), tables.matchingTargetLines(matched));
  for (const r of matched)
    for (const p of r.matching.run.plans) log(slowestStatement(`${r.kind} ${p.kind}`, p));
  for (const r of matched) {
    const ref = r.matching.run.reference;
    if (ref)
      log(
        `\n${r.kind} for reference: the ${ref.rows} participants the desk sees as the table owner, ` +
          `the live-link check as a semi-join: ${ref.ms.toFixed(1)} ms`,
      );
  }
  return matchingSection(ctx);
}

function annualReport(ctx: RunContext, log: Log): string | undefined {
  const reported = tables.withReport(ctx.results);
  if (!reported.length) return undefined;
  printTable(
    log,
    '年度 statistics and indicator report',
    tables.reportTable(reported),
    tables.reportTargetLines(reported),
  );
  return reportSection(ctx);
}

function mixedReadThroughput(ctx: RunContext, log: Log): string | undefined {
  const runs = ctx.results.flatMap((r) => (r.throughput ? [r.throughput] : []));
  if (!runs.length) return undefined;
  printTable(log, 'mixed read throughput', throughputTable(runs), throughputTargetLines(runs));
  return throughputSection(ctx, runs);
}

/** The benchmarks' reports in the order they are printed and written. */
export const BENCHMARK_REPORTS: readonly BenchmarkReport[] = [
  { benchmark: 'person-search', docsSection: 'person-search', report: personSearch },
  { benchmark: 'households', docsSection: 'household-page', report: householdPage },
  { benchmark: 'referrals', docsSection: 'referral-inbox', report: referralInbox },
  { benchmark: 'cases', docsSection: 'case-page', report: casePage },
  { benchmark: 'matching', docsSection: 'matching', report: matching },
  { benchmark: 'report', docsSection: 'report', report: annualReport },
  { benchmark: 'throughput', docsSection: 'throughput', report: mixedReadThroughput },
];

/** A benchmark's section of the report, under its name in docs/benchmarks.md. */
export type ReportSection = { docsSection: DocsSection; text: string };

/** Prints the tables of the benchmarks the options name and returns their sections, in order. */
export function reportBenchmarks(ctx: RunContext, log: Log): ReportSection[] {
  return BENCHMARK_REPORTS.filter((r) => ctx.options.only.includes(r.benchmark)).flatMap((r) => {
    const text = r.report(ctx, log);
    return text === undefined ? [] : [{ docsSection: r.docsSection, text }];
  });
}
