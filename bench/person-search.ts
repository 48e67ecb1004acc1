/**
 * The person-search benchmark on one database: the real service (searchPersons: runAs with row-level
 * security, drizzle, the audit insert) against the raw-SQL baseline, call by call on the same queries,
 * after a warm-up that also checks both return the same persons.
 */
import { parsePersonQuery, searchPersons } from '../apps/server/src/modules/households/households.service';
import type { UserActor } from '../apps/server/src/platform/auth/actor';
import type { Db } from '../apps/server/src/platform/db/database';
import { baselineSearch, explainSearch } from './baseline';
import type { RawDriver } from './databases';
import { type Stats, summarize, timed } from './measure';
import { type BenchQuery, QUERY_KINDS, type QueryKind } from './queries';

export const SEARCH_LIMIT = 20;

/** Results of one kind (or 'all'): service and baseline timings, and how often something was found. */
export type KindResult = {
  kind: QueryKind | 'all';
  service: Stats;
  baseline: Stats;
  /** Share of calls that found at least one person. */
  hitRate: number;
  meanRows: number;
};

export type SearchRun = {
  kinds: KindResult[];
  /** Queries on which service and baseline answered differently (should be none). */
  mismatches: string[];
  /** EXPLAIN ANALYZE of the slowest query of each kind. */
  plans: { kind: QueryKind; q: string; ms: number; plan: string }[];
};

type Sample = { query: BenchQuery; service: number; baseline: number; rows: number };

function criteriaOf(q: string) {
  const c = parsePersonQuery(q);
  if (!c) throw new Error(`the query ${JSON.stringify(q)} searches nothing`);
  return c;
}

/**
 * Warms up with the first query of each kind, then makes `iterations` timed service calls, each
 * followed by the baseline on the same query, cycling through the kinds. Every call's service and
 * baseline answers are compared (the same persons in the same order).
 */
export async function runPersonSearch(
  db: Db,
  raw: RawDriver,
  actor: UserActor,
  mix: BenchQuery[],
  options: { iterations: number; log: (line: string) => void },
): Promise<SearchRun> {
  const byKind = new Map<QueryKind, BenchQuery[]>(
    QUERY_KINDS.map((k) => [k, mix.filter((q) => q.kind === k)]),
  );
  for (const [, pool] of byKind) {
    const query = pool[0];
    if (!query) continue;
    await searchPersons(db, actor, query.q, SEARCH_LIMIT);
    await baselineSearch(raw, actor, criteriaOf(query.q), SEARCH_LIMIT);
  }
  options.log(`  warmed up with one query of each kind`);

  const mismatches = new Set<string>();
  const samples: Sample[] = [];
  const started = performance.now();
  for (let i = 0; i < options.iterations; i++) {
    const kind = QUERY_KINDS[i % QUERY_KINDS.length]!;
    const pool = byKind.get(kind)!;
    const query = pool[Math.floor(i / QUERY_KINDS.length) % pool.length]!;
    const service = await timed(() => searchPersons(db, actor, query.q, SEARCH_LIMIT));
    const baseline = await timed(() => baselineSearch(raw, actor, criteriaOf(query.q), SEARCH_LIMIT));
    if (service.result.map((p) => p.id).join() !== baseline.result.join()) mismatches.add(query.q);
    samples.push({ query, service: service.ms, baseline: baseline.ms, rows: service.result.length });
    if ((i + 1) % 40 === 0) {
      const minutes = (performance.now() - started) / 60_000;
      options.log(`  ${i + 1}/${options.iterations} calls, ${minutes.toFixed(1)} min`);
    }
  }

  options.log(
    mismatches.size
      ? `  service and baseline answered differently on: ${[...mismatches].join(', ')}`
      : '  service and baseline found the same persons on every call',
  );

  const result = (kind: QueryKind | 'all', of: Sample[]): KindResult => ({
    kind,
    service: summarize(of.map((s) => s.service)),
    baseline: summarize(of.map((s) => s.baseline)),
    hitRate: of.filter((s) => s.rows > 0).length / (of.length || 1),
    meanRows: of.reduce((s, x) => s + x.rows, 0) / (of.length || 1),
  });
  const kinds = [
    ...QUERY_KINDS.map((k) =>
      result(
        k,
        samples.filter((s) => s.query.kind === k),
      ),
    ),
    result('all', samples),
  ];

  const plans: SearchRun['plans'] = [];
  for (const kind of QUERY_KINDS) {
    const slowest = samples.filter((s) => s.query.kind === kind).sort((a, b) => b.service - a.service)[0];
    if (!slowest) continue;
    const plan = await explainSearch(raw, actor, criteriaOf(slowest.query.q), SEARCH_LIMIT);
    plans.push({ kind, q: slowest.query.q, ms: slowest.service, plan });
  }
  return { kinds, mismatches: [...mismatches], plans };
}
