/** Command-line options of `npm run bench`, parsed and checked once. */
import { parseArgs } from 'node:util';
import { isIsoDate, toIsoDate } from '@tsunagu/japan';
import type { DbKind } from './databases';
import { READ_WEIGHTS, type ReadKind } from './http/read-mix';

/** The benchmarks a run can make; all by default. */
export const BENCHMARKS = [
  'person-search',
  'households',
  'referrals',
  'cases',
  'matching',
  'report',
  'throughput',
] as const;
export type Benchmark = (typeof BENCHMARKS)[number];

/** The earliest --as-of: a month after the intake window, so every historical referral lies before it. */
export const EARLIEST_AS_OF = '2026-05-01';

export type BenchOptions = {
  dbs: DbKind[];
  /** Databases whose saved results (bench/out/result-<db>.json) are reported instead of re-run. */
  withSaved: DbKind[];
  scale: number;
  seed: number;
  iterations: number;
  pgUrl: string;
  vacuum: boolean;
  /**
   * Which benchmarks to run: the city is loaded for all; the referrals when the household page, the inbox,
   * the cases or the throughput are measured, the cases for the case page, the report and the throughput,
   * the employment programme only for matching.
   */
  only: Benchmark[];
  /** The day in Japan the referrals are generated up to (open ones, deadlines): today unless given. */
  asOf: string;
  /**
   * The throughput's read mix restricted to these kinds (each keeps its weight), to see what one kind
   * costs a request; null for the whole mix. A restricted run never writes the docs.
   */
  mix: ReadKind[] | null;
  /** Write the sections of docs/benchmarks.md of the benchmarks run. */
  docs: boolean;
  /** The command as typed, for the report. */
  command: string;
};

export const USAGE = `npm run bench -- [options]
  --db=pglite|postgres|both   databases to run on (default both)
  --scale=N                   data-set size, 1 = 30,000 households / ~60,000 persons / 150,000 intakes /
                              40,000 referrals / 3,000 cases / 3,000 participants × 800 openings (default 1)
  --seed=N                    generator seed (default 1)
  --iterations=N              timed calls per database and benchmark, at least 300 (default 320: 40 per
                              person-search kind, 80 per household-page kind, 80 per referral-inbox kind,
                              40 per case-page kind, 160 per matching kind, ~107 per report kind)
  --only=person-search|households|referrals|cases|matching|report|throughput[,…]
                              run these benchmarks only (default all: person search, the household page,
                              the referral inbox, the case page, the 年度 statistics and indicator report,
                              the mixed-read throughput over HTTP, then matching; 3,000 cases and 100,000
                              support records, 3,000 participants and 800 open openings at scale 1)
  --as-of=YYYY-MM-DD          the day the referrals are generated up to (default today in Japan; at least
                              ${EARLIEST_AS_OF}); the same seed and day give the same referrals
  --pg-url=URL                PostgreSQL server to create the bench database on
                              (default $BENCH_PG_URL or postgres://postgres@127.0.0.1:5432/postgres)
  --with=pglite|postgres      report that database from its saved result (bench/out/result-<db>.json,
                              same seed, scale and iterations) instead of running it again
  --mix=KIND[,…]              the throughput's read mix with these kinds only (${Object.keys(READ_WEIGHTS).join(', ')}):
                              what one kind costs a request; never written to the docs
  --vacuum                    VACUUM ANALYZE after loading instead of ANALYZE only
  --docs / --no-docs          write the sections of docs/benchmarks.md (default: only at --scale=1)`;

/** Bad options or --help: the message is the whole answer, no stack trace. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

/** Parses argv; throws a UsageError with every problem listed. */
export function parseOptions(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    allowNegative: true,
    options: {
      db: { type: 'string', default: 'both' },
      with: { type: 'string' },
      scale: { type: 'string', default: '1' },
      seed: { type: 'string', default: '1' },
      iterations: { type: 'string', default: '320' },
      'pg-url': { type: 'string' },
      only: { type: 'string' },
      mix: { type: 'string' },
      'as-of': { type: 'string' },
      vacuum: { type: 'boolean', default: false },
      docs: { type: 'boolean' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) throw new UsageError(USAGE, 0);
  const problems: string[] = [];
  const dbs: DbKind[] =
    values.db === 'both'
      ? ['pglite', 'postgres']
      : values.db === 'pglite' || values.db === 'postgres'
        ? [values.db]
        : [];
  if (!dbs.length) problems.push(`--db must be pglite, postgres or both (got ${values.db})`);
  const withSaved: DbKind[] = values.with === 'pglite' || values.with === 'postgres' ? [values.with] : [];
  if (values.with !== undefined && (!withSaved.length || dbs.some((d) => withSaved.includes(d))))
    problems.push(`--with must be pglite or postgres, and not a database being run (got ${values.with})`);
  const scale = Number(values.scale);
  if (!(scale > 0 && scale <= 4)) problems.push(`--scale must be a number in (0, 4] (got ${values.scale})`);
  const seed = Number(values.seed);
  if (!Number.isInteger(seed) || seed < 0)
    problems.push(`--seed must be a non-negative integer (got ${values.seed})`);
  const iterations = Number(values.iterations);
  if (!Number.isInteger(iterations) || iterations < 300)
    problems.push(`--iterations must be an integer of at least 300 (got ${values.iterations})`);
  const named = values.only === undefined ? [...BENCHMARKS] : values.only.split(',').map((b) => b.trim());
  const only: Benchmark[] = BENCHMARKS.filter((b) => named.includes(b));
  if (!only.length || named.some((b) => !BENCHMARKS.includes(b as Benchmark)))
    problems.push(`--only must be one of ${BENCHMARKS.join(', ')}, or a list of them (got ${values.only})`);
  const asOf = values['as-of'] ?? toIsoDate(new Date());
  if (!isIsoDate(asOf) || asOf < EARLIEST_AS_OF)
    problems.push(`--as-of must be a date YYYY-MM-DD on or after ${EARLIEST_AS_OF} (got ${asOf})`);
  const kinds = Object.keys(READ_WEIGHTS) as ReadKind[];
  const mix = values.mix === undefined ? null : values.mix.split(',').map((k) => k.trim());
  if (mix && (!mix.length || mix.some((k) => !kinds.includes(k as ReadKind))))
    problems.push(`--mix must be one or more of ${kinds.join(', ')} (got ${values.mix})`);
  if (mix && values.docs)
    problems.push('--mix measures part of the read mix: it cannot write docs/benchmarks.md (--docs)');
  if (problems.length) throw new UsageError(`${problems.join('\n')}\n\n${USAGE}`, 2);
  return {
    dbs,
    withSaved,
    scale,
    seed,
    iterations,
    pgUrl: values['pg-url'] ?? process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
    vacuum: values.vacuum,
    only,
    asOf,
    mix: mix as ReadKind[] | null,
    docs: mix ? false : (values.docs ?? scale === 1),
    command: ['npm run bench', ...(argv.length ? ['--', ...argv] : [])].join(' '),
  };
}
