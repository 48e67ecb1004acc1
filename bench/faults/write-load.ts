/**
 * The write load of the fault runs: several writers, each running chains of real multi-table writes
 * (see chain.ts) against the server for a while. What the server acknowledged goes into the ack log,
 * kept here and appended to a file as it happens, so a later check can ask the database for every
 * one of them. A request that never got an answer (the server was killed, the connection reset) is
 * not acknowledged and may or may not have been written; only answers count.
 */
import fs from 'node:fs';
import path from 'node:path';
import { type HttpSession, sessionHeaders, signIn } from '../http/session';
import { type Ack, type Call, type ChainAgencies, type ChainSessions, runChain } from './chain';

/** Where the writers send requests: a function, because a restarted server listens on a new port. */
export type Target = () => string;

/** A request that was answered with an error, or not answered at all. */
export type Failure = {
  /** ms since the epoch, when the answer (or the failure) came. */
  at: number;
  /** 'down': no answer (connection refused or reset, timeout); 'status': an error status. */
  kind: 'down' | 'status';
  status: number | null;
  method: string;
  path: string;
  detail: string;
};

export type LoadOptions = {
  durationMs: number;
  writers: number;
  /** The ack log file (JSON lines), appended as acknowledgements arrive. */
  ackFile: string;
};

export type LoadResult = {
  acks: Ack[];
  /** Requests answered with a 2xx. */
  ok: number;
  failures: Failure[];
  /** Chains that reached the approved plan. */
  chains: number;
  /** ms since the epoch of every 2xx answer, for the outage measurement. */
  okTimes: number[];
};

/** The sessions and agency ids the load needs, signed in through `url`. */
export type LoadContext = { sessions: ChainSessions; agencies: ChainAgencies };

const REQUEST_TIMEOUT_MS = 30_000;
/** A writer that lost its server waits this long before it starts a new chain. */
const RETRY_PAUSE_MS = 150;

/** Signs in the chain's users and looks up the demo agencies it names. */
export async function prepareLoad(url: string): Promise<LoadContext> {
  const [staff, naka, yorisoi, coordinator] = await Promise.all(
    ['staff', 'staff-naka', 'staff-yorisoi', 'coordinator'].map((u) => signIn(url, `${u}@demo.example`)),
  );
  const res = await fetch(`${url}/api/agencies?limit=500`, { headers: sessionHeaders(staff!, 'GET') });
  const { items } = (await res.json()) as { items: { id: string; code: string }[] };
  const byCode = (code: string) => {
    const found = items.find((a) => a.code === code);
    if (!found) throw new Error(`no demo agency ${code}`);
    return found.id;
  };
  return {
    sessions: { staff: staff!, naka: naka!, yorisoi: yorisoi!, coordinator: coordinator! },
    agencies: {
      naka: byCode('hokatsu-naka'),
      yorisoi: byCode('yorisoi-support'),
      desk: byCode('coordinator-desk'),
    },
  };
}

/** Thrown by a call that did not get the status it expected; the chain ends there. */
class CallFailed extends Error {}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The cause of a fetch that got no answer, for the failure log ('ECONNREFUSED', 'timeout', …). */
function causeOf(e: unknown): string {
  const cause = (e as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (e as Error).name;
}

/** A load under way: the fault runs kill and restart things while it goes on. */
export type RunningLoad = {
  /** Requests sent and not yet answered (or failed). */
  inFlight(): number;
  /** Asks the writers to stop after their current request. */
  stop(): void;
  done: Promise<LoadResult>;
};

/**
 * Starts opts.writers concurrent writers against target(), for at most opts.durationMs. The result
 * holds every acknowledged write and every failure; the caller decides which failures are allowed (no
 * answer while the server is down is; a 5xx from a server that is up is a finding).
 */
export function startWriteLoad(target: Target, ctx: LoadContext, opts: LoadOptions): RunningLoad {
  fs.mkdirSync(path.dirname(opts.ackFile), { recursive: true });
  fs.writeFileSync(opts.ackFile, '');
  const result: LoadResult = { acks: [], ok: 0, failures: [], chains: 0, okTimes: [] };
  const until = Date.now() + opts.durationMs;
  let stopped = false;
  let inFlight = 0;
  const over = () => stopped || Date.now() >= until;

  const call: Call = async (session: HttpSession, method, p, body, expect) => {
    if (over()) throw new CallFailed('load over');
    let res: Response;
    let text: string;
    inFlight += 1;
    try {
      res = await fetch(`${target()}${p}`, {
        method,
        headers: sessionHeaders(session, method),
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      text = await res.text();
    } catch (e) {
      // No answer, or the status line came and the body did not: the server died. Not acknowledged.
      result.failures.push({
        at: Date.now(),
        kind: 'down',
        status: null,
        method,
        path: p,
        detail: causeOf(e),
      });
      throw new CallFailed('no answer');
    } finally {
      inFlight -= 1;
    }
    if (res.status !== expect) {
      result.failures.push({
        at: Date.now(),
        kind: 'status',
        status: res.status,
        method,
        path: p,
        detail: text.slice(0, 300),
      });
      throw new CallFailed(`${res.status}`);
    }
    result.ok += 1;
    result.okTimes.push(Date.now());
    return JSON.parse(text) as unknown;
  };

  const ack = (a: Ack) => {
    result.acks.push(a);
    fs.appendFileSync(opts.ackFile, `${JSON.stringify(a)}\n`);
  };

  const writer = async () => {
    while (!over()) {
      try {
        await runChain(call, ctx.sessions, ctx.agencies, ack);
        result.chains += 1;
      } catch (e) {
        if (!(e instanceof CallFailed)) throw e;
        await sleep(RETRY_PAUSE_MS);
      }
    }
  };
  const done = Promise.all(Array.from({ length: opts.writers }, writer)).then(() => result);
  return {
    inFlight: () => inFlight,
    stop: () => {
      stopped = true;
    },
    done,
  };
}
