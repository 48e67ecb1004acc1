import type { Suggestion, SuggestionList } from '@tsunagu/contracts/participation';
import type { CodeLists } from '@tsunagu/contracts/settings';
import { recordAudit } from '../../platform/audit/audit';
import type { UserActor } from '../../platform/auth/actor';
import type { Db, Tx } from '../../platform/db/database';
import { runAs } from '../../platform/db/scope';
import { assertThat } from '../../platform/errors';
import { getCodeLists } from '../settings/settings.service';
import {
  type Labeller,
  type Location,
  type OpeningFacts,
  type PlaceFacts,
  rank,
  type SeekerFacts,
  scoreOpening,
  scorePlace,
} from './matching';
import * as repo from './matching.repository';
import * as resources from './resources.repository';

/** Labels and districts of the tenant, for scoring. */
export type MatchingContext = { label: Labeller; at: (school: string | null) => Location };

export function matchingContext(lists: CodeLists): MatchingContext {
  const labels = new Map<string, string>();
  for (const [list, items] of Object.entries(lists))
    for (const i of items) labels.set(`${list}:${i.code}`, i.labelJa);
  const welfare = new Map(lists.school_district.map((s) => [s.code, s.parentCode]));
  return {
    label: (list, code) => labels.get(`${list}:${code}`) ?? code,
    at: (school) => ({ school, welfare: school ? (welfare.get(school) ?? null) : null }),
  };
}

export function seekerFacts(ctx: MatchingContext, p: repo.SeekerRow): SeekerFacts {
  return {
    abilities: p.abilities,
    limits: p.limits,
    wishedIndustries: p.wishedIndustries,
    interests: p.interests,
    accessibilityNeeds: p.accessibilityNeeds,
    availableDays: p.availableDays,
    maxHoursPerWeek: p.maxHoursPerWeek,
    travelRange: p.travelRange as SeekerFacts['travelRange'],
    location: ctx.at(p.schoolDistrictCode),
  };
}

export function openingFacts(ctx: MatchingContext, o: resources.ListedOpening): OpeningFacts {
  return {
    tasks: o.opening.tasks,
    demands: o.opening.demands,
    hoursPerWeek: o.opening.hoursPerWeek,
    days: o.opening.days,
    industryCode: o.industryCode,
    location: ctx.at(o.opening.schoolDistrictCode),
  };
}

export function placeFacts(ctx: MatchingContext, p: resources.PlaceRow): PlaceFacts {
  return {
    interests: p.interests,
    accessibility: p.accessibility,
    days: p.days,
    location: ctx.at(p.schoolDistrictCode),
  };
}

async function audited(tx: Tx, actor: UserActor, entityId: string, list: string, items: Suggestion[]) {
  await recordAudit(tx, actor, {
    action: 'suggestion.listed',
    entityType: 'participant',
    entityId,
    payload: { list, results: items.length },
  });
  return { items };
}

/** Openings (for work) or places (otherwise) ranked for one participant, each score explained. */
export async function suggestForParticipant(
  db: Db,
  actor: UserActor,
  id: string,
  limit: number,
): Promise<SuggestionList> {
  const ctx = matchingContext(await getCodeLists(db, actor));
  return runAs(db, actor, async (tx) => {
    const [seeker] = await repo.seekers(tx, { id });
    assertThat(seeker, 'not_found');
    const facts = seekerFacts(ctx, seeker);
    const taken = new Set(await repo.activeTargets(tx, id));
    const scored =
      seeker.aim === 'work'
        ? (await resources.listOpenings(tx, { openOnly: true })).map((o) => ({
            id: o.opening.id,
            name: o.opening.title,
            organisation: o.employerName,
            schoolDistrictCode: o.opening.schoolDistrictCode,
            matched: taken.has(o.opening.id),
            ...scoreOpening(facts, openingFacts(ctx, o), ctx.label),
          }))
        : (await resources.listPlaces(tx, true)).map(({ place }) => ({
            id: place.id,
            name: place.name,
            organisation: place.host,
            schoolDistrictCode: place.schoolDistrictCode,
            matched: taken.has(place.id),
            ...scorePlace(facts, placeFacts(ctx, place), ctx.label),
          }));
    const items = rank(scored)
      .slice(0, limit)
      .map(({ score, items: why, conflict, ...rest }) => ({ ...rest, score, items: why, conflict }));
    return audited(tx, actor, id, seeker.aim === 'work' ? 'openings' : 'places', items);
  });
}

/** The participants the actor's agency supports, ranked for one opening or place. */
export async function suggestForTarget(
  db: Db,
  actor: UserActor,
  target: { opening: string } | { place: string },
  limit: number,
): Promise<SuggestionList> {
  const ctx = matchingContext(await getCodeLists(db, actor));
  return runAs(db, actor, async (tx) => {
    const isOpening = 'opening' in target;
    const opening = isOpening ? await resources.findOpening(tx, target.opening) : undefined;
    const place = isOpening ? undefined : await resources.findPlace(tx, target.place);
    assertThat(opening ?? place, 'not_found');
    const targetId = opening?.opening.id ?? place!.id;
    const seekers = await repo.seekers(tx, isOpening ? { aim: 'work' } : {});
    const taken = new Set(await repo.participantsMatchedTo(tx, targetId));
    const scored = seekers.map((s) => {
      const facts = seekerFacts(ctx, s);
      return {
        id: s.id,
        name: `${s.familyName} ${s.givenName}`,
        organisation: s.agencyName ?? '',
        schoolDistrictCode: s.schoolDistrictCode,
        matched: taken.has(s.id),
        ...(opening
          ? scoreOpening(facts, openingFacts(ctx, opening), ctx.label)
          : scorePlace(facts, placeFacts(ctx, place!), ctx.label)),
      };
    });
    return audited(
      tx,
      actor,
      targetId,
      isOpening ? 'seekers_for_opening' : 'seekers_for_place',
      rank(scored).slice(0, limit),
    );
  });
}
