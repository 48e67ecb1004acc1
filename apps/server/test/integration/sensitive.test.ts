import { randomUUID } from 'node:crypto';
import type { SensitiveNote } from '@tsunagu/contracts/households';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, sessionsOf } from '../support/factories';
import { clientOf, readHousehold, recordIntake, soloIntake } from '../support/households';
import { createTestApp, type Session, type TestApp } from '../support/test-app';
import { dbKind } from '../support/test-db';

// 要配慮個人情報 (SPEC M2): recorded as append-only entries, shown in the household only as the kinds
// recorded, opened on its own request with every opening logged (basis and kinds, never the content).

let t: TestApp;
let staff: Session; // 北区中央地域包括支援センター: recorded the household
let manager: Session; // the same agency
let coordinator: Session; // another agency, a role that records
let advisor: Session; // another agency, a role that does not record
let planner: Session; // no agency
let auditor: Session;
let householdId: string;
let clientId: string;
let sonId: string;

const DIAGNOSIS = 'アルツハイマー型認知症（令和6年 鹿田病院にて診断）';
const DIAGNOSIS_CORRECTED = 'アルツハイマー型認知症（令和6年 岡山中央病院にて診断）';
const SON_MISFILED = '療育手帳B（判定は平成2年）';
const VICTIMHOOD = '特殊詐欺の被害（令和5年、警察に相談済み）';

const record = (session: Session, personId: string, body: Record<string, unknown>) =>
  t.call(session, 'POST', `/api/persons/${personId}/sensitive`, body);

async function open(session: Session, personId: string): Promise<SensitiveNote[]> {
  const res = await t.call(session, 'GET', `/api/persons/${personId}/sensitive`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items;
}

/** Each member's sensitiveCategories as the household read shows them. */
async function categories() {
  const household = await readHousehold(t, staff, householdId);
  return Object.fromEntries(household.members.map((m) => [m.person.id, m.sensitiveCategories]));
}

const viewsOf = async (personId: string) =>
  (await auditEvents(t, auditor, 'action=sensitive.viewed')).items.filter((e) => e.entityId === personId);

beforeAll(async () => {
  t = await createTestApp();
  const login = sessionsOf(t);
  staff = await login('agency_staff');
  manager = await login('agency_manager');
  coordinator = await login('coordinator');
  advisor = await login('advisor');
  planner = await login('planner');
  auditor = await login('auditor');
  householdId = (await recordIntake(t, staff)).householdId;
  const household = await readHousehold(t, staff, householdId);
  clientId = clientOf(household);
  sonId = household.members.find((m) => m.relationship === 'child')!.person.id;
});
afterAll(() => t.close());

describe(`要配慮個人情報 (${dbKind()})`, () => {
  it('records an entry; the household shows only its kind, and no read or log carries the content', async () => {
    const res = await record(staff, clientId, { category: 'diagnosis', content: DIAGNOSIS });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toEqual({ id: expect.any(String) });

    expect(await categories()).toEqual({ [clientId]: ['diagnosis'], [sonId]: [] });
    const household = await t.call(staff, 'GET', `/api/households/${householdId}`);
    const history = await t.call(staff, 'GET', `/api/households/${householdId}/history`);
    const search = await t.call(staff, 'GET', `/api/persons?q=${encodeURIComponent('たかはし')}`);
    for (const body of [household.body, history.body, search.body]) {
      expect(body).not.toContain(DIAGNOSIS);
      expect(body).not.toContain('アルツハイマー');
    }

    const recorded = (await auditEvents(t, auditor, 'action=sensitive.recorded')).items;
    expect(recorded.find((e) => e.entityId === clientId)?.payload).toEqual({
      basis: ['intake'],
      categories: ['diagnosis'],
    });
    const everything = await t.call(auditor, 'GET', '/api/audit/events?limit=500');
    expect(everything.body).not.toContain('アルツハイマー');
  });

  it('opens the content on its own request, and logs every opening with the basis and kinds', async () => {
    const before = (await viewsOf(clientId)).length;
    for (const session of [staff, manager]) {
      expect(await open(session, clientId)).toEqual([
        {
          id: expect.any(String),
          personId: clientId,
          category: 'diagnosis',
          content: DIAGNOSIS,
          supersedes: null,
          superseded: false,
          recordedByAgencyName: '岡山市北区中央地域包括支援センター',
          createdAt: expect.any(String),
        },
      ]);
    }
    const views = await viewsOf(clientId);
    expect(views).toHaveLength(before + 2);
    for (const view of views.slice(0, 2)) {
      expect(view.entityType).toBe('person');
      expect(view.payload).toEqual({ basis: ['intake'], categories: ['diagnosis'] });
    }
    // Opening a member with nothing recorded is an opening too.
    expect(await open(staff, sonId)).toEqual([]);
    expect((await viewsOf(sonId)).map((v) => v.payload)).toEqual([{ basis: ['intake'], categories: [] }]);
    const log = await t.call(auditor, 'GET', '/api/audit/events?limit=500');
    expect(log.body).not.toContain('アルツハイマー');
  });

  it('keeps a corrected entry, marks it superseded, and lets the household’s kinds follow the current entries', async () => {
    // A son's entry filed under the wrong kind, then corrected by the manager into another kind.
    const misfiled = (await record(staff, sonId, { category: 'disability', content: SON_MISFILED })).json()
      .id;
    expect((await categories())[sonId]).toEqual(['disability']);
    const fix = await record(manager, sonId, {
      category: 'diagnosis',
      content: SON_MISFILED,
      supersedes: misfiled,
    });
    expect(fix.statusCode, fix.body).toBe(201);
    const son = await open(staff, sonId);
    expect(son.map((n) => [n.category, n.supersedes, n.superseded])).toEqual([
      ['diagnosis', misfiled, false],
      ['disability', null, true],
    ]);
    expect((await categories())[sonId]).toEqual(['diagnosis']);
    // The same old entry cannot be corrected twice: that would leave two current versions.
    const again = await record(staff, sonId, {
      category: 'disability',
      content: '再訂正',
      supersedes: misfiled,
    });
    expect(again.statusCode).toBe(409);
    expect((await open(staff, sonId)).length).toBe(2);

    // The client's diagnosis corrected in its content, and a second kind added.
    const original = (await open(staff, clientId))[0]!;
    const corrected = await record(staff, clientId, {
      category: 'diagnosis',
      content: DIAGNOSIS_CORRECTED,
      supersedes: original.id,
    });
    expect(corrected.statusCode).toBe(201);
    expect((await record(staff, clientId, { category: 'victimhood', content: VICTIMHOOD })).statusCode).toBe(
      201,
    );
    const client = await open(manager, clientId);
    expect(client.map((n) => [n.content, n.superseded])).toEqual([
      [VICTIMHOOD, false],
      [DIAGNOSIS_CORRECTED, false],
      [DIAGNOSIS, true],
    ]);
    expect(await categories()).toEqual({ [clientId]: ['diagnosis', 'victimhood'], [sonId]: ['diagnosis'] });

    // What leaves the system on paper is the current entries only.
    const printed = (await t.call(manager, 'POST', `/api/households/${householdId}/print`, {})).json();
    expect(printed.sensitive.map((n: SensitiveNote) => n.content).sort()).toEqual(
      [DIAGNOSIS_CORRECTED, SON_MISFILED, VICTIMHOOD].sort(),
    );
    // A print from the browser's menu is logged without them, and says so.
    const menu = await t.call(manager, 'POST', `/api/households/${householdId}/print`, {
      withSensitive: false,
    });
    expect(menu.json()).toEqual({ sensitive: null });
    const logged = await auditEvents(t, await t.login('auditor'), 'action=household.exported');
    expect(logged.items[0]?.payload).toMatchObject({ format: 'print', sensitive: false });
  });

  it('refuses to correct another person’s entry, an unknown one or one out of sight (400), recording nothing', async () => {
    const clientNote = (await open(staff, clientId))[0]!.id;
    const elsewhere = (
      await recordIntake(t, coordinator, soloIntake({ familyNameKana: 'ヤマネ', givenNameKana: 'アキ' }))
    ).householdId;
    const stranger = clientOf(await readHousehold(t, coordinator, elsewhere));
    const theirs = (
      await record(coordinator, stranger, { category: 'offending', content: '窃盗（示談済み）' })
    ).json().id;
    const before = (await open(staff, sonId)).length;
    for (const supersedes of [clientNote, randomUUID(), theirs]) {
      const res = await record(staff, sonId, { category: 'diagnosis', content: '訂正のつもり', supersedes });
      expect(res.statusCode, supersedes).toBe(400);
      expect(res.json().error).toMatchObject({
        code: 'validation_failed',
        issues: [{ path: 'body.supersedes' }],
      });
    }
    expect(await open(staff, sonId)).toHaveLength(before);
  });

  it('refuses roles that do not record (403), whatever their link', async () => {
    for (const session of [advisor, planner, auditor]) {
      const res = await record(session, clientId, { category: 'disability', content: '身体障害者手帳1級' });
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBe('forbidden');
    }
  });

  it('answers 404 to other agencies and roles without a link, on reading and recording, logging no view', async () => {
    const views = (await viewsOf(clientId)).length;
    const before = (await open(staff, clientId)).length;
    const byCoordinator = await record(coordinator, clientId, {
      category: 'offending',
      content: '記録の試み',
    });
    expect(byCoordinator.statusCode).toBe(404);
    expect(byCoordinator.json().error.code).toBe('not_found');
    for (const session of [coordinator, advisor, planner, auditor]) {
      const res = await t.call(session, 'GET', `/api/persons/${clientId}/sensitive`);
      expect(res.statusCode).toBe(404);
      expect(res.json().error.code).toBe('not_found');
    }
    expect((await t.call(staff, 'GET', `/api/persons/${randomUUID()}/sensitive`)).statusCode).toBe(404);
    // The staff's own opening above is the only new view.
    expect((await viewsOf(clientId)).length).toBe(views + 1);
    expect(await open(staff, clientId)).toHaveLength(before);
  });

  it('rejects bad input with 400 and unauthenticated calls with 401', async () => {
    const bad = [
      { category: 'religion', content: '宗教' },
      { category: 'diagnosis', content: 'あ'.repeat(2001) },
      { category: 'diagnosis', content: '訂正', supersedes: 'not-a-uuid' },
      { content: '種類なし' },
    ];
    for (const body of bad)
      expect((await record(staff, clientId, body)).statusCode, JSON.stringify(body)).toBe(400);
    expect((await t.call(null, 'GET', `/api/persons/${clientId}/sensitive`)).statusCode).toBe(401);
    expect(
      (
        await t.call(null, 'POST', `/api/persons/${clientId}/sensitive`, {
          category: 'diagnosis',
          content: 'x',
        })
      ).statusCode,
    ).toBe(401);
  });

  it('refuses an entry without content (400): a kind alone would mark the person with nothing to read', async () => {
    const before = (await open(staff, sonId)).length;
    for (const content of ['', '   ', '\n\t']) {
      const res = await record(staff, sonId, { category: 'offending', content });
      expect(res.statusCode, JSON.stringify(content)).toBe(400);
    }
    expect(await open(staff, sonId)).toHaveLength(before);
    expect((await categories())[sonId]).not.toContain('offending');
  });
});
