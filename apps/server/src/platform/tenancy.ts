import { sql } from 'drizzle-orm';
import { type Db, queryRows } from './db/database';

/** The id of the tenant with this slug, or undefined. */
export async function tenantIdBySlug(db: Db, slug: string): Promise<string | undefined> {
  const rows = await queryRows<{ id: string }>(db, sql`select id from tenants where slug = ${slug}`);
  return rows[0]?.id;
}
