import { createHash } from 'node:crypto';
import type {
  BoardMatch,
  BoardPost,
  DispatchRequest,
  DispatchStatus,
  Organisation,
} from '@tsunagu/contracts/community';
import { type SQL, sql } from 'drizzle-orm';
import { created, ok } from './participation';
import { rows } from './sql';
import type { Session, TestApp } from './test-app';

/**
 * Records of community building (FIGURES.md §6–§7), in bulk as the database owner: events of the
 * configured programmes with their sessions and counts, the organisations that took part, and the
 * 支え合い推進会議 of every school district; and, through the API, the records whose course matters
 * (advisor dispatches, matches on the board).
 *
 * Every row of a batch has an id derived from the batch's tag and its index (a valid v4 uuid, so the
 * API takes it too). Dates are spread evenly from `from` to `to`, both days included (a batch of one
 * falls on `from`), so a batch over a whole 年度 has a row on April 1 and on March 31.
 */

/** A batch of rows made by one call: later steps refer to its i-th row by tag and index. */
export type Batch = { tag: string; n: number };

/** The id of the i-th row of a kind in a batch: an md5 with the version and variant of a v4 uuid. */
const uid = (kind: string, tag: string, i: SQL = sql`i`) =>
  sql`overlay(overlay(md5(${`${kind}:${tag}:`}::text || (${i})::text) placing '4' from 13 for 1)
        placing '8' from 17 for 1)::uuid`;

const spread = (from: string, to: string, n: number) =>
  sql`(${from}::date + (i * (${to}::date - ${from}::date)) / ${Math.max(n - 1, 1)}::int)`;

const series = (n: number) => sql`generate_series(0, ${n - 1}::int) as i`;

/** The i-th of n shares of a total, as SQL: the shares differ by at most one and add up to the total. */
const share = (total: number, n: number) =>
  sql`((${total}::int * (i + 1)) / ${n}::int - (${total}::int * i) / ${n}::int)`;

/** When a batch's rows fall: a whole 年度 (April 1 to March 31), one day, or [from, to]. */
export type Span = number | string | [from: string, to: string];

/** The first and last day of a span. */
function spanOf(when: Span): { from: string; to: string } {
  if (typeof when === 'number') return { from: `${when}-04-01`, to: `${when + 1}-03-31` };
  if (typeof when === 'string') return { from: when, to: when };
  return { from: when[0], to: when[1] };
}

/** The id of the i-th row of a batch, as uid() makes it in SQL (for the API: an event to follow up …). */
export function rowId(kind: 'event' | 'organisation', batch: Batch | string, i: number): string {
  const tag = typeof batch === 'string' ? batch : batch.tag;
  const hex = createHash('md5').update(`${kind}:${tag}:${i}`).digest('hex').split('');
  hex[12] = '4';
  hex[16] = '8';
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** What a batch of events carries besides its programme, kind and days. */
export type EventDetails = {
  /** The sessions of the batch (default one per event), shared out. */
  sessions?: number;
  /** Each count field's total over the batch, shared out. */
  counts?: Record<string, number>;
  theme?: string;
  welfareDistrict?: string;
};

/**
 * n events of one kind of a programme, held_on spread over `when`: the sessions and each count
 * field's total shared out over the events, every event at least one session.
 */
export async function insertEvents(
  t: TestApp,
  tenantId: string,
  e: Batch & EventDetails & { programme: string; kind: string; when: Span },
): Promise<Batch> {
  const { from, to } = spanOf(e.when);
  const sessions = e.sessions ?? e.n;
  if (sessions < e.n) throw new Error(`${e.tag}: fewer sessions than events`);
  const counts = Object.entries(e.counts ?? {}).map(
    ([field, total]) => sql`${field}::text, ${share(total, e.n)}`,
  );
  await rows(
    t.db,
    sql`insert into programme_events (id, tenant_id, programme_code, division_code, kind_code, title, held_on,
          venue, welfare_district_code, theme_code, sessions, counts)
        select ${uid('event', e.tag)}, ${tenantId}::uuid, p.code, p.division_code, ${e.kind}::text,
          ${e.tag}::text || '（第' || (i + 1) || '回）', ${spread(from, to, e.n)}, '市民会館',
          ${e.welfareDistrict ?? null}::text, ${e.theme ?? null}::text, ${share(sessions, e.n)},
          jsonb_build_object(${sql.join(counts, sql`, `)})
        from ${series(e.n)} cross join community_programmes p
        where p.tenant_id = ${tenantId}::uuid and p.code = ${e.programme}::text`,
  );
  return { tag: e.tag, n: e.n };
}

/** n organisations (法人・企業・団体) of one kind, registered as taking part in community building. */
export async function insertOrganisations(
  t: TestApp,
  tenantId: string,
  o: Batch & { kind: string; name: string },
): Promise<Batch> {
  await rows(
    t.db,
    sql`insert into community_organisations (id, tenant_id, name, kind)
        select ${uid('organisation', o.tag)}, ${tenantId}::uuid, ${o.name}::text || (i + 1), ${o.kind}::text
        from ${series(o.n)}`,
  );
  return { tag: o.tag, n: o.n };
}

/**
 * Organisations `first`..`first + count - 1` of a batch take part in the events of a batch: the j-th
 * pair (j < the larger of the two numbers) puts organisation first + j % count on event j % events.n.
 * Every event gets one at least and every organisation joins one at least: organisation first + k
 * first takes part in event k % events.n (events are in date order).
 */
export async function linkOrganisations(
  t: TestApp,
  tenantId: string,
  events: Batch,
  orgs: Batch,
  range: { first?: number; count?: number } = {},
) {
  const first = range.first ?? 0;
  const count = range.count ?? orgs.n - first;
  if (first + count > orgs.n) throw new Error(`${orgs.tag} has fewer organisations`);
  await rows(
    t.db,
    sql`insert into event_organisations (tenant_id, event_id, organisation_id, division_code)
        select ${tenantId}::uuid, e.id, ${uid('organisation', orgs.tag, sql`${first}::int + i % ${count}::int`)},
          e.division_code
        from ${series(Math.max(events.n, count))}
          join programme_events e on e.id = ${uid('event', events.tag, sql`i % ${events.n}::int`)}`,
  );
}

/**
 * The 支え合い推進会議 of every school district in a 年度, in the order of the tenant's code list: the
 * first `established` set up, the first `active` of them active, the others recorded as not set up.
 */
export async function insertCouncils(
  t: TestApp,
  tenantId: string,
  c: { fiscalYear: number; established: number; active: number },
) {
  if (c.active > c.established) throw new Error('more councils active than set up');
  await rows(
    t.db,
    sql`insert into support_councils (tenant_id, division_code, school_district_code, fiscal_year, established,
          established_on, active, activities, promoter_name, meetings)
        select ${tenantId}::uuid, s.division_code, d.code, ${c.fiscalYear}::int, d.n <= ${c.established}::int,
          case when d.n <= ${c.established}::int then '2019-06-01'::date end, d.n <= ${c.active}::int,
          case when d.n <= ${c.active}::int then array['watching', 'place'] else '{}'::text[] end,
          case when d.n <= ${c.established}::int then '推進員' || d.n else '' end,
          case when d.n <= ${c.active}::int then 4 end
        from (select code, row_number() over (order by sort_order, code)::int as n from code_list_items
              where tenant_id = ${tenantId}::uuid and list = 'school_district') d
          cross join community_settings s
        where s.tenant_id = ${tenantId}::uuid and s.section = 'councils'`,
  );
}

/** The school districts of the tenant in code-list order (the order insertCouncils goes by). */
export async function schoolDistricts(t: TestApp, tenantId: string): Promise<string[]> {
  const found = await rows<{ code: string }>(
    t.db,
    sql`select code from code_list_items where tenant_id = ${tenantId}::uuid and list = 'school_district'
        order by sort_order, code`,
  );
  return found.map((r) => r.code);
}

/**
 * An advisor dispatch taken through the API as far as `until`: received on `receivedOn` from a
 * registered group active for two years, scheduled and held on `sessionOn` with the advisor, followed
 * up on the `followUps` days (the last one allowed closes it), or closed or withdrawn by hand.
 */
export async function dispatchThrough(
  t: TestApp,
  civic: Session,
  d: {
    groupName: string;
    receivedOn: string;
    sessionOn?: string | undefined;
    advisorId: string;
    until: DispatchStatus;
    followUps?: string[] | undefined;
  },
): Promise<DispatchRequest> {
  const since = `${Number(d.receivedOn.slice(0, 4)) - 2}${d.receivedOn.slice(4)}`;
  let r = await created<DispatchRequest>(t, civic, '/api/community/dispatches', {
    groupName: d.groupName,
    groupRegistration: d.until === 'ineligible' ? 'none' : 'esd_project',
    groupActiveSince: since,
    fieldCode: 'welfare',
    request: '見守り活動の担い手を増やすための講座を開きたい。',
    receivedOn: d.receivedOn,
  });
  const step = async (path: string, body: object, status = 200) => {
    r = await ok<DispatchRequest>(
      t,
      civic,
      'POST',
      `/api/community/dispatches/${r.id}/${path}`,
      body,
      status,
    );
  };
  if (['scheduled', 'held', 'closed'].includes(d.until) || (d.until === 'withdrawn' && d.sessionOn))
    await step('schedule', { advisorId: d.advisorId, sessionOn: d.sessionOn, version: r.version });
  if (d.until === 'withdrawn') await step('withdraw', { version: r.version });
  if (d.until !== 'held' && d.until !== 'closed') return r;
  await step('session', {
    sessionOn: d.sessionOn,
    sessionHours: 2,
    sessionFormat: 'workshop',
    sessionParticipants: 18,
    version: r.version,
  });
  for (const heldOn of d.followUps ?? []) await step('follow-ups', { heldOn, way: 'question' }, 201);
  if (d.until === 'closed' && r.status === 'held') await step('close', { version: r.version });
  return r;
}

/** An organisation registered through the API. */
export const organisationThrough = (t: TestApp, s: Session, name: string, kind = 'company') =>
  created<Organisation>(t, s, '/api/community/organisations', { name, kind });

/** A post on the matching board through the API: a community's need, or an organisation's offer. */
export const postOnBoard = (t: TestApp, board: Session, postedOn: string, organisationId: string | null) =>
  created<BoardPost>(t, board, '/api/community/board/posts', {
    fieldCode: 'watching',
    postedOn,
    ...(organisationId
      ? { kind: 'offer', title: '配達時の声かけ', organisationId }
      : { kind: 'need', title: '高齢者の見守り', postedBy: '支え合い推進会議' }),
  });

/** A community's need met by the organisation's offer on the board, agreed on the day (through the API). */
export async function matchOnBoard(t: TestApp, board: Session, organisationId: string, agreedOn: string) {
  const need = await postOnBoard(t, board, agreedOn, null);
  const offer = await postOnBoard(t, board, agreedOn, organisationId);
  return created<BoardMatch>(t, board, '/api/community/board/matches', {
    needPostId: need.id,
    offerPostId: offer.id,
    agreedOn,
  });
}
