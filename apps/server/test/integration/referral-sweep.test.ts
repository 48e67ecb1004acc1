import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sweepReferrals } from '../../src/modules/referrals/referral-sweep';
import { MemoryMailSender } from '../../src/platform/mail/mail';
import { agencyByCode, sessionsOf } from '../support/factories';
import { consentingHousehold, readReferral, sendReferral } from '../support/referrals';
import { createTestApp, type Session, type TestApp } from '../support/test-app';

let t: TestApp;
let staff: Session; // 北区中央
let naka: Session;
let yorisoi: Session;
let coordinator: Session;
let ids: { naka: string; yorisoi: string; desk: string; higashi: string };
let admin: Session;
const mail = new MemoryMailSender();
const DAY = 86_400_000;

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
    desk: (await agencyByCode(t, staff, 'coordinator-desk')).id,
    higashi: (await agencyByCode(t, staff, 'hokatsu-higashi')).id,
  };
  admin = await login('admin');
  // Accept within one business day, escalate after two: both well inside the 14-day bouncing rule.
  await setDeadlines(1, 2);
});
afterAll(() => t.close());

async function setDeadlines(accept: number, escalate: number) {
  const current = (await t.call(admin, 'GET', '/api/settings')).json().settings;
  const res = await t.call(admin, 'PUT', '/api/settings', {
    ...current,
    referralAcceptBusinessDays: accept,
    referralAutoEscalateBusinessDays: escalate,
  });
  if (res.statusCode !== 200) throw new Error(res.body);
}

const consentAll = { categories: ['community-care-centre', 'self-reliance-support', 'city-division'] };

/** Noon in Japan on the day after the given date. */
const dayAfter = (isoDate: string) => new Date(Date.parse(`${isoDate}T03:00:00Z`) + DAY);

async function handOn(session: Session, id: string, to: string) {
  const { version } = await readReferral(t, session, id);
  const res = await t.call(session, 'POST', `/api/referrals/${id}/hand-on`, {
    version,
    toAgencyId: to,
    reason: 'より適した機関のため',
  });
  if (res.statusCode !== 200) throw new Error(`hand-on: ${res.statusCode} ${res.body}`);
  return res.json().nextReferralId as string;
}

describe('automatic escalation', () => {
  it('escalates a referral nobody owns after the business-day deadline, once, with two servers sweeping at once', async () => {
    const h = await consentingHousehold(t, staff, consentAll);
    const [id] = await sendReferral(t, staff, { ...h, toAgencyIds: [ids.naka] });
    const sent = await readReferral(t, staff, id!);
    const onDue = await sweepReferrals(t.db, mail, new Date(Date.parse(`${sent.escalateDueOn}T03:00:00Z`)));
    expect(onDue.escalated).toBe(0);
    expect((await readReferral(t, staff, id!)).state).toBe('sent');

    const later = dayAfter(sent.escalateDueOn);
    // Two servers (on PostgreSQL, a second connection pool as another process has), sweeping at once.
    const otherServer = await t.database.openAnother();
    const runs = await Promise.all([
      sweepReferrals(t.db, mail, later),
      sweepReferrals(otherServer, mail, later),
      sweepReferrals(t.db, mail, later),
      sweepReferrals(otherServer, mail, later),
    ]);
    expect(runs.reduce((n, r) => n + r.escalated, 0)).toBeGreaterThanOrEqual(1);
    const after = await readReferral(t, staff, id!);
    expect(after.state).toBe('escalated');
    expect(after.escalationReason).toBe('overdue');
    expect(after.events.filter((e) => e.action === 'auto_escalate')).toHaveLength(1);
    expect(after.events.at(-1)).toMatchObject({ actorName: null, toState: 'escalated' });
    // The coordinator desk now sees the household; the sender was told.
    expect((await t.call(coordinator, 'GET', `/api/households/${h.householdId}`)).statusCode).toBe(200);
    const notes = (await t.call(staff, 'GET', '/api/notifications')).json().items;
    expect(
      notes
        .filter((n: { referralId: string; kind: string }) => n.referralId === id)
        .map((n: { kind: string }) => n.kind)
        .sort(),
    ).toEqual(['referral_escalated', 'referral_overdue']);
    expect((await sweepReferrals(t.db, mail, later)).escalated).toBe(0);
  });

  it('leaves an accepted referral alone', async () => {
    const h = await consentingHousehold(t, staff, consentAll);
    const [id] = await sendReferral(t, staff, { ...h, toAgencyIds: [ids.naka] });
    const { version, escalateDueOn } = await readReferral(t, naka, id!);
    expect((await t.call(naka, 'POST', `/api/referrals/${id}/accept`, { version })).statusCode).toBe(200);
    await sweepReferrals(t.db, mail, new Date(Date.parse(`${escalateDueOn}T03:00:00Z`) + 30 * DAY));
    expect((await readReferral(t, staff, id!)).state).toBe('accepted');
  });

  it('tells the sender and the coordinators once when the accept deadline passes', async () => {
    const h = await consentingHousehold(t, staff, consentAll);
    const [id] = await sendReferral(t, staff, { ...h, toAgencyIds: [ids.yorisoi] });
    const { acceptDueOn } = await readReferral(t, staff, id!);
    const overdueNotes = async (s: Session) =>
      (await t.call(s, 'GET', '/api/notifications'))
        .json()
        .items.filter(
          (n: { referralId: string; kind: string }) => n.referralId === id && n.kind === 'referral_overdue',
        ).length;
    const inbox = (await t.call(staff, 'GET', '/api/referrals/counts')).json();
    expect(inbox.outgoingOverdue).toBe(0);
    // The day after the deadline but before the escalation (same day here: both are one business day).
    const first = await sweepReferrals(
      t.db,
      mail,
      new Date(Date.parse(`${acceptDueOn}T03:00:00Z`) + DAY - 1),
    );
    expect(first.overdueNotified).toBeGreaterThanOrEqual(0);
    await sweepReferrals(t.db, mail, dayAfter(acceptDueOn));
    await sweepReferrals(t.db, mail, dayAfter(acceptDueOn));
    expect(await overdueNotes(staff)).toBe(1);
    expect(await overdueNotes(coordinator)).toBe(1);
    expect(mail.sent.some((m) => m.subject.includes('期限') && !m.text.includes('髙橋'))).toBe(true);
  });
});

describe('the bouncing alarm', () => {
  it('escalates with reason "bouncing" at the third hand-on without acceptance, first in the queue', async () => {
    const h = await consentingHousehold(t, staff, consentAll);
    const [first] = await sendReferral(t, staff, { ...h, toAgencyIds: [ids.naka] });
    const second = await handOn(naka, first!, ids.yorisoi);
    const third = await handOn(yorisoi, second, ids.desk);
    const fourth = await handOn(coordinator, third, ids.higashi);
    // Escalated at once by the hand-on itself, without waiting for the sweep's next round.
    const alarmed = await readReferral(t, staff, fourth);
    expect(alarmed.hop).toBe(3);
    expect(alarmed).toMatchObject({ state: 'escalated', escalationReason: 'bouncing' });
    const queue = (await t.call(coordinator, 'GET', '/api/referrals?box=escalated')).json().items;
    expect(queue[0].escalationReason).toBe('bouncing');
  });

  it('escalates with reason "bouncing" when the chain has had no owner for 14 days', async () => {
    await setDeadlines(20, 30); // so that only the 14-day rule can fire
    const h = await consentingHousehold(t, staff, consentAll);
    const [first] = await sendReferral(t, staff, { ...h, toAgencyIds: [ids.naka] });
    const second = await handOn(naka, first!, ids.yorisoi);
    await setDeadlines(1, 2);
    const started = Date.parse((await readReferral(t, staff, first!)).sentAt);
    await sweepReferrals(t.db, mail, new Date(started + 14 * DAY - 60_000));
    expect((await readReferral(t, staff, second)).state).toBe('sent');
    await sweepReferrals(t.db, mail, new Date(started + 14 * DAY + 60_000));
    expect(await readReferral(t, staff, second)).toMatchObject({
      state: 'escalated',
      escalationReason: 'bouncing',
    });
  });
});
