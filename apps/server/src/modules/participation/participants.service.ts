import { randomUUID } from 'node:crypto';
import type {
  Participant,
  ParticipantAssign,
  ParticipantClose,
  ParticipantCreate,
  ParticipantLinkCase,
  ParticipantList,
  ParticipantListQuery,
  ParticipantProfile,
  ParticipantUpdate,
} from '@tsunagu/contracts/participation';
import type { CodeLists } from '@tsunagu/contracts/settings';
import { toIsoDate } from '@tsunagu/japan';
import { recordAudit } from '../../platform/audit/audit';
import { hasRole, type UserActor } from '../../platform/auth/actor';
import type { Db, Tx } from '../../platform/db/database';
import { runAs } from '../../platform/db/scope';
import { AppError, assertThat, invalidField, stateConflict } from '../../platform/errors';
import { findPerson, visibleHouseholdOf } from '../households/edits.repository';
import * as households from '../households/households.repository';
import { personSearchColumns } from '../households/person-keys';
import { getCodeLists } from '../settings/settings.service';
import * as repo from './participants.repository';
import { assertCodes, canRegisterParticipant } from './participation.policy';
import { presentParticipant, presentSummary } from './participation.present';

function assertProfileCodes(lists: CodeLists, p: Partial<ParticipantProfile>) {
  assertCodes(lists, [
    ['industry', p.wishedIndustries ?? [], 'body.wishedIndustries'],
    ['job_task', p.abilities ?? [], 'body.abilities'],
    ['work_demand', p.limits ?? [], 'body.limits'],
    ['interest', p.interests ?? [], 'body.interests'],
    ['accessibility', p.accessibilityNeeds ?? [], 'body.accessibilityNeeds'],
  ]);
}

/**
 * 振分け: the programme agency that takes the person's barrier level (small → a private agency,
 * medium or large → 社協, as the programme is configured). A chosen agency must be one of the
 * programme's, and choosing against the rule needs a reason.
 */
async function allocate(tx: Tx, input: ParticipantCreate) {
  const rows = await repo.programmeAgencyRows(tx, input.programmeCode);
  const byRule = rows.find((r) => r.barrierLevels.includes(input.barrierLevel))?.agencyId ?? null;
  if (input.allocatedAgencyId === null) return byRule;
  if (!rows.some((r) => r.agencyId === input.allocatedAgencyId))
    throw invalidField(
      'body.allocatedAgencyId',
      'この事業の支援機関ではありません / not an agency of the programme',
    );
  if (input.allocatedAgencyId !== byRule && input.allocationNote.trim() === '')
    throw invalidField(
      'body.allocationNote',
      '阻害要因の程度と異なる機関に振り分ける理由を入力してください / give the reason for this allocation',
    );
  return input.allocatedAgencyId;
}

/** The person's household as the actor sees it, or a new person and household made for them. */
async function personAndHousehold(tx: Tx, actor: UserActor, input: ParticipantCreate, participantId: string) {
  if (input.personId) {
    const person = await findPerson(tx, input.personId);
    assertThat(person, 'not_found');
    const seen = { personId: person.id, schoolDistrictCode: person.schoolDistrictCode };
    const householdId = await visibleHouseholdOf(tx, input.personId);
    if (householdId) return { ...seen, householdId };
    // Seen only as a participant (a participation link opens the person, not the household): the
    // new registration joins that participant's household under the agency's own registration link.
    const participantHousehold = await repo.participantHouseholdOf(tx, input.personId);
    assertThat(participantHousehold, 'not_found');
    await repo.insertRegistrationLink(tx, {
      tenantId: actor.tenantId,
      householdId: participantHousehold,
      agencyId: actor.agencyId!,
      participantId,
      userId: actor.userId,
    });
    return { ...seen, householdId: participantHousehold };
  }
  const person = input.person!;
  const personId = randomUUID();
  const householdId = randomUUID();
  await households.insertPersons(tx, [
    {
      id: personId,
      tenantId: actor.tenantId,
      ...person,
      ...personSearchColumns(person),
      createdByAgencyId: actor.agencyId!,
    },
  ]);
  await households.insertHousehold(tx, {
    id: householdId,
    tenantId: actor.tenantId,
    address: person.address,
    schoolDistrictCode: person.schoolDistrictCode,
    createdByAgencyId: actor.agencyId!,
  });
  await repo.insertRegistrationLink(tx, {
    tenantId: actor.tenantId,
    householdId,
    agencyId: actor.agencyId!,
    participantId,
    userId: actor.userId,
  });
  await households.insertMembers(tx, [
    {
      id: randomUUID(),
      tenantId: actor.tenantId,
      householdId,
      personId,
      relationship: 'self',
      livesTogether: true,
    },
  ]);
  return { personId, householdId, schoolDistrictCode: person.schoolDistrictCode };
}

/** The case must be one the actor sees, and about the same person. */
async function assertCaseOfPerson(tx: Tx, caseId: string, personId: string) {
  const found = await repo.findCase(tx, caseId);
  assertThat(found, 'not_found');
  if (found.personId !== personId)
    throw invalidField('body.caseId', 'この本人のケースではありません / not a case of this person');
}

/**
 * 利用登録: registers a person for participation support — from a person the agency sees, or standalone
 * with a new person record — allocates them by barrier level and gives the allocated agency its live
 * link (the database's trigger), all in one transaction with the audit record.
 */
export async function registerParticipant(db: Db, actor: UserActor, input: ParticipantCreate) {
  assertThat(canRegisterParticipant(actor), 'forbidden');
  if (input.registeredOn > toIsoDate(new Date()))
    throw invalidField('body.registeredOn', '未来の日付です / in the future');
  const lists = await getCodeLists(db, actor);
  assertProfileCodes(lists, input);
  if (input.person)
    assertCodes(lists, [
      ['school_district', [input.person.schoolDistrictCode], 'body.person.schoolDistrictCode'],
    ]);
  const id = randomUUID();
  await runAs(db, actor, async (tx) => {
    const programme = await repo.findProgramme(tx, input.programmeCode);
    if (!programme) throw invalidField('body.programmeCode', '事業がありません / unknown programme');
    const allocatedAgencyId = await allocate(tx, input);
    const who = await personAndHousehold(tx, actor, input, id);
    if (input.caseId) await assertCaseOfPerson(tx, input.caseId, who.personId);
    if (await repo.openRegistration(tx, who.personId, input.programmeCode))
      throw stateConflict(
        'この本人はすでにこの事業に登録されています。',
        'The person is already registered with this programme.',
      );
    const { personId: _p, person: _n, allocatedAgencyId: _a, ...profile } = input;
    await repo.insertParticipant(tx, {
      ...profile,
      id,
      tenantId: actor.tenantId,
      personId: who.personId,
      householdId: who.householdId,
      registeredByAgencyId: actor.agencyId!,
      registeredBy: actor.userId,
      allocatedAgencyId,
      assignedUserId: allocatedAgencyId === actor.agencyId ? actor.userId : null,
    });
    await recordAudit(tx, actor, {
      action: 'participant.registered',
      entityType: 'participant',
      entityId: id,
      payload: { personId: who.personId, caseId: input.caseId, agencyId: allocatedAgencyId },
    });
  });
  return getParticipant(db, actor, id, false);
}

/** One participant with its matches and follow-ups (audited as a read of personal data). */
export function getParticipant(db: Db, actor: UserActor, id: string, audit = true): Promise<Participant> {
  return runAs(db, actor, async (tx) => {
    const found = await repo.findParticipant(tx, id);
    assertThat(found, 'not_found');
    const [listed] = await repo.listParticipants(tx, { participantId: id, limit: 1, offset: 0 });
    const matchRows = await repo.listMatches(tx, id);
    const followUps = await repo.listFollowUps(
      tx,
      matchRows.map((m) => m.match.id),
    );
    if (audit)
      await recordAudit(tx, actor, {
        action: 'participant.viewed',
        entityType: 'participant',
        entityId: id,
        payload: { personId: found.participant.personId },
      });
    return presentParticipant(actor, found, listed, matchRows, followUps);
  });
}

/** The participants the actor's agency sees (own registrations, allocations, its cases). */
export async function listParticipants(
  db: Db,
  actor: UserActor,
  q: ParticipantListQuery,
): Promise<ParticipantList> {
  return runAs(db, actor, async (tx) => {
    const rows = await repo.listParticipants(tx, {
      aim: q.aim,
      stage: q.stage,
      programme: q.programme,
      assignedUserId: q.mine ? actor.userId : undefined,
      limit: q.limit,
      offset: q.offset,
    });
    await recordAudit(tx, actor, {
      action: 'participant.listed',
      entityType: 'participant',
      entityId: null,
      payload: { list: 'participants', results: rows.length },
    });
    return { items: rows.map(presentSummary), total: rows[0]?.total ?? 0 };
  });
}

async function change(
  db: Db,
  actor: UserActor,
  id: string,
  version: number,
  set: Parameters<typeof repo.updateParticipant>[3],
  audit: 'participant.updated' | 'participant.assigned' | 'participant.closed',
  check?: (tx: Tx, row: repo.FoundParticipant) => Promise<void>,
) {
  await runAs(db, actor, async (tx) => {
    const found = await repo.findParticipant(tx, id);
    assertThat(found, 'not_found');
    if (found.participant.closedOn !== null)
      throw stateConflict('支援を終了した利用者は変更できません。', 'The participant is closed.');
    await check?.(tx, found);
    assertThat(await repo.updateParticipant(tx, id, version, set), 'version_conflict');
    await recordAudit(tx, actor, {
      action: audit,
      entityType: 'participant',
      entityId: id,
      payload: { fields: Object.keys(set), agencyId: set.allocatedAgencyId ?? null },
    });
  });
  return readAfterChange(db, actor, id);
}

/**
 * The participant after a change, or null when the change ended the actor's own access (an agency
 * that hands the person on to another agency, or closes the support it was allocated, no longer sees
 * the record: the change is done, there is nothing more to show it).
 */
async function readAfterChange(db: Db, actor: UserActor, id: string): Promise<Participant | null> {
  try {
    return await getParticipant(db, actor, id, false);
  } catch (err) {
    if (err instanceof AppError && err.code === 'not_found') return null;
    throw err;
  }
}

/** Updates the intake (health, wishes, hours, abilities, limits, barriers). */
export async function updateParticipant(db: Db, actor: UserActor, id: string, input: ParticipantUpdate) {
  const lists = await getCodeLists(db, actor);
  assertProfileCodes(lists, input);
  const { version, ...set } = input;
  return visible(await change(db, actor, id, version, set, 'participant.updated'));
}

/** An edit that cannot end the actor's access still answers with the record. */
function visible(p: Participant | null): Participant {
  assertThat(p, 'not_found');
  return p;
}

/**
 * Moves the participant to another agency of the programme, or names the staff member who carries
 * them. The allocated agency or programme staff decide; the staff member must work at the agency.
 */
export async function assignParticipant(db: Db, actor: UserActor, id: string, input: ParticipantAssign) {
  return change(
    db,
    actor,
    id,
    input.version,
    {
      allocatedAgencyId: input.allocatedAgencyId,
      assignedUserId: input.assignedUserId,
      allocationNote: input.allocationNote,
    },
    'participant.assigned',
    async (tx, found) => {
      const p = found.participant;
      assertThat(p.allocatedAgencyId === actor.agencyId || hasRole(actor, 'programme_staff'), 'forbidden');
      const agencies = await repo.programmeAgencyRows(tx, p.programmeCode);
      if (!agencies.some((a) => a.agencyId === input.allocatedAgencyId))
        throw invalidField(
          'body.allocatedAgencyId',
          'この事業の支援機関ではありません / not an agency of the programme',
        );
      if (
        input.assignedUserId &&
        !(await repo.isAgencyUser(tx, input.assignedUserId, input.allocatedAgencyId))
      )
        throw invalidField('body.assignedUserId', 'この機関の職員ではありません / not staff of the agency');
    },
  );
}

/** A coordinated case of the same person takes the participant record in (the case page shows it). */
export async function linkCase(db: Db, actor: UserActor, id: string, input: ParticipantLinkCase) {
  const linked = await change(
    db,
    actor,
    id,
    input.version,
    { caseId: input.caseId },
    'participant.updated',
    (tx, found) => assertCaseOfPerson(tx, input.caseId, found.participant.personId),
  );
  return visible(linked);
}

/** Ends the support: the allocated agency's link ends with it; matches and follow-ups freeze. */
export async function closeParticipant(db: Db, actor: UserActor, id: string, input: ParticipantClose) {
  return change(
    db,
    actor,
    id,
    input.version,
    { closedOn: input.closedOn, closeReason: input.reason.trim() },
    'participant.closed',
    async (_tx, found) => {
      if (input.closedOn > toIsoDate(new Date()))
        throw invalidField('body.closedOn', '未来の日付です / in the future');
      if (input.closedOn < found.participant.registeredOn)
        throw invalidField('body.closedOn', '登録日より前の日付です / before the registration');
    },
  );
}
