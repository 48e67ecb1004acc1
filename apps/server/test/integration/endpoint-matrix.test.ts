import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../support/test-app';
import { dbKind } from '../support/test-db';

/** Endpoints anyone may call without signing in (the public directory and the sign-in itself). */
const PUBLIC = new Set([
  'GET /api/health',
  'POST /api/auth/login',
  'GET /api/agencies',
  'GET /api/agencies/{id}',
  'GET /api/agencies/export/hsds.json',
  'GET /api/agencies/export.csv',
  'GET /api/agencies/export.xlsx',
  'GET /api/code-lists',
  'GET /api/tenant',
  'GET /api/public/progress',
]);

type Endpoint = { method: 'GET' | 'POST' | 'PUT' | 'DELETE'; path: string; key: string };

let t: TestApp;
let endpoints: Endpoint[];
let admin: Session;

/** A concrete URL for a templated path: ids become a random UUID, list names a real list. */
const concrete = (path: string) =>
  path.replace('{id}', '7b0c1f8e-2a4d-4c61-9a0e-3f2b5d6c7e81').replace('{list}', 'school_district');

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin');
  const doc = (await t.call(null, 'GET', '/api/openapi.json')).json() as {
    paths: Record<string, Record<string, unknown>>;
  };
  endpoints = Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.keys(ops).map((m) => {
      const method = m.toUpperCase() as Endpoint['method'];
      return { method, path, key: `${method} ${path}` };
    }),
  );
});
afterAll(() => t.close());

describe(`every endpoint from the OpenAPI document (${dbKind()})`, () => {
  it('lists all the routes of the application', () => {
    expect(endpoints.length).toBeGreaterThanOrEqual(24);
    for (const key of PUBLIC) expect(endpoints.map((e) => e.key)).toContain(key);
  });

  it('refuses every non-public endpoint without a session (401), and never answers 5xx', async () => {
    for (const e of endpoints) {
      const res = await t.call(
        null,
        e.method,
        concrete(e.path),
        e.method === 'GET' || e.method === 'DELETE' ? undefined : {},
      );
      expect(res.statusCode, e.key).toBeLessThan(500);
      if (!PUBLIC.has(e.key)) {
        expect(res.statusCode, e.key).toBe(401);
        expect(res.json().error.code, e.key).toBe('unauthenticated');
      }
    }
  });

  it('refuses every state-changing request of a session without its CSRF token (403)', async () => {
    for (const e of endpoints.filter((x) => x.method !== 'GET' && x.key !== 'POST /api/auth/login')) {
      const res = await t.call(
        { ...admin, csrf: 'not-the-token' },
        e.method,
        concrete(e.path),
        e.method === 'DELETE' ? undefined : {},
      );
      expect(res.statusCode, e.key).toBe(403);
      expect(res.json().error.code, e.key).toBe('csrf_failed');
    }
  });

  it('answers malformed JSON with 400 and the error shape on every endpoint that takes a body', async () => {
    for (const e of endpoints.filter((x) => x.method === 'POST' || x.method === 'PUT')) {
      const res = await t.app.inject({
        method: e.method,
        url: concrete(e.path),
        payload: '{"broken": [',
        headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrf, 'content-type': 'application/json' },
      });
      expect(res.statusCode, e.key).toBe(400);
      expect(res.json().error, e.key).toMatchObject({
        code: expect.any(String),
        message: expect.any(String),
        messageEn: expect.any(String),
      });
    }
  });

  it('answers an unknown id with 404 (or 400 for a malformed one), never 5xx, even for an admin', async () => {
    for (const e of endpoints.filter((x) => x.path.includes('{id}'))) {
      const missing = await t.call(
        admin,
        e.method,
        concrete(e.path),
        e.method === 'GET' || e.method === 'DELETE' ? undefined : {},
      );
      expect(missing.statusCode, e.key).toBeGreaterThanOrEqual(400);
      expect(missing.statusCode, e.key).toBeLessThan(500);
      const malformed = await t.call(admin, e.method, e.path.replace('{id}', 'not-a-uuid'), undefined);
      expect(malformed.statusCode, e.key).toBe(400);
    }
  });
});
