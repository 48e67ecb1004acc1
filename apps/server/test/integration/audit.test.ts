import type { Role } from '@tsunagu/contracts';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sealAuditChain, verifyAuditChain } from '../../src/platform/audit/chain';
import type { UserActor } from '../../src/platform/auth/actor';
import { runAs } from '../../src/platform/db/scope';
import { auditEvents, createAgency, sessionsOf } from '../support/factories';
import { dbFailure, rows } from '../support/sql';
import { createTestApp, type Session, type TestApp } from '../support/test-app';
import { dbKind } from '../support/test-db';

let t: TestApp;
let login: (role: Role) => Promise<Session>;
let auditor: Session;
let planner: Session;
beforeAll(async () => {
  t = await createTestApp();
  login = sessionsOf(t);
  auditor = await login('auditor');
  planner = await login('planner');
  await createAgency(t, planner);
  await createAgency(t, planner);
});
afterAll(() => t.close());

/** The Japanese calendar day of an instant, and the days either side, as YYYY-MM-DD. */
function tokyoDays(iso: string) {
  const day = (d: Date) => d.toLocaleDateString('sv-SE', { timeZone: 'Asia/Tokyo' });
  const at = new Date(iso);
  return {
    today: day(at),
    yesterday: day(new Date(at.getTime() - 86_400_000)),
    tomorrow: day(new Date(at.getTime() + 86_400_000)),
  };
}

const count = async (table: 'audit_events' | 'audit_chain') =>
  Number((await rows<{ n: number }>(t.db, sql`select count(*)::int as n from ${sql.raw(table)}`))[0]!.n);

describe(`reading the audit log (${dbKind()})`, () => {
  it('is open to auditors and admins only', async () => {
    expect((await t.call(auditor, 'GET', '/api/audit/events')).statusCode).toBe(200);
    expect((await t.call(await login('admin'), 'GET', '/api/audit/events')).statusCode).toBe(200);
    expect((await t.call(planner, 'GET', '/api/audit/events')).statusCode).toBe(403);
    expect((await t.call(await login('agency_staff'), 'GET', '/api/audit/events')).statusCode).toBe(403);
    expect((await t.call(null, 'GET', '/api/audit/events')).statusCode).toBe(401);
  });

  it('filters by action, entity type and Japanese calendar day', async () => {
    const created = await auditEvents(t, auditor, 'action=agency.created');
    expect(created.total).toBe(2);
    expect(created.items.every((e) => e.action === 'agency.created' && e.entityType === 'agency')).toBe(true);
    const logins = await auditEvents(t, auditor, 'entityType=user');
    expect(logins.total).toBeGreaterThanOrEqual(2);
    expect(logins.items.every((e) => e.entityType === 'user')).toBe(true);

    const { today, yesterday, tomorrow } = tokyoDays(created.items[0]!.occurredAt);
    const within = await auditEvents(t, auditor, `action=agency.created&from=${today}&to=${today}`);
    expect(within.total).toBe(2);
    expect((await auditEvents(t, auditor, `action=agency.created&from=${tomorrow}`)).total).toBe(0);
    expect((await auditEvents(t, auditor, `action=agency.created&to=${yesterday}`)).total).toBe(0);
    expect(
      (await auditEvents(t, auditor, `action=agency.created&from=${yesterday}&to=${tomorrow}`)).total,
    ).toBe(2);
  });

  it('refuses a malformed date with 400', async () => {
    for (const q of [
      'from=2024-13-01',
      'to=yesterday',
      'from=2024/04/01',
      'actorUserId=someone',
      'limit=0',
    ]) {
      const res = await t.call(auditor, 'GET', `/api/audit/events?${q}`);
      expect(res.statusCode, q).toBe(400);
      expect(res.json().error.code).toBe('validation_failed');
    }
  });

  it('logs every viewing of the log, with the filters used', async () => {
    await t.call(auditor, 'GET', '/api/audit/events?action=session.revoked&entityType=session');
    const viewed = await auditEvents(t, auditor, 'action=audit.viewed');
    expect(viewed.items[0]!.payload).toEqual({
      filters: { action: 'session.revoked', entityType: 'session' },
    });
    const full = (await t.call(auditor, 'GET', `/api/audit/events?action=audit.viewed&limit=1`)).json();
    expect(full.items[0].actorUserId).toBe(auditor.userId);
    expect(full.items[0].actorName).toBe('監査 六子');
  });
});

describe(`the hash chain (${dbKind()})`, () => {
  it('verifies after activity: ok, with every event checked, and the check is itself logged', async () => {
    expect((await t.call(planner, 'POST', '/api/audit/verify')).statusCode).toBe(403);
    expect((await t.call(null, 'POST', '/api/audit/verify')).statusCode).toBe(401);
    const res = await t.call(auditor, 'POST', '/api/audit/verify');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ ok: true, firstBrokenEventId: null, reason: null });
    expect(res.json().checked).toBeGreaterThan(5);
    const verified = await auditEvents(t, auditor, 'action=audit.verified');
    expect(verified.items[0]!.payload).toEqual({ ok: true, checked: res.json().checked });
    const page = await auditEvents(t, auditor, 'action=agency.created');
    expect(page.items.every((e) => e.sealed)).toBe(true);
  });

  it('refuses UPDATE, DELETE and TRUNCATE of the log even to the database owner', async () => {
    await sealAuditChain(t.db);
    const [first] = await rows<{ id: number }>(t.db, sql`select min(event_id) as id from audit_chain`);
    const attempts = [
      sql`update audit_events set action = 'forged' where id = ${first!.id}`,
      sql`delete from audit_events where id = ${first!.id}`,
      sql`truncate audit_events cascade`,
      sql`update audit_chain set hash = 'x' where event_id = ${first!.id}`,
      sql`delete from audit_chain where event_id = ${first!.id}`,
      sql`truncate audit_chain`,
    ];
    const [events, links] = [await count('audit_events'), await count('audit_chain')];
    for (const attempt of attempts) {
      const failure = await dbFailure(t.db.execute(attempt));
      expect(failure?.message).toMatch(/append-only/);
      expect(failure?.code).toBe('42501');
    }
    expect(await count('audit_events')).toBe(events);
    expect(await count('audit_chain')).toBe(links);
    expect((await verifyAuditChain(t.db, t.publicTenantId)).ok).toBe(true);
  });

  it('refuses changes through the application role too', async () => {
    const actor: UserActor = {
      kind: 'user',
      tenantId: t.publicTenantId,
      userId: auditor.userId,
      sessionId: '00000000-0000-4000-8000-000000000000',
      agencyId: null,
      divisionCode: null,
      roles: ['admin', 'auditor'],
    };
    const failure = await dbFailure(runAs(t.db, actor, (tx) => tx.execute(sql`delete from audit_events`)));
    expect(failure?.code).toBe('42501');
  });

  it('names the first event whose content was changed behind the triggers', async () => {
    await sealAuditChain(t.db);
    const [target] = await rows<{ id: number; payload: unknown }>(
      t.db,
      sql`select id, payload from audit_events where action = 'agency.created' order by id limit 1`,
    );
    const tamper = async (payload: string) => {
      await t.db.execute(sql`alter table audit_events disable trigger audit_events_append_only`);
      await t.db.execute(sql`update audit_events set payload = ${payload}::jsonb where id = ${target!.id}`);
      await t.db.execute(sql`alter table audit_events enable trigger audit_events_append_only`);
    };
    await tamper(JSON.stringify({ via: 'import' }));
    const broken = await verifyAuditChain(t.db, t.publicTenantId);
    expect(broken.ok).toBe(false);
    expect(broken.firstBrokenEventId).toBe(Number(target!.id));
    expect(broken.reason).toMatch(/content/);
    const api = (await t.call(auditor, 'POST', '/api/audit/verify')).json();
    expect(api).toMatchObject({ ok: false, firstBrokenEventId: Number(target!.id) });
    // Restoring the exact original content makes the chain whole again.
    await tamper(JSON.stringify(target!.payload));
    expect((await verifyAuditChain(t.db, t.publicTenantId)).ok).toBe(true);
  });

  it('seals an event whose transaction committed after later events were sealed, from the queue alone', async () => {
    await sealAuditChain(t.db);
    const queued = async () =>
      Number((await rows<{ n: number }>(t.db, sql`select count(*)::int as n from audit_unsealed`))[0]!.n);
    expect(await queued()).toBe(0);
    // A lower id than every sealed event, as a transaction that took its id early and committed late has.
    await t.db.execute(sql`insert into audit_events (id, tenant_id, action, entity_type, payload)
      values (-7, ${t.publicTenantId}, 'test.late', 'test', '{}')`);
    expect(await queued()).toBe(1);
    expect(await sealAuditChain(t.db)).toBe(1);
    expect(await queued()).toBe(0);
    const [link] = await rows<{ seq: number; last: number }>(
      t.db,
      sql`select seq, (select max(seq) from audit_chain where tenant_id = ${t.publicTenantId}) as last
        from audit_chain where event_id = -7`,
    );
    expect(Number(link!.seq)).toBe(Number(link!.last));
    expect(await count('audit_chain')).toBe(await count('audit_events'));
    expect((await verifyAuditChain(t.db)).ok).toBe(true);
    expect(await sealAuditChain(t.db)).toBe(0);
  });

  it('seals each event exactly once when two sealers run at once', async () => {
    await t.db.execute(sql`insert into audit_events (tenant_id, action, entity_type, payload)
      select ${t.publicTenantId}, 'test.bulk', 'test', jsonb_build_object('n', g) from generate_series(1, 300) g`);
    const unsealed = (await count('audit_events')) - (await count('audit_chain'));
    expect(unsealed).toBeGreaterThanOrEqual(300);
    const [a, b] = await Promise.all([sealAuditChain(t.db), sealAuditChain(t.db)]);
    expect(a + b).toBe(unsealed);
    expect(await count('audit_chain')).toBe(await count('audit_events'));
    const [dupes] = await rows<{ n: number }>(
      t.db,
      sql`select count(*)::int as n from audit_events e
        where (select count(*) from audit_chain c where c.event_id = e.id) <> 1`,
    );
    expect(Number(dupes!.n)).toBe(0);
    const result = await verifyAuditChain(t.db);
    expect(result.ok).toBe(true);
    expect(result.checked).toBe(await count('audit_events'));
  });
});
