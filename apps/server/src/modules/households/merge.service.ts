import { randomUUID } from 'node:crypto';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { householdMembers, persons } from '../../db/schema';
import { recordAudit } from '../../platform/audit/audit';
import type { UserActor } from '../../platform/auth/actor';
import type { Db, Tx } from '../../platform/db/database';
import { runAsSystem } from '../../platform/db/scope';
import { AppError, assertThat } from '../../platform/errors';
import { changedFields, insertHistory } from './history.repository';
import { canMergePersons } from './households.policy';
import { personSearchColumns } from './person-keys';

type PersonRow = typeof persons.$inferSelect;

async function lockPerson(tx: Tx, tenantId: string, id: string): Promise<PersonRow | undefined> {
  const rows = await tx
    .select()
    .from(persons)
    .where(and(eq(persons.id, id), eq(persons.tenantId, tenantId)))
    .for('update');
  return rows[0];
}

/** What the record that stays takes from the duplicate: only what it lacks. Phones are united. */
function filledFrom(target: PersonRow, source: PersonRow) {
  const phones = [...new Set([...target.phones, ...source.phones])].slice(0, 5);
  return {
    birthDate: target.birthDate ?? source.birthDate,
    address: target.address ?? source.address,
    schoolDistrictCode: target.schoolDistrictCode ?? source.schoolDistrictCode,
    sex: target.sex === 'unanswered' ? source.sex : target.sex,
    phones,
  };
}

/** Moves the duplicate's current memberships to the record that stays; the old rows are ended, not deleted. */
async function moveMemberships(tx: Tx, tenantId: string, source: string, target: string) {
  const memberships = await tx
    .select()
    .from(householdMembers)
    .where(and(eq(householdMembers.personId, source), isNull(householdMembers.removedAt)));
  for (const m of memberships) {
    await tx.update(householdMembers).set({ removedAt: new Date() }).where(eq(householdMembers.id, m.id));
    await tx
      .insert(householdMembers)
      .values({
        id: randomUUID(),
        tenantId,
        householdId: m.householdId,
        personId: target,
        relationship: m.relationship,
        livesTogether: m.livesTogether,
      })
      .onConflictDoUpdate({
        target: [householdMembers.householdId, householdMembers.personId],
        set: { removedAt: sql`null` },
      });
  }
  return memberships.map((m) => m.householdId);
}

/**
 * Merges a duplicate person into the record that stays. Nothing is deleted: the duplicate remains,
 * marked merged, with its own history; its intakes, consents and 要配慮個人情報 stay under its id and
 * are read through the record that stays; its memberships move; the record that stays gains only
 * what it lacked. Both records get a history entry and the merge is audited. Coordinators and admins.
 */
export async function mergePersons(
  db: Db,
  actor: UserActor,
  sourceId: string,
  input: { intoPersonId: string; reason: string },
) {
  assertThat(canMergePersons(actor), 'forbidden');
  if (sourceId === input.intoPersonId)
    throw new AppError('validation_failed', undefined, [
      {
        path: 'body.intoPersonId',
        message: '同じ記録には統合できません / cannot merge a record into itself',
      },
    ]);
  return runAsSystem(db, async (tx) => {
    const [first, second] = [sourceId, input.intoPersonId].sort();
    const locked = [
      await lockPerson(tx, actor.tenantId, first!),
      await lockPerson(tx, actor.tenantId, second!),
    ];
    const source = locked.find((p) => p?.id === sourceId);
    const target = locked.find((p) => p?.id === input.intoPersonId);
    assertThat(source && target, 'not_found');
    if (source.mergedInto || target.mergedInto)
      throw new AppError('conflict', undefined, undefined, {
        ja: 'すでに統合済みの記録です。',
        en: 'One of the records has already been merged.',
      });
    const values = filledFrom(target, source);
    const changes = changedFields(target, values);
    await tx
      .update(persons)
      .set({
        ...values,
        ...personSearchColumns({ ...target, ...values }),
        version: target.version + 1,
        updatedAt: new Date(),
      })
      .where(eq(persons.id, target.id));
    await tx
      .update(persons)
      .set({ mergedInto: target.id, version: source.version + 1, updatedAt: new Date() })
      .where(eq(persons.id, source.id));
    const households = await moveMemberships(tx, actor.tenantId, source.id, target.id);
    await insertHistory(tx, actor, [
      {
        entityType: 'person',
        entityId: source.id,
        personId: source.id,
        householdId: households[0] ?? null,
        action: 'merged_into',
        changes: { mergedInto: { from: null, to: target.id }, reason: { from: null, to: input.reason } },
      },
      {
        entityType: 'person',
        entityId: target.id,
        personId: target.id,
        householdId: households[0] ?? null,
        action: 'merged_from',
        changes: { ...changes, mergedFrom: { from: null, to: source.id } },
      },
    ]);
    await recordAudit(tx, actor, {
      action: 'person.merged',
      entityType: 'person',
      entityId: source.id,
      payload: { into: target.id },
    });
    return { personId: target.id, mergedPersonId: source.id };
  });
}
