import { createHash } from 'node:crypto';
import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../db/database';
import { runAsSystem } from '../db/scope';

type Counted = { count: number; ttl: number };

/**
 * Counts a request against its key in one statement: a new key, or one whose window has ended, starts
 * at 1 with a fresh window; otherwise the count goes up within the window. Now and then the ended
 * windows are deleted.
 */
async function increment(db: Db, key: string, windowMs: number): Promise<Counted> {
  const keyHash = createHash('sha256').update(key).digest('hex');
  return runAsSystem(db, async (tx) => {
    const [row] = await queryRows<{ count: number; ttl: number }>(
      tx,
      sql`insert into rate_limit_counters as c (key_hash, count, window_ends_at)
        values (${keyHash}, 1, now() + ${windowMs} * interval '1 millisecond')
        on conflict (key_hash) do update set
          count = case when c.window_ends_at <= now() then 1 else c.count + 1 end,
          window_ends_at = case when c.window_ends_at <= now() then excluded.window_ends_at else c.window_ends_at end
        returning c.count, greatest(0, ceil(extract(epoch from (c.window_ends_at - now())) * 1000))::int as ttl`,
    );
    if (Math.random() < 0.01)
      await tx.execute(sql`delete from rate_limit_counters where window_ends_at < now() - interval '1 hour'`);
    return { count: Number(row!.count), ttl: Number(row!.ttl) };
  });
}

/**
 * A @fastify/rate-limit store in the database, so that every server process counts together (the
 * plugin's own store is in memory, per process: two servers would allow twice the attempts). A route's
 * limit counts under a key of its own (method and URL), as the plugin's Redis store does.
 */
export function databaseRateLimitStore(db: Db): FastifyRateLimitStoreCtor {
  class DatabaseStore implements FastifyRateLimitStore {
    constructor(private readonly prefix = 'rate-limit:') {}

    incr(
      key: string,
      callback: (error: Error | null, result?: { current: number; ttl: number }) => void,
      timeWindow: number,
    ): void {
      increment(db, `${this.prefix}${key}`, timeWindow).then(
        (r) => callback(null, { current: r.count, ttl: r.ttl }),
        (e: Error) => callback(e),
      );
    }

    child(options: Parameters<FastifyRateLimitStore['child']>[0]): FastifyRateLimitStore {
      // The plugin passes the route's merged limit options, the route itself as `routeInfo` (typed otherwise).
      const route = (options as { routeInfo?: { method?: string | string[]; url?: string } }).routeInfo ?? {};
      return new DatabaseStore(`${this.prefix}${String(route.method ?? '')} ${route.url ?? ''}:`);
    }
  }
  return DatabaseStore as unknown as FastifyRateLimitStoreCtor;
}
