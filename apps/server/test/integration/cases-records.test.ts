import type { SupportRecord } from '@tsunagu/contracts/cases';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { japanToday } from '../../src/platform/db/japan-today-sql';
import { addToTeam, openCoordinatedCase, readCase, shiftDate, today } from '../support/cases';
import { agencyByCode, auditEvents, sessionsOf } from '../support/factories';
import { dbFailure, rows } from '../support/sql';
import { createTestApp, type Session, type TestApp } from '../support/test-app';
import { dbKind } from '../support/test-db';

// SPEC M4: the team of a coordinated case and what membership opens, 個別調整, outreach, and the
// append-only 支援経過記録 (a correction is a new entry naming the one it corrects).

let t: TestApp;
let staff: Session; // 北区中央: records the households and asks the coordinator
let naka: Session; // 中区: joins the team
let yorisoi: Session; // 寄り添い: never on these teams
let coordinator: Session;
let ids: { naka: string; yorisoi: string };

beforeAll(async () => {
  t = await createTestApp();
  const login = sessionsOf(t);
  staff = await login('agency_staff');
  coordinator = await login('coordinator');
  naka = await t.loginAs('staff-naka@demo.example');
  yorisoi = await t.loginAs('staff-yorisoi@demo.example');
  ids = {
    naka: (await agencyByCode(t, staff, 'hokatsu-naka')).id,
    yorisoi: (await agencyByCode(t, staff, 'yorisoi-support')).id,
  };
});
afterAll(() => t.close());

let names = 0;
const NAMES = [
  ['芦田', 'アシダ'],
  ['篠崎', 'シノザキ'],
  ['槙野', 'マキノ'],
  ['椎名', 'シイナ'],
  ['檜垣', 'ヒガキ'],
  ['桐生', 'キリュウ'],
] as const;
function freshCase() {
  const [familyName, familyNameKana] = NAMES[names++ % NAMES.length]!;
  return openCoordinatedCase(t, staff, coordinator, { familyName, familyNameKana });
}

const status = async (s: Session, url: string) => (await t.call(s, 'GET', url)).statusCode;

describe(`the team (${dbKind()})`, () => {
  it('membership opens the case and the household; ending it closes both at once', async () => {
    const c = await freshCase();
    const [caseUrl, householdUrl] = [`/api/cases/${c.caseId}`, `/api/households/${c.householdId}`];
    expect([await status(naka, caseUrl), await status(naka, householdUrl)]).toEqual([404, 404]);

    const memberId = await addToTeam(t, coordinator, c.caseId, ids.naka, 'person_support');
    expect([await status(naka, caseUrl), await status(naka, householdUrl)]).toEqual([200, 200]);
    const seen = await readCase(t, naka, c.caseId);
    expect(seen.personName).toBe(`${NAMES[0][0]} 𠮷子`);
    expect(seen.abilities).toMatchObject({
      record: true,
      draftPlan: true,
      manageTeam: false,
      contact: false,
    });
    expect([await status(yorisoi, caseUrl), await status(yorisoi, householdUrl)]).toEqual([404, 404]);

    const ended = await t.call(coordinator, 'POST', `${caseUrl}/team/end`, { memberId });
    expect(ended.statusCode, ended.body).toBe(200);
    const endedMember = ended.json().team.find((m: { id: string }) => m.id === memberId);
    const [stored] = await rows<{ created_at: string | Date; ended_at: string | Date }>(
      t.db,
      sql`select created_at, ended_at from case_team where id = ${memberId}`,
    );
    // The instants as the API gives every instant (toISOString), whichever way the page reads them.
    expect(endedMember).toMatchObject({
      addedAt: new Date(stored!.created_at).toISOString(),
      endedAt: new Date(stored!.ended_at).toISOString(),
    });
    expect([await status(naka, caseUrl), await status(naka, householdUrl)]).toEqual([404, 404]);
    const again = await t.call(coordinator, 'POST', `${caseUrl}/team/end`, { memberId });
    expect(again.statusCode).toBe(404);
  });

  it('the same agency in the same role twice is a 409; a missing agency a 400', async () => {
    const c = await freshCase();
    await addToTeam(t, coordinator, c.caseId, ids.naka, 'person_support');
    const twice = await t.call(coordinator, 'POST', `/api/cases/${c.caseId}/team`, {
      agencyId: ids.naka,
      role: 'person_support',
    });
    expect(twice.statusCode).toBe(409);
    const missing = await t.call(coordinator, 'POST', `/api/cases/${c.caseId}/team`, {
      agencyId: crypto.randomUUID(),
      role: 'advisor',
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.issues[0].path).toBe('agencyId');
    expect((await readCase(t, coordinator, c.caseId)).team).toHaveLength(2); // desk + 中区
  });

  it('only the coordinator manages the team: a team member gets 403', async () => {
    const c = await freshCase();
    await addToTeam(t, coordinator, c.caseId, ids.naka);
    const byMember = await t.call(naka, 'POST', `/api/cases/${c.caseId}/team`, {
      agencyId: ids.yorisoi,
      role: 'partner_support',
    });
    expect(byMember.statusCode).toBe(403);
    expect((await readCase(t, coordinator, c.caseId)).team).toHaveLength(2);
  });
});

describe(`個別調整 and outreach (${dbKind()})`, () => {
  it('records a contact with its date, agency, method and content', async () => {
    const c = await freshCase();
    const res = await t.call(coordinator, 'POST', `/api/cases/${c.caseId}/contacts`, {
      contactedOn: today(),
      agencyId: ids.yorisoi,
      method: 'visit',
      content: '家計の状況を共有し、同行訪問を依頼',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().contacts).toEqual([
      expect.objectContaining({
        contactedOn: today(),
        agency: { id: ids.yorisoi, name: '岡山市寄り添いサポートセンター' },
        method: 'visit',
        content: '家計の状況を共有し、同行訪問を依頼',
        recordedBy: expect.any(String),
      }),
    ]);
    // A contact does not put the agency on the team.
    expect(await status(yorisoi, `/api/cases/${c.caseId}`)).toBe(404);
  });

  it('refuses a future date, a bad method and a missing agency (400), and a team member (403)', async () => {
    const c = await freshCase();
    await addToTeam(t, coordinator, c.caseId, ids.naka);
    const url = `/api/cases/${c.caseId}/contacts`;
    const ok = { contactedOn: today(), agencyId: ids.naka, method: 'phone', content: '電話で調整' };
    const future = await t.call(coordinator, 'POST', url, { ...ok, contactedOn: shiftDate(today(), 1) });
    expect(future.statusCode).toBe(400);
    expect(future.json().error.issues[0].path).toBe('contactedOn');
    expect((await t.call(coordinator, 'POST', url, { ...ok, method: 'fax' })).statusCode).toBe(400);
    expect((await t.call(coordinator, 'POST', url, { ...ok, content: '  ' })).statusCode).toBe(400);
    const noAgency = await t.call(coordinator, 'POST', url, { ...ok, agencyId: crypto.randomUUID() });
    expect(noAgency.statusCode).toBe(400);
    expect((await t.call(naka, 'POST', url, ok)).statusCode).toBe(403);
    expect((await readCase(t, coordinator, c.caseId)).contacts).toEqual([]);
  });

  it('a team member records an outreach visit, also before consent; an outsider gets 404', async () => {
    const c = await freshCase();
    await addToTeam(t, coordinator, c.caseId, ids.naka);
    const url = `/api/cases/${c.caseId}/outreach`;
    const visit = { visitedOn: today(), beforeConsent: true, place: '自宅前', summary: '不在。手紙を投函' };
    const res = await t.call(naka, 'POST', url, visit);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().outreach).toEqual([expect.objectContaining(visit)]);
    expect((await t.call(yorisoi, 'POST', url, visit)).statusCode).toBe(404);
    const future = await t.call(naka, 'POST', url, { ...visit, visitedOn: shiftDate(today(), 2) });
    expect(future.statusCode).toBe(400);
    expect((await t.call(naka, 'POST', url, { ...visit, beforeConsent: 'yes' })).statusCode).toBe(400);
    expect((await readCase(t, coordinator, c.caseId)).outreach).toHaveLength(1);
  });
});

describe(`the support record is append-only (${dbKind()})`, () => {
  it('a correction is a new entry; the corrected one shows who corrected it', async () => {
    const c = await freshCase();
    await addToTeam(t, coordinator, c.caseId, ids.naka);
    const url = `/api/cases/${c.caseId}/records`;
    const first = await t.call(naka, 'POST', url, { occurredOn: today(), body: '本人と面談。通院は月2回。' });
    expect(first.statusCode, first.body).toBe(200);
    const original = first.json().records[0];
    expect(original).toMatchObject({
      correctsId: null,
      correctedById: null,
      agency: '岡山市中区地域包括支援センター',
    });

    const fix = await t.call(naka, 'POST', url, {
      occurredOn: today(),
      body: '訂正：通院は月1回。',
      correctsId: original.id,
    });
    expect(fix.statusCode, fix.body).toBe(200);
    const records = fix.json().records as { id: string; body: string; correctsId: string | null }[];
    expect(records).toHaveLength(2);
    const correction = records.find((r) => r.correctsId === original.id)!;
    expect(correction.body).toBe('訂正：通院は月1回。');
    expect(records.find((r) => r.id === original.id)).toMatchObject({
      body: '本人と面談。通院は月2回。',
      correctedById: correction.id,
    });
  });

  it('the database refuses UPDATE and DELETE of an entry, even to its owner', async () => {
    const c = await freshCase();
    const res = await t.call(coordinator, 'POST', `/api/cases/${c.caseId}/records`, {
      occurredOn: today(),
      body: '消せない記録',
    });
    const id = res.json().records[0].id as string;
    for (const attempt of [
      sql`update case_records set body = '書き換え' where id = ${id}`,
      sql`delete from case_records where id = ${id}`,
    ]) {
      const failure = await dbFailure(t.db.execute(attempt));
      expect(failure?.code).toBe('42501');
      expect(failure?.message).toMatch(/append-only/);
    }
    const [row] = await rows<{ body: string }>(t.db, sql`select body from case_records where id = ${id}`);
    expect(row?.body).toBe('消せない記録');
  });

  it('a correction must name an entry of the same case (400), a future date is refused (400)', async () => {
    const [a, b] = [await freshCase(), await freshCase()];
    const other = await t.call(coordinator, 'POST', `/api/cases/${b.caseId}/records`, {
      occurredOn: today(),
      body: '別ケースの記録',
    });
    const url = `/api/cases/${a.caseId}/records`;
    const cross = await t.call(coordinator, 'POST', url, {
      occurredOn: today(),
      body: '訂正',
      correctsId: other.json().records[0].id,
    });
    expect(cross.statusCode).toBe(400);
    expect(cross.json().error.issues[0].path).toBe('correctsId');
    const future = await t.call(coordinator, 'POST', url, {
      occurredOn: shiftDate(today(), 1),
      body: '未来',
    });
    expect(future.statusCode).toBe(400);
    expect((await t.call(coordinator, 'POST', url, { occurredOn: today(), body: '' })).statusCode).toBe(400);
    expect((await readCase(t, coordinator, a.caseId)).records).toEqual([]);
  });

  it('an agency outside the team cannot write (404); the planner cannot either (403)', async () => {
    const c = await freshCase();
    const entry = { occurredOn: today(), body: '外部からの記録' };
    expect((await t.call(yorisoi, 'POST', `/api/cases/${c.caseId}/records`, entry)).statusCode).toBe(404);
    const planner = await sessionsOf(t)('planner');
    expect((await t.call(planner, 'POST', `/api/cases/${c.caseId}/records`, entry)).statusCode).toBe(403);
    expect((await readCase(t, coordinator, c.caseId)).records).toEqual([]);
  });
});

describe(`the 支援経過記録 a page at a time (${dbKind()})`, () => {
  /** Writes `n` entries straight into the table, one a day going back from yesterday. */
  async function manyEntries(caseId: string, n: number) {
    await t.db.execute(sql`insert into case_records (tenant_id, case_id, occurred_on, body, author_id, created_at)
      select c.tenant_id, c.id, ${japanToday} - g, '経過 ' || g, u.id, timestamptz '2026-01-01' + g * interval '1 minute'
      from cases c, users u, generate_series(1, ${n}) g
      where c.id = ${caseId} and u.email = 'coordinator@demo.example'`);
  }
  const page = async (s: Session, caseId: string, query: string) => {
    const res = await t.call(s, 'GET', `/api/cases/${caseId}/records?${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as { items: SupportRecord[]; total: number };
  };

  it('the case page holds the newest 100; the rest come in pages that neither overlap nor skip', async () => {
    const c = await freshCase();
    await manyEntries(c.caseId, 230);
    const oldestDay = shiftDate(today(), -230);
    const first = await readCase(t, coordinator, c.caseId);
    const oldest = (await page(coordinator, c.caseId, 'offset=229&limit=1')).items[0]!;
    expect(oldest.occurredOn).toBe(oldestDay);
    const corrected = await t.call(coordinator, 'POST', `/api/cases/${c.caseId}/records`, {
      occurredOn: today(),
      body: '訂正：最初の記録',
      correctsId: oldest.id,
    });
    expect(corrected.statusCode, corrected.body).toBe(200);
    const detail = corrected.json() as typeof first;
    expect(first.records).toHaveLength(100);
    expect(first.recordTotal).toBe(230);
    expect(detail.recordTotal).toBe(231);
    expect(detail.records).toHaveLength(100);
    expect(detail.records[0]).toMatchObject({
      correctsId: oldest.id,
      correctsOn: oldestDay,
      correctedById: null,
    });

    const second = await page(coordinator, c.caseId, 'offset=100');
    const third = await page(coordinator, c.caseId, 'offset=200');
    expect([second.items.length, third.items.length, second.total]).toEqual([100, 31, 231]);
    const all = [...detail.records, ...second.items, ...third.items];
    expect(new Set(all.map((r) => r.id)).size).toBe(231);
    const days = all.map((r) => r.occurredOn);
    expect(days).toEqual([...days].sort().reverse());
    expect(all.at(-1)).toMatchObject({ id: oldest.id, correctedById: detail.records[0]!.id });
    expect((await page(coordinator, c.caseId, 'offset=231')).items).toEqual([]);
  });

  it('an older page is audited as a view of the case, with where it starts', async () => {
    const c = await freshCase();
    await manyEntries(c.caseId, 120);
    await page(coordinator, c.caseId, 'offset=100&limit=50');
    const auditor = await sessionsOf(t)('auditor');
    const { items } = await auditEvents(t, auditor, `action=case.viewed&actorUserId=${coordinator.userId}`);
    const mine = items.filter((e) => e.entityId === c.caseId && e.payload.records);
    expect(mine.map((e) => e.payload)).toEqual([{ via: 'case', records: { offset: 100, count: 20 } }]);
  });

  it('who may not see the case gets 404 for its pages too; bad paging is a 400', async () => {
    const c = await freshCase();
    await manyEntries(c.caseId, 3);
    expect((await t.call(yorisoi, 'GET', `/api/cases/${c.caseId}/records`)).statusCode).toBe(404);
    expect((await t.call(null, 'GET', `/api/cases/${c.caseId}/records`)).statusCode).toBe(401);
    await addToTeam(t, coordinator, c.caseId, ids.naka, 'person_support');
    expect((await page(naka, c.caseId, '')).items.map((r) => r.body)).toEqual(['経過 1', '経過 2', '経過 3']);
    for (const bad of ['limit=0', 'limit=501', 'offset=-1', 'limit=abc']) {
      const res = await t.call(coordinator, 'GET', `/api/cases/${c.caseId}/records?${bad}`);
      expect(res.statusCode, bad).toBe(400);
      expect(res.json().error.issues.length, bad).toBeGreaterThan(0);
    }
    expect((await t.call(coordinator, 'GET', '/api/cases/not-a-uuid/records')).statusCode).toBe(400);
  });
});

describe(`the checks every case write makes (${dbKind()})`, () => {
  it('401 without a session and 400 for a malformed id or body on every case write', async () => {
    const c = await freshCase();
    for (const path of ['team', 'team/end', 'contacts', 'outreach', 'records', 'close', 'review']) {
      const anon = await t.call(null, 'POST', `/api/cases/${c.caseId}/${path}`, {});
      expect(anon.statusCode, path).toBe(401);
      const badId = await t.call(coordinator, 'POST', `/api/cases/not-a-uuid/${path}`, {});
      expect(badId.statusCode, path).toBe(400);
      const badBody = await t.call(coordinator, 'POST', `/api/cases/${c.caseId}/${path}`, { x: 1 });
      expect(badBody.statusCode, path).toBe(400);
      expect(badBody.json().error.issues.length, path).toBeGreaterThan(0);
    }
    expect((await t.call(null, 'GET', `/api/cases/${c.caseId}`)).statusCode).toBe(401);
    expect((await t.call(coordinator, 'GET', '/api/cases/123')).statusCode).toBe(400);
  });
});
