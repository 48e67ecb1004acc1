import fs from 'node:fs';
import type { Indicator, IndicatorList, ProgressReport } from '@tsunagu/contracts/plan';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_USERS } from '../../src/modules/demo/demo.data';
import { openCoordinatedCase } from '../support/cases';
import { auditEvents, sessionsOf } from '../support/factories';
import { createTestApp, type Session, type TestApp } from '../support/test-app';
import { dbKind } from '../support/test-db';

// 進捗状況報告 and the 成果指標 settings: the report of a 年度 (roadmap with approved entries, indicators
// at the end of each 年度, 事業実績) as JSON, as an xlsx in the published layout with 和暦 headers and
// as the public page (nothing about a person); the planner sets an indicator's target and metric; the
// planner or the owner division's reporter records a figure for a 年度 of the plan.

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const seed = JSON.parse(
  fs.readFileSync(new URL('../../demo/okayama/plan.json', import.meta.url), 'utf8'),
) as {
  roadmapItems: { policyNo: number; no: number; entries: { achievementsJa: string }[] }[];
};

let t: TestApp;
let planner: Session;
let reporter: Session; // 地域包括ケア推進課 (community-care)
let auditor: Session;

async function indicators(s: Session = planner): Promise<Indicator[]> {
  const res = await t.call(s, 'GET', '/api/plan/indicators');
  expect(res.statusCode, res.body).toBe(200);
  return (res.json() as IndicatorList).items;
}
const indicator = async (no: number, seq = 1) =>
  (await indicators()).find((i) => i.no === no && i.seq === seq)!;

/** The settings of an indicator as PUT takes them, with some changed. */
const settings = (i: Indicator, change: Record<string, unknown> = {}) => ({
  version: i.version,
  target: i.target,
  targetFiscalYear: i.targetFiscalYear,
  metricKey: i.metric?.key ?? null,
  openingBalance: i.openingBalance,
  achievements: i.achievements,
  ...change,
});

beforeAll(async () => {
  t = await createTestApp();
  const login = sessionsOf(t);
  planner = await login('planner');
  reporter = await login('division_reporter');
  auditor = await login('auditor');
});
afterAll(() => t.close());

describe(`the report of a 年度 (${dbKind()})`, () => {
  it('holds the 25 roadmap items in policy order with their approved entries, indicators and statistics', async () => {
    const res = await t.call(planner, 'GET', '/api/plan/report?fiscalYear=2022');
    expect(res.statusCode, res.body).toBe(200);
    const report = res.json() as ProgressReport;
    expect(report.fiscalYear).toBe(2022);
    expect(report.approvedOnly).toBe(true);
    expect(report.roadmap.map((r) => `${r.policyNo}-${r.itemNo}`)).toEqual(
      seed.roadmapItems.map((i) => `${i.policyNo}-${i.no}`),
    );
    expect(report.roadmap).toHaveLength(25);
    for (const [n, row] of report.roadmap.entries()) {
      const expected = seed.roadmapItems[n]!.entries.map((e) => e.achievementsJa);
      expect(row.entries.map((e) => e.achievements).sort(), `${row.policyNo}-${row.itemNo}`).toEqual(
        expected.sort(),
      );
      expect(row.entries.every((e) => e.state === 'approved')).toBe(true);
    }
    expect(report.roadmap.flatMap((r) => r.entries)).toHaveLength(44);
    expect(report.roadmap[0]!.period).toBe('令和3年度～令和5年度');
    expect(report.roadmap.find((r) => r.policyNo === 5 && r.itemNo === 2)!.period).toBe(
      '令和3年度～適宜実施',
    );
    expect(report.indicatorYears).toEqual([2021, 2022]);
    expect(report.indicators).toHaveLength(12);
    for (const i of report.indicators) expect(i.values.map((v) => v.fiscalYear)).toEqual([2021, 2022]);
    expect(report.statistics.rows.length).toBeGreaterThan(0);
    expect(report.statistics.rows.at(-1)!.fiscalYear).toBe(2022);
  });

  // Entries list in the order they were made; the seeded ones keep the document's order.
  it('lists an item’s entries in the order of the published report (the seed’s order)', async () => {
    const report = (
      await t.call(planner, 'GET', '/api/plan/report?fiscalYear=2022')
    ).json() as ProgressReport;
    const order = (r: { policyNo: number; itemNo: number }) => `${r.policyNo}-${r.itemNo}`;
    expect(report.roadmap.map((r) => [order(r), r.entries.map((e) => e.achievements)])).toEqual(
      seed.roadmapItems.map((i) => [
        order({ policyNo: i.policyNo, itemNo: i.no }),
        i.entries.map((e) => e.achievementsJa),
      ]),
    );
  });

  it('refuses a 年度 outside the plan or not a number (400)', async () => {
    for (const url of [
      '/api/plan/report?fiscalYear=2030',
      '/api/plan/report?fiscalYear=2020',
      '/api/plan/report?fiscalYear=abc',
      '/api/plan/report.xlsx?fiscalYear=2030',
      '/api/public/progress?fiscalYear=2030',
    ]) {
      const res = await t.call(url.startsWith('/api/public') ? null : planner, 'GET', url);
      expect(res.statusCode, `${url}: ${res.body}`).toBe(400);
      expect(res.json().error.code).toBe('validation_failed');
    }
    expect((await t.call(null, 'GET', '/api/plan/report?fiscalYear=2022')).statusCode).toBe(401);
  });
});

describe(`the report as a workbook (${dbKind()})`, () => {
  let wb: ExcelJS.Workbook;

  /** A sheet's cells as text, row by row (row 1 is the title, row 2 the header). */
  const cells = (name: string): string[][] => {
    const ws = wb.getWorksheet(name)!;
    const out: string[][] = [];
    ws.eachRow((row, n) => {
      out[n - 1] = (row.values as unknown[]).slice(1).map((v) => (v == null ? '' : String(v)));
    });
    return out;
  };

  beforeAll(async () => {
    const res = await t.call(planner, 'GET', '/api/plan/report.xlsx?fiscalYear=2022');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe(XLSX);
    const disposition = String(res.headers['content-disposition']);
    expect(disposition).toContain('attachment; filename="progress-report-2022.xlsx"');
    expect(disposition).toContain(`filename*=UTF-8''${encodeURIComponent('進捗状況報告_令和4年度.xlsx')}`);
    wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  });

  it('has the three sheets of the published report, with 和暦 headers', () => {
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(['工程表', '成果指標', '事業実績']);
    expect(cells('工程表')[1]).toEqual(['施策名', '工程表記載事項', '取組実績（令和4年度）', '今後の方針']);
    expect(cells('成果指標')[1]).toEqual([
      '施策',
      'No',
      '成果指標名（単位）',
      '実績（累計）令和3年度末',
      '実績（累計）令和4年度末',
      '目標',
      '取組実績（令和4年度）',
      '担当課',
    ]);
    const stats = cells('事業実績')[1]!;
    expect(stats[0]).toBe('区分');
    expect(stats).toContain('令和4年度');
    expect(stats.at(-1)).toBe('合計');
  });

  it('writes the published figures in the 成果指標 sheet: 277, 1,589, 42.6%, 30.6%, 64,219（令和2年度）', () => {
    const header = cells('成果指標')[1]!;
    const r3 = header.indexOf('実績（累計）令和3年度末');
    const r4 = header.indexOf('実績（累計）令和4年度末');
    const row = (no: number) => cells('成果指標').find((r, n) => n > 1 && r[1] === String(no))!;
    expect(row(4)[r4]).toBe('277');
    expect(row(4)[r3]).toBe('240');
    expect(row(9)[r4]).toBe('1,589');
    expect([row(5)[r3], row(5)[r4]]).toEqual(['42.6%', '30.6%']);
    expect(row(3)[r3]).toBe('64,219（令和2年度）');
    expect(row(3)[r4]).toBe('66,479（令和3年度）');
    expect(row(9).at(-1)).toBe('地域包括ケア推進課');
  });

  it('writes the roadmap with each entry’s division tag and each item’s period', () => {
    const roadmap = cells('工程表');
    expect(roadmap).toHaveLength(2 + 25);
    const first = roadmap[2]!;
    expect(first[1]).toMatch(/^【令和3年度～令和5年度】\n/);
    expect(first[1]).toContain('個別計画における各取組の連携');
    expect(first[2]).toContain('【保健福祉企画総務課】');
    expect(roadmap.some((r) => (r[2] ?? '').includes('【地域包括ケア推進課】'))).toBe(true);
    // A joint entry names all its divisions in one tag.
    expect(
      roadmap.some((r) =>
        (r[2] ?? '').includes('【市民協働企画総務課、保健福祉企画総務課、地域包括ケア推進課】'),
      ),
    ).toBe(true);
  });

  it('logs the download and the print as progress_report.exported', async () => {
    const print = await t.call(planner, 'POST', '/api/plan/report/print?fiscalYear=2022');
    expect(print.statusCode, print.body).toBe(204);
    const events = await auditEvents(t, auditor, 'action=progress_report.exported');
    expect(
      events.items.map((e) => e.payload).sort((a, b) => String(a.format).localeCompare(String(b.format))),
    ).toEqual([
      { fiscalYear: 2022, format: 'print' },
      { fiscalYear: 2022, format: 'xlsx' },
    ]);
    expect(events.items.every((e) => e.entityType === 'plan')).toBe(true);
  });
});

describe(`indicator settings (${dbKind()})`, () => {
  const put = (s: Session, i: Indicator, change: Record<string, unknown>) =>
    t.call(s, 'PUT', `/api/plan/indicators/${i.id}`, settings(i, change));

  it('are the planner’s: a reporter gets 403 even on their own division’s indicator', async () => {
    const no9 = await indicator(9);
    expect(no9.abilities).toEqual({ edit: true, record: true });
    expect((await indicators(reporter)).find((i) => i.no === 9)!.abilities).toEqual({
      edit: false,
      record: true,
    });
    const res = await put(reporter, no9, { target: 2000, targetFiscalYear: 2023 });
    expect(res.statusCode, res.body).toBe(403);
  });

  it('refuses a target without its 年度, an unknown metric and a rate on a cumulative indicator (400)', async () => {
    const no4 = await indicator(4); // cumulative since H30, from cases.handled
    const cases: [Record<string, unknown>, string][] = [
      [{ target: 300, targetFiscalYear: null }, 'targetFiscalYear'],
      [{ target: null, targetFiscalYear: 2023 }, 'targetFiscalYear'],
      [{ metricKey: 'cases.nonexistent' }, 'metricKey'],
      [{ metricKey: 'survey.collaboration_rate' }, 'metricKey'],
    ];
    for (const [change, path] of cases) {
      const res = await put(planner, no4, change);
      expect(res.statusCode, `${JSON.stringify(change)}: ${res.body}`).toBe(400);
      expect(res.json().error.issues[0].path).toBe(path);
    }
    expect((await indicator(4)).version).toBe(no4.version);
  });

  it('sets target and 目標年度; a stale version is 409', async () => {
    const no4 = await indicator(4);
    const res = await put(planner, no4, {
      target: 320,
      targetFiscalYear: 2023,
      achievements: '推進員を2名配置し、ケース検討会を毎月開催した。',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ version: no4.version + 1, target: 320, targetFiscalYear: 2023 });
    const stale = await put(planner, no4, { target: 330, targetFiscalYear: 2023 });
    expect(stale.statusCode, stale.body).toBe(409);
    expect(stale.json().error.code).toBe('version_conflict');
    expect(await indicator(4)).toMatchObject({
      target: 320,
      targetFiscalYear: 2023,
      metric: { key: 'cases.handled' },
      achievements: '推進員を2名配置し、ケース検討会を毎月開催した。',
    });
    const events = await auditEvents(t, auditor, 'action=indicator.updated');
    expect(events.items.map((e) => e.payload)).toEqual([{ metricKey: 'cases.handled', target: 320 }]);
  });
});

describe(`recording an indicator’s figure (${dbKind()})`, () => {
  const record = (s: Session, i: Indicator, fy: number | string, body: unknown) =>
    t.call(s, 'PUT', `/api/plan/indicators/${i.id}/values/${fy}`, body);

  it('lets the owner division’s reporter record (No 9) but not another division’s (No 1: 403)', async () => {
    const res = await record(reporter, await indicator(9), 2023, { value: 1650, note: '年度末見込み' });
    expect(res.statusCode, res.body).toBe(200);
    expect((res.json() as Indicator).values.find((v) => v.fiscalYear === 2023)).toMatchObject({
      value: 1650,
      origin: 'recorded',
      note: '年度末見込み',
    });
    expect((await indicator(9)).values.find((v) => v.fiscalYear === 2023)?.value).toBe(1650);
    const no1 = await indicator(1); // 医療政策推進課
    expect((await indicators(reporter)).find((i) => i.no === 1)!.abilities.record).toBe(false);
    expect((await record(reporter, no1, 2023, { value: 4 })).statusCode).toBe(403);
    expect((await indicator(1)).values.find((v) => v.fiscalYear === 2023)?.recorded).toBeNull();
  });

  it('refuses a 年度 outside the plan (400) and a value that is not a number (400)', async () => {
    const no9 = await indicator(9);
    const outside = await record(planner, no9, 2030, { value: 1 });
    expect(outside.statusCode, outside.body).toBe(400);
    expect(outside.json().error.issues[0].path).toBe('fiscalYear');
    for (const value of ['1,600', 'たくさん', true]) {
      const res = await record(planner, no9, 2023, { value });
      expect(res.statusCode, `${String(value)}: ${res.body}`).toBe(400);
    }
    expect((await record(planner, no9, 'abc', { value: 1 })).statusCode).toBe(400);
    expect((await indicator(9)).values.find((v) => v.fiscalYear === 2023)?.value).toBe(1650);
  });
});

describe(`the metric catalogue (${dbKind()})`, () => {
  it('lists the case metrics and the survey’s, each with a Japanese name and description', async () => {
    const res = await t.call(reporter, 'GET', '/api/plan/metrics');
    expect(res.statusCode, res.body).toBe(200);
    const items = res.json().items as { key: string; name: string; description: string; kind: string }[];
    const keys = items.map((m) => m.key);
    for (const key of [
      'cases.handled',
      'cases.coordinated',
      'cases.advice_only',
      'cases.conferences',
      'cases.contacts',
      'cases.advisor_meetings',
      'cases.unresolved_reviews',
      'survey.collaboration_rate',
    ])
      expect(keys).toContain(key);
    const japanese = /[\u3040-\u30ff\u4e00-\u9fff]/;
    for (const m of items) {
      expect(m.name, m.key).toMatch(japanese);
      expect(m.description, m.key).toMatch(japanese);
    }
    expect(items.find((m) => m.key === 'survey.collaboration_rate')!.kind).toBe('rate');
    expect((await t.call(null, 'GET', '/api/plan/metrics')).statusCode).toBe(401);
  });
});

describe(`the public progress page (${dbKind()})`, () => {
  beforeAll(async () => {
    // A person on record, in a case the coordinator handles (the test template has no households).
    const login = sessionsOf(t);
    await openCoordinatedCase(t, await login('agency_staff'), await login('coordinator'), {
      familyName: '具志堅',
      familyNameKana: 'グシケン',
    });
  });

  it('shows the plan, the indicators and the statistics, and nothing that names a person', async () => {
    const res = await t.call(null, 'GET', '/api/public/progress?fiscalYear=2022');
    expect(res.statusCode, res.body).toBe(200);
    const report = res.json() as ProgressReport;
    expect(report.plan.name).toBe('岡山市地域共生社会推進計画（地域福祉計画）');
    expect(report.approvedOnly).toBe(true);
    expect(report.indicators).toHaveLength(12);
    expect(report.statistics.rows.length).toBeGreaterThan(0);
    expect(report.roadmap.flatMap((r) => r.entries)).toHaveLength(44);

    const keys = new Set<string>();
    const walk = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object')
        for (const [k, child] of Object.entries(v)) {
          keys.add(k);
          walk(child);
        }
    };
    walk(report);
    const personal = [...keys].filter((k) =>
      /person|household|family|given|birth|phone|email|address|actor|recordedBy|userId|displayName/i.test(k),
    );
    expect(personal).toEqual([]);
    // The demo users' names (the planner and the reporter changed indicators above) and the person.
    for (const name of [...DEMO_USERS.map((u) => u.displayName), '具志堅', 'グシケン'])
      expect(res.body, name).not.toContain(name);
  });
});
