/**
 * Worker processes (TSUNAGU_WORKERS=2, PostgreSQL): one server whose HTTP workers share its port. Under
 * the write load a worker is killed with SIGKILL at random moments; the server starts another in its
 * place and goes on answering on the same URL, and at the end every acknowledged write must be there
 * with its parts and no invariant broken. Requests the killed worker held are lost as connections, never
 * as acknowledged writes.
 */
import { randomInt } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { processTree } from '../http/cpu';
import { startServer } from '../http/server-process';
import type { FaultDatabase } from './fault-db';
import { recoveryRows } from './kill9';
import type { CheckRow } from './report';
import { prepareLoad, startWriteLoad } from './write-load';

export type WorkersOptions = { rounds: number; roundMs: number; writers: number; outDir: string };

const WORKERS = 2;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The server's worker processes: its children running the same program (not tsx's esbuild service). */
function workersOf(pid: number): number[] {
  return processTree(pid)
    .slice(1)
    .filter((child) => {
      try {
        return fs.readFileSync(`/proc/${child}/cmdline`, 'utf8').includes('main.ts');
      } catch {
        return false;
      }
    });
}

/** Whether a process still exists (signal 0 only asks). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function until(cond: () => boolean, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) return false;
    await sleep(100);
  }
  return true;
}

/** Runs the worker kills on the PostgreSQL database and returns the checks' rows. */
export async function runWorkers(db: FaultDatabase, opts: WorkersOptions): Promise<CheckRow[]> {
  const server = await startServer({ ...db.env, TSUNAGU_WORKERS: String(WORKERS) });
  const problems: string[] = [];
  const kills: string[] = [];
  let lastBackAt = Date.now();
  let result: Awaited<ReturnType<typeof startWriteLoad>['done']>;
  const started = Date.now();
  try {
    if (workersOf(server.pid).length !== WORKERS)
      problems.push(`expected ${WORKERS} workers, found ${workersOf(server.pid).length}`);
    const ctx = await prepareLoad(server.url);
    const load = startWriteLoad(() => server.url, ctx, {
      durationMs: opts.rounds * opts.roundMs * 10 + 300_000,
      writers: opts.writers,
      ackFile: path.join(opts.outDir, `faults-acks-workers-${db.kind}.jsonl`),
    });
    try {
      for (let round = 0; round < opts.rounds; round++) {
        await sleep(opts.roundMs / 3 + randomInt(Math.ceil((opts.roundMs * 2) / 3)));
        const before = workersOf(server.pid);
        const victim = before[randomInt(before.length)]!;
        const inFlight = load.inFlight();
        const t = Date.now();
        process.kill(victim, 'SIGKILL');
        const replaced = await until(() => {
          const now = workersOf(server.pid);
          return now.length === WORKERS && !now.includes(victim);
        }, 30_000);
        if (!replaced) {
          problems.push(`round ${round + 1}: worker ${victim} was not replaced within 30 s`);
          break;
        }
        lastBackAt = Date.now();
        kills.push(
          `kill ${round + 1}: ${inFlight} in flight, replaced in ${((lastBackAt - t) / 1000).toFixed(1)} s`,
        );
      }
      await sleep(opts.roundMs / 2);
    } finally {
      load.stop();
    }
    result = await load.done;
  } finally {
    // Taken before the stop: a worker left behind would no longer be the server's child.
    const last = workersOf(server.pid);
    const code = await server.stop();
    if (code !== 0) problems.push(`the server exited with ${code} on SIGTERM`);
    if (last.some(alive)) problems.push('workers were left running after the server stopped');
  }
  return recoveryRows(db, {
    check: `kill -9 of one of ${WORKERS} workers mid-write: replaced, the server answers on`,
    loadCheck: 'write load through the worker kills: no 5xx, no refusal',
    recovered: problems.length === 0 && kills.length === opts.rounds,
    numbers: kills.join('; '),
    problems,
    after: 'replacement',
    lastBackAt,
    result,
    ms: Date.now() - started,
  });
}
