import type { Indicator, IndicatorList, MetricValues, PlanOverview } from '@tsunagu/contracts/plan';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertFiscalYearRecords } from '../support/case-statistics';
import { caseHousehold, openCoordinatedCase } from '../support/cases';
import { agencyByCode, sessionsOf } from '../support/factories';
import { createTestApp, type Session, type TestApp } from '../support/test-app';
import { dbKind } from '../support/test-db';

// FIGURES.md §2: the plan loaded from the seed (apps/server/demo/okayama/plan.json) reproduces the
// published 成果指標 exactly; and indicator No 4, once its published figures are cleared, is computed
// from case records built for FIGURES.md §1: 240 at R3末, 277 at R4末.

// biome-ignore format: the published table reads best as a table
const PUBLISHED: [no: number, seq: number, r3: number, r4: number, division: string][] = [
  [1, 1, 3, 3, '医療政策推進課'],
  [2, 1, 17.1, 17.1, '医療政策推進課'],
  [3, 1, 64219, 66479, '医療政策推進課'],
  [4, 1, 240, 277, '保健福祉企画総務課'],
  [5, 1, 42.6, 30.6, '保健福祉企画総務課'],
  [6, 1, 0, 0, '保健福祉企画総務課'],
  [7, 1, 195, 353, '地域包括ケア推進課'],
  [7, 2, 121, 229, '生活保護・自立支援課'],
  [8, 1, 101, 150, '地域包括ケア推進課'],
  [8, 2, 13, 12, '生活保護・自立支援課'],
  [9, 1, 1542, 1589, '地域包括ケア推進課'],
  [10, 1, 33, 37, '市民協働企画総務課'],
];

// FIGURES.md §1, cases handled per 年度 (coordinated + advice only) and the other columns.
// biome-ignore format: the published table reads best as a table
const SECTION1: Record<number, { coordinated: number; adviceOnly: number; conferences: number; contacts: number; advisorMeetings: number }> = {
  2018: { coordinated: 18, adviceOnly: 24, conferences: 27, contacts: 10, advisorMeetings: 2 },
  2019: { coordinated: 38, adviceOnly: 27, conferences: 48, contacts: 41, advisorMeetings: 3 },
  2020: { coordinated: 41, adviceOnly: 26, conferences: 26, contacts: 201, advisorMeetings: 1 },
  2021: { coordinated: 38, adviceOnly: 28, conferences: 13, contacts: 177, advisorMeetings: 2 },
  2022: { coordinated: 14, adviceOnly: 23, conferences: 23, contacts: 93, advisorMeetings: 2 },
};

let t: TestApp;
let planner: Session;

const valueAt = (i: Indicator, fy: number) => i.values.find((v) => v.fiscalYear === fy);

async function indicators(session: Session): Promise<Indicator[]> {
  const res = await t.call(session, 'GET', '/api/plan/indicators');
  expect(res.statusCode, res.body).toBe(200);
  return (res.json() as IndicatorList).items;
}

beforeAll(async () => {
  t = await createTestApp();
  planner = await sessionsOf(t)('planner');
});
afterAll(() => t.close());

describe(`the seeded plan (${dbKind()})`, () => {
  it('has the plan, its five policies and the roadmap of the progress report', async () => {
    const res = await t.call(planner, 'GET', '/api/plan');
    expect(res.statusCode, res.body).toBe(200);
    const overview = res.json() as PlanOverview;
    expect(overview.plan).toMatchObject({
      name: '岡山市地域共生社会推進計画（地域福祉計画）',
      fromFiscalYear: 2021,
      toFiscalYear: 2023,
      vision: expect.stringContaining('多様な選択ができるまち'),
    });
    expect(overview.plan.source).toContain('岡山市保健福祉局');
    expect(overview.fiscalYear).toBe(2022);
    expect(overview.policies.map((p) => p.no)).toEqual([1, 2, 3, 4, 5]);
    for (const p of overview.policies) {
      expect(p.approach.length, `policy ${p.no}`).toBeGreaterThan(0);
      expect(p.findings.length, `policy ${p.no}`).toBeGreaterThan(0);
      expect(p.items.length, `policy ${p.no}`).toBeGreaterThan(0);
      // The published report's entries arrive approved.
      for (const i of p.items) expect(i.status, i.title).toBe('approved');
    }
    const consultation = overview.policies[1]!;
    expect(consultation.name).toBe('市の関係課・相談機関の相互連動により支援までの流れをつくる');
    expect(consultation.items[0]!.divisions.map((d) => d.name)).toContain('保健福祉企画総務課');
  });

  it('reproduces the 成果指標 of FIGURES.md §2 exactly: R3末, R4末 and the owner division', async () => {
    const items = await indicators(planner);
    expect(items.map((i) => [i.no, i.seq])).toEqual(PUBLISHED.map(([no, seq]) => [no, seq]));
    for (const [no, seq, r3, r4, division] of PUBLISHED) {
      const i = items.find((x) => x.no === no && x.seq === seq)!;
      expect(valueAt(i, 2021)?.value, `No ${no}-${seq} R3末`).toBe(r3);
      expect(valueAt(i, 2022)?.value, `No ${no}-${seq} R4末`).toBe(r4);
      expect(valueAt(i, 2021)?.origin).toBe('recorded');
      expect(i.division.name).toBe(division);
    }
    const no3 = items.find((i) => i.no === 3)!;
    expect([valueAt(no3, 2021)?.dataFiscalYear, valueAt(no3, 2022)?.dataFiscalYear]).toEqual([2020, 2021]);
    expect(items.find((i) => i.no === 8 && i.seq === 2)!.accumulation).toBe('stock');
    expect(items.find((i) => i.no === 9)!).toMatchObject({
      openingBalance: 1542,
      cumulativeFromFiscalYear: 2022,
    });
    expect(items.find((i) => i.no === 4)!.metric?.key).toBe('cases.handled');
  });
});

describe(`indicator No 4 computed from the records of FIGURES.md §1 (${dbKind()})`, () => {
  beforeAll(async () => {
    const login = sessionsOf(t);
    const staff = await login('agency_staff');
    const coordinator = await login('coordinator');
    const hub = await openCoordinatedCase(t, staff, coordinator, {
      familyName: '具志',
      familyNameKana: 'グシ',
    });
    const other = await caseHousehold(t, staff, { familyName: '北谷', familyNameKana: 'チャタン' });
    const refs = {
      tenantId: t.publicTenantId,
      households: [hub, other].map(({ householdId, personId }) => ({ householdId, personId })),
      userId: coordinator.userId,
      agencyId: (await agencyByCode(t, staff, 'hokatsu-naka')).id,
      contactCaseId: hub.caseId,
    };
    // The case opened above was received today (a later 年度): it must not change R3末 or R4末.
    for (const [fy, counts] of Object.entries(SECTION1))
      await insertFiscalYearRecords(t, refs, Number(fy), counts);
  });

  it('gives 240 (R3末) and 277 (R4末) once the published figures no longer stand in for it', async () => {
    const no4 = (await indicators(planner)).find((i) => i.no === 4)!;
    for (const fy of [2021, 2022]) {
      const res = await t.call(planner, 'PUT', `/api/plan/indicators/${no4.id}/values/${fy}`, {
        value: null,
      });
      expect(res.statusCode, res.body).toBe(200);
    }
    const after = (await indicators(planner)).find((i) => i.no === 4)!;
    expect(valueAt(after, 2021)).toMatchObject({
      value: 240,
      origin: 'computed',
      computed: 240,
      recorded: null,
    });
    expect(valueAt(after, 2022)).toMatchObject({ value: 277, origin: 'computed', computed: 277 });
  });

  it('has every case metric of the catalogue equal to its FIGURES.md §1 row, 年度 by 年度', async () => {
    const expected: Record<string, (c: (typeof SECTION1)[number]) => number> = {
      'cases.handled': (c) => c.coordinated + c.adviceOnly,
      'cases.coordinated': (c) => c.coordinated,
      'cases.advice_only': (c) => c.adviceOnly,
      'cases.conferences': (c) => c.conferences,
      'cases.contacts': (c) => c.contacts,
      'cases.advisor_meetings': (c) => c.advisorMeetings,
      'cases.unresolved_reviews': () => 0,
    };
    for (const [key, pick] of Object.entries(expected)) {
      const res = await t.call(planner, 'GET', `/api/plan/metrics/${key}/values?from=2018&to=2022`);
      expect(res.statusCode, res.body).toBe(200);
      const { values } = res.json() as MetricValues;
      expect(values, key).toEqual(
        Object.entries(SECTION1).map(([fy, c]) => ({ fiscalYear: Number(fy), value: pick(c) })),
      );
    }
    expect((await t.call(planner, 'GET', '/api/plan/metrics/cases.nothing/values')).statusCode).toBe(404);
    expect(
      (await t.call(planner, 'GET', '/api/plan/metrics/cases.handled/values?from=2022&to=2018')).statusCode,
    ).toBe(400);
  });

  it('keeps a recorded figure first, with the computed one beside it', async () => {
    const no4 = (await indicators(planner)).find((i) => i.no === 4)!;
    const res = await t.call(planner, 'PUT', `/api/plan/indicators/${no4.id}/values/2022`, {
      value: 280,
      note: '年度末に確定',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(valueAt(res.json() as Indicator, 2022)).toMatchObject({
      value: 280,
      origin: 'recorded',
      computed: 277,
      note: '年度末に確定',
    });
  });

  it('computes No 6 (検証件数) from the records too: none here, so 0 and 0 like the report', async () => {
    const no6 = (await indicators(planner)).find((i) => i.no === 6)!;
    for (const fy of [2021, 2022])
      await t.call(planner, 'PUT', `/api/plan/indicators/${no6.id}/values/${fy}`, { value: null });
    const after = (await indicators(planner)).find((i) => i.no === 6)!;
    expect([valueAt(after, 2021)?.computed, valueAt(after, 2022)?.computed]).toEqual([0, 0]);
  });
});
