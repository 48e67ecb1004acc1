import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPECTED, type Outcome } from '../support/authorization-expected';
import {
  ACTORS,
  type Actor,
  buildFixtures,
  type Fixtures,
  sessionFor,
} from '../support/authorization-fixtures';
import { ID_BY_PREFIX, INVALID_BODY, REQUESTS } from '../support/authorization-requests';
import { createTestApp, type TestApp } from '../support/test-app';
import { dbKind } from '../support/test-db';

// SPEC §4 and §5 as one table: every endpoint of the OpenAPI document × every actor, on records of
// agency A and of a division, compared with the expected outcome class. A denied, hidden or filtered
// answer must not carry the fixture's marker, and a refused write must leave the owner's view as it was.

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';
type Endpoint = { method: Method; path: string; key: string };
type Got = Outcome | 'invalid' | `status ${number}`;

/** Writes that end access or sessions run last, in this order, so that they cannot change other cells. */
const LAST = [
  'POST /api/cases/{id}/close',
  'POST /api/consents/{id}/withdraw',
  'POST /api/persons/{id}/merge',
  'DELETE /api/households/{id}/members/{personId}',
  'POST /api/cases/{id}/team/end',
  'DELETE /api/admin/sessions/{id}',
  'POST /api/emergency-access',
  'POST /api/auth/logout',
];

let t: TestApp;
let f: Fixtures;
let endpoints: Endpoint[];

/** The concrete URL of an endpoint on the fixtures. */
function urlOf(e: Endpoint): string {
  const spec = REQUESTS[e.key] ?? {};
  const byPrefix = ID_BY_PREFIX.filter(([p]) => e.path.startsWith(p)).sort(
    (a, b) => b[0].length - a[0].length,
  )[0];
  const id = f.ids[spec.id ?? byPrefix?.[1] ?? ''] ?? '';
  const url = e.path
    .replace('{id}', id)
    .replace('{personId}', f.ids.member!)
    .replace('{list}', 'school_district')
    .replace('{code}', 'supporter-course')
    .replace('{schoolDistrictCode}', f.ids.schoolDistrict!)
    .replace('{fiscalYear}', '2024')
    .replace('{key}', f.ids.metric!);
  return spec.query ? `${url}?${spec.query}` : url;
}

/** The outcome class of a response. */
function classify(e: Endpoint, res: LightMyRequestResponse): Got {
  const s = res.statusCode;
  if (s === 401) return '401';
  if (s === 403) return res.json().error?.code === 'csrf_failed' ? `status ${s}` : 'denied';
  if (s === 404) return 'hidden';
  // Not an answer about authorization: validation, a file upload sent as JSON, the throttle.
  if ((s === 400 && res.json().error?.code === 'validation_failed') || s === 415 || s === 429)
    return 'invalid';
  if (s >= 200 && s < 300) {
    const listed = REQUESTS[e.key]?.listed;
    if (listed) return res.body.includes(f.ids[listed]!) ? 'ok' : 'filtered';
    return 'ok';
  }
  if (s === 400 || s === 409 || s === 422) return 'ok';
  return `status ${s}`;
}

/** The owner's view that a refused write must not change (null when the endpoint names none). */
async function ownerView(e: Endpoint): Promise<string | null> {
  const read = REQUESTS[e.key]?.read;
  if (!read) return null;
  const url = read[1].replace(/\{(\w+)\}/g, (_m, k: string) => f.ids[k]!);
  const res = await t.call(f.sessions[read[0]]!, 'GET', url);
  return `${res.statusCode} ${res.body}`;
}

beforeAll(async () => {
  t = await createTestApp();
  f = await buildFixtures(t);
  const doc = (await t.call(null, 'GET', '/api/openapi.json')).json() as { paths: Record<string, object> };
  endpoints = Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.keys(ops).map((m) => ({
      method: m.toUpperCase() as Method,
      path,
      key: `${m.toUpperCase()} ${path}`,
    })),
  );
}, 120_000);
afterAll(() => t.close());

describe(`the authorization matrix (${dbKind()})`, () => {
  it('classifies every endpoint of the document, and only those', () => {
    const keys = endpoints.map((e) => e.key);
    expect(
      keys.filter((k) => !EXPECTED[k]),
      'endpoints without a row',
    ).toEqual([]);
    expect(
      Object.keys(EXPECTED).filter((k) => !keys.includes(k)),
      'rows without an endpoint',
    ).toEqual([]);
    expect(
      Object.keys(REQUESTS).filter((k) => !keys.includes(k)),
      'requests without an endpoint',
    ).toEqual([]);
  });

  it('answers every endpoint × actor as the table says, and leaks nothing', async () => {
    const rank = (e: Endpoint) =>
      e.method === 'GET' ? 0 : LAST.includes(e.key) ? 2 + LAST.indexOf(e.key) : 1;
    const ordered = [...endpoints].filter((e) => EXPECTED[e.key]).sort((a, b) => rank(a) - rank(b));
    const mismatches: string[] = [];
    const leaks: string[] = [];
    const counts: Record<string, number> = {};
    const invalid = new Set<string>();
    for (const e of ordered) {
      const expected = EXPECTED[e.key]!;
      const spec = REQUESTS[e.key] ?? {};
      // Denied actors first: a permitted write may consume the fixture, a refused one must not.
      const actors = [...ACTORS].sort((a, b) => Number(expected[a] === 'ok') - Number(expected[b] === 'ok'));
      const before = await ownerView(e);
      let checkedView = false;
      let consumed = false;
      for (const actor of actors) {
        if (expected[actor] === 'ok' && !checkedView && e.method !== 'GET') {
          checkedView = true;
          const after = await ownerView(e);
          if (before !== after) leaks.push(`${e.key}: a refused write changed the owner's view`);
        }
        const session = sessionFor(f, actor as Actor, spec.division ?? 'community-care');
        const body = e.method === 'GET' || e.method === 'DELETE' ? undefined : (spec.body?.(f) ?? {});
        const res = await t.call(session, e.method, urlOf(e), body);
        const answered = classify(e, res);
        // A second permitted actor finds the record another permitted actor just removed.
        const got = answered === 'hidden' && consumed && expected[actor] === 'ok' ? 'ok' : answered;
        if (spec.consumes && answered === 'ok') consumed = true;
        counts[got] = (counts[got] ?? 0) + 1;
        if (got === 'invalid') invalid.add(e.key);
        const unchecked = got === 'invalid' && INVALID_BODY.has(e.key);
        if (got !== expected[actor] && !unchecked)
          mismatches.push(
            `${e.key.padEnd(62)} ${actor.padEnd(11)} expected ${expected[actor]}, got ${got} ${got.startsWith('status') || got === 'invalid' ? res.body.slice(0, 160) : ''}`,
          );
        if (expected[actor] !== 'ok' && res.body.includes(f.marker))
          leaks.push(`${e.key} ${actor}: the marker is in the answer`);
      }
    }
    console.log(
      `authorization matrix (${dbKind()}): ${endpoints.length} endpoints × ${ACTORS.length} actors`,
      counts,
    );
    expect({ mismatches, leaks }).toEqual({ mismatches: [], leaks: [] });
    expect([...invalid].sort(), 'the writes not checked with a valid body').toEqual([...INVALID_BODY].sort());
  }, 600_000);
});
