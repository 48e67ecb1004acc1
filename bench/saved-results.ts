/**
 * A database's result as a run saves it in bench/out/result-<db>.json, and its reading back for
 * `--with=<db>`: a long run of one database need not be repeated to report it beside the other.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { DbKind } from './databases';
import type { BenchOptions } from './options';
import type { DbResult } from './report';

/** A database's result as saved after its run, to be reported with a later run of the other one. */
export type SavedResult = {
  seed: number;
  scale: number;
  iterations: number;
  asOf?: string;
  result: DbResult;
};

/** The file a database's result is saved in: result-<db>.json in the run's output folder. */
export const savedResultPath = (out: string, kind: DbKind) => path.join(out, `result-${kind}.json`);

/** Saves a database's result with the options it was made with (the output folder is made if missing). */
export function saveResult(out: string, options: BenchOptions, result: DbResult): void {
  fs.mkdirSync(out, { recursive: true });
  const saved: SavedResult = {
    seed: options.seed,
    scale: options.scale,
    iterations: options.iterations,
    asOf: options.asOf,
    result,
  };
  fs.writeFileSync(savedResultPath(out, result.kind), JSON.stringify(saved));
}

/**
 * Reads a database's saved result back; throws when it was made with other --seed, --scale or
 * --iterations, or, for a benchmark measured on the referrals or cases, as of another day.
 */
export function readSavedResult(out: string, kind: DbKind, options: BenchOptions): DbResult {
  const file = savedResultPath(out, kind);
  const saved = JSON.parse(fs.readFileSync(file, 'utf8')) as SavedResult;
  if (saved.seed !== options.seed || saved.scale !== options.scale || saved.iterations !== options.iterations)
    throw new Error(`${file} was made with other --seed, --scale or --iterations`);
  const dated =
    (saved.result.inbox && options.only.includes('referrals')) ||
    (saved.result.households && options.only.includes('households')) ||
    (saved.result.cases && options.only.includes('cases')) ||
    (saved.result.report && options.only.includes('report'));
  if (dated && saved.asOf !== options.asOf)
    throw new Error(`${file} has referrals as of ${saved.asOf}, not ${options.asOf} (--as-of)`);
  return saved.result;
}
