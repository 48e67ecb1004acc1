import type {
  CaseDetail,
  CaseListQuery,
  CaseRecordPage,
  CaseRecordQuery,
  CaseRequest,
  Triage,
} from '@tsunagu/contracts/cases';
import { foldForSearch, toIsoDate } from '@tsunagu/japan';
import { eq } from 'drizzle-orm';
import { referrals } from '../../db/schema';
import { recordAudit } from '../../platform/audit/audit';
import type { UserActor } from '../../platform/auth/actor';
import type { Db, Tx } from '../../platform/db/database';
import { runAs, runAsSystem } from '../../platform/db/scope';
import { assertThat, invalidField, stateConflict } from '../../platform/errors';
import { findHousehold, listMembers } from '../households/households.repository';
import { tenantSettings } from '../referrals/referral-basis';
import { markCoordinatorSeen } from '../referrals/referrals.repository';
import { readCaseDetail } from './case-detail';
import { canRequestCase, isCoordinator } from './cases.policy';
import { presentCase, presentRecord } from './cases.present';
import * as repo from './cases.repository';

/**
 * A request to the coordinator straight from an agency (or taken by the coordinator): it waits in the
 * queue for triage. The household must be one the actor's agency sees, the person one of its members.
 */
export async function requestCase(db: Db, actor: UserActor, input: CaseRequest) {
  assertThat(canRequestCase(actor), 'forbidden');
  const today = toIsoDate(new Date());
  if (input.receivedOn && input.receivedOn > today)
    throw invalidField('receivedOn', '受付日が未来です / the date is in the future');
  return runAs(db, actor, async (tx) => {
    assertThat(await findHousehold(tx, input.householdId), 'not_found');
    const members = await listMembers(tx, input.householdId);
    if (!members.some((m) => m.person.id === input.personId))
      throw invalidField('personId', 'この世帯の世帯員を選んでください / choose a member of this household');
    const row = await repo.insertCase(tx, {
      tenantId: actor.tenantId,
      householdId: input.householdId,
      personId: input.personId,
      source: 'direct',
      requestAgencyId: actor.agencyId,
      summary: input.summary,
      receivedOn: input.receivedOn ?? today,
      stage: 'triage',
      createdBy: actor.userId,
    });
    await recordAudit(tx, actor, {
      action: 'case.requested',
      entityType: 'case',
      entityId: row.id,
      payload: { change: 'direct_request' },
    });
    return { id: row.id, number: row.number };
  });
}

/** Opens the case of an escalated referral (once per referral), waiting for triage. */
async function openFromEscalation(tx: Tx, actor: UserActor, referralId: string) {
  const [r] = await tx.select().from(referrals).where(eq(referrals.id, referralId)).limit(1);
  assertThat(r, 'not_found');
  if (r.state !== 'escalated')
    throw stateConflict('エスカレーションされた紹介ではありません。', 'This referral was not escalated.');
  if (await repo.findByReferral(tx, referralId))
    throw stateConflict('この紹介はすでに振り分けられています。', 'This escalation was already triaged.');
  const note = [r.reason, r.escalationNote].filter((s) => s?.trim()).join('\n\n');
  return repo.insertCase(tx, {
    tenantId: actor.tenantId,
    householdId: r.householdId,
    personId: r.personId,
    source: 'escalation',
    referralId: r.id,
    requestAgencyId: r.toAgencyId,
    summary: note,
    receivedOn: toIsoDate(r.closedAt ?? new Date()),
    // Explicit: triage reads the returned values, which carry no column defaults.
    kind: null,
    stage: 'triage',
    createdBy: actor.userId,
  });
}

/**
 * Triage by the coordinator. Advice only closes the case at once with the advice recorded; a
 * coordinated case moves to assessment with the coordinator desk on its team for 全体調整.
 */
export async function triageCase(db: Db, actor: UserActor, input: Triage) {
  assertThat(isCoordinator(actor), 'forbidden');
  const today = toIsoDate(new Date());
  const triaged = await runAs(db, actor, async (tx) => {
    const opened = input.referralId ? await openFromEscalation(tx, actor, input.referralId) : undefined;
    const c = opened ?? (await repo.findListed(tx, input.caseId!))?.case;
    assertThat(c, 'not_found');
    if (c.stage !== 'triage' || c.kind !== null)
      throw stateConflict('このケースはすでに振り分けられています。', 'This case was already triaged.');
    const advice = input.kind === 'advice_only';
    const moved = await repo.updateCase(tx, c.id, c.version, {
      kind: input.kind,
      stage: advice ? 'closed' : 'assessment',
      advice: input.advice,
      triagedAt: new Date(),
      triagedBy: actor.userId,
      ...(advice ? { closedOn: today, closureNote: input.note } : {}),
    });
    assertThat(moved, 'version_conflict');
    if (!advice) {
      const desk = (await tenantSettings(tx, actor.tenantId)).coordinatorAgencyId ?? actor.agencyId;
      if (desk)
        await repo.insertTeamMember(tx, {
          tenantId: actor.tenantId,
          caseId: c.id,
          agencyId: desk,
          role: 'overall_coordination',
          addedBy: actor.userId,
        });
    }
    await recordAudit(tx, actor, {
      action: 'case.triaged',
      entityType: 'case',
      entityId: c.id,
      payload: { change: input.kind, ...(input.referralId ? { ids: [input.referralId] } : {}) },
    });
    return { id: c.id };
  });
  // A triaged escalation is no longer new in the coordinator's referral counts (as when opened).
  if (input.referralId) await runAsSystem(db, (tx) => markCoordinatorSeen(tx, input.referralId!));
  return triaged;
}

/** Cases the actor sees (coordinators: all; agencies: their teams' cases), with search by name. */
export async function listCases(db: Db, actor: UserActor, q: CaseListQuery) {
  const text = q.q?.trim();
  const number = text && /^\d{1,9}$/.test(text) ? Number(text) : undefined;
  return runAs(db, actor, async (tx) => {
    const page = await repo.listCases(tx, {
      ...q,
      ...(number !== undefined ? { number } : {}),
      ...(text ? { folded: foldForSearch(text) } : {}),
    });
    await recordAudit(tx, actor, {
      action: 'case.listed',
      entityType: 'case',
      entityId: null,
      payload: { list: 'cases', searched: Boolean(text), results: page.items.length },
    });
    return { items: page.items.map(presentCase), total: page.total };
  });
}

/** One case with everything the case page shows; 404 unless the actor's agency may see it. */
export async function getCase(db: Db, actor: UserActor, id: string): Promise<CaseDetail> {
  return runAs(db, actor, async (tx) => {
    const detail = await readCaseDetail(tx, actor, id);
    await recordAudit(tx, actor, {
      action: 'case.viewed',
      entityType: 'case',
      entityId: id,
      payload: { via: 'case' },
    });
    return detail;
  });
}

/** A page of the case's 支援経過記録, newest first (the case page holds the first); 404 as for the case. */
export async function listCaseRecords(
  db: Db,
  actor: UserActor,
  id: string,
  page: CaseRecordQuery,
): Promise<CaseRecordPage> {
  return runAs(db, actor, async (tx) => {
    assertThat(await repo.findListed(tx, id), 'not_found');
    const rows = await repo.listRecords(tx, id, page);
    const total = await repo.countRecords(tx, id);
    await recordAudit(tx, actor, {
      action: 'case.viewed',
      entityType: 'case',
      entityId: id,
      payload: { via: 'case', records: { offset: page.offset, count: rows.length } },
    });
    return { items: rows.map(presentRecord), total };
  });
}
