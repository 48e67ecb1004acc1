import { afterAll, beforeAll, expect, it } from 'vitest';
import { agencyByCode, sessionsOf } from '../support/factories';
import { consentingHousehold } from '../support/referrals';
import { createTestApp, type Session, type TestApp } from '../support/test-app';

let t: TestApp;
let staff: Session;
let coordinator: Session;
let naka: Session;
beforeAll(async () => {
  t = await createTestApp();
  const login = sessionsOf(t);
  staff = await login('agency_staff');
  coordinator = await login('coordinator');
  naka = await t.loginAs('staff-naka@demo.example');
});
afterAll(() => t.close());

it('runs a case from request to closure', async () => {
  const nakaId = (await agencyByCode(t, staff, 'hokatsu-naka')).id;
  const h = await consentingHousehold(t, staff, { agencyIds: [nakaId] });
  const req = await t.call(staff, 'POST', '/api/cases', { ...h, summary: '8050世帯の相談' });
  expect(req.statusCode, req.body).toBe(201);
  const q = await t.call(coordinator, 'GET', '/api/cases/queue');
  expect(q.statusCode, q.body).toBe(200);
  const tri = await t.call(coordinator, 'POST', '/api/cases/triage', {
    caseId: req.json().id,
    kind: 'coordinated',
  });
  expect(tri.statusCode, tri.body).toBe(200);
  const id = tri.json().id;
  const team = await t.call(coordinator, 'POST', `/api/cases/${id}/team`, {
    agencyId: nakaId,
    role: 'person_support',
  });
  expect(team.statusCode, team.body).toBe(200);
  expect((await t.call(naka, 'GET', `/api/cases/${id}`)).statusCode).toBe(200);
  const plan = await t.call(naka, 'POST', `/api/cases/${id}/plans`, {
    personWords: '家で暮らしたい',
    goals: [{ text: '通院を続ける' }],
    actions: [{ goalIndex: 0, text: '同行受診', ownerAgencyId: nakaId, dueOn: '2030-01-10' }],
    participationSupport: true,
    outreach: false,
    monitoringDates: ['2020-01-01'],
    nextReviewOn: '2030-03-01',
  });
  expect(plan.statusCode, plan.body).toBe(200);
  const planId = plan.json().plans[0].id;
  const appr = await t.call(coordinator, 'POST', `/api/plans/${planId}/approve`, {});
  expect(appr.statusCode, appr.body).toBe(200);
  expect(appr.json().monitorings[0].overdue).toBe(true);
  const tasks = await t.call(naka, 'GET', '/api/tasks');
  expect(tasks.json().items).toHaveLength(1);
  const mon = await t.call(coordinator, 'POST', `/api/monitorings/${appr.json().monitorings[0].id}`, {
    doneOn: '2025-01-01',
    evaluations: [{ goalIndex: 0, result: 'partly', comment: null }],
    decision: 'continue',
  });
  expect(mon.statusCode, mon.body).toBe(200);
  const meeting = await t.call(coordinator, 'POST', '/api/meetings', {
    kind: 'case_conference',
    heldOn: '2025-01-01',
    purpose: '役割分担',
    caseIds: [id],
    attendees: [{ agencyId: nakaId, personName: '中 太郎' }],
  });
  expect(meeting.statusCode, meeting.body).toBe(201);
  const md = await t.call(naka, 'GET', `/api/meetings/${meeting.json().id}`);
  expect(md.statusCode, md.body).toBe(200);
  const close = await t.call(coordinator, 'POST', `/api/cases/${id}/close`, {
    version: mon.json().version,
    outcome: 'unresolved',
    closedOn: new Date().toISOString().slice(0, 10),
    note: '転居',
  });
  expect(close.statusCode, close.body).toBe(200);
  expect((await t.call(naka, 'GET', `/api/cases/${id}`)).statusCode).toBe(404);
  const stats = await t.call(coordinator, 'GET', '/api/cases/statistics');
  expect(stats.statusCode, stats.body).toBe(200);
  const xlsx = await t.call(coordinator, 'GET', `/api/cases/${id}/plan.xlsx`);
  expect(xlsx.statusCode, xlsx.body).toBe(200);
});
