import type { Role } from '@tsunagu/contracts';
import { type SQL, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import type { Actor, UserActor } from '../../src/platform/auth/actor';
import { runAs } from '../../src/platform/db/scope';
import { sessionsOf } from '../support/factories';
import { dbFailure, rows } from '../support/sql';
import { createTestApp, type Session, type TestApp } from '../support/test-app';
import { dbKind } from '../support/test-db';

let t: TestApp;
let login: (role: Role) => Promise<Session>;
let okayama: string;
let other: { tenantId: string; agencyId: string; userId: string };
let staffSession: Session;
let plannerSession: Session;
let adminSession: Session;

function user(s: Session, roles: UserActor['roles'], tenantId = okayama): UserActor {
  return {
    kind: 'user',
    tenantId,
    userId: s.userId,
    sessionId: '',
    agencyId: s.agencyId,
    divisionCode: null,
    roles,
  };
}
const as = <T>(actor: Actor, query: SQL) => runAs(t.db, actor, (tx) => rows<T>(tx, query));
const agencyRow = (tenantId: string, code: string) => sql`insert into agencies
  (tenant_id, code, name, name_kana, search_key, category_code, contact)
  values (${tenantId}, ${code}, 'RLSテスト', 'あーるえるえす', 'rls', 'community-care-centre', '{}'::jsonb)`;

beforeAll(async () => {
  t = await createTestApp();
  login = sessionsOf(t);
  okayama = t.publicTenantId;
  staffSession = await login('agency_staff');
  plannerSession = await login('planner');
  adminSession = await login('admin');
  // A second city, written as the database owner.
  const [tenant] = await rows<{ id: string }>(
    t.db,
    sql`insert into tenants (slug, name, name_en) values ('other-city', '他市', 'Other City') returning id`,
  );
  const tenantId = tenant!.id;
  const [agency] = await rows<{ id: string }>(t.db, sql`${agencyRow(tenantId, 'other-agency')} returning id`);
  await t.db.execute(sql`insert into code_list_items (tenant_id, list, code, label_ja, label_en)
    values (${tenantId}, 'welfare_district', 'other-ward', '他区', 'Other ward')`);
  const [u] = await rows<{ id: string }>(
    t.db,
    sql`insert into users (tenant_id, email, display_name, password_hash, roles)
      values (${tenantId}, 'admin@other.example', '他市 管理者', 'x', '{admin}') returning id`,
  );
  other = { tenantId, agencyId: agency!.id, userId: u!.id };
  await t.db.execute(sql`update agencies set is_public = false where code = 'npo-kizuna'`);
});
afterAll(() => t.close());

const otherAdmin = (): UserActor => ({
  kind: 'user',
  tenantId: other.tenantId,
  userId: other.userId,
  sessionId: '',
  agencyId: null,
  divisionCode: null,
  roles: ['admin'],
});

describe(`row-level security: reading (${dbKind()})`, () => {
  it('shows a public actor only published agencies; a signed-in user the unpublished too', async () => {
    const pub = await as<{ code: string; is_public: boolean }>(
      { kind: 'public', tenantId: okayama },
      sql`select code, is_public from agencies`,
    );
    expect(pub).toHaveLength(44);
    expect(pub.every((a) => a.is_public)).toBe(true);
    const staff = await as<{ code: string }>(
      user(staffSession, ['agency_staff']),
      sql`select code from agencies`,
    );
    expect(staff.map((a) => a.code)).toContain('npo-kizuna');
    expect(staff).toHaveLength(45);
  });

  it('keeps two cities apart: agencies, code lists, users and tenants', async () => {
    const foreign = otherAdmin();
    expect(await as(foreign, sql`select id from agencies`)).toEqual([{ id: other.agencyId }]);
    expect(await as(foreign, sql`select code from code_list_items`)).toEqual([{ code: 'other-ward' }]);
    expect(await as(foreign, sql`select id from users`)).toEqual([{ id: other.userId }]);
    expect(await as(foreign, sql`select slug from tenants`)).toEqual([{ slug: 'other-city' }]);

    const home = user(adminSession, ['admin']);
    const tenantsSeen = async (table: string) =>
      (await as<{ t: string }>(home, sql`select distinct tenant_id::text as t from ${sql.raw(table)}`)).map(
        (r) => r.t,
      );
    for (const table of ['agencies', 'code_list_items', 'users'])
      expect(await tenantsSeen(table)).toEqual([okayama]);
    expect(await as(home, sql`select slug from tenants`)).toEqual([{ slug: 'okayama' }]);
  });

  it('lets a non-admin read only their own sessions; an admin reads all of the city’s', async () => {
    const mine = await as<{ user_id: string }>(
      user(plannerSession, ['planner']),
      sql`select user_id from sessions`,
    );
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((s) => s.user_id === plannerSession.userId)).toBe(true);
    const all = await as<{ user_id: string }>(
      user(adminSession, ['admin']),
      sql`select user_id from sessions`,
    );
    expect(new Set(all.map((s) => s.user_id))).toEqual(
      new Set([staffSession.userId, plannerSession.userId, adminSession.userId]),
    );
  });

  it('shows a public actor no user accounts (e-mail addresses, password hashes)', async () => {
    const seen = await as<{ email: string }>(
      { kind: 'public', tenantId: okayama },
      sql`select email from users`,
    );
    expect(seen.map((u) => u.email)).toEqual([]);
    // Password hashes are not readable through the application role at all, not even by an admin.
    const hashes = await dbFailure(as(user(adminSession, ['admin']), sql`select password_hash from users`));
    expect(hashes?.code).toBe('42501');
  });

  it('hides the audit log from everyone but auditors and admins', async () => {
    await t.call(plannerSession, 'GET', '/api/agencies?limit=1');
    expect(await as(user(plannerSession, ['planner']), sql`select id from audit_events`)).toEqual([]);
    expect(await as({ kind: 'public', tenantId: okayama }, sql`select seq from audit_chain`)).toEqual([]);
    expect((await as(user(adminSession, ['auditor']), sql`select id from audit_events limit 1`)).length).toBe(
      1,
    );
  });
});

describe(`row-level security: writing (${dbKind()})`, () => {
  it('turns an agency_staff update of the directory into a no-op and refuses an insert (42501)', async () => {
    const staff = user(staffSession, ['agency_staff']);
    const updated = await as(staff, sql`update agencies set name = 'x' returning id`);
    expect(updated).toEqual([]);
    const [renamed] = await rows<{ n: number }>(
      t.db,
      sql`select count(*)::int as n from agencies where name = 'x'`,
    );
    expect(Number(renamed!.n)).toBe(0);
    const insert = await dbFailure(runAs(t.db, staff, (tx) => tx.execute(agencyRow(okayama, 'staff-made'))));
    expect(insert?.code).toBe('42501');
    expect(insert?.message).toMatch(/row-level security/);
    // The same statement as a planner does change the row: the policy, not the SQL, made the difference.
    const planner = user(plannerSession, ['planner']);
    expect(
      await as(planner, sql`update agencies set hours = hours where code = 'shakyo' returning code`),
    ).toEqual([{ code: 'shakyo' }]);
  });

  it('refuses writes into another city', async () => {
    const foreign = otherAdmin();
    expect(
      await as(foreign, sql`update agencies set name = 'x' where tenant_id = ${okayama} returning id`),
    ).toEqual([]);
    const insert = await dbFailure(runAs(t.db, foreign, (tx) => tx.execute(agencyRow(okayama, 'smuggled'))));
    expect(insert?.code).toBe('42501');
  });

  it('refuses an audit event written for another tenant, and accepts one for the actor’s own', async () => {
    const staff = user(staffSession, ['agency_staff']);
    const insert = (tenantId: string) =>
      runAs(t.db, staff, (tx) =>
        tx.execute(
          sql`insert into audit_events (tenant_id, action, entity_type) values (${tenantId}, 'test', 'test')`,
        ),
      );
    expect((await dbFailure(insert(other.tenantId)))?.code).toBe('42501');
    expect(await dbFailure(insert(okayama))).toBeUndefined();
  });

  it('does not let a user raise their own roles through their own row', async () => {
    const staff = user(staffSession, ['agency_staff']);
    const refused = await dbFailure(
      as(staff, sql`update users set roles = '{admin}' where id = ${staffSession.userId}`),
    );
    expect(refused?.code).toBe('42501');
    const [row] = await rows<{ roles: string[] }>(
      t.db,
      sql`select roles from users where id = ${staffSession.userId}`,
    );
    // Put the row back as the owner, so a failure here does not leak into the other tests.
    await t.db.execute(sql`update users set roles = '{agency_staff}' where id = ${staffSession.userId}`);
    expect(row!.roles).toEqual(['agency_staff']);
  });

  it('lets a user revoke their own session but never un-revoke or extend it', async () => {
    const s = await t.login('coordinator');
    const me = user(s, ['coordinator']);
    const [session] = await rows<{ id: string }>(
      t.db,
      sql`select id from sessions where user_id = ${s.userId} and revoked_at is null order by created_at desc limit 1`,
    );
    const extend = await dbFailure(
      as(me, sql`update sessions set expires_at = expires_at + interval '30 days' where id = ${session!.id}`),
    );
    expect(extend?.code).toBe('42501');
    await as(me, sql`update sessions set revoked_at = now() where id = ${session!.id}`);
    const unrevoke = await dbFailure(
      as(me, sql`update sessions set revoked_at = null where id = ${session!.id}`),
    );
    expect(unrevoke?.code).toBe('42501');
    expect((await t.call(s, 'GET', '/api/auth/me')).statusCode).toBe(401);
  });

  it('answers a write refused by row-level security with 403, not 500', async () => {
    const app = await buildApp({
      db: t.db,
      config: loadConfig({ LOG_LEVEL: 'silent', TSUNAGU_WEB_DIST: '/nonexistent' } as NodeJS.ProcessEnv),
      publicTenantId: okayama,
      logger: false,
    });
    // A handler that forgets the service's role check: the database is the backstop.
    app.get('/api/test/unchecked-write', { config: { public: true } }, async () => {
      await runAs(t.db, user(staffSession, ['agency_staff']), (tx) =>
        tx.execute(agencyRow(okayama, 'unchecked')),
      );
      return { ok: true };
    });
    const res = await app.inject({ method: 'GET', url: '/api/test/unchecked-write' });
    await app.close();
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('forbidden');
  });
});

describe(`row-level security: policies read the actor's settings once per statement (${dbKind()})`, () => {
  it('wraps every read of tenant, agency, user, division and roles in a sub-select (an InitPlan)', async () => {
    const policies = await rows<{ name: string; text: string }>(
      t.db,
      sql`select tablename || '.' || policyname as name, coalesce(qual, '') || ' ' || coalesce(with_check, '') as text
        from pg_policies where schemaname = 'public'`,
    );
    expect(policies.length).toBeGreaterThan(100);
    const setting =
      /(\bSELECT\s+)?(app_tenant_id\(\)|app_agency_id\(\)|app_user_id\(\)|app_division_code\(\)|app_has_role\()/g;
    const bare = policies.flatMap((p) =>
      [...p.text.matchAll(setting)].filter((m) => !m[1]).map((m) => `${p.name}: ${m[2]}`),
    );
    expect(bare).toEqual([]);
    const wrapped = policies.filter((p) => /SELECT app_tenant_id\(\)/.test(p.text));
    expect(wrapped.length).toBeGreaterThan(100);
  });

  it('filters the cases of a city with the settings read once, not per row', async () => {
    const staff = user(staffSession, ['agency_staff']);
    const plan = await as<{ 'QUERY PLAN': string }>(
      staff,
      sql`explain (costs off) select count(*) from cases`,
    );
    const text = plan.map((r) => r['QUERY PLAN']).join('\n');
    expect(text).toMatch(/InitPlan/);
    expect(text).not.toMatch(/current_setting\('app\.tenant_id'/);
  });
});
