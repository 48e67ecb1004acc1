/**
 * The city-scale data set: households, their members, intakes, problems and live links, made from a
 * seed and the tenant's reference data only. Same seed and references → the same rows, in the same order.
 */
import { personSearchColumns } from '../../apps/server/src/modules/households/person-keys';
import { generateAgencies } from './agencies';
import {
  type City,
  type CityRefs,
  FULL_SCALE,
  type GenerateOptions,
  type GenPerson,
  REFERENCE_DATE,
} from './city';
import { COMPOSITIONS, makeHousehold, wardsOf } from './households';
import { chooseAgencies, makeVisits, problemProfile, recordingAgencies } from './intakes';
import { apportion, Prng } from './prng';
import type { ReferralSet } from './referrals';

export * from './agencies';
export * from './cases';
export * from './city';
export * from './community';
export { COMPOSITIONS } from './households';
export { recordingAgencies } from './intakes';
export * from './participation';
export * from './referrals';

/** Intakes per household: at least one, geometric with the given mean, adjusted to add up to `total`. */
function intakeCounts(rng: Prng, households: number, total: number): number[] {
  const mean = total / households;
  const p = 1 / Math.max(mean, 1);
  const counts = Array.from({ length: households }, () =>
    Math.min(40, 1 + Math.floor(Math.log(1 - rng.next()) / Math.log(1 - Math.min(p, 0.999)))),
  );
  let diff = total - counts.reduce((s, c) => s + c, 0);
  while (diff !== 0) {
    const i = rng.int(0, households - 1);
    if (diff > 0) {
      counts[i]!++;
      diff--;
    } else if (counts[i]! > 1) {
      counts[i]!--;
      diff++;
    }
  }
  return counts;
}

/** Generates the city. `scale` 1 is 30,000 households and 150,000 intakes. */
export function generateCity(refs: CityRefs, options: GenerateOptions): City {
  const rng = new Prng(options.seed);
  const householdCount = Math.max(1, Math.round(FULL_SCALE.households * options.scale));
  const intakeTotal = Math.max(householdCount, Math.round(FULL_SCALE.intakes * options.scale));
  const agencies = recordingAgencies(refs.agencies);
  const clerkOf = new Map(agencies.map((a) => [a.code, rng.uuid()]));
  const wards = wardsOf(refs.welfareDistricts);
  const districts = refs.schoolDistricts.slice().sort((a, b) => a.code.localeCompare(b.code));
  const categories = refs.problemCategories.slice().sort((a, b) => a.code.localeCompare(b.code));

  const perComposition = apportion(
    COMPOSITIONS.map((c) => c.share),
    householdCount,
  );
  const slots = rng.shuffle(
    COMPOSITIONS.flatMap((c, i) => Array.from({ length: perComposition[i]! }, () => c)),
  );
  const counts = intakeCounts(rng, householdCount, intakeTotal);

  const city: City = {
    directory: generateAgencies(refs, options),
    households: [],
    persons: [],
    members: [],
    intakes: [],
    problems: [],
    liveLinks: [],
  };
  slots.forEach((composition, i) => {
    const draft = makeHousehold(rng, composition, districts, wards);
    const profile = problemProfile(draft);
    const chosen = chooseAgencies(rng, draft, profile, agencies, counts[i]!, refs.welfareDistricts.length);
    const visits = makeVisits(rng, draft, profile, chosen, counts[i]!, clerkOf, categories);
    const createdAt = visits.intakes[0]!.createdAt;
    const createdByAgencyCode = chosen[0]!.code;
    city.households.push({
      id: draft.id,
      type: draft.type,
      address: draft.address,
      schoolDistrictCode: draft.district.code,
      welfareDistrictCode: draft.district.welfareDistrictCode,
      createdByAgencyCode,
      createdAt,
    });
    for (const p of draft.people) {
      const person: Omit<GenPerson, 'nameKey' | 'searchText' | 'searchGrams'> = {
        id: p.id,
        familyName: p.familyName,
        givenName: p.givenName,
        familyNameKana: p.familyNameKana,
        givenNameKana: p.givenNameKana,
        birthDate: p.birthDate,
        sex: p.sex,
        address: p.address,
        schoolDistrictCode: p.schoolDistrictCode,
        phones: p.phones,
        createdByAgencyCode,
        createdAt,
      };
      city.persons.push({ ...person, ...personSearchColumns(person) });
      city.members.push({
        id: rng.uuid(),
        householdId: draft.id,
        personId: p.id,
        relationship: p.relationship,
        livesTogether: p.livesTogether,
        createdAt,
      });
    }
    city.intakes.push(...visits.intakes);
    city.problems.push(...visits.problems);
    city.liveLinks.push(...visits.links);
  });
  return city;
}

/**
 * Row counts and the shape of the data, for the report and the tests. With the referrals, the agency's
 * share of households counts its referral links valid at their `now` too.
 */
export function describeCity(city: City, agencyCode: string, referrals?: ReferralSet) {
  const sizes = new Map<number, number>();
  const membersOf = new Map<string, number>();
  for (const m of city.members) membersOf.set(m.householdId, (membersOf.get(m.householdId) ?? 0) + 1);
  for (const n of membersOf.values()) sizes.set(n, (sizes.get(n) ?? 0) + 1);
  const aged65 = `${Number(REFERENCE_DATE.slice(0, 4)) - 65}${REFERENCE_DATE.slice(4)}`;
  const seenBy = new Set(city.liveLinks.filter((l) => l.agencyCode === agencyCode).map((l) => l.householdId));
  const intakeShare = seenBy.size / city.households.length;
  const now = referrals?.now.getTime() ?? 0;
  for (const l of referrals?.links ?? []) {
    const valid =
      !l.revokedAt && l.validFrom.getTime() <= now && (!l.validUntil || l.validUntil.getTime() > now);
    if (valid && l.agencyCode === agencyCode) seenBy.add(l.householdId);
  }
  return {
    households: city.households.length,
    persons: city.persons.length,
    members: city.members.length,
    intakes: city.intakes.length,
    problems: city.problems.length,
    liveLinks: city.liveLinks.length,
    householdSizes: Object.fromEntries([...sizes].sort((a, b) => a[0] - b[0])),
    withPhone: city.persons.filter((p) => p.phones.length).length / city.persons.length,
    aged65: city.persons.filter((p) => p.birthDate && p.birthDate <= aged65).length / city.persons.length,
    agencyShare: seenBy.size / city.households.length,
    /** The share through intake links alone. */
    agencyIntakeShare: intakeShare,
    recordingAgencies: new Set(city.liveLinks.map((l) => l.agencyCode)).size,
    directoryAgencies: city.directory.length,
  };
}
