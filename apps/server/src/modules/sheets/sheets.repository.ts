import { and, asc, eq, sql } from 'drizzle-orm';
import { agencies, sensitiveNotes } from '../../db/schema';
import type { Tx } from '../../platform/db/database';

/**
 * The household's current 要配慮個人情報 entries with their content (an entry is current when no later
 * entry supersedes it), oldest first. Only for exports by those allowed to take it out.
 */
export function listCurrentSensitiveNotes(tx: Tx, householdId: string) {
  return tx
    .select({
      personId: sensitiveNotes.personId,
      category: sensitiveNotes.category,
      content: sensitiveNotes.content,
      createdAt: sensitiveNotes.createdAt,
      agencyName: agencies.name,
    })
    .from(sensitiveNotes)
    .innerJoin(agencies, eq(agencies.id, sensitiveNotes.recordedByAgencyId))
    .where(
      and(
        eq(sensitiveNotes.householdId, householdId),
        sql`not exists (select 1 from ${sensitiveNotes} s2 where s2.supersedes = ${sensitiveNotes.id})`,
      ),
    )
    .orderBy(asc(sensitiveNotes.createdAt));
}
