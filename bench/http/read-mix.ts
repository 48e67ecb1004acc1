/**
 * The mixed read workload: the API calls a working day of the city's clerks sends, weighted by how often
 * each screen is opened — person search and the household page at the counter, the case page as the
 * coordinator and as a team agency's staff, the referral inbox and its navigation badge, the case lists
 * and the coordinator's queue, the agency directory, and now and then the 年度 statistics and the
 * indicator list. Every id is one its user may read (drawn as the other benchmarks draw them), so any
 * answer but 2xx is an error. The same calls drive the HTTP load (as paths) and the raw-SQL baseline.
 */
import { PLANNER_EMAIL } from '../annual-report';
import { COORDINATOR_EMAIL, pickCases } from '../case-page';
import type { CityData } from '../city-database';
import { Prng } from '../generator/prng';
import { buildQueryMix } from '../queries';
import type { InboxQuery } from '../referral-baseline';
import { INBOX_QUERIES } from '../referral-inbox';
import { STAFF_EMAIL } from '../tenant';

/** The demo users the mix signs in as. */
export const MIX_USERS = {
  staff: STAFF_EMAIL,
  coordinator: COORDINATOR_EMAIL,
  planner: PLANNER_EMAIL,
} as const;
export type MixUser = keyof typeof MIX_USERS;

/** One read, as its screen asks for it. */
export type ReadCall =
  | { kind: 'person-search'; q: string }
  | { kind: 'household'; id: string }
  | { kind: 'case-page'; as: 'coordinator' | 'staff'; id: string }
  | { kind: 'inbox'; query: InboxQuery }
  | { kind: 'inbox-counts' }
  | { kind: 'case-list'; as: 'coordinator' | 'staff' }
  | { kind: 'case-queue' }
  | { kind: 'agencies'; search: string }
  | { kind: 'statistics' }
  | { kind: 'indicators' };
export type ReadKind = ReadCall['kind'];

/**
 * Share of the day's reads per kind (they add up to 100): the counter's search and household page and
 * the case page lead; the badge comes with every page; the 年度 figures are looked at a few times a day.
 */
export const READ_WEIGHTS: Record<ReadKind, number> = {
  'person-search': 25,
  household: 15,
  'case-page': 20,
  inbox: 12,
  'inbox-counts': 8,
  'case-list': 8,
  'case-queue': 4,
  agencies: 5,
  statistics: 1.5,
  indicators: 1.5,
};

/** What each kind is, for the report. */
export const READ_KIND_LABELS: Record<ReadKind, string> = {
  'person-search': '人の検索 (staff, GET /api/persons, 8 query kinds)',
  household: '世帯画面 (staff, GET /api/households/:id)',
  'case-page': 'ケース画面 (coordinator and staff, GET /api/cases/:id)',
  inbox: '紹介 受信箱・送信箱 (staff, GET /api/referrals)',
  'inbox-counts': 'ナビの件数 (staff, GET /api/referrals/counts)',
  'case-list': 'ケース一覧 (coordinator and staff, GET /api/cases)',
  'case-queue': '振り分け待ち (coordinator, GET /api/cases/queue)',
  agencies: '相談機関の検索 (staff, GET /api/agencies)',
  statistics: '事業実績 年度別 (coordinator, GET /api/cases/statistics)',
  indicators: '成果指標一覧 (planner, GET /api/plan/indicators)',
};

/** The calls of one kind, taken in turn, and the kind's share of the mix. */
export type MixKind = { kind: ReadKind; weight: number; calls: ReadCall[] };

/** Households the staff's agency sees: its intake links, which do not expire (generator/intakes.ts). */
function visibleHouseholds(data: Pick<CityData, 'tenant' | 'city'>, n: number): string[] {
  const agency = data.tenant.actorAgencyCode;
  const ids = [
    ...new Set(data.city.liveLinks.filter((l) => l.agencyCode === agency).map((l) => l.householdId)),
  ];
  const step = Math.max(1, Math.floor(ids.length / n));
  return ids.filter((_, i) => i % step === 0).slice(0, n);
}

/** Builds the mix from the loaded data set: the same seed and data give the same calls. */
export function buildReadMix(data: Pick<CityData, 'tenant' | 'city' | 'cases'>, seed: number): MixKind[] {
  const picks = pickCases(data.cases);
  const cases = (as: 'coordinator' | 'staff', ids: { id: string }[]): ReadCall[] =>
    ids.map(({ id }) => ({ kind: 'case-page', as, id }));
  const refs = data.tenant.refs;
  const field = refs.agencies.flatMap((a) => a.fields)[0];
  const district = refs.welfareDistricts[0]?.code;
  const calls: Record<ReadKind, ReadCall[]> = {
    'person-search': buildQueryMix(data.city, data.tenant.actorAgencyCode, seed).map(({ q }) => ({
      kind: 'person-search',
      q,
    })),
    household: visibleHouseholds(data, 100).map((id) => ({ kind: 'household', id })),
    'case-page': [
      ...cases('coordinator', picks['coordinator-small']),
      ...cases('coordinator', picks['coordinator-large']),
      ...cases('coordinator', picks['coordinator-closed']),
      ...cases('staff', picks['staff-small']),
      ...cases('staff', picks['staff-large']),
    ],
    inbox: Object.values(INBOX_QUERIES).map((query) => ({ kind: 'inbox', query })),
    'inbox-counts': [{ kind: 'inbox-counts' }],
    'case-list': [
      { kind: 'case-list', as: 'staff' },
      { kind: 'case-list', as: 'coordinator' },
    ],
    'case-queue': [{ kind: 'case-queue' }],
    agencies: [
      '',
      `q=${encodeURIComponent('包括')}`,
      ...(field ? [`field=${field}`] : []),
      ...(district ? [`district=${district}`] : []),
    ].map((search) => ({ kind: 'agencies', search })),
    statistics: [{ kind: 'statistics' }],
    indicators: [{ kind: 'indicators' }],
  };
  return (Object.keys(READ_WEIGHTS) as ReadKind[])
    .map((kind) => ({ kind, weight: READ_WEIGHTS[kind], calls: calls[kind] }))
    .filter((k) => k.calls.length > 0);
}

/** The user a call is made as and its path (with the query string) on the API. */
export function requestOf(call: ReadCall): { user: MixUser; path: string } {
  switch (call.kind) {
    case 'person-search':
      return { user: 'staff', path: `/api/persons?q=${encodeURIComponent(call.q)}&limit=20` };
    case 'household':
      return { user: 'staff', path: `/api/households/${call.id}` };
    case 'case-page':
      return { user: call.as, path: `/api/cases/${call.id}` };
    case 'inbox': {
      const { box, filter, limit, offset } = call.query;
      return {
        user: 'staff',
        path: `/api/referrals?box=${box}&filter=${filter}&limit=${limit}&offset=${offset}`,
      };
    }
    case 'inbox-counts':
      return { user: 'staff', path: '/api/referrals/counts' };
    case 'case-list':
      return { user: call.as, path: '/api/cases' };
    case 'case-queue':
      return { user: 'coordinator', path: '/api/cases/queue' };
    case 'agencies':
      return { user: 'staff', path: `/api/agencies${call.search ? `?${call.search}` : ''}` };
    case 'statistics':
      return { user: 'coordinator', path: '/api/cases/statistics' };
    case 'indicators':
      return { user: 'planner', path: '/api/plan/indicators' };
  }
}

/**
 * The calls in the order a day sends them: a kind by its weight (a seeded PRNG, so the same seed gives
 * the same sequence), then that kind's calls in turn.
 */
export function mixPicker(mix: MixKind[], seed: number): () => ReadCall {
  const rng = new Prng(seed);
  const total = mix.reduce((s, k) => s + k.weight, 0);
  const next = new Map<ReadKind, number>();
  return () => {
    let r = rng.next() * total;
    let chosen = mix.at(-1)!;
    for (const k of mix) {
      r -= k.weight;
      if (r < 0) {
        chosen = k;
        break;
      }
    }
    const i = next.get(chosen.kind) ?? 0;
    next.set(chosen.kind, i + 1);
    return chosen.calls[i % chosen.calls.length]!;
  };
}
