import { and, desc, eq, gt, isNull, sql } from 'drizzle-orm';
import { agencies, sessions, tenants, users } from '../../db/schema';
import type { Tx } from '../../platform/db/database';

/** Finds an active account by e-mail (case-insensitive) across tenants. */
export async function findUserByEmail(tx: Tx, email: string) {
  const rows = await tx.select().from(users).where(sql`lower(${users.email}) = lower(${email})`).limit(1);
  return rows[0];
}

/** Records a failed attempt; locks the account until `lockUntil` once `maxFailures` is reached. */
export async function registerFailure(tx: Tx, userId: string, maxFailures: number, lockUntil: Date) {
  const rows = await tx
    .update(users)
    .set({
      failedLoginCount: sql`${users.failedLoginCount} + 1`,
      lockedUntil: sql`case when ${users.failedLoginCount} + 1 >= ${maxFailures} then ${lockUntil.toISOString()}::timestamptz else ${users.lockedUntil} end`,
    })
    .where(eq(users.id, userId))
    .returning({ failedLoginCount: users.failedLoginCount, lockedUntil: users.lockedUntil });
  return rows[0];
}

export async function clearFailures(tx: Tx, userId: string) {
  await tx.update(users).set({ failedLoginCount: 0, lockedUntil: null }).where(eq(users.id, userId));
}

export async function insertSession(
  tx: Tx,
  values: {
    tenantId: string;
    userId: string;
    tokenHash: string;
    csrfToken: string;
    userAgent: string | null;
    expiresAt: Date;
  },
) {
  const rows = await tx.insert(sessions).values(values).returning({ id: sessions.id });
  return rows[0]!.id;
}

/** The live session for a token hash with its user and tenant, or undefined. */
export async function findLiveSession(tx: Tx, hash: string, now: Date) {
  const rows = await tx
    .select({ session: sessions, user: users, tenant: tenants, agencyName: agencies.name })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .innerJoin(tenants, eq(tenants.id, sessions.tenantId))
    .leftJoin(agencies, eq(agencies.id, users.agencyId))
    .where(
      and(
        eq(sessions.tokenHash, hash),
        isNull(sessions.revokedAt),
        gt(sessions.expiresAt, now),
        isNull(users.disabledAt),
      ),
    )
    .limit(1);
  return rows[0];
}

/** Marks the session seen; at most once a minute, to keep reads cheap. */
export async function touchSession(tx: Tx, sessionId: string, now: Date) {
  await tx
    .update(sessions)
    .set({ lastSeenAt: now })
    .where(
      and(
        eq(sessions.id, sessionId),
        sql`${sessions.lastSeenAt} < ${now.toISOString()}::timestamptz - interval '1 minute'`,
      ),
    );
}

export async function revokeSession(tx: Tx, sessionId: string) {
  const rows = await tx
    .update(sessions)
    .set({ revokedAt: new Date() })
    .where(and(eq(sessions.id, sessionId), isNull(sessions.revokedAt)))
    .returning({ id: sessions.id, userId: sessions.userId });
  return rows[0];
}

/** Live sessions of the tenant (row-level security limits a non-admin to their own). */
export async function listLiveSessions(tx: Tx, now: Date) {
  return tx
    .select({ session: sessions, email: users.email, displayName: users.displayName })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(isNull(sessions.revokedAt), gt(sessions.expiresAt, now)))
    .orderBy(desc(sessions.lastSeenAt))
    .limit(500);
}

export async function findUserById(tx: Tx, userId: string) {
  const rows = await tx.select().from(users).where(eq(users.id, userId)).limit(1);
  return rows[0];
}

export async function setPassword(tx: Tx, userId: string, passwordHash: string) {
  await tx.update(users).set({ passwordHash, passwordChangedAt: new Date() }).where(eq(users.id, userId));
}

/** Revokes every other session of a user (after a password change). */
export async function revokeOtherSessions(tx: Tx, userId: string, keepSessionId: string) {
  await tx
    .update(sessions)
    .set({ revokedAt: new Date() })
    .where(
      and(eq(sessions.userId, userId), isNull(sessions.revokedAt), sql`${sessions.id} <> ${keepSessionId}`),
    );
}
