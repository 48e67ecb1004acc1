import { and, desc, eq, type SQL, sql } from 'drizzle-orm';
import { caseStories, users } from '../../db/schema';
import type { Tx } from '../../platform/db/database';
import { containing } from '../../platform/db/like';

export type StoryRow = typeof caseStories.$inferSelect;

function selectStories(tx: Tx) {
  return tx
    .select({
      story: caseStories,
      author: users.displayName,
      reviewerName: sql<
        string | null
      >`(select u.display_name from ${users} u where u.id = ${caseStories.reviewerId})`,
    })
    .from(caseStories)
    .innerJoin(users, eq(users.id, caseStories.authorId));
}
export type ListedStory = Awaited<ReturnType<typeof selectStories>>[number];

export async function insertStory(tx: Tx, values: typeof caseStories.$inferInsert) {
  await tx.insert(caseStories).values(values);
}

export async function findStory(tx: Tx, id: string): Promise<ListedStory | undefined> {
  const rows = await selectStories(tx).where(eq(caseStories.id, id)).limit(1);
  return rows[0];
}

export async function findStoryOfCase(tx: Tx, caseId: string) {
  const rows = await tx
    .select({ id: caseStories.id })
    .from(caseStories)
    .where(eq(caseStories.caseId, caseId))
    .limit(1);
  return rows[0];
}

/** Stories the actor sees (published ones; editors also drafts), filtered, the newest first. */
export function listStories(
  tx: Tx,
  q: {
    problemField?: string | undefined;
    agencyKind?: string | undefined;
    q?: string | undefined;
    state?: string | undefined;
  },
) {
  const where: SQL[] = [];
  if (q.problemField) where.push(sql`${q.problemField} = any(${caseStories.problemFields})`);
  if (q.agencyKind) where.push(sql`${q.agencyKind} = any(${caseStories.agencyKinds})`);
  if (q.state) where.push(eq(caseStories.state, q.state));
  if (q.q?.trim()) {
    const like = containing(q.q.trim());
    where.push(sql`(${caseStories.title} like ${like} or ${caseStories.body} like ${like})`);
  }
  return selectStories(tx)
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(caseStories.fiscalYear), desc(caseStories.createdAt))
    .limit(200);
}

/** Changes a story if it is in one of `from` at `version`. */
export async function updateStory(
  tx: Tx,
  id: string,
  from: string[],
  version: number,
  set: Partial<typeof caseStories.$inferInsert>,
) {
  const rows = await tx
    .update(caseStories)
    .set({ ...set, version: sql`${caseStories.version} + 1` })
    .where(
      and(
        eq(caseStories.id, id),
        sql`${caseStories.state} = any(${`{${from.join(',')}}`}::text[])`,
        eq(caseStories.version, version),
      ),
    )
    .returning({ id: caseStories.id });
  return rows[0];
}
