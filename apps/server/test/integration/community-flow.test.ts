import type {
  CouncilList,
  EventInput,
  EventList,
  ProgrammeEvent,
  ProgrammeTotals,
} from '@tsunagu/contracts/community';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { communitySessions, eventFields, recordEvent } from '../support/community';
import { ok } from '../support/participation';
import { createTestApp, type Session, type TestApp } from '../support/test-app';
import { dbKind } from '../support/test-db';

// Community building (SPEC M6): a programme's events recorded, filtered, totalled and exported, and a
// survey following its course; the 支え合い推進会議 of the 96 school districts per 年度. The advisor
// dispatch is in community-dispatch.test.ts; the organisations, board and physicians in
// community-registries.test.ts.

let t: TestApp;
let kominkan: Session; // 公民館振興室: 公民館 主催講座
let community: Session; // 地域包括ケア推進課: サポーター養成, councils

beforeAll(async () => {
  t = await createTestApp();
  const as = communitySessions(t);
  kominkan = await as('kominkan');
  community = await as('community');
});
afterAll(() => t.close());

const KOMINKAN = '/api/community/programmes/kominkan-courses';
const listEvents = (query: string) =>
  ok<EventList>(t, kominkan, 'GET', `${KOMINKAN}/events?limit=500&${query}`);
/** Title, date, sessions, participants and place of the 公民館 courses the list tests record (theme 地域 unless given). */
const COURSES: [string, string, number, number, Partial<EventInput>][] = [
  ['地域の歴史講座', '2019-05-10', 3, 20, { schoolDistrictCode: 'uchisange' }],
  ['防災講座', '2019-11-02', 1, 15, { themeCode: 'disaster', schoolDistrictCode: 'kyokuto' }],
  ['まちあるき講座', '2020-06-15', 2, 30, { welfareDistrictCode: 'kita-chuo' }],
  ['健康体操', '2020-07-20', 4, 12, { themeCode: 'health', venue: '西大寺公民館' }],
];

describe(`公民館 courses: record, filter, total, edit, export (${dbKind()})`, () => {
  const QUERIES = {
    year: 'fiscalYear=2019',
    kind: 'kind=course',
    theme: 'theme=community',
    school: 'district=uchisange',
    welfare: 'district=kita-chuo',
    title: `q=${encodeURIComponent('防災')}`,
    venue: `q=${encodeURIComponent('西大寺')}`,
  };
  const before = new Map<string, EventList['totals']>();
  const mine = new Map<string, ProgrammeEvent>();
  let a: ProgrammeEvent;

  beforeAll(async () => {
    for (const [k, q] of Object.entries(QUERIES)) before.set(k, (await listEvents(q)).totals);
    for (const [title, heldOn, sessions, n, where] of COURSES) {
      const recorded = await recordEvent(t, kominkan, {
        title,
        heldOn,
        sessions,
        counts: { participants: n },
        ...where,
      });
      mine.set(recorded.id, recorded);
    }
    a = [...mine.values()][0]!;
  });

  it('records a course with its 年度 and the welfare district of its school district', () => {
    expect(a).toMatchObject({
      programmeCode: 'kominkan-courses',
      fiscalYear: 2019,
      schoolDistrictCode: 'uchisange',
      welfareDistrictCode: 'kita-chuo',
      themeCode: 'community',
      sessions: 3,
      counts: { participants: 20 },
      organisations: [],
      follows: null,
    });
  });

  it('filters by 年度, kind, theme, school or welfare district and text, totalling the filtered list', async () => {
    const expected = {
      year: [['防災講座', '地域の歴史講座'], 2, 4, 35],
      kind: [['健康体操', 'まちあるき講座', '防災講座', '地域の歴史講座'], 4, 10, 77],
      theme: [['まちあるき講座', '地域の歴史講座'], 2, 5, 50],
      school: [['地域の歴史講座'], 1, 3, 20],
      welfare: [['まちあるき講座', '地域の歴史講座'], 2, 5, 50],
      title: [['防災講座'], 1, 1, 15],
      venue: [['健康体操'], 1, 4, 12],
    };
    for (const [k, q] of Object.entries(QUERIES)) {
      const list = await listEvents(q);
      const was = before.get(k)!;
      expect(
        [
          list.items.filter((i) => mine.has(i.id)).map((i) => i.title),
          list.totals.events - was.events,
          list.totals.sessions - was.sessions,
          (list.totals.counts.participants ?? 0) - (was.counts.participants ?? 0),
        ],
        q,
      ).toEqual(expected[k as keyof typeof expected]);
      expect(list.total, q).toBe(list.totals.events);
    }
  });

  it('totals by 年度 per kind and per theme', async () => {
    const totals = await ok<ProgrammeTotals>(t, kominkan, 'GET', `${KOMINKAN}/totals?from=2019&to=2020`);
    expect(totals.years).toEqual([2019, 2020]);
    const byYear = (x: { fiscalYear: number }, y: { fiscalYear: number }) => x.fiscalYear - y.fiscalYear;
    expect(totals.byKind.sort(byYear)).toEqual([
      { fiscalYear: 2019, kindCode: 'course', events: 2, sessions: 4, counts: { participants: 35 } },
      { fiscalYear: 2020, kindCode: 'course', events: 2, sessions: 6, counts: { participants: 42 } },
    ]);
    expect(totals.byTheme.map((r) => `${r.fiscalYear} ${r.themeCode} ${r.events}`).sort()).toEqual([
      '2019 community 1',
      '2019 disaster 1',
      '2020 community 1',
      '2020 health 1',
    ]);
  });

  it('edits at the version read; a stale version answers 409', async () => {
    const url = `/api/community/events/${a.id}`;
    const edited = await ok<ProgrammeEvent>(t, kominkan, 'PUT', url, {
      ...eventFields(a),
      title: '地域の歴史講座（全3回）',
      counts: { participants: 22 },
      version: a.version,
    });
    expect([edited.version, edited.title, edited.counts]).toEqual([
      a.version + 1,
      '地域の歴史講座（全3回）',
      { participants: 22 },
    ]);
    expect((await ok<ProgrammeEvent>(t, kominkan, 'GET', url)).title).toBe('地域の歴史講座（全3回）');
    const stale = await t.call(kominkan, 'PUT', url, { ...eventFields(a), version: a.version });
    expect([stale.statusCode, stale.json().error.code]).toEqual([409, 'version_conflict']);
  });

  it('exports the filtered list as a workbook: count fields as columns, then the totals row', async () => {
    const res = await t.call(kominkan, 'GET', `${KOMINKAN}/events.xlsx?fiscalYear=2019`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toContain('programme-events-kominkan-courses-2019.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    const values = (n: number) => (ws.getRow(n).values as unknown[]).slice(1);
    const header = values(2);
    expect(header).toEqual(expect.arrayContaining(['開催日', '名称', '地区', 'テーマ', '回数', '参加者数']));
    const col = (name: string) => header.indexOf(name);
    const rows = [3, 4, 5].map(values);
    expect(rows.map((r) => [r[col('名称')], r[col('地区')], r[col('テーマ')], r[col('回数')]])).toEqual([
      ['防災講座', '旭東学区', '防災', 1],
      ['地域の歴史講座（全3回）', '内山下学区', '地域', 3],
      ['', '', '', 4],
    ]);
    expect([rows[2]![0], rows[2]![1], rows[2]![col('参加者数')]]).toEqual(['合計', '2件', 37]);
    expect(rows[1]![col('参加者数')]).toBe(22);
  });
});

describe(`an activity survey following its supporter course (${dbKind()})`, () => {
  let course: ProgrammeEvent;
  const survey = (followsEventId: string, heldOn = '2019-12-01') =>
    t.call(community, 'POST', '/api/community/events', {
      programmeCode: 'supporter-course',
      kindCode: 'activity-survey',
      title: '修了者の活動状況調査',
      heldOn,
      counts: { surveyed: 20, active: 12, approached: 5 },
      followsEventId,
    });

  it('records a survey that follows the course it surveys', async () => {
    course = await recordEvent(t, community, {
      programmeCode: 'supporter-course',
      title: 'サポーター養成講座（北区）',
      heldOn: '2019-06-01',
      themeCode: null,
      sessions: 5,
      counts: { participants: 25, graduates: 20 },
    });
    const res = await survey(course.id);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().follows).toEqual({ id: course.id, title: course.title, heldOn: '2019-06-01' });
    expect(res.json().counts).toEqual({ surveyed: 20, active: 12, approached: 5 });
  });
});

describe(`支え合い推進会議 of a 年度 (${dbKind()})`, () => {
  const url = (district: string, fy: number) => `/api/community/councils/${district}/${fy}`;
  const councils = (query: string) =>
    ok<CouncilList>(t, community, 'GET', `/api/community/councils?${query}`);
  const put = (district: string, fy: number, body: object) =>
    t.call(community, 'PUT', url(district, fy), { activities: [], ...body });
  const first = { established: true, establishedOn: '2016-04-01', active: true, version: null };

  it('lists all 96 school districts, none recorded yet, with the overview by welfare district', async () => {
    const list = await councils('fiscalYear=2019');
    expect([list.fiscalYear, list.items.length, list.abilities.edit]).toEqual([2019, 96, true]);
    expect(list.items.every((c) => c.id === null && !c.established)).toBe(true);
    expect(list.overview.map((o) => [o.welfareDistrictCode, o.districts, o.established])).toEqual([
      ['kita-chuo', 22, 0],
      ['kita-kita', 14, 0],
      ['naka', 16, 0],
      ['higashi', 14, 0],
      ['minami-nishi', 14, 0],
      ['minami-minami', 16, 0],
    ]);
  });

  it('records (version null), edits at the version, and refuses a second first record or a stale edit', async () => {
    const res = await put('uchisange', 2019, {
      ...first,
      activities: ['watching', 'place'],
      promoterName: '推進 花子',
      meetings: 6,
    });
    expect(res.statusCode, res.body).toBe(200);
    const saved = res.json();
    expect(saved).toMatchObject({ schoolDistrictName: '内山下学区', welfareDistrictCode: 'kita-chuo' });
    const again = await put('uchisange', 2019, first);
    expect([again.statusCode, again.json().error.code]).toEqual([409, 'version_conflict']);
    const edited = await put('uchisange', 2019, { ...first, meetings: 8, version: saved.version });
    expect([edited.statusCode, edited.json().meetings, edited.json().activities]).toEqual([200, 8, []]);
    const stale = await put('uchisange', 2019, { ...first, version: saved.version });
    expect(stale.statusCode).toBe(409);
  });

  it('counts the districts set up and active per welfare district, for the 年度 and every 年度', async () => {
    const version = (await councils('fiscalYear=2019')).items.find((c) => c.id !== null)!.version;
    await put('uchisange', 2019, { ...first, activities: ['watching'], promoterName: '推進 花子', version });
    expect((await put('kosai', 2019, { ...first, active: false })).statusCode).toBe(200);
    expect((await put('kyokuto', 2019, first)).statusCode).toBe(200);
    const list = await councils('fiscalYear=2019&welfareDistrict=naka');
    expect(list.items.length).toBe(16);
    expect(list.items.filter((c) => c.id !== null).map((c) => c.schoolDistrictCode)).toEqual(['kyokuto']);
    const counts = (code: string) => list.overview.find((o) => o.welfareDistrictCode === code);
    expect(counts('kita-chuo')).toMatchObject({ districts: 22, established: 2, active: 1 });
    expect(counts('naka')).toMatchObject({ districts: 16, established: 1, active: 1 });
    expect(list.totals).toEqual({ districts: 96, established: 3, active: 2 });
    expect(list.years).toContainEqual({ fiscalYear: 2019, districts: 96, established: 3, active: 2 });
  });

  it('carries the previous 年度 forward to the districts not yet recorded', async () => {
    expect((await put('kosai', 2020, { ...first, activities: ['meals'] })).statusCode).toBe(200);
    const carry = () =>
      ok<{ copied: number }>(t, community, 'POST', '/api/community/councils/carry-forward', {
        fiscalYear: 2020,
      });
    expect(await carry()).toEqual({ copied: 2 });
    const list = await councils('fiscalYear=2020');
    const of = (code: string) => list.items.find((c) => c.schoolDistrictCode === code)!;
    expect([of('uchisange').established, of('uchisange').activities, of('uchisange').promoterName]).toEqual([
      true,
      ['watching'],
      '推進 花子',
    ]);
    expect([of('kosai').active, of('kosai').activities]).toEqual([true, ['meals']]);
    expect(of('kyokuto').active).toBe(true);
    expect(list.totals).toEqual({ districts: 96, established: 3, active: 3 });
    expect(await carry()).toEqual({ copied: 0 });
  });
});
