import { BOUNCING_HOPS, BOUNCING_OWNERLESS_DAYS } from '@tsunagu/contracts/referrals';
import { toIsoDate } from '@tsunagu/japan';
import { and, inArray, isNull, lt, or, type SQL, sql } from 'drizzle-orm';
import { referrals } from '../../db/schema';
import { recordAudit } from '../../platform/audit/audit';
import { type Db, queryRows, type Tx } from '../../platform/db/database';
import { runAsSystem } from '../../platform/db/scope';
import type { MailMessage, MailSender } from '../../platform/mail/mail';
import { deliver, notify } from './referral-notify';
import { linkCoordinatorDesk } from './referral-open';
import * as repo from './referrals.repository';

/** An advisory-lock key of its own: one sweeper at a time across every server process. */
const SWEEP_LOCK = 74202;

const ownerless = inArray(referrals.state, ['sent', 'received']);

/**
 * Escalates what has waited too long without an owner, and tells senders and coordinators when an
 * accept deadline passes. Bouncing first (SPEC M3: ≥ 3 hand-ons without acceptance, or 14 days since
 * the chain began without an owner), then the accept deadline + M business days. Safe with several
 * server processes: one holds the advisory lock per round, and each escalation is a conditional
 * UPDATE of a row still ownerless, so a referral is escalated once however many sweepers run.
 */
export async function sweepReferrals(db: Db, mail: MailSender, now = new Date()) {
  const today = toIsoDate(now);
  const bouncingSince = new Date(now.getTime() - BOUNCING_OWNERLESS_DAYS * 86_400_000);
  const result = await runAsSystem(db, async (tx) => {
    const [lock] = await queryRows<{ ok: boolean }>(
      tx,
      sql`select pg_try_advisory_xact_lock(${SWEEP_LOCK}) as ok`,
    );
    if (!lock?.ok) return { escalated: 0, overdueNotified: 0, mails: [] as MailMessage[] };
    const mails: MailMessage[] = [];
    const bouncing = await escalate(
      tx,
      or(sql`${referrals.hop} >= ${BOUNCING_HOPS}`, lt(referrals.chainStartedAt, bouncingSince))!,
      'bouncing',
      now,
      mails,
    );
    const overdue = await escalate(tx, lt(referrals.escalateDueOn, today), 'overdue', now, mails);
    const late = await tx
      .update(referrals)
      .set({ overdueNotifiedAt: now })
      .where(and(ownerless, lt(referrals.acceptDueOn, today), isNull(referrals.overdueNotifiedAt)))
      .returning();
    for (const r of late) {
      mails.push(
        ...(await notify(tx, r.tenantId, 'referral_overdue', r.id, {
          agencyIds: [r.fromAgencyId, r.toAgencyId],
          coordinators: true,
        })),
      );
    }
    return { escalated: bouncing + overdue, overdueNotified: late.length, mails };
  });
  await deliver(mail, result.mails);
  return { escalated: result.escalated, overdueNotified: result.overdueNotified };
}

async function escalate(
  tx: Tx,
  condition: SQL,
  reason: 'bouncing' | 'overdue',
  now: Date,
  mails: MailMessage[],
): Promise<number> {
  const moved = await tx
    .update(referrals)
    .set({
      state: 'escalated',
      escalationReason: reason,
      escalatedAutomatically: true,
      closedAt: now,
      version: sql`${referrals.version} + 1`,
    })
    .where(and(ownerless, condition))
    .returning();
  for (const r of moved) {
    await repo.insertEvent(tx, {
      tenantId: r.tenantId,
      referralId: r.id,
      chainId: r.chainId,
      at: now,
      action: 'auto_escalate',
      fromState: r.receivedAt ? 'received' : 'sent',
      toState: 'escalated',
      actorUserId: null,
      agencyId: null,
      note: null,
    });
    await linkCoordinatorDesk(tx, r.tenantId, r, null);
    await recordAudit(
      tx,
      { kind: 'system', tenantId: r.tenantId },
      {
        action: 'referral.auto_escalated',
        entityType: 'referral',
        entityId: r.id,
        payload: { reason },
      },
    );
    const agencies = await repo.chainAgencyIds(tx, r.chainId);
    mails.push(
      ...(await notify(tx, r.tenantId, 'referral_escalated', r.id, {
        agencyIds: agencies,
        coordinators: true,
      })),
    );
  }
  return moved.length;
}
