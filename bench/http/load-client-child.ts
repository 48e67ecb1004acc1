/**
 * The load client's own process (forked by load-client.ts): drives autocannon with the read mix and
 * sends the result back over IPC. A process of its own so that making requests and parsing answers
 * never takes the event loop of a server running in the parent.
 */
import autocannon from 'autocannon';
import { percentile } from '../measure';
import type { KindLoad, LoadResult, LoadSpec } from './load-client';
import { mixPicker, type ReadKind, requestOf } from './read-mix';

/** One connection's state between building a request and reading its answer (autocannon's context). */
type Context = { kind?: ReadKind; sentAt?: number };

async function drive(spec: LoadSpec): Promise<LoadResult> {
  const pick = mixPicker(spec.mix, spec.seed);
  const times = new Map<ReadKind, number[]>(spec.mix.map((k) => [k.kind, []]));
  const statuses = new Map<ReadKind, Record<string, number>>(spec.mix.map((k) => [k.kind, {}]));
  const all: number[] = [];
  const result = await autocannon({
    url: spec.url,
    connections: spec.connections,
    duration: spec.durationSec,
    timeout: spec.timeoutSec,
    requests: [
      {
        method: 'GET',
        setupRequest: (req, context: Context) => {
          const call = pick();
          const { user, path } = requestOf(call);
          context.kind = call.kind;
          context.sentAt = performance.now();
          return { ...req, method: 'GET', path, headers: { cookie: spec.cookies[user] } };
        },
        onResponse: (status: number, _body: string, context: Context) => {
          if (!context.kind || context.sentAt === undefined) return;
          const ms = performance.now() - context.sentAt;
          all.push(ms);
          times.get(context.kind)!.push(ms);
          const counts = statuses.get(context.kind)!;
          counts[status] = (counts[status] ?? 0) + 1;
        },
      },
    ],
  });

  const summary = (samples: number[]) => {
    const sorted = samples.slice().sort((a, b) => a - b);
    return {
      n: sorted.length,
      p50: percentile(sorted, 50),
      p95: percentile(sorted, 95),
      p99: percentile(sorted, 99),
      max: sorted.at(-1) ?? Number.NaN,
    };
  };
  const non2xx = (counts: Record<string, number>) =>
    Object.fromEntries(Object.entries(counts).filter(([status]) => !status.startsWith('2')));
  const byKind: KindLoad[] = spec.mix.map((k) => ({
    kind: k.kind,
    ...summary(times.get(k.kind)!),
    non2xx: non2xx(statuses.get(k.kind)!),
  }));
  const statusCounts = Object.fromEntries(
    Object.entries(result.statusCodeStats ?? {}).map(([status, s]) => [
      status,
      (s as { count: number }).count,
    ]),
  );
  return {
    durationSec: result.duration,
    requests: result.requests.total,
    rps: result.requests.total / result.duration,
    latency: summary(all),
    statusCounts,
    non2xx: result.non2xx,
    socketErrors: result.errors - result.timeouts,
    timeouts: result.timeouts,
    byKind,
  };
}

process.once('message', (spec: LoadSpec) => {
  drive(spec).then(
    (result) => process.send!({ result }, () => process.exit(0)),
    (e: unknown) =>
      process.send!({ error: e instanceof Error ? (e.stack ?? e.message) : String(e) }, () =>
        process.exit(1),
      ),
  );
});
