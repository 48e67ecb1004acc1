/**
 * The raw-SQL baseline of the household page (GET /api/households/:id → getHousehold): the service's
 * statements written out by hand (households.repository.ts findHousehold, listMembers, listIntakes,
 * listProblems, listSensitiveCategories, linkBases; referrals.repository.ts listForHousehold) and sent
 * straight through the driver in one transaction under the same row-level security as runAs() — without
 * drizzle, the service layer, the presenting or the audit insert. Mirrors the repositories by hand:
 * change one, change the other (every call's service and baseline answers are compared).
 */
import type { UserActor } from '../apps/server/src/platform/auth/actor';
import { asActor, type Statement } from './baseline';
import type { RawDriver, RawQuery } from './databases';

/** The statements of the page for a household ($1), problems last (they need the intakes' ids). */
export function householdStatements(householdId: string): Statement[] {
  const one = (text: string): Statement => ({ text, params: [householdId] });
  return [
    one('select * from households where id = $1 limit 1'),
    one(`select hm.*, p.* from household_members hm join persons p on p.id = hm.person_id
      where hm.household_id = $1 and hm.removed_at is null order by hm.created_at asc`),
    one(`select i.*, a.name as agency_name from intakes i join agencies a on a.id = i.agency_id
      where i.household_id = $1 order by i.received_on desc, i.created_at desc`),
    one(`select distinct coalesce(p.merged_into, s.person_id) as person_id, s.category from sensitive_notes s
      join persons p on p.id = s.person_id
      where s.household_id = $1 and not exists (select 1 from sensitive_notes s2 where s2.supersedes = s.id)`),
    one(`select r.*, fa.name as from_agency_name, ta.name as to_agency_name, p.family_name, p.given_name
      from referrals r join agencies fa on fa.id = r.from_agency_id join agencies ta on ta.id = r.to_agency_id
      left join persons p on p.id = r.person_id where r.household_id = $1 order by r.sent_at asc`),
    one('select app_link_bases($1) as bases'),
  ];
}

/** listProblems: the problems of the household's intakes. */
export const problemsStatement = (intakeIds: string[]): Statement => ({
  text: `with problems as materialized (
      select intake_id, person_id, category_code, is_main from intake_problems where intake_id = any($1::uuid[])
    ), people as materialized (select id, merged_into from persons where id in (select person_id from problems))
    select pr.intake_id, coalesce(pe.merged_into, pr.person_id) as person_id, pr.category_code, pr.is_main
    from problems pr join people pe on pe.id = pr.person_id`,
  params: [`{${intakeIds.join(',')}}`],
});

/** What must be the same for service and baseline, and what the report shows. */
export type HouseholdAnswer = { key: string; answer: string; size: number };

/** The comparable answer: the household, and how many members, intakes, problems and referrals it shows. */
export function householdAnswer(h: {
  id: string;
  members: number;
  intakes: number;
  problems: number;
  referrals: number;
  sensitive: number;
}): HouseholdAnswer {
  return {
    key: [h.id, h.members, h.intakes, h.problems, h.referrals, h.sensitive].join(':'),
    answer: `${h.members} members, ${h.intakes} intakes, ${h.problems} problems, ${h.referrals} referrals`,
    size: h.members + h.intakes + h.problems + h.referrals,
  };
}

async function readAll(query: RawQuery, householdId: string): Promise<HouseholdAnswer> {
  const [household, members, intakes, sensitive, referrals] = householdStatements(householdId);
  const found = await query<{ id: string }>(household!.text, household!.params);
  if (!found.length) throw new Error(`household ${householdId} is not visible to the actor`);
  const memberRows = await query(members!.text, members!.params);
  const intakeRows = await query<{ id: string }>(intakes!.text, intakes!.params);
  const problemsOf = problemsStatement(intakeRows.map((i) => i.id));
  const problems = intakeRows.length ? await query(problemsOf.text, problemsOf.params) : [];
  const sensitiveRows = await query(sensitive!.text, sensitive!.params);
  const referralRows = await query(referrals!.text, referrals!.params);
  return householdAnswer({
    id: householdId,
    members: memberRows.length,
    intakes: intakeRows.length,
    problems: problems.length,
    referrals: referralRows.length,
    sensitive: sensitiveRows.length,
  });
}

/** The baseline page read: every statement in one transaction as the actor, under row-level security. */
export function baselineHousehold(raw: RawDriver, actor: UserActor, householdId: string) {
  return asActor(raw, actor, async (query) => {
    const answer = await readAll(query, householdId);
    const bases = householdStatements(householdId)[5]!;
    await query(bases.text, bases.params);
    return answer;
  });
}
