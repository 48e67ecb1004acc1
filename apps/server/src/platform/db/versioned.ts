import { and, eq } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Tx } from './database';

/** A table whose rows carry an id, a version for optimistic concurrency and an update time. */
export type VersionedTable = PgTable & { id: PgColumn; version: PgColumn; updatedAt: PgColumn };

/** Updates the row if it is still at `version` (and bumps it); false when another edit came first. */
export async function updateAtVersion(
  tx: Tx,
  table: VersionedTable,
  id: string,
  version: number,
  set: Record<string, unknown>,
): Promise<boolean> {
  const moved = await tx
    .update(table)
    .set({ ...set, version: version + 1, updatedAt: new Date() } as never)
    .where(and(eq(table.id, id), eq(table.version, version)))
    .returning({ id: table.id });
  return moved.length > 0;
}
