/**
 * Households of people who come for help: who lives together, their ages, names, phones and address.
 * Compositions follow what 相談窓口 see — many elderly people living alone or as couples, 8050
 * households (a parent in their 80s with a child in their 50s at home), single parents, families.
 */
import type { Relationship, SchoolDistrictRef, Sex, WelfareDistrictRef } from './city';
import { REFERENCE_DATE } from './city';
import { dayOf, isoOfDay } from './dates';
import { drawFamilyName, drawGivenName } from './names';
import { type Prng, Weighted } from './prng';

/** A member as composed, before names and contacts. */
type MemberSpec = { relationship: Relationship; age: number; sex: Sex };

/** A kind of household, its size and its share of all households. */
export type Composition = {
  type: string;
  size: number;
  share: number;
  make: (rng: Prng) => MemberSpec[];
};

const span = (rng: Prng, table: Weighted<readonly [number, number]>) => {
  const [lo, hi] = table.draw(rng);
  return rng.int(lo, hi);
};
const ELDERLY = new Weighted<readonly [number, number]>([
  [[65, 69], 18],
  [[70, 74], 24],
  [[75, 79], 22],
  [[80, 84], 18],
  [[85, 89], 12],
  [[90, 99], 6],
]);
const ADULT = new Weighted<readonly [number, number]>([
  [[18, 29], 15],
  [[30, 39], 18],
  [[40, 49], 25],
  [[50, 59], 27],
  [[60, 64], 15],
]);

const elderly = (rng: Prng) => span(rng, ELDERLY);
const adult = (rng: Prng) => span(rng, ADULT);
const sexOf = (rng: Prng, femaleShare: number): Sex => (rng.chance(femaleShare) ? 'female' : 'male');
const other = (sex: Sex): Sex => (sex === 'female' ? 'male' : 'female');
const clamp = (n: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, n));

function couple(rng: Prng, selfAge: number, minAge: number): MemberSpec[] {
  const sex = sexOf(rng, 0.4);
  return [
    { relationship: 'self', age: selfAge, sex },
    { relationship: 'spouse', age: clamp(selfAge + rng.int(-5, 5), minAge, 99), sex: other(sex) },
  ];
}

function children(rng: Prng, parentAge: number, n: number, maxAge = 22): MemberSpec[] {
  const oldest = Math.max(0, Math.min(parentAge - 20, maxAge));
  return Array.from({ length: n }, () => ({
    relationship: 'child' as const,
    age: rng.int(0, oldest),
    sex: sexOf(rng, 0.5),
  }));
}

/** 8050: a parent (or two) in their late 70s to 90s and a child of 40–64 at home; either may be 本人. */
function eightyFifty(rng: Prng, parents: 1 | 2): MemberSpec[] {
  const parentAge = rng.int(75, 95);
  const elders =
    parents === 1
      ? [{ relationship: 'self' as const, age: parentAge, sex: sexOf(rng, 0.7) }]
      : couple(rng, parentAge, 70);
  const childAge = clamp(parentAge - rng.int(25, 38), 40, 64);
  const child: MemberSpec = { relationship: 'child', age: childAge, sex: sexOf(rng, 0.35) };
  if (rng.chance(0.6)) return [...elders, child];
  // The child came for help: the parents are their 父母.
  return [
    { ...child, relationship: 'self' },
    ...elders.map((e) => ({ ...e, relationship: 'parent' as const })),
  ];
}

function threeGenerations(rng: Prng, kids: number): MemberSpec[] {
  const grandparentAge = rng.int(70, 95);
  const selfAge = clamp(grandparentAge - rng.int(25, 35), 30, 65);
  return [
    { relationship: 'parent', age: grandparentAge, sex: sexOf(rng, 0.65) },
    ...couple(rng, selfAge, 25),
    ...children(rng, selfAge, kids, 25),
  ];
}

function parentsWith(rng: Prng, kids: number): MemberSpec[] {
  const age = rng.int(25, 55);
  return [...couple(rng, age, 22), ...children(rng, age, kids)];
}

function singleParent(rng: Prng, kids: number): MemberSpec[] {
  const age = rng.int(22, 55);
  return [{ relationship: 'self', age, sex: sexOf(rng, 0.85) }, ...children(rng, age, kids)];
}

/** The compositions and their shares (they add up to 1; the mean household has 2.0 members). */
export const COMPOSITIONS: readonly Composition[] = [
  {
    type: 'elderlySingle',
    size: 1,
    share: 0.26,
    make: (r) => [{ relationship: 'self', age: elderly(r), sex: sexOf(r, 0.65) }],
  },
  {
    type: 'adultSingle',
    size: 1,
    share: 0.13,
    make: (r) => [{ relationship: 'self', age: adult(r), sex: sexOf(r, 0.45) }],
  },
  { type: 'elderlyCouple', size: 2, share: 0.17, make: (r) => couple(r, elderly(r), 60) },
  { type: 'adultCouple', size: 2, share: 0.05, make: (r) => couple(r, r.int(25, 64), 20) },
  { type: 'singleParent1', size: 2, share: 0.07, make: (r) => singleParent(r, 1) },
  { type: 'p8050Single', size: 2, share: 0.08, make: (r) => eightyFifty(r, 1) },
  { type: 'p8050Couple', size: 3, share: 0.04, make: (r) => eightyFifty(r, 2) },
  { type: 'parents1', size: 3, share: 0.06, make: (r) => parentsWith(r, 1) },
  { type: 'singleParent2', size: 3, share: 0.03, make: (r) => singleParent(r, 2) },
  { type: 'parents2', size: 4, share: 0.05, make: (r) => parentsWith(r, 2) },
  { type: 'threeGen4', size: 4, share: 0.02, make: (r) => threeGenerations(r, 1) },
  { type: 'parents3', size: 5, share: 0.02, make: (r) => parentsWith(r, 3) },
  { type: 'threeGen5', size: 5, share: 0.02, make: (r) => threeGenerations(r, 2) },
];

/** A member with everything but the ids of the agency that recorded them. */
export type PersonDraft = MemberSpec & {
  id: string;
  familyName: string;
  givenName: string;
  familyNameKana: string;
  givenNameKana: string;
  birthDate: string | null;
  address: string | null;
  schoolDistrictCode: string | null;
  phones: string[];
  livesTogether: boolean;
};

export type HouseholdDraft = {
  id: string;
  type: string;
  address: string;
  district: SchoolDistrictRef;
  people: PersonDraft[];
};

const digits = (rng: Prng, n: number) => String(rng.int(0, 10 ** n - 1)).padStart(n, '0');
const landline = (rng: Prng) => `086-${rng.pick(['2', '8', '9'])}${digits(rng, 2)}-${digits(rng, 4)}`;
const mobile = (rng: Prng) => `${rng.chance(0.6) ? '090' : '080'}-${digits(rng, 4)}-${digits(rng, 4)}`;
const mobileShare = (age: number) => (age < 15 ? 0 : age < 65 ? 0.8 : age < 80 ? 0.55 : 0.3);

const TOWN_FORMS = new Weighted<(base: string) => string>([
  [(b) => `${b}町`, 5],
  [(b) => `${b}本町`, 1],
  [(b) => `東${b}`, 1],
  [(b) => `西${b}`, 1],
  [(b) => `${b}新町`, 1],
  [(b) => `南${b}町`, 1],
]);
const BUILDINGS = ['コーポ', 'ハイツ', 'メゾン', 'グランドール', 'サンライズ'] as const;

/** "岡山市北区鹿田町1丁目2-3": the ward from the welfare district, the town from the school district. */
export function makeAddress(rng: Prng, district: SchoolDistrictRef, wards: Map<string, string>): string {
  const ward = wards.get(district.welfareDistrictCode) ?? '';
  const town = TOWN_FORMS.draw(rng)(district.labelJa.replace(/学区$/, ''));
  const base = `岡山市${ward}${town}${rng.int(1, 5)}丁目${rng.int(1, 30)}-${rng.int(1, 20)}`;
  return rng.chance(0.2) ? `${base} ${rng.pick(BUILDINGS)}${town}${rng.int(1, 4)}0${rng.int(1, 8)}` : base;
}

/** The 区 of each welfare district, from its label (北区中央 → 北区). */
export function wardsOf(welfare: WelfareDistrictRef[]): Map<string, string> {
  return new Map(welfare.map((w) => [w.code, /^(.+?区)/.exec(w.labelJa)?.[1] ?? '']));
}

function birthDateOf(rng: Prng, age: number): string | null {
  if (rng.chance(0.01)) return null; // not known at the first contact
  return isoOfDay(dayOf(REFERENCE_DATE) - Math.floor(age * 365.25) - rng.int(1, 364));
}

/** Makes one household of the given composition, its members named, dated and reachable. */
export function makeHousehold(
  rng: Prng,
  composition: Composition,
  districts: SchoolDistrictRef[],
  wards: Map<string, string>,
): HouseholdDraft {
  const district = rng.pick(districts);
  const address = makeAddress(rng, district, wards);
  const family = drawFamilyName(rng);
  const specs = composition.make(rng);
  const hasElder = specs.some((s) => s.age >= 65);
  const home = rng.chance(hasElder ? 0.7 : 0.3) ? landline(rng) : null;
  const people = specs.map((spec): PersonDraft => {
    const roll = rng.next();
    const sex: Sex = roll < 0.005 ? 'other' : roll < 0.03 ? 'unanswered' : spec.sex;
    const birthDate = birthDateOf(rng, spec.age);
    const birthYear = Number((birthDate ?? REFERENCE_DATE).slice(0, 4)) - (birthDate ? 0 : spec.age);
    const given = drawGivenName(rng, sex, birthYear);
    const livesTogether = spec.relationship === 'self' || !rng.chance(0.03);
    // A member living elsewhere: their own address if the clerk knew it.
    const elsewhere = livesTogether ? undefined : rng.chance(0.5) ? rng.pick(districts) : null;
    const phones: string[] = [];
    if (home && livesTogether && spec.age >= 15 && rng.chance(spec.age >= 60 ? 0.9 : 0.4)) phones.push(home);
    if (rng.chance(mobileShare(spec.age))) phones.push(mobile(rng));
    return {
      ...spec,
      sex,
      id: rng.uuid(),
      familyName: family.kanji,
      givenName: given.kanji,
      familyNameKana: family.kana,
      givenNameKana: given.kana,
      birthDate,
      address: elsewhere === undefined ? address : elsewhere && makeAddress(rng, elsewhere, wards),
      schoolDistrictCode: elsewhere === undefined ? district.code : (elsewhere?.code ?? null),
      phones,
      livesTogether,
    };
  });
  return { id: rng.uuid(), type: composition.type, address, district, people };
}
