import { randomUUID } from 'node:crypto';
import type { EmergencyAccessRequest } from '@tsunagu/contracts/households';
import { recordAudit } from '../../platform/audit/audit';
import type { UserActor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { runAs, runAsSystem } from '../../platform/db/scope';
import { assertThat } from '../../platform/errors';
import { insertLiveLink } from '../households/households.repository';
import { nameKey } from '../households/person-keys';
import { canRecordIntake } from '../intakes/intakes.policy';
import { EMERGENCY_LINK_DAYS } from '../referrals/referral-basis';
import * as repo from './emergency.repository';

/** How long an emergency access lasts before the agency must go through the normal routes. */
const EMERGENCY_HOURS = 24;

/**
 * Opens the households of an exactly identified person to the actor's agency for 24 hours, with the
 * written reason recorded, flagged for admins and audited. Unknown persons are 404.
 */
export async function openEmergencyAccess(db: Db, actor: UserActor, input: EmergencyAccessRequest) {
  assertThat(canRecordIntake(actor), 'forbidden');
  const key = nameKey(input);
  const householdIds = await runAsSystem(db, (tx) =>
    repo.exactMatchHouseholds(tx, actor.tenantId, key, input.birthDate),
  );
  assertThat(householdIds.length > 0, 'not_found');
  const id = randomUUID();
  const expiresAt = new Date(Date.now() + EMERGENCY_HOURS * 3_600_000);
  await runAs(db, actor, async (tx) => {
    await repo.insertEmergencyAccess(tx, {
      id,
      tenantId: actor.tenantId,
      agencyId: actor.agencyId!,
      userId: actor.userId,
      reason: input.reason.trim(),
      householdIds,
      expiresAt,
    });
    for (const householdId of householdIds) {
      await insertLiveLink(tx, {
        id: randomUUID(),
        tenantId: actor.tenantId,
        householdId,
        agencyId: actor.agencyId!,
        basis: 'emergency',
        sourceType: 'emergency_access',
        sourceId: id,
        validUntil: expiresAt,
        createdBy: actor.userId,
      });
    }
    await recordAudit(tx, actor, {
      action: 'emergency.accessed',
      entityType: 'emergency_access',
      entityId: id,
      payload: { households: householdIds.length },
    });
  });
  return { id, householdIds, expiresAt: expiresAt.toISOString() };
}

/**
 * The admins' list of emergency accesses and of referrals sent on an emergency basis, newest first
 * (an agency sees its own accesses).
 */
export async function listEmergencyAccesses(db: Db, actor: UserActor) {
  assertThat(actor.roles.includes('admin') || actor.agencyId !== null, 'forbidden');
  const rows = await runAs(db, actor, (tx) => repo.listEmergencyAccesses(tx));
  const accesses = rows.map((r) => ({
    id: r.access.id,
    kind: 'access' as const,
    agencyName: r.agencyName,
    toAgencyName: null,
    userName: r.userName,
    reason: r.access.reason,
    households: r.access.householdIds.length,
    createdAt: r.access.createdAt.toISOString(),
    expiresAt: r.access.expiresAt.toISOString(),
  }));
  if (!actor.roles.includes('admin')) return accesses;
  const sent = await runAsSystem(db, (tx) => repo.listEmergencyReferrals(tx, actor.tenantId));
  const referrals = sent.map((r) => ({
    id: r.id,
    kind: 'referral' as const,
    agencyName: r.fromAgencyName,
    toAgencyName: r.toAgencyName,
    userName: r.userName,
    reason: r.reason ?? '',
    households: 1,
    createdAt: r.sentAt.toISOString(),
    expiresAt: new Date(r.sentAt.getTime() + EMERGENCY_LINK_DAYS * 86_400_000).toISOString(),
  }));
  return [...accesses, ...referrals].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}
