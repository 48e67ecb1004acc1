/**
 * CPU time of processes, from /proc (Linux): what a request costs the server and the database, which
 * on a shared machine says more than the requests per second it happened to get.
 */
import fs from 'node:fs';

const TICKS_PER_SECOND = 100;

/** CPU seconds (user + system) a process has used so far; 0 when it is gone or /proc is absent. */
function processCpu(pid: number): number {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The fields after the command's closing parenthesis: state is field 3, utime 14, stime 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return 0;
  }
}

/** The PostgreSQL backends serving one database: their command line names it ("postgres: … user db …"). */
function backendsOf(database: string): number[] {
  const pids: number[] = [];
  for (const entry of fs.existsSync('/proc') ? fs.readdirSync('/proc') : []) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const cmd = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      if (cmd.startsWith('postgres:') && cmd.split(' ').includes(database)) pids.push(Number(entry));
    } catch {
      // the process ended meanwhile
    }
  }
  return pids;
}

/** A process and its children (a server's worker processes), from /proc. */
export function processTree(pid: number): number[] {
  const children: number[] = [];
  for (const entry of fs.existsSync('/proc') ? fs.readdirSync('/proc') : []) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === pid) children.push(Number(entry));
    } catch {
      // the process ended meanwhile
    }
  }
  return [pid, ...children];
}

const SAMPLE_MS = 250;

/**
 * CPU seconds a changing set of processes used: sampled every 250 ms, so a process that ends during
 * the run counts up to its last sample, and one that starts counts in full.
 */
function tracker(pids: () => number[]) {
  const start = new Map<number, number>();
  const last = new Map<number, number>();
  let initial = true;
  const sample = () => {
    for (const pid of pids()) {
      const used = processCpu(pid);
      if (!start.has(pid)) start.set(pid, initial ? used : 0);
      if (used > 0) last.set(pid, used);
    }
    initial = false;
  };
  sample();
  return {
    sample,
    total: () => [...last].reduce((sum, [pid, used]) => sum + Math.max(0, used - (start.get(pid) ?? 0)), 0),
  };
}

/**
 * A CPU meter over the server's processes (the process and its workers: `processTree(pid)`) and, on
 * PostgreSQL, the backends of its database.
 */
export function cpuMeter(serverPids: () => number[], database?: string) {
  const server = tracker(serverPids);
  const backends = tracker(() => (database ? backendsOf(database) : []));
  const timer = setInterval(() => {
    server.sample();
    backends.sample();
  }, SAMPLE_MS);
  return {
    /** CPU seconds used since the meter was made. */
    stop(): { serverSec: number; databaseSec: number } {
      clearInterval(timer);
      server.sample();
      backends.sample();
      return { serverSec: server.total(), databaseSec: backends.total() };
    },
  };
}
