/**
 * The matching benchmark on one database: what the programme desk's suggestion lists ask for, through
 * the real services as programme@demo.example (programme_staff at the desk agency) —
 * suggestForParticipant (one participant → every open opening, scored and ranked, the best 20) and
 * suggestForTarget (one opening → every open participant looking for work the desk sees) — with
 * getCodeLists' own transaction, runAs() under row-level security, drizzle and the audit insert, against
 * the raw-SQL baseline of matching-baseline.ts, call by call, after a warm-up; every call's answers are
 * compared.
 */
import {
  suggestForParticipant,
  suggestForTarget,
} from '../apps/server/src/modules/participation/matching.service';
import type { UserActor } from '../apps/server/src/platform/auth/actor';
import type { Db } from '../apps/server/src/platform/db/database';
import { explainUnderRls } from './case-baseline';
import type { RawDriver } from './databases';
import type { ParticipationSet } from './generator';
import {
  baselineForOpening,
  baselineForParticipant,
  type MatchingBaselineAnswer,
  matchingStatements,
  type Suggested,
  seekersAsOwnerStatement,
  suggestionKey,
} from './matching-baseline';
import { logAgreement, progressLog, type Stats, summarize, timed } from './measure';

/** The demo programme desk user (生涯かつやく支援センター, programme_staff). */
export const PROGRAMME_EMAIL = 'programme@demo.example';
/** How many suggestions a list shows (the routes' default). */
export const SUGGESTION_LIMIT = 20;

export const MATCHING_KINDS = ['participant-openings', 'opening-participants'] as const;
export type MatchingKind = (typeof MATCHING_KINDS)[number];

export const MATCHING_KIND_LABELS: Record<MatchingKind, string> = {
  'participant-openings': '利用者 → 求人 (suggestForParticipant: one participant, every open opening)',
  'opening-participants': '求人 → 利用者 (suggestForTarget: one opening, every participant the desk sees)',
};

/** How many different participants and openings the calls cycle through. */
const TARGETS: Record<MatchingKind, number> = { 'participant-openings': 40, 'opening-participants': 20 };

/**
 * The participants and openings the kinds cycle through, spread evenly over the generated set (the
 * same on both databases): participants allocated to the desk (which it sees through their live
 * links), and open openings.
 */
export function pickTargets(set: ParticipationSet): Record<MatchingKind, string[]> {
  const spread = (ids: string[], n: number) =>
    ids.length <= n
      ? ids
      : Array.from({ length: n }, (_, i) => ids[Math.floor(((i + 0.5) * ids.length) / n)]!);
  return {
    'participant-openings': spread(
      set.participants.filter((p) => p.allocatedAgencyCode === set.deskAgencyCode).map((p) => p.id),
      TARGETS['participant-openings'],
    ),
    'opening-participants': spread(
      set.openings.filter((o) => o.open).map((o) => o.id),
      TARGETS['opening-participants'],
    ),
  };
}

/** Results of one kind: service and baseline timings, the baseline's scoring alone, and what was scored. */
export type MatchingKindResult = {
  kind: MatchingKind;
  service: Stats;
  baseline: Stats;
  /** The pure scoring and ranking within the baseline (matching.ts), per call. */
  scoring: Stats;
  /** Mean candidates scored per call (openings, or participants the desk sees), as the baseline read them. */
  candidates: number;
  /** Mean suggestions returned, and the mean score of the best one. */
  returned: number;
  topScore: number;
  /** How many different participants or openings the calls cycled through. */
  targets: number;
};

export type MatchingRun = {
  kinds: MatchingKindResult[];
  mismatches: string[];
  /** EXPLAIN ANALYZE of every kind's statements under the desk's row-level security, slowest kind first. */
  plans: {
    kind: MatchingKind;
    ms: number;
    target: string;
    statements: string[];
    plans: string[];
    times: number[];
  }[];
  /**
   * For reference: the participants the desk sees read as the table owner with the live-link check
   * written out as a semi-join (seekersAsOwnerStatement) — its rows, plan and execution time.
   */
  reference?: { statement: string; rows: number; plan: string; ms: number };
};

type Answer = { key: string; count: number; top: number };

const answerOf = (items: Suggested[]): Answer => ({
  key: suggestionKey(items, SUGGESTION_LIMIT),
  count: items.length,
  top: items[0]?.score ?? 0,
});

async function serviceCall(db: Db, actor: UserActor, kind: MatchingKind, id: string): Promise<Answer> {
  const list =
    kind === 'participant-openings'
      ? await suggestForParticipant(db, actor, id, SUGGESTION_LIMIT)
      : await suggestForTarget(db, actor, { opening: id }, SUGGESTION_LIMIT);
  return answerOf(list.items);
}

function baselineCall(
  raw: RawDriver,
  actor: UserActor,
  kind: MatchingKind,
  id: string,
): Promise<MatchingBaselineAnswer> {
  return kind === 'participant-openings'
    ? baselineForParticipant(raw, actor, id, SUGGESTION_LIMIT)
    : baselineForOpening(raw, actor, id, SUGGESTION_LIMIT);
}

type Sample = {
  kind: MatchingKind;
  service: number;
  baseline: number;
  scoring: number;
  candidates: number;
  returned: number;
  top: number;
};

/**
 * Warms up with one call of each kind and target, then makes `iterations` timed service calls, each
 * followed by the baseline, alternating the kinds and cycling through each kind's targets.
 */
export async function runMatching(
  db: Db,
  raw: RawDriver,
  desk: UserActor,
  set: ParticipationSet,
  options: { iterations: number; log: (line: string) => void },
): Promise<MatchingRun> {
  const picks = pickTargets(set);
  const kinds = MATCHING_KINDS.filter((k) => picks[k].length > 0);
  for (const kind of kinds) {
    for (const id of picks[kind]) {
      await serviceCall(db, desk, kind, id);
      await baselineCall(raw, desk, kind, id);
    }
  }
  options.log('  warmed up with one call of each kind and target');

  const mismatches = new Set<string>();
  const samples: Sample[] = [];
  const calls = new Map<MatchingKind, number>();
  const progress = progressLog(options.log, options.iterations);
  for (let i = 0; i < options.iterations; i++) {
    const kind = kinds[i % kinds.length]!;
    const n = calls.get(kind) ?? 0;
    calls.set(kind, n + 1);
    const id = picks[kind][n % picks[kind].length]!;
    const service = await timed(() => serviceCall(db, desk, kind, id));
    const baseline = await timed(() => baselineCall(raw, desk, kind, id));
    const expected = answerOf(baseline.result.items);
    if (service.result.key !== expected.key)
      mismatches.add(
        `${kind} ${id}: ${service.result.count} suggestions (best ${service.result.top}) vs ${expected.count} (best ${expected.top})`,
      );
    samples.push({
      kind,
      service: service.ms,
      baseline: baseline.ms,
      scoring: baseline.result.scoreMs,
      candidates: baseline.result.candidates,
      returned: service.result.count,
      top: service.result.top,
    });
    progress(i + 1);
  }
  logAgreement(options.log, mismatches, 'suggested the same, in the same order, on every call');

  const mean = (xs: number[]) => (xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : 0);
  const results: MatchingKindResult[] = kinds.map((kind) => {
    const of = samples.filter((s) => s.kind === kind);
    return {
      kind,
      service: summarize(of.map((s) => s.service)),
      baseline: summarize(of.map((s) => s.baseline)),
      scoring: summarize(of.map((s) => s.scoring)),
      candidates: mean(of.map((s) => s.candidates)),
      returned: mean(of.map((s) => s.returned)),
      topScore: mean(of.map((s) => s.top)),
      targets: picks[kind].length,
    };
  });

  const plans: MatchingRun['plans'] = [];
  for (const k of results.slice().sort((a, b) => b.service.p95 - a.service.p95)) {
    const id = picks[k.kind][0]!;
    const statements = matchingStatements(k.kind, id);
    const explained = await explainUnderRls(raw, desk, statements);
    plans.push({
      kind: k.kind,
      ms: k.service.max,
      target: `${k.kind === 'participant-openings' ? 'participant' : 'opening'} ${id}`,
      statements: statements.map((s) => `${s.text.replace(/\s+/g, ' ')}  -- ${JSON.stringify(s.params)}`),
      plans: explained.map((e) => e.plan),
      times: explained.map((e) => e.ms),
    });
  }
  const owner = seekersAsOwnerStatement(desk.tenantId, desk.agencyId ?? '');
  const [counted] = await raw.query<{ n: number }>(
    `select count(*)::int as n from (${owner.text}) x`,
    owner.params,
  );
  const explained = await raw.query<{ 'QUERY PLAN': string }>(
    `explain (analyze, buffers) ${owner.text}`,
    owner.params,
  );
  const plan = explained.map((r) => r['QUERY PLAN']).join('\n');
  const reference = {
    statement: `${owner.text.replace(/\s+/g, ' ')}  -- ${JSON.stringify(owner.params)}`,
    rows: Number(counted?.n ?? 0),
    plan,
    ms: Number(/Execution Time: ([\d.]+) ms/.exec(plan)?.[1] ?? Number.NaN),
  };
  return { kinds: results, mismatches: [...mismatches], plans, reference };
}
