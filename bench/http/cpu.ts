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

/** A CPU meter over the server process and, on PostgreSQL, the backends of its database. */
export function cpuMeter(serverPid: number, database?: string) {
  const sample = () => {
    const backends = database ? backendsOf(database) : [];
    return { server: processCpu(serverPid), database: backends.reduce((s, pid) => s + processCpu(pid), 0) };
  };
  const start = sample();
  return {
    /** CPU seconds used since the meter was made (backends started meanwhile count in full, ended ones not at all). */
    stop(): { serverSec: number; databaseSec: number } {
      const end = sample();
      return { serverSec: end.server - start.server, databaseSec: end.database - start.database };
    },
  };
}
