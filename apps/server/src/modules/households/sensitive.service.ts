import { randomUUID } from 'node:crypto';
import type { SensitiveNote, SensitiveNoteCreate } from '@tsunagu/contracts/households';
import { desc, eq, inArray, sql } from 'drizzle-orm';
import { agencies, persons, sensitiveNotes } from '../../db/schema';
import { recordAudit } from '../../platform/audit/audit';
import type { UserActor } from '../../platform/auth/actor';
import type { Db, Tx } from '../../platform/db/database';
import { runAs } from '../../platform/db/scope';
import { AppError, assertThat } from '../../platform/errors';
import * as edits from './edits.repository';
import { canEditHousehold, canExportSensitive } from './households.policy';
import { findHousehold, linkBases, listMembers } from './households.repository';

/** The persons and every record merged into them: entries made under either id belong to them. */
const personsAndMerged = (ids: string[]) =>
  sql`(select ${persons.id} from ${persons} where ${persons.id} in ${ids} or ${persons.mergedInto} in ${ids})`;

/** The record an entry now belongs to: the one its person was merged into, if any. */
const currentPersonId = sql<string>`coalesce((select p.merged_into from ${persons} p where p.id = ${sensitiveNotes.personId}), ${sensitiveNotes.personId})`;

/** Every entry about the persons that the agency may see, newest first, with corrections marked. */
export async function listNotes(tx: Tx, personIds: string[]): Promise<SensitiveNote[]> {
  if (!personIds.length) return [];
  const rows = await tx
    .select({ note: sensitiveNotes, agencyName: agencies.name, personId: currentPersonId })
    .from(sensitiveNotes)
    .innerJoin(agencies, eq(agencies.id, sensitiveNotes.recordedByAgencyId))
    .where(inArray(sensitiveNotes.personId, personsAndMerged(personIds)))
    .orderBy(desc(sensitiveNotes.createdAt));
  const superseded = new Set(rows.map((r) => r.note.supersedes).filter((id) => id !== null));
  return rows.map(({ note, agencyName, personId }) => ({
    id: note.id,
    personId,
    category: note.category as SensitiveNote['category'],
    content: note.content,
    supersedes: note.supersedes,
    superseded: superseded.has(note.id),
    recordedByAgencyName: agencyName,
    createdAt: note.createdAt.toISOString(),
  }));
}

/**
 * Opens a person's 要配慮個人情報. It is never part of the household view: each opening is its own
 * request, audited with the legal basis and the kinds shown (never the content).
 */
export async function viewNotes(db: Db, actor: UserActor, personId: string) {
  return runAs(db, actor, async (tx) => {
    const householdId = await edits.visibleHouseholdOf(tx, personId);
    assertThat(householdId, 'not_found');
    const items = await listNotes(tx, [personId]);
    await recordAudit(tx, actor, {
      action: 'sensitive.viewed',
      entityType: 'person',
      entityId: personId,
      payload: {
        basis: await linkBases(tx, householdId),
        categories: [...new Set(items.map((i) => i.category))].sort(),
      },
    });
    return items;
  });
}

/** Records an entry (or a correction of one: entries are never changed or deleted). */
export async function recordNote(db: Db, actor: UserActor, personId: string, input: SensitiveNoteCreate) {
  assertThat(canEditHousehold(actor), 'forbidden');
  return runAs(db, actor, async (tx) => {
    const householdId = await edits.visibleHouseholdOf(tx, personId);
    assertThat(householdId, 'not_found');
    if (input.supersedes) {
      const current = (await listNotes(tx, [personId])).find((n) => n.id === input.supersedes);
      if (!current)
        throw new AppError('validation_failed', undefined, [
          {
            path: 'body.supersedes',
            message: '訂正する記録が見つかりません / no such entry for this person',
          },
        ]);
      if (current.superseded)
        throw new AppError('conflict', undefined, undefined, {
          ja: 'この記録はすでに訂正されています。最新の記録を訂正してください。',
          en: 'This entry has already been corrected; correct the latest one.',
        });
    }
    const id = randomUUID();
    await tx.insert(sensitiveNotes).values({
      id,
      tenantId: actor.tenantId,
      personId,
      householdId,
      category: input.category,
      content: input.content,
      supersedes: input.supersedes,
      recordedBy: actor.userId,
      recordedByAgencyId: actor.agencyId!,
    });
    await recordAudit(tx, actor, {
      action: 'sensitive.recorded',
      entityType: 'person',
      entityId: personId,
      payload: { basis: await linkBases(tx, householdId), categories: [input.category] },
    });
    return { id };
  });
}

/**
 * Printing the つなぐシート is an export: checked against the live links (404 without one) and audited
 * like the xlsx. The current 要配慮個人情報 of the members comes back only for users who may export it.
 */
export async function printSheet(
  db: Db,
  actor: UserActor,
  householdId: string,
  input: { withSensitive: boolean } = { withSensitive: true },
) {
  return runAs(db, actor, async (tx) => {
    const household = await findHousehold(tx, householdId);
    assertThat(household, 'not_found');
    const withSensitive = input.withSensitive && canExportSensitive(actor);
    const members = withSensitive ? await listMembers(tx, householdId) : [];
    const notes = withSensitive
      ? await listNotes(
          tx,
          members.map((m) => m.person.id),
        )
      : [];
    await recordAudit(tx, actor, {
      action: 'household.exported',
      entityType: 'household',
      entityId: householdId,
      payload: { format: 'print', sensitive: withSensitive, basis: await linkBases(tx, householdId) },
    });
    return { sensitive: withSensitive ? notes.filter((n) => !n.superseded) : null };
  });
}
