import type { IntakeCreate } from '@tsunagu/contracts/households';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, sessionsOf } from '../support/factories';
import { intakeInput } from '../support/households';
import { createTestApp, type Session, type TestApp } from '../support/test-app';
import { dbKind } from '../support/test-db';

let t: TestApp;
let staff: Session; // 北区中央地域包括支援センター
let advisor: Session; // 社会福祉協議会: another agency
let planner: Session; // no agency
let auditor: Session;

const intake = intakeInput;

beforeAll(async () => {
  t = await createTestApp();
  const login = sessionsOf(t);
  staff = await login('agency_staff');
  advisor = await login('advisor');
  planner = await login('planner');
  auditor = await login('auditor');
});
afterAll(() => t.close());

describe(`intake and the household it records (${dbKind()})`, () => {
  it('records a household with its members and problems, visible to the recording agency', async () => {
    const created = await t.call(staff, 'POST', '/api/intakes', intake());
    expect(created.statusCode, created.body).toBe(201);
    const { householdId, intakeId } = created.json();
    const res = await t.call(staff, 'GET', `/api/households/${householdId}`);
    expect(res.statusCode).toBe(200);
    const household = res.json();
    expect(
      household.members.map(
        (m: { person: { familyName: string; givenName: string } }) =>
          `${m.person.familyName}${m.person.givenName}`,
      ),
    ).toEqual(['髙橋𠮷子', '髙橋一郎']);
    expect(household.members[1].relationship).toBe('child');
    expect(household.intakes).toHaveLength(1);
    expect(household.intakes[0].id).toBe(intakeId);
    expect(household.intakes[0].agencyName).toBe('岡山市北区中央地域包括支援センター');
    const main = household.intakes[0].problems.filter((p: { main: boolean }) => p.main);
    expect(main).toEqual([{ personId: household.members[0].person.id, code: 'long-term-care', main: true }]);
    expect(household.intakes[0].problems).toHaveLength(3);
  });

  it('answers 404 to every other agency and to roles without a link, on read and search', async () => {
    const { householdId } = (await t.call(staff, 'POST', '/api/intakes', intake())).json();
    for (const other of [advisor, planner, auditor]) {
      const res = await t.call(other, 'GET', `/api/households/${householdId}`);
      expect(res.statusCode).toBe(404);
      expect(res.json().error.code).toBe('not_found');
    }
    const search = await t.call(advisor, 'GET', `/api/persons?q=${encodeURIComponent('たかはし')}`);
    expect(search.statusCode).toBe(200);
    expect(search.json().items).toEqual([]);
  });

  it('finds persons by ふりがな in any script or width, within the agency’s links', async () => {
    for (const q of ['たかはし', 'タカハシ', 'ﾀｶﾊｼ', 'たかはしよしこ']) {
      const res = await t.call(staff, 'GET', `/api/persons?q=${encodeURIComponent(q)}`);
      expect(res.statusCode).toBe(200);
      expect(res.json().items.length, q).toBeGreaterThan(0);
      expect(res.json().items.every((p: { familyName: string }) => p.familyName === '髙橋')).toBe(true);
      // Each person comes with the households the agency may open for them.
      expect(res.json().items.every((p: { householdIds: string[] }) => p.householdIds.length === 1)).toBe(
        true,
      );
    }
  });

  it('finds persons by the name as written (two characters too), by birth date in 西暦 or 和暦, and by phone', async () => {
    const queries = [
      '髙橋',
      '髙橋𠮷子',
      '1948-02-29',
      '昭和23年2月29日',
      'S23.2.29',
      '086-000-1111',
      '0860001111',
      '０８６０００１１１１',
    ];
    for (const q of queries) {
      const res = await t.call(staff, 'GET', `/api/persons?q=${encodeURIComponent(q)}`);
      expect(res.statusCode, q).toBe(200);
      const names = res
        .json()
        .items.map((p: { familyName: string; givenName: string }) => `${p.familyName}${p.givenName}`);
      expect(names, q).toContain('髙橋𠮷子');
    }
    const other = await t.call(advisor, 'GET', `/api/persons?q=${encodeURIComponent('1948-02-29')}`);
    expect(other.json().items).toEqual([]);
  });

  it('audits every view and search without copying personal data into the log', async () => {
    const { householdId } = (await t.call(staff, 'POST', '/api/intakes', intake())).json();
    await t.call(staff, 'GET', `/api/households/${householdId}`);
    await t.call(staff, 'GET', `/api/persons?q=${encodeURIComponent('たかはし')}`);
    const viewed = await auditEvents(t, auditor, `action=household.viewed`);
    expect(viewed.items.some((e) => e.entityId === householdId)).toBe(true);
    const all = await t.call(auditor, 'GET', '/api/audit/events?limit=500');
    const text = JSON.stringify(all.json().items);
    expect(text).not.toContain('髙橋');
    expect(text).not.toContain('たかはし');
    expect(text).not.toContain('086-000-1111');
  });

  it('refuses roles that do not take consultations for an agency (403)', async () => {
    const res = await t.call(planner, 'POST', '/api/intakes', intake());
    expect(res.statusCode).toBe(403);
  });

  it('rejects bad intakes with 400 and the field at fault, writing nothing', async () => {
    const base = intake();
    const cases: [string, IntakeCreate][] = [
      [
        'no client',
        { ...base, members: base.members.map((m) => ({ ...m, relationship: 'child' as const })) },
      ],
      [
        'two clients',
        { ...base, members: base.members.map((m) => ({ ...m, relationship: 'self' as const })) },
      ],
      ['main problem not the member’s', { ...base, mainProblem: { member: 1, code: 'long-term-care' } }],
      [
        'unknown category',
        {
          ...base,
          members: [{ ...base.members[0]!, problems: ['no-such-thing'] }],
          mainProblem: { member: 0, code: 'no-such-thing' },
        },
      ],
      [
        'kanji in ふりがな',
        {
          ...base,
          members: [{ ...base.members[0]!, person: { ...base.members[0]!.person, familyNameKana: '高橋' } }],
        },
      ],
      [
        'birth date in the future',
        {
          ...base,
          members: [{ ...base.members[0]!, person: { ...base.members[0]!.person, birthDate: '2999-01-01' } }],
        },
      ],
      ['bad date', { ...base, receivedOn: '2025-02-30' }],
    ];
    const before = (
      await t.call(staff, 'GET', `/api/persons?q=${encodeURIComponent('たかはし')}&limit=100`)
    ).json().items.length;
    for (const [name, body] of cases) {
      const res = await t.call(staff, 'POST', '/api/intakes', body);
      expect(res.statusCode, name).toBe(400);
      expect(res.json().error.issues?.length, name).toBeGreaterThan(0);
    }
    const after = (
      await t.call(staff, 'GET', `/api/persons?q=${encodeURIComponent('たかはし')}&limit=100`)
    ).json().items.length;
    expect(after).toBe(before);
  });
});
