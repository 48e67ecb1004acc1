import type { Task } from '@tsunagu/contracts/cases';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCoordinatedCase, readCase, shiftDate, today } from '../support/cases';
import { agencyByCode, sessionsOf } from '../support/factories';
import { createMeeting, meetingInput, minutesInput, readMeeting } from '../support/meetings';
import { rows } from '../support/sql';
import { createTestApp, type Session, type TestApp } from '../support/test-app';
import { dbKind } from '../support/test-db';

// SPEC M4: the record of a held meeting — minutes, decisions, roles assigned to agencies (they join
// the case's team) and action items with owner and due date in each owner agency's task list.

let t: TestApp;
let staff: Session; // 北区中央: records the households; attends nothing here
let naka: Session;
let yorisoi: Session;
let coordinator: Session;
let ids: { naka: string; yorisoi: string };

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
  };
});
afterAll(() => t.close());

const post = (s: Session, id: string, path: string, body: unknown) =>
  t.call(s, 'POST', `/api/meetings/${id}/${path}`, body);

async function tasksOf(session: Session): Promise<Task[]> {
  const res = await t.call(session, 'GET', '/api/tasks');
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items as Task[];
}

/** A 複合課題ケース検討会 held today about a fresh case, 中区 and 寄り添い attending. */
async function conference(familyName: string, familyNameKana: string) {
  const c = await openCoordinatedCase(t, staff, coordinator, { familyName, familyNameKana });
  const id = await createMeeting(
    t,
    coordinator,
    meetingInput('case_conference', [c.caseId], [ids.naka, ids.yorisoi]),
  );
  return { ...c, meetingId: id };
}

describe(`recording a meeting (${dbKind()})`, () => {
  it('role assignments put the agencies on the team: they see the case from then on', async () => {
    const m = await conference('前泊', 'マエドマリ');
    expect((await t.call(yorisoi, 'GET', `/api/cases/${m.caseId}`)).statusCode).toBe(404);
    const res = await post(
      coordinator,
      m.meetingId,
      'minutes',
      minutesInput(1, {
        decisions: [{ caseId: m.caseId, text: '寄り添いが家計面を支援する' }],
        roles: [{ caseId: m.caseId, agencyId: ids.yorisoi, role: 'partner_support' }],
      }),
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      state: 'held',
      decisions: [{ caseId: m.caseId, text: '寄り添いが家計面を支援する' }],
    });
    const c = await readCase(t, yorisoi, m.caseId);
    expect(c.team.map((x) => [x.agency.id, x.role])).toContainEqual([ids.yorisoi, 'partner_support']);
    expect(c.meetings.map((x) => x.id)).toEqual([m.meetingId]);
    expect((await t.call(yorisoi, 'GET', `/api/households/${m.householdId}`)).statusCode).toBe(200);
    const [member] = await rows<{ meeting_id: string }>(
      t.db,
      sql`select meeting_id::text from case_team where case_id = ${m.caseId} and agency_id = ${ids.yorisoi}`,
    );
    expect(member?.meeting_id).toBe(m.meetingId);
    // 中区 attended but was given no role: it still does not see the case outside the meeting.
    expect((await t.call(naka, 'GET', `/api/cases/${m.caseId}`)).statusCode).toBe(404);
  });

  it('action items go to the owners’ task lists, overdue when past due; the owner marks them done', async () => {
    const m = await conference('新垣', 'アラカキ');
    const pastDue = shiftDate(today(), -1);
    const later = shiftDate(today(), 14);
    const res = await post(
      coordinator,
      m.meetingId,
      'minutes',
      minutesInput(1, {
        actionItems: [
          { caseId: m.caseId, ownerAgencyId: ids.naka, title: '受診同行の日程調整', dueOn: pastDue },
          { caseId: null, ownerAgencyId: ids.yorisoi, title: '家計表の作成支援', dueOn: later },
        ],
      }),
    );
    expect(res.statusCode, res.body).toBe(200);
    const mine = (await tasksOf(naka)).filter((x) => x.meetingId === m.meetingId);
    expect(mine.map((x) => [x.title, x.dueOn, x.overdue, x.ownerAgency.id])).toEqual([
      ['受診同行の日程調整', pastDue, true, ids.naka],
    ]);
    const theirs = (await tasksOf(yorisoi)).filter((x) => x.meetingId === m.meetingId);
    expect(theirs.map((x) => [x.title, x.overdue])).toEqual([['家計表の作成支援', false]]);
    // The owner may complete its item; neither owner is on the case's team, so the case is no link.
    expect(mine.map((x) => [x.canComplete, x.caseVisible])).toEqual([[true, false]]);
    const attended = (await readMeeting(t, yorisoi, m.meetingId)).tasks;
    expect(attended.map((x) => [x.title, x.canComplete, x.caseVisible])).toEqual([
      ['受診同行の日程調整', false, false],
      ['家計表の作成支援', true, false],
    ]);
    expect((await tasksOf(staff)).filter((x) => x.meetingId === m.meetingId)).toEqual([]);
    const overdue = await t.call(coordinator, 'GET', '/api/tasks/overdue');
    expect(overdue.json().items.map((x: Task) => x.id)).toContain(mine[0]!.id);

    const url = `/api/tasks/${mine[0]!.id}/done`;
    expect((await t.call(yorisoi, 'POST', url, {})).statusCode).toBe(403); // attends, does not own
    expect((await t.call(staff, 'POST', url, {})).statusCode).toBe(404); // does not even see it
    const done = await t.call(naka, 'POST', url, {});
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ doneAt: expect.any(String), overdue: false });
    expect((await tasksOf(naka)).map((x) => x.id)).not.toContain(mine[0]!.id);
    const meeting = await readMeeting(t, coordinator, m.meetingId);
    expect(meeting.tasks.map((x) => [x.title, x.doneAt !== null, x.canComplete, x.caseVisible])).toEqual([
      ['受診同行の日程調整', true, false, true],
      ['家計表の作成支援', false, true, false],
    ]);
  });

  it('the minutes are recorded once (409), then the meeting is closed once (409)', async () => {
    const m = await conference('大城', 'オオシロ');
    const first = await post(coordinator, m.meetingId, 'minutes', minutesInput(1));
    expect(first.statusCode, first.body).toBe(200);
    const again = await post(coordinator, m.meetingId, 'minutes', minutesInput(first.json().version));
    expect(again.statusCode).toBe(409);
    expect((await post(coordinator, m.meetingId, 'close', { version: 1 })).statusCode).toBe(409); // stale
    const closed = await post(coordinator, m.meetingId, 'close', { version: first.json().version });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json()).toMatchObject({ state: 'closed', abilities: { record: false, close: false } });
    const twice = await post(coordinator, m.meetingId, 'close', { version: closed.json().version });
    expect(twice.statusCode).toBe(409);
  });

  it('refuses roles, decisions and action items about cases not on the agenda (400), changing nothing', async () => {
    const m = await conference('知念', 'チネン');
    const other = await openCoordinatedCase(t, staff, coordinator, {
      familyName: '照屋',
      familyNameKana: 'テルヤ',
    });
    for (const overrides of [
      { roles: [{ caseId: other.caseId, agencyId: ids.yorisoi, role: 'advisor' as const }] },
      { decisions: [{ caseId: other.caseId, text: '別件' }] },
      { actionItems: [{ caseId: other.caseId, ownerAgencyId: ids.naka, title: '別件', dueOn: today() }] },
    ]) {
      const res = await post(coordinator, m.meetingId, 'minutes', minutesInput(1, overrides));
      expect(res.statusCode, JSON.stringify(overrides)).toBe(400);
    }
    expect((await readMeeting(t, coordinator, m.meetingId)).state).toBe('planned');
    expect((await readCase(t, coordinator, other.caseId)).team).toHaveLength(1);
    // A stale version is refused too, and the role it carried is not added.
    const stale = await post(
      coordinator,
      m.meetingId,
      'minutes',
      minutesInput(7, { roles: [{ caseId: m.caseId, agencyId: ids.yorisoi, role: 'advisor' }] }),
    );
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('version_conflict');
    expect((await readCase(t, coordinator, m.caseId)).team).toHaveLength(1);
  });

  it('only the coordinator records and closes (403); minutes are shown to attendees only', async () => {
    const m = await conference('嘉数', 'カカズ');
    expect((await post(naka, m.meetingId, 'minutes', minutesInput(1))).statusCode).toBe(403);
    await post(coordinator, m.meetingId, 'minutes', minutesInput(1, { minutes: '非公開の議事録' }));
    expect((await post(naka, m.meetingId, 'close', { version: 2 })).statusCode).toBe(403);
    expect((await readMeeting(t, naka, m.meetingId)).minutes).toBe('非公開の議事録');
    expect((await t.call(staff, 'GET', `/api/meetings/${m.meetingId}`)).statusCode).toBe(404);
    const list = async (s: Session) =>
      ((await t.call(s, 'GET', '/api/meetings')).json().items as { id: string }[]).map((x) => x.id);
    expect(await list(naka)).toContain(m.meetingId);
    expect(await list(coordinator)).toContain(m.meetingId);
    expect(await list(staff)).not.toContain(m.meetingId);
  });

  it('rejects malformed minutes with 400 and the issues', async () => {
    const m = await conference('外間', 'ホカマ');
    const res = await post(coordinator, m.meetingId, 'minutes', {
      version: 1,
      minutes: ' ',
      decisions: [{ caseId: null, text: '' }],
      roles: [{ caseId: m.caseId, agencyId: ids.naka, role: 'boss' }],
      actionItems: [{ caseId: null, ownerAgencyId: ids.naka, title: '', dueOn: 'tomorrow' }],
    });
    expect(res.statusCode).toBe(400);
    const paths = res.json().error.issues.map((i: { path: string }) => i.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'body.minutes',
        'body.decisions.0.text',
        'body.roles.0.role',
        'body.actionItems.0.title',
        'body.actionItems.0.dueOn',
      ]),
    );
    expect((await readMeeting(t, coordinator, m.meetingId)).state).toBe('planned');
  });
});
