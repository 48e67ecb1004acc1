import type { Role } from '@tsunagu/contracts';
import { buildApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { DEMO_USERS } from '../../src/modules/demo/demo.data';
import { tenantIdBySlug } from '../../src/platform/tenancy';
import { DEMO_PASSWORD } from './global-setup';
import { createTestDatabase } from './test-db';

/** A signed-in test client: its cookie and CSRF token. */
export type Session = { cookie: string; csrf: string; userId: string; agencyId: string | null };

/** The demo e-mail of the user holding a role. */
export function demoEmail(role: Role): string {
  const u = DEMO_USERS.find((d) => d.roles.includes(role));
  if (!u) throw new Error(`no demo user with role ${role}`);
  return u.email;
}

/** The app on a fresh copy of the demo database, with helpers to sign in and call it. */
export async function createTestApp(env: Record<string, string> = {}) {
  const database = await createTestDatabase();
  const config = loadConfig({
    TSUNAGU_DEMO: '0',
    LOG_LEVEL: 'silent',
    TSUNAGU_WEB_DIST: '/nonexistent',
    TSUNAGU_LOGIN_RATE_LIMIT: '10000',
    TSUNAGU_CHECK_ANSWERS: '1',
    ...env,
  } as NodeJS.ProcessEnv);
  const publicTenantId = (await tenantIdBySlug(database.db, 'okayama'))!;
  const app = await buildApp({ db: database.db, config, publicTenantId, logger: false });
  await app.ready();

  /** Signs in as the demo user holding the role. */
  const login = (role: Role) => loginAs(demoEmail(role));

  /** Signs in as a demo user by e-mail (for the second and third agencies' staff). */
  async function loginAs(email: string): Promise<Session> {
    const res = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email, password: DEMO_PASSWORD },
    });
    if (res.statusCode !== 200) throw new Error(`login as ${email} failed: ${res.statusCode} ${res.body}`);
    const cookie = res.cookies.find((c) => c.name === 'tsunagu_session')!;
    const me = res.json();
    return {
      cookie: `tsunagu_session=${cookie.value}`,
      csrf: me.csrfToken,
      userId: me.user.id,
      agencyId: me.user.agencyId,
    };
  }

  /** Calls the API as a session (or anonymously), sending the CSRF token on writes. */
  function call(
    session: Session | null,
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    url: string,
    payload?: unknown,
    headers: Record<string, string> = {},
  ) {
    return app.inject({
      method,
      url,
      ...(payload !== undefined ? { payload: payload as string } : {}),
      headers: {
        ...(session
          ? { cookie: session.cookie, ...(method !== 'GET' ? { 'x-csrf-token': session.csrf } : {}) }
          : {}),
        ...headers,
      },
    });
  }

  return {
    app,
    db: database.db,
    database,
    publicTenantId,
    login,
    loginAs,
    call,
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}
export type TestApp = Awaited<ReturnType<typeof createTestApp>>;

/** Calls the API and fails with the body unless it answers 2xx; returns the JSON body. */
export async function must<T = Record<string, unknown>>(
  t: Pick<TestApp, 'call'>,
  s: Session,
  method: 'GET' | 'POST' | 'PUT',
  url: string,
  body?: unknown,
): Promise<T> {
  const res = await t.call(s, method, url, body);
  if (res.statusCode >= 300) throw new Error(`${method} ${url}: ${res.statusCode} ${res.body}`);
  return res.json() as T;
}
