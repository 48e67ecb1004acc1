import { recordAudit } from '../../platform/audit/audit';
import type { UserActor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { runAs } from '../../platform/db/scope';
import { AppError, assertThat } from '../../platform/errors';
import { canRecordIntake } from '../intakes/intakes.policy';
import * as repo from './drafts.repository';

/** The largest draft kept, as serialised JSON: a full 20-member form is far below it. */
export const DRAFT_MAX_BYTES = 200_000;
/** A draft untouched this long is treated as gone: half-typed personal data is not kept for ever. */
export const DRAFT_TTL_DAYS = 14;
const TTL_MS = DRAFT_TTL_DAYS * 24 * 60 * 60 * 1000;

type DraftRow = NonNullable<Awaited<ReturnType<typeof repo.findDraft>>>;

function present(row: DraftRow) {
  return { payload: row.payload, updatedAt: row.updatedAt.toISOString() };
}

/** A draft typed for another agency (the user has moved) or left too long is not offered again. */
function isUsable(row: DraftRow, actor: UserActor, now: number) {
  return row.agencyId === actor.agencyId && now - row.updatedAt.getTime() <= TTL_MS;
}

/**
 * 下書き: the user's own intake draft, or 404. A stale one is deleted on the way (and still 404).
 * Only those who record intakes have drafts.
 */
export async function getDraft(db: Db, actor: UserActor) {
  assertThat(canRecordIntake(actor), 'forbidden');
  // The deletion of a stale draft must commit, so the 404 is raised after the transaction.
  const draft = await runAs(db, actor, async (tx) => {
    const row = await repo.findDraft(tx, actor.userId);
    if (!row) return undefined;
    if (!isUsable(row, actor, Date.now())) {
      await repo.deleteDrafts(tx, actor.userId);
      return undefined;
    }
    await recordAudit(tx, actor, {
      action: 'intake_draft.opened',
      entityType: 'intake_draft',
      entityId: row.id,
      payload: {},
    });
    return present(row);
  });
  assertThat(draft, 'not_found');
  return draft;
}

/** Saves the form as typed so far, replacing the user's one draft. The audit names the draft, never its text. */
export async function saveDraft(db: Db, actor: UserActor, payload: Record<string, unknown>) {
  assertThat(canRecordIntake(actor), 'forbidden');
  if (Buffer.byteLength(JSON.stringify(payload), 'utf8') > DRAFT_MAX_BYTES)
    throw new AppError('payload_too_large', { maxBytes: DRAFT_MAX_BYTES });
  return runAs(db, actor, async (tx) => {
    await repo.lockDraftsOf(tx, actor.userId);
    const row =
      (await repo.updateDraft(tx, actor.userId, actor.agencyId, payload)) ??
      (await repo.insertDraft(tx, {
        tenantId: actor.tenantId,
        userId: actor.userId,
        agencyId: actor.agencyId,
        payload,
      }));
    await recordAudit(tx, actor, {
      action: 'intake_draft.saved',
      entityType: 'intake_draft',
      entityId: row.id,
      payload: {},
    });
    return present(row);
  });
}

/** Throws the user's draft away. Discarding when there is none is not an error. */
export async function discardDraft(db: Db, actor: UserActor) {
  assertThat(canRecordIntake(actor), 'forbidden');
  await runAs(db, actor, async (tx) => {
    for (const id of await repo.deleteDrafts(tx, actor.userId)) {
      await recordAudit(tx, actor, {
        action: 'intake_draft.discarded',
        entityType: 'intake_draft',
        entityId: id,
        payload: {},
      });
    }
  });
}
