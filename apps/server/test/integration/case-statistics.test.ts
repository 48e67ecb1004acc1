import type { CaseStatistics } from '@tsunagu/contracts/cases';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FiscalYearCounts, insertFiscalYearRecords } from '../support/case-statistics';
import { caseHousehold, openCoordinatedCase, requestCase, triage } from '../support/cases';
import { agencyByCode, sessionsOf } from '../support/factories';
import { createMeeting, meetingInput, minutesInput, readMeeting } from '../support/meetings';
import { rows } from '../support/sql';
import { createTestApp, type Session, type TestApp } from '../support/test-app';
import { dbKind } from '../support/test-db';

// FIGURES.md §1, 総合相談支援体制 事業実績 (H30–R4): given records that correspond to the published
// table, GET /api/cases/statistics reproduces every cell. Most rows are bulk-inserted per 年度; a few
// of each kind are made through the API (so triage, minutes, closing and 個別調整 are what is counted),
// and distractors that must not count are added: an untriaged request, a planned meeting, records of
// 2023 and of H29 (March 31, 2018: the old 年度).

// biome-ignore format: the published table reads best as a table
const PUBLISHED: Record<number, FiscalYearCounts & { total: number }> = {
  //      coordinated  adviceOnly  total  conferences  contacts  advisorMeetings
  2018: { coordinated: 18, adviceOnly: 24, total: 42, conferences: 27, contacts: 10,  advisorMeetings: 2 },
  2019: { coordinated: 38, adviceOnly: 27, total: 65, conferences: 48, contacts: 41,  advisorMeetings: 3 },
  2020: { coordinated: 41, adviceOnly: 26, total: 67, conferences: 26, contacts: 201, advisorMeetings: 1 },
  2021: { coordinated: 38, adviceOnly: 28, total: 66, conferences: 13, contacts: 177, advisorMeetings: 2 },
  2022: { coordinated: 14, adviceOnly: 23, total: 37, conferences: 23, contacts: 93,  advisorMeetings: 2 },
};
const TOTALS = {
  coordinated: 149,
  adviceOnly: 128,
  total: 277,
  conferences: 137,
  contacts: 522,
  advisorMeetings: 10,
};

/** What the API builds below, per 年度 (the bulk insert makes the rest). */
const API_BUILT: Record<number, Partial<FiscalYearCounts>> = {
  2018: { advisorMeetings: 1, contacts: 1 },
  2019: { conferences: 1, contacts: 1 },
  2020: { conferences: 1 },
  2021: { coordinated: 1 },
  2022: { adviceOnly: 1 },
};

let t: TestApp;
let coordinator: Session;
let planner: Session;

async function statistics(session: Session, query: string): Promise<CaseStatistics> {
  const res = await t.call(session, 'GET', `/api/cases/statistics${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as CaseStatistics;
}

beforeAll(async () => {
  t = await createTestApp();
  const login = sessionsOf(t);
  const staff = await login('agency_staff');
  coordinator = await login('coordinator');
  planner = await login('planner');
  const naka = (await agencyByCode(t, staff, 'hokatsu-naka')).id;
  const hub = await openCoordinatedCase(t, staff, coordinator, {
    familyName: '浦添',
    familyNameKana: 'ウラソエ',
  });
  const households = [
    hub,
    await caseHousehold(t, staff, { familyName: '宜野湾', familyNameKana: 'ギノワン' }),
    await caseHousehold(t, staff, { familyName: '名護', familyNameKana: 'ナゴ' }),
  ].map(({ householdId, personId }) => ({ householdId, personId }));

  // Through the API: a triaged request counts by its 受付日, a meeting once held (or closed), a
  // contact by its date.
  const received = async (on: string, kind: 'coordinated' | 'advice_only' | null) => {
    const { id } = await requestCase(t, staff, households[1]!, { receivedOn: on });
    if (kind) await triage(t, coordinator, { caseId: id }, kind);
  };
  await received('2022-03-31', 'coordinated'); // R3
  await received('2022-04-01', 'advice_only'); // R4
  await received('2018-03-31', 'coordinated'); // H29: before the table
  await received('2020-06-01', null); // untriaged: never counts

  const meeting = async (
    kind: 'case_conference' | 'support_council' | 'advisor',
    heldOn: string,
    end: string,
  ) => {
    const id = await createMeeting(
      t,
      coordinator,
      meetingInput(kind, kind === 'advisor' ? [] : [hub.caseId], [naka], { heldOn }),
    );
    if (end === 'planned') return;
    const m = await readMeeting(t, coordinator, id);
    for (const row of m.abilities.acknowledge)
      await t.call(coordinator, 'POST', `/api/meetings/${id}/acknowledge`, { attendeeId: row });
    const held = await t.call(coordinator, 'POST', `/api/meetings/${id}/minutes`, minutesInput(m.version));
    expect(held.statusCode, held.body).toBe(200);
    if (end === 'closed') {
      const closed = await t.call(coordinator, 'POST', `/api/meetings/${id}/close`, {
        version: held.json().version,
      });
      expect(closed.statusCode, closed.body).toBe(200);
    }
  };
  await meeting('advisor', '2018-04-01', 'held'); // H30
  await meeting('case_conference', '2019-04-01', 'held'); // R1
  await meeting('support_council', '2021-03-31', 'closed'); // R2
  await meeting('case_conference', '2020-07-01', 'planned'); // never held: does not count
  await meeting('case_conference', '2023-04-01', 'held'); // R5: after the table

  for (const contactedOn of ['2019-03-31', '2019-04-01', '2018-03-31', '2023-04-01']) {
    const res = await t.call(coordinator, 'POST', `/api/cases/${hub.caseId}/contacts`, {
      contactedOn,
      agencyId: naka,
      method: 'phone',
      content: '役割分担の確認',
    });
    expect(res.statusCode, res.body).toBe(200);
  }

  const refs = {
    tenantId: t.publicTenantId,
    households,
    userId: coordinator.userId,
    agencyId: naka,
    contactCaseId: hub.caseId,
  };
  for (const [fy, published] of Object.entries(PUBLISHED)) {
    const api = API_BUILT[Number(fy)] ?? {};
    const rest = (key: keyof FiscalYearCounts) => published[key] - (api[key] ?? 0);
    await insertFiscalYearRecords(t, refs, Number(fy), {
      coordinated: rest('coordinated'),
      adviceOnly: rest('adviceOnly'),
      conferences: rest('conferences'),
      contacts: rest('contacts'),
      advisorMeetings: rest('advisorMeetings'),
    });
  }
});
afterAll(() => t.close());

describe(`総合相談支援体制 事業実績 (${dbKind()})`, () => {
  it('reproduces every cell of the published table, H30 to R4, and its totals', async () => {
    const table = await statistics(coordinator, '?from=2018&to=2022');
    expect(table.rows).toEqual(
      Object.entries(PUBLISHED).map(([fy, cells]) => ({
        fiscalYear: Number(fy),
        ...cells,
        unresolvedReviews: 0,
      })),
    );
    expect(table.totals).toEqual({ ...TOTALS, unresolvedReviews: 0 });
  });

  it('gives the indicator its cumulative cases: 240 to the end of R3, 277 to the end of R4', async () => {
    const table = await statistics(coordinator, '?from=2018&to=2022');
    const upTo = (fy: number) =>
      table.rows.filter((r) => r.fiscalYear <= fy).reduce((s, r) => s + r.total, 0);
    expect([upTo(2021), upTo(2022)]).toEqual([240, 277]);
    expect((await statistics(coordinator, '?from=2018&to=2021')).totals.total).toBe(240);
  });

  it('counts the boundary records in their own 年度, outside the table', async () => {
    // The records do sit on the boundaries: every 年度 of the table has cases on April 1 and March 31.
    const edges = await rows<{ d: string }>(
      t.db,
      sql`select distinct received_on::text as d from cases where to_char(received_on, 'MM-DD') in ('04-01', '03-31')
          and received_on between '2018-04-01' and '2023-03-31' order by 1`,
    );
    expect(edges.map((e) => e.d)).toEqual(
      [2018, 2019, 2020, 2021, 2022].flatMap((y) => [`${y}-04-01`, `${y + 1}-03-31`]).sort(),
    );
    const before = await statistics(coordinator, '?from=2017&to=2017');
    expect(before.rows).toEqual([
      expect.objectContaining({
        fiscalYear: 2017,
        coordinated: 1,
        adviceOnly: 0,
        contacts: 1,
        conferences: 0,
      }),
    ]);
    const after = await statistics(coordinator, '?from=2023&to=2023');
    expect(after.rows).toEqual([
      expect.objectContaining({
        fiscalYear: 2023,
        total: 0,
        conferences: 1,
        contacts: 1,
        advisorMeetings: 0,
      }),
    ]);
    // Without `from`, the table starts at the first 年度 on record.
    expect((await statistics(coordinator, '?to=2022')).rows[0]?.fiscalYear).toBe(2017);
  });

  it('shows the same aggregates to the planner (no case record in them)', async () => {
    expect(await statistics(planner, '?from=2018&to=2022')).toEqual(
      await statistics(coordinator, '?from=2018&to=2022'),
    );
  });

  it('answers 401 without a session and 400 for a bad range', async () => {
    expect((await t.call(null, 'GET', '/api/cases/statistics?from=2018&to=2022')).statusCode).toBe(401);
    for (const query of ['?from=abc', '?from=1900', '?to=2101', '?from=2018.5'])
      expect((await t.call(coordinator, 'GET', `/api/cases/statistics${query}`)).statusCode, query).toBe(400);
  });
});
