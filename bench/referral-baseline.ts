/**
 * The raw-SQL baseline of the referral inbox: the statements of listInbox (the page's ids, the count,
 * then the rows of those ids with the names) and inboxCounts in referrals.repository.ts written out by hand and sent straight through the driver, in a transaction
 * keyed to the actor exactly as runAs() (baseline.ts asActor: the app.* settings, SET LOCAL ROLE
 * tsunagu_app), so the same row-level security applies — but without drizzle or the service layer.
 * Mirrors the repository by hand: change one, change the other (every call's answers are compared).
 */
import type { ReferralListQuery } from '@tsunagu/contracts/referrals';
import type { UserActor } from '../apps/server/src/platform/auth/actor';
import { asActor, type Statement } from './baseline';
import type { RawDriver, RawQuery } from './databases';

/** The agency inboxes the benchmark reads (the coordinator's boxes are not measured). */
export type InboxQuery = ReferralListQuery & { box: 'incoming' | 'outgoing' };

const OWNERLESS = `r.state in ('sent', 'received')`;

/** WHERE of a page of the inbox and of its count: the box, then the filter; $1 is the agency. */
function inboxWhere(q: InboxQuery, today: string): { text: string; params: unknown[] } {
  const box = q.box === 'incoming' ? 'r.to_agency_id = $1' : 'r.from_agency_id = $1';
  const filters: Record<InboxQuery['filter'], { text: string; today?: true } | undefined> = {
    open: { text: `r.state in ('sent', 'received', 'accepted', 'in_progress')` },
    new: { text: OWNERLESS },
    overdue: { text: `(${OWNERLESS} and r.accept_due_on < $2)`, today: true },
    accepted: { text: `r.state = 'accepted'` },
    in_progress: { text: `r.state = 'in_progress'` },
    closed: { text: `r.state in ('completed', 'handed_on', 'escalated')` },
    all: undefined,
  };
  const f = filters[q.filter];
  return { text: f ? `${box} and ${f.text}` : box, params: f?.today ? [today] : [] };
}

/**
 * The page (overdue first, then the newest, its ids chosen on the referrals alone: the overdue run and
 * the rest, each in sent order and cut at the page's end, then the page of the two) read with both
 * agencies' names and the person's (null unless the household is visible), and the count — as
 * listInbox sends them.
 */
export function inboxStatements(
  q: InboxQuery,
  agencyId: string,
  today: string,
): { page: Statement; count: Statement } {
  const where = inboxWhere(q, today);
  const params = [agencyId, ...where.params];
  const t = params.length + 1;
  const late = `(${OWNERLESS} and r.accept_due_on < $${t})`;
  const order = `${late} desc, r.sent_at desc, r.id asc`;
  const run = (isLate: boolean) => `(select r.id, ${isLate} as late, r.sent_at from referrals r
          where ${where.text} and ${isLate ? late : `not ${late}`}
          order by r.sent_at desc, r.id asc limit $${t + 1})`;
  const runs = q.filter === 'overdue' ? run(true) : `${run(true)} union all ${run(false)}`;
  return {
    page: {
      text: `select r.*, fa.name as from_agency_name, ta.name as to_agency_name, p.family_name, p.given_name
        from referrals r
        join agencies fa on fa.id = r.from_agency_id
        join agencies ta on ta.id = r.to_agency_id
        left join persons p on p.id = r.person_id
        where r.id in (select page.id from (${runs}) page
          order by page.late desc, page.sent_at desc, page.id asc
          limit $${t + 2} offset $${t + 3})
        order by ${order}`,
      params: [...params, today, q.limit + q.offset, q.limit, q.offset],
    },
    count: { text: `select count(*)::int as n from referrals r where ${where.text}`, params },
  };
}

/** inboxCounts: the agency's ownerless referrals (and, for coordinators, unseen escalations), four counts. */
export function countsStatement(agencyId: string, today: string, coordinator: boolean): Statement {
  const queue = coordinator ? ` or (state = 'escalated' and coordinator_seen_at is null)` : '';
  return {
    text: `select
      count(*) filter (where to_agency_id = $1 and state in ('sent', 'received'))::int as incoming_new,
      count(*) filter (where to_agency_id = $1 and state in ('sent', 'received') and accept_due_on < $2)::int as incoming_overdue,
      count(*) filter (where from_agency_id = $1 and state in ('sent', 'received') and accept_due_on < $2)::int as outgoing_overdue,
      count(*) filter (where state = 'escalated' and coordinator_seen_at is null)::int as escalated
    from referrals
    where (state in ('sent', 'received') and (to_agency_id = $1 or from_agency_id = $1))${queue}`,
    params: [agencyId, today],
  };
}

export type InboxCounts = {
  incomingNew: number;
  incomingOverdue: number;
  outgoingOverdue: number;
  escalated: number;
};

/** The baseline page: the ids in order and the total. */
export function baselineInbox(raw: RawDriver, actor: UserActor, q: InboxQuery, today: string) {
  const s = inboxStatements(q, actor.agencyId!, today);
  return asActor(raw, actor, async (query) => {
    const rows = await query<{ id: string }>(s.page.text, s.page.params);
    const [count] = await query<{ n: number }>(s.count.text, s.count.params);
    return { ids: rows.map((r) => r.id), total: Number(count?.n ?? 0) };
  });
}

/** The baseline counts. */
export function baselineCounts(
  raw: RawDriver,
  actor: UserActor,
  today: string,
  coordinator: boolean,
): Promise<InboxCounts> {
  const s = countsStatement(actor.agencyId!, today, coordinator);
  return asActor(raw, actor, async (query) => {
    const [row] = await query<Record<string, number>>(s.text, s.params);
    return {
      incomingNew: Number(row?.incoming_new),
      incomingOverdue: Number(row?.incoming_overdue),
      outgoingOverdue: Number(row?.outgoing_overdue),
      escalated: Number(row?.escalated),
    };
  });
}

/** EXPLAIN (ANALYZE, BUFFERS) of statements under the actor's row-level security. */
export async function explainAsActor(raw: RawDriver, actor: UserActor, statements: Statement[]) {
  const out: string[] = [];
  await asActor(raw, actor, async (query: RawQuery) => {
    for (const s of statements) {
      const rows = await query<{ 'QUERY PLAN': string }>(`explain (analyze, buffers) ${s.text}`, s.params);
      out.push(rows.map((r) => r['QUERY PLAN']).join('\n'));
    }
  });
  return out;
}

/** The statements of one page as the service sends them: the page with its rows, and the count. */
export function inboxPageStatements(actor: UserActor, q: InboxQuery, today: string): Statement[] {
  const s = inboxStatements(q, actor.agencyId!, today);
  return [s.page, s.count];
}
