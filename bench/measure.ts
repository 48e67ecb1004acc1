/** Timing and percentiles. */

/** Summary of a set of durations in milliseconds. */
export type Stats = { n: number; p50: number; p95: number; max: number; mean: number };

/** The p-th percentile (0–100) by nearest rank: the smallest sample with at least p% at or below it. */
export function percentile(sorted: readonly number[], p: number): number {
  if (!sorted.length) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export function summarize(samples: readonly number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    n: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    max: sorted.at(-1) ?? Number.NaN,
    mean: sorted.reduce((s, x) => s + x, 0) / (sorted.length || 1),
  };
}

/** Runs fn and returns its result and how long it took in milliseconds. */
export async function timed<T>(fn: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const start = process.hrtime.bigint();
  const result = await fn();
  return { result, ms: Number(process.hrtime.bigint() - start) / 1e6 };
}

/** A logger of a run's progress: every 80 calls, how many and the minutes so far. */
export function progressLog(log: (line: string) => void, iterations: number): (done: number) => void {
  const started = performance.now();
  return (done) => {
    if (done % 80 !== 0) return;
    const minutes = (performance.now() - started) / 60_000;
    log(`  ${done}/${iterations} calls, ${minutes.toFixed(1)} min`);
  };
}

/** Logs whether service and baseline agreed on every call (`agreed` says in what), or where they did not. */
export function logAgreement(log: (line: string) => void, mismatches: ReadonlySet<string>, agreed: string) {
  log(
    mismatches.size
      ? `  service and baseline answered differently: ${[...mismatches].join('; ')}`
      : `  service and baseline ${agreed}`,
  );
}
