import type { CaseQueue } from '@tsunagu/contracts/cases';
import { desc, eq, sql } from 'drizzle-orm';
import { agencies, persons, referrals } from '../../db/schema';
import { recordAudit } from '../../platform/audit/audit';
import type { UserActor } from '../../platform/auth/actor';
import type { Db, Tx } from '../../platform/db/database';
import { oneByOne, runAs } from '../../platform/db/scope';
import { assertThat } from '../../platform/errors';
import { isCoordinator } from './cases.policy';
import { personName, presentCase } from './cases.present';
import * as repo from './cases.repository';

const DAY = 86_400_000;

/**
 * Escalated referrals no case was made from yet (not triaged: read through their partial index, so
 * the escalations triaged before are never read). The bouncing ones come first: most hops, then the
 * longest without an owner (from the chain's first send to the escalation).
 */
function listUntriagedEscalations(tx: Tx) {
  return (
    tx
      .select({
        referral: referrals,
        fromAgencyName: agencies.name,
        familyName: persons.familyName,
        givenName: persons.givenName,
      })
      .from(referrals)
      .innerJoin(agencies, eq(agencies.id, referrals.toAgencyId))
      .leftJoin(persons, eq(persons.id, referrals.personId))
      // Literals, not parameters: a prepared statement's generic plan uses the partial index only when
      // the query states its predicate.
      .where(sql`${referrals.state} = 'escalated' and ${referrals.caseOpenedAt} is null`)
      .orderBy(desc(referrals.hop), sql`${referrals.closedAt} - ${referrals.chainStartedAt} desc`)
      .limit(200)
  );
}

/** The coordinator's queue: escalations and direct requests waiting for triage. */
export async function caseQueue(db: Db, actor: UserActor): Promise<CaseQueue> {
  assertThat(isCoordinator(actor), 'forbidden');
  return runAs(db, actor, async (tx) => {
    const [escalations, requests] = await oneByOne(
      () => listUntriagedEscalations(tx),
      () => repo.listRequests(tx),
    );
    await recordAudit(tx, actor, {
      action: 'case.listed',
      entityType: 'case',
      entityId: null,
      payload: { list: 'queue', searched: false, results: escalations.length + requests.length },
    });
    return {
      escalations: escalations.map((e) => {
        const r = e.referral;
        const until = r.closedAt ?? new Date();
        return {
          referralId: r.id,
          householdId: r.householdId,
          personName: personName(e),
          // The agency that escalated: the last receiver of the chain.
          fromAgency: { id: r.toAgencyId, name: e.fromAgencyName },
          escalatedAt: r.closedAt?.toISOString() ?? null,
          hops: r.hop,
          ownerlessDays: Math.max(0, Math.floor((until.getTime() - r.chainStartedAt.getTime()) / DAY)),
          automatic: r.escalatedAutomatically,
          reason: r.escalationReason,
          note: r.escalationNote,
        };
      }),
      requests: requests.map((r) => ({ ...presentCase(r), summary: r.case.summary })),
    };
  });
}
