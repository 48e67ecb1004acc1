import { randomUUID } from 'node:crypto';
import type { ReferralBasis } from '@tsunagu/contracts/referrals';
import type { TenantSettings } from '@tsunagu/contracts/settings';
import { recordAudit } from '../../platform/audit/audit';
import type { UserActor } from '../../platform/auth/actor';
import type { Tx } from '../../platform/db/database';
import type { MailMessage } from '../../platform/mail/mail';
import { insertLiveLink } from '../households/households.repository';
import { type Destination, EMERGENCY_LINK_DAYS, tenantSettings } from './referral-basis';
import { referralDeadlines } from './referral-deadlines';
import { notify } from './referral-notify';
import * as repo from './referrals.repository';

export type OpenReferral = {
  householdId: string;
  personId: string;
  reason: string;
  basis: ReferralBasis;
  emergencyReason: string | null;
  /** The referral this one continues (a hand-on), or null for a new chain. */
  parent: { id: string; chainId: string; hop: number; chainStartedAt: Date } | null;
};

/**
 * Sends one referral in the actor's transaction: the row, its first history entry, the receiving
 * agency's live link to the household (through the access policy, limited by the consent: a
 * withdrawal ends it; an emergency opens it for 14 days), the receiver's notifications and the audit.
 */
export async function openReferral(
  tx: Tx,
  actor: UserActor,
  input: OpenReferral,
  to: Destination,
  settings: TenantSettings,
  now: Date,
  id: string = randomUUID(),
): Promise<{ id: string; mails: MailMessage[] }> {
  const chainId = input.parent?.chainId ?? id;
  await repo.insertReferral(tx, {
    id,
    tenantId: actor.tenantId,
    chainId,
    parentId: input.parent?.id ?? null,
    hop: input.parent ? input.parent.hop + 1 : 0,
    householdId: input.householdId,
    personId: input.personId,
    fromAgencyId: actor.agencyId!,
    toAgencyId: to.id,
    reason: input.reason.trim(),
    basis: input.basis,
    consentId: to.consentId,
    emergencyReason: input.basis === 'emergency' ? (input.emergencyReason?.trim() ?? null) : null,
    state: 'sent',
    sentAt: now,
    chainStartedAt: input.parent?.chainStartedAt ?? now,
    ...referralDeadlines(now, settings),
    createdBy: actor.userId,
  });
  await repo.insertEvent(tx, {
    tenantId: actor.tenantId,
    referralId: id,
    chainId,
    at: now,
    action: 'send',
    fromState: null,
    toState: 'sent',
    actorUserId: actor.userId,
    agencyId: actor.agencyId,
    // A hand-on's reason is the next receiver's first line of the history too.
    note: input.parent ? input.reason.trim() : null,
  });
  await insertLiveLink(tx, {
    id: randomUUID(),
    tenantId: actor.tenantId,
    householdId: input.householdId,
    agencyId: to.id,
    basis: 'referral',
    sourceType: 'referral',
    sourceId: id,
    validUntil:
      input.basis === 'emergency' ? new Date(now.getTime() + EMERGENCY_LINK_DAYS * 86_400_000) : null,
    createdBy: actor.userId,
  });
  await recordAudit(tx, actor, {
    action: 'referral.sent',
    entityType: 'referral',
    entityId: id,
    payload: { basis: input.basis, to: to.id, parentId: input.parent?.id ?? null },
  });
  const mails = await notify(tx, actor.tenantId, 'referral_received', id, { agencyIds: [to.id] });
  return { id, mails };
}

/** Opens the household of an escalated referral to the tenant's coordinator desk, if one is set. */
export async function linkCoordinatorDesk(
  tx: Tx,
  tenantId: string,
  r: repo.ReferralRow,
  createdBy: string | null,
) {
  const desk = (await tenantSettings(tx, tenantId)).coordinatorAgencyId;
  if (!desk) return;
  await insertLiveLink(tx, {
    id: randomUUID(),
    tenantId,
    householdId: r.householdId,
    agencyId: desk,
    basis: 'referral',
    sourceType: 'referral',
    sourceId: r.id,
    createdBy,
  });
}
