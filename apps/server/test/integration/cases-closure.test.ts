import type { CaseDetail } from '@tsunagu/contracts/cases';
import { fiscalYearOf } from '@tsunagu/japan';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addToTeam,
  agencyTasks,
  openCoordinatedCase,
  planInput,
  readCase,
  shiftDate,
  today,
} from '../support/cases';
import { agencyByCode, sessionsOf } from '../support/factories';
import { createMeeting, meetingInput, minutesInput } from '../support/meetings';
import { createTestApp, type Session, type TestApp } from '../support/test-app';
import { dbKind } from '../support/test-db';

// SPEC M4: closure with an outcome ends the team's access; a case closed unresolved must be reviewed
// (検証), once, and the review is what indicator No 6 counts.

let t: TestApp;
let staff: Session;
let naka: Session;
let coordinator: Session;
let nakaId: string;

beforeAll(async () => {
  t = await createTestApp();
  const login = sessionsOf(t);
  staff = await login('agency_staff');
  coordinator = await login('coordinator');
  naka = await t.loginAs('staff-naka@demo.example');
  nakaId = (await agencyByCode(t, staff, 'hokatsu-naka')).id;
});
afterAll(() => t.close());

let n = 0;
async function teamCase() {
  n += 1;
  const c = await openCoordinatedCase(t, staff, coordinator, {
    familyName: `終結${n}`,
    familyNameKana: 'シュウケツ',
  });
  await addToTeam(t, coordinator, c.caseId, nakaId);
  return c;
}

async function close(caseId: string, outcome: string, extra: Record<string, unknown> = {}) {
  const { version } = await readCase(t, coordinator, caseId);
  return t.call(coordinator, 'POST', `/api/cases/${caseId}/close`, {
    version,
    outcome,
    closedOn: today(),
    note: '支援を終結',
    ...extra,
  });
}

describe(`closing a case (${dbKind()})`, () => {
  it('ends every membership at once: the team loses the case and the household', async () => {
    const c = await teamCase();
    const res = await close(c.caseId, 'resolved');
    expect(res.statusCode, res.body).toBe(200);
    const closed = res.json() as CaseDetail;
    expect(closed).toMatchObject({
      stage: 'closed',
      outcome: 'resolved',
      closedOn: today(),
      reviewPending: false,
    });
    expect(closed.team.every((m) => m.endedAt !== null)).toBe(true);
    expect((await t.call(naka, 'GET', `/api/cases/${c.caseId}`)).statusCode).toBe(404);
    expect((await t.call(naka, 'GET', `/api/households/${c.householdId}`)).statusCode).toBe(404);
    // The coordinator still sees it, among the closed cases.
    const list = await t.call(coordinator, 'GET', '/api/cases?stage=closed&limit=100');
    expect(list.json().items.map((i: { id: string }) => i.id)).toContain(c.caseId);
  });

  it('a closed case takes no more records, plans, team members or meetings', async () => {
    const c = await teamCase();
    await close(c.caseId, 'stabilised');
    const url = `/api/cases/${c.caseId}`;
    const attempts = [
      await t.call(coordinator, 'POST', `${url}/records`, { occurredOn: today(), body: '終結後' }),
      await t.call(coordinator, 'POST', `${url}/plans`, planInput(nakaId)),
      await t.call(coordinator, 'POST', `${url}/team`, { agencyId: nakaId, role: 'advisor' }),
      await t.call(coordinator, 'POST', `${url}/close`, {
        version: 99,
        outcome: 'resolved',
        closedOn: today(),
        note: '再',
      }),
    ];
    expect(attempts.map((r) => r.statusCode)).toEqual([409, 409, 409, 409]);
    const meeting = await t.call(
      coordinator,
      'POST',
      '/api/meetings',
      meetingInput('case_conference', [c.caseId], [nakaId]),
    );
    expect(meeting.statusCode).toBe(400);
    expect((await readCase(t, coordinator, c.caseId)).records).toEqual([]);
  });

  it('ends the plan with the case: its open monitorings and plan tasks are no longer due', async () => {
    const c = await teamCase();
    const draft = await t.call(
      naka,
      'POST',
      `/api/cases/${c.caseId}/plans`,
      planInput(nakaId, { monitoringDates: [shiftDate(today(), -7)] }),
    );
    const planId = draft.json().plans[0].id as string;
    const approved = (
      await t.call(coordinator, 'POST', `/api/plans/${planId}/approve`, {})
    ).json() as CaseDetail;
    const monitoringId = approved.monitorings[0]!.id;
    const due = async () =>
      ((await t.call(coordinator, 'GET', '/api/monitorings')).json().items as { caseId: string }[]).filter(
        (m) => m.caseId === c.caseId,
      );
    const tasks = async () => (await agencyTasks(t, naka)).filter((x) => x.caseId === c.caseId);
    expect([(await due()).length, (await tasks()).length]).toEqual([1, 2]);
    expect((await close(c.caseId, 'transferred')).statusCode).toBe(200);
    expect([(await due()).length, (await tasks()).length]).toEqual([0, 0]);
    const late = await t.call(coordinator, 'POST', `/api/monitorings/${monitoringId}`, {
      doneOn: today(),
      evaluations: [0, 1].map((goalIndex) => ({ goalIndex, result: 'partly', comment: null })),
      decision: 'review',
    });
    expect(late.statusCode).toBe(409);
    expect((await readCase(t, coordinator, c.caseId)).stage).toBe('closed');
  });

  it('ends the open action items of its meetings too, keeping the done ones', async () => {
    const c = await teamCase();
    const meetingId = await createMeeting(
      t,
      coordinator,
      meetingInput('case_conference', [c.caseId], [nakaId]),
    );
    const items = ['訪問日程を調整する', '家計の状況を確認する'].map((title) => ({
      caseId: c.caseId,
      ownerAgencyId: nakaId,
      title,
      dueOn: shiftDate(today(), 5),
    }));
    const recorded = await t.call(
      coordinator,
      'POST',
      `/api/meetings/${meetingId}/minutes`,
      minutesInput(1, { actionItems: items }),
    );
    expect(recorded.statusCode, recorded.body).toBe(200);
    const mine = async (show: 'open' | 'all') =>
      (await agencyTasks(t, naka, show)).filter((x) => x.meetingId === meetingId);
    const [first] = await mine('open');
    expect((await t.call(naka, 'POST', `/api/tasks/${first!.id}/done`, {})).statusCode).toBe(200);
    expect((await close(c.caseId, 'resolved')).statusCode).toBe(200);
    expect(await mine('open')).toEqual([]);
    expect((await mine('all')).map((x) => [x.title, x.doneAt !== null])).toEqual([[first!.title, true]]);
  });

  it('checks the version, the dates, the outcome and the role', async () => {
    const c = await teamCase();
    const stale = await t.call(coordinator, 'POST', `/api/cases/${c.caseId}/close`, {
      version: 1,
      outcome: 'resolved',
      closedOn: today(),
      note: '古い版',
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('version_conflict');
    expect((await close(c.caseId, 'resolved', { closedOn: shiftDate(today(), 1) })).statusCode).toBe(400);
    const early = await close(c.caseId, 'resolved', { closedOn: '2000-01-01' });
    expect(early.statusCode).toBe(400);
    expect(early.json().error.issues[0].path).toBe('closedOn');
    expect((await close(c.caseId, 'vanished')).statusCode).toBe(400);
    expect((await close(c.caseId, 'resolved', { note: ' ' })).statusCode).toBe(400);
    const { version } = await readCase(t, coordinator, c.caseId);
    const byStaff = await t.call(naka, 'POST', `/api/cases/${c.caseId}/close`, {
      version,
      outcome: 'resolved',
      closedOn: today(),
      note: '職員が終結',
    });
    expect(byStaff.statusCode).toBe(403);
    expect((await readCase(t, coordinator, c.caseId)).stage).toBe('assessment');
  });
});

describe(`検証 of a case closed unresolved (${dbKind()})`, () => {
  const review = (caseId: string, session = coordinator, extra = {}) =>
    t.call(session, 'POST', `/api/cases/${caseId}/review`, {
      reviewedOn: today(),
      findings: '支援機関間の役割分担が遅れた',
      lessons: '初回会議を早める',
      ...extra,
    });

  it('is pending until recorded, then recorded once, and counted for indicator No 6', async () => {
    const fy = fiscalYearOf(today());
    const stats = async () =>
      (await t.call(coordinator, 'GET', `/api/cases/statistics?from=${fy}&to=${fy}`)).json().totals
        .unresolvedReviews as number;
    const before = await stats();
    const c = await teamCase();
    const closed = (await close(c.caseId, 'unresolved')).json() as CaseDetail;
    expect(closed).toMatchObject({ reviewPending: true, abilities: { review: true } });
    expect((await review(c.caseId, naka)).statusCode).toBe(403);
    expect((await review(c.caseId, coordinator, { reviewedOn: shiftDate(today(), 1) })).statusCode).toBe(400);
    expect((await review(c.caseId, coordinator, { findings: '' })).statusCode).toBe(400);

    const res = await review(c.caseId);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      reviewPending: false,
      abilities: { review: false },
      reviews: [
        { reviewedOn: today(), findings: '支援機関間の役割分担が遅れた', lessons: '初回会議を早める' },
      ],
    });
    expect((await review(c.caseId)).statusCode).toBe(409);
    expect(await stats()).toBe(before + 1);
  });

  it('is refused for a case that was resolved or is still open (409)', async () => {
    const resolved = await teamCase();
    await close(resolved.caseId, 'resolved');
    expect((await review(resolved.caseId)).statusCode).toBe(409);
    const open = await teamCase();
    expect((await review(open.caseId)).statusCode).toBe(409);
    expect((await review(crypto.randomUUID())).statusCode).toBe(404);
  });
});
