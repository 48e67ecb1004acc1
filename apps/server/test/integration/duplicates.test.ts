import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agencyByCode, auditEvents, sessionsOf } from '../support/factories';
import { clientOf, personInput, readHousehold, recordIntake, soloIntake } from '../support/households';
import { createTestApp, type Session, type TestApp } from '../support/test-app';
import { dbKind } from '../support/test-db';

// Duplicate detection searches the whole tenant but discloses by live link: a candidate the agency sees
// comes in full, one only another agency sees is a bare score. Coordinators review pairs and merge them;
// a merge deletes nothing and what was recorded under either record stays readable.

let t: TestApp;
let staff: Session; // 北区中央地域包括支援センター: records 髙橋 𠮷子 first (record A)
let manager: Session;
let coordinator: Session; // 相談支援包括化推進員 desk: records the same person again (record B)
let advisor: Session;
let planner: Session;
let admin: Session;
let auditor: Session;
let householdA: string;
let personA: string;

const KITA_CHUO = '岡山市北区中央地域包括支援センター';
const DESK = '岡山市保健福祉企画総務課 相談支援包括化推進員';
const SENSITIVE_B = '身体障害者手帳2級（聴覚）';
const REASON = '同一人物（生年月日・住所・電話が一致し、本人に確認済み）';

type Candidate = {
  visible: boolean;
  score: number;
  reasons?: { item: string; points: number }[];
  person?: { id: string };
  householdIds?: string[];
};

async function check(session: Session, body: Record<string, unknown>): Promise<Candidate[]> {
  const res = await t.call(session, 'POST', '/api/persons/duplicates', body);
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items;
}

const search = async (session: Session, q: string) =>
  (await t.call(session, 'GET', `/api/persons?q=${encodeURIComponent(q)}&limit=100`)).json().items as {
    id: string;
    householdIds: string[];
  }[];

const latestAudit = async (action: string, session: Session) =>
  (await auditEvents(t, auditor, `action=${action}&actorUserId=${session.userId}`)).items[0];

beforeAll(async () => {
  t = await createTestApp();
  const login = sessionsOf(t);
  staff = await login('agency_staff');
  manager = await login('agency_manager');
  coordinator = await login('coordinator');
  advisor = await login('advisor');
  planner = await login('planner');
  admin = await login('admin');
  auditor = await login('auditor');
  householdA = (await recordIntake(t, staff)).householdId;
  personA = clientOf(await readHousehold(t, staff, householdA));
});
afterAll(() => t.close());

describe(`duplicate check while entering a person (${dbKind()})`, () => {
  const entered = [
    [
      'the same ふりがな and birth date',
      { familyNameKana: 'タカハシ', givenNameKana: 'ヨシコ', birthDate: '1948-02-29' },
    ],
    [
      'the common 異体字 (高橋 吉子 for 髙橋 𠮷子)',
      {
        familyName: '高橋',
        givenName: '吉子',
        familyNameKana: 'たかはし',
        givenNameKana: 'よしこ',
        birthDate: '1948-02-29',
      },
    ],
    ['half-width kana', { familyNameKana: 'ﾀｶﾊｼ', givenNameKana: 'ﾖｼｺ', birthDate: '1948-02-29' }],
    [
      'the phone written otherwise',
      { familyNameKana: 'タカハシ', givenNameKana: 'ヨシコ', phones: ['０８６（０００）１１１１'] },
    ],
    [
      'the phone with the country code',
      { familyNameKana: 'タカハシ', givenNameKana: 'ヨシコ', phones: ['+81 86 000 1111'] },
    ],
  ] as const;

  for (const [what, body] of entered) {
    it(`shows the agency its own record in full, found by ${what}`, async () => {
      const items = await check(staff, body);
      expect(items).toHaveLength(1);
      expect(items[0]).toMatchObject({
        visible: true,
        person: { id: personA, familyName: '髙橋', givenName: '𠮷子', birthDate: '1948-02-29' },
        householdIds: [householdA],
      });
      expect(items[0]!.score).toBeGreaterThanOrEqual(50);
    });
  }

  it('explains the match item by item', async () => {
    const [variant] = await check(staff, entered[1][1]);
    expect(variant?.reasons).toEqual([
      expect.objectContaining({ item: 'name_kana', points: 40 }),
      expect.objectContaining({ item: 'name_kanji', points: 5 }),
      expect.objectContaining({ item: 'birth_date', points: 30 }),
    ]);
    const [byPhone] = await check(staff, entered[3][1]);
    expect(byPhone?.reasons?.map((r) => r.item)).toEqual(['name_kana', 'phone']);
  });

  it('tells another agency only that a record exists and how likely it is — no other key', async () => {
    const res = await t.call(coordinator, 'POST', '/api/persons/duplicates', entered[0][1]);
    const items = res.json().items;
    expect(items).toHaveLength(1);
    expect(Object.keys(items[0]).sort()).toEqual(['score', 'visible']);
    expect(items[0]).toEqual({ visible: false, score: 70 });
    for (const secret of [personA, householdA, '髙橋', '鹿田町', '086-000-1111'])
      expect(res.body).not.toContain(secret);
  });

  it('finds nothing for an unrelated person', async () => {
    expect(
      await check(staff, { familyNameKana: 'ヤマモト', givenNameKana: 'ハナコ', birthDate: '1990-01-01' }),
    ).toEqual([]);
  });

  it('audits each check with counts only', async () => {
    await check(staff, entered[0][1]);
    expect((await latestAudit('person.duplicates_checked', staff))?.payload).toEqual({
      visible: 1,
      hidden: 0,
    });
    await check(coordinator, entered[0][1]);
    expect((await latestAudit('person.duplicates_checked', coordinator))?.payload).toEqual({
      visible: 0,
      hidden: 1,
    });
    const log = JSON.stringify((await auditEvents(t, auditor, 'action=person.duplicates_checked')).items);
    for (const word of ['タカハシ', 'たかはし', '髙橋', '高橋', '1948-02-29', '1111'])
      expect(log).not.toContain(word);
  });

  it('refuses roles that enter no person (403), the signed-out (401) and bad input (400)', async () => {
    for (const session of [advisor, planner, auditor])
      expect((await t.call(session, 'POST', '/api/persons/duplicates', entered[0][1])).statusCode).toBe(403);
    expect((await t.call(null, 'POST', '/api/persons/duplicates', entered[0][1])).statusCode).toBe(401);
    // Programme staff register participants, new persons among them: they check too.
    const programme = await t.login('programme_staff');
    expect((await t.call(programme, 'POST', '/api/persons/duplicates', entered[0][1])).statusCode).toBe(200);
    const bad = await t.call(staff, 'POST', '/api/persons/duplicates', {
      familyNameKana: 'タ',
      birthDate: '1948-02-30',
    });
    expect(bad.statusCode).toBe(400);
  });
});

describe(`duplicate pairs and merging (${dbKind()})`, () => {
  let householdB: string;
  let personB: string;
  let consentB: string;

  beforeAll(async () => {
    // The same person comes to the coordinator's desk, recorded with the address and phone written otherwise.
    const b = soloIntake({ phones: ['0860001111'], address: '岡山県岡山市北区鹿田町一丁目1番1号' });
    householdB = (await recordIntake(t, coordinator, b)).householdId;
    personB = clientOf(await readHousehold(t, coordinator, householdB));
    const shakyo = await agencyByCode(t, coordinator, 'shakyo');
    const consent = await t.call(coordinator, 'POST', `/api/persons/${personB}/consents`, {
      purpose: 'support_sharing',
      scopeAgencyIds: [shakyo.id],
      scopeAgencyCategories: [],
      method: 'written',
      obtainedOn: '2025-05-08',
      note: null,
    });
    expect(consent.statusCode, consent.body).toBe(201);
    consentB = consent.json().id;
    const note = await t.call(coordinator, 'POST', `/api/persons/${personB}/sensitive`, {
      category: 'disability',
      content: SENSITIVE_B,
    });
    expect(note.statusCode, note.body).toBe(201);
    // Before the merge the desk sees the entry's kind on B, as on any member.
    expect((await readHousehold(t, coordinator, householdB)).members[0]!.sensitiveCategories).toEqual([
      'disability',
    ]);
  });

  const pairOf = async (session: Session) => {
    const res = await t.call(session, 'GET', '/api/admin/duplicate-pairs');
    expect(res.statusCode, res.body).toBe(200);
    return (res.json().items as { score: number; persons: { id: string; agencyNames: string[] }[] }[]).find(
      (p) =>
        p.persons
          .map((x) => x.id)
          .sort()
          .join() === [personA, personB].sort().join(),
    );
  };

  it('shows each agency its own record in full and the other one as a bare score', async () => {
    const body = { familyNameKana: 'たかはし', givenNameKana: 'よしこ', birthDate: '1948-02-29' };
    const forStaff = await check(staff, body);
    // Both score alike (ふりがな and birth date); the order between them is by id, not by visibility.
    expect(forStaff.filter((c) => c.visible).map((c) => c.person?.id)).toEqual([personA]);
    expect(forStaff.filter((c) => !c.visible)).toEqual([{ visible: false, score: 70 }]);
    const forCoordinator = await check(coordinator, body);
    expect(forCoordinator.filter((c) => c.visible).map((c) => c.person?.id)).toEqual([personB]);
    expect(forCoordinator.filter((c) => !c.visible)).toHaveLength(1);
  });

  it('lists the pair for coordinators, with the agencies holding each record', async () => {
    const pair = await pairOf(coordinator);
    expect(pair?.score).toBe(100);
    const byId = Object.fromEntries(pair!.persons.map((p) => [p.id, p.agencyNames]));
    expect(byId).toEqual({ [personA]: [KITA_CHUO], [personB]: [DESK] });
  });

  it('refuses the pair list to everyone else, the admin too (403)', async () => {
    for (const session of [admin, staff, manager, advisor, planner, auditor]) {
      const res = await t.call(session, 'GET', '/api/admin/duplicate-pairs');
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBe('forbidden');
    }
  });

  it('refuses a merge by staff (403), into itself (400), into an unknown record (404) and without a reason (400)', async () => {
    const merge = (session: Session, id: string, body: Record<string, unknown>) =>
      t.call(session, 'POST', `/api/persons/${id}/merge`, body);
    for (const session of [staff, manager, advisor])
      expect((await merge(session, personB, { intoPersonId: personA, reason: REASON })).statusCode).toBe(403);
    expect((await merge(coordinator, personB, { intoPersonId: personB, reason: REASON })).statusCode).toBe(
      400,
    );
    expect(
      (await merge(coordinator, personB, { intoPersonId: randomUUID(), reason: REASON })).statusCode,
    ).toBe(404);
    expect((await merge(coordinator, personB, { intoPersonId: personA, reason: '' })).statusCode).toBe(400);
    expect(await pairOf(coordinator)).toBeDefined(); // nothing was merged
  });

  it('merges B into A, audited, and the pair is gone', async () => {
    const res = await t.call(coordinator, 'POST', `/api/persons/${personB}/merge`, {
      intoPersonId: personA,
      reason: REASON,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ personId: personA, mergedPersonId: personB });
    const audit = await latestAudit('person.merged', coordinator);
    expect(audit).toMatchObject({ entityType: 'person', entityId: personB, payload: { into: personA } });
    expect(await pairOf(coordinator)).toBeUndefined();
  });

  it('no longer finds the merged record; each agency finds the record that stayed, in its own households', async () => {
    for (const q of ['タカハシ ヨシコ', '1948-02-29', '0860001111']) {
      expect(
        (await search(coordinator, q)).map((p) => [p.id, p.householdIds]),
        q,
      ).toEqual([[personA, [householdB]]]);
      expect(
        (await search(staff, q)).map((p) => [p.id, p.householdIds]),
        q,
      ).toEqual([[personA, [householdA]]]);
    }
    const candidates = await check(coordinator, {
      familyNameKana: 'タカハシ',
      givenNameKana: 'ヨシコ',
      birthDate: '1948-02-29',
    });
    expect(candidates.map((c) => [c.visible, c.person?.id])).toEqual([[true, personA]]);
  });

  it('lists the record that stayed as the client of the merged person’s household, with its problems', async () => {
    const household = await readHousehold(t, coordinator, householdB);
    expect(household.members.map((m) => [m.person.id, m.relationship])).toEqual([[personA, 'self']]);
    expect(household.intakes[0]!.problems).toEqual([{ personId: personA, code: 'isolation', main: true }]);
    // The agency that held A alone sees no more than before.
    expect((await t.call(staff, 'GET', `/api/households/${householdB}`)).statusCode).toBe(404);
  });

  it('keeps both records’ history, each in its household', async () => {
    const inB = (await t.call(coordinator, 'GET', `/api/households/${householdB}/history`)).json().items;
    expect(inB).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          action: 'merged_into',
          personId: personB,
          changes: expect.objectContaining({
            mergedInto: { from: null, to: personA },
            reason: { from: null, to: REASON },
          }),
          changedByAgencyName: DESK,
        }),
        expect.objectContaining({ action: 'merged_from', personId: personA }),
      ]),
    );
    const inA = (await t.call(staff, 'GET', `/api/households/${householdA}/history`)).json().items;
    expect(inA).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          action: 'merged_from',
          personId: personA,
          changes: expect.objectContaining({ mergedFrom: { from: null, to: personB } }),
        }),
      ]),
    );
    expect(inA.map((h: { action: string }) => h.action)).not.toContain('merged_into');
  });

  it('reads the consents recorded under the merged record through the record that stayed', async () => {
    const res = await t.call(coordinator, 'GET', `/api/persons/${personA}/consents`);
    expect(res.statusCode).toBe(200);
    expect(res.json().items).toEqual([
      expect.objectContaining({ id: consentB, personId: personB, active: true }),
    ]);
  });

  it('reads the 要配慮個人情報 recorded under the merged record through the record that stayed', async () => {
    const household = await readHousehold(t, coordinator, householdB);
    expect.soft(household.members[0]!.sensitiveCategories, 'household view').toEqual(['disability']);
    const res = await t.call(coordinator, 'GET', `/api/persons/${personA}/sensitive`);
    expect(res.statusCode).toBe(200);
    expect
      .soft(
        res.json().items.map((n: { content: string }) => n.content),
        'GET sensitive',
      )
      .toEqual([SENSITIVE_B]);
    const printed = await t.call(coordinator, 'POST', `/api/households/${householdB}/print`, {});
    expect
      .soft(
        printed.json().sensitive?.map((n: { content: string }) => n.content),
        'print',
      )
      .toEqual([SENSITIVE_B]);
  });

  it('refuses a second merge of the same record (409) and any change to the merged one (404)', async () => {
    const again = await t.call(coordinator, 'POST', `/api/persons/${personB}/merge`, {
      intoPersonId: personA,
      reason: REASON,
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('conflict');
    // The admin may not merge at all.
    const byAdmin = await t.call(admin, 'POST', `/api/persons/${personB}/merge`, {
      intoPersonId: personA,
      reason: REASON,
    });
    expect(byAdmin.statusCode).toBe(403);
    const back = await t.call(coordinator, 'POST', `/api/persons/${personA}/merge`, {
      intoPersonId: personB,
      reason: REASON,
    });
    expect(back.statusCode).toBe(409);
    const edit = await t.call(coordinator, 'PUT', `/api/persons/${personB}`, {
      ...personInput(),
      version: 2,
    });
    expect(edit.statusCode).toBe(404);
  });
});

describe(`dismissing a pair as two different people (${dbKind()})`, () => {
  const twin = { familyNameKana: 'ミヤケ', givenNameKana: 'ハナ', birthDate: '1950-07-07' };
  let first: string;
  let second: string;
  const listed = async () => {
    const res = await t.call(coordinator, 'GET', '/api/admin/duplicate-pairs?limit=200');
    return (res.json().items as { persons: { id: string }[] }[]).some((p) =>
      p.persons.every((x) => [first, second].includes(x.id)),
    );
  };

  beforeAll(async () => {
    // Two women with the same reading and birthday, at different addresses: likely a pair, not one person.
    const a = await recordIntake(
      t,
      staff,
      soloIntake({ ...twin, familyName: '三宅', givenName: '花', address: '岡山市北区鹿田町1-1-1' }),
    );
    const b = await recordIntake(
      t,
      staff,
      soloIntake({ ...twin, familyName: '三宅', givenName: '華', address: '岡山市中区浜1-2-3', phones: [] }),
    );
    first = clientOf(await readHousehold(t, staff, a.householdId));
    second = clientOf(await readHousehold(t, staff, b.householdId));
  });

  it('takes the pair off the review list for good, audited; only coordinators may', async () => {
    expect(await listed()).toBe(true);
    const body = { personIds: [second, first], note: '住所・家族構成が異なり別人と確認' };
    expect((await t.call(staff, 'POST', '/api/admin/duplicate-pairs/dismiss', body)).statusCode).toBe(403);
    expect((await t.call(admin, 'POST', '/api/admin/duplicate-pairs/dismiss', body)).statusCode).toBe(403);
    const res = await t.call(coordinator, 'POST', '/api/admin/duplicate-pairs/dismiss', body);
    expect(res.statusCode, res.body).toBe(200);
    expect(await listed()).toBe(false);
    // Saying it again changes nothing; the pair stays off the list.
    expect((await t.call(coordinator, 'POST', '/api/admin/duplicate-pairs/dismiss', body)).statusCode).toBe(
      200,
    );
    expect(await listed()).toBe(false);
    const events = await auditEvents(t, auditor, 'action=person.duplicate_dismissed');
    expect(events.items[0]?.payload).toEqual({ persons: [second, first] });
    expect(JSON.stringify(events.items)).not.toContain('三宅');
  });

  it('refuses one person twice (400) and unknown persons (404)', async () => {
    const same = await t.call(coordinator, 'POST', '/api/admin/duplicate-pairs/dismiss', {
      personIds: [first, first],
    });
    expect(same.statusCode).toBe(400);
    const unknown = await t.call(coordinator, 'POST', '/api/admin/duplicate-pairs/dismiss', {
      personIds: [first, randomUUID()],
    });
    expect(unknown.statusCode).toBe(404);
  });
});
