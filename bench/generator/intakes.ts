/**
 * Where a household goes for help and what it brings: the agencies that record its intakes (1–3, the
 * local ones for its district and the city-wide ones whose fields fit its problems), the intakes over
 * five 年度, 1–3 problems per intake spread over the members, and one live link per recording agency
 * (basis 'intake', from the agency's first intake), as the intake service writes them.
 */
import type { AgencyRef, GenIntake, GenLiveLink, GenProblem, ProblemCategoryRef } from './city';
import { INTAKE_WINDOW } from './city';
import { dayOf, isoOfDay, officeTime } from './dates';
import type { HouseholdDraft, PersonDraft } from './households';
import { drawDistinct, type Prng, Weighted } from './prng';

/** Agency categories that do not record intakes of their own (city planning desks, community halls). */
const NOT_RECORDING = new Set(['city-division', 'community-centre']);

/** How readily each kind of agency is the one a household reaches, before its fields are matched. */
export const CATEGORY_PULL: Record<string, number> = {
  'community-care-centre': 0.25,
  'welfare-office': 1,
  'health-centre': 0.5,
  'children-consultation': 1,
  'self-reliance-support': 1,
  'disability-consultation': 0.4,
  'social-welfare-council': 0.4,
  'guardianship-centre': 0.3,
  npo: 0.3,
  'employment-support': 0.3,
  'housing-support': 0.4,
  medical: 0.35,
  other: 0.15,
};
/** Agencies serving only some districts are the front line there. */
export const LOCAL_PULL = 2.5;

/** The agencies that record intakes: the directory without the non-recording categories. */
export function recordingAgencies(agencies: AgencyRef[]): AgencyRef[] {
  return agencies
    .filter((a) => !NOT_RECORDING.has(a.categoryCode))
    .sort((a, b) => a.code.localeCompare(b.code));
}

/** Problem categories the household is likely to bring, weighted by who lives in it. */
export function problemProfile(h: HouseholdDraft): Map<string, number> {
  const weights = new Map<string, number>();
  const add = (code: string, n: number) => weights.set(code, (weights.get(code) ?? 0) + n);
  const ages = h.people.map((p) => p.age);
  for (const [code, n] of [
    ['illness', 0.5],
    ['mental-health', 0.5],
    ['disability', 0.5],
    ['health', 0.3],
    ['other', 0.3],
  ] as const)
    add(code, n);
  if (ages.some((a) => a >= 65)) {
    add('long-term-care', 3);
    add('illness', 1.5);
    add('health', 1);
    add('isolation', h.people.length === 1 ? 2.5 : 0.7);
  }
  if (ages.some((a) => a >= 80)) add('rights-advocacy', 0.8);
  if (ages.some((a) => a < 18)) add('childcare', 3);
  if (ages.some((a) => a >= 18 && a < 65)) add('income-work', 0.8);
  if (h.type.startsWith('singleParent')) {
    add('income-work', 2);
    add('debt', 1);
    add('dv-abuse', 0.6);
  }
  if (h.type.startsWith('p8050')) {
    add('hikikomori', 3);
    add('income-work', 1.5);
    add('isolation', 1.5);
    add('mental-health', 1);
  }
  if (h.type === 'adultSingle') {
    for (const [code, n] of [
      ['income-work', 3],
      ['debt', 2],
      ['housing', 1.5],
      ['mental-health', 1.5],
      ['disability', 1],
      ['isolation', 1],
      ['offending', 0.3],
    ] as const)
      add(code, n);
  }
  return weights;
}

/** How strongly the agency draws this household: its kind, whether it serves the district, its fields. */
function pull(
  agency: AgencyRef,
  h: HouseholdDraft,
  profile: Map<string, number>,
  allDistricts: number,
): number {
  if (!agency.districts.includes(h.district.welfareDistrictCode)) return 0;
  const ages = h.people.map((p) => p.age);
  if (agency.categoryCode === 'children-consultation' && !ages.some((a) => a < 20)) return 0;
  if (agency.categoryCode === 'employment-support' && !ages.some((a) => a >= 18 && a < 70)) return 0;
  if (agency.categoryCode === 'community-care-centre' && !ages.some((a) => a >= 65)) return 0;
  const fit = agency.fields.reduce((s, f) => s + (profile.get(f) ?? 0), 0.1);
  const local = agency.districts.length < allDistricts ? LOCAL_PULL : 1;
  return (CATEGORY_PULL[agency.categoryCode] ?? 0.2) * fit * local;
}

const MINUTES_PER_DAY = 1440;

const AGENCY_COUNT = new Weighted<number>([
  [1, 55],
  [2, 30],
  [3, 15],
]);

/** The 1–3 agencies that record the household's intakes, the first being the one it reached first. */
export function chooseAgencies(
  rng: Prng,
  h: HouseholdDraft,
  profile: Map<string, number>,
  agencies: AgencyRef[],
  intakeCount: number,
  allDistricts: number,
): AgencyRef[] {
  const k = Math.min(AGENCY_COUNT.draw(rng), intakeCount);
  return drawDistinct(
    rng,
    agencies.map((a) => [a, pull(a, h, profile, allDistricts)] as const),
    k,
  );
}

const CHANNELS = new Weighted<string>([
  ['visit', 40],
  ['phone', 35],
  ['home_visit', 15],
  ['mail', 2],
  ['online', 5],
  ['other', 3],
]);
const VISITORS = new Weighted<string>([
  ['self', 45],
  ['family', 25],
  ['relative', 5],
  ['welfare_commissioner', 8],
  ['agency', 12],
  ['neighbour', 3],
  ['other', 2],
]);
const URGENCIES = new Weighted<string>([
  ['low', 15],
  ['normal', 70],
  ['high', 13],
  ['emergency', 2],
]);
const PROBLEM_COUNT = new Weighted<number>([
  [1, 50],
  [2, 35],
  [3, 15],
]);

/** How likely this member is the one a problem of this category is about. */
function concerns(code: string, p: PersonDraft): number {
  const self = p.relationship === 'self' ? 2 : 1;
  switch (code) {
    case 'long-term-care':
    case 'rights-advocacy':
      return p.age >= 65 ? 4 * self : 0.2;
    case 'childcare':
      return p.age < 18 ? 3 : p.age < 55 ? 2 * self : 0.1;
    case 'hikikomori':
    case 'income-work':
    case 'debt':
    case 'housing':
      return p.age >= 15 && p.age < 65 ? 3 * self : 0.3;
    default:
      return self;
  }
}

/** A household's intakes, their problems and the live links of its recording agencies. */
export type Visits = { intakes: GenIntake[]; problems: GenProblem[]; links: GenLiveLink[] };

/** Records `count` intakes of the household at the chosen agencies, oldest first. */
export function makeVisits(
  rng: Prng,
  h: HouseholdDraft,
  profile: Map<string, number>,
  chosen: AgencyRef[],
  count: number,
  clerkOf: Map<string, string>,
  categories: ProblemCategoryRef[],
): Visits {
  // Every chosen agency records at least once; the one reached first keeps most of the follow-ups.
  const recorders = chosen.slice();
  for (let i = chosen.length; i < count; i++) recorders.push(rng.chance(0.6) ? chosen[0]! : rng.pick(chosen));
  const first = recorders.shift()!;
  rng.shuffle(recorders).unshift(first);
  const start = dayOf(INTAKE_WINDOW.from);
  const end = dayOf(INTAKE_WINDOW.to);
  // Minutes since the epoch day 0 at 09:00 JST, within office hours, sorted: day and time order agree.
  const at = (day: number) => day * MINUTES_PER_DAY + rng.int(0, 480);
  const firstDay = rng.int(start, end);
  const times = [at(firstDay), ...recorders.slice(1).map(() => at(rng.int(firstDay, end)))].sort(
    (a, b) => a - b,
  );
  const label = new Map(categories.map((c) => [c.code, c.labelJa]));
  const out: Visits = { intakes: [], problems: [], links: [] };
  const linked = new Set<string>();
  recorders.forEach((agency, i) => {
    const receivedOn = isoOfDay(Math.floor(times[i]! / MINUTES_PER_DAY));
    const createdAt = officeTime(receivedOn, times[i]! % MINUTES_PER_DAY);
    const clerk = clerkOf.get(agency.code)!;
    const fields = new Set(agency.fields);
    const codes = drawDistinct(
      rng,
      categories.map(
        (c) => [c.code, (profile.get(c.code) ?? 0.05) * (fields.has(c.code) ? 3 : 0.3)] as const,
      ),
      PROBLEM_COUNT.draw(rng),
    );
    const intake: GenIntake = {
      id: rng.uuid(),
      householdId: h.id,
      agencyCode: agency.code,
      receivedOn,
      channel: CHANNELS.draw(rng),
      visitor: VISITORS.draw(rng),
      summary: `${codes.map((c) => label.get(c) ?? c).join('・')}について相談。`,
      urgency: URGENCIES.draw(rng),
      createdBy: clerk,
      createdAt,
    };
    out.intakes.push(intake);
    codes.forEach((code, n) => {
      const person = new Weighted(h.people.map((p) => [p, concerns(code, p)] as const)).draw(rng);
      out.problems.push({
        id: rng.uuid(),
        intakeId: intake.id,
        householdId: h.id,
        personId: person.id,
        categoryCode: code,
        isMain: n === 0,
      });
    });
    if (!linked.has(agency.code)) {
      linked.add(agency.code);
      out.links.push({
        id: rng.uuid(),
        householdId: h.id,
        agencyCode: agency.code,
        sourceId: intake.id,
        createdBy: clerk,
        validFrom: createdAt,
      });
    }
  });
  return out;
}
