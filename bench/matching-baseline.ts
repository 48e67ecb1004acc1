/**
 * The raw-SQL baseline of matching: the statements of suggestForParticipant and suggestForTarget
 * (matching.service.ts → matching.repository.ts seekers / activeTargets / participantsMatchedTo,
 * resources.repository.ts listOpenings, settings.repository.ts listCodeListItems) written out by hand
 * and sent straight through the driver in one transaction keyed to the actor exactly as runAs() keys
 * it (the same set_config('app.*') and role switch, so the same row-level security), then the same
 * pure scoring and ranking of matching.ts. Without drizzle, the service layer, getCodeLists' separate
 * transaction (the code lists are read in the same one) or the audit insert. Mirrors the repositories
 * by hand: change one, change the other (every call's service and baseline answers are compared).
 */
import {
  type Labeller,
  type Location,
  type OpeningFacts,
  rank,
  type SeekerFacts,
  scoreOpening,
} from '../apps/server/src/modules/participation/matching';
import type { UserActor } from '../apps/server/src/platform/auth/actor';
import type { Statement } from './baseline';
import type { RawDriver, RawQuery } from './databases';

/** The match states that hold a participant to an opening or place (matching.repository.ts ACTIVE). */
const ACTIVE = `('proposed', 'trial', 'placed')`;

/** listCodeListItems: every item of the tenant (the policy), for the labels and the districts. */
export const codeListsStatement = (): Statement => ({
  text: `select * from code_list_items order by list asc, sort_order asc, code asc`,
  params: [],
});

const SEEKER = `select pa.id, pa.aim, pa.abilities, pa.limits, pa.wished_industries, pa.interests,
    pa.accessibility_needs, pa.available_days, pa.max_hours_per_week, pa.travel_range,
    p.school_district_code, p.family_name, p.given_name, a.name as agency_name
  from participants pa
  inner join persons p on p.id = pa.person_id
  left join agencies a on a.id = pa.allocated_agency_id`;

/** seekers({ id }): the open participant, if the actor sees it. */
export const seekerStatement = (id: string): Statement => ({
  text: `${SEEKER} where pa.closed_on is null and pa.id = $1`,
  params: [id],
});

/** seekers({ aim: 'work' }): every open participant looking for work the actor sees. */
export const seekersStatement = (): Statement => ({
  text: `${SEEKER} where pa.closed_on is null and pa.aim = $1`,
  params: ['work'],
});

/**
 * For reference only (not what the service sends): the same rows as seekersStatement read as the table
 * owner, the participants policy's live-link check written out as one semi-join on the agency's links
 * instead of per-row policy functions (participants' app_sees_household, persons' app_sees_person).
 */
export const seekersAsOwnerStatement = (tenantId: string, agencyId: string): Statement => ({
  text: `${SEEKER} where pa.tenant_id = $2 and pa.closed_on is null and pa.aim = $1
    and exists (select 1 from live_links l where l.household_id = pa.household_id and l.tenant_id = $2
      and l.agency_id = $3 and l.revoked_at is null and l.valid_from <= now()
      and (l.valid_until is null or l.valid_until > now()))`,
  params: ['work', tenantId, agencyId],
});

/** activeTargets: the openings and places the participant is proposed to, on trial at or placed with. */
export const activeTargetsStatement = (participantId: string): Statement => ({
  text: `select opening_id, place_id from matches where participant_id = $1 and state in ${ACTIVE}`,
  params: [participantId],
});

/** participantsMatchedTo: the participants proposed to, on trial at or placed with an opening or place. */
export const matchedToStatement = (targetId: string): Statement => ({
  text: `select participant_id from matches where (opening_id = $1 or place_id = $1) and state in ${ACTIVE}`,
  params: [targetId],
});

/** listOpenings({ openOnly }) or findOpening (listOpenings({ id })): with the employer and the placed count. */
export const openingsStatement = (f: { openOnly: true } | { id: string }): Statement => ({
  text: `select o.*, e.name as employer_name, e.industry_code,
      (select count(*) from matches m where m.opening_id = o.id and m.state = 'placed')::int as placed
    from job_openings o
    inner join employers e on e.id = o.employer_id
    where ${'id' in f ? 'o.id = $1' : 'o.open = true and e.withdrawn_on is null'}
    order by o.opened_on desc, o.title asc`,
  params: 'id' in f ? [f.id] : [],
});

type CodeRow = { list: string; code: string; label_ja: string; parent_code: string | null };
type SeekerRow = {
  id: string;
  aim: string;
  abilities: string[];
  limits: string[];
  wished_industries: string[];
  interests: string[];
  accessibility_needs: string[];
  available_days: string[];
  max_hours_per_week: number | null;
  travel_range: string;
  school_district_code: string | null;
  family_name: string;
  given_name: string;
  agency_name: string | null;
};
type OpeningRow = {
  id: string;
  title: string;
  tasks: string[];
  demands: string[];
  hours_per_week: number;
  days: string[];
  school_district_code: string | null;
  employer_name: string;
  industry_code: string;
};

/** The labels and districts of the tenant, as matchingContext makes them from the code lists. */
function context(rows: CodeRow[]): { label: Labeller; at: (school: string | null) => Location } {
  const labels = new Map<string, string>();
  const welfare = new Map<string, string | null>();
  for (const r of rows) {
    labels.set(`${r.list}:${r.code}`, r.label_ja);
    if (r.list === 'school_district') welfare.set(r.code, r.parent_code);
  }
  return {
    label: (list, code) => labels.get(`${list}:${code}`) ?? code,
    at: (school) => ({ school, welfare: school ? (welfare.get(school) ?? null) : null }),
  };
}

const seekerFacts = (at: (s: string | null) => Location, s: SeekerRow): SeekerFacts => ({
  abilities: s.abilities,
  limits: s.limits,
  wishedIndustries: s.wished_industries,
  interests: s.interests,
  accessibilityNeeds: s.accessibility_needs,
  availableDays: s.available_days,
  maxHoursPerWeek: s.max_hours_per_week,
  travelRange: s.travel_range as SeekerFacts['travelRange'],
  location: at(s.school_district_code),
});

const openingFacts = (at: (s: string | null) => Location, o: OpeningRow): OpeningFacts => ({
  tasks: o.tasks,
  demands: o.demands,
  hoursPerWeek: o.hours_per_week,
  days: o.days,
  industryCode: o.industry_code,
  location: at(o.school_district_code),
});

/** A suggestion as both sides report it, for the comparison. */
export type Suggested = { id: string; name: string; score: number; conflict: boolean; matched: boolean };

/**
 * The comparable key of a ranked list: the order of (conflict, score, name) — what rank() sorts by —
 * and each suggestion's id and matched flag. Suggestions tied on all three may come in either order
 * (they keep the rows' order, which neither statement fixes), so within a tie the ids are a set; the
 * last tie of a full list may go on past the limit, so it is compared by its name and score only.
 */
export function suggestionKey(items: Suggested[], limit: number): string {
  const tie = (s: Suggested) => `${Number(s.conflict)}:${s.score}:${s.name}`;
  const groups: Suggested[][] = [];
  for (const s of items) {
    const g = groups.at(-1);
    if (g && tie(g[0]!) === tie(s)) g.push(s);
    else groups.push([s]);
  }
  return groups
    .map((g, i) => {
      const cut = items.length >= limit && i === groups.length - 1;
      const ids = cut
        ? ''
        : g
            .map((s) => `${s.id}${s.matched ? '*' : ''}`)
            .sort()
            .join(',');
      return `${tie(g[0]!)}[${ids}]`;
    })
    .join('|');
}

/** What a baseline call found: the suggestions, how many it scored, and how long the scoring took. */
export type MatchingBaselineAnswer = { items: Suggested[]; candidates: number; scoreMs: number };

/** Runs fn in a transaction keyed to the actor exactly as runAs() keys it (one round trip). */
export function asActorLikeRunAs<T>(raw: RawDriver, actor: UserActor, fn: (q: RawQuery) => Promise<T>) {
  return raw.transaction(async (query) => {
    await query(
      `select set_config('app.tenant_id', $1, true), set_config('app.user_id', $2, true),
        set_config('app.agency_id', $3, true), set_config('app.roles', $4, true),
        set_config('app.division_code', $5, true), set_config('role', 'tsunagu_app', true)`,
      [actor.tenantId, actor.userId, actor.agencyId ?? '', actor.roles.join(','), actor.divisionCode ?? ''],
    );
    return fn(query);
  });
}

/** suggestForParticipant for a participant looking for work: every open opening scored and ranked. */
export function baselineForParticipant(
  raw: RawDriver,
  actor: UserActor,
  participantId: string,
  limit: number,
): Promise<MatchingBaselineAnswer> {
  return asActorLikeRunAs(raw, actor, async (query) => {
    const lists = codeListsStatement();
    const ctx = context(await query<CodeRow>(lists.text, lists.params));
    const one = seekerStatement(participantId);
    const [seeker] = await query<SeekerRow>(one.text, one.params);
    if (!seeker) throw new Error(`baseline: participant ${participantId} not found`);
    if (seeker.aim !== 'work')
      throw new Error(`baseline: participant ${participantId} is not looking for work`);
    const t = activeTargetsStatement(participantId);
    const taken = new Set(
      (await query<{ opening_id: string | null; place_id: string | null }>(t.text, t.params)).map(
        (r) => (r.opening_id ?? r.place_id) as string,
      ),
    );
    const o = openingsStatement({ openOnly: true });
    const openings = await query<OpeningRow>(o.text, o.params);
    const t0 = performance.now();
    const facts = seekerFacts(ctx.at, seeker);
    const scored = openings.map((row) => ({
      id: row.id,
      name: row.title,
      organisation: row.employer_name,
      schoolDistrictCode: row.school_district_code,
      matched: taken.has(row.id),
      ...scoreOpening(facts, openingFacts(ctx.at, row), ctx.label),
    }));
    const items = rank(scored).slice(0, limit);
    return { items, candidates: openings.length, scoreMs: performance.now() - t0 };
  });
}

/** suggestForTarget for an opening: every open participant looking for work the actor sees, scored and ranked. */
export function baselineForOpening(
  raw: RawDriver,
  actor: UserActor,
  openingId: string,
  limit: number,
): Promise<MatchingBaselineAnswer> {
  return asActorLikeRunAs(raw, actor, async (query) => {
    const lists = codeListsStatement();
    const ctx = context(await query<CodeRow>(lists.text, lists.params));
    const f = openingsStatement({ id: openingId });
    const [opening] = await query<OpeningRow>(f.text, f.params);
    if (!opening) throw new Error(`baseline: opening ${openingId} not found`);
    const s = seekersStatement();
    const seekers = await query<SeekerRow>(s.text, s.params);
    const m = matchedToStatement(openingId);
    const taken = new Set(
      (await query<{ participant_id: string }>(m.text, m.params)).map((r) => r.participant_id),
    );
    const t0 = performance.now();
    const target = openingFacts(ctx.at, opening);
    const scored = seekers.map((row) => ({
      id: row.id,
      name: `${row.family_name} ${row.given_name}`,
      organisation: row.agency_name ?? '',
      schoolDistrictCode: row.school_district_code,
      matched: taken.has(row.id),
      ...scoreOpening(seekerFacts(ctx.at, row), target, ctx.label),
    }));
    const items = rank(scored).slice(0, limit);
    return { items, candidates: seekers.length, scoreMs: performance.now() - t0 };
  });
}

/** The statements of a call in the service's order, to EXPLAIN under the actor's row-level security. */
export function matchingStatements(
  kind: 'participant-openings' | 'opening-participants',
  id: string,
): Statement[] {
  return kind === 'participant-openings'
    ? [
        codeListsStatement(),
        seekerStatement(id),
        activeTargetsStatement(id),
        openingsStatement({ openOnly: true }),
      ]
    : [codeListsStatement(), openingsStatement({ id }), seekersStatement(), matchedToStatement(id)];
}
