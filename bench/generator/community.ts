/**
 * Community building at city scale (SPEC M6): each programme's events per 年度 from FY2021 to the 年度 of
 * `asOf` (公民館 courses by the thousand, network meetings by the hundred, trainings and forums by the
 * handful, as in the city's progress report), their counts, themes, professions and the organisations
 * taking part, and a 支え合い推進会議 record per school district and 年度. Driven by the programmes as
 * configured (kinds and their count fields), so another city's configuration generates as well. Own PRNG
 * stream; the same seed and day give the same rows.
 */
import { ORGANISATION_KINDS } from '@tsunagu/contracts/community';
import { fiscalYearOf, fiscalYearRange } from '@tsunagu/japan';
import type { SchoolDistrictRef } from './city';
import { Prng, Weighted } from './prng';

/** A configured programme, as the generator needs it. */
export type ProgrammeRef = {
  code: string;
  divisionCode: string;
  usesThemes: boolean;
  usesProfessions: boolean;
  recordsOrganisations: boolean;
  kinds: { code: string; followsKind: string | null; fields: { code: string }[] }[];
};

export type CommunityRefs = {
  programmes: ProgrammeRef[];
  themes: string[];
  professions: string[];
  councilActivities: string[];
  /** The division that keeps the councils' records. */
  councilDivision: string;
  schoolDistricts: SchoolDistrictRef[];
};

export type GenEvent = {
  id: string;
  programmeCode: string;
  divisionCode: string;
  kindCode: string;
  title: string;
  heldOn: string;
  venue: string;
  schoolDistrictCode: string | null;
  welfareDistrictCode: string | null;
  themeCode: string | null;
  professions: string[];
  sessions: number;
  counts: Record<string, number>;
  followsEventId: string | null;
  createdAt: Date;
};

export type GenOrganisation = {
  id: string;
  name: string;
  kind: string;
  schoolDistrictCode: string;
  createdAt: Date;
};
export type GenEventOrganisation = { eventId: string; organisationId: string; divisionCode: string };

export type GenCouncil = {
  id: string;
  divisionCode: string;
  schoolDistrictCode: string;
  fiscalYear: number;
  established: boolean;
  establishedOn: string | null;
  active: boolean;
  activities: string[];
  meetings: number | null;
};

export type CommunitySet = {
  events: GenEvent[];
  organisations: GenOrganisation[];
  eventOrganisations: GenEventOrganisation[];
  councils: GenCouncil[];
};

/** The first 年度 generated: the plan's first year of records. */
export const FIRST_COMMUNITY_YEAR = 2021;

/**
 * Events per 年度 at scale 1 by programme and kind (the city's volumes); a kind not listed gets
 * DEFAULT_PER_YEAR. A kind that follows another gets one event per DEFAULT_PER_YEAR of those it follows.
 */
const PER_YEAR: Record<string, Record<string, number>> = {
  'kominkan-courses': { course: 3_750 },
  multidisciplinary: { 'city-meeting': 3, 'network-meeting': 520 },
  'acp-lectures': { outreach: 60, regular: 12, collab: 20, public: 5 },
  'community-meetings': { city: 2, school: 60 },
  'home-care-training': {
    'visiting-care': 6,
    'nurse-experience': 8,
    'discharge-acp': 4,
    'medical-care-children': 4,
  },
};
const DEFAULT_PER_YEAR = 5;

/** Generates the community records up to the 年度 of `asOf`, ~20,000 events at scale 1. */
export function generateCommunity(
  refs: CommunityRefs,
  options: { seed: number; scale: number; asOf: string },
): CommunitySet {
  const rng = new Prng((options.seed ^ 0x0c0b_1e55) >>> 0);
  const lastYear = fiscalYearOf(options.asOf);
  const districts = refs.schoolDistricts;
  const themes = refs.themes.length
    ? new Weighted(refs.themes.map((t, i) => [t, 1 + (i % 3)] as const))
    : null;
  const set: CommunitySet = { events: [], organisations: [], eventOrganisations: [], councils: [] };
  const organisationCount = Math.max(5, Math.round(300 * options.scale));
  for (let i = 0; i < organisationCount; i++) {
    const district = rng.pick(districts);
    set.organisations.push({
      id: rng.uuid(),
      name: `${district.labelJa.replace(/学区$/, '')}${['福祉会', '商店', 'まちづくり協議会', '介護サービス', '愛育委員会'][i % 5]}${i + 1}`,
      kind: rng.pick(ORGANISATION_KINDS),
      schoolDistrictCode: district.code,
      createdAt: new Date(`${FIRST_COMMUNITY_YEAR}-04-01T00:00:00Z`),
    });
  }
  for (let year = FIRST_COMMUNITY_YEAR; year <= lastYear; year++) {
    const { start, end } = fiscalYearRange(year);
    const last = year === lastYear && options.asOf < end ? options.asOf : end;
    const days = Math.max(1, Math.round((Date.parse(last) - Date.parse(start)) / 86_400_000));
    const share = days / 365;
    const dayOf = () =>
      new Date(Date.parse(start) + rng.int(0, days - 1) * 86_400_000).toISOString().slice(0, 10);
    for (const programme of refs.programmes) {
      const byKind = new Map<string, GenEvent[]>();
      const ordered = programme.kinds
        .slice()
        .sort((a, b) => Number(!!a.followsKind) - Number(!!b.followsKind));
      for (const kind of ordered) {
        const followed = kind.followsKind ? (byKind.get(kind.followsKind) ?? []) : [];
        // A kind that follows another (a survey after courses) follows only what was held.
        const perYear = kind.followsKind
          ? Math.ceil(followed.length / DEFAULT_PER_YEAR)
          : Math.max(
              1,
              Math.round((PER_YEAR[programme.code]?.[kind.code] ?? DEFAULT_PER_YEAR) * options.scale),
            );
        const made: GenEvent[] = [];
        for (let i = 0; i < Math.round(perYear * (kind.followsKind ? 1 : share)); i++) {
          const follows = kind.followsKind ? rng.pick(followed) : undefined;
          const district = rng.pick(districts);
          const heldOn = follows ? laterDay(rng, follows.heldOn, last) : dayOf();
          made.push({
            id: rng.uuid(),
            programmeCode: programme.code,
            divisionCode: programme.divisionCode,
            kindCode: kind.code,
            title: `${district.labelJa.replace(/学区$/, '')} ${kind.code} ${year}-${i + 1}`,
            heldOn,
            venue: `${district.labelJa.replace(/学区$/, '')}公民館`,
            schoolDistrictCode: district.code,
            welfareDistrictCode: district.welfareDistrictCode,
            themeCode: programme.usesThemes && themes ? themes.draw(rng) : null,
            professions: programme.usesProfessions ? refs.professions.filter(() => rng.chance(0.3)) : [],
            sessions: rng.chance(0.2) ? rng.int(2, 6) : 1,
            counts: countsOf(rng, kind.fields),
            followsEventId: follows?.id ?? null,
            createdAt: new Date(`${heldOn}T09:00:00Z`),
          });
        }
        byKind.set(kind.code, made);
        set.events.push(...made);
        if (programme.recordsOrganisations)
          for (const e of made)
            for (const o of pickDistinct(rng, set.organisations, rng.int(0, 3)))
              set.eventOrganisations.push({
                eventId: e.id,
                organisationId: o.id,
                divisionCode: programme.divisionCode,
              });
      }
    }
    set.councils.push(...councilsOf(rng, refs, year, set.councils));
  }
  return set;
}

/** Counts of a kind's fields: the first 5–40, each next at most the one before (graduates ≤ participants). */
function countsOf(rng: Prng, fields: { code: string }[]): Record<string, number> {
  const counts: Record<string, number> = {};
  let previous = rng.int(5, 40);
  fields.forEach((f, i) => {
    const value = i === 0 ? previous : rng.int(Math.floor(previous / 2), previous);
    counts[f.code] = value;
    previous = value;
  });
  return counts;
}

/** A day 1–60 days after `from`, not after `last`. */
function laterDay(rng: Prng, from: string, last: string): string {
  const day = new Date(Date.parse(from) + rng.int(1, 60) * 86_400_000).toISOString().slice(0, 10);
  return day > last ? last : day;
}

function pickDistinct<T>(rng: Prng, items: readonly T[], n: number): T[] {
  const chosen = new Set<T>();
  while (chosen.size < Math.min(n, items.length)) chosen.add(rng.pick(items));
  return [...chosen];
}

/** The councils of a 年度: once set up a district stays set up; about 60% of them active. */
function councilsOf(rng: Prng, refs: CommunityRefs, year: number, earlier: GenCouncil[]): GenCouncil[] {
  const before = new Map(
    earlier.filter((c) => c.fiscalYear === year - 1).map((c) => [c.schoolDistrictCode, c]),
  );
  return refs.schoolDistricts.map((d) => {
    const previous = before.get(d.code);
    const established = previous?.established || rng.chance(year === FIRST_COMMUNITY_YEAR ? 0.55 : 0.06);
    const active = established && rng.chance(0.6);
    return {
      id: rng.uuid(),
      divisionCode: refs.councilDivision,
      schoolDistrictCode: d.code,
      fiscalYear: year,
      established,
      establishedOn: established ? (previous?.establishedOn ?? `${year}-0${rng.int(4, 9)}-01`) : null,
      active,
      activities: active ? refs.councilActivities.filter(() => rng.chance(0.4)) : [],
      meetings: established ? rng.int(0, 12) : null,
    };
  });
}
