/**
 * The HTTP load client: the read mix driven by autocannon at C connections for D seconds, in a child
 * process of its own (load-client-child.ts) so that it does not share an event loop with a server
 * running in this process. Every answer but 2xx, every socket error and every timeout is an error.
 */
import { fork } from 'node:child_process';
import path from 'node:path';
import { MIX_USERS, type MixKind, type MixUser, type ReadKind, requestOf } from './read-mix';
import { signIn } from './session';

/** What the child runs. */
export type LoadSpec = {
  url: string;
  /** The session cookie of each user the mix signs in as (`tsunagu_session=…`). */
  cookies: Record<MixUser, string>;
  mix: MixKind[];
  connections: number;
  durationSec: number;
  /** Seconds without an answer before autocannon counts a timeout. */
  timeoutSec: number;
  /** Seed of the choice of kinds: the same seed sends the calls in the same order. */
  seed: number;
};

/** Latencies in ms of the answered requests (any status), by nearest rank. */
export type Latency = { n: number; p50: number; p95: number; p99: number; max: number };

/** One kind's latencies and the answers that were not 2xx, by status. */
export type KindLoad = Latency & { kind: ReadKind; non2xx: Record<string, number> };

export type LoadResult = {
  durationSec: number;
  /** Requests answered (any status). */
  requests: number;
  /** Requests answered per second. */
  rps: number;
  latency: Latency;
  /** Answers by status, 2xx included. */
  statusCounts: Record<string, number>;
  non2xx: number;
  /** Connection errors other than timeouts (refused, reset). */
  socketErrors: number;
  timeouts: number;
  byKind: KindLoad[];
};

/** Every error of a run: answers that were not 2xx, socket errors and timeouts. */
export const errorCount = (r: LoadResult) => r.non2xx + r.socketErrors + r.timeouts;

const CHILD = path.join(import.meta.dirname, 'load-client-child.ts');

/** Runs the load in a child process and resolves with its result; rejects if the child fails. */
export function runLoad(spec: LoadSpec): Promise<LoadResult> {
  const child = fork(CHILD, [], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise<LoadResult>((resolve, reject) => {
    let answered = false;
    child.once('message', (m: { result?: LoadResult; error?: string }) => {
      answered = true;
      if (m.result) resolve(m.result);
      else reject(new Error(`load client failed: ${m.error}`));
    });
    child.once('exit', (code) => {
      if (!answered) reject(new Error(`load client exited (${code}) without a result`));
    });
    child.send(spec);
  });
}

/** Signs in every user of the mix and returns their session cookies. */
export async function signInMix(url: string, password?: string): Promise<Record<MixUser, string>> {
  const cookies = {} as Record<MixUser, string>;
  for (const [user, email] of Object.entries(MIX_USERS) as [MixUser, string][])
    cookies[user] = (await signIn(url, email, password)).cookie;
  return cookies;
}

/**
 * Sends every call of the mix once, one after the other: it checks that each user may read what the mix
 * asks of it (an id it may not see would make every later call of it an error) and warms the server up.
 * Returns the failures as "kind: status" (no ids or search text: those are a person's data).
 */
export async function preflight(
  url: string,
  cookies: Record<MixUser, string>,
  mix: MixKind[],
): Promise<{ calls: number; failures: string[] }> {
  const failures: string[] = [];
  let calls = 0;
  for (const k of mix) {
    for (const call of k.calls) {
      const { user, path: p } = requestOf(call);
      const res = await fetch(`${url}${p}`, { headers: { cookie: cookies[user] } });
      await res.arrayBuffer();
      calls++;
      if (res.status < 200 || res.status > 299) failures.push(`${k.kind} as ${user}: ${res.status}`);
    }
  }
  return { calls, failures };
}
