import type { Fair, FairList, ParticipationStatistics, Place } from '@tsunagu/contracts/participation';
import type { Indicator, IndicatorList, MetricValues } from '@tsunagu/contracts/plan';
import { type SQL, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionsOf } from '../support/factories';
import { created, ok } from '../support/participation';
import {
  closeRegistrations,
  type Employers,
  insertEmployers,
  insertOpenings,
  insertOtherMatches,
  insertPlacements,
  insertRegistrations,
  type Registrations,
  recordRetention,
} from '../support/participation-statistics';
import { rows } from '../support/sql';
import { createTestApp, type Session, type TestApp } from '../support/test-app';
import { dbKind } from '../support/test-db';

// FIGURES.md §3–§5 from records: the 生涯活躍就労支援事業 per 年度 (R2–R4), the 障害者就職面接会, the
// persons supported by the 生活困窮者 programmes in R4; and indicators No 7 and No 8 (FIGURES.md §2)
// computed from the same records. The records are built in bulk (test/support/participation-statistics.ts)
// with some that must not count: other programmes, matches that are not job placements, follow-ups
// still pending or at 1 and 3 months, registrations closed before or made after the 年度.

// §3, with the 定着率 base and kept counts chosen to give the published rates: of the 6-month
// follow-ups due in the 年度 whose outcome is known, `kept` were still in work; `lost` were recorded
// out of work and `leftEarly` left the job before the 6-month point (counted, as not retained).
// biome-ignore format: the published table reads best as a table
const SECTION3 = [
  { fiscalYear: 2020, registrations: 331, placements: 172, rate: 80.6, employers: 392, kept: 25, lost: 4, leftEarly: 2 },
  { fiscalYear: 2021, registrations: 378, placements: 195, rate: 89.1, employers: 493, kept: 41, lost: 3, leftEarly: 2 },
  { fiscalYear: 2022, registrations: 333, placements: 158, rate: 87.7, employers: 542, kept: 50, lost: 5, leftEarly: 2 },
];

// §4: 障害者就職面接会 (held on, participants, hires, 就職率 %).
// biome-ignore format: the published table reads best as a table
const SECTION4: [heldOn: string, participants: number, hires: number, rate: number][] = [
  ['2020-08-25', 108, 22, 20.4], ['2021-01-21', 97, 16, 16.5], ['2021-08-24', 105, 23, 21.9],
  ['2022-01-24', 77, 10, 13.0], ['2022-08-23', 106, 20, 18.9], ['2023-01-23', 78, 10, 12.8],
];

// §5: persons supported in R4 by the programmes of 生活保護・自立支援課, and how many of them registered
// in R3 and are still open (the rest are made up by registrations of R4 and the boundary cases).
const SECTION5: Record<string, { supported: number; fromR3: number }> = {
  express: { supported: 81, fromR3: 30 },
  'job-support-space': { supported: 588, fromR3: 280 },
  'self-reliance-work': { supported: 566, fromR3: 250 },
  'job-placement-support': { supported: 133, fromR3: 60 },
  'supported-employment': { supported: 37, fromR3: 16 },
  'work-readiness': { supported: 143, fromR3: 70 },
};

// Job placements of 自立相談支援事業による就労支援 (public assistance), per 年度: R2 before indicator
// No 7's start, R3 and R4 giving its published 121 and 229 (= 121 + 108).
const PA_PLACEMENTS = { 2020: 60, 2021: 121, 2022: 108 };

let t: TestApp;
let planner: Session;
let desk: Session; // programme_staff at 生涯かつやく支援センター

const fyStart = (fy: number) => `${fy}-04-01`;
const fyEnd = (fy: number) => `${fy + 1}-03-31`;

// Employers: [tag, programme, how many, registered from, to, withdrawn on].
// biome-ignore format: the batches read best as a table
const EMPLOYERS: [string, string, number, string, string, string?][] = [
  // 生涯活躍就労支援事業: 300 before R2; 392 at R2末, 493 at R3末, 542 at R4末, withdrawn ones included.
  ['L:before', 'lifelong', 280, '2018-04-01', '2020-03-31'],
  ['L:before-withdrawn', 'lifelong', 20, '2019-04-01', '2020-03-31', '2021-06-30'],
  ['L:R2', 'lifelong', 92, '2020-04-01', '2021-03-31'],
  ['L:R3', 'lifelong', 96, '2021-04-01', '2022-03-31'],
  ['L:R3-withdrawn', 'lifelong', 5, '2021-04-01', '2021-12-01', '2022-12-01'],
  ['L:R4', 'lifelong', 49, '2022-04-01', '2023-03-31'],
  ['L:R5', 'lifelong', 3, '2023-04-01', '2023-05-01'],
  // 生活保護・自立支援課, over two of its programmes: registered (not withdrawn) 13 at R3末, 12 at R4末.
  ['PA', 'self-reliance-work', 8, '2018-04-01', '2021-03-31'],
  ['PA:R3', 'supported-employment', 3, '2021-04-01', '2022-03-31'],
  ['PA:gone-R5', 'self-reliance-work', 1, '2019-06-01', '2019-06-01', '2023-04-01'],
  ['PA:gone-R4', 'self-reliance-work', 1, '2019-06-01', '2019-06-01', '2023-03-31'],
  ['PA:gone-R3', 'self-reliance-work', 1, '2019-06-01', '2019-06-01', '2022-03-31'],
  ['PA:R5', 'self-reliance-work', 1, '2023-04-01', '2023-04-01'],
];

/** Builds the records of §3 (lifelong), §5 and the public-assistance side of No 7 and No 8. */
async function buildRecords() {
  const tenantId = t.publicTenantId;
  const placeToGo = await created<Place>(t, desk, '/api/participation/places', {
    name: '大供ふれあいサロン',
    kind: 'salon',
    accessibility: [],
    interests: ['talk'],
  });
  const employers = new Map<string, Employers>();
  for (const [tag, programme, n, from, to, withdrawnOn] of EMPLOYERS)
    employers.set(
      tag,
      await insertEmployers(t, tenantId, {
        tag,
        programme,
        n,
        from,
        to,
        ...(withdrawnOn ? { withdrawnOn } : {}),
      }),
    );
  const lifelongOpenings = await insertOpenings(t, tenantId, employers.get('L:before')!, 12);
  const paOpenings = await insertOpenings(t, tenantId, employers.get('PA')!, 4);
  const register = (
    programme: string,
    tag: string,
    n: number,
    from: string,
    to: string,
    more: { closedOn?: string; samePeopleAs?: Registrations } = {},
  ) => insertRegistrations(t, tenantId, { tag: `${programme}:${tag}`, programme, n, from, to, ...more });
  const place = (batch: Registrations, n: number, fy: number, openings: typeof paOpenings) =>
    insertPlacements(t, tenantId, batch, { n, from: fyStart(fy), to: fyEnd(fy), openings });

  // 生涯活躍就労支援事業: registrations and placements per 年度 (R1 before the range, R5 after it),
  // matches that are not job placements, and the 6-month follow-ups' outcomes.
  const r1 = await register('lifelong', 'R1', 40, fyStart(2019), fyEnd(2019));
  await place(r1, 24, 2019, lifelongOpenings);
  for (const row of SECTION3) {
    const fy = row.fiscalYear;
    const batch = await register('lifelong', String(fy), row.registrations, fyStart(fy), fyEnd(fy));
    await place(batch, row.placements, fy, lifelongOpenings);
    await insertOtherMatches(t, tenantId, batch, {
      offset: row.placements,
      n: 10,
      placeId: placeToGo.id,
      openings: lifelongOpenings,
    });
  }
  await register('lifelong', 'R5', 3, '2023-04-01', '2023-04-30');
  for (const row of SECTION3) await recordRetention(t, tenantId, { programme: 'lifelong', ...row });

  // §5: per programme, registrations open in R4 (from R3, closed on R4's first day, made in R4, and a
  // person closed in R3 who registered again in R4) and some that are not (closed on R3's last day,
  // made in R5, a second registration of a person already counted).
  const open = new Map<string, { r3: Registrations; r4: Registrations }>();
  for (const [programme, { supported, fromR3 }] of Object.entries(SECTION5)) {
    const r3 = await register(programme, 'R3', fromR3, fyStart(2021), fyEnd(2021));
    const closedLate = await register(programme, 'R3-closed-R4', 1, '2021-10-01', '2021-10-01', {
      closedOn: '2022-04-01',
    });
    const closedEarly = await register(programme, 'R3-closed-R3', 2, '2021-04-01', '2021-10-01', {
      closedOn: '2022-03-31',
    });
    const r4 = await register(programme, 'R4', supported - fromR3 - 2, fyStart(2022), fyEnd(2022));
    await register(programme, 'again-counted', 1, '2022-05-01', '2022-05-01', { samePeopleAs: closedEarly });
    await register(programme, 'again-same', 1, '2022-05-01', '2022-05-01', { samePeopleAs: closedLate });
    await register(programme, 'R5', 2, '2023-04-01', '2023-06-01');
    open.set(programme, { r3, r4 });
  }

  // Public-assistance placements: R2's people (closed before R4, so not supported in R4), then R3's
  // and R4's among the people supported; with follow-up outcomes of their own.
  const sr = open.get('self-reliance-work')!;
  const srR2 = await register('self-reliance-work', 'R2', 90, fyStart(2020), fyEnd(2020));
  await place(srR2, PA_PLACEMENTS[2020], 2020, paOpenings);
  await place(sr.r3, PA_PLACEMENTS[2021], 2021, paOpenings);
  await place(sr.r4, PA_PLACEMENTS[2022], 2022, paOpenings);
  const srRetention = { programme: 'self-reliance-work' };
  await recordRetention(t, tenantId, { ...srRetention, fiscalYear: 2021, kept: 30, lost: 3, leftEarly: 1 });
  await recordRetention(t, tenantId, { ...srRetention, fiscalYear: 2022, kept: 40, lost: 4, leftEarly: 2 });

  // Registrations that end once their matches are in place.
  await closeRegistrations(t, srR2, '2022-03-31');
  await closeRegistrations(t, r1, '2022-03-31');
}

async function statistics(query: string) {
  return ok<ParticipationStatistics>(t, desk, 'GET', `/api/participation/statistics?${query}`);
}

async function indicators(): Promise<Indicator[]> {
  return (await ok<IndicatorList>(t, planner, 'GET', '/api/plan/indicators')).items;
}

const indicator = (items: Indicator[], no: number, seq: number) =>
  items.find((i) => i.no === no && i.seq === seq)!;
const valueAt = (i: Indicator, fy: number) => i.values.find((v) => v.fiscalYear === fy);

beforeAll(async () => {
  t = await createTestApp();
  const login = sessionsOf(t);
  planner = await login('planner');
  desk = await login('programme_staff');
  await buildRecords();
});
afterAll(() => t.close());

describe(`生涯活躍就労支援事業 R2–R4 (FIGURES.md §3) from the records (${dbKind()})`, () => {
  it('puts records on the 年度 boundaries, so the split is tested by the figures', async () => {
    const lifelong = sql`p.programme_code = 'lifelong'`;
    const on = async (query: SQL) =>
      (await rows<{ day: string }>(t.db, query)).map((r) => String(r.day).slice(0, 10));
    const registered = await on(
      sql`select distinct p.registered_on::text as day from participants p where ${lifelong}
          and to_char(p.registered_on, 'MM-DD') in ('03-31', '04-01') order by 1`,
    );
    const placed = await on(
      sql`select distinct m.placed_on::text as day from matches m join participants p on p.id = m.participant_id
          where ${lifelong} and m.opening_id is not null and to_char(m.placed_on, 'MM-DD') in ('03-31', '04-01')
          order by 1`,
    );
    const days = ['2020-04-01', '2021-03-31', '2021-04-01', '2022-03-31', '2022-04-01', '2023-03-31'];
    expect(registered).toEqual(expect.arrayContaining(days));
    expect(placed).toEqual(expect.arrayContaining(days));
    // Known outcomes at the 6-month point due on April 1: placed on October 1, they count in the next 年度.
    const dueOnFirstDay = await on(
      sql`select f.due_on::text as day from retention_follow_ups f join matches m on m.id = f.match_id
          join participants p on p.id = f.participant_id
          where ${lifelong} and f.month = 6 and to_char(f.due_on, 'MM-DD') = '04-01'
            and (f.done_on is not null or m.ended_on < f.due_on) order by 1`,
    );
    expect(dueOnFirstDay).toEqual(expect.arrayContaining(['2021-04-01', '2022-04-01']));
  });

  it('gives the published registrations, placements, 定着率 and employers (cumulative)', async () => {
    const s = await statistics('programme=lifelong&from=2020&to=2022');
    expect(s.programme).toEqual({ code: 'lifelong', name: '生涯活躍就労支援事業' });
    expect(s.rows).toEqual(
      SECTION3.map((r) => ({
        fiscalYear: r.fiscalYear,
        registrations: r.registrations,
        placements: r.placements,
        retentionRate: r.rate,
        retentionBase: r.kept + r.lost + r.leftEarly,
        retained: r.kept,
        employersCumulative: r.employers,
      })),
    );
  });

  it('counts another programme over its own records only', async () => {
    const s = await statistics('programme=self-reliance-work&from=2021&to=2022');
    expect(s.rows).toEqual([
      // R3: 250 open + 1 closed on R4's first day + 2 closed on R3's last day.
      {
        fiscalYear: 2021,
        registrations: 253,
        placements: 121,
        retentionRate: 88.2, // 30 / 34
        retentionBase: 34,
        retained: 30,
        employersCumulative: 11,
      },
      // R4: 314 + 2 people registering again; the employer registered in R5 is not yet counted.
      {
        fiscalYear: 2022,
        registrations: 316,
        placements: 108,
        retentionRate: 87, // 40 / 46
        retentionBase: 46,
        retained: 40,
        employersCumulative: 11,
      },
    ]);
  });

  it('answers 404 for a programme that does not exist and 400 for a reversed range', async () => {
    expect((await t.call(desk, 'GET', '/api/participation/statistics?programme=nothing')).statusCode).toBe(
      404,
    );
    expect((await t.call(desk, 'GET', '/api/participation/statistics?from=2022&to=2020')).statusCode).toBe(
      400,
    );
  });
});

describe(`生活困窮者就労支援 R4 支援者数 (FIGURES.md §5) (${dbKind()})`, () => {
  it('counts the distinct persons whose registration was open at some time in R4', async () => {
    const s = await statistics('programme=lifelong&from=2020&to=2022');
    expect(s.supportedFiscalYear).toBe(2022);
    const counts = Object.fromEntries(s.supported.map((p) => [p.code, p.count]));
    expect(counts).toEqual({
      // R2–R4's registrations, none closed (R1's closed on R3's last day, R5's came later).
      lifelong: 331 + 378 + 333,
      ...Object.fromEntries(Object.entries(SECTION5).map(([code, f]) => [code, f.supported])),
      'disability-employment': 0,
    });
    expect(s.supported.find((p) => p.code === 'express')).toMatchObject({
      name: '生活困窮者向け短期集中型就労支援事業（岡山市就かつエクスプレス）',
      divisionName: '生活保護・自立支援課',
    });
  });
});

describe(`障害者就職面接会 (FIGURES.md §4) (${dbKind()})`, () => {
  it('records the six sessions and gives the published 就職率', async () => {
    for (const [heldOn, participants, hires, rate] of SECTION4) {
      const fair = await created<Fair>(t, desk, '/api/participation/fairs', {
        kind: 'interview_session',
        name: '障害者就職面接会',
        heldOn,
        venue: '岡山市勤労者福祉センター',
        coHost: 'ハローワーク岡山',
        programmeCode: 'disability-employment',
        participants,
        hires,
      });
      expect(fair).toMatchObject({ heldOn, participants, hires, hireRate: rate });
    }
    const list = await ok<FairList>(t, desk, 'GET', '/api/participation/fairs');
    expect(list.items.map((f) => [f.heldOn, f.participants, f.hires, f.hireRate])).toEqual(SECTION4);
    expect(list.items.map((f) => f.fiscalYear)).toEqual([2020, 2020, 2021, 2021, 2022, 2022]);
  });

  it('lists the sessions of the range in the programme figures', async () => {
    const all = await statistics('programme=lifelong&from=2020&to=2022');
    expect(all.fairs.map((f) => [f.heldOn, f.participants, f.hires, f.hireRate])).toEqual(SECTION4);
    const later = await statistics('programme=lifelong&from=2021&to=2022');
    expect(later.fairs.map((f) => f.heldOn)).toEqual([
      '2021-08-24',
      '2022-01-24',
      '2022-08-23',
      '2023-01-23',
    ]);
  });

  it('refuses more hires than participants', async () => {
    const res = await t.call(desk, 'POST', '/api/participation/fairs', {
      kind: 'interview_session',
      name: '障害者就職面接会',
      heldOn: '2023-08-22',
      programmeCode: 'disability-employment',
      participants: 78,
      hires: 79,
    });
    expect(res.statusCode, res.body).toBe(400);
  });
});

describe(`indicators No 7 and No 8 (FIGURES.md §2) computed from the same records (${dbKind()})`, () => {
  // The published [no, seq, R3末, R4末], which the records above were built to give.
  const EXPECTED: [number, number, number, number][] = [
    [7, 1, 195, 353], // lifelong placements from R3: 195, 195 + 158
    [7, 2, 121, 229], // public-assistance placements from R3: 121, 121 + 108
    [8, 1, 101, 150], // lifelong employers registered from R3: 493 − 392, 542 − 392
    [8, 2, 13, 12], // public-assistance employers registered at the 年度's end
  ];

  it('takes their metrics from the participation module', async () => {
    const items = await indicators();
    expect(EXPECTED.map(([no, seq]) => indicator(items, no, seq).metric?.key)).toEqual([
      'employment.placements',
      'employment.placements',
      'employment.employers_registered',
      'employment.employers_active',
    ]);
  });

  it('computes the published figures beside the recorded ones (R4末 from the recorded R3末)', async () => {
    const items = await indicators();
    for (const [no, seq, r3, r4] of EXPECTED) {
      const i = indicator(items, no, seq);
      expect(valueAt(i, 2021), `No ${no}-${seq} R3末`).toMatchObject({
        value: r3,
        origin: 'recorded',
        recorded: r3,
        computed: r3,
      });
      expect(valueAt(i, 2022), `No ${no}-${seq} R4末`).toMatchObject({
        value: r4,
        origin: 'recorded',
        recorded: r4,
        computed: r4,
      });
    }
  });

  it('computes them from the records alone once the published figures are cleared', async () => {
    const before = await indicators();
    for (const [no, seq] of EXPECTED)
      for (const fy of [2021, 2022]) {
        const id = indicator(before, no, seq).id;
        const res = await t.call(planner, 'PUT', `/api/plan/indicators/${id}/values/${fy}`, { value: null });
        expect(res.statusCode, res.body).toBe(200);
      }
    const after = await indicators();
    for (const [no, seq, r3, r4] of EXPECTED) {
      const i = indicator(after, no, seq);
      expect(valueAt(i, 2021), `No ${no}-${seq} R3末`).toMatchObject({
        value: r3,
        origin: 'computed',
        recorded: null,
        computed: r3,
      });
      expect(valueAt(i, 2022), `No ${no}-${seq} R4末`).toMatchObject({
        value: r4,
        origin: 'computed',
        recorded: null,
        computed: r4,
      });
    }
  });

  it('gives the metrics over every programme together', async () => {
    const values = async (key: string) =>
      (await ok<MetricValues>(t, planner, 'GET', `/api/plan/metrics/${key}/values?from=2020&to=2022`)).values;
    expect(await values('employment.placements')).toEqual([
      { fiscalYear: 2020, value: 172 + PA_PLACEMENTS[2020] },
      { fiscalYear: 2021, value: 195 + PA_PLACEMENTS[2021] },
      { fiscalYear: 2022, value: 158 + PA_PLACEMENTS[2022] },
    ]);
    // Registered at the 年度's end: lifelong less its withdrawn employers, and public assistance.
    expect(await values('employment.employers_active')).toEqual([
      { fiscalYear: 2020, value: 392 + 11 },
      { fiscalYear: 2021, value: 493 - 20 + 13 },
      { fiscalYear: 2022, value: 542 - 25 + 12 },
    ]);
  });
});
