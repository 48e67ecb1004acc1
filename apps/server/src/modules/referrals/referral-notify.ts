import { randomUUID } from 'node:crypto';
import type { NotificationKind } from '@tsunagu/contracts/referrals';
import { NOTIFICATION_KIND_LABELS } from '@tsunagu/contracts/referrals';
import { and, inArray, isNotNull, isNull, or, sql } from 'drizzle-orm';
import { notifications, users } from '../../db/schema';
import { textArray } from '../../platform/db/array-params';
import type { Tx } from '../../platform/db/database';
import type { MailMessage, MailSender } from '../../platform/mail/mail';
import { REFERRAL_HANDLERS } from './referrals.policy';

/**
 * Who is told: the users of these agencies who handle referrals (front-line roles: others cannot
 * open one), and the tenant's coordinators when `coordinators`.
 */
export type Audience = { agencyIds: string[]; coordinators?: boolean; exceptUserId?: string | null };

/** Accounts with a role that acts on a referral its agency receives (front-line roles). */
const handlesReferrals = () => sql`${users.roles} && ${textArray(REFERRAL_HANDLERS)}`;

/** The tenant's agencies with at least one account, not disabled, that can accept a referral sent to them. */
export async function receivingAgencyIds(tx: Tx, tenantId: string): Promise<string[]> {
  const rows = await tx
    .selectDistinct({ agencyId: users.agencyId })
    .from(users)
    .where(
      and(
        sql`${users.tenantId} = ${tenantId}`,
        isNull(users.disabledAt),
        isNotNull(users.agencyId),
        handlesReferrals(),
      ),
    );
  return rows.flatMap((r) => (r.agencyId ? [r.agencyId] : []));
}

/**
 * Writes one in-app notification per user of the audience, in the caller's transaction, and returns
 * the e-mails to send once it commits. Neither carries personal data: what happened, and a link.
 */
export async function notify(
  tx: Tx,
  tenantId: string,
  kind: NotificationKind,
  referralId: string,
  audience: Audience,
): Promise<MailMessage[]> {
  const who = [
    audience.agencyIds.length
      ? and(inArray(users.agencyId, audience.agencyIds), handlesReferrals())
      : undefined,
    audience.coordinators ? sql`'coordinator' = any(${users.roles})` : undefined,
  ].filter((c) => c !== undefined);
  if (!who.length) return [];
  const recipients = await tx
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(and(sql`${users.tenantId} = ${tenantId}`, isNull(users.disabledAt), or(...who)));
  const targets = recipients.filter((u) => u.id !== audience.exceptUserId);
  if (!targets.length) return [];
  await tx
    .insert(notifications)
    .values(targets.map((u) => ({ id: randomUUID(), tenantId, userId: u.id, kind, referralId })));
  const label = NOTIFICATION_KIND_LABELS[kind];
  return targets.map((u) => ({
    to: u.email,
    subject: `【つなぐ】${label.ja}`,
    text: `${label.ja}\n${label.en}\n\n/staff/referrals/${referralId}\n`,
  }));
}

/** Sends the e-mails after the transaction committed; a failed mail never undoes the referral. */
export async function deliver(mail: MailSender, messages: MailMessage[]): Promise<void> {
  for (const m of messages) await mail.send(m).catch(() => {});
}
