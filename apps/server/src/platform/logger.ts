import type { FastifyServerOptions } from 'fastify';
import type { Config } from '../config';

/**
 * pino options that keep personal data out of logs: requests are logged by method, route and
 * status only — never query strings, bodies, cookies or headers that could carry names.
 */
export function loggerOptions(config: Pick<Config, 'logLevel'>): FastifyServerOptions['logger'] {
  return {
    level: config.logLevel,
    redact: { paths: ['req.headers', 'res.headers', '*.password', '*.email', '*.cookie'], remove: true },
    serializers: {
      req(req: { method: string; routeOptions?: { url?: string } }) {
        return { method: req.method, route: req.routeOptions?.url ?? '(unmatched)' };
      },
      res(res: { statusCode: number }) {
        return { statusCode: res.statusCode };
      },
    },
  };
}
