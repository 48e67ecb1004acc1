import type { Role } from '@tsunagu/contracts';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UserActor } from '../../src/platform/auth/actor';
import { runAs } from '../../src/platform/db/scope';
import { openCoordinatedCase, planInput } from '../support/cases';
import { agencyByCode, sessionActor, sessionsOf } from '../support/factories';
import { createMeeting, meetingInput } from '../support/meetings';
import { consentingHousehold, sendReferral } from '../support/referrals';
import { rows } from '../support/sql';
import { createTestApp, type Session, type TestApp } from '../support/test-app';
import { dbKind } from '../support/test-db';

// Referrals, meetings and action items are case records (SPEC §4: planners and programme staff see
// aggregates): an agency in the chain, among a meeting's attendees or owning an item reads them only
// through a user who works on case records. 生涯かつやく支援センター's only user is programme staff:
// 北区中央 refers a household to it; the coordinator invites it to a meeting and gives it a plan's
// actions.

let t: TestApp;
let staff: Session; // agency_staff, 北区中央: the sender
let desk: Session; // programme_staff, 生涯かつやく支援センター: the receiving agency
let referralId: string;
let caseId: string;
let meetingId: string;

const actor = (s: Session, roles: Role[]) => sessionActor(t, s, roles);
/** The referral's row and its events, as `who` reads them under row-level security. */
const visible = (who: UserActor) =>
  runAs(t.db, who, async (tx) => [
    (await rows(tx, sql`select id from referrals where id = ${referralId}`)).length,
    (await rows(tx, sql`select id from referral_events where referral_id = ${referralId}`)).length,
  ]);

beforeAll(async () => {
  t = await createTestApp();
  const login = sessionsOf(t);
  staff = await login('agency_staff');
  desk = await login('programme_staff');
  const katsuyaku = (await agencyByCode(t, staff, 'shogai-katsuyaku')).id;
  const { householdId, personId } = await consentingHousehold(t, staff, { agencyIds: [katsuyaku] });
  const sent = await sendReferral(t, staff, { householdId, personId, toAgencyIds: [katsuyaku] });
  expect(sent).toHaveLength(1);
  referralId = sent[0]!;
  const coordinator = await login('coordinator');
  ({ caseId } = await openCoordinatedCase(t, staff, coordinator, {
    familyName: '久米',
    familyNameKana: 'クメ',
  }));
  const plan = await t.call(coordinator, 'POST', `/api/cases/${caseId}/plans`, planInput(katsuyaku));
  expect(plan.statusCode, plan.body).toBe(200);
  const approved = await t.call(coordinator, 'POST', `/api/plans/${plan.json().plans[0].id}/approve`, {});
  expect(approved.statusCode, approved.body).toBe(200);
  meetingId = await createMeeting(t, coordinator, meetingInput('support_council', [caseId], [katsuyaku]));
});
afterAll(() => t.close());

describe(`a referral to an agency of programme staff (${dbKind()})`, () => {
  it('the sender reads it and its history', async () => {
    expect((await t.call(staff, 'GET', `/api/referrals/${referralId}`)).statusCode).toBe(200);
    expect(await visible(actor(staff, ['agency_staff']))).toEqual([1, 1]);
  });

  it('the receiving agency’s programme staff get 404, an inbox without it and no notification', async () => {
    expect((await t.call(desk, 'GET', `/api/referrals/${referralId}`)).statusCode).toBe(404);
    const inbox = await t.call(desk, 'GET', '/api/referrals?box=incoming');
    expect(inbox.statusCode, inbox.body).toBe(200);
    expect((inbox.json().items as { id: string }[]).map((i) => i.id)).not.toContain(referralId);
    const told = (await t.call(desk, 'GET', '/api/notifications')).json().items as { referralId: string }[];
    expect(told.map((n) => n.referralId)).not.toContain(referralId);
    expect(await visible(actor(desk, ['programme_staff']))).toEqual([0, 0]);
  });

  it('a user of that agency who also works on case records reads it', async () => {
    expect(await visible(actor(desk, ['programme_staff', 'agency_staff']))).toEqual([1, 1]);
  });
});

describe(`a meeting and action items of an agency of programme staff (${dbKind()})`, () => {
  /** The meeting, its attendees and the case's action items owned by the agency, under `who`. */
  const visibleWork = (who: UserActor) =>
    runAs(t.db, who, async (tx) => [
      (await rows(tx, sql`select id from meetings where id = ${meetingId}`)).length,
      (await rows(tx, sql`select id from meeting_attendees where meeting_id = ${meetingId}`)).length,
      (
        await rows(
          tx,
          sql`select id from action_items where case_id = ${caseId} and owner_agency_id = ${desk.agencyId}`,
        )
      ).length,
    ]);

  it('exist, as the owner counts them', async () => {
    const [n] = await rows<{ n: number }>(
      t.db,
      sql`select count(*)::int as n from action_items where case_id = ${caseId} and owner_agency_id = ${desk.agencyId}`,
    );
    expect(n!.n).toBe(2);
  });

  it('programme staff get 404 on the meeting and see none of it under row-level security', async () => {
    expect((await t.call(desk, 'GET', `/api/meetings/${meetingId}`)).statusCode).toBe(404);
    expect(await visibleWork(actor(desk, ['programme_staff']))).toEqual([0, 0, 0]);
  });

  it('a user of that agency who also works on case records sees the meeting and the items', async () => {
    expect(await visibleWork(actor(desk, ['programme_staff', 'agency_staff']))).toEqual([1, 1, 2]);
  });
});

describe(`which agencies can accept a referral (${dbKind()})`, () => {
  const receivers = async (s: Session) => {
    const res = await t.call(s, 'GET', '/api/referrals/receivers');
    expect(res.statusCode, res.body).toBe(200);
    return res.json().agencyIds as string[];
  };
  /** Changes the desk user's account as the administrator's screens would, outside row-level security. */
  const setDesk = (change: ReturnType<typeof sql>) =>
    t.db.execute(sql`update users set ${change} where id = ${desk.userId}`);

  it('lists agencies with a front-line account, not one whose only account is programme staff', async () => {
    const agencyIds = await receivers(staff);
    expect(agencyIds).toContain(staff.agencyId);
    expect(agencyIds).not.toContain(desk.agencyId);
  });

  it('lists that agency once one of its accounts works on referrals, and not while it is disabled', async () => {
    try {
      await setDesk(sql`roles = '{programme_staff,agency_staff}'`);
      expect(await receivers(staff)).toContain(desk.agencyId);
      await setDesk(sql`disabled_at = now()`);
      expect(await receivers(staff)).not.toContain(desk.agencyId);
    } finally {
      await setDesk(sql`roles = '{programme_staff}', disabled_at = null`);
    }
  });

  it('is for those who send referrals: programme staff get 403', async () => {
    const res = await t.call(desk, 'GET', '/api/referrals/receivers');
    expect(res.statusCode).toBe(403);
  });
});
