import type { PlanInput } from '@tsunagu/contracts/cases';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addToTeam,
  agencyTasks,
  approvePlan,
  draftPlan,
  openCoordinatedCase,
  planInput,
  readCase,
  shiftDate,
  today,
} from '../support/cases';
import { agencyByCode, sessionsOf } from '../support/factories';
import { rows } from '../support/sql';
import { createTestApp, type Session, type TestApp } from '../support/test-app';
import { dbKind } from '../support/test-db';

// SPEC M4: the versioned support plan — drafted by the team, approved by the coordinator, which
// schedules its monitorings and puts its actions in the owner agencies' task lists — and its sheet.

let t: TestApp;
let staff: Session; // 北区中央: asks the coordinator, never on these teams
let naka: Session; // 中区: on the team, owns the plan's actions
let coordinator: Session;
let nakaId: string;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

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

const draft = (session: Session, caseId: string, overrides: Partial<PlanInput> = {}) =>
  draftPlan(t, session, caseId, nakaId, overrides);
const approve = (planId: string) => approvePlan(t, coordinator, planId);
const tasksOf = (session: Session, show: 'open' | 'all' = 'open') => agencyTasks(t, session, show);

describe(`plans and their versions (${dbKind()})`, () => {
  it('a team member drafts; each save is a new version and the case moves to planning', async () => {
    const c = await teamCase('綾瀬', 'アヤセ');
    const v1 = await draft(naka, c.caseId);
    expect(v1.stage).toBe('planning');
    expect(v1.plans.map((p) => [p.version, p.state])).toEqual([[1, 'draft']]);
    expect(v1.plans[0]).toMatchObject({
      personWords: '母と一緒にこの家で暮らし続けたい。',
      goals: [
        { text: '母の介護サービスを整える', evaluation: null },
        { text: '息子が週1回外出できる', evaluation: null },
      ],
      participationSupport: true,
      outreach: true,
      createdBy: '中区 七海', // the demo user of 中区
    });
    const v2 = await draft(coordinator, c.caseId, { personWords: '働きたい' });
    expect(v2.plans.map((p) => [p.version, p.state])).toEqual([
      [2, 'draft'],
      [1, 'draft'],
    ]);
    const outsider = await t.call(staff, 'POST', `/api/cases/${c.caseId}/plans`, planInput(nakaId));
    expect(outsider.statusCode).toBe(404);
  });

  it('only the coordinator approves (403 for staff); approval schedules monitorings and tasks', async () => {
    const c = await teamCase('宇佐美', 'ウサミ');
    const planId = (await draft(naka, c.caseId, { monitoringDates: [soon, past] })).plans[0]!.id;
    expect((await t.call(naka, 'POST', `/api/plans/${planId}/approve`, {})).statusCode).toBe(403);
    const approved = await approve(planId);
    expect(approved.stage).toBe('monitoring');
    expect(approved.plans[0]).toMatchObject({ state: 'approved', approvedBy: expect.any(String) });
    expect(approved.monitorings.map((m) => [m.dueOn, m.overdue, m.planVersion])).toEqual([
      [past, true, 1],
      [soon, false, 1],
    ]);
    expect(approved.nextMonitoringOn).toBe(past);
    const mine = (await tasksOf(naka)).filter((x) => x.caseId === c.caseId);
    expect(mine.map((x) => [x.title, x.planId, x.ownerAgency.id, x.overdue])).toEqual([
      ['要介護認定の申請に同行', planId, nakaId, false],
      ['居場所の見学を調整', planId, nakaId, false],
    ]);
    expect((await tasksOf(staff)).filter((x) => x.caseId === c.caseId)).toEqual([]);
    const twice = await t.call(coordinator, 'POST', `/api/plans/${planId}/approve`, {});
    expect(twice.statusCode).toBe(409);
  });

  it('refuses to approve an older draft once a newer version is approved (409), leaving the plan as it was', async () => {
    const c = await teamCase('古賀', 'コガ');
    const older = (await draft(naka, c.caseId, { personWords: '古い下書き' })).plans[0]!.id;
    const newer = (await draft(naka, c.caseId, { personWords: '新しい計画' })).plans[0]!.id;
    await approve(newer);
    const late = await t.call(coordinator, 'POST', `/api/plans/${older}/approve`, {});
    expect(late.statusCode).toBe(409);
    expect(late.json().error.message).toContain('より新しい版');
    const now = await readCase(t, coordinator, c.caseId);
    expect(now.plans.map((p) => [p.version, p.state])).toEqual([
      [2, 'approved'],
      [1, 'draft'],
    ]);
  });

  it('a new approved version supersedes the old and cancels its open monitorings and tasks', async () => {
    const c = await teamCase('比嘉', 'ヒガ');
    const due = shiftDate(today(), -3);
    const v1 = (
      await draft(naka, c.caseId, {
        actions: [
          { goalIndex: 0, text: '旧：申請同行', ownerAgencyId: nakaId, dueOn: due },
          { goalIndex: 1, text: '旧：見学調整', ownerAgencyId: nakaId, dueOn: soon },
        ],
      })
    ).plans[0]!.id;
    const oldMonitoring = (await approve(v1)).monitorings[0]!.id;
    const [doneTask, openTask] = (await tasksOf(naka)).filter((x) => x.planId === v1);
    expect(doneTask).toMatchObject({ title: '旧：申請同行', overdue: true });
    const done = await t.call(naka, 'POST', `/api/tasks/${doneTask!.id}/done`, {});
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ overdue: false, doneAt: expect.any(String) });

    const v2 = (await draft(naka, c.caseId, { personWords: '新しい計画' })).plans[0]!.id;
    const after = await approve(v2);
    expect(after.plans.map((p) => [p.version, p.state])).toEqual([
      [2, 'approved'],
      [1, 'superseded'],
    ]);
    expect(after.monitorings.every((m) => m.planId === v2)).toBe(true);
    const onOld = await t.call(coordinator, 'POST', `/api/monitorings/${oldMonitoring}`, {
      doneOn: today(),
      evaluations: [0, 1].map((goalIndex) => ({ goalIndex, result: 'partly', comment: null })),
      decision: 'continue',
    });
    expect(onOld.statusCode).toBe(409); // cancelled with its plan
    const cancelled = await rows<{ kind: string; n: number }>(
      t.db,
      sql`select 'monitoring' as kind, count(*)::int as n from monitorings
            where plan_id = ${v1} and cancelled_at is not null
          union all select 'task', count(*)::int from action_items
            where plan_id = ${v1} and cancelled_at is not null`,
    );
    expect(cancelled).toEqual([
      { kind: 'monitoring', n: 1 },
      { kind: 'task', n: 1 },
    ]);
    const all = (await tasksOf(naka, 'all')).filter((x) => x.caseId === c.caseId);
    expect(all.map((x) => x.id)).not.toContain(openTask!.id);
    expect(all.find((x) => x.id === doneTask!.id)?.doneAt).not.toBeNull(); // done work is kept
    expect(all.filter((x) => x.planId === v2)).toHaveLength(2);
  });

  it('rejects a bad plan with 400 and changes nothing', async () => {
    const c = await teamCase('真栄田', 'マエダ');
    const bad = [
      { goals: [] },
      { monitoringDates: [soon, soon] },
      { actions: [{ goalIndex: 5, text: 'x', ownerAgencyId: nakaId, dueOn: soon }] },
      { actions: [{ goalIndex: 0, text: 'x', ownerAgencyId: crypto.randomUUID(), dueOn: soon }] },
      { personWords: '' },
      { nextReviewOn: '2025-13-01' },
    ];
    for (const overrides of bad) {
      const res = await t.call(naka, 'POST', `/api/cases/${c.caseId}/plans`, planInput(nakaId, overrides));
      expect(res.statusCode, JSON.stringify(overrides)).toBe(400);
      expect(res.json().error.issues.length).toBeGreaterThan(0);
    }
    expect((await readCase(t, coordinator, c.caseId)).plans).toEqual([]);
  });
});

describe(`the plan sheet and the checks (${dbKind()})`, () => {
  async function sheetText(res: LightMyRequestResponse) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const out: string[] = [];
    wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((cell) => void out.push(String(cell.value)))));
    return out.join('\n');
  }

  it('exports the plan sheet with the person’s words and goals to the team; 404 outside it', async () => {
    const c = await teamCase('具志堅', 'グシケン');
    const url = `/api/cases/${c.caseId}/plan.xlsx`;
    expect((await t.call(coordinator, 'GET', url)).statusCode).toBe(409); // no plan yet
    await approve((await draft(naka, c.caseId)).plans[0]!.id);
    const res = await t.call(naka, 'GET', url);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(XLSX);
    const text = await sheetText(res);
    for (const words of [
      '母と一緒にこの家で暮らし続けたい。',
      '母の介護サービスを整える',
      '息子が週1回外出できる',
    ])
      expect(text).toContain(words);
    expect(text).toContain('具志堅 𠮷子');
    expect((await t.call(staff, 'GET', url)).statusCode).toBe(404);
    expect((await t.call(null, 'GET', url)).statusCode).toBe(401);
  });

  it('401 without a session and 400 for bad input on every plan endpoint', async () => {
    const id = crypto.randomUUID();
    for (const [method, url] of [
      ['POST', `/api/cases/${id}/plans`],
      ['POST', `/api/plans/${id}/approve`],
      ['GET', `/api/cases/${id}/plan.xlsx`],
    ] as const) {
      const res = await t.call(null, method, url, method === 'POST' ? {} : undefined);
      expect(res.statusCode, url).toBe(401);
    }
    for (const [method, url] of [
      ['POST', '/api/cases/x/plans'],
      ['POST', '/api/plans/x/approve'],
      ['GET', '/api/cases/x/plan.xlsx'],
    ] as const) {
      const res = await t.call(coordinator, method, url, method === 'POST' ? {} : undefined);
      expect(res.statusCode, url).toBe(400);
    }
    expect((await t.call(coordinator, 'POST', `/api/plans/${id}/approve`, {})).statusCode).toBe(404);
    expect((await t.call(coordinator, 'GET', `/api/cases/${id}/plan.xlsx`)).statusCode).toBe(404);
  });
});
