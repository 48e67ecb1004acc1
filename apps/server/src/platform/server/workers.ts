import cluster, { type Worker } from 'node:cluster';

/** How long a stopping worker has to finish its requests and close its database before SIGKILL. */
const STOP_GRACE_MS = 10_000;

/** How long the primary waits before replacing a worker that died. */
const RESTART_DELAY_MS = 500;

/** Written to stderr without personal data: what happened to which worker. */
const note = (line: string) => process.stderr.write(`${line}\n`);

/**
 * Starts `count` worker processes of this same program, which share one listening socket (node:cluster
 * hands each new connection to the next worker). Resolves with the port once every worker listens; a
 * worker that stops before that fails the start (the others are stopped). A worker that dies later is
 * replaced after half a second. `stop` sends SIGTERM to every worker and waits for them (SIGKILL after a grace period).
 */
export async function startWorkers(count: number): Promise<{ port: number; stop: () => Promise<void> }> {
  let stopping = false;
  let ready = false;
  const exited = new Map<number, Promise<void>>();
  const watch = (w: Worker) => exited.set(w.id, new Promise((resolve) => w.once('exit', () => resolve())));
  const fork = () => watch(cluster.fork());

  const stop = async () => {
    stopping = true;
    const workers = Object.values(cluster.workers ?? {}).filter((w): w is Worker => Boolean(w));
    for (const w of workers) w.process.kill('SIGTERM');
    const killer = setTimeout(() => {
      for (const w of workers) if (!w.isDead()) w.process.kill('SIGKILL');
    }, STOP_GRACE_MS);
    await Promise.all(exited.values());
    clearTimeout(killer);
  };

  const port = await new Promise<number>((resolve, reject) => {
    let listening = 0;
    cluster.on('listening', (_w, address) => {
      listening += 1;
      if (listening === count && !ready) {
        ready = true;
        resolve(address.port);
      }
    });
    cluster.on('exit', (w, code, signal) => {
      exited.delete(w.id);
      if (stopping) return;
      if (!ready) {
        reject(new Error(`a worker stopped while starting (${signal ?? `exit code ${code}`})`));
        return;
      }
      note(`Tsunagu: worker ${w.id} stopped (${signal ?? `exit code ${code}`}); starting another`);
      // A short pause, so that a worker that cannot start (the database gone) is not forked in a tight loop.
      setTimeout(() => {
        if (!stopping) fork();
      }, RESTART_DELAY_MS);
    });
    for (let i = 0; i < count; i++) fork();
  }).catch(async (e: unknown) => {
    await stop();
    throw e;
  });
  return { port, stop };
}
