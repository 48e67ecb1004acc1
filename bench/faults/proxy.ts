/**
 * A round-robin HTTP proxy on node:http, as a load balancer without sticky sessions: each request
 * goes to the next backend in turn, so one browser session's requests alternate between server
 * processes. The answer names the backend that served it (x-tsunagu-backend), for the checks.
 */
import http from 'node:http';

export type RoundRobinProxy = {
  /** Base URL without the trailing slash. */
  url: string;
  /** Requests forwarded to each backend so far. */
  served: number[];
  close(): Promise<void>;
};

/** The header that names the backend (its index in `backends`). */
export const BACKEND_HEADER = 'x-tsunagu-backend';

/** Starts the proxy on a free loopback port in front of the backends (base URLs). */
export async function startProxy(backends: string[]): Promise<RoundRobinProxy> {
  const served = backends.map(() => 0);
  let next = 0;
  const server = http.createServer((req, res) => {
    const index = next;
    next = (next + 1) % backends.length;
    served[index]! += 1;
    const target = new URL(req.url ?? '/', backends[index]);
    const upstream = http.request(
      target,
      { method: req.method, headers: { ...req.headers, host: target.host } },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, { ...answer.headers, [BACKEND_HEADER]: String(index) });
        answer.pipe(res);
      },
    );
    upstream.on('error', () => {
      if (!res.headersSent) res.writeHead(502, { [BACKEND_HEADER]: String(index) });
      res.end();
    });
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${address.port}`,
    served,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
