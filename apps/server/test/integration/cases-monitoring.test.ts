import type { CaseDetail } from '@tsunagu/contracts/cases';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addToTeam,
  agencyTasks,
  approvePlan,
  draftPlan,
  openCoordinatedCase,
  shiftDate,
  today,
} from '../support/cases';
import { agencyByCode, sessionsOf } from '../support/factories';
import { rows } from '../support/sql';
import { createTestApp, type Session, type TestApp } from '../support/test-app';
import { dbKind } from '../support/test-db';

// SPEC M4: monitoring of an approved plan — every goal evaluated, 再検討 reopens planning, a missed
// date shows as overdue — and the plan actions in the owner agency's task list.

let t: TestApp;
let staff: Session; // 北区中央: asks the coordinator, never on these teams
let naka: Session; // 中区: on the team, owns the plan's actions
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

const past = shiftDate(today(), -10);
const soon = shiftDate(today(), 5);

/** A coordinated case with 中区 on its team. */
async function teamCase(familyName: string, familyNameKana: string) {
  const c = await openCoordinatedCase(t, staff, coordinator, { familyName, familyNameKana });
  await addToTeam(t, coordinator, c.caseId, nakaId);
  return c;
}
const draft = (session: Session, caseId: string, overrides = {}) =>
  draftPlan(t, session, caseId, nakaId, overrides);
const approve = (planId: string) => approvePlan(t, coordinator, planId);

describe(`monitoring (${dbKind()})`, () => {
  /** A case with an approved two-goal plan whose first monitoring date has passed. */
  async function monitoredCase(familyName: string, familyNameKana: string) {
    const c = await teamCase(familyName, familyNameKana);
    const planId = (await draft(naka, c.caseId, { monitoringDates: [past, soon] })).plans[0]!.id;
    const detail = await approve(planId);
    return { ...c, planId, monitoringId: detail.monitorings[0]!.id };
  }
  const evaluation = (goalIndex: number, result = 'partly') => ({ goalIndex, result, comment: null });

  it('every goal must be evaluated exactly once (400 otherwise, nothing recorded)', async () => {
    const m = await monitoredCase('仲宗根', 'ナカソネ');
    const url = `/api/monitorings/${m.monitoringId}`;
    for (const evaluations of [
      [evaluation(0)],
      [evaluation(0), evaluation(0)],
      [evaluation(0), evaluation(0), evaluation(1)],
      [evaluation(0), evaluation(2)],
    ]) {
      const res = await t.call(coordinator, 'POST', url, {
        doneOn: today(),
        evaluations,
        decision: 'continue',
      });
      expect(res.statusCode, JSON.stringify(evaluations)).toBe(400);
    }
    const future = await t.call(coordinator, 'POST', url, {
      doneOn: shiftDate(today(), 1),
      evaluations: [evaluation(0), evaluation(1)],
      decision: 'continue',
    });
    expect(future.statusCode).toBe(400);
    const [row] = await rows<{ done_on: string | null }>(
      t.db,
      sql`select done_on::text from monitorings where id = ${m.monitoringId}`,
    );
    expect(row?.done_on).toBeNull();
  });

  it('records the evaluations on the goals; once only; staff may not (403)', async () => {
    const m = await monitoredCase('与那嶺', 'ヨナミネ');
    const url = `/api/monitorings/${m.monitoringId}`;
    const body = {
      doneOn: today(),
      evaluations: [evaluation(0, 'achieved'), { goalIndex: 1, result: 'not_achieved', comment: '外出は未' }],
      decision: 'continue',
      note: '継続',
    };
    expect((await t.call(naka, 'POST', url, body)).statusCode).toBe(403);
    const res = await t.call(coordinator, 'POST', url, body);
    expect(res.statusCode, res.body).toBe(200);
    const c = res.json() as CaseDetail;
    expect(c.stage).toBe('monitoring');
    expect(c.plans[0]!.goals.map((g) => [g.evaluation, g.evaluationComment])).toEqual([
      ['achieved', null],
      ['not_achieved', '外出は未'],
    ]);
    expect(c.monitorings[0]).toMatchObject({ doneOn: today(), overdue: false, decision: 'continue' });
    expect((await t.call(coordinator, 'POST', url, body)).statusCode).toBe(409);
  });

  it('再検討 (review) sends the case back to planning', async () => {
    const m = await monitoredCase('喜屋武', 'キャン');
    const res = await t.call(coordinator, 'POST', `/api/monitorings/${m.monitoringId}`, {
      doneOn: today(),
      evaluations: [evaluation(0), evaluation(1)],
      decision: 'review',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().stage).toBe('planning');
  });

  it('lists the monitorings due, overdue first, to the coordinator and the team only', async () => {
    const m = await monitoredCase('玉城', 'タマキ');
    const list = async (s: Session, query = '') => {
      const res = await t.call(s, 'GET', `/api/monitorings${query}`);
      expect(res.statusCode, res.body).toBe(200);
      return (res.json().items as { caseId: string; dueOn: string; overdue: boolean; personName: string }[])
        .filter((i) => i.caseId === m.caseId)
        .map((i) => [i.dueOn, i.overdue, i.personName]);
    };
    expect(await list(coordinator)).toEqual([
      [past, true, '玉城 𠮷子'],
      [soon, false, '玉城 𠮷子'],
    ]);
    expect(await list(coordinator, `?until=${today()}`)).toEqual([[past, true, '玉城 𠮷子']]);
    expect(await list(naka)).toHaveLength(2);
    expect(await list(staff)).toEqual([]);
    expect((await t.call(coordinator, 'GET', '/api/monitorings?until=soon')).statusCode).toBe(400);
  });
});

describe(`the task list (${dbKind()})`, () => {
  it('tasks: the owner marks done; a team member who is not the owner gets 403', async () => {
    const c = await teamCase('東風平', 'コチンダ');
    const planId = (await draft(coordinator, c.caseId)).plans[0]!.id;
    await approve(planId);
    const yorisoi = await t.loginAs('staff-yorisoi@demo.example');
    const yorisoiId = (await agencyByCode(t, staff, 'yorisoi-support')).id;
    await addToTeam(t, coordinator, c.caseId, yorisoiId, 'partner_support');
    const [task] = (await agencyTasks(t, naka)).filter((x) => x.planId === planId);
    expect((await t.call(yorisoi, 'POST', `/api/tasks/${task!.id}/done`, {})).statusCode).toBe(403);
    expect((await t.call(staff, 'POST', `/api/tasks/${task!.id}/done`, {})).statusCode).toBe(404);
    expect((await t.call(naka, 'POST', `/api/tasks/${task!.id}/done`, {})).statusCode).toBe(200);
    expect((await t.call(naka, 'POST', `/api/tasks/${task!.id}/done`, {})).statusCode).toBe(409);
  });

  it('401 without a session and 400 for bad input on every monitoring and task endpoint', async () => {
    const id = crypto.randomUUID();
    for (const [method, url] of [
      ['GET', '/api/monitorings'],
      ['POST', `/api/monitorings/${id}`],
      ['GET', '/api/tasks'],
      ['GET', '/api/tasks/overdue'],
      ['POST', `/api/tasks/${id}/done`],
    ] as const) {
      const res = await t.call(null, method, url, method === 'POST' ? {} : undefined);
      expect(res.statusCode, url).toBe(401);
    }
    for (const [method, url] of [
      ['GET', '/api/monitorings?until=soon'],
      ['POST', '/api/monitorings/x'],
      ['POST', `/api/monitorings/${id}`],
      ['POST', '/api/tasks/x/done'],
      ['GET', '/api/tasks?show=everything'],
    ] as const) {
      const res = await t.call(
        coordinator,
        method,
        url,
        method === 'POST' ? { decision: 'maybe' } : undefined,
      );
      expect(res.statusCode, url).toBe(400);
    }
    const unknown = {
      doneOn: today(),
      evaluations: [{ goalIndex: 0, result: 'achieved' }],
      decision: 'continue',
    };
    expect((await t.call(coordinator, 'POST', `/api/monitorings/${id}`, unknown)).statusCode).toBe(404);
    expect((await t.call(naka, 'POST', `/api/tasks/${id}/done`, {})).statusCode).toBe(404);
    expect((await t.call(naka, 'GET', '/api/tasks/overdue')).statusCode).toBe(403);
    expect((await t.call(await sessionsOf(t)('planner'), 'GET', '/api/tasks')).statusCode).toBe(403);
  });
});
