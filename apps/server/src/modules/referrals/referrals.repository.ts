import type { ReferralState } from '@tsunagu/contracts/referrals';
import { aliasedTable, and, asc, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { agencies, persons, referralEvents, referrals, users } from '../../db/schema';
import { queryRows, type Tx } from '../../platform/db/database';

export type ReferralRow = typeof referrals.$inferSelect;

const fromAgency = aliasedTable(agencies, 'from_agency');
const toAgency = aliasedTable(agencies, 'to_agency');

/**
 * Referrals with both agencies' names and the person's name. Persons are read under row-level
 * security: the name is null when the actor's agency does not see the household.
 */
function selectListed(tx: Tx) {
  return tx
    .select({
      referral: referrals,
      fromAgencyName: fromAgency.name,
      toAgencyName: toAgency.name,
      familyName: persons.familyName,
      givenName: persons.givenName,
    })
    .from(referrals)
    .innerJoin(fromAgency, eq(fromAgency.id, referrals.fromAgencyId))
    .innerJoin(toAgency, eq(toAgency.id, referrals.toAgencyId))
    .leftJoin(persons, eq(persons.id, referrals.personId));
}
export type ListedReferral = Awaited<ReturnType<typeof selectListed>>[number];

export async function insertReferral(tx: Tx, values: typeof referrals.$inferInsert) {
  await tx.insert(referrals).values(values);
}

export async function insertEvent(tx: Tx, values: typeof referralEvents.$inferInsert) {
  await tx.insert(referralEvents).values(values);
}

/** One referral the actor may see (row-level security), or undefined. */
export async function findListed(tx: Tx, id: string): Promise<ListedReferral | undefined> {
  const rows = await selectListed(tx).where(eq(referrals.id, id)).limit(1);
  return rows[0];
}

/** Every referral of the chain, first first. */
export function listChain(tx: Tx, chainId: string) {
  return selectListed(tx)
    .where(eq(referrals.chainId, chainId))
    .orderBy(asc(referrals.hop), asc(referrals.sentAt));
}

/** The referral's history with who acted for which agency. */
export function listEvents(tx: Tx, referralId: string) {
  return tx
    .select({ event: referralEvents, actorName: users.displayName, agencyName: agencies.name })
    .from(referralEvents)
    .leftJoin(users, eq(users.id, referralEvents.actorUserId))
    .leftJoin(agencies, eq(agencies.id, referralEvents.agencyId))
    .where(eq(referralEvents.referralId, referralId))
    .orderBy(asc(referralEvents.id));
}

/**
 * Moves a referral on if it is still in one of `from` (and at `version`, when given): the state check
 * and the change are one statement, so of two people acting at once exactly one succeeds.
 */
export async function transition(
  tx: Tx,
  id: string,
  from: readonly ReferralState[],
  version: number | null,
  set: Partial<typeof referrals.$inferInsert>,
): Promise<ReferralRow | undefined> {
  const conditions: SQL[] = [eq(referrals.id, id), inArray(referrals.state, [...from])];
  if (version !== null) conditions.push(eq(referrals.version, version));
  const rows = await tx
    .update(referrals)
    .set({ ...set, version: sql`${referrals.version} + 1` })
    .where(and(...conditions))
    .returning();
  return rows[0];
}

/** Agencies that sent or received a referral of the chain. */
export async function chainAgencyIds(tx: Tx, chainId: string): Promise<string[]> {
  const rows = await tx
    .select({ from: referrals.fromAgencyId, to: referrals.toAgencyId })
    .from(referrals)
    .where(eq(referrals.chainId, chainId));
  return [...new Set(rows.flatMap((r) => [r.from, r.to]))];
}

/** Which list of the inbox, for which agency; `today` is the date in Japan (deadlines are dates). */
export type InboxQuery = {
  box: 'incoming' | 'outgoing' | 'escalated' | 'overdue';
  filter: 'open' | 'new' | 'overdue' | 'accepted' | 'in_progress' | 'closed' | 'all';
  agencyId: string | null;
  today: string;
  limit: number;
  offset: number;
};

const ownerless = sql`${referrals.state} in ('sent', 'received')`;
const overdue = (today: string) => sql`(${ownerless} and ${referrals.acceptDueOn} < ${today})`;

function inboxWhere(q: InboxQuery): SQL | undefined {
  const agency = q.agencyId ?? '00000000-0000-0000-0000-000000000000';
  const box: Record<InboxQuery['box'], SQL> = {
    incoming: eq(referrals.toAgencyId, agency),
    outgoing: eq(referrals.fromAgencyId, agency),
    // The coordinator's queue and overdue list: row-level security limits them to coordinators' view.
    escalated: sql`${referrals.state} = 'escalated'`,
    overdue: overdue(q.today),
  };
  const filter: Record<InboxQuery['filter'], SQL | undefined> = {
    open: sql`${referrals.state} in ('sent', 'received', 'accepted', 'in_progress')`,
    new: ownerless,
    overdue: overdue(q.today),
    accepted: eq(referrals.state, 'accepted'),
    in_progress: eq(referrals.state, 'in_progress'),
    closed: sql`${referrals.state} in ('completed', 'handed_on', 'escalated')`,
    all: undefined,
  };
  return and(box[q.box], q.box === 'escalated' || q.box === 'overdue' ? undefined : filter[q.filter]);
}

/**
 * The ids of a page of an agency's incoming or outgoing referrals, overdue ones first, then the newest.
 * Read as two runs, each in sent order through an index of the agency's referrals by time and cut at
 * the page's end: the overdue ones (few: ownerless and past the deadline) and the rest. A sort of all
 * the agency's referrals would read every referral it ever sent or received to show the newest page.
 */
function agencyPageIds(where: SQL | undefined, q: InboxQuery): SQL {
  const late = overdue(q.today);
  const upTo = q.limit + q.offset;
  const run = (isLate: boolean) =>
    sql`(select ${referrals.id} as id, ${isLate ? sql`true` : sql`false`} as late, ${referrals.sentAt} as sent_at
      from ${referrals} where ${and(where, isLate ? late : sql`not ${late}`)}
      order by ${referrals.sentAt} desc, ${referrals.id} asc limit ${upTo})`;
  // Only overdue ones asked for: the other run would read all of them to find none.
  const runs = q.filter === 'overdue' ? run(true) : sql`${run(true)} union all ${run(false)}`;
  return sql`select page.id from (${runs}) page
    order by page.late desc, page.sent_at desc, page.id asc limit ${q.limit} offset ${q.offset}`;
}

/**
 * A page of the inbox. Overdue ones first, then the newest; the coordinator's queue puts the bouncing
 * alarms first. The page's ids are chosen on the referrals alone (a sub-select with its limit), then
 * only those rows are joined to agencies and persons: the person's visibility check runs for a page,
 * not for the whole inbox — in one statement, without sending the page's ids back and forth.
 */
export async function listInbox(tx: Tx, q: InboxQuery) {
  const where = inboxWhere(q);
  const order =
    q.box === 'escalated'
      ? [
          sql`(${referrals.escalationReason} = 'bouncing') desc`,
          sql`(${referrals.coordinatorSeenAt} is null) desc`,
          desc(referrals.closedAt),
        ]
      : [sql`${overdue(q.today)} desc`, desc(referrals.sentAt)];
  const page =
    q.box === 'incoming' || q.box === 'outgoing'
      ? agencyPageIds(where, q)
      : tx
          .select({ id: referrals.id })
          .from(referrals)
          .where(where)
          .orderBy(...order, asc(referrals.id))
          .limit(q.limit)
          .offset(q.offset);
  const items = await selectListed(tx)
    .where(sql`${referrals.id} in (${page})`)
    .orderBy(...order, asc(referrals.id));
  const counted = await tx.select({ n: sql<number>`count(*)::int` }).from(referrals).where(where);
  return { items, total: Number(counted[0]?.n ?? 0) };
}

/**
 * The navigation's counts for one agency (and the coordinator's queue when `coordinator`): only the
 * agency's ownerless referrals and the unseen escalations are read, through their indexes.
 */
export async function inboxCounts(tx: Tx, agencyId: string | null, today: string, coordinator: boolean) {
  const agency = agencyId ?? '00000000-0000-0000-0000-000000000000';
  const mine = sql`(state in ('sent', 'received') and (to_agency_id = ${agency} or from_agency_id = ${agency}))`;
  const queue = coordinator ? sql` or (state = 'escalated' and coordinator_seen_at is null)` : sql``;
  const [row] = await queryRows<{
    incoming_new: number;
    incoming_overdue: number;
    outgoing_overdue: number;
    escalated: number;
  }>(
    tx,
    sql`select
      count(*) filter (where to_agency_id = ${agency} and state in ('sent', 'received'))::int as incoming_new,
      count(*) filter (where to_agency_id = ${agency} and state in ('sent', 'received') and accept_due_on < ${today})::int as incoming_overdue,
      count(*) filter (where from_agency_id = ${agency} and state in ('sent', 'received') and accept_due_on < ${today})::int as outgoing_overdue,
      count(*) filter (where state = 'escalated' and coordinator_seen_at is null)::int as escalated
    from referrals where ${mine}${queue}`,
  );
  return row!;
}

/** The household's referrals the actor may see (row-level security), oldest first: the sheet's 紹介先. */
export function listForHousehold(tx: Tx, householdId: string) {
  return selectListed(tx).where(eq(referrals.householdId, householdId)).orderBy(asc(referrals.sentAt));
}

/** The first time a coordinator opened an escalated referral. */
export async function markCoordinatorSeen(tx: Tx, id: string) {
  await tx
    .update(referrals)
    .set({ coordinatorSeenAt: new Date() })
    .where(and(eq(referrals.id, id), sql`${referrals.coordinatorSeenAt} is null`));
}
