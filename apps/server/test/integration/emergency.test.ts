import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, sessionsOf } from '../support/factories';
import { createTestApp, type Session, type TestApp } from '../support/test-app';
import { dbKind } from '../support/test-db';

let t: TestApp;
let staff: Session; // records the intake
let coordinator: Session; // another agency, without a link
let admin: Session;
let auditor: Session;
let householdId: string;

const request = (overrides: Record<string, unknown> = {}) => ({
  familyNameKana: 'すずき',
  givenNameKana: 'はる',
  birthDate: '1940-01-15',
  reason: '本人が自宅で倒れているとの通報。既往歴と家族の連絡先を確認するため。',
  ...overrides,
});

beforeAll(async () => {
  t = await createTestApp();
  const login = sessionsOf(t);
  staff = await login('agency_staff');
  coordinator = await login('coordinator');
  admin = await login('admin');
  auditor = await login('auditor');
  const created = await t.call(staff, 'POST', '/api/intakes', {
    receivedOn: '2025-05-07',
    channel: 'visit',
    visitor: 'self',
    summary: '一人暮らし。',
    members: [
      {
        person: {
          familyName: '鈴木',
          givenName: 'ハル',
          familyNameKana: 'スズキ',
          givenNameKana: 'ハル',
          birthDate: '1940-01-15',
        },
        relationship: 'self',
        problems: ['isolation'],
      },
    ],
    mainProblem: { member: 0, code: 'isolation' },
  });
  householdId = created.json().householdId;
});
afterAll(() => t.close());

describe(`emergency access (${dbKind()})`, () => {
  it('is granted at once for an exactly identified person, then the household is readable', async () => {
    expect((await t.call(coordinator, 'GET', `/api/households/${householdId}`)).statusCode).toBe(404);
    const res = await t.call(coordinator, 'POST', '/api/emergency-access', request());
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().householdIds).toEqual([householdId]);
    const hours = (Date.parse(res.json().expiresAt) - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(23);
    expect(hours).toBeLessThanOrEqual(24);
    expect((await t.call(coordinator, 'GET', `/api/households/${householdId}`)).statusCode).toBe(200);
  });

  it('is flagged to admins with the reason, and audited', async () => {
    const list = await t.call(admin, 'GET', '/api/admin/emergency-accesses');
    expect(list.statusCode).toBe(200);
    expect(list.json().items[0]).toMatchObject({
      agencyName: '岡山市保健福祉企画総務課 相談支援包括化推進員',
      households: 1,
    });
    expect(list.json().items[0].reason).toContain('倒れている');
    expect((await auditEvents(t, auditor, 'action=emergency.accessed')).total).toBeGreaterThan(0);
  });

  it('answers 404 when nobody matches exactly — no browsing by partial names', async () => {
    for (const wrong of [request({ birthDate: '1940-01-16' }), request({ givenNameKana: 'は' })]) {
      expect((await t.call(coordinator, 'POST', '/api/emergency-access', wrong)).statusCode).toBe(404);
    }
  });

  it('requires a written reason (400) and a front-line role of an agency (403)', async () => {
    expect(
      (await t.call(coordinator, 'POST', '/api/emergency-access', request({ reason: '急ぎ' }))).statusCode,
    ).toBe(400);
    expect((await t.call(auditor, 'POST', '/api/emergency-access', request())).statusCode).toBe(403);
  });
});
