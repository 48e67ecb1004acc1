import type { Role } from '@tsunagu/contracts';
import type { AgencyInput } from '@tsunagu/contracts/agencies';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agencyByCode, auditEvents, editable, sessionsOf } from '../support/factories';
import { createTestApp, type Session, type TestApp } from '../support/test-app';
import { dbKind } from '../support/test-db';

type AgencyView = AgencyInput & { id: string; version: number };

let t: TestApp;
let login: (role: Role) => Promise<Session>;
let planner: Session;
let manager: Session;
let staff: Session;
beforeAll(async () => {
  t = await createTestApp();
  login = sessionsOf(t);
  planner = await login('planner');
  manager = await login('agency_manager');
  staff = await login('agency_staff');
});
afterAll(() => t.close());

async function current(code = 'hokatsu-kita-chuo'): Promise<AgencyView> {
  const a = await agencyByCode(t, planner, code);
  return (await t.call(planner, 'GET', `/api/agencies/${a.id}`)).json();
}

function propose(session: Session | null, agency: AgencyView, changes: Partial<AgencyInput>, note = '更新') {
  return t.call(session, 'POST', `/api/agencies/${agency.id}/change-requests`, {
    proposed: { ...editable(agency), ...changes },
    baseVersion: agency.version,
    note,
  });
}

function decide(session: Session | null, requestId: string, decision: string, comment: string | null = null) {
  return t.call(session, 'POST', `/api/agency-change-requests/${requestId}/decision`, { decision, comment });
}

async function pending(session: Session) {
  const res = await t.call(session, 'GET', '/api/agency-change-requests?status=pending');
  expect(res.statusCode).toBe(200);
  return res.json().items as { id: string; agencyId: string; status: string }[];
}

describe(`change requests from agency managers (${dbKind()})`, () => {
  it('lets a manager propose a change to their own entry without changing it yet', async () => {
    const before = await current();
    const res = await propose(manager, before, { hours: '平日 8:30〜19:00', capacityNote: '新規受付可' });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body.status).toBe('pending');
    expect(body.changedFields.sort()).toEqual(['capacityNote', 'hours']);
    expect(body.proposedBy).toBe('包括 次郎');
    expect(body.baseVersion).toBe(before.version);
    const after = await current();
    expect(after.hours).toBe(before.hours);
    expect(after.version).toBe(before.version);
    const auditor = await login('auditor');
    const events = await auditEvents(t, auditor, 'action=agency_change.proposed');
    expect(events.items.map((e) => e.entityId)).toContain(body.id);
  });

  it('refuses other agencies, other roles, no session, a changed code and bad input', async () => {
    const own = await current();
    const other = await current('hokatsu-naka');
    const countBefore = (await pending(planner)).length;
    expect((await propose(manager, other, { hours: '毎日' })).statusCode).toBe(403);
    expect((await propose(staff, own, { hours: '毎日' })).statusCode).toBe(403);
    expect((await propose(planner, own, { hours: '毎日' })).statusCode).toBe(403);
    expect((await propose(null, own, { hours: '毎日' })).statusCode).toBe(401);
    const recoded = await propose(manager, own, { code: 'renamed-code' });
    expect(recoded.statusCode).toBe(400);
    expect(recoded.json().error.code).toBe('validation_failed');
    const badKana = await propose(manager, own, { nameKana: '漢字' });
    expect(badKana.statusCode).toBe(400);
    expect(badKana.json().error.issues.map((i: { path: string }) => i.path)).toContain(
      'body.proposed.nameKana',
    );
    const unknownField = await propose(manager, own, { fields: ['no-such-field'] });
    expect(unknownField.statusCode).toBe(400);
    const missing = await t.call(
      manager,
      'POST',
      '/api/agencies/00000000-0000-4000-8000-000000000000/change-requests',
      {
        proposed: editable(own),
        baseVersion: 1,
        note: null,
      },
    );
    expect(missing.statusCode).toBe(404);
    expect((await pending(planner)).length).toBe(countBefore);
  });

  it('lists all pending requests to planners and only their own agency’s to a manager', async () => {
    const own = await current();
    const other = await current('hokatsu-naka');
    const mine = (await propose(manager, own, { hours: '平日 9:00〜16:00' })).json();
    // A request for another agency, as its own manager would have filed it.
    const [row] = (
      (await t.db.execute(sql`insert into agency_change_requests
        (tenant_id, agency_id, proposed, base_version, proposed_by)
        values (${t.publicTenantId}, ${other.id}, ${JSON.stringify({ ...editable(other), hours: '土曜も' })}::jsonb,
          ${other.version}, ${planner.userId}) returning id`)) as unknown as { rows: { id: string }[] }
    ).rows;
    const forPlanner = await pending(planner);
    expect(forPlanner.map((r) => r.id)).toEqual(expect.arrayContaining([mine.id, row!.id]));
    const forManager = await pending(manager);
    expect(forManager.map((r) => r.id)).toContain(mine.id);
    expect(forManager.every((r) => r.agencyId === own.id)).toBe(true);
    expect((await t.call(staff, 'GET', '/api/agency-change-requests')).statusCode).toBe(403);
    expect((await t.call(null, 'GET', '/api/agency-change-requests')).statusCode).toBe(401);
    expect((await t.call(planner, 'GET', '/api/agency-change-requests?status=bogus')).statusCode).toBe(400);
  });

  it('applies an approved request (version + 1) and refuses to decide it twice', async () => {
    const before = await current();
    const req = (await propose(manager, before, { hours: '平日 8:00〜18:00' })).json();
    const approved = await decide(planner, req.id, 'approve', '確認しました');
    expect(approved.statusCode).toBe(200);
    expect(approved.json().status).toBe('approved');
    expect(approved.json().decidedBy).toBe('企画 花子');
    expect(approved.json().decisionComment).toBe('確認しました');
    const after = await current();
    expect(after.hours).toBe('平日 8:00〜18:00');
    expect(after.version).toBe(before.version + 1);
    const again = await decide(planner, req.id, 'approve');
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('conflict');
    expect((await current()).version).toBe(after.version);
    const auditor = await login('auditor');
    const updates = (await auditEvents(t, auditor, 'action=agency.updated')).items.filter(
      (e) => e.entityId === before.id,
    );
    expect(updates[0]?.payload).toEqual({ fields: ['hours'], via: 'change_request' });
  });

  it('leaves the entry unchanged when a request is rejected', async () => {
    const before = await current();
    const req = (await propose(manager, before, { name: '却下される名称' })).json();
    const rejected = await decide(planner, req.id, 'reject', '名称は条例どおりにしてください');
    expect(rejected.statusCode).toBe(200);
    expect(rejected.json().status).toBe('rejected');
    const after = await current();
    expect(after.name).toBe(before.name);
    expect(after.version).toBe(before.version);
    expect((await pending(planner)).map((r) => r.id)).not.toContain(req.id);
  });

  it('refuses to approve a request made against an older version and keeps it pending', async () => {
    const base = await current();
    const req = (await propose(manager, base, { hours: '古い版からの提案' })).json();
    const edit = await t.call(planner, 'PUT', `/api/agencies/${base.id}`, {
      ...editable(base),
      capacityNote: '企画課が先に更新',
      version: base.version,
    });
    expect(edit.statusCode).toBe(200);
    const res = await decide(planner, req.id, 'approve');
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('version_conflict');
    const after = await current();
    expect(after.hours).toBe(base.hours);
    expect(after.capacityNote).toBe('企画課が先に更新');
    expect((await pending(planner)).map((r) => r.id)).toContain(req.id);
  });

  it('lets only planners and admins decide', async () => {
    const req = (await propose(manager, await current(), { hours: '誰が決める' })).json();
    expect((await decide(manager, req.id, 'approve')).statusCode).toBe(403);
    expect((await decide(staff, req.id, 'approve')).statusCode).toBe(403);
    expect((await decide(await login('auditor'), req.id, 'reject')).statusCode).toBe(403);
    expect((await decide(null, req.id, 'approve')).statusCode).toBe(401);
    expect((await decide(planner, req.id, 'maybe')).statusCode).toBe(400);
    expect((await decide(planner, '00000000-0000-4000-8000-000000000000', 'approve')).statusCode).toBe(404);
    expect((await pending(planner)).map((r) => r.id)).toContain(req.id);
    const admin = await login('admin');
    expect((await decide(admin, req.id, 'reject')).statusCode).toBe(200);
  });
});
