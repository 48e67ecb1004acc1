import type { Role } from '@tsunagu/contracts';
import { type Me, passwordSchema } from '@tsunagu/contracts/auth';
import { tenantSettingsSchema } from '@tsunagu/contracts/settings';
import { recordAudit, type SystemActor } from '../../platform/audit/audit';
import { hasRole, type UserActor } from '../../platform/auth/actor';
import { DUMMY_HASH_PROMISE, hashPassword, verifyPassword } from '../../platform/auth/passwords';
import { newToken, tokenHash } from '../../platform/auth/tokens';
import type { Db } from '../../platform/db/database';
import { runAs, runAsSystem } from '../../platform/db/scope';
import { AppError, assertThat } from '../../platform/errors';
import { findTenant } from '../settings/settings.repository';
import * as repo from './auth.repository';

/** A session as resolved from its cookie token. */
export type ResolvedSession = { actor: UserActor; me: Me };

/**
 * Signs in with e-mail and password. Counts failures in the database (shared by every server
 * process) and locks the account for a while after too many; the answer never tells whether the
 * e-mail exists.
 */
export async function login(
  db: Db,
  input: { email: string; password: string; userAgent: string | null; ip: string | undefined },
): Promise<{ token: string; resolved: ResolvedSession }> {
  const now = new Date();
  const outcome = await runAsSystem(db, async (tx) => {
    const user = await repo.findUserByEmail(tx, input.email);
    if (!user || user.disabledAt) {
      await verifyPassword(await DUMMY_HASH_PROMISE, input.password);
      return { error: 'invalid_credentials' as const };
    }
    const tenantRow = await findTenant(tx, user.tenantId);
    const settings = tenantSettingsSchema.parse(tenantRow?.settings ?? {});
    const system: SystemActor = { kind: 'system', tenantId: user.tenantId };
    if (user.lockedUntil && user.lockedUntil > now) {
      await recordAudit(tx, system, {
        action: 'auth.login_failed',
        entityType: 'user',
        entityId: user.id,
        payload: { reason: 'locked' },
      });
      return { error: 'account_locked' as const };
    }
    if (!(await verifyPassword(user.passwordHash, input.password))) {
      const lockUntil = new Date(now.getTime() + settings.loginLockMinutes * 60_000);
      const after = await repo.registerFailure(tx, user.id, settings.loginMaxFailures, lockUntil);
      await recordAudit(tx, system, {
        action: 'auth.login_failed',
        entityType: 'user',
        entityId: user.id,
        payload: { reason: 'password' },
      });
      if (after?.lockedUntil && after.lockedUntil > now) {
        await recordAudit(tx, system, {
          action: 'auth.locked',
          entityType: 'user',
          entityId: user.id,
          payload: { until: after.lockedUntil.toISOString() },
        });
      }
      return { error: 'invalid_credentials' as const };
    }
    await repo.clearFailures(tx, user.id);
    const token = newToken();
    const sessionId = await repo.insertSession(tx, {
      tenantId: user.tenantId,
      userId: user.id,
      tokenHash: tokenHash(token),
      csrfToken: newToken(),
      userAgent: input.userAgent?.slice(0, 300) ?? null,
      expiresAt: new Date(now.getTime() + settings.sessionHours * 3_600_000),
    });
    await recordAudit(
      tx,
      { ...system, userId: user.id, agencyId: user.agencyId },
      {
        action: 'auth.login',
        entityType: 'user',
        entityId: user.id,
        payload: { sessionId },
      },
    );
    return { token, error: undefined };
  });
  // Failures commit their counters and audit rows before the error is thrown.
  if (outcome.error) throw new AppError(outcome.error);
  const resolved = await resolveSession(db, outcome.token, input.ip);
  assertThat(resolved, 'internal');
  return { token: outcome.token, resolved };
}

/** The actor and profile for a session cookie token, or undefined when absent, expired or revoked. */
export async function resolveSession(
  db: Db,
  token: string,
  ip?: string,
): Promise<ResolvedSession | undefined> {
  // One statement outside a transaction: every API request runs it, so it is the read and the
  // "last seen" mark (at most once a minute) in a single round trip.
  const row = await repo.findLiveSessionAndTouch(db, tokenHash(token), new Date());
  if (!row) return undefined;
  const roles = row.roles as Role[];
  const actor: UserActor = {
    kind: 'user',
    tenantId: row.tenantId,
    userId: row.userId,
    sessionId: row.sessionId,
    agencyId: row.agencyId,
    divisionCode: row.divisionCode,
    roles,
    ip,
  };
  const me: Me = {
    user: {
      id: row.userId,
      email: row.email,
      displayName: row.displayName,
      roles,
      agencyId: row.agencyId,
      agencyName: row.agencyName,
      divisionCode: row.divisionCode,
      locale: row.locale === 'en' ? 'en' : 'ja',
    },
    tenant: { slug: row.tenantSlug, name: row.tenantName, nameEn: row.tenantNameEn },
    csrfToken: row.csrfToken,
  };
  return { actor, me };
}

/** Ends the actor's own session. */
export async function logout(db: Db, actor: UserActor): Promise<void> {
  await runAs(db, actor, async (tx) => {
    await repo.revokeSession(tx, actor.sessionId);
    await recordAudit(tx, actor, {
      action: 'auth.logout',
      entityType: 'session',
      entityId: actor.sessionId,
      payload: {},
    });
  });
}

/** Changes the actor's password after checking the current one; other sessions are signed out. */
export async function changePassword(db: Db, actor: UserActor, currentPassword: string, newPassword: string) {
  const parsed = passwordSchema.safeParse(newPassword);
  if (!parsed.success) {
    throw new AppError(
      'weak_password',
      undefined,
      parsed.error.issues.map((i) => ({ path: 'newPassword', message: i.message })),
    );
  }
  // The hash is not readable through the application role: the check reads it as the system.
  const user = await runAsSystem(db, (tx) => repo.findUserById(tx, actor.userId));
  assertThat(user, 'not_found');
  assertThat(await verifyPassword(user.passwordHash, currentPassword), 'invalid_credentials');
  const localPart = user.email.split('@')[0]!.toLowerCase();
  if (newPassword.toLowerCase().includes(localPart)) {
    throw new AppError('weak_password', undefined, [
      {
        path: 'newPassword',
        message: 'メールアドレスを含めないでください / must not contain the e-mail name',
      },
    ]);
  }
  const newHash = await hashPassword(newPassword);
  await runAs(db, actor, async (tx) => {
    await repo.setPassword(tx, actor.userId, newHash);
    await repo.revokeOtherSessions(tx, actor.userId, actor.sessionId);
    await recordAudit(tx, actor, {
      action: 'auth.password_changed',
      entityType: 'user',
      entityId: actor.userId,
      payload: {},
    });
  });
}

/** Live sessions of the tenant, for admins (row-level security also limits others to their own). */
export async function listSessions(db: Db, actor: UserActor) {
  assertThat(hasRole(actor, 'admin'), 'forbidden');
  const rows = await runAs(db, actor, (tx) => repo.listLiveSessions(tx, new Date()));
  return rows.map((r) => ({
    id: r.session.id,
    userId: r.session.userId,
    userEmail: r.email,
    userDisplayName: r.displayName,
    userAgent: r.session.userAgent,
    createdAt: r.session.createdAt.toISOString(),
    lastSeenAt: r.session.lastSeenAt.toISOString(),
    expiresAt: r.session.expiresAt.toISOString(),
    current: r.session.id === actor.sessionId,
  }));
}

/** Revokes a session; a session the actor may not see is not found. */
export async function revokeSession(db: Db, actor: UserActor, sessionId: string) {
  assertThat(hasRole(actor, 'admin'), 'forbidden');
  await runAs(db, actor, async (tx) => {
    const revoked = await repo.revokeSession(tx, sessionId);
    assertThat(revoked, 'not_found');
    await recordAudit(tx, actor, {
      action: 'session.revoked',
      entityType: 'session',
      entityId: sessionId,
      payload: { userId: revoked.userId },
    });
  });
}
