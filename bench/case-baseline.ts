/**
 * The raw-SQL baseline of the case page, the case list and the coordinator's queue: the statements of
 * readCaseDetail (case-detail.ts → cases.repository.ts, plans.repository.ts, tasks.repository.ts,
 * households.repository.ts listMembers), listCases and caseQueue written out by hand and sent straight
 * through the driver as the database owner — no row-level security, no drizzle, no service layer, no
 * audit insert: the same data read as cheaply as the schema allows. What the policies would decide is
 * written out where it changes the rows (the staff's list: the cases its agency is on the team of).
 * The same statements, without that written-out condition, are what EXPLAIN ANALYZE runs under the
 * actor's row-level security. Mirrors the repositories by hand: change one, change the other (every
 * call's service and baseline answers are compared); the case page's smaller parts are one statement
 * of JSON lists, sent as the service writes it (case-trail.ts).
 */
import { casePlanWorkQuery } from '../apps/server/src/modules/cases/case-plan-work';
import { caseTrailQuery } from '../apps/server/src/modules/cases/case-trail';
import type { UserActor } from '../apps/server/src/platform/auth/actor';
import { asActor, drizzleStatement, type Statement } from './baseline';
import type { RawDriver, RawQuery } from './databases';

const NEXT_MONITORING = `(select min(m.due_on)::text from monitorings m
  where m.case_id = c.id and m.done_on is null and m.cancelled_at is null) as next_monitoring_on`;
const REVIEW_PENDING = `(c.outcome = 'unresolved' and not exists
  (select 1 from case_reviews r where r.case_id = c.id)) as review_pending`;
/** selectListed: the case with the person's name, the requesting agency and the two flags. */
const LISTED = `select c.*, p.family_name, p.given_name, ra.name as request_agency_name,
    ${NEXT_MONITORING}, ${REVIEW_PENDING}
  from cases c
  left join persons p on p.id = c.person_id
  left join agencies ra on ra.id = c.request_agency_id`;

/**
 * The statements of the case page after findListed, in readCaseDetail's order: the members, team,
 * contacts, outreach, reviews, meetings, whether a story was made and how many records, as one
 * statement of JSON lists (the service's own, case-trail.ts); the newest 100 records; the plans,
 * monitorings, tasks and the names of the agencies the plans' actions name, as one statement of JSON
 * lists (case-plan-work.ts). $1 is the case.
 */
export function caseDetailStatements(caseId: string, householdId: string): Statement[] {
  return [
    drizzleStatement(caseTrailQuery(caseId, householdId)),
    {
      text: `select r.*, u.display_name as author, a.name as agency_name,
        (select c.occurred_on::text from case_records c where c.id = r.corrects_id) as corrects_on,
        (select c.id from case_records c where c.corrects_id = r.id
          order by c.created_at desc, c.id desc limit 1) as corrected_by_id
      from case_records r
      join users u on u.id = r.author_id left join agencies a on a.id = r.agency_id
      where r.case_id = $1 order by r.occurred_on desc, r.created_at desc, r.id desc limit 100`,
      params: [caseId],
    },
    drizzleStatement(casePlanWorkQuery(caseId)),
  ];
}

export const findListedStatement = (caseId: string): Statement => ({
  text: `${LISTED} where c.id = $1 limit 1`,
  params: [caseId],
});

export type CaseAnswer = {
  /** What must be the same for service and baseline: the case, and how many of each it shows. */
  key: string;
  /** The same for the report: "412 records, 5 team, …". */
  answer: string;
};

type DetailCounts = {
  id: string;
  members: number;
  team: number;
  contacts: number;
  outreach: number;
  records: number;
  /** Entries of the support record in all (the page shows the newest 100). */
  recordTotal: number;
  firstRecord: string | null;
  lastRecord: string | null;
  reviews: number;
  meetings: number;
  plans: number;
  monitorings: number;
  tasks: number;
};

/** The comparable key of a case page; meetings count for the report only (they follow attendance). */
export function detailAnswer(d: DetailCounts): CaseAnswer {
  return {
    key: [
      d.id,
      d.members,
      d.team,
      d.contacts,
      d.outreach,
      d.records,
      d.recordTotal,
      d.firstRecord,
      d.lastRecord,
      d.reviews,
      d.plans,
      d.monitorings,
      d.tasks,
    ].join(':'),
    answer: `${d.records} of ${d.recordTotal} records, ${d.team} team, ${d.contacts} contacts, ${d.plans} plans, ${d.monitorings} monitorings, ${d.tasks} tasks, ${d.meetings} meetings`,
  };
}

/** The case page as the owner reads it: every statement, one transaction. */
export function baselineCase(raw: RawDriver, caseId: string): Promise<CaseAnswer> {
  return raw.transaction(async (query) => {
    const f = findListedStatement(caseId);
    const [c] = await query<{ id: string; household_id: string }>(f.text, f.params);
    if (!c) throw new Error(`baseline: case ${caseId} not found`);
    const rows: Record<string, unknown>[][] = [];
    for (const s of caseDetailStatements(caseId, c.household_id))
      rows.push(await query<Record<string, unknown>>(s.text, s.params));
    type Trail = {
      members: unknown[];
      team: unknown[];
      contacts: unknown[];
      outreach: unknown[];
      reviews: unknown[];
      meetings: unknown[];
      record_total: number;
    };
    type Work = { plans: unknown[]; monitorings: unknown[]; tasks: unknown[] };
    const [[trail], records, [work]] = rows as [Trail[], { id: string }[], Work[]];
    return detailAnswer({
      id: c.id,
      members: trail!.members.length,
      team: trail!.team.length,
      contacts: trail!.contacts.length,
      outreach: trail!.outreach.length,
      records: records.length,
      recordTotal: trail!.record_total,
      firstRecord: records[0]?.id ?? null,
      lastRecord: records.at(-1)?.id ?? null,
      reviews: trail!.reviews.length,
      meetings: trail!.meetings.length,
      plans: work!.plans.length,
      monitorings: work!.monitorings.length,
      tasks: work!.tasks.length,
    });
  });
}

/**
 * listCases' statements (no filter): the page's ids chosen on the cases alone, newest first, read with
 * the names; and the count. The tenant is written out as the policies add it (their tenant condition is
 * what lets an index lead with tenant_id). `teamOf`: for an agency the repository writes out what the
 * policy decides, the cases it is on the team of now — 'actor' as the repository does (app_agency_id(),
 * for EXPLAIN under the actor's row-level security), or the agency's id for the owner's baseline.
 */
export function listStatements(
  limit: number,
  offset: number,
  tenantId: string,
  teamOf?: string,
): Statement[] {
  const agency = teamOf === 'actor' ? 'app_agency_id()' : '$2';
  const team = teamOf
    ? ` and c.id in (select t.case_id from case_team t where t.agency_id = ${agency} and t.ended_at is null)`
    : '';
  const where = `where c.tenant_id = $1${team}`;
  const params = teamOf && teamOf !== 'actor' ? [tenantId, teamOf] : [tenantId];
  const n = params.length;
  return [
    {
      text: `${LISTED} where c.id in (select c.id from cases c ${where}
          order by c.received_on desc, c.number desc limit $${n + 1} offset $${n + 2})
        order by c.received_on desc, c.number desc`,
      params: [...params, limit, offset],
    },
    {
      text: `select count(*)::int as n from cases c left join persons p on p.id = c.person_id ${where}`,
      params,
    },
  ];
}

export function listAnswer(ids: string[], total: number): CaseAnswer {
  return { key: `${total}:${ids.join()}`, answer: `${ids.length} of ${total}` };
}

export async function baselineList(
  raw: RawDriver,
  limit: number,
  offset: number,
  tenantId: string,
  teamOf?: string,
): Promise<CaseAnswer> {
  const [page, count] = listStatements(limit, offset, tenantId, teamOf) as [Statement, Statement];
  return raw.transaction(async (query) => {
    const ids = (await query<{ id: string }>(page.text, page.params)).map((r) => r.id);
    const [n] = await query<{ n: number }>(count.text, count.params);
    return listAnswer(ids, Number(n?.n ?? 0));
  });
}

/**
 * caseQueue: escalations no case was made from (bouncing first), then the direct requests waiting; the
 * tenant written out as the policies add it.
 */
export function queueStatements(tenantId: string): Statement[] {
  return [
    {
      text: `select r.*, a.name as from_agency_name, p.family_name, p.given_name from referrals r
        join agencies a on a.id = r.to_agency_id
        left join persons p on p.id = r.person_id
        where r.tenant_id = $1 and r.state = 'escalated' and r.case_opened_at is null
        order by r.hop desc, r.closed_at - r.chain_started_at desc
        limit 200`,
      params: [tenantId],
    },
    {
      text: `${LISTED} where c.tenant_id = $1 and c.stage = 'triage' and c.kind is null
        order by c.received_on asc, c.number asc`,
      params: [tenantId],
    },
  ];
}

/** The queue's answer: the escalations as a set (ties in the order may fall either way), the requests in order. */
export function queueAnswer(escalations: string[], requests: string[]): CaseAnswer {
  return {
    key: `${[...escalations].sort().join()}|${requests.join()}`,
    answer: `${escalations.length} escalations, ${requests.length} requests`,
  };
}

export function baselineQueue(raw: RawDriver, tenantId: string): Promise<CaseAnswer> {
  const [escalations, requests] = queueStatements(tenantId) as [Statement, Statement];
  return raw.transaction(async (query) => {
    const e = (await query<{ id: string }>(escalations.text, escalations.params)).map((r) => r.id);
    const r = (await query<{ id: string }>(requests.text, requests.params)).map((x) => x.id);
    return queueAnswer(e, r);
  });
}

/** EXPLAIN (ANALYZE, BUFFERS) of statements under the actor's row-level security, with each one's execution time. */
export async function explainUnderRls(raw: RawDriver, actor: UserActor, statements: Statement[]) {
  const out: { plan: string; ms: number }[] = [];
  await asActor(raw, actor, async (query: RawQuery) => {
    // Once first: the access functions' PL/pgSQL plans are made on their first call in a session.
    for (const s of statements) await query(s.text, s.params);
    for (const s of statements) {
      const rows = await query<{ 'QUERY PLAN': string }>(`explain (analyze, buffers) ${s.text}`, s.params);
      const plan = rows.map((r) => r['QUERY PLAN']).join('\n');
      const ms = Number(/Execution Time: ([\d.]+) ms/.exec(plan)?.[1] ?? Number.NaN);
      out.push({ plan, ms });
    }
  });
  return out;
}
