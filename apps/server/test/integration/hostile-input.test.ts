import { ERRORS, type Role } from '@tsunagu/contracts';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAgency } from '../support/factories';
import {
  changedTables,
  type Fingerprint,
  fingerprint,
  fingerprintedTables,
  idsFor,
  loadCodes,
  loadIdPool,
} from '../support/hostile-db';
import {
  type HostileRequest,
  type OpenApiDocument,
  type Operation,
  operationsOf,
  requestFor,
} from '../support/hostile-requests';
import type { Known } from '../support/hostile-schema';
import { createTestApp, type Session, type TestApp } from '../support/test-app';
import { dbKind } from '../support/test-db';

/**
 * The bad-input proof: every operation of the OpenAPI document gets generated hostile requests
 * (malformed and mistyped bodies, odd Unicode, injection text, hostile ids and query strings),
 * sent by signed-in users so they reach validation and the services. No request may answer 5xx,
 * every 4xx has the error shape in Japanese and English, and a refused write changes no row.
 *
 * Runs per operation: TSUNAGU_FUZZ_RUNS (default 3). The seed is printed and settable with
 * TSUNAGU_FUZZ_SEED, so a failure reproduces on the same database.
 */
const RUNS = Number(process.env.TSUNAGU_FUZZ_RUNS ?? 3);
const SEED = process.env.TSUNAGU_FUZZ_SEED ? Number(process.env.TSUNAGU_FUZZ_SEED) : Date.now() % 2 ** 31;

/** Users who reach most of the services: the tenant's admin, agency staff, the coordinator and programme staff. */
const ROLES: Role[] = ['admin', 'agency_staff', 'coordinator', 'programme_staff'];

/** Signing out ends the session it is sent with: that operation gets a fresh session per request. */
const SIGN_OUT = 'POST /api/auth/logout';

let t: TestApp;
let operations: Operation[];
let tables: string[];
let known: Known;
const sessions = new Map<Role, Session>();
/** The fingerprint after the last write, while no other request has run since. */
let baseline: Fingerprint | undefined;
/** How many requests got each status, to show the fuzzing reaches past validation. */
const statuses = new Map<number, number>();

beforeAll(async () => {
  t = await createTestApp();
  const doc = (await t.call(null, 'GET', '/api/openapi.json')).json() as OpenApiDocument;
  operations = operationsOf(doc);
  tables = await fingerprintedTables(t.db);
  const pool = await loadIdPool(t.db);
  known = { ids: (hint) => idsFor(pool, hint), codes: await loadCodes(t.db) };
  for (const role of ROLES) sessions.set(role, await t.login(role));
  console.info(
    `hostile input: ${RUNS} runs per operation, seed ${SEED} (TSUNAGU_FUZZ_SEED=${SEED} repeats it)`,
  );
});
afterAll(() => t.close());

/** The run's seed mixed with the operation, so operations do not all draw the same choices. */
const seedOf = (op: Operation) => [...op.key].reduce((h, c) => (h * 31 + c.charCodeAt(0)) | 0, SEED);

/** Japanese text (kana or kanji) and English text (Latin letters, no kana). */
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;
const ENGLISH = /^[^\u3040-\u30ff]*[A-Za-z]{2}[^\u3040-\u30ff]*$/;

/** A 4xx body is the app's error shape: a known code matching the status, messages in both languages. */
function expectErrorShape(status: number, body: string) {
  const { error } = JSON.parse(body) as {
    error: { code: keyof typeof ERRORS; message: string; messageEn: string };
  };
  expect(Object.keys(ERRORS)).toContain(error.code);
  expect(ERRORS[error.code].status).toBe(status);
  expect(error.message).toMatch(JAPANESE);
  expect(error.messageEn).toMatch(ENGLISH);
}

/** Sends one request and checks the answer and, for a write, the database. */
async function send(op: Operation, req: HostileRequest) {
  const session = op.key === SIGN_OUT ? await t.login(req.role) : sessions.get(req.role)!;
  const writes = op.method !== 'GET';
  const before = writes ? (baseline ?? (await fingerprint(t.db, tables))) : undefined;
  baseline = undefined;
  const res = await t.call(
    session,
    op.method,
    req.url,
    req.body,
    req.contentType ? { 'content-type': req.contentType } : {},
  );
  statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1);
  expect(res.statusCode, `${op.key} answered ${res.body.slice(0, 500)}`).toBeLessThan(500);
  if (res.statusCode >= 400) expectErrorShape(res.statusCode, res.body);
  if (!before) return;
  const after = await fingerprint(t.db, tables);
  if (res.statusCode >= 400) expect(changedTables(before, after), `${op.key} ${res.statusCode}`).toEqual([]);
  baseline = after;
}

describe(`hostile input on every endpoint of the OpenAPI document (${dbKind()})`, () => {
  it('the fingerprint notices a written row and not a read', async () => {
    const before = await fingerprint(t.db, tables);
    await t.call(sessions.get('admin')!, 'GET', '/api/agencies');
    expect(changedTables(before, await fingerprint(t.db, tables))).toEqual([]);
    await createAgency(t, sessions.get('admin')!);
    expect(changedTables(before, await fingerprint(t.db, tables))).toEqual([
      expect.stringMatching(/^agencies \(\d+ → \d+ rows\)$/),
    ]);
  });

  it(
    'never answers 5xx, answers 4xx in both languages, and a refused write changes no row',
    async () => {
      const fuzzed = new Set<string>();
      const failures: string[] = [];
      for (const op of operations) {
        let sent = 0;
        const property = fc.asyncProperty(requestFor(op, known, ROLES), async (req) => {
          sent += 1;
          await send(op, req);
        });
        const details = await fc.check(property, { numRuns: RUNS, seed: seedOf(op) });
        if (details.failed) {
          failures.push(
            `${op.key} (TSUNAGU_FUZZ_SEED=${SEED})\n${fc.defaultReportMessage(details)}\n${String(details.errorInstance).slice(0, 2000)}`,
          );
        }
        if (sent > 0) fuzzed.add(op.key);
      }
      expect(failures.join('\n\n')).toBe('');
      // Every operation of the document was fuzzed, so a new endpoint cannot slip past this proof.
      expect([...fuzzed].sort()).toEqual(operations.map((o) => o.key).sort());
      expect(operations.length).toBeGreaterThan(150);
      // Generated requests get past validation: some are accepted, some refused by the services.
      console.info('hostile input: statuses', Object.fromEntries([...statuses].sort(([a], [b]) => a - b)));
      const count = (from: number, to: number) =>
        [...statuses].filter(([s]) => s >= from && s < to).reduce((n, [, c]) => n + c, 0);
      expect(count(200, 300)).toBeGreaterThan(0);
      expect(count(401, 500)).toBeGreaterThan(0);
    },
    // About a fifth of a second per request on PGlite: a minute per run leaves room for shrinking.
    Math.max(300_000, RUNS * 60_000),
  );
});
