import { and, eq, sql } from 'drizzle-orm';
import { matches, retentionFollowUps } from '../../db/schema';
import { queryRows, type Tx } from '../../platform/db/database';

export type MatchRow = typeof matches.$inferSelect;

export async function findMatch(tx: Tx, id: string): Promise<MatchRow | undefined> {
  return (await tx.select().from(matches).where(eq(matches.id, id)).limit(1))[0];
}

export async function insertMatch(tx: Tx, values: typeof matches.$inferInsert) {
  await tx.insert(matches).values(values);
}

/** Moves the match if it is still at `version`; false when another edit came first. */
export async function updateMatchAtVersion(
  tx: Tx,
  id: string,
  version: number,
  set: Partial<typeof matches.$inferInsert>,
): Promise<boolean> {
  const moved = await tx
    .update(matches)
    .set({ ...set, version: version + 1, updatedAt: new Date() })
    .where(and(eq(matches.id, id), eq(matches.version, version)))
    .returning({ id: matches.id });
  return moved.length > 0;
}

export async function insertFollowUps(tx: Tx, rows: (typeof retentionFollowUps.$inferInsert)[]) {
  await tx.insert(retentionFollowUps).values(rows);
}

export async function findFollowUp(tx: Tx, id: string) {
  return (await tx.select().from(retentionFollowUps).where(eq(retentionFollowUps.id, id)).limit(1))[0];
}

export async function updateFollowUpAtVersion(
  tx: Tx,
  id: string,
  version: number,
  set: Partial<typeof retentionFollowUps.$inferInsert>,
): Promise<boolean> {
  const moved = await tx
    .update(retentionFollowUps)
    .set({ ...set, version: version + 1, updatedAt: new Date() })
    .where(and(eq(retentionFollowUps.id, id), eq(retentionFollowUps.version, version)))
    .returning({ id: retentionFollowUps.id });
  return moved.length > 0;
}

export type DueRow = {
  id: string;
  match_id: string;
  participant_id: string;
  family_name: string;
  given_name: string;
  employer_name: string;
  title: string;
  month: number;
  placed_on: string;
  due_on: string;
  assigned_user_id: string | null;
  user_name: string | null;
};

/**
 * Follow-ups not done and due by `until` (overdue ones included) of open participants the actor sees,
 * leaving out those of a job that ended before they fell due.
 */
export function listDueFollowUps(tx: Tx, until: string) {
  return queryRows<DueRow>(
    tx,
    sql`select f.id, f.match_id, f.participant_id, x.family_name, x.given_name, e.name as employer_name,
          o.title, f.month, m.placed_on::text as placed_on, f.due_on::text as due_on,
          p.assigned_user_id, u.display_name as user_name
        from retention_follow_ups f
        join matches m on m.id = f.match_id
        join participants p on p.id = f.participant_id
        join persons x on x.id = p.person_id
        join job_openings o on o.id = m.opening_id
        join employers e on e.id = o.employer_id
        left join users u on u.id = p.assigned_user_id
        where f.done_on is null and p.closed_on is null and f.due_on <= ${until}
          and (m.ended_on is null or m.ended_on >= f.due_on)
        order by f.due_on, x.family_name_kana`,
  );
}
