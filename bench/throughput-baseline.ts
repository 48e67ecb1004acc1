/**
 * The raw-SQL baseline of the mixed read throughput: the read mix's calls sent as the other benchmarks'
 * baselines send them (baseline.ts, referral-baseline.ts, case-baseline.ts, report-baseline.ts) straight
 * through the raw driver, by as many workers as the load has connections, for as long, over as many
 * database connections as the app's pool — without HTTP, sessions, drizzle, the service layer or the
 * audit inserts. Kinds with no written-out baseline (the household page, the agency directory, the
 * indicator list) are left out and the others keep their weights among themselves.
 */
import { toIsoDate } from '@tsunagu/japan';
import { parsePersonQuery } from '../apps/server/src/modules/households/households.service';
import type { UserActor } from '../apps/server/src/platform/auth/actor';
import { baselineSearch } from './baseline';
import { baselineCase, baselineList, baselineQueue } from './case-baseline';
import type { RawDriver } from './databases';
import type { Latency } from './http/load-client';
import { type MixKind, mixPicker, type ReadCall, type ReadKind } from './http/read-mix';
import { percentile } from './measure';
import { baselineCounts, baselineInbox } from './referral-baseline';
import { baselineStatistics } from './report-baseline';

/** The kinds the baseline sends. */
export const BASELINE_KINDS: readonly ReadKind[] = [
  'person-search',
  'case-page',
  'inbox',
  'inbox-counts',
  'case-list',
  'case-queue',
  'statistics',
];

export type BaselineResult = {
  durationSec: number;
  calls: number;
  /** Calls completed per second. */
  cps: number;
  latency: Latency;
  /** The kinds sent and their share of the app's mix (what the baseline covers). */
  kinds: ReadKind[];
  share: number;
  /** Calls that threw (should be none). */
  failures: number;
};

/** The answer when the mix has no kind the baseline writes out (a run restricted with --mix). */
const noBaseline: BaselineResult = {
  durationSec: 0,
  calls: 0,
  cps: Number.NaN,
  latency: { n: 0, p50: Number.NaN, p95: Number.NaN, p99: Number.NaN, max: Number.NaN },
  kinds: [],
  share: 0,
  failures: 0,
};

/** One call through the raw driver, as the other benchmarks' baselines make it. */
async function baselineCall(raw: RawDriver, staff: UserActor, call: ReadCall, today: string): Promise<void> {
  const tenant = staff.tenantId;
  switch (call.kind) {
    case 'person-search': {
      const criteria = parsePersonQuery(call.q);
      if (!criteria) throw new Error(`the query ${JSON.stringify(call.q)} searches nothing`);
      await baselineSearch(raw, staff, criteria, 20);
      return;
    }
    case 'case-page':
      await baselineCase(raw, call.id);
      return;
    case 'inbox':
      await baselineInbox(raw, staff, call.query, today);
      return;
    case 'inbox-counts':
      await baselineCounts(raw, staff, today, false);
      return;
    case 'case-list':
      await baselineList(raw, 50, 0, tenant, call.as === 'staff' ? staff.agencyId! : undefined);
      return;
    case 'case-queue':
      await baselineQueue(raw, tenant);
      return;
    case 'statistics':
      await baselineStatistics(raw, tenant);
      return;
    default:
      throw new Error(`no baseline for ${call.kind}`);
  }
}

/**
 * Runs the baseline: `workers` loops for `durationSec`, each taking a driver of `drivers` for the
 * length of one call (a driver is one connection: a transaction must not share it).
 */
export async function runBaseline(options: {
  drivers: RawDriver[];
  /** The demo staff user, whose row-level security the person search and the inbox run under. */
  staff: UserActor;
  mix: MixKind[];
  workers: number;
  durationSec: number;
  seed: number;
}): Promise<BaselineResult> {
  const mix = options.mix.filter((k) => BASELINE_KINDS.includes(k.kind));
  const total = mix.reduce((sum, k) => sum + k.weight, 0);
  if (!mix.length) return noBaseline;
  const pick = mixPicker(mix, options.seed);
  const idle = options.drivers.slice();
  const waiting: ((d: RawDriver) => void)[] = [];
  const acquire = () =>
    idle.length ? Promise.resolve(idle.pop()!) : new Promise<RawDriver>((resolve) => waiting.push(resolve));
  const release = (d: RawDriver) => {
    const w = waiting.shift();
    if (w) w(d);
    else idle.push(d);
  };

  const today = toIsoDate(new Date());
  const times: number[] = [];
  let failures = 0;
  const started = performance.now();
  const deadline = started + options.durationSec * 1000;
  const worker = async () => {
    while (performance.now() < deadline) {
      const call = pick();
      const at = performance.now();
      const driver = await acquire();
      try {
        await baselineCall(driver, options.staff, call, today);
      } catch {
        failures++;
      } finally {
        release(driver);
      }
      times.push(performance.now() - at);
    }
  };
  await Promise.all(Array.from({ length: options.workers }, worker));
  const durationSec = (performance.now() - started) / 1000;
  const sorted = times.sort((a, b) => a - b);
  return {
    durationSec,
    calls: sorted.length,
    cps: sorted.length / durationSec,
    latency: {
      n: sorted.length,
      p50: percentile(sorted, 50),
      p95: percentile(sorted, 95),
      p99: percentile(sorted, 99),
      max: sorted.at(-1) ?? Number.NaN,
    },
    kinds: mix.map((k) => k.kind),
    share: total / options.mix.reduce((s, k) => s + k.weight, 0),
    failures,
  };
}
