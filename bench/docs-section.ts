/** The person-search section of docs/benchmarks.md, made from one run's results. */
import type { describeCity } from './generator';
import type { BenchOptions } from './options';
import { type DbResult, type Machine, planSummary, resultsTable, slowestKinds, targetLines } from './report';

export type RunContext = {
  options: BenchOptions;
  machine: Machine;
  generateMs: number;
  shape: ReturnType<typeof describeCity>;
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
    ...r.load.tables.map((t) => s(t.ms)),
    s(r.load.analyzeMs),
    `**${s(r.load.totalMs)}**`,
  ]);
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

/** Plans of the (at most three) slowest kinds over the target per database; one for reference if none. */
function plans(ctx: RunContext): string {
  const out: string[] = [];
  for (const r of ctx.results) {
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

export function personSearchSection(ctx: RunContext): string {
  const { machine, shape, options } = ctx;
  const versions = ctx.results.map((r) =>
    r.kind === 'pglite'
      ? `PGlite ${machine.pglite} (embedded PostgreSQL ${r.serverVersion})`
      : `PostgreSQL ${r.serverVersion} (server)`,
  );
  const sizes = Object.entries(shape.householdSizes)
    .map(([size, count]) => `${size}: ${n(count)}`)
    .join(', ');
  const runs = ctx.results
    .map(
      (r) =>
        `- ${r.kind}: run ${r.startedAt.slice(0, 16).replace('T', ' ')} UTC with \`${r.command}\` ` +
        `(load average ${r.loadAverage.join(' / ')})`,
    )
    .join('\n');
  const kindCount = (ctx.results[0]?.search.kinds.length ?? 1) - 1;
  const mismatches = ctx.results.flatMap((r) => r.search.mismatches.map((q) => `${r.kind}: ${q}`));
  const targets = [
    ...targetLines(ctx.results),
    mismatches.length
      ? `Service and baseline answered differently on ${mismatches.join(', ')}`
      : 'Service and baseline found the same persons, in the same order, on every timed call',
  ]
    .map((l) => `- ${l}`)
    .join('\n');
  return `## Person search

${runs}

**Machine**: ${machine.cpu}, ${machine.cores} cores, ${machine.ramGiB} GiB RAM, ${machine.os}, Node ${machine.node};
${versions.join('; ')}. Other engineers' test suites (vitest, Chromium) were sharing the 2 cores (load averages
above), so absolute times are pessimistic.

**Data set** (seed ${options.seed}, scale ${options.scale}): ${n(shape.households)} households, ${n(shape.persons)} persons,
${n(shape.intakes)} intakes with ${n(shape.problems)} problems, ${n(shape.liveLinks)} live links from ${shape.recordingAgencies} recording
agencies. Household sizes ${sizes}; ${Math.round(shape.aged65 * 100)}% of persons are 65 or older, ${Math.round(shape.withPhone * 100)}% have a phone.
The searching user's agency (${ctx.agencyCode}) holds live links to ${(shape.agencyShare * 100).toFixed(1)}% of households.

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

${resultsTable(ctx.results)}

**SPEC §5 targets**

${targets}

**Query plans**: EXPLAIN ANALYZE of both steps of the slowest query of the slowest kinds (step 1 as the table
owner, step 2 under the staff's row-level security); every kind's plans are in bench/out/plans-<db>.txt.

${plans(ctx)}
`;
}
