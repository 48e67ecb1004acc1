/**
 * kill -9 during writes: a server under the write load is killed with SIGKILL at random moments
 * (nothing flushed, nothing closed, the PGlite lock file left behind), started again on the same
 * database each time while the writers go on, and at the end every acknowledged write must be there
 * with its parts and no invariant broken. The sessions signed in before the first kill are used
 * throughout: they live in the database, so they must outlive every restart.
 */
import { randomInt } from 'node:crypto';
import path from 'node:path';
import { type ServerProcess, startServer } from '../http/server-process';
import type { FaultDatabase } from './fault-db';
import { type CheckRow, loadNumbers, row, statusFailures, verdictRow } from './report';
import { verify } from './verify';
import { type LoadResult, prepareLoad, startWriteLoad } from './write-load';

export type Kill9Options = { rounds: number; roundMs: number; writers: number; outDir: string };

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Runs the kill -9 rounds on the database and returns the checks' rows. */
export async function runKill9(db: FaultDatabase, opts: Kill9Options): Promise<CheckRow[]> {
  let server: ServerProcess = await startServer(db.env);
  const ctx = await prepareLoad(server.url);
  const started = Date.now();
  const load = startWriteLoad(() => server.url, ctx, {
    // An upper bound only: the load is stopped after the last round.
    durationMs: opts.rounds * opts.roundMs * 10 + 300_000,
    writers: opts.writers,
    ackFile: path.join(opts.outDir, `faults-acks-kill9-${db.kind}.jsonl`),
  });
  const kills: { inFlight: number; restartMs: number }[] = [];
  const startFailures: string[] = [];
  let lastBackAt = Date.now();
  try {
    for (let round = 0; round < opts.rounds; round++) {
      // A random moment in the round, after the writers had time to get going again.
      await sleep(opts.roundMs / 3 + randomInt(Math.ceil((opts.roundMs * 2) / 3)));
      const inFlight = load.inFlight();
      await server.kill9();
      const t = Date.now();
      try {
        server = await startServer(db.env);
      } catch (e) {
        startFailures.push(`restart ${round + 1}: ${(e as Error).message.slice(0, 500)}`);
        break;
      }
      lastBackAt = Date.now();
      kills.push({ inFlight, restartMs: lastBackAt - t });
    }
    // The writers go on against the last server, so the end of the run is writes after recovery.
    await sleep(opts.roundMs / 2);
  } finally {
    load.stop();
  }
  const result = await load.done;
  const ms = Date.now() - started;
  await server.stop();

  const killNumbers = kills
    .map((k, i) => `kill ${i + 1}: ${k.inFlight} in flight, back in ${(k.restartMs / 1000).toFixed(1)} s`)
    .join('; ');
  return recoveryRows(db, {
    check: 'kill -9 mid-write, restart on the same database',
    loadCheck: 'write load through the kills: no 5xx, no refusal',
    recovered: startFailures.length === 0 && kills.length === opts.rounds,
    numbers: killNumbers,
    problems: startFailures,
    after: 'restart',
    lastBackAt,
    result,
    ms,
  });
}

/**
 * The rows of a run that kills server processes under the write load: the server came back (and
 * answered after the last kill), the load saw no 5xx or refusal, and every acknowledged write is there.
 */
export async function recoveryRows(
  db: FaultDatabase,
  r: {
    check: string;
    loadCheck: string;
    /** Every kill was followed by a server back in service. */
    recovered: boolean;
    numbers: string;
    problems: string[];
    /** What the last kill was followed by, for the rows' words: "restart", "replacement". */
    after: string;
    lastBackAt: number;
    result: LoadResult;
    ms: number;
  },
): Promise<CheckRow[]> {
  const verdict = await verify(db.location, r.result.acks);
  const errors = statusFailures(r.result.failures);
  const okAfter = r.result.okTimes.filter((t) => t > r.lastBackAt).length;
  return [
    row(
      r.check,
      db.label,
      r.recovered && okAfter > 0,
      `${r.numbers}; ${okAfter} ok requests after the last ${r.after}`,
      [...r.problems, ...(okAfter ? [] : [`no request succeeded after the last ${r.after}`])],
    ),
    row(r.loadCheck, db.label, errors.count === 0, loadNumbers(r.result, r.ms), errors.lines),
    verdictRow(db.label, verdict),
  ];
}
