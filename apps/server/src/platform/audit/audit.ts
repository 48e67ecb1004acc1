import { auditEvents } from '../../db/schema';
import type { Actor } from '../auth/actor';
import type { Tx } from '../db/database';
import type { AuditEvent } from './events';

/**
 * Appends an audit event inside the caller's transaction, so the change and its record commit or
 * roll back together. Only an insert: the hash chain is sealed later, so writers never queue.
 */
export async function recordAudit(
  tx: Tx,
  actor: Actor | { kind: 'system'; tenantId: string },
  event: AuditEvent,
) {
  await tx.insert(auditEvents).values({
    tenantId: actor.tenantId,
    actorUserId: actor.kind === 'user' ? actor.userId : null,
    actorAgencyId: actor.kind === 'user' ? actor.agencyId : null,
    action: event.action,
    entityType: event.entityType,
    entityId: event.entityId,
    payload: event.payload,
    ip: 'ip' in actor && actor.ip ? actor.ip : null,
  });
}
