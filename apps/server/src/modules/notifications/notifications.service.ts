import type { Notification, NotificationKind } from '@tsunagu/contracts/referrals';
import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import { notifications } from '../../db/schema';
import type { UserActor } from '../../platform/auth/actor';
import type { Db, Tx } from '../../platform/db/database';
import { oneByOne, runAs } from '../../platform/db/scope';
import { assertThat } from '../../platform/errors';

const LIST_LIMIT = 50;

/** The user's newest notifications and how many are unread (row-level security: their own only). */
export async function listNotifications(db: Db, actor: UserActor) {
  return runAs(db, actor, async (tx) => {
    const [rows, [unread]] = await oneByOne(
      () => tx.select().from(notifications).orderBy(desc(notifications.createdAt)).limit(LIST_LIMIT),
      () =>
        tx.select({ n: sql<number>`count(*)::int` }).from(notifications).where(isNull(notifications.readAt)),
    );
    return {
      items: rows.map(
        (n): Notification => ({
          id: n.id,
          kind: n.kind as NotificationKind,
          referralId: n.referralId,
          createdAt: n.createdAt.toISOString(),
          readAt: n.readAt?.toISOString() ?? null,
        }),
      ),
      unread: Number(unread?.n ?? 0),
    };
  });
}

/** Unread count for the navigation, in the caller's transaction (row-level security: one's own). */
export async function countUnread(tx: Tx): Promise<number> {
  const [row] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(notifications)
    .where(isNull(notifications.readAt));
  return Number(row?.n ?? 0);
}

/** Marks one notification (or, without an id, all of them) read. */
export async function markRead(db: Db, actor: UserActor, id: string | null) {
  await runAs(db, actor, async (tx) => {
    const rows = await tx
      .update(notifications)
      .set({ readAt: new Date() })
      .where(and(isNull(notifications.readAt), id ? eq(notifications.id, id) : undefined))
      .returning({ id: notifications.id });
    if (id) assertThat(rows.length > 0 || (await exists(tx, id)), 'not_found');
  });
}

async function exists(tx: Parameters<Parameters<typeof runAs>[2]>[0], id: string) {
  const rows = await tx.select({ id: notifications.id }).from(notifications).where(eq(notifications.id, id));
  return rows.length > 0;
}
