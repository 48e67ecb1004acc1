/** The person-search, referral-inbox, case-page, matching and report sections of docs/benchmarks.md, made from one run's results. */
import { PLANNER_EMAIL } from './annual-report';
import { COORDINATOR_EMAIL } from './case-page';
import type { describeCases, describeCity, describeParticipation, describeReferrals } from './generator';
import { PROGRAMME_EMAIL, SUGGESTION_LIMIT } from './matching';
import type { BenchOptions } from './options';
import { INBOX_QUERIES } from './referral-inbox';
import {
  CASE_TARGETS,
  caseTable,
  caseTargetLines,
  type DbResult,
  INBOX_TARGETS,
  inboxTable,
  inboxTargetLines,
  MATCHING_TARGETS,
  type Machine,
  matchingTable,
  matchingTargetLines,
  planSummary,
  REPORT_TARGETS,
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
} from './report';

export type RunContext = {
  options: BenchOptions;
  machine: Machine;
  generateMs: number;
  shape: ReturnType<typeof describeCity>;
  /** The referral data set, when referrals were generated. */
  referralShape?: ReturnType<typeof describeReferrals> | undefined;
  referralGenerateMs?: number;
  /** The case data set, when cases were generated. */
  caseShape?: ReturnType<typeof describeCases> | undefined;
  caseGenerateMs?: number;
  /** The employment programme's data set, when generated for matching. */
  participationShape?: ReturnType<typeof describeParticipation> | undefined;
  participationGenerateMs?: number;
  agencyCode: string;
  results: DbResult[];
};

const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const n = (x: number) => x.toLocaleString('en-US');

function loadTable(ctx: RunContext): string {
  const tables = ctx.results[0]?.load.tables.map((t) => t.table) ?? [];
  const head = ['db', 'migrate + demo seed', 'generate', ...tables, 'analyze', 'load total'];
  const rows = ctx.results.map((r) => [
    r.kind,
    s(r.setupMs),
    s(ctx.generateMs),
    ...tables.map((table) => {
      const t = r.load.tables.find((x) => x.table === table);
      return t ? s(t.ms) : '–';
    }),
    s(r.load.analyzeMs),
    `**${s(r.load.totalMs)}**`,
  ]);
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

/** Plans of the (at most three) slowest kinds over the target per database; one for reference if none. */
function plans(ctx: RunContext): string {
  const out: string[] = [];
  for (const r of withSearch(ctx.results)) {
    const slow = slowestKinds(r).map((k) => k.kind);
    const shown = slow.length
      ? slow.flatMap((kind) => r.search.plans.filter((p) => p.kind === kind))
      : r.search.plans.slice(0, 1);
    for (const p of shown) {
      out.push(
        `**${r.kind}, ${p.kind}** — slowest query \`${p.q}\` (${p.ms.toFixed(1)} ms in the service):\n\n\`\`\`\n${planSummary(p.plan)}\n\`\`\``,
      );
    }
  }
  return out.join('\n\n');
}

/** The database versions of the results, as one sentence. */
export function versions(ctx: RunContext, results: DbResult[]): string {
  return results
    .map((r) =>
      r.kind === 'pglite'
        ? `PGlite ${ctx.machine.pglite} (embedded PostgreSQL ${r.serverVersion})`
        : `PostgreSQL ${r.serverVersion} (server)`,
    )
    .join('; ');
}

/** When and how each database was run, with the load average then. */
export function runLines(results: DbResult[]): string {
  return results
    .map(
      (r) =>
        `- ${r.kind}: run ${r.startedAt.slice(0, 16).replace('T', ' ')} UTC with \`${r.command}\` ` +
        `(load average ${r.loadAverage.join(' / ')})`,
    )
    .join('\n');
}

export function personSearchSection(ctx: RunContext): string {
  const { machine, shape, options } = ctx;
  const results = withSearch(ctx.results);
  const sizes = Object.entries(shape.householdSizes)
    .map(([size, count]) => `${size}: ${n(count)}`)
    .join(', ');
  const runs = runLines(results);
  const kindCount = (results[0]?.search.kinds.length ?? 1) - 1;
  const mismatches = results.flatMap((r) => r.search.mismatches.map((q) => `${r.kind}: ${q}`));
  const targets = [
    ...targetLines(results),
    mismatches.length
      ? `Service and baseline answered differently on ${mismatches.join(', ')}`
      : 'Service and baseline found the same persons, in the same order, on every timed call',
  ]
    .map((l) => `- ${l}`)
    .join('\n');
  return `## Person search

${runs}

**Machine**: ${machine.cpu}, ${machine.cores} cores, ${machine.ramGiB} GiB RAM, ${machine.os}, Node ${machine.node};
${versions(ctx, results)}. Other test suites (vitest, Chromium) were sharing the 2 cores (load averages
above), so absolute times are pessimistic.

**Data set** (seed ${options.seed}, scale ${options.scale}): ${n(shape.households)} households, ${n(shape.persons)} persons,
${n(shape.intakes)} intakes with ${n(shape.problems)} problems, ${n(shape.liveLinks)} live links from ${shape.recordingAgencies} recording
agencies; the directory holds ${n(shape.directoryAgencies)} generated agencies more (clinics, NPOs, disability and employment offices …, recording
nothing) beside the demo's. Household sizes ${sizes}; ${Math.round(shape.aged65 * 100)}% of persons are 65 or older, ${Math.round(shape.withPhone * 100)}% have a phone.
The searching user's agency (${ctx.agencyCode}) holds live links to ${(shape.agencyShare * 100).toFixed(1)}% of households${
    shape.agencyShare > shape.agencyIntakeShare
      ? ` (${(shape.agencyIntakeShare * 100).toFixed(1)}% through its intakes, the rest through referrals it received)`
      : ''
  }.

**Load** (as the table owner, one transaction per table: \`INSERT … SELECT FROM unnest()\` in batches of 5,000 rows,
secondary indexes rebuilt after, foreign-key triggers skipped; then ${options.vacuum ? 'VACUUM ANALYZE' : 'ANALYZE'}):

${loadTable(ctx)}

**Search**: \`searchPersons(db, staff, q, 20)\` as staff@demo.example (agency_staff) — row-level security, drizzle and
the audit insert included — ${options.iterations} timed calls per database, cycling through ${kindCount} query kinds, after
one warm-up call per kind. *Baseline*: the service's two statements written out and sent through the raw driver —
step 1, the ids through the indexes as the table owner; step 2, the read by id in a transaction with the same
\`set_config('app.*')\` and \`SET LOCAL ROLE tsunagu_app\` as \`runAs()\` — without drizzle, the service layer or the
audit insert; *ratio* is service / baseline. *found*: share of calls with at least one visible person (mean rows
returned). Times in ms.

${resultsTable(results)}

**SPEC §5 targets**

${targets}

**Query plans**: EXPLAIN ANALYZE of both steps of the slowest query of the slowest kinds (step 1 as the table
owner, step 2 under the staff's row-level security); every kind's plans are in bench/out/plans-<db>.txt.

${plans(ctx)}
`;
}

/** Plans of the slowest call per database (its statements under the staff's row-level security). */
function inboxPlans(ctx: RunContext): string {
  const out: string[] = [];
  for (const r of withInbox(ctx.results)) {
    const over = slowestInboxKinds(r).map((k) => k.kind);
    const shown = over.length
      ? r.inbox.plans.filter((p) => over.includes(p.kind))
      : r.inbox.plans.slice(0, 1);
    for (const p of shown) {
      const text = p.plans.map((plan, i) => `-- statement ${i + 1}\n${planSummary(plan)}`).join('\n');
      out.push(
        `**${r.kind}, ${p.kind}** (slowest call ${p.ms.toFixed(1)} ms in the service):\n\n\`\`\`\n${text}\n\`\`\``,
      );
    }
  }
  return out.join('\n\n');
}

export function referralInboxSection(ctx: RunContext): string {
  const { machine, options } = ctx;
  const results = withInbox(ctx.results);
  const shape = ctx.referralShape;
  if (!shape) return '## Referral inbox\n\nNo referrals were generated in this run.\n';
  const pct = (x: number) => {
    const share = (x / shape.referrals) * 100;
    return x > 0 && share < 0.1 ? '<0.1%' : `${share.toFixed(1)}%`;
  };
  const state = (name: string) => shape.byState[name] ?? 0;
  const states = ['completed', 'in_progress', 'accepted', 'received', 'sent', 'handed_on', 'escalated']
    .map((name) => `${name} ${n(state(name))} (${pct(state(name))})`)
    .join(', ');
  const box = (b: typeof shape.incoming) =>
    `${n(b.total)} (${n(b.open)} open, ${n(b.ownerless)} without an owner, ${n(b.overdue)} overdue)`;
  const loadRows = results.map((r) => {
    const t = (name: string) => r.load.tables.find((x) => x.table === name);
    const cell = (name: string) => {
      const x = t(name);
      return x ? `${n(x.rows)} rows, ${s(x.ms)}` : '–';
    };
    return `| ${r.kind} | ${cell('referrals')} | ${cell('referral_events')} | ${cell('live_links')} |`;
  });
  const mismatches = results.flatMap((r) => r.inbox.mismatches.map((m) => `${r.kind}: ${m}`));
  const targets = [
    ...inboxTargetLines(results),
    mismatches.length
      ? `Service and baseline answered differently on ${mismatches.join('; ')}`
      : 'Service and baseline returned the same referrals in the same order (and the same counts) on every timed call',
  ]
    .map((l) => `- ${l}`)
    .join('\n');
  const perKind = Math.round(options.iterations / 4);
  const q = INBOX_QUERIES;
  return `## Referral inbox

${runLines(results)}

**Machine**: ${machine.cpu}, ${machine.cores} cores, ${machine.ramGiB} GiB RAM, ${machine.os}, Node ${machine.node};
${versions(ctx, results)}. Other work was sharing the 2 cores (load averages above).

**Data set** (seed ${options.seed}, scale ${options.scale}, as of 06:00 JST on ${shape.asOf}): in the generated city of
${n(ctx.shape.households)} households, ${n(ctx.shape.persons)} persons and ${n(ctx.shape.intakes)} intakes, ${n(shape.referrals)} referrals in ${n(shape.chains)} chains (hops up to ${shape.maxHop}) over FY2021–FY2025 and the
8 weeks before ${shape.asOf} (${n(shape.recent)} sent since ${shape.recentFrom}), generated in ${s(ctx.referralGenerateMs ?? 0)}.
States: ${states}. Escalated by staff ${n(shape.escalations.manual)}, by the sweep ${n(shape.escalations.overdue)} overdue
and ${n(shape.escalations.bouncing)} bouncing; ${n(shape.overdue)} still without an owner past their accept deadline;
${n(shape.emergency)} on an emergency basis. ${n(shape.events)} history events; ${n(shape.links.receiver)} live links of receiving
agencies (${n(shape.links.timeLimited)} time-limited, ${n(shape.links.revoked)} revoked) and ${n(shape.links.coordinator)} of the coordinator
desk. The staff's agency (${ctx.agencyCode}): incoming ${box(shape.incoming)}; outgoing ${box(shape.outgoing)}.

| db | referrals | referral_events | live_links (intake + referral) |
| --- | --- | --- | --- |
${loadRows.join('\n')}

**Calls**: as staff@demo.example (agency_staff), the real service — \`listReferrals(db, staff, q)\` (its two statements
— the page's rows with the agencies' and person's names, their ids chosen on the referrals alone in a sub-select,
and the count — in one \`runAs()\` transaction under row-level security, drizzle and \`presentSummary\`) and
\`referralCounts(db, staff)\` — ${options.iterations} timed calls per database, cycling through 4 kinds (${perKind} each) after
one warm-up call per kind: incoming open (\`${JSON.stringify(q['incoming-open'])}\`), outgoing open, incoming all page 2
(offset ${q['incoming-all-p2'].offset}) and the counts. *Baseline*: the same statements written out
(bench/referral-baseline.ts) and sent through the raw driver in a transaction with the same \`set_config('app.*')\`
and \`SET LOCAL ROLE tsunagu_app\` as \`runAs()\`; *ratio* is service / baseline; *answer*: rows on the page of the
total, or the counts. Times in ms. SPEC §5 target: p95 ≤ ${INBOX_TARGETS.postgresP95Ms} ms on PostgreSQL.

${inboxTable(results)}

**SPEC §5 targets**

${targets}

**Query plans**: EXPLAIN (ANALYZE, BUFFERS) under the staff's row-level security of the calls over the target (or the
slowest); every kind's plans are in bench/out/plans-referrals-<db>.txt.

${inboxPlans(ctx)}
`;
}

/**
 * Plans per database: of the slowest case page over the target and of the slowest list or queue call over
 * it (or the slowest kind if none is) — each statement's time, the slowest one's plan.
 */
function casePlans(ctx: RunContext): string {
  const out: string[] = [];
  for (const r of withCases(ctx.results)) {
    const over = slowestCaseKinds(r).map((k) => k.kind);
    const page = over.find((k) => /-(small|large|closed)$/.test(k));
    const other = over.find((k) => !/-(small|large|closed)$/.test(k));
    const chosen = [page, other].filter((k) => k !== undefined);
    const shown = chosen.length
      ? chosen.flatMap((kind) => r.cases.run.plans.filter((p) => p.kind === kind))
      : r.cases.run.plans.slice(0, 1);
    for (const p of shown) {
      const slowest = p.times.reduce((best, t, i) => (t > (p.times[best] ?? -1) ? i : best), 0);
      const times = p.times.map((t, i) => `${i + 1}: ${t.toFixed(2)}`).join(', ');
      out.push(
        `**${r.kind}, ${p.kind}** — ${p.target}; slowest call ${p.ms.toFixed(1)} ms in the service. ` +
          `Execution time of each statement under row-level security (ms): ${times}. The slowest, statement ${slowest + 1}:\n\n` +
          `\`\`\`\n-- ${(p.statements[slowest] ?? '').slice(0, 300)}\n${planSummary(p.plans[slowest] ?? '')}\n\`\`\``,
      );
    }
  }
  return out.join('\n\n');
}

export function casePageSection(ctx: RunContext): string {
  const { machine, options } = ctx;
  const results = withCases(ctx.results);
  const shape = ctx.caseShape;
  if (!shape) return '## Case page\n\nNo cases were generated in this run.\n';
  const list = (o: Record<string, number>) =>
    Object.entries(o)
      .map(([k, v]) => `${k} ${n(v)}`)
      .join(', ');
  const tables = results[0]?.cases.load.tables.map((t) => t.table) ?? [];
  const loadHead = ['db', ...tables, 'analyze', 'total'];
  const loadRows = results.map((r) => [
    r.kind,
    ...tables.map((table) => {
      const t = r.cases.load.tables.find((x) => x.table === table);
      return t ? `${n(t.rows)} / ${s(t.ms)}` : '–';
    }),
    s(r.cases.load.analyzeMs),
    `**${s(r.cases.load.totalMs)}**`,
  ]);
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  const loadTable = [line(loadHead), line(loadHead.map(() => '---')), ...loadRows.map(line)].join('\n');
  const picks = results[0]?.cases.run.picks ?? {};
  const pickLines = Object.entries(picks)
    .filter(([, cases]) => cases.length)
    .map(([kind, cases]) => `${kind}: ${cases.map((c) => `#${c.number} (${c.records})`).join(', ')}`)
    .join('; ');
  const mismatches = results.flatMap((r) => r.cases.run.mismatches.map((m) => `${r.kind}: ${m}`));
  const targets = [
    ...caseTargetLines(results),
    mismatches.length
      ? `Service and baseline answered differently on ${mismatches.join('; ')}`
      : 'Service and baseline showed the same rows on every timed call',
  ]
    .map((l) => `- ${l}`)
    .join('\n');
  const kindCount = (results[0]?.cases.run.kinds.length ?? 1) - 1;
  const r = shape.recordsPerCase;
  return `## Case page

${runLines(results)}

**Machine**: ${machine.cpu}, ${machine.cores} cores, ${machine.ramGiB} GiB RAM, ${machine.os}, Node ${machine.node};
${versions(ctx, results)}. Other work was sharing the 2 cores (load averages above).

**Data set** (seed ${options.seed}, scale ${options.scale}, as of 06:00 JST on ${shape.asOf}): in the generated city
(${n(ctx.shape.households)} households, ${n(ctx.shape.persons)} persons, ${n(ctx.shape.intakes)} intakes) and its ${n(ctx.referralShape?.referrals ?? 0)} referrals,
${n(shape.cases)} cases generated in ${s(ctx.caseGenerateMs ?? 0)} — by source ${list(shape.bySource)}; by kind ${list(shape.byKind)};
by stage ${list(shape.byStage)} (${n(shape.closedCoordinated)} coordinated cases closed, ${n(shape.unresolved)} unresolved, ${n(shape.reviews)} reviews).
${n(shape.team)} team memberships, ${n(shape.contacts)} 個別調整 contacts, ${n(shape.outreach)} outreach visits,
**${n(shape.records)} support records** (${n(shape.corrections)} corrections; per case median ${r.median}, ${r.over300} cases over 300,
the largest ${r.top5.join(', ')}), ${n(shape.plans)} plan versions (${list(shape.plansByState)}), ${n(shape.monitorings)} monitorings,
${n(shape.actionItems)} action items, ${n(shape.meetings)} meetings (${list(shape.meetingsByKind)}) with ${n(shape.agendaItems)} agenda items and
${n(shape.attendees)} attendees; ${n(shape.links)} live links made as the case triggers make them; ${shape.users} clerk accounts.
The staff's agency (${ctx.agencyCode}) is on the team of ${n(shape.staffCases)} cases, ${n(shape.staffOpenCases)} of them open (closing a case ends
its team's access).

**Load** (rows / time, after the city and the referrals; the case tables' triggers held off):

${loadTable}

**Calls**: the real services — \`getCase(db, actor, id)\` (\`readCaseDetail\`: the case, then members, team, contacts,
outreach, records, reviews, meetings, plans, monitorings, tasks and whether a story was made, then the plan owners' names — 13 statements in one
\`runAs()\` transaction under row-level security — and the audit insert), \`listCases(db, actor, {limit: 50})\` and
\`caseQueue(db, coordinator)\` — as coordinator@demo.example (coordinator, every case) and staff@demo.example (agency_staff,
the cases ${ctx.agencyCode} is on the team of now); ${options.iterations} timed calls per database, cycling through ${kindCount} kinds
(${Math.round(options.iterations / kindCount)} each) after one warm-up call per kind and case. Cases read (number and support records): ${pickLines}.
*Baseline*: the same statements written out (bench/case-baseline.ts) and sent through the raw driver as the database owner
— no row-level security, no drizzle, no service layer, no audit insert; what the policies add that changes the rows
or the plan is written out: the tenant (lists and queue) and, for the staff's list, its agency's current team cases. *ratio* is service / baseline; *answer*: what the call showed (for the
case pages the largest case of the kind). Times in ms. SPEC §5 target: case page API p95 ≤ ${CASE_TARGETS.postgresP95Ms} ms on PostgreSQL,
PGlite within ${CASE_TARGETS.pgliteFactor}×.

${caseTable(results)}

**SPEC §5 targets**

${targets}

**Query plans**: EXPLAIN (ANALYZE, BUFFERS) of every statement under the actor's row-level security, for the largest
case of the kind, of the slowest case page and the slowest list or queue call over the target (or the slowest kind);
every kind's plans are in bench/out/plans-cases-<db>.txt.

${casePlans(ctx)}
`;
}

/** Per database, the statement times of each kind under the desk's row-level security and the slowest one's plan. */
function matchingPlans(ctx: RunContext): string {
  const out: string[] = [];
  for (const r of withMatching(ctx.results)) {
    for (const p of r.matching.run.plans) {
      const slowest = p.times.reduce((best, t, i) => (t > (p.times[best] ?? -1) ? i : best), 0);
      const times = p.times.map((t, i) => `${i + 1}: ${t.toFixed(2)}`).join(', ');
      out.push(
        `**${r.kind}, ${p.kind}** — ${p.target}; slowest call ${p.ms.toFixed(1)} ms in the service. ` +
          `Execution time of each statement under row-level security (ms): ${times}. The slowest, statement ${slowest + 1}:\n\n` +
          `\`\`\`\n-- ${(p.statements[slowest] ?? '').slice(0, 300)}\n${planSummary(p.plans[slowest] ?? '')}\n\`\`\``,
      );
    }
  }
  return out.join('\n\n');
}

/** The participants statement under row-level security beside the same rows read as the owner, per database. */
function matchingReference(ctx: RunContext): string {
  const lines = withMatching(ctx.results).flatMap((r) => {
    const ref = r.matching.run.reference;
    const rls = r.matching.run.plans.find((p) => p.kind === 'opening-participants');
    const i = rls?.statements.findIndex((st) => st.includes('from participants pa')) ?? -1;
    if (!ref || !rls || i < 0) return [];
    return [
      `- ${r.kind}: ${(rls.times[i] ?? Number.NaN).toFixed(1)} ms under the desk's row-level security (statement ${i + 1} above); ` +
        `${n(ref.rows)} rows in ${ref.ms.toFixed(1)} ms as the table owner with the live-link check as a semi-join`,
    ];
  });
  if (!lines.length) return '';
  return `**For reference** — the participants the desk sees, read as the table owner with the participants policy's live-link
check written out as one semi-join on the desk's live links (\`seekersAsOwnerStatement\` in bench/matching-baseline.ts; not
what the service sends, no row-level security): the difference is what the policies' per-row functions cost
(\`app_sees_household\` on every participant row, \`app_sees_person\` on every person joined). Its plan is in
bench/out/plans-matching-<db>.txt.

${lines.join('\n')}
`;
}

export function matchingSection(ctx: RunContext): string {
  const { machine, options } = ctx;
  const results = withMatching(ctx.results);
  const shape = ctx.participationShape;
  if (!shape) return '## Matching\n\nNo employment programme was generated in this run.\n';
  const list = (o: Record<string, number>) =>
    Object.entries(o)
      .map(([k, v]) => `${k} ${n(v)}`)
      .join(', ');
  const tables = results[0]?.matching.load.tables.map((t) => t.table) ?? [];
  const loadHead = ['db', ...tables, 'analyze', 'total'];
  const loadRows = results.map((r) => [
    r.kind,
    ...tables.map((table) => {
      const t = r.matching.load.tables.find((x) => x.table === table);
      return t ? `${n(t.rows)} / ${s(t.ms)}` : '–';
    }),
    s(r.matching.load.analyzeMs),
    `**${s(r.matching.load.totalMs)}**`,
  ]);
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  const loadTable = [line(loadHead), line(loadHead.map(() => '---')), ...loadRows.map(line)].join('\n');
  const mismatches = results.flatMap((r) => r.matching.run.mismatches.map((m) => `${r.kind}: ${m}`));
  const targets = [
    ...matchingTargetLines(results),
    mismatches.length
      ? `Service and baseline answered differently on ${mismatches.join('; ')}`
      : 'Service and baseline suggested the same openings or participants, with the same scores, in the same order, on every timed call',
  ]
    .map((l) => `- ${l}`)
    .join('\n');
  const seen = results[0]?.matching.run.kinds.find((k) => k.kind === 'opening-participants');
  const desk = shape.deskAgencyCode;
  const targetsOf = (kind: string) =>
    results[0]?.matching.run.kinds.find((k) => k.kind === kind)?.targets ?? 0;
  const f1 = (x: number) => x.toFixed(1);
  return `## Matching

${runLines(results)}

**Machine**: ${machine.cpu}, ${machine.cores} cores, ${machine.ramGiB} GiB RAM, ${machine.os}, Node ${machine.node};
${versions(ctx, results)}. Other work was sharing the 2 cores (load averages above).

**Data set** (seed ${options.seed}, scale ${options.scale}): in the generated city (${n(ctx.shape.households)} households, ${n(ctx.shape.persons)} persons),
the programme \`${shape.programmeCode}\` generated in ${s(ctx.participationGenerateMs ?? 0)} (its own PRNG stream, registrations FY2023–FY2025):
**${n(shape.participants)} participants looking for work** — persons of the city aged 18–79 (55 and over three times as likely) in
${n(shape.households)} households — by barrier level ${list(shape.byBarrier)}, allocated as the programme is configured (${list(shape.byAgency)}),
each with the allocated agency's live link (basis \`participation\`, source \`participant\`) as the trigger of migration 0029 makes it;
${f1(shape.abilities)} abilities and ${f1(shape.limits)} limits on average, ${n(shape.noWishedIndustry)} without a wished industry,
${n(shape.anyDay)} any day, ${n(shape.noMaxHours)} without a limit of hours (the others ${f1(shape.meanMaxHours)} h a week on average);
travel range ${list(shape.byTravel)}. **${n(shape.employers)} employers** (${list(shape.employersByIndustry)}) with
**${n(shape.openOpenings)} open openings** (per employer median ${shape.openingsPerEmployer.median}, at most ${shape.openingsPerEmployer.max};
${f1(shape.tasks)} carved tasks, ${f1(shape.demands)} demands, ${f1(shape.hoursPerWeek)} h a week on average; in ${shape.districts} school districts)
and ${n(shape.closedOpenings)} closed ones; ${n(shape.matches)} matches (${list(shape.matchesByState)}). The demo seed's own employers,
openings and participants are there too. The desk (${desk}) sees ${seen ? n(Math.round(seen.candidates)) : '?'} of the participants looking for
work (the candidates of the opening → participants calls): those allocated to it, the demo seed's, and participants allocated to the
other agency in households the desk holds a live link to through its own intakes (and the referrals it received, when they are loaded).

**Load** (rows / time, after the city and any other benchmark's run; the participants' link trigger and the matches' guard held off, the links inserted as generated):

${loadTable}

**Calls**: as ${PROGRAMME_EMAIL} (programme_staff at ${desk}), the real services —
\`suggestForParticipant(db, desk, id, ${SUGGESTION_LIMIT})\` (getCodeLists in its own transaction, then in one \`runAs()\` transaction the
participant, its active matches and every open opening with its employer, each scored by \`scoreOpening\`, ranked, the best
${SUGGESTION_LIMIT} kept, and the audit insert) over ${targetsOf('participant-openings')} participants allocated to the desk, and
\`suggestForTarget(db, desk, { opening: id }, ${SUGGESTION_LIMIT})\` (the opening, every open participant looking for work the desk sees
under row-level security with person and agency, the participants already matched to it, each scored and ranked) over
${targetsOf('opening-participants')} open openings — ${options.iterations} timed calls per database, alternating the two kinds, after one warm-up call per
kind and target. *Baseline*: the same statements written out (bench/matching-baseline.ts) and sent through the raw driver in one
transaction with the same \`set_config('app.*')\` and role switch as \`runAs()\` (the same row-level security), then the same
\`scoreOpening\` and \`rank\` of matching.ts — without drizzle, the service layer, getCodeLists' separate transaction (the code
lists are read in the same one) or the audit insert; *ratio* is service / baseline; *scoring p50*: the pure scoring and ranking
within the baseline call; *candidates scored*: the mean number of openings or participants scored per call. Times in ms.
SPEC §5 sets no latency target for matching; the embedded database is to stay within ${MATCHING_TARGETS.pgliteFactor}× of PostgreSQL.

${matchingTable(results)}

**Targets**

${targets}

**Query plans**: EXPLAIN (ANALYZE, BUFFERS) of each kind's statements under the desk's row-level security (code lists, then
in the service's order), for the first target of the kind; all in bench/out/plans-matching-<db>.txt.

${matchingPlans(ctx)}

${matchingReference(ctx)}`;
}

/** A metric computation's key ("metric|division") as read: the metric, and the division it is counted for. */
function metricName(key: string): string {
  const [metric, division] = key.split('|');
  return division ? `\`${metric}\` (${division})` : `\`${metric}\``;
}

/** "19,873 programme_events, …": the community rows a result loaded. */
function communityRows(r: DbResult | undefined): string {
  const tables = r?.communityLoad?.tables ?? [];
  return tables.length ? tables.map((t) => `${n(t.rows)} ${t.table}`).join(', ') : 'no';
}

export function reportSection(ctx: RunContext): string {
  const { machine, options } = ctx;
  const results = withReport(ctx.results);
  const shape = ctx.caseShape;
  if (!shape) return '## 年度 statistics and indicator report\n\nNo cases were generated in this run.\n';
  const list = (o: Record<string, number>) =>
    Object.entries(o)
      .map(([k, v]) => `${k} ${n(v)}`)
      .join(', ');
  const mismatches = results.flatMap((r) => r.report.mismatches.map((m) => `${r.kind}: ${m}`));
  const targets = [
    ...reportTargetLines(results),
    mismatches.length
      ? `Service and baseline answered differently on ${mismatches.join('; ')}`
      : 'Service and baseline gave the same statistics (every number of every 年度), the same indicators with the same recorded figures, and the same report outline on every timed call',
  ]
    .map((l) => `- ${l}`)
    .join('\n');
  const metrics = results[0]?.report.metrics ?? [];
  const scaleNote =
    options.scale === 1
      ? ''
      : `\n**Scale ${options.scale}, not the SPEC's data set**: this section was written from a \`--scale=${options.scale}\` run
(about ${Math.round(options.scale * 100)}% of the city, its referrals and cases); the aggregates scan fewer rows than at scale 1, so the
times are lower than a full-scale run would give. Rerun \`npm run bench -- --only=report\` at scale 1 to replace it.\n`;
  return `## 年度 statistics and indicator report
${scaleNote}
${runLines(results)}

**Machine**: ${machine.cpu}, ${machine.cores} cores, ${machine.ramGiB} GiB RAM, ${machine.os}, Node ${machine.node};
${versions(ctx, results)}. Other work was sharing the 2 cores (load averages above).

**Data set** (seed ${options.seed}, scale ${options.scale}, as of 06:00 JST on ${shape.asOf}): the city
(${n(ctx.shape.households)} households, ${n(ctx.shape.persons)} persons, ${n(ctx.shape.intakes)} intakes), its ${n(ctx.referralShape?.referrals ?? 0)} referrals and
${n(shape.cases)} cases loaded as the case-page benchmark loads them — by kind ${list(shape.byKind)}; ${n(shape.contacts)} 個別調整 contacts,
${n(shape.reviews)} reviews, ${n(shape.meetings)} meetings (${list(shape.meetingsByKind)}) — and ${communityRows(results[0])} community records
generated for the report (generator/community.ts: every configured programme's events from FY2021, the organisations taking
part, a 支え合い推進会議 record per school district and 年度), on top of the demo seed's plan (policies, roadmap with its
entries, indicators with their published figures), its survey and programmes.
The employment programme is not loaded for this benchmark, so the employment metrics count the demo seed's rows only; the
report is of its default 年度 (the last with roadmap entries, within the plan's period), so its 事業実績 stop at that 年度
while the statistics call runs to this one.

**Calls**: the real services — \`caseStatistics(db, coordinator, {})\` (GET /api/cases/statistics: the first 年度 on record, then
the four aggregates of computeCaseStatistics, as the system for the tenant) as ${COORDINATOR_EMAIL};
\`listIndicators(db, planner)\` (GET /api/plan/indicators: the plan, its indicators, recorded figures and division names under
row-level security, then each metric the indicators take their values from, computed as the system — ${metrics.length} metric
computations: ${metrics.map((m) => `${metricName(m.key)} ${m.statements}`).join(', ')} statements) and \`buildReport(db, planner, {})\`
(GET /api/plan/report: the plan, policies, roadmap and the 年度's entries, the indicators as above up to the report's 年度, and
the statistics) as ${PLANNER_EMAIL} — ${options.iterations} timed calls per database, cycling through the three, after one warm-up
call of each. *Baseline*: the same statements written out (bench/report-baseline.ts; the metrics' aggregates captured once as
the metric functions send them) and sent through the raw driver in one transaction per call as the table owner, the tenant
written out — without drizzle, the service layer, row-level security or the separate system transactions; *ratio* is
service / baseline. The answers compared on every call: the statistics number by number; the indicators by id, order and
recorded figures (the values computed from the metrics are folded by the service only, so not compared); the report by its
年度, roadmap items, approved entries, indicators and every statistics number. Times in ms. SPEC §5: ≤ ${REPORT_TARGETS.postgresP95Ms} ms
(read here as p95 for each of the three), the embedded database within ${REPORT_TARGETS.pgliteFactor}× of PostgreSQL.

${reportTable(results)}

**Targets**

${targets}
`;
}
