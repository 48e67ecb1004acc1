import { randomUUID } from 'node:crypto';
import type {
  HistoryEntry,
  HouseholdUpdate,
  MemberAdd,
  MemberUpdate,
  PersonUpdate,
} from '@tsunagu/contracts/households';
import { recordAudit } from '../../platform/audit/audit';
import type { UserActor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { runAs } from '../../platform/db/scope';
import { AppError, assertThat } from '../../platform/errors';
import { getCodeLists } from '../settings/settings.service';
import * as edits from './edits.repository';
import { changedFields, insertHistory, listHouseholdHistory } from './history.repository';
import { canEditHousehold } from './households.policy';
import * as repo from './households.repository';
import { presentPerson } from './households.service';
import { personSearchColumns } from './person-keys';

/** A school district code must be one of the tenant's; `path` names the field in the 400. */
async function assertDistrict(db: Db, actor: UserActor, code: string | null, path: string) {
  if (code === null) return;
  const lists = await getCodeLists(db, actor);
  if (!lists.school_district.some((i) => i.code === code))
    throw new AppError('validation_failed', undefined, [
      { path, message: `地区コード「${code}」がありません / unknown district` },
    ]);
}

/**
 * Corrects a person (name, ふりがな, birth date, sex, address, district, phones). The version read must
 * still be current (else 409); the change is kept field by field in the history and audited.
 */
export async function updatePerson(db: Db, actor: UserActor, id: string, input: PersonUpdate) {
  assertThat(canEditHousehold(actor), 'forbidden');
  await assertDistrict(db, actor, input.schoolDistrictCode, 'body.schoolDistrictCode');
  const { version, ...values } = input;
  return runAs(db, actor, async (tx) => {
    const before = await edits.findPerson(tx, id);
    assertThat(before && before.mergedInto === null, 'not_found');
    const changes = changedFields(before, values);
    if (!Object.keys(changes).length) {
      assertThat(before.version === version, 'version_conflict', { currentVersion: before.version });
      return presentPerson(before);
    }
    const next = await edits.updatePerson(tx, id, version, { ...values, ...personSearchColumns(values) });
    assertThat(next, 'version_conflict', { currentVersion: before.version });
    const householdId = await edits.visibleHouseholdOf(tx, id);
    await insertHistory(tx, actor, [
      { entityType: 'person', entityId: id, personId: id, householdId, action: 'updated', changes },
    ]);
    await recordAudit(tx, actor, {
      action: 'person.updated',
      entityType: 'person',
      entityId: id,
      payload: { fields: Object.keys(changes) },
    });
    return presentPerson({ ...before, ...values, version: next });
  });
}

/** Changes a household's address or district, with the same version check, history and audit. */
export async function updateHousehold(db: Db, actor: UserActor, id: string, input: HouseholdUpdate) {
  assertThat(canEditHousehold(actor), 'forbidden');
  await assertDistrict(db, actor, input.schoolDistrictCode, 'body.schoolDistrictCode');
  const { version, ...values } = input;
  return runAs(db, actor, async (tx) => {
    const before = await repo.findHousehold(tx, id);
    assertThat(before, 'not_found');
    const changes = changedFields(before, values);
    const next = Object.keys(changes).length
      ? await edits.updateHousehold(tx, id, version, values)
      : before.version === version && version;
    assertThat(next, 'version_conflict', { currentVersion: before.version });
    if (Object.keys(changes).length) {
      await insertHistory(tx, actor, [
        { entityType: 'household', entityId: id, householdId: id, action: 'updated', changes },
      ]);
      await recordAudit(tx, actor, {
        action: 'household.updated',
        entityType: 'household',
        entityId: id,
        payload: { fields: Object.keys(changes) },
      });
    }
    return { id, version: next, ...values };
  });
}

/** Changes a member's 続柄 or living together. The household's 本人 stays the one 本人. */
export async function updateMember(
  db: Db,
  actor: UserActor,
  householdId: string,
  personId: string,
  input: MemberUpdate,
) {
  assertThat(canEditHousehold(actor), 'forbidden');
  return runAs(db, actor, async (tx) => {
    const member = await edits.findMember(tx, householdId, personId);
    assertThat(member, 'not_found');
    if ((member.relationship === 'self') !== (input.relationship === 'self'))
      throw new AppError('conflict', undefined, undefined, {
        ja: '本人の続柄は変更できません（本人は世帯に1人です）。',
        en: 'The client’s relationship cannot be changed: a household has one client.',
      });
    const changes = changedFields(member, input);
    if (Object.keys(changes).length) {
      await edits.updateMember(tx, member.id, input);
      await insertHistory(tx, actor, [
        {
          entityType: 'household_member',
          entityId: member.id,
          personId,
          householdId,
          action: 'member_updated',
          changes,
        },
      ]);
      await recordAudit(tx, actor, {
        action: 'household.member_updated',
        entityType: 'household',
        entityId: householdId,
        payload: { personId, fields: Object.keys(changes) },
      });
    }
    return { personId, ...input };
  });
}

/** Adds a new person to the household (a birth, someone moving in). */
export async function addMember(db: Db, actor: UserActor, householdId: string, input: MemberAdd) {
  assertThat(canEditHousehold(actor), 'forbidden');
  await assertDistrict(db, actor, input.person.schoolDistrictCode, 'body.person.schoolDistrictCode');
  const personId = randomUUID();
  return runAs(db, actor, async (tx) => {
    assertThat(await repo.findHousehold(tx, householdId), 'not_found');
    await repo.insertPersons(tx, [
      {
        id: personId,
        tenantId: actor.tenantId,
        ...input.person,
        ...personSearchColumns(input.person),
        createdByAgencyId: actor.agencyId,
      },
    ]);
    const memberId = randomUUID();
    await repo.insertMembers(tx, [
      {
        id: memberId,
        tenantId: actor.tenantId,
        householdId,
        personId,
        relationship: input.relationship,
        livesTogether: input.livesTogether,
      },
    ]);
    await insertHistory(tx, actor, [
      { entityType: 'person', entityId: personId, personId, householdId, action: 'created' },
      {
        entityType: 'household_member',
        entityId: memberId,
        personId,
        householdId,
        action: 'member_added',
        changes: changedFields({}, { relationship: input.relationship, livesTogether: input.livesTogether }),
      },
    ]);
    await recordAudit(tx, actor, {
      action: 'household.member_added',
      entityType: 'household',
      entityId: householdId,
      payload: { personId },
    });
    return { personId };
  });
}

/** Ends a membership (moved out, died). The person and everything recorded about them remain. */
export async function removeMember(db: Db, actor: UserActor, householdId: string, personId: string) {
  assertThat(canEditHousehold(actor), 'forbidden');
  await runAs(db, actor, async (tx) => {
    const member = await edits.findMember(tx, householdId, personId);
    assertThat(member, 'not_found');
    if (member.relationship === 'self')
      throw new AppError('conflict', undefined, undefined, {
        ja: '本人は世帯から外せません。',
        en: 'The client cannot be removed from the household.',
      });
    await edits.updateMember(tx, member.id, { removedAt: new Date() });
    await insertHistory(tx, actor, [
      {
        entityType: 'household_member',
        entityId: member.id,
        personId,
        householdId,
        action: 'member_removed',
      },
    ]);
    await recordAudit(tx, actor, {
      action: 'household.member_removed',
      entityType: 'household',
      entityId: householdId,
      payload: { personId },
    });
  });
}

/** 変更履歴 of a household and its members, newest first: who, when, what. The read is audited. */
export async function getHistory(db: Db, actor: UserActor, householdId: string) {
  return runAs(db, actor, async (tx) => {
    assertThat(await repo.findHousehold(tx, householdId), 'not_found');
    const rows = await listHouseholdHistory(tx, householdId);
    await recordAudit(tx, actor, {
      action: 'household.history_viewed',
      entityType: 'household',
      entityId: householdId,
      payload: { basis: await repo.linkBases(tx, householdId) },
    });
    return rows.map(
      ({ entry, userName, agencyName }): HistoryEntry => ({
        id: entry.id,
        entityType: entry.entityType as HistoryEntry['entityType'],
        personId: entry.personId,
        action: entry.action as HistoryEntry['action'],
        changes: entry.changes,
        changedByName: userName,
        changedByAgencyName: agencyName,
        changedAt: entry.changedAt.toISOString(),
      }),
    );
  });
}
