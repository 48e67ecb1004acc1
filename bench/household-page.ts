/**
 * The household-page benchmark on one database: GET /api/households/:id through the real service
 * (getHousehold: the household, members, intakes with their problems, the 要配慮 categories, the
 * household's referrals and the link bases in one runAs() transaction under row-level security, and the
 * audit insert) as the demo staff user, for households its agency holds a live link to, against the
 * raw-SQL baseline of household-baseline.ts, call by call, after a warm-up; every call's answers are compared.
 */
import { getHousehold } from '../apps/server/src/modules/households/households.service';
import type { UserActor } from '../apps/server/src/platform/auth/actor';
import type { Db } from '../apps/server/src/platform/db/database';
import { explainUnderRls } from './case-baseline';
import type { RawDriver } from './databases';
import type { City, ReferralSet } from './generator';
import {
  baselineHousehold,
  type HouseholdAnswer,
  householdAnswer,
  householdStatements,
} from './household-baseline';
import { logAgreement, progressLog, type Stats, summarize, timed } from './measure';

export const HOUSEHOLD_PAGE_KINDS = ['single', 'family', 'many-intakes', 'referred'] as const;
export type HouseholdPageKind = (typeof HOUSEHOLD_PAGE_KINDS)[number];

export const HOUSEHOLD_PAGE_KIND_LABELS: Record<HouseholdPageKind, string> = {
  single: '単身世帯 (1 member, 1–2 intakes)',
  family: '多人数世帯 (4–5 members)',
  'many-intakes': '相談の多い世帯 (the most intakes)',
  referred: 'つなぎの多い世帯 (the most referrals)',
};

/** A household a kind cycles through, with what it holds in the generated set. */
export type PickedHousehold = { id: string; members: number; intakes: number; referrals: number };

/**
 * The households each kind reads: all are linked to the staff's agency through one of its own intakes
 * (a live link that never ends), chosen from the generated set, so the same on both databases.
 */
export function pickHouseholds(
  city: City,
  referrals: ReferralSet | undefined,
  agencyCode: string,
): Record<HouseholdPageKind, PickedHousehold[]> {
  const count = (ids: string[]) => {
    const m = new Map<string, number>();
    for (const id of ids) m.set(id, (m.get(id) ?? 0) + 1);
    return m;
  };
  const members = count(city.members.map((m) => m.householdId));
  const intakes = count(city.intakes.map((i) => i.householdId));
  const referred = count((referrals?.referrals ?? []).map((r) => r.householdId));
  const linked = [
    ...new Set(city.liveLinks.filter((l) => l.agencyCode === agencyCode).map((l) => l.householdId)),
  ]
    .sort()
    .map(
      (id): PickedHousehold => ({
        id,
        members: members.get(id) ?? 0,
        intakes: intakes.get(id) ?? 0,
        referrals: referred.get(id) ?? 0,
      }),
    );
  /** `n` spread evenly over the list, so that the choice does not depend on the sort's ties. */
  const spread = (list: PickedHousehold[], n: number) =>
    list.length <= n
      ? list
      : Array.from({ length: n }, (_, i) => list[Math.floor(((i + 0.5) * list.length) / n)]!);
  const top = (by: (h: PickedHousehold) => number, n: number) =>
    linked
      .slice()
      .sort((a, b) => by(b) - by(a) || a.id.localeCompare(b.id))
      .slice(0, n);
  return {
    single: spread(
      linked.filter((h) => h.members === 1 && h.intakes <= 2),
      10,
    ),
    family: spread(
      linked.filter((h) => h.members >= 4),
      10,
    ),
    'many-intakes': top((h) => h.intakes, 5),
    referred: top((h) => h.referrals, 5).filter((h) => h.referrals > 0),
  };
}

/** Results of one kind (or 'all'): service and baseline timings and the largest answer. */
export type HouseholdPageKindResult = {
  kind: HouseholdPageKind | 'all';
  service: Stats;
  baseline: Stats;
  answer: string;
};

export type HouseholdPageRun = {
  kinds: HouseholdPageKindResult[];
  picks: Record<string, Omit<PickedHousehold, 'id'>[]>;
  mismatches: string[];
  /** EXPLAIN ANALYZE of the page's statements under the staff's row-level security, for the largest household read. */
  plan: { target: string; statements: string[]; plans: string[]; times: number[] };
};

async function serviceCall(db: Db, actor: UserActor, id: string): Promise<HouseholdAnswer> {
  const h = await getHousehold(db, actor, id);
  return householdAnswer({
    id: h.id,
    members: h.members.length,
    intakes: h.intakes.length,
    problems: h.intakes.reduce((sum, i) => sum + i.problems.length, 0),
    referrals: h.referrals.length,
    sensitive: h.members.reduce((sum, m) => sum + m.sensitiveCategories.length, 0),
  });
}

type Sample = { kind: HouseholdPageKind; service: number; baseline: number; answer: HouseholdAnswer };

/**
 * Warms up with one call per picked household, then makes `iterations` timed service calls, each
 * followed by the baseline, cycling through the kinds and, within a kind, through its households.
 */
export async function runHouseholdPage(
  db: Db,
  raw: RawDriver,
  staff: UserActor,
  picks: Record<HouseholdPageKind, PickedHousehold[]>,
  options: { iterations: number; log: (line: string) => void },
): Promise<HouseholdPageRun> {
  const kinds = HOUSEHOLD_PAGE_KINDS.filter((k) => picks[k].length > 0);
  const skipped = HOUSEHOLD_PAGE_KINDS.filter((k) => !kinds.includes(k));
  if (skipped.length) options.log(`  no household to read for ${skipped.join(', ')} at this scale`);
  for (const kind of kinds) {
    for (const h of picks[kind]) {
      await serviceCall(db, staff, h.id);
      await baselineHousehold(raw, staff, h.id);
    }
  }
  options.log('  warmed up with one call of each household');

  const mismatches = new Set<string>();
  const samples: Sample[] = [];
  const calls = new Map<HouseholdPageKind, number>();
  const progress = progressLog(options.log, options.iterations);
  for (let i = 0; i < options.iterations; i++) {
    const kind = kinds[i % kinds.length]!;
    const n = calls.get(kind) ?? 0;
    calls.set(kind, n + 1);
    const id = picks[kind][n % picks[kind].length]!.id;
    const service = await timed(() => serviceCall(db, staff, id));
    const baseline = await timed(() => baselineHousehold(raw, staff, id));
    if (service.result.key !== baseline.result.key)
      mismatches.add(`${kind}: ${service.result.answer} vs ${baseline.result.answer}`);
    samples.push({ kind, service: service.ms, baseline: baseline.ms, answer: service.result });
    progress(i + 1);
  }
  logAgreement(options.log, mismatches, 'showed the same household on every call');

  const largest = (of: Sample[]) =>
    of.reduce<Sample | undefined>(
      (best, s) => (!best || s.answer.size > best.answer.size ? s : best),
      undefined,
    )?.answer.answer ?? '';
  const result = (kind: HouseholdPageKind | 'all', of: Sample[]): HouseholdPageKindResult => ({
    kind,
    service: summarize(of.map((s) => s.service)),
    baseline: summarize(of.map((s) => s.baseline)),
    answer: kind === 'all' ? '' : largest(of),
  });
  const largestPick = Object.values(picks)
    .flat()
    .sort((a, b) => b.intakes + b.members + b.referrals - (a.intakes + a.members + a.referrals))[0]!;
  const plan = await explainPage(raw, staff, largestPick);
  return {
    plan,
    kinds: [
      ...kinds.map((k) =>
        result(
          k,
          samples.filter((s) => s.kind === k),
        ),
      ),
      result('all', samples),
    ],
    picks: Object.fromEntries(kinds.map((k) => [k, picks[k].map(({ id: _, ...rest }) => rest)])),
    mismatches: [...mismatches],
  };
}

/** The page's statement for a household, explained under row-level security. */
async function explainPage(raw: RawDriver, staff: UserActor, h: PickedHousehold) {
  const statements = householdStatements(h.id);
  const explained = await explainUnderRls(raw, staff, statements);
  return {
    target: `household of ${h.members} members, ${h.intakes} intakes, ${h.referrals} referrals`,
    statements: statements.map((st) => st.text.replace(/\s+/g, ' ')),
    plans: explained.map((e) => e.plan),
    times: explained.map((e) => e.ms),
  };
}
