/**
 * PostgreSQL restarted under a server that keeps running: while writers and a reader work, the
 * PostgreSQL cluster itself is restarted (pg_ctlcluster … restart). Requests may fail only while the
 * database is away, and must succeed again without anyone touching the server: the outage window and
 * the first success after it are measured. Then every acknowledged write is checked. Other work on the
 * machine uses the same PostgreSQL, so it is restarted once per run and always left running.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { startServer } from '../http/server-process';
import { sessionHeaders } from '../http/session';
import type { FaultDatabase } from './fault-db';
import { type CheckRow, loadNumbers, row, statusFailures, verdictRow } from './report';
import { verify } from './verify';
import { prepareLoad, startWriteLoad } from './write-load';

const run = promisify(execFile);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** After PostgreSQL is back, the server has this long to answer again by itself. */
const RECOVERY_LIMIT_MS = 10_000;
const PROBE_EVERY_MS = 100;

export type PgRestartOptions = { writers: number; beforeMs: number; afterMs: number; outDir: string };

/** The cluster serving port 5432 (version and name), as pg_lsclusters lists it. */
async function cluster(): Promise<{ version: string; name: string; online: boolean }> {
  const { stdout } = await run('pg_lsclusters', ['--no-header']);
  const line = stdout
    .split('\n')
    .map((l) => l.trim().split(/\s+/))
    .find((f) => f[2] === '5432');
  if (!line) throw new Error('no PostgreSQL cluster on port 5432 (pg_lsclusters)');
  return { version: line[0]!, name: line[1]!, online: line[3] === 'online' };
}

/** Starts the cluster if it is not running (whatever happened during the run). */
async function ensureRunning(): Promise<void> {
  const c = await cluster();
  if (!c.online) await run('pg_ctlcluster', [c.version, c.name, 'start']);
}

type Probe = { at: number; ok: boolean; status: number | null };

/** Restarts PostgreSQL under a running server and returns the checks' rows. */
export async function runPgRestart(db: FaultDatabase, opts: PgRestartOptions): Promise<CheckRow[]> {
  const server = await startServer(db.env);
  const ctx = await prepareLoad(server.url);
  const started = Date.now();
  const load = startWriteLoad(() => server.url, ctx, {
    durationMs: opts.beforeMs + opts.afterMs + 120_000,
    writers: opts.writers,
    ackFile: path.join(opts.outDir, 'faults-acks-pg-restart.jsonl'),
  });
  // A reader besides the writers: one signed-in read every 100 ms, for a sharp outage window.
  const probes: Probe[] = [];
  let probing = true;
  const reader = (async () => {
    while (probing) {
      const at = Date.now();
      try {
        const res = await fetch(`${server.url}/api/referrals/counts`, {
          headers: sessionHeaders(ctx.sessions.staff, 'GET'),
          signal: AbortSignal.timeout(15_000),
        });
        await res.text();
        probes.push({ at: Date.now(), ok: res.status === 200, status: res.status });
      } catch {
        probes.push({ at: Date.now(), ok: false, status: null });
      }
      await sleep(Math.max(0, PROBE_EVERY_MS - (Date.now() - at)));
    }
  })();

  let restartFrom = 0;
  let restartTo = 0;
  let restartError = '';
  try {
    await sleep(opts.beforeMs);
    const c = await cluster();
    restartFrom = Date.now();
    await run('pg_ctlcluster', [c.version, c.name, 'restart']);
    restartTo = Date.now();
    await sleep(opts.afterMs);
  } catch (e) {
    restartError = (e as Error).message;
  } finally {
    await ensureRunning();
    load.stop();
    probing = false;
  }
  const [result] = await Promise.all([load.done, reader]);
  const serverAlive = server.child.exitCode === null && server.child.signalCode === null;
  const ms = Date.now() - started;
  await server.stop();

  // Every failed answer, the reader's and the writers', on one time line.
  const failedAt = [
    ...probes.filter((p) => !p.ok).map((p) => p.at),
    ...result.failures.filter((f) => f.kind === 'status' && (f.status ?? 0) >= 500).map((f) => f.at),
  ].sort((a, b) => a - b);
  const firstFail = failedAt[0] ?? null;
  const lastFail = failedAt.at(-1) ?? null;
  const firstOkAfter = lastFail === null ? null : (probes.find((p) => p.ok && p.at > lastFail)?.at ?? null);
  const outsideWindow = failedAt.filter((t) => t < restartFrom || t > restartTo + RECOVERY_LIMIT_MS);
  const recovered = serverAlive && firstOkAfter !== null && firstOkAfter <= restartTo + RECOVERY_LIMIT_MS;
  const seconds = (t: number | null, from: number) =>
    t === null ? '–' : `${((t - from) / 1000).toFixed(1)} s`;
  const errors = statusFailures(result.failures);
  // The server stays up throughout: no answer at all is a failure too, and so is any status but 503.
  const nonOutage = result.failures.filter((f) => f.status !== 503);
  const verdict = await verify(db.location, result.acks);

  return [
    row(
      'PostgreSQL restarted: the server recovers by itself',
      db.label,
      !restartError && recovered && outsideWindow.length === 0,
      `restart command ${seconds(restartTo, restartFrom)}; requests failed from ${seconds(firstFail, restartFrom)} to ${seconds(lastFail, restartFrom)}, first success again at ${seconds(firstOkAfter, restartFrom)} (outage ${firstFail === null ? '–' : seconds(firstOkAfter, firstFail)}); ${probes.length} reads (${probes.filter((p) => !p.ok).length} failed); server process ${serverAlive ? 'never restarted' : 'DIED'}`,
      [
        ...(restartError ? [`restart: ${restartError}`] : []),
        ...(outsideWindow.length ? [`${outsideWindow.length} failures outside the restart window`] : []),
        ...errors.lines,
        ...(serverAlive ? [] : ['server stderr (last lines):', ...server.stderr().split('\n').slice(-25)]),
      ],
    ),
    row(
      'writes during the restart: only 503 while PostgreSQL is away',
      db.label,
      nonOutage.length === 0,
      loadNumbers(result, ms),
      nonOutage
        .slice(0, 5)
        .map((f) => `${f.method} ${f.path} → ${f.status ?? 'no answer'}: ${f.detail.slice(0, 160)}`),
    ),
    verdictRow(db.label, verdict),
  ];
}
