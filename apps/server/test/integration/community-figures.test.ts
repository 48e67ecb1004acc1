import type {
  AdvisorList,
  CommunityFigures,
  CouncilList,
  DispatchStatus,
  EventInput,
  EventList,
  OrganisationKind,
  ProgrammeEvent,
  ProgrammeTotals,
} from '@tsunagu/contracts/community';
import type { Indicator, IndicatorList, MetricValues } from '@tsunagu/contracts/plan';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Batch,
  dispatchThrough,
  type EventDetails,
  insertCouncils,
  insertEvents,
  insertOrganisations,
  linkOrganisations,
  matchOnBoard,
  organisationThrough,
  postOnBoard,
  rowId,
  type Span,
  schoolDistricts,
} from '../support/community-statistics';
import { created, ok } from '../support/participation';
import { rows } from '../support/sql';
import { createTestApp, type Session, type TestApp } from '../support/test-app';
import { dbKind } from '../support/test-db';

// FIGURES.md §6 地域づくり (R1–R4) and §7 在宅医療 (R4), and indicators No 9 and No 10 (FIGURES.md §2),
// computed from records: most in bulk (test/support/community-statistics.ts), some through the API,
// beside records that must not count: other kinds, follow-up surveys, dispatches not held,
// organisations at untagged programmes' events, and records of H30 and R5.

const YEARS = [2019, 2020, 2021, 2022];

// §6 per 年度 R1–R4 (a line published for some years only has no records in the others).
// biome-ignore format: the published table reads best as a table
const SECTION6: Record<string, number[]> = {
  'councils-established': [0, 57, 60, 62],   'councils-active': [0, 22, 34, 41],
  'kominkan-courses': [949, 809, 891, 1102], // the themes below added up
  'supporter-graduates': [0, 103, 77, 47],
  'meetings-city': [0, 0, 0, 3],             'meetings-school': [0, 0, 0, 535],
  'advisor-dispatches': [0, 0, 1, 4],        'leader-courses': [0, 0, 4, 8],
  workshops: [0, 5, 0, 0],                   'disaster-network': [0, 0, 2, 2],
};

// §6 公民館 主催講座 by theme (the code list's order), R1–R4.
// biome-ignore format: the published table reads best as a table
const KOMINKAN: [theme: string, labelJa: string, perYear: number[]][] = [
  ['community', '地域', [74, 74, 76, 107]],     ['inclusion', '共生', [143, 121, 103, 123]],
  ['disaster', '防災', [72, 61, 68, 87]],       ['youth', '若者', [0, 3, 16, 38]],
  ['environment', '環境', [113, 96, 114, 143]], ['health', '健康', [111, 100, 116, 132]],
  ['gender', '男女', [49, 47, 54, 58]],         ['childcare', '子育', [217, 141, 160, 191]],
  ['longevity', '長寿', [91, 92, 89, 99]],      ['ict', 'ICT', [79, 74, 95, 124]],
];

// §7, R4 (nothing is recorded before R4), and its 市民公開講座 by welfare district (code-list order).
// biome-ignore format: the published table reads best as a table
const SECTION7: Record<string, number> = {
  'visiting-care-participants': 481, 'visiting-care-sessions': 3, 'nurse-experience': 32,
  'discharge-acp-participants': 139, 'discharge-acp-sessions': 2,
  'medical-care-children-participants': 152, 'medical-care-children-sessions': 2,
  'network-organisations': 6, 'network-meetings': 41, 'outreach-sessions': 67, 'outreach-participants': 1759,
  'regular-sessions': 21, 'regular-participants': 226, 'collab-sessions': 5, 'collab-participants': 93,
  'public-participants': 316,
};
// biome-ignore format: the published table reads best as a table
const PUBLIC_LECTURES: [labelJa: string, participants: number][] = [
  ['北区中央', 0], ['北区北', 92], ['中区', 0], ['東区', 155], ['南区西', 69], ['南区南', 0],
];

// Indicators [no, R3末, R4末]: No 9 = 1,542 trained before R4 + R4's 47 graduates; No 10 = the
// organisations taking part for the first time from R3 on (33 in R3, 4 more in R4).
const INDICATORS: [no: number, r3: number, r4: number][] = [
  [9, 1542, 1589],
  [10, 33, 37],
];

// Events in bulk: [tag, programme:kind, n, when (a 年度, a day or [from, to]), sessions and counts shared out].
type Bulk = [string, string, number, Span, EventDetails?];
// biome-ignore format: the batches read best as a table
const BULK: Bulk[] = [
  // Graduates R2 103, R3 77 (the last course on March 31), R4 35 + 12 through the API; R5's later.
  ['S:R2', 'supporter-course:course', 5, 2020, { counts: { participants: 120, graduates: 103 } }],
  ['S:R3', 'supporter-course:course', 4, 2021, { counts: { participants: 90, graduates: 77 } }],
  ['S:R4', 'supporter-course:course', 2, ['2022-04-01', '2022-10-01'], { counts: { participants: 40, graduates: 35 } }],
  ['S:R5', 'supporter-course:course', 1, '2023-04-01', { counts: { participants: 33, graduates: 30 } }],
  // 地域づくり会議 R4: city 1 + 2, school districts 520 + 15 sessions (API: series of 2, 1, 4, 10).
  ['M:city', 'community-meetings:city', 1, '2022-04-01'],
  ['M:school', 'community-meetings:school', 400, 2022, { sessions: 520 }],
  ['M:R5', 'community-meetings:school', 1, '2023-04-01', { sessions: 3 }],
  ['L:R3', 'leader-course:course', 4, 2021], ['L:R4', 'leader-course:course', 7, 2022], // + 1 (API)
  ['W:R2', 'workshops:workshop', 5, 2020],
  ['V:R3', 'disaster-volunteer-network:meeting', 1, '2021-11-01', { sessions: 2 }],
  ['V:R4', 'disaster-volunteer-network:meeting', 2, 2022],
  // §7 R4: 訪問診療支援 2 + 1 (API) sessions; 医療的ケア児 and 南区西's 市民公開講座 through the API.
  ['H:visiting', 'home-care-training:visiting-care', 2, 2022, { counts: { participants: 320 } }],
  ['H:nurse', 'home-care-training:nurse-experience', 4, 2022, { counts: { participants: 32 } }],
  ['H:acp', 'home-care-training:discharge-acp', 2, 2022, { counts: { participants: 139 } }],
  ['N:R4', 'multidisciplinary:network-meeting', 18, 2022, { sessions: 41 }],
  ['N:R5', 'multidisciplinary:network-meeting', 1, '2023-04-01'],
  ['N:city', 'multidisciplinary:city-meeting', 4, 2022],
  ['A:outreach', 'acp-lectures:outreach', 60, 2022, { sessions: 67, counts: { participants: 1759 } }],
  ['A:R5', 'acp-lectures:outreach', 1, '2023-04-01', { counts: { participants: 40 } }],
  ['A:regular', 'acp-lectures:regular', 21, 2022, { counts: { participants: 226 } }],
  ['A:collab', 'acp-lectures:collab', 5, 2022, { counts: { participants: 93 } }],
  ['A:kita-kita', 'acp-lectures:public', 1, 2022, { counts: { participants: 92 }, welfareDistrict: 'kita-kita' }],
  ['A:higashi', 'acp-lectures:public', 2, 2022, { counts: { participants: 155 }, welfareDistrict: 'higashi' }],
  ['F:R3', 'forums:course', 12, 2021], ['F:R4', 'forums:exchange', 6, 2022], // tagged for No 10
  ['K:H30', 'kominkan-courses:course', 1, '2019-03-31', { theme: 'ict' }],
  ['K:R5', 'kominkan-courses:course', 1, '2023-04-01', { theme: 'ict' }],
];
// 公民館 courses in bulk: each theme and 年度, but for a 地域 course of R3 and of R4 through the API.
const KOMINKAN_BULK = KOMINKAN.flatMap(([theme, , perYear]) =>
  YEARS.map((fy, y): Bulk => {
    const n = perYear[y]! - (theme === 'community' && fy >= 2021 ? 1 : 0);
    return [`K:${theme}:${fy}`, 'kominkan-courses:course', n, fy, { theme }];
  }),
);

// Organisations in bulk [tag, kind, name, n], and who took part in which batch of events
// [events, organisations, first, count] (organisation first + k first takes part in event k).
// biome-ignore format: the batches read best as a table
const ORGANISATIONS: [string, OrganisationKind, string, number][] = [
  ['O:forum-R3', 'social_welfare_corporation', '社会福祉法人 地域会', 30], ['O:forum-R4', 'company', '株式会社 地域', 1],
  ['O:volunteer', 'npo', '災害支援NPO', 3], ['O:network', 'network', '在宅医療ネットワーク', 7],
  ['O:hospital', 'medical_corporation', '医療法人', 4],
];
// biome-ignore format: the batches read best as a table
const TAKING_PART: [string, string, number?, number?][] = [
  ['F:R3', 'O:forum-R3'], ['F:R4', 'O:forum-R3', 0, 10], ['F:R4', 'O:forum-R4'], // 30 in R3; 10 again, 1 new
  ['V:R3', 'O:volunteer'], ['F:R4', 'O:volunteer', 0, 1], // untagged in R3, at the forums first in R4
  ['N:R4', 'O:network', 0, 6], ['N:R5', 'O:network', 6, 1], ['N:city', 'O:hospital'], // untagged
];

type Staff = 'community' | 'civic' | 'medical' | 'kominkan';
// Events through the API by the division's programme staff: [who, programme:kind, title, held on, more].
// biome-ignore format: the records read best as a table
const THROUGH_API: [Staff, string, string, string, Partial<EventInput>?][] = [
  ['kominkan', 'kominkan-courses:course', '地域の歴史講座', '2022-03-31', { themeCode: 'community', schoolDistrictCode: 'kyokuto' }],
  ['kominkan', 'kominkan-courses:course', '地域の歴史講座', '2022-04-01', { themeCode: 'community', schoolDistrictCode: 'kyokuto' }],
  ['community', 'supporter-course:course', '養成講座（後期）', '2023-03-31', { counts: { participants: 15, graduates: 12 } }],
  // The survey of R3's last course (held on R3's last day): its counts are no graduates.
  ['community', 'supporter-course:activity-survey', '活動状況調査', '2022-06-15',
    { followsEventId: rowId('event', 'S:R3', 3), counts: { surveyed: 20, active: 12 } }],
  ['community', 'community-meetings:city', '全市 地域づくり会議', '2022-11-20', { sessions: 2 }],
  ['community', 'community-meetings:school', '学区の会議', '2022-09-01', { sessions: 1, schoolDistrictCode: 'saidaiji' }],
  ['community', 'community-meetings:school', '学区の会議', '2022-09-02', { sessions: 4, schoolDistrictCode: 'seno' }],
  ['community', 'community-meetings:school', '学区の会議', '2022-09-03', { sessions: 10, schoolDistrictCode: 'ichinomiya' }],
  ['civic', 'leader-course:course', 'リーダー養成講座', '2022-09-10', { counts: { participants: 24 } }],
  ['medical', 'home-care-training:visiting-care', '訪問診療支援研修', '2023-02-18',
    { professions: ['doctor', 'visiting-nurse'], counts: { participants: 161 } }],
  ['medical', 'home-care-training:medical-care-children', '医療的ケア児 研修', '2022-08-06',
    { sessions: 2, counts: { participants: 152 } }],
  // Its welfare district, 南区西, comes from the school district.
  ['medical', 'acp-lectures:public', '市民公開講座', '2022-10-22', { schoolDistrictCode: 'seno', counts: { participants: 69 } }],
];

// 支え合い推進会議 of R4 edited through the API after R3's are carried forward [district (code-list
// index), active]: two districts set up a council (one active at once), six set up earlier become active.
// biome-ignore format: the records read best as a table
const COUNCIL_EDITS: [number, boolean][] = [
  [60, true], [61, false], [34, true], [35, true], [36, true], [37, true], [38, true], [39, true],
];

// Advisor dispatches through the API [how far, received, session, follow-ups]: held R3 1, R4 4, R5 1.
// biome-ignore format: the records read best as a table
const DISPATCHES: [DispatchStatus, string, string?, string[]?][] = [
  ['closed', '2022-02-10', '2022-03-31', ['2022-04-20', '2022-05-20']], ['closed', '2022-03-20', '2022-04-01'],
  ['held', '2022-06-01', '2022-07-09', ['2022-08-01']], ['held', '2022-10-03', '2022-11-12'],
  ['closed', '2023-01-10', '2023-03-31'], ['held', '2023-03-15', '2023-04-10'],
  ['received', '2023-02-01'], ['scheduled', '2022-11-01', '2022-12-01'], ['withdrawn', '2022-08-01', '2022-09-01'],
  ['ineligible', '2022-05-01'],
];

let t: TestApp;
let planner: Session;
let viewer: Session; // any signed-in user reads the figures
let carriedForward: number;

async function buildRecords() {
  const tenantId = t.publicTenantId;
  const as = {} as Record<Staff, Session>;
  for (const who of ['community', 'civic', 'medical', 'kominkan'] as const)
    as[who] = await t.loginAs(`${who}@demo.example`);
  const event = (who: Staff, what: string, title: string, heldOn: string, more: Partial<EventInput> = {}) => {
    const [programmeCode, kindCode] = what.split(':');
    const body = { programmeCode, kindCode, title, heldOn, ...more };
    return created<ProgrammeEvent>(t, as[who], '/api/community/events', body);
  };
  const batches = new Map<string, Batch>();
  for (const [tag, what, n, when, details] of [...KOMINKAN_BULK, ...BULK]) {
    const [programme, kind] = what.split(':') as [string, string];
    if (n > 0)
      batches.set(tag, await insertEvents(t, tenantId, { tag, programme, kind, n, when, ...details }));
  }
  for (const [tag, kind, name, n] of ORGANISATIONS)
    batches.set(tag, await insertOrganisations(t, tenantId, { tag, kind, name, n }));
  for (const [events, orgs, first, count] of TAKING_PART)
    await linkOrganisations(t, tenantId, batches.get(events)!, batches.get(orgs)!, { first, count });
  for (const record of THROUGH_API) await event(...record);

  // 支え合い推進会議: R2 and R3 in bulk; R4 carried forward from R3 through the API, then edited.
  await insertCouncils(t, tenantId, { fiscalYear: 2020, established: 57, active: 22 });
  await insertCouncils(t, tenantId, { fiscalYear: 2021, established: 60, active: 34 });
  const councils = (method: 'GET' | 'POST' | 'PUT', path: string, body?: object) =>
    ok<CouncilList & { copied: number }>(t, as.community, method, `/api/community/councils${path}`, body);
  carriedForward = (await councils('POST', '/carry-forward', { fiscalYear: 2022 })).copied;
  const districts = await schoolDistricts(t, tenantId);
  const r4 = await councils('GET', '?fiscalYear=2022');
  for (const [i, active] of COUNCIL_EDITS) {
    const c = r4.items.find((x) => x.schoolDistrictCode === districts[i])!;
    const establishedOn = c.establishedOn ?? '2022-06-01';
    const body = { established: true, establishedOn, active, activities: [], version: c.version };
    await councils('PUT', `/${c.schoolDistrictCode}/2022`, body);
  }

  const advisorId = (await ok<AdvisorList>(t, as.civic, 'GET', '/api/community/advisors')).items[0]!.id;
  for (const [i, [until, receivedOn, sessionOn, followUps]] of DISPATCHES.entries()) {
    const groupName = `まちづくり協議会${i + 1}`;
    await dispatchThrough(t, as.civic, { groupName, advisorId, until, receivedOn, sessionOn, followUps });
  }

  // On the board: three organisations first take part in R3 (the last on its last day), one in R4 on
  // its first day; one of R3's forum organisations again in R4; one in R5; an offer never matched.
  const board = as.community;
  const boardR3 = [];
  for (const [i, day] of ['2021-06-01', '2021-12-01', '2022-03-31'].entries()) {
    boardR3.push(await organisationThrough(t, board, `協力企業${i + 1}`));
    await matchOnBoard(t, board, boardR3[i]!.id, day);
  }
  const boardR4 = await organisationThrough(t, board, '社会福祉法人 みなみ会', 'social_welfare_corporation');
  await matchOnBoard(t, board, boardR4.id, '2022-04-01');
  await matchOnBoard(t, board, rowId('organisation', 'O:forum-R3', 20), '2022-07-01');
  await matchOnBoard(t, board, (await organisationThrough(t, board, '株式会社 翌年度')).id, '2023-04-01');
  await postOnBoard(t, board, '2022-05-01', (await organisationThrough(t, board, '株式会社 申出中')).id);
  // A forum through the API: a company new in R4 beside organisations already counted.
  const newcomer = await organisationThrough(t, as.civic, '株式会社 はじめて');
  const again = [boardR4.id, boardR3[0]!.id, rowId('organisation', 'O:forum-R3', 5)];
  await event('civic', 'forums:forum', '企業×地域貢献 講座', '2022-12-03', {
    organisationIds: [newcomer.id, ...again],
  });
}

const figures = (query = 'from=2019&to=2022') =>
  ok<CommunityFigures>(t, viewer, 'GET', `/api/community/figures?${query}`);
const section = (f: CommunityFigures, code: string) => f.sections.find((s) => s.code === code)!;
const line = (f: CommunityFigures, code: string) =>
  f.sections.flatMap((s) => s.rows).find((r) => r.code === code)!;
const get = <T>(url: string) => ok<T>(t, viewer, 'GET', url);

beforeAll(async () => {
  t = await createTestApp();
  planner = await t.login('planner');
  viewer = await t.login('agency_staff');
  await buildRecords();
});
afterAll(() => t.close());

describe(`地域づくり R1–R4 (FIGURES.md §6) from the records (${dbKind()})`, () => {
  it('gives every published line, as configured, per 年度', async () => {
    const f = await figures();
    expect(f.years).toEqual(YEARS);
    expect(section(f, '6').titleJa).toBe('地域づくり');
    expect(section(f, '6').rows.map((r) => [r.code, r.values])).toEqual(Object.entries(SECTION6));
  });

  it('breaks the 公民館 courses down by theme, as the programme totals do', async () => {
    const row = line(await figures(), 'kominkan-courses');
    expect(row.breakdown.map((b) => [b.labelJa, b.values])).toEqual(
      KOMINKAN.map(([, label, v]) => [label, v]),
    );
    expect(row.values).toEqual(YEARS.map((_, y) => KOMINKAN.reduce((sum, [, , v]) => sum + v[y]!, 0)));
    const totals = await get<ProgrammeTotals>(
      '/api/community/programmes/kominkan-courses/totals?from=2019&to=2022',
    );
    const byTheme = new Map(totals.byTheme.map((b) => [`${b.fiscalYear}:${b.themeCode}`, b.events]));
    const got = KOMINKAN.map(([theme]) => YEARS.map((fy) => byTheme.get(`${fy}:${theme}`) ?? 0));
    expect(got).toEqual(KOMINKAN.map(([, , perYear]) => perYear));
  });

  it('puts courses on every 年度 boundary, and before and after the range', async () => {
    const days = await rows<{ day: string }>(
      t.db,
      sql`select distinct held_on::text as day from programme_events where programme_code = 'kominkan-courses'
          and to_char(held_on, 'MM-DD') in ('03-31', '04-01') order by 1`,
    );
    const edges = YEARS.flatMap((fy) => [`${fy}-04-01`, `${fy + 1}-03-31`]);
    expect(days.map((d) => String(d.day).slice(0, 10))).toEqual(['2019-03-31', ...edges, '2023-04-01']);
  });

  it('files an event of March 31 under the 年度 ending that day, and one of April 1 under the next', async () => {
    const list = (fy: number, q = '') =>
      get<EventList>(
        `/api/community/programmes/kominkan-courses/events?fiscalYear=${fy}&theme=community${q}`,
      );
    const made = `&q=${encodeURIComponent('地域の歴史講座')}`;
    expect((await list(2021, made)).items.map((e) => [e.heldOn, e.fiscalYear])).toEqual([
      ['2022-03-31', 2021],
    ]);
    expect((await list(2022, made)).items.map((e) => [e.heldOn, e.fiscalYear])).toEqual([
      ['2022-04-01', 2022],
    ]);
    expect([(await list(2021)).total, (await list(2022)).total]).toEqual([76, 107]);
  });

  it('keeps beside them records that must not count', async () => {
    const [n] = await rows<Record<string, number>>(
      t.db,
      sql`select
        (select count(*) from dispatch_requests where session_on between '2022-04-01' and '2023-03-31'
          and status not in ('held', 'closed'))::int as "dispatchesNotHeld",
        (select count(*) from programme_events where kind_code = 'activity-survey')::int as surveys,
        (select count(distinct eo.organisation_id) from event_organisations eo
          join programme_events e on e.id = eo.event_id where e.programme_code <> 'forums')::int as untagged`,
    );
    expect(n).toEqual({ dispatchesNotHeld: 2, surveys: 1, untagged: 14 });
  });

  it('starts R4 from R3 through the API, the councils edited on top', async () => {
    expect(carriedForward).toBe(96);
    const list = await get<CouncilList>('/api/community/councils?fiscalYear=2022');
    expect(list.totals).toEqual({ districts: 96, established: 62, active: 41 });
    expect(list.years.map((y) => [y.fiscalYear, y.established, y.active])).toEqual([
      [2020, 57, 22],
      [2021, 60, 34],
      [2022, 62, 41],
    ]);
  });

  it('counts the dispatches held or closed by the day of the session, and no other', async () => {
    const list = await ok<{ items: { status: string }[] }>(t, planner, 'GET', '/api/community/dispatches');
    expect(list.items.map((d) => d.status).sort()).toEqual(DISPATCHES.map(([status]) => status).sort());
    expect(line(await figures('from=2021&to=2023'), 'advisor-dispatches').values).toEqual([1, 4, 1]);
  });

  it('answers 401 without a session and 400 for a reversed range', async () => {
    expect((await t.call(null, 'GET', '/api/community/figures?from=2019&to=2022')).statusCode).toBe(401);
    expect((await t.call(viewer, 'GET', '/api/community/figures?from=2022&to=2019')).statusCode).toBe(400);
  });
});

describe(`在宅医療 R4 (FIGURES.md §7) from the records (${dbKind()})`, () => {
  it('gives every published line for R4 and nothing before', async () => {
    const f = await figures();
    expect(section(f, '7').titleJa).toBe('在宅医療');
    const expected = Object.entries(SECTION7).map(([code, r4]) => [code, [0, 0, 0, r4]]);
    expect(section(f, '7').rows.map((r) => [r.code, r.values])).toEqual(expected);
    const r4 = await figures('from=2022&to=2022');
    expect(section(r4, '7').rows.map((r) => [r.code, r.values])).toEqual(
      expected.map(([c, v]) => [c, [v![3]]]),
    );
  });

  it('breaks the 市民公開講座 down by welfare district', async () => {
    const row = line(await figures(), 'public-participants');
    expect(row.breakdown.map((b) => [b.labelJa, b.values])).toEqual(
      PUBLIC_LECTURES.map(([label, n]) => [label, [0, 0, 0, n]]),
    );
  });
});

describe(`indicators No 9 and No 10 (FIGURES.md §2) computed from the same records (${dbKind()})`, () => {
  const indicators = async () => (await ok<IndicatorList>(t, planner, 'GET', '/api/plan/indicators')).items;
  const indicator = (items: Indicator[], no: number) => items.find((i) => i.no === no && i.seq === 1)!;
  const valueAt = (i: Indicator, fy: number) => i.values.find((v) => v.fiscalYear === fy);
  const expectValues = (items: Indicator[], recorded: boolean) => {
    for (const [no, ...published] of INDICATORS)
      for (const [k, fy] of [2021, 2022].entries())
        expect(valueAt(indicator(items, no), fy), `No ${no} ${fy}`).toMatchObject({
          value: published[k],
          origin: recorded ? 'recorded' : 'computed',
          recorded: recorded ? published[k] : null,
          computed: published[k],
        });
  };

  it('takes their metrics from the community module', async () => {
    const items = await indicators();
    expect(INDICATORS.map(([no]) => indicator(items, no).metric?.key)).toEqual([
      'supporters.graduates',
      'community.organisations_joined',
    ]);
  });

  it('computes the published figures beside the recorded ones (R4末 from the recorded R3末)', async () => {
    expectValues(await indicators(), true);
  });

  it('computes them from the records alone once the published figures are cleared', async () => {
    const before = await indicators();
    for (const [no] of INDICATORS)
      for (const fy of [2021, 2022]) {
        const id = indicator(before, no).id;
        const res = await t.call(planner, 'PUT', `/api/plan/indicators/${id}/values/${fy}`, { value: null });
        expect(res.statusCode, res.body).toBe(200);
      }
    expectValues(await indicators(), false);
  });

  it('gives the community metrics per 年度 (R2–R4)', async () => {
    const values = async (key: string) =>
      (
        await ok<MetricValues>(t, planner, 'GET', `/api/plan/metrics/${key}/values?from=2020&to=2022`)
      ).values.map((v) => v.value);
    expect(await values('supporters.graduates')).toEqual([103, 77, 47]);
    // Each organisation once, in the 年度 it first took part (forums or the board): 33, then 4 more.
    expect(await values('community.organisations_joined')).toEqual([0, 33, 4]);
    expect(await values('community.councils_established')).toEqual([57, 60, 62]);
    expect(await values('community.councils_active')).toEqual([22, 34, 41]);
    expect(await values('community.advisor_dispatches')).toEqual([0, 1, 4]);
  });

  it('counts, within a range of its own, those taking part again as first taking part in it', async () => {
    // An indicator cumulative from R4 would count every organisation of R4 once, the returning ones too.
    const [r4] = await rows<{ n: number }>(
      t.db,
      sql`select count(*)::int as n from (
            select eo.organisation_id from event_organisations eo join programme_events e on e.id = eo.event_id
              where e.programme_code = 'forums' and e.held_on between '2022-04-01' and '2023-03-31'
            union
            select o.organisation_id from board_matches m join board_posts o on o.id = m.offer_post_id
              where m.agreed_on between '2022-04-01' and '2023-03-31') x`,
    );
    const only = await ok<MetricValues>(
      t,
      planner,
      'GET',
      '/api/plan/metrics/community.organisations_joined/values?from=2022&to=2022',
    );
    expect(r4!.n).toBeGreaterThan(4);
    expect(only.values.map((v) => v.value)).toEqual([r4!.n]);
  });
});
