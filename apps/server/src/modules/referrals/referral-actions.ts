import { randomUUID } from 'node:crypto';
import type { NotificationKind, ReferralAction, ReferralState } from '@tsunagu/contracts/referrals';
import {
  BOUNCING_HOPS,
  canTransition,
  REFERRAL_STATE_LABELS,
  REFERRAL_TRANSITIONS,
  type referralCompleteSchema,
  type referralEscalateSchema,
  type referralHandOnSchema,
} from '@tsunagu/contracts/referrals';
import { and, eq, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import { liveLinks } from '../../db/schema';
import { recordAudit } from '../../platform/audit/audit';
import type { UserActor } from '../../platform/auth/actor';
import type { Db, Tx } from '../../platform/db/database';
import { runAs } from '../../platform/db/scope';
import { AppError, assertThat } from '../../platform/errors';
import type { MailMessage, MailSender } from '../../platform/mail/mail';
import { checkDestinations, tenantSettings } from './referral-basis';
import { deliver, notify } from './referral-notify';
import { linkCoordinatorDesk, openReferral } from './referral-open';
import { sweepReferrals } from './referral-sweep';
import { canHandleReferrals } from './referrals.policy';
import * as repo from './referrals.repository';

/** After handing on, the agency keeps its referral link this long to answer the next one's questions. */
const HANDED_ON_LINK_DAYS = 14;

type Step = {
  set: Parameters<typeof repo.transition>[4];
  note: string | null;
  /** Work in the same transaction once the state has moved; returns the e-mails to send. */
  after?: (tx: Tx, moved: repo.ReferralRow) => Promise<MailMessage[]>;
  /** Who else in the chain hears of it. */
  notice?: NotificationKind;
};

/**
 * The one way a referral changes state. Only the receiving agency acts; a transition not allowed from
 * the current state is a 409 naming that state; a stale version is a 409 too. The state check and the
 * change are one UPDATE, so two people accepting at once cannot both succeed.
 */
async function move(
  db: Db,
  mail: MailSender,
  actor: UserActor,
  id: string,
  action: ReferralAction,
  version: number,
  step: (tx: Tx, r: repo.ReferralRow) => Promise<Step>,
) {
  const mails = await runAs(db, actor, async (tx) => {
    const row = await repo.findListed(tx, id);
    assertThat(row, 'not_found');
    const r = row.referral;
    assertThat(canHandleReferrals(actor) && r.toAgencyId === actor.agencyId, 'forbidden');
    const state = r.state as ReferralState;
    if (!canTransition(state, action)) throw invalidTransition(state, action);
    if (r.version !== version) throw new AppError('version_conflict');
    const s = await step(tx, r);
    const moved = await repo.transition(tx, id, REFERRAL_TRANSITIONS[action].from, version, {
      ...s.set,
      state: REFERRAL_TRANSITIONS[action].to,
    });
    if (!moved) throw new AppError('version_conflict');
    await repo.insertEvent(tx, {
      tenantId: actor.tenantId,
      referralId: id,
      chainId: r.chainId,
      action,
      fromState: state,
      toState: moved.state,
      actorUserId: actor.userId,
      agencyId: actor.agencyId,
      note: s.note,
    });
    await recordAudit(tx, actor, {
      action: 'referral.changed',
      entityType: 'referral',
      entityId: id,
      payload: { action, from: state, to: moved.state },
    });
    // The chain as it was: the agency a hand-on goes to hears of it once, as a new referral.
    const others = (await repo.chainAgencyIds(tx, r.chainId)).filter((a) => a !== actor.agencyId);
    const out = (await s.after?.(tx, moved)) ?? [];
    if (s.notice) {
      out.push(
        ...(await notify(tx, actor.tenantId, s.notice, id, {
          agencyIds: others,
          coordinators: s.notice === 'referral_escalated',
          exceptUserId: actor.userId,
        })),
      );
    }
    return out;
  });
  await deliver(mail, mails);
}

function invalidTransition(state: ReferralState, action: ReferralAction) {
  const label = REFERRAL_STATE_LABELS[state];
  return new AppError('invalid_transition', { state, action }, undefined, {
    ja: `この紹介は「${label.ja}」の状態のため、この操作はできません。画面を再読み込みしてください。`,
    en: `This referral is "${label.en}", so that cannot be done now. Reload the page.`,
  });
}

/** 受け入れ: the receiving agency owns the person's support from now on. */
export function acceptReferral(db: Db, mail: MailSender, actor: UserActor, id: string, version: number) {
  const now = new Date();
  return move(db, mail, actor, id, 'accept', version, async (_tx, r) => ({
    set: { acceptedAt: now, receivedAt: r.receivedAt ?? now },
    note: null,
    notice: 'referral_accepted',
  }));
}

/** 支援開始. */
export function startReferral(db: Db, mail: MailSender, actor: UserActor, id: string, version: number) {
  return move(db, mail, actor, id, 'start', version, async () => ({
    set: { startedAt: new Date() },
    note: null,
  }));
}

/** 完了, with how it ended for the person. */
export function completeReferral(
  db: Db,
  mail: MailSender,
  actor: UserActor,
  id: string,
  input: z.infer<typeof referralCompleteSchema>,
) {
  const note = input.note?.trim() || null;
  return move(db, mail, actor, id, 'complete', input.version, async () => ({
    set: { closedAt: new Date(), outcome: input.outcome, outcomeNote: note },
    note,
    notice: 'referral_completed',
  }));
}

/**
 * 他の機関へつなぐ: instead of refusing, the receiver names the next agency and why. This referral
 * closes as handed on and the next one in the chain opens (one more hop), under the same legal-basis
 * check; an agency the chain already passed through cannot be chosen (no bouncing back). The
 * handing-on agency keeps its referral link for 14 days, then loses it.
 */
export function handOnReferral(
  db: Db,
  mail: MailSender,
  actor: UserActor,
  id: string,
  input: z.infer<typeof referralHandOnSchema>,
) {
  const now = new Date();
  let nextId = '';
  let nextHop = 0;
  return move(db, mail, actor, id, 'hand_on', input.version, async (tx, r) => {
    nextHop = r.hop + 1;
    const excluded = await repo.chainAgencyIds(tx, r.chainId);
    const [to] = await checkDestinations(
      tx,
      { personId: r.personId!, basis: input.basis, fromAgencyId: actor.agencyId!, excluded },
      [input.toAgencyId],
    );
    const settings = await tenantSettings(tx, actor.tenantId);
    nextId = randomUUID();
    return {
      set: { closedAt: now, receivedAt: r.receivedAt ?? now, nextReferralId: nextId },
      note: input.reason.trim(),
      notice: 'referral_handed_on',
      after: async (tx2, moved) => {
        await tx2
          .update(liveLinks)
          .set({ validUntil: new Date(now.getTime() + HANDED_ON_LINK_DAYS * 86_400_000) })
          .where(
            and(
              eq(liveLinks.sourceType, 'referral'),
              eq(liveLinks.sourceId, id),
              eq(liveLinks.agencyId, actor.agencyId!),
              isNull(liveLinks.revokedAt),
            ),
          );
        const opened = await openReferral(
          tx2,
          actor,
          {
            householdId: moved.householdId,
            personId: moved.personId!,
            reason: input.reason,
            basis: input.basis,
            emergencyReason: input.emergencyReason,
            parent: { id, chainId: moved.chainId, hop: moved.hop, chainStartedAt: moved.chainStartedAt },
          },
          to!,
          settings,
          now,
          nextId,
        );
        return opened.mails;
      },
    };
  }).then(async () => {
    // The bouncing alarm's hop rule answers at once rather than at the sweep's next round.
    if (nextHop >= BOUNCING_HOPS) await sweepReferrals(db, mail);
    return { nextReferralId: nextId };
  });
}

/** 推進員へエスカレーション: the coordinator takes it over; the coordinator desk gets a link to the household. */
export function escalateReferral(
  db: Db,
  mail: MailSender,
  actor: UserActor,
  id: string,
  input: z.infer<typeof referralEscalateSchema>,
) {
  const now = new Date();
  const note = input.note?.trim() || null;
  return move(db, mail, actor, id, 'escalate', input.version, async (_tx, r) => ({
    set: {
      closedAt: now,
      receivedAt: r.receivedAt ?? now,
      escalationReason: input.reason,
      escalationNote: note,
    },
    note,
    notice: 'referral_escalated',
    after: async (tx2, moved) => {
      await linkCoordinatorDesk(tx2, actor.tenantId, moved, actor.userId);
      return [];
    },
  }));
}
