import type { Role } from '@tsunagu/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { sessionsOf } from '../support/factories';
import { DEMO_PASSWORD } from '../support/global-setup';
import { createTestApp, demoEmail, type Session, type TestApp } from '../support/test-app';
import { dbKind } from '../support/test-db';

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

let t: TestApp;
let login: (role: Role) => Promise<Session>;
beforeAll(async () => {
  t = await createTestApp();
  login = sessionsOf(t);
});
afterAll(() => t.close());

/** Method + path of every route, read from Fastify's route tree (`/:id` segments joined up). */
function registeredRoutes(printed: string): string[] {
  const stack: string[] = [];
  const out: string[] = [];
  for (const line of printed.split('\n')) {
    const m = /^([│ ]*)[├└]── (.+?)(?: \(([^)]+)\))?$/.exec(line);
    if (!m) continue;
    const depth = m[1]!.length / 4;
    const path = (stack[depth - 1] ?? '') + m[2];
    stack[depth] = path;
    stack.length = depth + 1;
    for (const method of (m[3] ?? '').split(', ').filter((x) => x && x !== 'HEAD'))
      out.push(`${method} ${path}`);
  }
  return out.sort();
}

function expectErrorShape(res: { json(): { error: Record<string, unknown> } }, code: string) {
  const error = res.json().error;
  expect(error.code).toBe(code);
  expect(error.message).toMatch(JAPANESE);
  expect(typeof error.messageEn).toBe('string');
  expect(error.messageEn).not.toMatch(JAPANESE);
}

describe(`platform endpoints (${dbKind()})`, () => {
  it('reports health with the database checked', async () => {
    const res = await t.call(null, 'GET', '/api/health');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', database: 'ok' });
  });

  it('documents every API route in OpenAPI 3', async () => {
    const res = await t.call(null, 'GET', '/api/openapi.json');
    expect(res.statusCode).toBe(200);
    const spec = res.json();
    expect(spec.openapi).toMatch(/^3\./);
    const documented = Object.entries(spec.paths as Record<string, object>)
      .flatMap(([path, ops]) =>
        Object.keys(ops).map((m) => `${m.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`),
      )
      .sort();
    const routes = registeredRoutes(t.app.printRoutes({ commonPrefix: false })).filter(
      (r) => !/ \/api\/(docs|openapi\.json)/.test(r),
    );
    expect(routes.length).toBeGreaterThanOrEqual(22);
    expect(documented).toEqual(routes);
    for (const known of [
      'POST /api/auth/login',
      'POST /api/auth/logout',
      'GET /api/auth/me',
      'GET /api/agencies',
      'PUT /api/agencies/:id',
      'POST /api/agencies/import',
      'GET /api/code-lists',
      'GET /api/audit/events',
    ])
      expect(documented).toContain(known);
    // Each documented operation says what it does, in Japanese and English.
    for (const ops of Object.values(spec.paths as Record<string, Record<string, { summary?: string }>>))
      for (const op of Object.values(ops)) expect(op.summary).toMatch(/ \/ /);
  });

  it('serves the API documentation page', async () => {
    const res = await t.call(null, 'GET', '/api/docs');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.body.toLowerCase()).toContain('swagger');
  });
});

describe(`errors and headers (${dbKind()})`, () => {
  it('answers an unknown API path with a JSON 404', async () => {
    for (const [method, url] of [
      ['GET', '/api/nothing-here'],
      ['POST', '/api/health'],
      ['DELETE', '/api/agencies'],
    ] as const) {
      const res = await t.call(null, method, url);
      expect(res.statusCode, url).toBe(404);
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      expectErrorShape(res, 'not_found');
    }
  });

  it('answers a malformed JSON body with 400', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: '{"email": "a@b.example", ',
      headers: { 'content-type': 'application/json' },
    });
    expect(res.statusCode).toBe(400);
    expectErrorShape(res, 'malformed_request');
  });

  it('answers an unsupported content type with 415', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: '<login/>',
      headers: { 'content-type': 'application/xml' },
    });
    expect(res.statusCode).toBe(415);
    expectErrorShape(res, 'unsupported_media_type');
  });

  it('answers a body over the limit with 413', async () => {
    const huge = JSON.stringify({ email: 'a@b.example', password: 'x'.repeat(6 * 1024 * 1024) });
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: huge,
      headers: { 'content-type': 'application/json' },
    });
    expect(res.statusCode).toBe(413);
    expectErrorShape(res, 'payload_too_large');
  });

  it('gives every error the same shape: code, Japanese message and English message', async () => {
    const planner = await login('planner');
    const cases: [Awaited<ReturnType<typeof t.call>>, string][] = [
      [await t.call(null, 'GET', '/api/auth/me'), 'unauthenticated'],
      [await t.call(planner, 'GET', '/api/audit/events'), 'forbidden'],
      [await t.call(null, 'GET', '/api/agencies?limit=-5'), 'validation_failed'],
      [await t.call({ ...planner, csrf: 'x' }, 'POST', '/api/auth/logout'), 'csrf_failed'],
    ];
    for (const [res, code] of cases) expectErrorShape(res, code);
  });

  it('answers odd input with a 4xx, never a 5xx', async () => {
    const planner = await login('planner');
    const odd: [string, string, unknown][] = [
      ['POST', '/api/agencies', null],
      ['POST', '/api/agencies', []],
      ['POST', '/api/agencies', 42],
      ['POST', '/api/agencies', { code: { $ne: null } }],
      ['PUT', '/api/agencies/00000000-0000-4000-8000-000000000000', { version: 'one' }],
      ['POST', '/api/auth/login', { email: 'a\u0000@b.example', password: 'x' }],
      ['POST', '/api/auth/login', { email: 'a@b.example', password: 'x'.repeat(100_000) }],
      ['GET', '/api/agencies?q=%00', undefined],
      ['GET', '/api/agencies?q=a&q=b', undefined],
      ['GET', '/api/agencies?offset=99999999999', undefined],
      ['GET', '/api/agencies/%E3%81%82', undefined],
      ['POST', '/api/agency-change-requests/00000000-0000-4000-8000-000000000000/decision', {}],
      ['POST', '/api/code-lists/division', { code: 'UPPER', labelJa: 'a', labelEn: 'b' }],
    ];
    for (const [method, url, payload] of odd) {
      const res = await t.call(planner, method as 'GET', url, payload);
      expect(res.statusCode, `${method} ${url}`).toBeGreaterThanOrEqual(400);
      expect(res.statusCode, `${method} ${url}`).toBeLessThan(500);
      expect(res.json().error.messageEn, url).toBeTruthy();
    }
  });

  it('sends security headers on API responses', async () => {
    const res = await t.call(null, 'GET', '/api/agencies?limit=1');
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-eval');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['strict-transport-security']).toBeTruthy();
    expect(res.headers['x-powered-by']).toBeUndefined();
  });
});

describe(`logging (${dbKind()})`, () => {
  it('keeps e-mail addresses, passwords, query text and cookies out of the log', async () => {
    const captured: string[] = [];
    const original = process.stdout.write;
    // pino writes through process.stdout once its write has been replaced.
    process.stdout.write = ((chunk: string | Uint8Array) => {
      captured.push(String(chunk));
      return true;
    }) as typeof process.stdout.write;
    let cookieValue = '';
    try {
      const app = await buildApp({
        db: t.db,
        config: loadConfig({
          LOG_LEVEL: 'trace',
          TSUNAGU_WEB_DIST: '/nonexistent',
          TSUNAGU_LOGIN_RATE_LIMIT: '1000',
        } as NodeJS.ProcessEnv),
        publicTenantId: t.publicTenantId,
      });
      const ok = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: demoEmail('coordinator'), password: DEMO_PASSWORD },
      });
      expect(ok.statusCode).toBe(200);
      cookieValue = ok.cookies[0]!.value;
      await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: 'yamada.hanako@example.jp', password: 'Hanako-Secret-1985' },
      });
      await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: 'suzuki.ichiro@example.jp' },
      });
      await app.inject({ method: 'GET', url: `/api/agencies?q=${encodeURIComponent('山田花子')}` });
      await app.inject({
        method: 'GET',
        url: '/api/auth/me',
        headers: { cookie: `tsunagu_session=${cookieValue}` },
      });
      await app.close();
    } finally {
      process.stdout.write = original;
    }
    const log = captured.join('');
    const lines = log.split('\n').filter(Boolean);
    expect(lines.length).toBeGreaterThanOrEqual(10);
    for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
    expect(log).toContain('/api/auth/login');
    for (const secret of [
      demoEmail('coordinator'),
      DEMO_PASSWORD,
      'yamada.hanako',
      'Hanako-Secret-1985',
      'suzuki.ichiro',
      '山田花子',
      encodeURIComponent('山田花子'),
      cookieValue,
    ])
      expect(log, secret).not.toContain(secret);
  });
});
