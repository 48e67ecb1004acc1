import type { AuditQuery } from '@tsunagu/contracts/audit';
import { recordAudit } from '../../platform/audit/audit';
import { sealAuditChain, verifyAuditChain } from '../../platform/audit/chain';
import { hasRole, type UserActor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { runAs } from '../../platform/db/scope';
import { assertThat } from '../../platform/errors';
import * as repo from './audit.repository';

/** Audit events for the auditor's page. Reading the log is itself logged. */
export async function listAuditEvents(db: Db, actor: UserActor, q: AuditQuery) {
  assertThat(hasRole(actor, 'auditor', 'admin'), 'forbidden');
  return runAs(db, actor, async (tx) => {
    const page = await repo.listAuditEvents(tx, q);
    const { limit: _l, offset: _o, ...filters } = q;
    await recordAudit(tx, actor, {
      action: 'audit.viewed',
      entityType: 'audit_log',
      entityId: null,
      payload: { filters },
    });
    return {
      total: page.total,
      items: page.items.map((r) => ({
        id: r.event.id,
        occurredAt: r.occurredAtIso,
        actorUserId: r.event.actorUserId,
        actorName: r.actorName,
        actorAgencyId: r.event.actorAgencyId,
        action: r.event.action,
        entityType: r.event.entityType,
        entityId: r.event.entityId,
        payload: r.event.payload,
        sealed: Boolean(r.sealed),
      })),
    };
  });
}

/** Seals what is pending, then checks the tenant's whole chain. */
export async function verifyAudit(db: Db, actor: UserActor) {
  assertThat(hasRole(actor, 'auditor', 'admin'), 'forbidden');
  await sealAuditChain(db);
  const result = await verifyAuditChain(db, actor.tenantId);
  await runAs(db, actor, (tx) =>
    recordAudit(tx, actor, {
      action: 'audit.verified',
      entityType: 'audit_log',
      entityId: null,
      payload: { ok: result.ok, checked: result.checked },
    }),
  );
  return result;
}
