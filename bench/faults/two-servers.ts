/**
 * Two server processes on one PostgreSQL database behind a round-robin proxy behave as one: a session
 * signed in on one is honoured by the other, its CSRF token checked by both, a write on one read on
 * the other at once, a sign-out on one ends the session on both; the write load runs through the
 * proxy; the scheduled sweep, running every second on each, escalates each referral once; the
 * sign-in rate limit counts the attempts of both processes together.
 */
import path from 'node:path';
import { type ServerProcess, startServer } from '../http/server-process';
import { type HttpSession, responseBody, sessionHeaders, signIn } from '../http/session';
import type { Ack, Call } from './chain';
import type { FaultDatabase } from './fault-db';
import { BACKEND_HEADER, startProxy } from './proxy';
import { type CheckRow, loadNumbers, row, statusFailures, verdictRow } from './report';
import { checkSweepOnce } from './sweep-check';
import { verify } from './verify';
import { prepareLoad, startWriteLoad } from './write-load';

export type TwoServersOptions = { writers: number; loadMs: number; outDir: string };

/** Sign-ins per minute each process allows in this run (the rate-limit count below). */
const LOGIN_LIMIT = 30;

type Exchange = { status: number; backend: number; body: unknown };

/** One request through the proxy as the session (or anonymous), with the backend that served it. */
async function exchange(
  url: string,
  session: HttpSession | null,
  method: 'GET' | 'POST' | 'PUT',
  p: string,
  body?: unknown,
  csrf = true,
): Promise<Exchange> {
  const headers = session ? sessionHeaders(session, method) : { 'content-type': 'application/json' };
  if (!csrf) delete (headers as Record<string, string>)['x-csrf-token'];
  const res = await fetch(`${url}${p}`, {
    method,
    headers,
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return {
    status: res.status,
    backend: Number(res.headers.get(BACKEND_HEADER)),
    body: await responseBody(res),
  };
}

/** The session checks: each pair of requests is served by both processes. */
async function sessionChecks(url: string): Promise<CheckRow> {
  const problems: string[] = [];
  const expectBoth = (what: string, pair: Exchange[], status: number) => {
    const backends = new Set(pair.map((e) => e.backend));
    if (backends.size !== 2) problems.push(`${what}: served by ${[...backends]} only`);
    for (const e of pair)
      if (e.status !== status)
        problems.push(`${what} on server ${e.backend}: ${e.status}, expected ${status}`);
  };
  const session = await signIn(url, 'staff@demo.example');
  const twice = async (fn: () => Promise<Exchange>) => [await fn(), await fn()];
  expectBoth('signed-in read', await twice(() => exchange(url, session, 'GET', '/api/auth/me')), 200);
  const intake = (csrf: boolean) =>
    exchange(url, session, 'POST', '/api/intakes', { bad: 'body, refused before it is read' }, csrf);
  expectBoth('write without the CSRF token', await twice(() => intake(false)), 403);
  expectBoth('write with the CSRF token (invalid body)', await twice(() => intake(true)), 400);
  // A write on one process, read on the other at once.
  const draft = { payload: { summary: `two-servers ${Date.now()}` } };
  const saved = await exchange(url, session, 'PUT', '/api/intake-draft', draft);
  const read = await exchange(url, session, 'GET', '/api/intake-draft');
  if (saved.status !== 200 || read.status !== 200 || saved.backend === read.backend)
    problems.push(
      `draft saved on ${saved.backend} (${saved.status}), read on ${read.backend} (${read.status})`,
    );
  else if (JSON.stringify((read.body as { payload?: unknown }).payload) !== JSON.stringify(draft.payload))
    problems.push('the draft read on the other server is not the one saved');
  const out = await exchange(url, session, 'POST', '/api/auth/logout', {});
  if (out.status !== 200) problems.push(`sign-out: ${out.status}`);
  expectBoth('read after sign-out', await twice(() => exchange(url, session, 'GET', '/api/auth/me')), 401);
  return row(
    'one session across two processes (cookie, CSRF, write→read, sign-out)',
    'PostgreSQL',
    problems.length === 0,
    '5 request pairs, each pair served by both processes',
    problems,
  );
}

/**
 * Failed sign-ins through the proxy until refused. `signedIn` is how many sign-ins this run made
 * before (they count too): a limit the processes share refuses after LOGIN_LIMIT − signedIn; a limit
 * each process keeps in memory lets twice as many through behind the round-robin proxy.
 */
async function rateLimitCheck(url: string, signedIn: number): Promise<CheckRow> {
  let allowed = 0;
  for (let i = 0; i < LOGIN_LIMIT * 3; i++) {
    const r = await exchange(url, null, 'POST', '/api/auth/login', {
      email: 'nobody@demo.example',
      password: 'not-the-password',
    });
    if (r.status === 429) break;
    allowed += 1;
  }
  const shared = LOGIN_LIMIT - signedIn;
  return row(
    'sign-in rate limit shared by the two processes',
    'PostgreSQL',
    allowed === shared,
    `${allowed} failed sign-ins before the first 429; limit ${LOGIN_LIMIT}/min, ${signedIn} sign-ins earlier: shared ${shared}, per process ${2 * LOGIN_LIMIT - signedIn}`,
    allowed === shared ? [] : ['the sign-in rate limit is counted in each process’s memory, not shared'],
  );
}

/** Runs the two-server checks on the (PostgreSQL) database and returns their rows. */
export async function runTwoServers(db: FaultDatabase, opts: TwoServersOptions): Promise<CheckRow[]> {
  const env = { ...db.env, TSUNAGU_SWEEP_INTERVAL_MS: '1000', TSUNAGU_LOGIN_RATE_LIMIT: String(LOGIN_LIMIT) };
  // One after the other: the first start seeds the empty database with the demo data.
  const servers: ServerProcess[] = [await startServer(env)];
  servers.push(await startServer(env));
  const proxy = await startProxy(servers.map((s) => s.url));
  const rows: CheckRow[] = [];
  const acks: Ack[] = [];
  try {
    rows.push(await sessionChecks(proxy.url));
    const ctx = await prepareLoad(proxy.url);
    const started = Date.now();
    const servedBefore = [...proxy.served];
    const load = startWriteLoad(() => proxy.url, ctx, {
      durationMs: opts.loadMs,
      writers: opts.writers,
      ackFile: path.join(opts.outDir, 'faults-acks-two-servers.jsonl'),
    });
    const result = await load.done;
    const errors = statusFailures(result.failures);
    rows.push(
      row(
        'write load through the round-robin proxy',
        'PostgreSQL',
        errors.count === 0 && result.failures.length === 0,
        `${loadNumbers(result, Date.now() - started)}; requests per process ${proxy.served.map((n, i) => n - servedBefore[i]!).join(' / ')}`,
        errors.lines,
      ),
    );
    const call: Call = async (session, method, p, body, expect) => {
      const r = await exchange(proxy.url, session, method, p, body);
      if (r.status !== expect) throw new Error(`${method} ${p}: ${r.status} ${JSON.stringify(r.body)}`);
      return r.body;
    };
    acks.push(...result.acks);
    rows.push(
      await checkSweepOnce(call, ctx.sessions, ctx.agencies, db.location, {
        perKind: 3,
        waitMs: 5000,
        ack: (a) => acks.push(a),
      }),
    );
    // The session checks' sign-in and the load's four.
    rows.push(await rateLimitCheck(proxy.url, 5));
  } finally {
    await proxy.close();
    await Promise.all(servers.map((s) => s.stop()));
  }
  rows.push(verdictRow(db.label, await verify(db.location, acks)));
  return rows;
}
