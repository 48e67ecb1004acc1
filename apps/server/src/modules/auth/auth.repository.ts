import { and, desc, eq, gt, isNull, sql } from 'drizzle-orm';
import { sessions, users } from '../../db/schema';
import { type Db, queryRows, type Tx } from '../../platform/db/database';

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

/** A live session with what a request needs of its user, agency and tenant. */
export type LiveSessionRow = {
  sessionId: string;
  csrfToken: string;
  userId: string;
  tenantId: string;
  email: string;
  displayName: string;
  roles: string[];
  agencyId: string | null;
  divisionCode: string | null;
  locale: string;
  agencyName: string | null;
  tenantSlug: string;
  tenantName: string;
  tenantNameEn: string;
};

/**
 * The live session for a token hash (not revoked, not expired, its user not disabled) with its user,
 * agency and tenant; and, in the same statement, marks it seen — at most once a minute, so that most
 * reads write nothing. As the schema owner: a session is resolved before there is an actor.
 */
export async function findLiveSessionAndTouch(
  db: Db,
  hash: string,
  now: Date,
): Promise<LiveSessionRow | undefined> {
  const at = now.toISOString();
  const rows = await queryRows<LiveSessionRow>(
    db,
    sql`with live as (
      select s.id as "sessionId", s.csrf_token as "csrfToken", u.id as "userId",
        u.tenant_id as "tenantId", u.email, u.display_name as "displayName", u.roles,
        u.agency_id as "agencyId", u.division_code as "divisionCode", u.locale,
        a.name as "agencyName", t.slug as "tenantSlug", t.name as "tenantName", t.name_en as "tenantNameEn"
      from sessions s
        join users u on u.id = s.user_id
        join tenants t on t.id = s.tenant_id
        left join agencies a on a.id = u.agency_id
      where s.token_hash = ${hash} and s.revoked_at is null and s.expires_at > ${at}::timestamptz
        and u.disabled_at is null
      limit 1
    ), touched as (
      update sessions set last_seen_at = ${at}::timestamptz
      where id = (select "sessionId" from live) and last_seen_at < ${at}::timestamptz - interval '1 minute'
    )
    select "sessionId", "csrfToken", "userId", "tenantId", email, "displayName", roles, "agencyId",
      "divisionCode", locale, "agencyName", "tenantSlug", "tenantName", "tenantNameEn" from live`,
  );
  return rows[0];
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
