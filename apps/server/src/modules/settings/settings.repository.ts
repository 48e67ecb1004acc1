import { and, asc, eq } from 'drizzle-orm';
import { codeListItems, tenants } from '../../db/schema';
import type { Tx } from '../../platform/db/database';

/** All code-list items of the current tenant (row-level security scopes it), in display order. */
export function listCodeListItems(tx: Tx) {
  return tx
    .select()
    .from(codeListItems)
    .orderBy(asc(codeListItems.list), asc(codeListItems.sortOrder), asc(codeListItems.code));
}

export async function findCodeListItem(tx: Tx, id: string) {
  const rows = await tx.select().from(codeListItems).where(eq(codeListItems.id, id)).limit(1);
  return rows[0];
}

export async function insertCodeListItem(tx: Tx, values: typeof codeListItems.$inferInsert) {
  const rows = await tx.insert(codeListItems).values(values).returning();
  return rows[0]!;
}

/** Updates when the version still matches; undefined means someone else changed it first. */
export async function updateCodeListItem(
  tx: Tx,
  id: string,
  version: number,
  values: Partial<typeof codeListItems.$inferInsert>,
) {
  const rows = await tx
    .update(codeListItems)
    .set({ ...values, version: version + 1, updatedAt: new Date() })
    .where(and(eq(codeListItems.id, id), eq(codeListItems.version, version)))
    .returning();
  return rows[0];
}

export async function findTenant(tx: Tx, tenantId: string) {
  const rows = await tx.select().from(tenants).where(eq(tenants.id, tenantId)).limit(1);
  return rows[0];
}

export async function updateTenantSettings(tx: Tx, tenantId: string, settings: Record<string, unknown>) {
  await tx.update(tenants).set({ settings }).where(eq(tenants.id, tenantId));
}
