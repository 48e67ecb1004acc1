import type {
  CaseClose,
  CaseReviewInput,
  ContactInput,
  OutreachInput,
  RecordInput,
  TeamMemberInput,
} from '@tsunagu/contracts/cases';
import { toIsoDate } from '@tsunagu/japan';
import { recordAudit } from '../../platform/audit/audit';
import type { UserActor } from '../../platform/auth/actor';
import type { Db, Tx } from '../../platform/db/database';
import { runAs } from '../../platform/db/scope';
import { assertThat, invalidField, stateConflict } from '../../platform/errors';
import { findAgency } from '../agencies/agencies.repository';
import { canWorkOnCase, isCoordinator } from './cases.policy';
import * as repo from './cases.repository';
import { cancelOpenMonitorings } from './plans.repository';
import { cancelCaseTasks } from './tasks.repository';

const notOpen = () =>
  stateConflict(
    'このケースは終結しているか、まだ振り分けられていません。',
    'This case is closed or not triaged yet.',
  );

/** A visible coordinated case that is still open, or the right error. */
async function openCase(tx: Tx, id: string) {
  const listed = await repo.findListed(tx, id);
  assertThat(listed, 'not_found');
  const c = listed.case;
  if (c.kind !== 'coordinated' || c.stage === 'closed') throw notOpen();
  return c;
}

function notFuture(date: string, path: string) {
  if (date > toIsoDate(new Date()))
    throw invalidField(path, '未来の日付は記録できません / the date is in the future');
}

async function audited(tx: Tx, actor: UserActor, caseId: string, change: string, ids: string[]) {
  await recordAudit(tx, actor, {
    action: 'case.changed',
    entityType: 'case',
    entityId: caseId,
    payload: { change, ids },
  });
}

async function existingAgency(tx: Tx, id: string, path: string) {
  const agency = await findAgency(tx, id);
  if (!agency) throw invalidField(path, '機関が見つかりません / no such agency');
  return agency;
}

/** Adds an agency with a role to the team (the coordinator); the membership opens the household to it. */
export async function addTeamMember(
  db: Db,
  actor: UserActor,
  caseId: string,
  input: TeamMemberInput,
  meetingId: string | null = null,
) {
  assertThat(isCoordinator(actor), 'forbidden');
  await runAs(db, actor, (tx) => addTeamMemberIn(tx, actor, caseId, input, meetingId));
}

/** The same inside a caller's transaction (a meeting assigning roles). */
export async function addTeamMemberIn(
  tx: Tx,
  actor: UserActor,
  caseId: string,
  input: TeamMemberInput,
  meetingId: string | null,
) {
  await openCase(tx, caseId);
  await existingAgency(tx, input.agencyId, 'agencyId');
  const current = await repo.listTeam(tx, caseId);
  if (
    current.some(
      (t) => !t.member.endedAt && t.member.agencyId === input.agencyId && t.member.role === input.role,
    )
  )
    throw stateConflict(
      'この機関はすでに同じ役割でチームにいます。',
      'This agency already has this role on the team.',
    );
  const row = await repo.insertTeamMember(tx, {
    tenantId: actor.tenantId,
    caseId,
    agencyId: input.agencyId,
    role: input.role,
    contactName: input.contactName,
    meetingId,
    addedBy: actor.userId,
  });
  await audited(tx, actor, caseId, 'team_added', [row.id]);
}

/** Takes an agency off the team; its access through the case ends at once. */
export async function endTeamMember(db: Db, actor: UserActor, caseId: string, memberId: string) {
  assertThat(isCoordinator(actor), 'forbidden');
  await runAs(db, actor, async (tx) => {
    await openCase(tx, caseId);
    assertThat(await repo.endTeamMember(tx, caseId, memberId), 'not_found');
    await audited(tx, actor, caseId, 'team_ended', [memberId]);
  });
}

/** 個別調整 with an agency (the coordinator). */
export async function addContact(db: Db, actor: UserActor, caseId: string, input: ContactInput) {
  assertThat(isCoordinator(actor), 'forbidden');
  notFuture(input.contactedOn, 'contactedOn');
  await runAs(db, actor, async (tx) => {
    await openCase(tx, caseId);
    await existingAgency(tx, input.agencyId, 'agencyId');
    const row = await repo.insertContact(tx, {
      tenantId: actor.tenantId,
      caseId,
      ...input,
      recordedBy: actor.userId,
    });
    await audited(tx, actor, caseId, 'contact', [row.id]);
  });
}

/** An outreach visit, by the coordinator or a team agency. */
export async function addOutreach(db: Db, actor: UserActor, caseId: string, input: OutreachInput) {
  assertThat(canWorkOnCase(actor), 'forbidden');
  notFuture(input.visitedOn, 'visitedOn');
  await runAs(db, actor, async (tx) => {
    await openCase(tx, caseId);
    const row = await repo.insertOutreach(tx, {
      tenantId: actor.tenantId,
      caseId,
      ...input,
      recordedBy: actor.userId,
    });
    await audited(tx, actor, caseId, 'outreach', [row.id]);
  });
}

/** An entry of the 支援経過記録; a correction must name an entry of the same case. */
export async function addRecord(db: Db, actor: UserActor, caseId: string, input: RecordInput) {
  assertThat(canWorkOnCase(actor), 'forbidden');
  notFuture(input.occurredOn, 'occurredOn');
  await runAs(db, actor, async (tx) => {
    await openCase(tx, caseId);
    if (input.correctsId && !(await repo.findRecord(tx, caseId, input.correctsId)))
      throw invalidField('correctsId', '訂正する記録がこのケースにありません / no such entry in this case');
    const row = await repo.insertRecord(tx, {
      tenantId: actor.tenantId,
      caseId,
      ...input,
      authorId: actor.userId,
      agencyId: actor.agencyId,
    });
    await audited(tx, actor, caseId, input.correctsId ? 'record_corrected' : 'record', [row.id]);
  });
}

/** Closure with its outcome (the coordinator); the team's access and the plan's open items end with it. */
export async function closeCase(db: Db, actor: UserActor, caseId: string, input: CaseClose) {
  assertThat(isCoordinator(actor), 'forbidden');
  notFuture(input.closedOn, 'closedOn');
  await runAs(db, actor, async (tx) => {
    const c = await openCase(tx, caseId);
    if (input.closedOn < c.receivedOn)
      throw invalidField('closedOn', '受付日より前です / before the case was received');
    const moved = await repo.updateCase(tx, caseId, input.version, {
      stage: 'closed',
      outcome: input.outcome,
      closedOn: input.closedOn,
      closureNote: input.note,
    });
    assertThat(moved, 'version_conflict');
    // The plan ends with the case: its open monitorings and the open actions of its plans and
    // meetings are no longer due (a monitoring recorded later could otherwise reopen planning).
    await cancelOpenMonitorings(tx, caseId);
    await cancelCaseTasks(tx, caseId);
    await recordAudit(tx, actor, {
      action: 'case.closed',
      entityType: 'case',
      entityId: caseId,
      payload: { change: input.outcome },
    });
  });
}

/** 検証 of a case closed unresolved (once). */
export async function reviewCase(db: Db, actor: UserActor, caseId: string, input: CaseReviewInput) {
  assertThat(isCoordinator(actor), 'forbidden');
  notFuture(input.reviewedOn, 'reviewedOn');
  await runAs(db, actor, async (tx) => {
    const listed = await repo.findListed(tx, caseId);
    assertThat(listed, 'not_found');
    if (listed.case.outcome !== 'unresolved' || !listed.reviewPending)
      throw stateConflict(
        '検証が必要なのは、解決に至らず終結し、まだ検証していないケースだけです。',
        'Only a case closed unresolved and not yet reviewed needs a review.',
      );
    const row = await repo.insertReview(tx, {
      tenantId: actor.tenantId,
      caseId,
      ...input,
      reviewerId: actor.userId,
    });
    await recordAudit(tx, actor, {
      action: 'case.reviewed',
      entityType: 'case',
      entityId: caseId,
      payload: { change: 'review', ids: [row.id] },
    });
  });
}
