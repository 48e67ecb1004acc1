import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agencyByCode, sessionsOf } from '../support/factories';
import { readHousehold } from '../support/households';
import { consentingHousehold, readReferral, sendReferral } from '../support/referrals';
import { createTestApp, type Session, type TestApp } from '../support/test-app';

let t: TestApp;
let staff: Session; // 地域包括支援センター 北区中央
let naka: Session; // 地域包括支援センター 中区
let yorisoi: Session; // 寄り添いサポートセンター
let coordinator: Session;
let nakaId: string;
let yorisoiId: string;

beforeAll(async () => {
  t = await createTestApp();
  const login = sessionsOf(t);
  staff = await login('agency_staff');
  coordinator = await login('coordinator');
  naka = await t.loginAs('staff-naka@demo.example');
  yorisoi = await t.loginAs('staff-yorisoi@demo.example');
  nakaId = (await agencyByCode(t, staff, 'hokatsu-naka')).id;
  yorisoiId = (await agencyByCode(t, staff, 'yorisoi-support')).id;
});
afterAll(() => t.close());

describe('a referral between two agencies', () => {
  it('opens the household to the receiver, and the receiver accepts it', async () => {
    const { householdId, personId } = await consentingHousehold(t, staff, { agencyIds: [nakaId] });
    expect((await t.call(naka, 'GET', `/api/households/${householdId}`)).statusCode).toBe(404);
    const [id] = await sendReferral(t, staff, { householdId, personId, toAgencyIds: [nakaId] });
    await readHousehold(t, naka, householdId);
    const seen = await readReferral(t, naka, id!);
    expect(seen.state).toBe('received');
    expect(seen.actions).toEqual(['accept', 'hand_on', 'escalate']);
    const accepted = await t.call(naka, 'POST', `/api/referrals/${id}/accept`, { version: seen.version });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json().state).toBe('accepted');
    const fromSender = await readReferral(t, staff, id!);
    expect(fromSender.events.map((e) => e.action)).toEqual(['send', 'receive', 'accept']);
    expect(yorisoi.agencyId).toBe(yorisoiId);
    expect(coordinator.agencyId).not.toBeNull();
  });
});
