import type pg from 'pg';

/** How runAs's statement of the actor's settings begins (scope.ts): the one statement folded into BEGIN. */
export const SETTINGS_STATEMENT_START = "select set_config('app.tenant_id',";

type Config = { text?: unknown; name?: unknown; [key: string]: unknown };
type Query = (...args: unknown[]) => Promise<unknown>;

const textOf = (config: unknown): string | undefined =>
  typeof config === 'string'
    ? config
    : config !== null && typeof config === 'object' && typeof (config as Config).text === 'string'
      ? ((config as Config).text as string)
      : undefined;

/**
 * Saves one round trip on every request: a transaction's BEGIN is held back until its first statement
 * and then sent with it. When that statement is runAs's settings statement, both go as one simple query
 * (`begin; select set_config(…)`), its values written as literals by the driver's escapeLiteral (they
 * are the server's own ids and codes, from the session); any other first statement is preceded by the
 * BEGIN as before; a transaction that sends nothing sends no BEGIN or COMMIT at all. Each round trip is
 * a socket write and a wake-up of the backend, the largest single cost of a read in the app's profile.
 */
export function deferBegin(client: pg.PoolClient): void {
  const query = client.query.bind(client) as Query;
  let pending: unknown[] | null = null;
  (client as unknown as { query: Query }).query = async (...args: unknown[]) => {
    const text = textOf(args[0])?.trim().toLowerCase();
    if (text === 'begin' && pending === null && typeof args.at(-1) !== 'function') {
      pending = args;
      return { command: 'BEGIN', rowCount: null, rows: [], fields: [] };
    }
    if (pending === null) return query(...args);
    const begin = pending;
    pending = null;
    if (text === 'commit' || text === 'rollback')
      return { command: text.toUpperCase(), rowCount: null, rows: [], fields: [] };
    const values = args[1];
    const statement = textOf(args[0]);
    if (statement?.startsWith(SETTINGS_STATEMENT_START) && Array.isArray(values)) {
      const inlined = statement.replace(/\$(\d+)/g, (_, n: string) =>
        client.escapeLiteral(String(values[Number(n) - 1] ?? '')),
      );
      const results = (await query(`begin; ${inlined}`)) as unknown[];
      return results.at(-1);
    }
    await query(...begin);
    return query(...args);
  };
}
