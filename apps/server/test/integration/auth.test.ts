import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../support/global-setup';
import { rows } from '../support/sql';
import { createTestApp, demoEmail, type TestApp } from '../support/test-app';
import { dbKind } from '../support/test-db';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe(`sign-in and sessions (${dbKind()})`, () => {
  it('signs in with e-mail and password, sets an httpOnly SameSite cookie and answers /me', async () => {
    const res = await t.call(null, 'POST', '/api/auth/login', {
      email: 'ADMIN@demo.example',
      password: DEMO_PASSWORD,
    });
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'tsunagu_session');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Strict');
    const me = await t.call(
      { cookie: `tsunagu_session=${cookie!.value}`, csrf: '', userId: '', agencyId: null },
      'GET',
      '/api/auth/me',
    );
    expect(me.statusCode).toBe(200);
    expect(me.json().user.roles).toEqual(['admin']);
    expect(me.json().tenant.name).toBe('岡山市');
    expect(me.json()).not.toHaveProperty('user.passwordHash');
  });

  it('answers a wrong password and an unknown e-mail the same way (401)', async () => {
    const wrong = await t.call(null, 'POST', '/api/auth/login', {
      email: demoEmail('planner'),
      password: 'not-the-password',
    });
    const unknown = await t.call(null, 'POST', '/api/auth/login', {
      email: 'nobody@demo.example',
      password: 'whatever-12345',
    });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().error.code).toBe('invalid_credentials');
    expect(unknown.json().error).toEqual(wrong.json().error);
    expect(wrong.json().error.message).toMatch(/パスワード/);
  });

  it('rejects bad input with 400 and field issues, never 500', async () => {
    for (const payload of [{}, { email: 'x', password: 'y' }, { email: 'a@b.example' }, '{"email":', []]) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: typeof payload === 'string' ? payload : JSON.stringify(payload),
        headers: { 'content-type': 'application/json' },
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toMatch(/validation_failed|malformed_request/);
      expect(res.json().error.messageEn).toBeTruthy();
    }
  });

  it('locks the account after repeated failures, even for the right password, and logs it', async () => {
    const email = demoEmail('programme_staff');
    for (let i = 0; i < 5; i++) {
      const res = await t.call(null, 'POST', '/api/auth/login', { email, password: `wrong-password-${i}` });
      expect(res.statusCode).toBe(401);
    }
    const locked = await t.call(null, 'POST', '/api/auth/login', { email, password: DEMO_PASSWORD });
    expect(locked.statusCode).toBe(429);
    expect(locked.json().error.code).toBe('account_locked');
    const auditor = await t.login('auditor');
    const log = await t.call(auditor, 'GET', '/api/audit/events?action=auth.locked');
    expect(log.json().total).toBe(1);
  });

  it('requires the CSRF token on state-changing requests of a session', async () => {
    const s = await t.login('agency_staff');
    const without = await t.call({ ...s, csrf: '' }, 'POST', '/api/auth/logout', undefined);
    expect(without.statusCode).toBe(403);
    expect(without.json().error.code).toBe('csrf_failed');
    const wrong = await t.call({ ...s, csrf: 'forged-token' }, 'POST', '/api/auth/logout');
    expect(wrong.statusCode).toBe(403);
    const still = await t.call(s, 'GET', '/api/auth/me');
    expect(still.statusCode).toBe(200);
  });

  it('logs out: the session stops working at once', async () => {
    const s = await t.login('advisor');
    expect((await t.call(s, 'POST', '/api/auth/logout')).statusCode).toBe(200);
    expect((await t.call(s, 'GET', '/api/auth/me')).statusCode).toBe(401);
  });

  it('lets an admin list and revoke sessions; others get 403; unauthenticated 401', async () => {
    const admin = await t.login('admin');
    const victim = await t.login('coordinator');
    expect((await t.call(null, 'GET', '/api/admin/sessions')).statusCode).toBe(401);
    expect((await t.call(victim, 'GET', '/api/admin/sessions')).statusCode).toBe(403);
    const list = await t.call(admin, 'GET', '/api/admin/sessions');
    expect(list.statusCode).toBe(200);
    const row = list.json().items.find((i: { userId: string }) => i.userId === victim.userId);
    expect(row).toBeTruthy();
    expect(list.json().items.some((i: { current: boolean }) => i.current)).toBe(true);
    expect((await t.call(victim, 'DELETE', `/api/admin/sessions/${row.id}`)).statusCode).toBe(403);
    expect((await t.call(admin, 'DELETE', `/api/admin/sessions/${row.id}`)).statusCode).toBe(200);
    expect((await t.call(victim, 'GET', '/api/auth/me')).statusCode).toBe(401);
    expect((await t.call(admin, 'DELETE', `/api/admin/sessions/${row.id}`)).statusCode).toBe(404);
    expect((await t.call(admin, 'DELETE', '/api/admin/sessions/not-a-uuid')).statusCode).toBe(400);
  });

  it('changes a password only with the current one and by the rules', async () => {
    const s = await t.login('division_reporter');
    const weak = await t.call(s, 'POST', '/api/auth/password', {
      currentPassword: DEMO_PASSWORD,
      newPassword: 'short',
    });
    expect(weak.statusCode).toBe(400);
    const badCurrent = await t.call(s, 'POST', '/api/auth/password', {
      currentPassword: 'nope-nope-nope',
      newPassword: 'a-much-better-passphrase',
    });
    expect(badCurrent.statusCode).toBe(401);
    const ok = await t.call(s, 'POST', '/api/auth/password', {
      currentPassword: DEMO_PASSWORD,
      newPassword: 'a-much-better-passphrase',
    });
    expect(ok.statusCode).toBe(200);
    const again = await t.call(null, 'POST', '/api/auth/login', {
      email: demoEmail('division_reporter'),
      password: 'a-much-better-passphrase',
    });
    expect(again.statusCode).toBe(200);
  });

  it('throttles sign-in attempts per client address', async () => {
    const strict = await createTestApp({ TSUNAGU_LOGIN_RATE_LIMIT: '3' });
    const codes: number[] = [];
    for (let i = 0; i < 5; i++) {
      codes.push(
        (
          await strict.call(null, 'POST', '/api/auth/login', {
            email: 'x@demo.example',
            password: 'whatever-1234',
          })
        ).statusCode,
      );
    }
    await strict.close();
    expect(codes).toEqual([401, 401, 401, 429, 429]);
  });

  it('throttles sign-in attempts across two server processes on one database, as one', async () => {
    const strict = await createTestApp({ TSUNAGU_LOGIN_RATE_LIMIT: '4' });
    const { buildApp } = await import('../../src/app');
    const { loadConfig } = await import('../../src/config');
    const second = await buildApp({
      db: strict.db,
      config: loadConfig({ LOG_LEVEL: 'silent', TSUNAGU_LOGIN_RATE_LIMIT: '4' } as NodeJS.ProcessEnv),
      publicTenantId: strict.publicTenantId,
      logger: false,
    });
    const attempt = (app: typeof second) =>
      app
        .inject({
          method: 'POST',
          url: '/api/auth/login',
          payload: { email: 'x@demo.example', password: 'whatever-1234' },
        })
        .then((r) => r.statusCode);
    const codes: number[] = [];
    for (let i = 0; i < 6; i++) codes.push(await attempt(i % 2 ? second : strict.app));
    // The counters live in the database and keep no address: only hashes of route and address.
    const keys = await rows<{ key_hash: string }>(strict.db, sql`select key_hash from rate_limit_counters`);
    await second.close();
    await strict.close();
    expect(codes).toEqual([401, 401, 401, 401, 429, 429]);
    expect(keys.length).toBeGreaterThan(0);
    for (const k of keys) expect(k.key_hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('shares sessions between two server processes through the database', async () => {
    const { buildApp } = await import('../../src/app');
    const { loadConfig } = await import('../../src/config');
    const second = await buildApp({
      db: t.db,
      config: loadConfig({ LOG_LEVEL: 'silent' } as NodeJS.ProcessEnv),
      publicTenantId: t.publicTenantId,
      logger: false,
    });
    const s = await t.login('planner');
    const res = await second.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: s.cookie } });
    expect(res.statusCode).toBe(200);
    expect(res.json().user.roles).toEqual(['planner']);
    await second.close();
  });
});
