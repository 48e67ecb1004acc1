/**
 * The lifelong employment programme (生涯活躍就労支援事業) over the generated city, for the matching
 * benchmark: 3,000 × scale persons of the city registered as participants looking for work, with what
 * they can do, what they cannot, the industries they wish for, their days, hours and how far they can
 * travel; each allocated by barrier level as the programme's agencies are configured (small → the
 * private agency, medium or large → the desk) with the allocated agency's live link (basis
 * 'participation', source 'participant'), as the trigger of migration 0029 makes it on registration.
 * Then 200 × scale employers of the programme with 800 × scale open openings (and a quarter as many
 * closed ones), their carved tasks, demands, hours and days fitting the employer's industry; and a few
 * matches (proposed, on trial, declined) of participants with openings that fit them, scored as the
 * service scores them. Everything is registered over FY2023–FY2025, before REFERENCE_DATE.
 * Deterministic, on its own PRNG stream: the same city, references, seed and scale give the same rows,
 * and the city is the same with or without them.
 */
import type { ScoreItem, TravelRange } from '@tsunagu/contracts/participation';
import { scoreOpening } from '../../apps/server/src/modules/participation/matching';
import type { City, CityRefs } from './city';
import { REFERENCE_DATE } from './city';
import { dayOf, isoOfDay, officeTime } from './dates';
import { makeAddress, wardsOf } from './households';
import { apportion, drawDistinct, Prng, Weighted } from './prng';

/** Full-scale sizes of the matching benchmark (SPEC M5: 3,000 seekers × 800 openings). */
export const PARTICIPATION_SCALE = {
  participants: 3_000,
  employers: 200,
  openOpenings: 800,
  /** Closed openings, beside the open ones (not suggested: they show the filter works). */
  closedOpenings: 200,
  /** Share of participants with one match (proposed, on trial or declined). */
  matchedShare: 0.1,
} as const;

/** The programme's registrations and employers start with 令和5年度 (FY2023). */
export const PROGRAMME_FROM = '2023-04-01';

/** A code and its Japanese label, as the tenant's code lists hold them. */
export type CodeRef = { code: string; labelJa: string };

/** What the generator needs of the tenant beyond the city's references. */
export type ParticipationRefs = {
  programmeCode: string;
  /** The programme's agencies: which barrier levels each takes, and which is the desk. */
  agencies: { agencyCode: string; barrierLevels: string[]; desk: boolean }[];
  codes: {
    job_task: CodeRef[];
    work_demand: CodeRef[];
    industry: CodeRef[];
    interest: CodeRef[];
    accessibility: CodeRef[];
  };
};

export type BarrierLevel = 'small' | 'medium' | 'large';

export type GenParticipant = {
  id: string;
  personId: string;
  householdId: string;
  programmeCode: string;
  aim: 'work';
  registeredOn: string;
  registeredByAgencyCode: string;
  /** Whether the desk registered it for itself (the service then assigns the registering user). */
  assignedToRegistrar: boolean;
  healthLevel: 'good' | 'fair' | 'needs_care';
  wishedIndustries: string[];
  abilities: string[];
  limits: string[];
  interests: string[];
  accessibilityNeeds: string[];
  availableDays: string[];
  maxHoursPerWeek: number | null;
  travelRange: TravelRange;
  barrierLevel: BarrierLevel;
  allocatedAgencyCode: string;
  createdAt: Date;
};

export type GenEmployer = {
  id: string;
  programmeCode: string;
  name: string;
  industryCode: string;
  address: string;
  schoolDistrictCode: string | null;
  registeredOn: string;
  createdAt: Date;
};

export type GenOpening = {
  id: string;
  employerId: string;
  title: string;
  tasks: string[];
  demands: string[];
  hoursPerWeek: number;
  days: string[];
  timeNote: string;
  schoolDistrictCode: string | null;
  positions: number;
  open: boolean;
  openedOn: string;
  createdAt: Date;
};

export type GenMatch = {
  id: string;
  participantId: string;
  openingId: string;
  state: 'proposed' | 'trial' | 'declined';
  score: number;
  scoreItems: ScoreItem[];
  proposedOn: string;
  trialFrom: string | null;
  trialTo: string | null;
  createdAt: Date;
};

/** The allocated agency's live link, as the trigger makes it in the registration's transaction. */
export type GenParticipationLink = {
  id: string;
  householdId: string;
  agencyCode: string;
  /** The participant. */
  sourceId: string;
  validFrom: Date;
};

export type ParticipationSet = {
  programmeCode: string;
  deskAgencyCode: string;
  participants: GenParticipant[];
  employers: GenEmployer[];
  openings: GenOpening[];
  matches: GenMatch[];
  links: GenParticipationLink[];
};

export type ParticipationOptions = { seed: number; scale: number };

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
/** Weekdays first: most carved work and most participants' days are Monday to Friday. */
const DAY_WEIGHT: Record<string, number> = { mon: 3, tue: 3, wed: 3, thu: 3, fri: 3, sat: 1, sun: 0.6 };

/** How often a task is one a participant can or wants to do (demo codes; others weigh 1). */
const TASK_WEIGHT: Record<string, number> = {
  cleaning: 3,
  'light-work': 3,
  sorting: 2,
  gardening: 2,
  'care-assist': 1.5,
  cooking: 1.5,
  parking: 1.2,
  farming: 1,
  'data-entry': 1,
  driving: 1,
  reception: 1,
  'childcare-assist': 0.8,
};
/** How often a demand is one a participant cannot meet (demo codes; others weigh 1). */
const LIMIT_WEIGHT: Record<string, number> = {
  lifting: 3,
  standing: 2,
  licence: 2,
  pc: 2,
  'early-late': 2,
  outdoor: 1.5,
  customer: 1.5,
  stairs: 1.5,
};
/** Employers of the programme by industry (demo codes; others weigh 1). */
const INDUSTRY_WEIGHT: Record<string, number> = {
  care: 25,
  building: 15,
  retail: 15,
  manufacturing: 12,
  logistics: 10,
  agriculture: 8,
  office: 8,
  education: 7,
};
/** The tasks an employer of an industry carves out (demo codes). */
const INDUSTRY_TASKS: Record<string, string[]> = {
  care: ['care-assist', 'cleaning', 'cooking', 'driving', 'reception'],
  retail: ['light-work', 'reception', 'sorting', 'cleaning'],
  manufacturing: ['light-work', 'sorting', 'cleaning'],
  building: ['cleaning', 'gardening', 'parking'],
  agriculture: ['farming', 'light-work', 'sorting', 'gardening'],
  logistics: ['sorting', 'driving', 'light-work'],
  education: ['childcare-assist', 'cleaning', 'cooking', 'reception'],
  office: ['data-entry', 'reception', 'cleaning'],
};
/** The demands a task brings (demo codes), each with its probability. */
const TASK_DEMANDS: Record<string, [string, number][]> = {
  cleaning: [
    ['standing', 0.6],
    ['stairs', 0.3],
  ],
  gardening: [
    ['outdoor', 0.9],
    ['lifting', 0.3],
  ],
  'light-work': [['standing', 0.5]],
  'care-assist': [
    ['standing', 0.6],
    ['customer', 0.3],
  ],
  cooking: [
    ['standing', 0.7],
    ['early-late', 0.3],
  ],
  'data-entry': [['pc', 0.9]],
  driving: [['licence', 1]],
  reception: [['customer', 0.9]],
  'childcare-assist': [['standing', 0.4]],
  farming: [
    ['outdoor', 1],
    ['lifting', 0.5],
    ['early-late', 0.4],
  ],
  parking: [
    ['outdoor', 0.7],
    ['customer', 0.4],
  ],
  sorting: [
    ['lifting', 0.7],
    ['standing', 0.5],
  ],
};
/** Words an employer's name is made of, by industry (demo codes; others get the office words). */
const INDUSTRY_WORDS: Record<string, string[]> = {
  care: ['ケアセンター', '介護サービス', 'デイサービス', 'ケアホーム'],
  retail: ['ストア', '商店', 'マート', '直売所'],
  manufacturing: ['製作所', '工業', '食品工場', '精工'],
  building: ['ビルサービス', '環境サービス', '管財', '清掃'],
  agriculture: ['農園', 'ファーム', '園芸', '果樹園'],
  logistics: ['運輸', '物流センター', '配送', '倉庫'],
  education: ['学園', '保育園', 'こども園', '学童クラブ'],
  office: ['商事', '事務センター', 'オフィスサービス', '情報サービス'],
};
const CORPORATE = new Weighted<string>([
  ['株式会社', 6],
  ['有限会社', 2],
  ['社会福祉法人', 1],
  ['合同会社', 1],
  ['NPO法人', 0.5],
]);
const NAME_STEMS = [
  '旭',
  '吉備',
  '後楽',
  '西大寺',
  '京山',
  '操山',
  '足守',
  '建部',
  '瀬戸',
  '妹尾',
  '灘崎',
  '藤田',
  '一宮',
  '高松',
  '御津',
  '牧石',
  '芳田',
  '福浜',
  '平井',
  '岡南',
  '芳泉',
  '桃太郎',
  '備前',
  '東山',
  '三門',
  '津島',
  '野田',
  '大供',
  '今',
  '庭瀬',
];
const TIME_NOTES = [
  '9:00〜12:00',
  '9:00〜13:00',
  '10:00〜15:00',
  '13:00〜16:00',
  '7:00〜11:00',
  '8:30〜12:30',
];

const HEALTH: Record<BarrierLevel, Weighted<GenParticipant['healthLevel']>> = {
  small: new Weighted([
    ['good', 70],
    ['fair', 25],
    ['needs_care', 5],
  ]),
  medium: new Weighted([
    ['good', 40],
    ['fair', 45],
    ['needs_care', 15],
  ]),
  large: new Weighted([
    ['good', 20],
    ['fair', 45],
    ['needs_care', 35],
  ]),
};
/** How many demands a person cannot meet, by barrier level. */
const LIMIT_COUNT: Record<BarrierLevel, Weighted<number>> = {
  small: new Weighted([
    [0, 60],
    [1, 30],
    [2, 10],
  ]),
  medium: new Weighted([
    [0, 25],
    [1, 40],
    [2, 25],
    [3, 10],
  ]),
  large: new Weighted([
    [0, 10],
    [1, 30],
    [2, 35],
    [3, 25],
  ]),
};
/** The most hours a week a person wants, by barrier level (none given for some). */
const HOURS: Record<BarrierLevel, [number, number]> = { small: [15, 30], medium: [10, 20], large: [6, 15] };
const TRAVEL: Record<BarrierLevel, Weighted<TravelRange>> = {
  small: new Weighted([
    ['school', 15],
    ['welfare', 50],
    ['city', 35],
  ]),
  medium: new Weighted([
    ['school', 25],
    ['welfare', 50],
    ['city', 25],
  ]),
  large: new Weighted([
    ['school', 40],
    ['welfare', 45],
    ['city', 15],
  ]),
};
/** Barrier levels of the registered: about a third small (the private agency), the rest the desk's. */
const BARRIER = new Weighted<BarrierLevel>([
  ['small', 34],
  ['medium', 40],
  ['large', 26],
]);

const weighted = (codes: CodeRef[], weights: Record<string, number>) =>
  codes.map((c) => [c.code, weights[c.code] ?? 1] as const);
const ageAt = (birthDate: string) => {
  const [y, m, d] = REFERENCE_DATE.split('-').map(Number) as [number, number, number];
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
};

/**
 * `n` persons of the city to register, without repeats: adults of 18–79 with a birth date, those of
 * 55 and over (the programme's main group) three times as likely (weighted sampling by the keys
 * u^(1/w), Efraimidis–Spirakis), in the city's order.
 */
function pickPersons(rng: Prng, city: City, n: number) {
  const householdOf = new Map(city.members.map((m) => [m.personId, m.householdId]));
  const keyed: { i: number; key: number }[] = [];
  city.persons.forEach((p, i) => {
    const age = p.birthDate ? ageAt(p.birthDate) : -1;
    const u = rng.next();
    if (age < 18 || age > 79) return;
    keyed.push({ i, key: u ** (1 / (age >= 55 ? 3 : 1)) });
  });
  if (keyed.length < n) throw new Error(`only ${keyed.length} persons of 18–79 for ${n} participants`);
  return keyed
    .sort((a, b) => b.key - a.key)
    .slice(0, n)
    .sort((a, b) => a.i - b.i)
    .map(({ i }) => {
      const person = city.persons[i]!;
      return { person, householdId: householdOf.get(person.id)! };
    });
}

/** Days a person can work or an opening needs: `lo`–`hi` of the week, weekdays more often. */
function drawDays(rng: Prng, lo: number, hi: number, weekendPull = 1): string[] {
  const picked = new Set(
    drawDistinct(
      rng,
      WEEKDAYS.map(
        (d) => [d, (DAY_WEIGHT[d] ?? 1) * (d === 'sat' || d === 'sun' ? weekendPull : 1)] as const,
      ),
      rng.int(lo, hi),
    ),
  );
  return WEEKDAYS.filter((d) => picked.has(d));
}

/** Generates the programme's participants, employers, openings, matches and live links. */
export function generateParticipation(
  city: City,
  cityRefs: CityRefs,
  refs: ParticipationRefs,
  options: ParticipationOptions,
): ParticipationSet {
  const rng = new Prng((options.seed ^ 0x5e_e4e6) >>> 0);
  const desk = refs.agencies.find((a) => a.desk);
  if (!desk) throw new Error(`the programme ${refs.programmeCode} has no desk agency`);
  const allocate = (level: BarrierLevel) =>
    refs.agencies.find((a) => a.barrierLevels.includes(level))?.agencyCode ?? desk.agencyCode;
  const codes = {
    tasks: refs.codes.job_task,
    demands: refs.codes.work_demand,
    industries: refs.codes.industry,
    interests: refs.codes.interest,
    access: refs.codes.accessibility,
  };
  const taskWeights = weighted(codes.tasks, TASK_WEIGHT);
  const limitWeights = weighted(codes.demands, LIMIT_WEIGHT);
  const industryWeights = weighted(codes.industries, INDUSTRY_WEIGHT);
  const known = {
    task: new Set(codes.tasks.map((c) => c.code)),
    demand: new Set(codes.demands.map((c) => c.code)),
  };
  const districts = cityRefs.schoolDistricts.slice().sort((a, b) => a.code.localeCompare(b.code));
  const wards = wardsOf(cityRefs.welfareDistricts);
  const from = dayOf(PROGRAMME_FROM);
  const last = dayOf(REFERENCE_DATE) - 1;
  const day = (lo: number, hi: number) => isoOfDay(rng.int(lo, Math.max(lo, hi)));

  // Participants: persons of the city, registered by the desk and allocated by barrier level.
  const target = Math.max(1, Math.round(PARTICIPATION_SCALE.participants * options.scale));
  const participants: GenParticipant[] = [];
  const links: GenParticipationLink[] = [];
  for (const { person, householdId } of pickPersons(rng, city, target)) {
    const level = BARRIER.draw(rng);
    const registeredOn = day(from, last);
    const createdAt = officeTime(registeredOn, rng.int(0, 480));
    const allocatedAgencyCode = allocate(level);
    const [lo, hi] = HOURS[level];
    const p: GenParticipant = {
      id: rng.uuid(),
      personId: person.id,
      householdId,
      programmeCode: refs.programmeCode,
      aim: 'work',
      registeredOn,
      registeredByAgencyCode: desk.agencyCode,
      assignedToRegistrar: allocatedAgencyCode === desk.agencyCode,
      healthLevel: HEALTH[level].draw(rng),
      wishedIndustries: drawDistinct(rng, industryWeights, rng.pick([0, 0, 0, 1, 1, 1, 1, 2, 2, 3])),
      abilities: drawDistinct(rng, taskWeights, rng.pick([1, 1, 2, 2, 2, 3, 3, 3, 4, 4])),
      limits: drawDistinct(rng, limitWeights, LIMIT_COUNT[level].draw(rng)),
      interests: drawDistinct(
        rng,
        codes.interests.map((c) => [c.code, 1] as const),
        rng.int(0, 2),
      ),
      accessibilityNeeds: rng.chance(0.15) ? [rng.pick(codes.access).code] : [],
      availableDays: rng.chance(0.1) ? [] : drawDays(rng, 2, 5),
      maxHoursPerWeek: rng.chance(0.12) ? null : rng.int(lo, hi),
      travelRange: TRAVEL[level].draw(rng),
      barrierLevel: level,
      allocatedAgencyCode,
      createdAt,
    };
    participants.push(p);
    links.push({
      id: rng.uuid(),
      householdId,
      agencyCode: allocatedAgencyCode,
      sourceId: p.id,
      validFrom: createdAt,
    });
  }

  // Employers: by industry, in a school district of the city, registered since FY2023.
  const employerCount = Math.max(1, Math.round(PARTICIPATION_SCALE.employers * options.scale));
  const names = new Set<string>();
  const employers: GenEmployer[] = Array.from({ length: employerCount }, () => {
    const industryCode = new Weighted(industryWeights).draw(rng);
    const district = rng.pick(districts);
    const words = INDUSTRY_WORDS[industryCode] ?? INDUSTRY_WORDS.office!;
    let name = `${CORPORATE.draw(rng)} ${rng.pick(NAME_STEMS)}${rng.pick(words)}`;
    for (let branch = 2; names.has(name); branch++) name = name.replace(/( \d+号店)?$/, ` ${branch}号店`);
    names.add(name);
    const registeredOn = day(from, last - 60);
    return {
      id: rng.uuid(),
      programmeCode: refs.programmeCode,
      name,
      industryCode,
      address: makeAddress(rng, district, wards),
      schoolDistrictCode: district.code,
      registeredOn,
      createdAt: officeTime(registeredOn, rng.int(0, 480)),
    };
  });

  // Openings: every employer has at least one open; the rest by a skewed share (a few large ones).
  const openTarget = Math.max(employerCount, Math.round(PARTICIPATION_SCALE.openOpenings * options.scale));
  const closedTarget = Math.round(PARTICIPATION_SCALE.closedOpenings * options.scale);
  const pull = employers.map(() => Math.exp(rng.next() * 2.5));
  const openPer = apportion(pull, openTarget - employerCount).map((n) => n + 1);
  const closedPer = apportion(pull, closedTarget);
  const taskLabel = new Map(codes.tasks.map((c) => [c.code, c.labelJa]));
  const openings: GenOpening[] = [];
  employers.forEach((e, i) => {
    const carved = (INDUSTRY_TASKS[e.industryCode] ?? []).filter((t) => known.task.has(t));
    const pool = carved.length ? carved : codes.tasks.map((c) => c.code);
    const total = openPer[i]! + closedPer[i]!;
    for (let k = 0; k < total; k++) {
      const tasks = drawDistinct(
        rng,
        pool.map((t, j) => [t, j === 0 ? 2 : 1] as const),
        rng.pick([1, 1, 2, 2, 2, 3]),
      );
      const demands = new Set<string>();
      for (const t of tasks)
        for (const [d, p] of TASK_DEMANDS[t] ?? []) if (known.demand.has(d) && rng.chance(p)) demands.add(d);
      if (rng.chance(0.1) && codes.demands.length) demands.add(rng.pick(codes.demands).code);
      const days = drawDays(rng, 2, 5, e.industryCode === 'care' || e.industryCode === 'retail' ? 3 : 0.5);
      const open = k < openPer[i]!;
      const openedOn = day(dayOf(e.registeredOn), open ? last : last - 30);
      const hoursPerWeek = Math.max(4, Math.min(30, days.length * rng.pick([2, 3, 3, 4, 4, 5, 6])));
      openings.push({
        id: rng.uuid(),
        employerId: e.id,
        title: `${tasks.map((t) => taskLabel.get(t) ?? t).join('・')}（${e.name.replace(/^\S+ /, '')}）`,
        tasks,
        demands: codes.demands.map((c) => c.code).filter((d) => demands.has(d)),
        hoursPerWeek,
        days,
        timeNote: rng.pick(TIME_NOTES),
        schoolDistrictCode: rng.chance(0.7)
          ? e.schoolDistrictCode
          : rng.chance(0.9)
            ? rng.pick(districts).code
            : null,
        positions: rng.pick([1, 1, 1, 2, 2, 3]),
        open,
        openedOn,
        createdAt: officeTime(openedOn, rng.int(0, 480)),
      });
    }
  });

  // Matches: a tenth of the participants proposed to the best of a few open openings that fit.
  const allLists = Object.entries(refs.codes).flatMap(([list, items]) =>
    items.map((c) => [`${list}:${c.code}`, c.labelJa] as const),
  );
  const labels = new Map(allLists);
  const label = (list: string, code: string) => labels.get(`${list}:${code}`) ?? code;
  const welfareOf = new Map(districts.map((d) => [d.code, d.welfareDistrictCode]));
  const at = (school: string | null) => ({
    school,
    welfare: school ? (welfareOf.get(school) ?? null) : null,
  });
  const schoolOf = new Map(city.persons.map((p) => [p.id, p.schoolDistrictCode]));
  const industryOf = new Map(employers.map((e) => [e.id, e.industryCode]));
  const openOnes = openings.filter((o) => o.open);
  const matches: GenMatch[] = [];
  for (const p of participants) {
    if (!rng.chance(PARTICIPATION_SCALE.matchedShare)) continue;
    const seeker = { ...p, location: at(schoolOf.get(p.personId) ?? null) };
    let best: { o: GenOpening; score: number; items: ScoreItem[] } | undefined;
    for (let k = 0; k < 12; k++) {
      const o = rng.pick(openOnes);
      const s = scoreOpening(
        seeker,
        { ...o, industryCode: industryOf.get(o.employerId)!, location: at(o.schoolDistrictCode) },
        label,
      );
      if (!s.conflict && (!best || s.score > best.score)) best = { o, score: s.score, items: s.items };
    }
    if (!best) continue;
    const start = Math.max(dayOf(p.registeredOn), dayOf(best.o.openedOn));
    const proposedOn = isoOfDay(rng.int(start, Math.max(start, last)));
    const roll = rng.next();
    const state = roll < 0.5 ? 'proposed' : roll < 0.75 ? 'trial' : 'declined';
    const trialStart = dayOf(proposedOn) + rng.int(3, 14);
    const onTrial = state === 'trial' || (state === 'declined' && rng.chance(0.5));
    matches.push({
      id: rng.uuid(),
      participantId: p.id,
      openingId: best.o.id,
      state,
      score: best.score,
      scoreItems: best.items,
      proposedOn,
      trialFrom: onTrial ? isoOfDay(trialStart) : null,
      trialTo: onTrial ? isoOfDay(trialStart + rng.int(2, 5)) : null,
      createdAt: officeTime(proposedOn, rng.int(0, 480)),
    });
  }

  return {
    programmeCode: refs.programmeCode,
    deskAgencyCode: desk.agencyCode,
    participants,
    employers,
    openings,
    matches,
    links,
  };
}

/** Counts and shapes of the set, for the report. */
export function describeParticipation(set: ParticipationSet) {
  /** Counts by key: in the given order of keys, or the largest first. */
  const by = <T>(rows: T[], key: (r: T) => string, order?: readonly string[]) => {
    const counts = new Map<string, number>();
    for (const r of rows) counts.set(key(r), (counts.get(key(r)) ?? 0) + 1);
    const rank = (k: string) => order?.indexOf(k) ?? -1;
    return Object.fromEntries(
      [...counts].sort((x, y) => rank(x[0]) - rank(y[0]) || y[1] - x[1] || x[0].localeCompare(y[0])),
    );
  };
  const mean = (xs: number[]) => (xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : 0);
  const open = set.openings.filter((o) => o.open);
  const perEmployer = Object.values(by(open, (o) => o.employerId)).sort((a, b) => b - a);
  const hours = set.participants.map((p) => p.maxHoursPerWeek).filter((h) => h !== null);
  return {
    programmeCode: set.programmeCode,
    deskAgencyCode: set.deskAgencyCode,
    participants: set.participants.length,
    byBarrier: by(set.participants, (p) => p.barrierLevel, ['small', 'medium', 'large']),
    byAgency: by(set.participants, (p) => p.allocatedAgencyCode),
    byTravel: by(set.participants, (p) => p.travelRange, ['school', 'welfare', 'city']),
    households: new Set(set.participants.map((p) => p.householdId)).size,
    abilities: mean(set.participants.map((p) => p.abilities.length)),
    limits: mean(set.participants.map((p) => p.limits.length)),
    noWishedIndustry: set.participants.filter((p) => !p.wishedIndustries.length).length,
    anyDay: set.participants.filter((p) => !p.availableDays.length).length,
    noMaxHours: set.participants.length - hours.length,
    meanMaxHours: mean(hours),
    employers: set.employers.length,
    employersByIndustry: by(set.employers, (e) => e.industryCode),
    openOpenings: open.length,
    closedOpenings: set.openings.length - open.length,
    openingsPerEmployer: {
      max: perEmployer[0] ?? 0,
      median: perEmployer[Math.floor(perEmployer.length / 2)] ?? 0,
    },
    tasks: mean(open.map((o) => o.tasks.length)),
    demands: mean(open.map((o) => o.demands.length)),
    hoursPerWeek: mean(open.map((o) => o.hoursPerWeek)),
    districts: new Set(open.map((o) => o.schoolDistrictCode)).size,
    matches: set.matches.length,
    matchesByState: by(set.matches, (m) => m.state, ['proposed', 'trial', 'declined']),
    links: set.links.length,
  };
}
