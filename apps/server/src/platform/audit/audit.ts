import { auditEvents } from '../../db/schema';
import type { Actor } from '../auth/actor';
import type { Tx } from '../db/database';
import type { AuditEvent } from './events';

/** The system acting (sign-in, scheduled jobs), optionally on behalf of a known user. */
export type SystemActor = { kind: 'system'; tenantId: string; userId?: string; agencyId?: string | null };

/**
 * Appends an audit event inside the caller's transaction, so the change and its record commit or
 * roll back together. Only an insert: the hash chain is sealed later, so writers never queue.
 */
export async function recordAudit(tx: Tx, actor: Actor | SystemActor, event: AuditEvent) {
  await tx.insert(auditEvents).values({
    tenantId: actor.tenantId,
    actorUserId: actor.kind === 'public' ? null : (actor.userId ?? null),
    actorAgencyId: actor.kind === 'public' ? null : (actor.agencyId ?? null),
    action: event.action,
    entityType: event.entityType,
    entityId: event.entityId,
    payload: event.payload,
    ip: 'ip' in actor && actor.ip ? actor.ip : null,
  });
}
