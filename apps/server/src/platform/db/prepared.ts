import { createHash } from 'node:crypto';
import type pg from 'pg';

/** Statements a connection prepares at most; past this, further texts run unprepared (unnamed). */
export const MAX_PREPARED_PER_CONNECTION = 2000;

type QueryConfig = { text?: unknown; name?: unknown; [key: string]: unknown };

/** Names already computed, by text: hashing the text of every statement of every request is measurable. */
const names = new Map<string, string>();

/** The statement's name: a hash of its text, so the same text is the same statement on every connection. */
export function statementName(text: string): string {
  let name = names.get(text);
  if (name === undefined) {
    name = `t_${createHash('sha1').update(text).digest('hex').slice(0, 24)}`;
    // Bounded like the connections' prepared statements: texts past that run unprepared anyway.
    if (names.size < MAX_PREPARED_PER_CONNECTION) names.set(text, name);
  }
  return name;
}

/**
 * Makes the client send each parameterised statement as a named prepared statement, so that PostgreSQL
 * parses, rewrites (row-level security) and plans a statement's text once per connection instead of on
 * every call. Planning was most of the database's time for a request: the policies add sub-selects to
 * every statement (docs/benchmarks.md, mixed-read throughput). Values stay parameters, so the text — and
 * the name — of a statement is the same whatever it is asked; the row-level security settings are read
 * when the plan runs, not when it is made. Statements without parameters (BEGIN, COMMIT, set-up) are left
 * as they are. A connection prepares at most MAX_PREPARED_PER_CONNECTION texts; a text made with a
 * varying literal in it would otherwise grow the server's memory without end.
 */
export function prepareStatements(client: pg.PoolClient): void {
  const prepared = new Set<string>();
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
    const [config, values] = args;
    if (
      config !== null &&
      typeof config === 'object' &&
      typeof (config as QueryConfig).text === 'string' &&
      (config as QueryConfig).name === undefined &&
      Array.isArray(values) &&
      values.length > 0
    ) {
      const name = statementName((config as { text: string }).text);
      if (prepared.has(name) || prepared.size < MAX_PREPARED_PER_CONNECTION) {
        prepared.add(name);
        return query({ ...(config as QueryConfig), name }, ...args.slice(1));
      }
    }
    return query(...args);
  };
}
