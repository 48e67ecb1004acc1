/**
 * A Tsunagu server as its own operating-system process (`node --import tsx apps/server/src/main.ts`), as an operator
 * runs it: for the load and fault runs, which must be able to kill it (SIGKILL included) and start it
 * again on the same database. It listens on a free port (PORT=0) and is ready once it prints its URL.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');
const READY = /Tsunagu is running: (http:\/\/\S+)\//;

/** A running server process. */
export type ServerProcess = {
  /** Base URL without the trailing slash, e.g. http://127.0.0.1:41233 */
  url: string;
  pid: number;
  child: ChildProcess;
  /** What the process wrote to stderr so far (start-up problems, warnings). */
  stderr(): string;
  /** SIGTERM, then waits for the exit (the server closes its database cleanly). */
  stop(): Promise<number | null>;
  /** SIGKILL: no clean-up at all, as a power cut or the OOM killer would. */
  kill9(): Promise<number | null>;
  /** Resolves with the exit code (null when killed by a signal). */
  exited: Promise<number | null>;
};

export type ServerEnv = {
  /** postgres://… for PostgreSQL; absent for PGlite in dataDir. */
  DATABASE_URL?: string;
  TSUNAGU_DATA_DIR?: string;
  [name: string]: string | undefined;
};

/**
 * Starts a server and waits until it listens (up to timeoutMs). The environment is the server's own
 * (see the README's configuration table); demo data is loaded into an empty database as on `npm start`.
 */
export async function startServer(env: ServerEnv, timeoutMs = 120_000): Promise<ServerProcess> {
  // Node itself with tsx as a loader, not the tsx CLI: the CLI runs the server in a child process of its
  // own, and a SIGKILL of the CLI would leave that child running.
  const child = spawn(process.execPath, ['--import', 'tsx', 'apps/server/src/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      TSUNAGU_WEB_DIST: '/nonexistent',
      TSUNAGU_LOGIN_RATE_LIMIT: '100000',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`server did not start within ${timeoutMs} ms:\n${err || out}`));
    }, timeoutMs);
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = READY.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => {
      err += chunk.toString();
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${code}) before it was ready:\n${err || out}`));
    });
  });
  const signal = (s: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(s);
    return exited;
  };
  return {
    url,
    pid: child.pid!,
    child,
    stderr: () => err,
    stop: () => signal('SIGTERM'),
    kill9: () => signal('SIGKILL'),
    exited,
  };
}
