import { desc, eq, sql } from 'drizzle-orm';
import { intakeDrafts } from '../../db/schema';
import type { Tx } from '../../platform/db/database';

// Row-level security already limits every query here to the acting user's own drafts; the user filter
// says so in the query too.

/** The user's latest draft, or undefined. */
export async function findDraft(tx: Tx, userId: string) {
  const rows = await tx
    .select()
    .from(intakeDrafts)
    .where(eq(intakeDrafts.userId, userId))
    .orderBy(desc(intakeDrafts.updatedAt))
    .limit(1);
  return rows[0];
}

/**
 * Serialises saves of one user's draft until the transaction ends, so two saves at once (two tabs,
 * a save racing the page being hidden) cannot leave two drafts.
 */
export async function lockDraftsOf(tx: Tx, userId: string) {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`intake_draft:${userId}`}))`);
}

/** Replaces the payload of the user's draft; undefined when the user has none. */
export async function updateDraft(tx: Tx, userId: string, agencyId: string | null, payload: object) {
  const rows = await tx
    .update(intakeDrafts)
    .set({ payload: payload as Record<string, unknown>, agencyId, updatedAt: new Date() })
    .where(eq(intakeDrafts.userId, userId))
    .returning();
  return rows[0];
}

export async function insertDraft(tx: Tx, values: typeof intakeDrafts.$inferInsert) {
  const rows = await tx.insert(intakeDrafts).values(values).returning();
  return rows[0]!;
}

/** Deletes the user's drafts and answers the ids deleted. */
export async function deleteDrafts(tx: Tx, userId: string) {
  const rows = await tx
    .delete(intakeDrafts)
    .where(eq(intakeDrafts.userId, userId))
    .returning({ id: intakeDrafts.id });
  return rows.map((r) => r.id);
}
