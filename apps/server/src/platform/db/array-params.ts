import { sql } from 'drizzle-orm';

/**
 * A text[] parameter: the array is one value, which the driver writes out (as the audit sealer's are),
 * so a statement's text — and its prepared statement — is the same whatever the number of items.
 */
export function textArray(items: readonly string[]) {
  return sql`${sql.param([...items])}::text[]`;
}

/** A uuid[] parameter, as textArray. */
export function uuidArray(ids: readonly string[]) {
  return sql`${sql.param([...ids])}::uuid[]`;
}
