/**
 * The raw-SQL baseline of the household page (GET /api/households/:id → getHousehold): the service's
 * one statement of JSON lists (household-page.ts: the household, members, intakes, their problems, the
 * 要配慮 kinds, referrals and link bases), as drizzle writes it, sent straight through the driver in one
 * transaction under the same row-level security as runAs() — without drizzle, the service layer, the
 * presenting or the audit insert (every call's service and baseline answers are compared).
 */
import { householdPageQuery } from '../apps/server/src/modules/households/household-page';
import type { UserActor } from '../apps/server/src/platform/auth/actor';
import { asActor, drizzleStatement, type Statement } from './baseline';
import type { RawDriver } from './databases';

/** The statements of the page for a household: one. */
export function householdStatements(householdId: string): Statement[] {
  return [drizzleStatement(householdPageQuery(householdId))];
}

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

type PageLists = {
  household: unknown | null;
  members: unknown[];
  intakes: unknown[];
  problems: unknown[];
  sensitive: unknown[];
  referrals: unknown[];
};

/** The baseline page read: the statement in one transaction as the actor, under row-level security. */
export function baselineHousehold(raw: RawDriver, actor: UserActor, householdId: string) {
  return asActor(raw, actor, async (query) => {
    const [page] = householdStatements(householdId);
    const [row] = await query<PageLists>(page!.text, page!.params);
    if (!row?.household) throw new Error(`household ${householdId} is not visible to the actor`);
    return householdAnswer({
      id: householdId,
      members: row.members.length,
      intakes: row.intakes.length,
      problems: row.problems.length,
      referrals: row.referrals.length,
      sensitive: row.sensitive.length,
    });
  });
}
