import type {
  AdvisorList,
  DispatchDueList,
  DispatchList,
  DispatchRequest,
} from '@tsunagu/contracts/community';
import { addDays, addMonths, toIsoDate } from '@tsunagu/japan';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { advisorId, communitySessions, heldDispatch, receiveDispatch } from '../support/community';
import { created, issuePaths, ok } from '../support/participation';
import { createTestApp, type Session, type TestApp } from '../support/test-app';
import { dbKind } from '../support/test-db';

// The course of an advisor dispatch (市民活動支援アドバイザー派遣, SPEC M6): eligibility, the advisors,
// the session, at most two follow-ups within two months of it, closing or withdrawing, the due list.
// The input it refuses is in community-rules.test.ts.

let t: TestApp;
let civic: Session; // 市民協働企画総務課: the dispatches and the advisors
const today = toIsoDate(new Date());

beforeAll(async () => {
  t = await createTestApp();
  civic = await communitySessions(t)('civic');
});
afterAll(() => t.close());

describe(`the course of an advisor dispatch (${dbKind()})`, () => {
  const url = (r: { id: string }, step = '') => `/api/community/dispatches/${r.id}${step}`;
  const followUp = (r: { id: string }, heldOn: string) =>
    t.call(civic, 'POST', url(r, '/follow-ups'), { heldOn, way: 'question', note: '追加の質問に回答。' });

  it('receives an eligible request, and keeps an ineligible one as 対象外 with its reasons', async () => {
    const eligible = await receiveDispatch(t, civic);
    expect([eligible.status, eligible.fiscalYear, eligible.eligibility.eligible]).toEqual([
      'received',
      2024,
      true,
    ]);
    const ineligible = await receiveDispatch(t, civic, {
      groupRegistration: 'none',
      groupActiveSince: '2024-01-10',
    });
    expect(ineligible.status).toBe('ineligible');
    expect(ineligible.eligibility.checks.map((c) => [c.code, c.ok])).toEqual([
      ['registered', false],
      ['active_one_year', false],
    ]);
    expect(ineligible.eligibility.checks[1]!.messageJa).toContain('2025-01-10');
    const list = await ok<DispatchList>(t, civic, 'GET', '/api/community/dispatches?status=ineligible');
    expect(list.items.map((i) => i.id)).toEqual([ineligible.id]);
    expect(list.rules).toEqual({ maxFollowUps: 2, followUpMonths: 2, minActiveYears: 1 });
  });

  it('previews the eligibility: active a year to the day is enough, a day less is not', async () => {
    const preview = (groupActiveSince: string) =>
      ok<DispatchRequest['eligibility']>(t, civic, 'POST', '/api/community/dispatches/eligibility', {
        groupRegistration: 'hiroba',
        groupActiveSince,
        receivedOn: '2024-05-01',
      });
    expect((await preview('2023-05-01')).eligible).toBe(true);
    const short = await preview('2023-05-02');
    expect(short.checks.map((c) => c.ok)).toEqual([true, false]);
  });

  it('lists the 11 advisors of the demo, and adds and edits one', async () => {
    const list = await ok<AdvisorList>(t, civic, 'GET', '/api/community/advisors');
    expect([list.items.length, list.abilities.edit]).toEqual([11, true]);
    expect(list.items.map((a) => a.name)).toContain('社会福祉法人報恩積善会');
    const added = await created<AdvisorList['items'][number]>(t, civic, '/api/community/advisors', {
      name: 'NPO法人テスト防災ネット',
      fieldCode: 'revitalisation',
      sinceFiscalYear: 2024,
    });
    expect([added.active, added.dispatches]).toEqual([true, 0]);
    const edited = await ok<typeof added>(t, civic, 'PUT', `/api/community/advisors/${added.id}`, {
      ...added,
      active: false,
    });
    expect([edited.active, edited.version]).toEqual([false, added.version + 1]);
    expect((await ok<AdvisorList>(t, civic, 'GET', '/api/community/advisors')).items.length).toBe(12);
  });

  it('schedules and holds the session, then takes two follow-ups within two months; the 2nd closes', async () => {
    const received = await receiveDispatch(t, civic, { receivedOn: '2024-05-01' });
    const advisor = await advisorId(t, civic);
    const scheduled = await ok<DispatchRequest>(t, civic, 'POST', url(received, '/schedule'), {
      advisorId: advisor,
      sessionOn: '2024-05-20',
      version: received.version,
    });
    expect([scheduled.status, scheduled.advisorId, scheduled.advisorName]).toEqual([
      'scheduled',
      advisor,
      '竜之口学区電子町内会',
    ]);
    const held = await ok<DispatchRequest>(t, civic, 'POST', url(received, '/session'), {
      sessionOn: '2024-05-20',
      sessionHours: 2,
      sessionFormat: 'lecture',
      sessionParticipants: 15,
      version: scheduled.version,
    });
    expect([held.status, held.followUpUntil, held.followUpsLeft]).toEqual(['held', '2024-07-20', 2]);
    for (const outside of ['2024-05-19', '2024-07-21'])
      expect(issuePaths(await followUp(held, outside)), outside).toEqual(['body.heldOn']);
    const one = await followUp(held, '2024-06-01');
    expect([one.statusCode, one.json().status, one.json().followUpsLeft]).toEqual([201, 'held', 1]);
    const two = (await followUp(held, '2024-07-20')).json() as DispatchRequest;
    expect([two.status, two.followUpsLeft, two.followUps.map((f) => f.number)]).toEqual([
      'closed',
      0,
      [1, 2],
    ]);
    const third = await followUp(held, '2024-07-01');
    expect([third.statusCode, third.json().error.code]).toEqual([409, 'conflict']);
    const advisors = await ok<AdvisorList>(t, civic, 'GET', '/api/community/advisors');
    expect(advisors.items.find((a) => a.id === advisor)!.dispatches).toBe(1);
    // The count is no one's personal data: a reader who cannot see the requests sees it too.
    const staff = await t.login('agency_staff');
    expect((await t.call(staff, 'GET', '/api/community/dispatches')).json().items).toEqual([]);
    const read = await ok<AdvisorList>(t, staff, 'GET', '/api/community/advisors');
    expect(read.items.find((a) => a.id === advisor)!.dispatches).toBe(1);
  });

  it('closes a held request and withdraws a received one, each once', async () => {
    const held = await heldDispatch(t, civic, '2024-06-01');
    const closed = await ok<DispatchRequest>(t, civic, 'POST', url(held, '/close'), {
      version: held.version,
    });
    expect(closed.status).toBe('closed');
    expect((await t.call(civic, 'POST', url(held, '/close'), { version: closed.version })).statusCode).toBe(
      409,
    );
    const received = await receiveDispatch(t, civic);
    const withdraw = (version: number) => t.call(civic, 'POST', url(received, '/withdraw'), { version });
    const withdrawn = (await withdraw(received.version)).json() as DispatchRequest;
    expect(withdrawn.status).toBe('withdrawn');
    expect((await withdraw(withdrawn.version)).statusCode).toBe(409);
    expect(
      (await t.call(civic, 'POST', url(held, '/withdraw'), { version: closed.version })).statusCode,
    ).toBe(409);
  });

  it('refuses a session or a follow-up dated after today: they record what has happened', async () => {
    const tomorrow = addDays(today, 1);
    const received = await receiveDispatch(t, civic, {
      receivedOn: addDays(today, -5),
      groupName: '明日の会',
    });
    const scheduled = await ok<DispatchRequest>(t, civic, 'POST', url(received, '/schedule'), {
      advisorId: await advisorId(t, civic),
      sessionOn: tomorrow,
      version: received.version,
    });
    const early = await t.call(civic, 'POST', url(scheduled, '/session'), {
      sessionOn: tomorrow,
      sessionHours: 2,
      sessionFormat: 'lecture',
      sessionParticipants: 10,
      version: scheduled.version,
    });
    expect([early.statusCode, issuePaths(early)]).toEqual([400, ['body.sessionOn']]);
    const held = await heldDispatch(t, civic, today, { groupName: '今日の会' });
    const ahead = await followUp(held, tomorrow);
    expect([ahead.statusCode, issuePaths(ahead)]).toEqual([400, ['body.heldOn']]);
    expect((await ok<DispatchRequest>(t, civic, 'GET', url(held))).followUps).toEqual([]);
    // Closed, so the due list of the next test holds only its own requests.
    await ok(t, civic, 'POST', url(held, '/close'), { version: held.version });
  });

  it('lists the follow-ups due: the window still open, or passed without the request being closed', async () => {
    const old = await heldDispatch(t, civic, addDays(today, -200), { groupName: '昔の会' });
    const recent = await heldDispatch(t, civic, addDays(today, -7), { groupName: '最近の会' });
    expect((await followUp(recent, addDays(today, -1))).statusCode).toBe(201);
    const due = await ok<DispatchDueList>(t, civic, 'GET', '/api/community/dispatches/due');
    const until = addMonths(addDays(today, -7), 2);
    const days = Math.round((Date.parse(until) - Date.parse(today)) / 86_400_000);
    expect(due.items.map((d) => [d.id, d.followUpsDone, d.followUpsLeft, d.daysLeft, d.expired])).toEqual([
      [old.id, 0, 2, expect.any(Number), true],
      [recent.id, 1, 1, days, false],
    ]);
    expect(due.items[0]!.daysLeft).toBeLessThan(0);
    expect([due.open, due.expired]).toEqual([1, 1]);
  });
});
