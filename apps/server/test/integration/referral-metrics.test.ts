import { fiscalYearOf } from '@tsunagu/japan';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agencyByCode, sessionsOf } from '../support/factories';
import { consentingHousehold, readReferral, sendReferral } from '../support/referrals';
import { createTestApp, type Session, type TestApp } from '../support/test-app';

// Builds a small, known set of referrals in this 年度 and checks every figure of the metrics.
//   R1 北区中央 → 中区, accepted          R2 北区中央 → 寄り添い, handed on → R3 寄り添い → 中区, accepted
//   R4 北区中央 → 中区, escalated
let t: TestApp;
let staff: Session;
let naka: Session;
let yorisoi: Session;
let ids: { kitaChuo: string; naka: string; yorisoi: string };
const fiscalYear = fiscalYearOf(new Date());

beforeAll(async () => {
  t = await createTestApp();
  const login = sessionsOf(t);
  staff = await login('agency_staff');
  naka = await t.loginAs('staff-naka@demo.example');
  yorisoi = await t.loginAs('staff-yorisoi@demo.example');
  ids = {
    kitaChuo: (await agencyByCode(t, staff, 'hokatsu-kita-chuo')).id,
    naka: (await agencyByCode(t, staff, 'hokatsu-naka')).id,
    yorisoi: (await agencyByCode(t, staff, 'yorisoi-support')).id,
  };
  const scope = { agencyIds: [ids.naka, ids.yorisoi] };
  const act = async (s: Session, id: string, action: string, body: object = {}) => {
    const { version } = await readReferral(t, s, id);
    const res = await t.call(s, 'POST', `/api/referrals/${id}/${action}`, { version, ...body });
    if (res.statusCode !== 200) throw new Error(`${action}: ${res.body}`);
    return res.json();
  };
  const send = async (to: string) => {
    const h = await consentingHousehold(t, staff, scope);
    return (await sendReferral(t, staff, { ...h, toAgencyIds: [to] }))[0]!;
  };
  await act(naka, await send(ids.naka), 'accept');
  const r2 = await send(ids.yorisoi);
  const handed = await act(yorisoi, r2, 'hand-on', { toAgencyId: ids.naka, reason: '中区の方が近いため' });
  await act(naka, handed.nextReferralId, 'accept');
  await act(naka, await send(ids.naka), 'escalate', { reason: 'no_destination', note: null });
});
afterAll(() => t.close());

const metrics = async (s: Session, fy = fiscalYear) => {
  const res = await t.call(s, 'GET', `/api/referrals/metrics?fiscalYear=${fy}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};

describe('referral metrics by agency and 年度', () => {
  it('computes each figure from the records', async () => {
    const planner = await t.login('planner');
    const m = await metrics(planner);
    const row = (id: string) => m.rows.find((r: { agencyId: string }) => r.agencyId === id);
    expect(row(ids.kitaChuo)).toMatchObject({
      sent: 3,
      received: 0,
      acceptedInTimeRate: null,
      hopsPerHousehold: 0.33, // three households, one hand-on
      escalations: 0,
    });
    expect(row(ids.naka)).toMatchObject({
      sent: 0,
      received: 3,
      acceptedInTimeRate: 0.667,
      hopsPerHousehold: null,
      escalations: 1,
    });
    expect(row(ids.naka).medianHoursToAccept).toBeGreaterThanOrEqual(0);
    expect(row(ids.naka).medianHoursToAccept).toBeLessThan(0.1);
    expect(row(ids.yorisoi)).toMatchObject({ sent: 1, received: 1, acceptedInTimeRate: 0, escalations: 0 });
    expect(row(ids.yorisoi).ownerlessDays).toBeLessThan(0.01);
    expect(m.total).toMatchObject({
      agencyName: '合計',
      sent: 4,
      received: 4,
      acceptedInTimeRate: 0.5,
      hopsPerHousehold: 0.33,
      escalations: 1,
    });
  });

  it('counts nothing in another 年度', async () => {
    const m = await metrics(await t.login('coordinator'), fiscalYear - 1);
    expect(m.rows).toEqual([]);
    expect(m.total).toMatchObject({ sent: 0, received: 0, acceptedInTimeRate: null, escalations: 0 });
  });

  it('shows an agency’s staff their own row and the city total only', async () => {
    const m = await metrics(naka);
    expect(m.rows.map((r: { agencyId: string }) => r.agencyId)).toEqual([ids.naka]);
    expect(m.total.sent).toBe(4);
    const auditor = await t.login('auditor');
    expect((await t.call(auditor, 'GET', `/api/referrals/metrics?fiscalYear=${fiscalYear}`)).statusCode).toBe(
      403,
    );
    expect((await t.call(naka, 'GET', '/api/referrals/metrics?fiscalYear=abc')).statusCode).toBe(400);
  });
});
