import type {
  ReferralCounts,
  ReferralCreate,
  ReferralDetail,
  ReferralEvent,
  ReferralListQuery,
  ReferralReceivers,
  ReferralState,
} from '@tsunagu/contracts/referrals';
import { REFERRAL_ACTIONS, REFERRAL_TRANSITIONS } from '@tsunagu/contracts/referrals';
import { toIsoDate } from '@tsunagu/japan';
import { recordAudit } from '../../platform/audit/audit';
import type { UserActor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { runAs, runAsSystem } from '../../platform/db/scope';
import { AppError, assertThat } from '../../platform/errors';
import type { MailSender } from '../../platform/mail/mail';
import { findHousehold, linkBases, listMembers } from '../households/households.repository';
import { countUnread } from '../notifications/notifications.service';
import { checkDestinations, tenantSettings } from './referral-basis';
import { deliver, receivingAgencyIds } from './referral-notify';
import { openReferral } from './referral-open';
import { canHandleReferrals, canSeeCoordinatorQueue } from './referrals.policy';
import { presentSummary } from './referrals.present';
import * as repo from './referrals.repository';

/**
 * Sends the household to one or more agencies, one referral each, all or none: the household must be
 * visible to the actor's agency, the person one of its members, and each destination covered by the
 * person's consent unless an emergency is stated (else 422 naming the agencies not covered).
 */
export async function sendReferrals(db: Db, mail: MailSender, actor: UserActor, input: ReferralCreate) {
  assertThat(canHandleReferrals(actor), 'forbidden');
  const now = new Date();
  const { ids, mails } = await runAs(db, actor, async (tx) => {
    assertThat(await findHousehold(tx, input.householdId), 'not_found');
    const members = await listMembers(tx, input.householdId);
    if (!members.some((m) => m.person.id === input.personId))
      throw new AppError('validation_failed', undefined, [
        { path: 'personId', message: 'この世帯の世帯員を選んでください / choose a member of this household' },
      ]);
    const settings = await tenantSettings(tx, actor.tenantId);
    const destinations = await checkDestinations(
      tx,
      { personId: input.personId, basis: input.basis, fromAgencyId: actor.agencyId!, excluded: [] },
      input.toAgencyIds,
    );
    const opened = [];
    for (const to of destinations) {
      opened.push(await openReferral(tx, actor, { ...input, parent: null }, to, settings, now));
    }
    return { ids: opened.map((o) => o.id), mails: opened.flatMap((o) => o.mails) };
  });
  await deliver(mail, mails);
  const today = toIsoDate(now);
  return runAs(db, actor, async (tx) => {
    const rows = [];
    for (const id of ids) rows.push(await repo.findListed(tx, id));
    return { items: rows.filter((r) => r !== undefined).map((r) => presentSummary(r, today)) };
  });
}

/** What the actor may do to the referral now: the receiving agency's front-line staff only. */
function allowedActions(actor: UserActor, toAgencyId: string, state: ReferralState) {
  if (!canHandleReferrals(actor) || actor.agencyId !== toAgencyId) return [];
  return REFERRAL_ACTIONS.filter((a) => a !== 'receive' && REFERRAL_TRANSITIONS[a].from.includes(state));
}

/**
 * One referral with its history and its whole chain, for the agencies of the chain and coordinators
 * (others: 404). The receiving agency opening it for the first time marks it received.
 */
export async function getReferral(db: Db, actor: UserActor, id: string): Promise<ReferralDetail> {
  const today = toIsoDate(new Date());
  const detail = await runAs(db, actor, async (tx) => {
    let row = await repo.findListed(tx, id);
    assertThat(row, 'not_found');
    if (
      row.referral.state === 'sent' &&
      canHandleReferrals(actor) &&
      row.referral.toAgencyId === actor.agencyId
    ) {
      const moved = await repo.transition(tx, id, ['sent'], null, {
        state: 'received',
        receivedAt: new Date(),
      });
      if (moved) {
        await repo.insertEvent(tx, {
          tenantId: actor.tenantId,
          referralId: id,
          chainId: moved.chainId,
          action: 'receive',
          fromState: 'sent',
          toState: 'received',
          actorUserId: actor.userId,
          agencyId: actor.agencyId,
          note: null,
        });
        row = (await repo.findListed(tx, id))!;
      }
    }
    const r = row.referral;
    const events = await repo.listEvents(tx, id);
    const chain = await repo.listChain(tx, r.chainId);
    const bases = await linkBases(tx, r.householdId);
    await recordAudit(tx, actor, {
      action: 'referral.viewed',
      entityType: 'referral',
      entityId: id,
      payload: { basis: bases },
    });
    return {
      ...presentSummary(row, today),
      reason: r.reason,
      emergencyReason: r.emergencyReason,
      escalationNote: r.escalationNote,
      outcomeNote: r.outcomeNote,
      nextReferralId: r.nextReferralId,
      events: events.map(
        (e): ReferralEvent => ({
          at: e.event.at.toISOString(),
          action: e.event.action as ReferralEvent['action'],
          fromState: e.event.fromState as ReferralState | null,
          toState: e.event.toState as ReferralState,
          actorName: e.actorName,
          agencyName: e.agencyName,
          note: e.event.note,
        }),
      ),
      chain: chain.map((c) => presentSummary(c, today)),
      actions: allowedActions(actor, r.toAgencyId, r.state as ReferralState),
    };
  });
  // A coordinator opening an escalated referral takes it off the queue's "new" count. The role was
  // checked here; the mark is the system's, as no agency owns an escalated referral.
  if (detail.state === 'escalated' && canSeeCoordinatorQueue(actor)) {
    await runAsSystem(db, (tx) => repo.markCoordinatorSeen(tx, id));
  }
  return detail;
}

/** The inbox (incoming / outgoing) of the actor's agency, or the coordinator's queue and overdue list. */
export async function listReferrals(db: Db, actor: UserActor, q: ReferralListQuery) {
  if (q.box === 'escalated' || q.box === 'overdue') assertThat(canSeeCoordinatorQueue(actor), 'forbidden');
  else assertThat(actor.agencyId !== null, 'forbidden');
  const today = toIsoDate(new Date());
  const { items, total } = await runAs(db, actor, async (tx) => {
    const page = await repo.listInbox(tx, { ...q, agencyId: actor.agencyId, today });
    await recordAudit(tx, actor, {
      action: 'referral.listed',
      entityType: 'referral',
      entityId: null,
      payload: { box: q.box, filter: q.filter, results: page.items.length },
    });
    return page;
  });
  return { items: items.map((r) => presentSummary(r, today)), total };
}

/**
 * The agencies a referral can be accepted at (referralReceiversSchema): the send and hand-on forms mark
 * the others, where a referral would wait for its accept deadline and then go to the coordinator.
 */
export async function referralReceivers(db: Db, actor: UserActor): Promise<ReferralReceivers> {
  assertThat(canHandleReferrals(actor), 'forbidden');
  const agencyIds = await runAs(db, actor, (tx) => receivingAgencyIds(tx, actor.tenantId));
  return { agencyIds };
}

/** The counts beside "紹介" in the navigation. */
export async function referralCounts(db: Db, actor: UserActor): Promise<ReferralCounts> {
  const today = toIsoDate(new Date());
  const [row, unread] = await runAs(db, actor, async (tx) => [
    await repo.inboxCounts(tx, actor.agencyId, today, canSeeCoordinatorQueue(actor)),
    await countUnread(tx),
  ]);
  return {
    incomingNew: row.incoming_new,
    incomingOverdue: row.incoming_overdue,
    outgoingOverdue: row.outgoing_overdue,
    escalated: row.escalated,
    unreadNotifications: unread,
  };
}
